"""Mutation testing over domain, store and services with mutmut, by stratified sample.

    python3 dev.py mutation [MODULE ...] [OPTIONS]   (installs mutmut into .venv first)
    .venv/bin/python scripts/mutation.py [MODULE ...] [--sample-total N] [--sample-min N]
                                         [--max-children N] [--budget MINUTES]
                                         [--report bench/mutation-report.md] [--report-only]
                                         [--retry] [--estimate] [--retrace] [--added-tests]
                                         [--check-since] [--mutants NAME ...]

MODULE is a dotted module or package below ``bnldesk`` (``services.files``,
``services.reports``); with none given, every module in :data:`MODULES` is in the population.
mutmut changes one small thing in the code at a time (a ``<`` becomes ``<=``, a string gains
``XX``, an argument is dropped) and runs the tests that reach the changed function: a mutant
that some test notices is *killed*; one that every test lets through *survived*, and points at
behaviour no test pins down.

mutmut works on a copy: this script keeps a work folder outside the checkout
(``$TMPDIR/bnldesk-mutation-USER``, or ``--work``) holding a copy of ``bnldesk/``, ``tests/``,
``resources/``, ``db/`` and a ``pyproject.toml`` with the mutmut settings below; mutmut's own
copy with the mutants goes in ``mutants/`` inside it. Results are kept there between runs, so a
second run only tests what changed.

Cost and sample. All mutants of the listed modules (about 14,000) take half a day or more on a
loaded two-core machine, so a run measures a *stratified sample*: every module is a stratum,
and gets a share of ``--sample-total`` proportional to its number of mutants, but never fewer
than ``--sample-min`` (or all it has). Each module's mutants are put in an order by a seed fixed
per module, and its sample is the start of that order: the same mutants every run (a survivor's
fix can be checked), and a larger sample contains the smaller one. Each mutant runs only the
tests that reach its function (mutmut records which at its first run, one traced pass over
:data:`TESTS`), stops at the first failure (``-x``), and is stopped after ten times the
recorded time of those tests plus 3 s (a *timeout*, counted as killed). Both limits are per
mutant, not per test (mutmut 3.8, ``workers/isolation.py``): a watchdog thread sends the
mutant's process SIGXCPU after ten times (recorded time + 3 s) of wall-clock time, and its
RLIMIT_CPU sends SIGXCPU after twice that in CPU seconds; on a loaded machine the wall-clock one
is reached first (a process given a sixth of a core under a load of 12 takes six times its
recorded time), so a SIGXCPU stop is load unless the mutant, run again alone on a quiet
machine, is stopped again (the report's timeouts are checked that way). mutmut traces the
tests only once (and the tests added since): a function changed or added after that pass has no
tests recorded, so its mutants would come out as *no tests*; the script says so before a run,
and ``--retrace`` has mutmut trace every test again first (results are kept). ``--estimate`` prints what a
sample would cost from those recorded times before running it.

The tests run are the ones without Qt (:data:`TESTS`): mutmut forks one process per mutant,
which Qt does not survive, and the window tests cover the ``ui`` layer, which is not mutated
here. Tests parametrised for a PostgreSQL server run on the SQLite file only (``-k "not
postgresql"``): a server per forked mutant would cost more than the whole run, and the server
code (``store.pg_*``, ``services.sync_server``) is not in the population. Code that runs when a
module is imported (class bodies, module constants, the column types of ``domain/models.py``)
cannot be mutated this way: mutmut's workers are forked after the import, so such mutants always
survive.

A survivor that a test added since kills is reviewed as *killed since*, the reason starting
with that test (``test_file::test_name``). ``--check-since`` runs each such test in mutmut's
copy twice, on the original code and with its mutant switched on, and says whether it still
kills it: the way to check those reviews after a merge, and the only one for a test the run
cannot select (a window test, a PostgreSQL one). A test file that the run can select belongs
in :data:`TESTS`; after adding one, ``--added-tests --retry`` has mutmut run the survivors again
with it, and a mutant it kills is then counted as killed by the run itself.

The report (``bench/mutation-report.md``) gives killed / timeout / survived / no tests per
module, the score of the sample (killed / checked) and the estimate for the whole population
(each module's score weighted by its number of mutants), each with its 95% interval, both
with and without the mutants reviewed as equivalent; then it lists every mutant not killed
with its change and the reason from ``bench/mutation-survivors.toml``.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# The modules of domain, store and services whose code has landed and is mutated (issue 17).
MODULES = [
    "domain.errors",
    "domain.models",
    "store.errors",
    "store.swap",
    "store.check",
    "store.migrations",
    "store.workgroup_lookup",
    "services.files",
    "services.backup",
    "services.guard",
    "services.sync",
    "services.sync_bundle",
    "services.sync_records",
    "services.sync_trust",
    "services.annotations",
    "services.meetings",
    "services.reports",
]

# The test files that run without Qt and reach those modules (every such file: a test left out
# here could be the one that kills a mutant). The importer's tests are left out: the importer
# is not mutated here and its seed documents take minutes to read. mutmut (3.8) keeps this list
# in the fingerprint it saves with its trace (mutants/mutmut-stats.json) and, when it loads a
# trace made with another list, discards every result it holds; after adding files here, run
# with --added-tests (mutmut traces only their tests; see accept_added_tests), after removing or
# renaming one with --retrace (the trace is moved aside, so nothing is compared and the results
# are kept: a mutant killed by fewer tests stays killed by more); and --retry (the survivors
# meet the new tests).
TESTS = [
    "tests/test_store.py",
    "tests/test_faults.py",
    "tests/test_backup.py",
    "tests/test_sync.py",
    "tests/test_sync_trust.py",
    "tests/test_meetings.py",
    "tests/test_workgroup_lookup.py",
    "tests/test_meeting_brief.py",
    "tests/test_cli.py",
    "tests/test_cli_notes.py",
    "tests/test_logs.py",
    "tests/test_brief.py",
    "tests/test_brief_polish.py",
    "tests/test_brief_contacts_years.py",
    "tests/test_brief_subjects.py",
    "tests/test_brief_layout_edges.py",
    "tests/test_brief_notes_history.py",
    "tests/test_xlsx_export.py",
    "tests/test_xlsx_polish.py",
    "tests/test_xlsx_accented_scripts.py",
    "tests/test_export_fuzz.py",
    "tests/test_export_hostile_workbooks.py",
    "tests/test_export_left_out.py",
    "tests/test_export_safety.py",
    "tests/test_outputs_stay_anonymous.py",
    "tests/test_annotations_roundtrip.py",
    "tests/test_sheet_conflicts.py",
    "tests/test_sheet_privacy.py",
    "tests/test_rules.py",
    # Tests of sync, sheets, backups and the file swap written to kill survivors (issue 17).
    "tests/test_restore_damaged_wal.py",
    "tests/test_sheet_new_note_delegation.py",
    "tests/test_sync_manifest.py",
    "tests/test_sync_conflict_resolution.py",
    "tests/test_sync_scope_parents.py",
    "tests/test_sync_receive_counts.py",
    "tests/test_one_line_refusals.py",
    "tests/test_sheet_cut_cells.py",
    "tests/test_notes_sheet_rows.py",
    # Added at stop 23 (issue 17): the non-Qt files written since, or left out, that reach
    # the mutated modules (the brief's hostile texts, agenda points by plan, the sheet's tags,
    # sync links, workgroups' printed names, the WAL the window keeps, the command line's
    # seventh re-check, and the search tests that write notes through services.annotations).
    "tests/test_brief_hostile.py",
    "tests/test_meetings_agenda_plan.py",
    "tests/test_sheet_tags.py",
    "tests/test_sync_links.py",
    "tests/test_workgroup_printed_names.py",
    "tests/test_wal_kept_by_the_window.py",
    "tests/test_cli_trial7.py",
    "tests/test_search.py",
    "tests/test_search_within.py",
    "tests/test_search_parity.py",
    "tests/test_search_service.py",
    "tests/test_browse_both.py",
    # Added at stop 24 (issue 17): non-Qt files written at stop 23 or since that reach the
    # mutated modules: the bundle an earlier version wrote (sync_bundle, sync_records), the
    # steps a window takes on its file with only SQLite opening it (backup, sync, check, files),
    # and the search tests that write notes through services.annotations. Left out:
    # test_server_privacy.py and test_server_same_results.py (a PostgreSQL server per test,
    # see PYTEST_ARGS; the second also reads the seed documents through the importer).
    "tests/test_sync_bundle_format.py",
    "tests/test_database_opened_by_sqlite_only.py",
    "tests/test_search_exclusion_filters.py",
    "tests/test_search_kept.py",
    # The cause each refusal carries for the window's wording (code and values), read on real
    # faults without a window: what the window-wording tests above the run's selection check.
    "tests/test_refusals_carry_their_cause.py",
    "tests/test_meeting_calendar_updates.py",
]

# pytest's options for every mutant; -p no:cacheprovider: the tests leave nothing in the copy
# they run in. (Changing these makes mutmut discard every result it holds.)
PYTEST_ARGS = ["-p", "no:cacheprovider", "-k", "not postgresql"]

# What the work folder needs besides the package and the tests (copied there by mutmut too).
ALSO_COPY = ["resources", "db", "setup.py"]

DEFAULT_REPORT = ROOT / "bench" / "mutation-report.md"
SURVIVOR_REASONS = ROOT / "bench" / "mutation-survivors.toml"

# mutmut's exit codes per mutant (mutmut/stats.py), folded into the report's columns.
STATUS_BY_EXIT_CODE = {
    1: "killed",
    3: "killed",
    37: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    34: "skipped",
    36: "timeout",
    24: "timeout",
    -24: "timeout",
    152: "timeout",
    255: "timeout",
}
COLUMNS = ["killed", "timeout", "survived", "no tests", "other"]
NOT_KILLED = ("survived", "no tests")


@dataclass
class ModuleResult:
    """One module's mutants by outcome; ``not_killed`` maps a survivor's (or an unreached
    mutant's) name to its diff."""

    module: str
    mutants: int = 0
    sampled: int = 0  # mutants drawn for the sample (all, without a sample)
    counts: Counter[str] = field(default_factory=Counter)
    not_killed: dict[str, str] = field(default_factory=dict)

    @property
    def checked(self) -> int:
        """Mutants with an outcome (the rest were not sampled, or the budget ran out)."""
        return sum(self.counts[column] for column in COLUMNS)

    @property
    def score(self) -> float | None:
        """(killed + timeout) / checked, a mutant no test reaches counting as a survivor;
        ``None`` when nothing was checked."""
        if self.checked == 0:
            return None
        return (self.counts["killed"] + self.counts["timeout"]) / self.checked


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion (the kill rate of a random sample)."""
    if trials == 0:
        return 0.0, 1.0
    rate = successes / trials
    denominator = 1 + z * z / trials
    centre = (rate + z * z / (2 * trials)) / denominator
    spread = z * math.sqrt(rate * (1 - rate) / trials + z * z / (4 * trials * trials))
    return max(0.0, centre - spread / denominator), min(1.0, centre + spread / denominator)


def module_path(module: str) -> Path:
    """``services.files`` -> ``bnldesk/services/files.py``; a package -> its folder."""
    relative = Path("bnldesk", *module.split("."))
    if (ROOT / relative).is_dir():
        return relative
    return relative.with_suffix(".py")


def mutmut_settings(modules: list[str]) -> str:
    """The ``[tool.mutmut]`` table for the work folder's pyproject.toml."""
    only = []
    for module in modules:
        path = module_path(module)
        only.append(f"{path}/*" if path.suffix == "" else str(path))

    def toml_list(values: list[str]) -> str:
        return "[" + ", ".join(json.dumps(value) for value in values) + "]"

    return "\n".join(
        [
            "[tool.mutmut]",
            'source_paths = ["bnldesk"]',
            f"only_mutate = {toml_list(only)}",
            f"also_copy = {toml_list(ALSO_COPY)}",
            f"pytest_add_cli_args_test_selection = {toml_list(TESTS)}",
            f"pytest_add_cli_args = {toml_list(PYTEST_ARGS)}",
            "use_git_change_detection = false",
            # A mutant is stopped (and counted as a timeout) after ten times the time its tests
            # took in the traced pass, plus 3 s for starting pytest in the forked worker: on a
            # loaded machine five times was reached by mutants that only ran slowly.
            "timeout_multiplier = 10.0",
            "timeout_constant = 3.0",
            "",
        ]
    )


def prepare_work_folder(work: Path) -> None:
    """Copy the package, tests and data into ``work`` (keeping mtimes, so mutmut only
    regenerates changed files) and write its pyproject.toml; link ``shared/`` beside it
    where the tests look for the seed documents (``<checkout>/../shared``)."""
    work.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ["bnldesk", "tests", "resources", "db"]:
        target = work / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / name, target, ignore=ignore)
    shutil.copy2(ROOT / "setup.py", work / "setup.py")
    # mutmut copies the tests and data into mutants/ over what an earlier run left there, and
    # never deletes: a file renamed since (a migration renumbered by a merge) would stay beside
    # its new name and break the run ("Revision 0009 is present more than once").
    for name in ["tests", *ALSO_COPY]:
        stale = work / "mutants" / name
        if stale.is_dir():
            shutil.rmtree(stale)
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (work / "pyproject.toml").write_text(
        project + "\n" + mutmut_settings(MODULES), encoding="utf-8"
    )
    # mutmut runs the tests inside work/mutants: its tests look two folders up for shared/.
    link = work / "shared"
    if not link.exists() and SHARED.is_dir():
        link.symlink_to(SHARED)


def run_mutmut(
    work: Path, label: str, names: list[str], max_children: int, budget_minutes: float
) -> bool:
    """Run mutmut over the mutants ``names`` (globs allowed); False when the budget ran out."""
    command = [
        str(Path(sys.executable).with_name("mutmut")),
        "run",
        "--max-children",
        str(max_children),
        *names,
    ]
    print(f"[mutation] {label}: {len(names)} name(s) or pattern(s)", flush=True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    environment.pop("CI", None)  # CI's derandomised Hypothesis profile is for CI only
    log = work / f"mutmut-{label}.log"
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            command,
            cwd=work,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            process.wait(timeout=budget_minutes * 60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            print(f"[mutation] {label}: budget of {budget_minutes} minutes ran out", flush=True)
            return False
    if process.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        print(f"[mutation] {label}: mutmut exited with {process.returncode}\n{tail}", flush=True)
    return True


def mutant_names(work: Path, module: str) -> list[str]:
    """Every mutant mutmut made of ``module`` (its names, as ``mutmut run`` takes them)."""
    names: list[str] = []
    for meta in meta_files(work, module):
        names += json.loads(meta.read_text())["exit_code_by_key"]
    return sorted(names)


def not_killed_names(work: Path, module: str) -> list[str]:
    """The mutants of ``module`` that survived or that no test reached, at the last run."""
    names: list[str] = []
    for meta in meta_files(work, module):
        exit_codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        names += [
            name
            for name, code in exit_codes.items()
            if code is not None and STATUS_BY_EXIT_CODE.get(code) in NOT_KILLED
        ]
    return sorted(names)


def seeded_order(work: Path, module: str) -> list[str]:
    """Every mutant of ``module`` in an order fixed by a seed per module: a sample of ``n`` is
    the first ``n`` (so a larger sample contains a smaller one).

    Each mutant's place is a hash of the seed and its own name, not a shuffle of the module's
    list: a shuffle put every mutant elsewhere as soon as a commit added or removed one, so
    each change to the code drew a new sample and the results of the last run were lost.
    With the hash, a change to one function reorders only that function's mutants."""
    return sorted(mutant_names(work, module), key=lambda name: sample_rank(module, name))


def sample_rank(module: str, name: str) -> str:
    """A mutant's place in its module's sample order (a seeded hash of its name)."""
    return hashlib.sha256(f"bnldesk-{module}:{name}".encode()).hexdigest()


def allocate(population: dict[str, int], total: int, minimum: int) -> dict[str, int]:
    """Sample sizes per module: a share of ``total`` proportional to the module's mutants,
    at least ``minimum`` (never more than it has). ``population`` maps module -> mutants."""
    everything = sum(population.values()) or 1
    return {
        module: min(count, max(minimum, round(total * count / everything)))
        for module, count in population.items()
    }


def stratified_sample(work: Path, modules: list[str], total: int, minimum: int) -> list[str]:
    """The mutants of the stratified sample over ``modules`` (see the module docstring)."""
    population = {module: len(mutant_names(work, module)) for module in modules}
    sizes = allocate(population, total, minimum)
    return [name for module in modules for name in seeded_order(work, module)[: sizes[module]]]


def generate_mutants(work: Path) -> None:
    """Let mutmut write its mutants into ``work/mutants`` without running any (the sample is
    drawn from them); files unchanged since the last run are kept with their results."""
    script = (
        "from mutmut.__main__ import copy_src_dir, copy_also_copy_files, setup_source_paths, "
        "create_mutants\n"
        "copy_src_dir(); copy_also_copy_files(); setup_source_paths(); create_mutants(2)\n"
    )
    print("[mutation] generating the mutants", flush=True)
    subprocess.run([sys.executable, "-c", script], cwd=work, check=True, stdout=subprocess.DEVNULL)


def estimated_seconds(work: Path, names: list[str]) -> float | None:
    """What running ``names`` costs at most (every test reaching each mutant's function, by
    the durations mutmut recorded), in seconds; None before mutmut has recorded them."""
    stats_file = work / "mutants" / "mutmut-stats.json"
    if not stats_file.exists():
        return None
    stats = json.loads(stats_file.read_text())
    tests_by_function: dict[str, list[str]] = stats["tests_by_mangled_function_name"]
    duration_by_test: dict[str, float] = stats["duration_by_test"]
    total = 0.0
    for name in names:
        tests = tests_by_function.get(name.partition("__mutmut_")[0], [])
        total += sum(duration_by_test.get(test, 0.0) for test in tests)
    return total


def untraced_functions(work: Path, names: list[str]) -> list[str]:
    """The functions of ``names`` (mangled, as mutmut records them) with no test recorded.

    mutmut traces which tests reach which function once, then only traces tests added since;
    a function changed or added after that pass keeps no tests (mutmut 3.8), and its mutants
    are reported as *no tests*, reached by nothing, whatever the tests do. Empty before
    the first traced pass."""
    stats_file = work / "mutants" / "mutmut-stats.json"
    if not stats_file.exists():
        return []
    traced: dict[str, list[str]] = json.loads(stats_file.read_text())[
        "tests_by_mangled_function_name"
    ]
    functions = {name.partition("__mutmut_")[0] for name in names}
    return sorted(function for function in functions if not traced.get(function))


def forget_trace(work: Path) -> None:
    """Move mutmut's record of which tests reach which function aside (``.old``), so that its
    next run traces every test again (about 5 minutes on a quiet machine; results kept)."""
    stats_file = work / "mutants" / "mutmut-stats.json"
    if stats_file.exists():
        stats_file.replace(stats_file.with_name(stats_file.name + ".old"))


def selection_fingerprint(tests: list[str]) -> str:
    """mutmut's fingerprint of a test selection (mutmut 3.8, ``Config.config_fingerprint``:
    the first 12 hex digits of the SHA-256 of the selection's ``repr`` as a tuple)."""
    return hashlib.sha256(repr(tuple(tests)).encode()).hexdigest()[:12]


def accept_added_tests(work: Path) -> bool:
    """Let mutmut trace only the test files added to :data:`TESTS` since its trace, keeping
    the rest of the trace and every result; False when there is no trace to keep.

    mutmut traces the tests it has not seen before (new tests of the files it runs) and keeps
    what it recorded of the others; but when the selection's fingerprint differs from the one
    saved with the trace it discards the whole trace and every result. After files were only
    *added* to TESTS, the saved trace is still right for every test it holds, so the saved
    fingerprint is set to the new selection's and mutmut traces just the added files' tests
    (seconds, where ``--retrace`` traces all of them again). After a file was removed or
    renamed, use ``--retrace``."""
    stats_file = work / "mutants" / "mutmut-stats.json"
    if not stats_file.exists():
        return False
    stats = json.loads(stats_file.read_text())
    stats["config_fingerprint"]["test_selection"] = selection_fingerprint(TESTS)
    stats_file.write_text(json.dumps(stats))
    return True


def meta_files(work: Path, module: str) -> list[Path]:
    """The mutmut result files (``<source>.py.meta``) of a module or package."""
    path = work / "mutants" / module_path(module)
    if path.suffix == "":
        return sorted(path.rglob("*.py.meta"))
    meta = path.with_name(path.name + ".meta")
    return [meta] if meta.exists() else []


def show_mutant(work: Path, name: str) -> str:
    """The changed lines of one mutant, as ``mutmut show`` prints them (- old, + new)."""
    done = subprocess.run(
        [str(Path(sys.executable).with_name("mutmut")), "show", name],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [
        line
        for line in done.stdout.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    return "\n".join(lines) or done.stdout.strip()


def collect(work: Path, module: str, sample: set[str] | None = None) -> ModuleResult:
    """Read one module's outcomes from mutmut's result files: of the mutants in ``sample``
    only (results of mutants outside it, from earlier runs, are left out), or of all."""
    result = ModuleResult(module)
    for meta in meta_files(work, module):
        exit_codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        for name, exit_code in sorted(exit_codes.items()):
            result.mutants += 1
            if sample is not None and name not in sample:
                continue
            result.sampled += 1
            if exit_code is None:
                continue
            status = STATUS_BY_EXIT_CODE.get(exit_code, "other")
            result.counts[status] += 1
            if status in NOT_KILLED:
                result.not_killed[name] = f"({status})\n" + show_mutant(work, name)
    return result


@dataclass(frozen=True)
class Review:
    """Why a mutant not killed is left so: ``kind`` is ``equivalent`` (no input can tell it
    from the original, so it is left out of the second score), ``harmless`` (it changes
    something no delegate relies on, or code that cannot run here), ``gap`` (behaviour that
    matters and no test pins yet: work left), or ``killed since`` (a test added after the
    run fails with the mutant switched on, as mutmut switches it: ``MUTANT_UNDER_TEST``; the
    run's own figures still count it as a survivor until ``--mutants NAME`` runs it again, and
    a third figure counts it killed). ``reason`` says which."""

    kind: str
    reason: str


REVIEW_KINDS = ("equivalent", "harmless", "gap", "killed since")


def load_reviews() -> dict[str, Review]:
    """The reviewed survivors (``bench/mutation-survivors.toml``: ``"mutant name" = { kind =
    "equivalent" | "harmless" | "gap" | "killed since", reason = "..." }``); raises
    ValueError on another kind."""
    if not SURVIVOR_REASONS.exists():
        return {}
    data = tomllib.loads(SURVIVOR_REASONS.read_text(encoding="utf-8"))
    reviews = {}
    for name, entry in data.items():
        review = Review(str(entry["kind"]), str(entry["reason"]))
        if review.kind not in REVIEW_KINDS:
            raise ValueError(f"{SURVIVOR_REASONS.name}: {name}: kind must be one of {REVIEW_KINDS}")
        reviews[str(name)] = review
    return reviews


@dataclass(frozen=True)
class Score:
    """A kill rate with its 95% interval, over ``trials`` mutants."""

    killed: int
    trials: int
    rate: float | None
    low: float
    high: float

    def text(self) -> str:
        if self.rate is None:
            return "-"
        return f"{self.rate:.1%} (95% interval {self.low:.1%}-{self.high:.1%})"


def sample_score(killed: int, checked: int) -> Score:
    """killed / checked over the whole sample, with its Wilson interval."""
    low, high = wilson_interval(killed, checked)
    return Score(killed, checked, killed / checked if checked else None, low, high)


def stratified_score(strata: list[tuple[int, int, int]]) -> Score:
    """The estimate for the whole population from a stratified sample.

    ``strata``: one (mutants in the module, checked, killed) per module. The estimate is each
    module's kill rate weighted by its share of the mutants; its variance the sum of the
    weighted variances of the modules (with the finite-population correction), each taken with
    one kill and one survivor added, so that a small module where every mutant was killed
    does not claim certainty. The interval is the estimate plus or minus 1.96 standard errors,
    kept within 0-100%.
    """
    measured = [(size, checked, killed) for size, checked, killed in strata if checked]
    population = sum(size for size, _, _ in measured)
    if not population:
        return Score(0, 0, None, 0.0, 1.0)
    rate = 0.0
    variance = 0.0
    for size, checked, killed in measured:
        weight = size / population
        rate += weight * killed / checked
        smoothed = (killed + 1) / (checked + 2)
        correction = max(0.0, 1 - checked / size) if size else 0.0
        variance += weight * weight * smoothed * (1 - smoothed) / checked * correction
    spread = 1.96 * math.sqrt(variance)
    killed_total = sum(killed for _, _, killed in measured)
    trials = sum(checked for _, checked, _ in measured)
    return Score(killed_total, trials, rate, max(0.0, rate - spread), min(1.0, rate + spread))


def _killed(result: ModuleResult) -> int:
    return result.counts["killed"] + result.counts["timeout"]


def _reviewed(result: ModuleResult, reviews: dict[str, Review], kind: str) -> int:
    """How many of the module's mutants not killed are reviewed as ``kind``."""
    return sum(1 for name in result.not_killed if name in reviews and reviews[name].kind == kind)


def _equivalent(result: ModuleResult, reviews: dict[str, Review]) -> int:
    return _reviewed(result, reviews, "equivalent")


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _row(result: ModuleResult, equivalent: int) -> str:
    killed = _killed(result)
    low, high = wilson_interval(killed, result.checked)
    interval = "-" if result.checked == 0 else f"{low:.0%}-{high:.0%}"
    counts = " | ".join(str(result.counts[column]) for column in COLUMNS)
    return (
        f"| {result.module} | {result.mutants} | {result.sampled} | {result.checked} | {counts} "
        f"| {equivalent} "
        f"| {_percent(result.score)} | {interval} |"
    )


def summary_scores(results: list[ModuleResult], reviews: dict[str, Review]) -> dict[str, Score]:
    """The four headline figures: the sample's score and the population estimate, each with
    and without the mutants reviewed as equivalent."""
    checked = sum(result.checked for result in results)
    killed = sum(_killed(result) for result in results)
    equivalent = sum(_equivalent(result, reviews) for result in results)
    strata = [(result.mutants, result.checked, _killed(result)) for result in results]
    # Without the equivalent mutants: the module's population shrinks in the same proportion
    # as its sample does.
    strata_without = []
    for result in results:
        kept = result.checked - _equivalent(result, reviews)
        size = round(result.mutants * kept / result.checked) if result.checked else 0
        strata_without.append((size, kept, _killed(result)))
    # With the mutants killed by tests added since the run counted as killed.
    killed_since = [_reviewed(result, reviews, "killed since") for result in results]
    strata_since = [
        (size, kept, done + since)
        for (size, kept, done), since in zip(strata_without, killed_since, strict=True)
    ]
    return {
        "sample": sample_score(killed, checked),
        "sample without equivalent": sample_score(killed, checked - equivalent),
        "population": stratified_score(strata),
        "population without equivalent": stratified_score(strata_without),
        "sample with kills since": sample_score(killed + sum(killed_since), checked - equivalent),
        "population with kills since": stratified_score(strata_since),
    }


def killed_since_line(results: list[ModuleResult], reviews: dict[str, Review]) -> str:
    """Where the tests of the *killed since* survivors are: in the run's selection
    (:data:`TESTS`; mutmut kills the mutant when it runs it again, ``--retry``) or outside it
    (a window test, a PostgreSQL one: the review is the only check, ``--check-since``)."""
    inside = outside = 0
    for result in results:
        for name in result.not_killed:
            review = reviews.get(name)
            if review is None or review.kind != "killed since":
                continue
            test = killing_test(review.reason)
            if test is not None and test.partition("::")[0] in TESTS:
                inside += 1
            else:
                outside += 1
    return (
        f"- Of the survivors reviewed as *killed since*: {outside} by tests the run cannot "
        "select (window tests, PostgreSQL; checked with `--check-since` or with the mutant "
        f"written into the source), {inside} by tests in the run's selection, waiting for "
        "mutmut to run the mutant again (`--retry`)."
    )


def render_report(results: list[ModuleResult], reviews: dict[str, Review]) -> str:
    """The Markdown report: the headline scores, one row per module, then every mutant not
    killed with its change and its review."""
    total = ModuleResult("**all**")
    for result in results:
        total.mutants += result.mutants
        total.sampled += result.sampled
        total.counts.update(result.counts)
    equivalent = sum(_equivalent(result, reviews) for result in results)
    unexplained = sum(1 for r in results for name in r.not_killed if name not in reviews)
    scores = summary_scores(results, reviews)
    lines = [
        "# Mutation testing (mutmut) over domain, store and services",
        "",
        "Made by `scripts/mutation.py` (its docstring says how the sample is drawn and which "
        "tests run). *checked*: mutants run, a stratified sample per module (proportional to "
        "the module's mutants, with a minimum per module); *killed* includes the mutants that "
        "made their tests run ten times longer than recorded, plus 3 s (*timeout*); a mutant that no "
        "test reaches (*no tests*) counts as a survivor; *equivalent*: survivors reviewed as "
        "indistinguishable from the original in bench/mutation-survivors.toml.",
        "",
        f"- Sample: {total.sampled} of the {total.mutants} mutants; {total.checked} checked, "
        f"{total.sampled - total.checked} not run when the run was stopped (mutmut runs the "
        "cheapest first, so those are the mutants whose tests take longest). Counting every "
        "one not run as a survivor, the sample's score is at least "
        f"{sample_score(scores['sample'].killed, total.sampled).text()}.",
        f"- Score of the sample, killed / checked: {scores['sample'].killed} / "
        f"{scores['sample'].trials} = {scores['sample'].text()} (Wilson interval).",
        f"- The same without the {equivalent} mutants reviewed as equivalent: "
        f"{scores['sample without equivalent'].killed} / "
        f"{scores['sample without equivalent'].trials} = "
        f"{scores['sample without equivalent'].text()}.",
        f"- Estimate for all {total.mutants} mutants (each module's score weighted by its "
        f"number of mutants): {scores['population'].text()}; without the equivalent ones: "
        f"{scores['population without equivalent'].text()}.",
        f"- Counting also the {scores['sample with kills since'].killed - scores['sample'].killed} "
        "survivors that tests added after the run kill (each checked by running the new test "
        "with the mutant switched on; reviewed as *killed since*), equivalent ones left out: "
        f"sample {scores['sample with kills since'].killed} / "
        f"{scores['sample with kills since'].trials} = {scores['sample with kills since'].text()}; "
        f"estimate for all mutants {scores['population with kills since'].text()}.",
        killed_since_line(results, reviews),
        f"- Mutants not killed without a review: {unexplained}.",
        "",
        "| module | mutants | sample | checked | "
        + " | ".join(COLUMNS)
        + " | equivalent | score | 95% |",
        "| --- | ---: | ---: | ---: | "
        + " | ".join("---:" for _ in COLUMNS)
        + " | ---: | ---: | ---: |",
        *(_row(result, _equivalent(result, reviews)) for result in results),
        _row(total, equivalent),
        "",
        "## Mutants not killed",
        "",
    ]
    for result in results:
        if not result.not_killed:
            continue
        lines += [f"### {result.module}", ""]
        for name, change in result.not_killed.items():
            review = reviews.get(name)
            said = f"{review.kind}: {review.reason}" if review else "**not reviewed**"
            lines.append(f"- `{name}`: {said}")
            lines += ["  ```diff", *("  " + line for line in change.splitlines()), "  ```"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def unchecked(work: Path, names: list[str]) -> list[str]:
    """Those of ``names`` without a result yet (a run stopped by its budget goes on there)."""
    codes: dict[str, int | None] = {}
    for meta in (work / "mutants" / "bnldesk").rglob("*.py.meta"):
        codes.update(json.loads(meta.read_text())["exit_code_by_key"])
    return [name for name in names if codes.get(name) is None]


KILLING_TEST = re.compile(r"^(test_\w+)::(test_\w+)")
"""How a *killed since* reason starts: ``test_file::test_name`` (file without ``tests/`` and
``.py``), the test that kills the mutant."""


@dataclass(frozen=True)
class KillCheck:
    """The outcome of running one test with one mutant switched on (see :func:`check_kill`):
    ``verdict`` is ``killed``, ``survived``, ``fails without the mutant`` (the test proves
    nothing), ``no test ran`` (a PostgreSQL test, which this check leaves out as the run
    does, or a name that does not exist), ``no such mutant`` (its function changed since: the name means nothing now) or
    ``no test named`` (the reason does not start with ``test_file::test_name``)."""

    mutant: str
    test: str
    verdict: str


def killing_test(reason: str) -> str | None:
    """``tests/test_x.py::test_y`` for a reason starting ``test_x::test_y``, else None."""
    found = KILLING_TEST.match(reason)
    if found is None:
        return None
    return f"tests/{found.group(1)}.py::{found.group(2)}"


def _pytest_exit_code(work: Path, test: str, mutant: str) -> int:
    """Run one test in mutmut's copy (``work/mutants``) with ``mutant`` switched on the way
    mutmut switches it (``MUTANT_UNDER_TEST``; empty: the original code); pytest's exit code
    (0 passed, 1 failed, 5 no test collected)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    environment["MUTANT_UNDER_TEST"] = mutant
    environment.pop("CI", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "--rootdir=.", *PYTEST_ARGS, test],
        cwd=work / "mutants",
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return done.returncode


def check_kill(work: Path, mutant: str, test: str | None) -> KillCheck:
    """Whether ``test`` (``tests/test_x.py::test_y``, copied from the checkout into mutmut's
    copy first, so a test file the run does not select can be checked) passes on the original
    code and fails with ``mutant`` switched on. This is how a *killed since* review is checked:
    a test outside the run's own selection (:data:`TESTS`: a window test, or a PostgreSQL one)
    never reaches the mutant in a run, and a file added to the selection reaches it only after
    ``--retrace`` (see the comment at TESTS)."""
    if test is None:
        return KillCheck(mutant, "", "no test named")
    if not any(
        mutant in json.loads(meta.read_text())["exit_code_by_key"]
        for meta in (work / "mutants" / "bnldesk").rglob("*.py.meta")
    ):
        return KillCheck(mutant, test, "no such mutant")
    test_file = test.partition("::")[0]
    shutil.copy2(ROOT / test_file, work / "mutants" / test_file)
    clean = _pytest_exit_code(work, test, "")
    if clean == 5:  # deselected (a PostgreSQL test) or not found
        return KillCheck(mutant, test, "no test ran")
    if clean != 0:
        return KillCheck(mutant, test, "fails without the mutant")
    killed = _pytest_exit_code(work, test, mutant) != 0
    return KillCheck(mutant, test, "killed" if killed else "survived")


def check_kills_since(work: Path, names: list[str] | None) -> list[KillCheck]:
    """Check every *killed since* review (or those of ``names``) with :func:`check_kill`."""
    reviews = load_reviews()
    chosen = [
        name
        for name, review in reviews.items()
        if review.kind == "killed since" and (names is None or name in names)
    ]
    checks = []
    for name in chosen:
        check = check_kill(work, name, killing_test(reviews[name].reason))
        print(f"[mutation] {check.verdict}: {name} by {check.test or '?'}", flush=True)
        checks.append(check)
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules below bnldesk (default: all listed)")
    parser.add_argument(
        "--sample-total", type=int, default=150, help="mutants in the sample (0: all)"
    )
    parser.add_argument("--sample-min", type=int, default=6, help="at least this many a module")
    parser.add_argument("--max-children", type=int, default=1, help="mutants run at once")
    parser.add_argument("--budget", type=float, default=60.0, help="minutes for the mutmut call")
    parser.add_argument("--work", type=Path, help="work folder (kept between runs)")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--report-only", action="store_true", help="report the last results")
    parser.add_argument(
        "--estimate", action="store_true", help="print what the sample would cost, run nothing"
    )
    parser.add_argument(
        "--retry",
        action="store_true",
        help="run again the sample's mutants not killed last time (after adding tests)",
    )
    parser.add_argument(
        "--mutants", nargs="+", metavar="NAME", help="run only these mutants (again)"
    )
    parser.add_argument(
        "--retrace",
        action="store_true",
        help="make mutmut trace the tests again before running (after code changes: see "
        "untraced_functions)",
    )
    parser.add_argument(
        "--added-tests",
        action="store_true",
        help="files were only added to TESTS since mutmut traced the tests: trace just theirs "
        "(see accept_added_tests)",
    )
    parser.add_argument(
        "--check-since",
        action="store_true",
        help="run the test named by each 'killed since' review (or by those of --mutants) with "
        "its mutant switched on, and say whether it still kills it",
    )
    args = parser.parse_args(argv)
    unknown = [module for module in args.modules if module not in MODULES]
    if unknown:
        parser.error(f"not in the mutated modules: {', '.join(unknown)} (see MODULES)")
    modules = args.modules or MODULES
    work = args.work or Path(tempfile.gettempdir()) / f"bnldesk-mutation-{getpass.getuser()}"
    if args.check_since:
        checks = check_kills_since(work, args.mutants)
        return 0 if all(check.verdict == "killed" for check in checks) else 1
    if not args.report_only:
        prepare_work_folder(work)
        if args.retrace:
            forget_trace(work)
        elif args.added_tests and not accept_added_tests(work):
            print("[mutation] no trace to keep: mutmut traces every test", flush=True)
        generate_mutants(work)
        if args.sample_total:
            names = stratified_sample(work, modules, args.sample_total, args.sample_min)
        else:
            names = [name for module in modules for name in mutant_names(work, module)]
        if args.mutants:  # these, and only these, again (a survivor's new test checked);
            # also outside the sample (a gap found by an earlier sample, or by reading)
            names = list(dict.fromkeys(args.mutants))
        elif args.retry:  # the sample's mutants not killed last time, and those not run yet
            not_killed = {name for module in modules for name in not_killed_names(work, module)}
            waiting = set(unchecked(work, names))
            names = [name for name in names if name in not_killed or name in waiting]
        else:
            names = unchecked(work, names)
        untraced = untraced_functions(work, names)
        if untraced:
            print(
                f"[mutation] {len(untraced)} function(s) of these mutants have no tests recorded: "
                "no test of the run reaches them, or they changed since mutmut traced the tests "
                "(then run with --retrace first, or their mutants come out as 'no tests'): "
                + ", ".join(untraced),
                flush=True,
            )
        cost = estimated_seconds(work, names)
        cost_text = "?" if cost is None else f"{cost / 60:.0f} min"
        print(f"[mutation] {len(names)} mutants to run; their tests take at most {cost_text}")
        if args.estimate:
            return 0
        if names:
            label = "retry" if args.retry or args.mutants else "sample"
            run_mutmut(work, label, names, args.max_children, args.budget)
    # The report always covers every module of the sample, not only the ones run now.
    measured = [module for module in MODULES if meta_files(work, module)]
    sample = None
    if args.sample_total:
        sample = set(stratified_sample(work, measured, args.sample_total, args.sample_min))
    results = [collect(work, module, sample) for module in measured]
    report = render_report(results, load_reviews())
    args.report.write_text(report, encoding="utf-8")
    print(report.split("## Mutants not killed")[0])
    print(f"[mutation] report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
