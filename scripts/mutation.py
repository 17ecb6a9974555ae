"""Mutation testing over domain, store and services with mutmut, one module at a time.

    python3 dev.py mutation [MODULE ...] [OPTIONS]   (installs mutmut into .venv first)
    .venv/bin/python scripts/mutation.py [MODULE ...] [--sample N] [--max-children N]
                                         [--budget MINUTES] [--report bench/mutation-report.md]
                                         [--report-only]

MODULE is a dotted module or package below ``bnldesk`` (``services.files``,
``services.reports``); with none given, every module in :data:`MODULES` runs, one after the
other. mutmut changes one small thing in the code at a time (a ``<`` becomes ``<=``, a string
gains ``XX``, an argument is dropped) and runs the tests that reach the changed function: a
mutant that some test notices is *killed*; one that every test lets through *survived*, and
points at behaviour no test pins down.

mutmut works on a copy: this script keeps a work folder outside the checkout
(``$TMPDIR/bnldesk-mutation-USER``, or ``--work``) holding a copy of ``bnldesk/``, ``tests/``,
``resources/``, ``db/`` and a ``pyproject.toml`` with the mutmut settings below; mutmut's own
copy with the mutants goes in ``mutants/`` inside it. Results are kept there between runs, so a
second run only tests what changed. The first run collects which tests reach which function
(one pass over :data:`TESTS`, ten to fifteen minutes on a loaded two-core machine).

All mutants of the listed modules (about 14,000, some 20 a minute) take half a day or more. ``--sample N`` runs
N mutants per module, drawn at random with a fixed seed (the same ones every run, so a result
can be reproduced and a survivor's fix checked); the score of a sample is an estimate and the
report gives its 95% interval. The sampled mutants of all modules run in one mutmut call: each
call first runs every test that reaches its mutants unmutated, which costs minutes.

The tests run are the ones without Qt (:data:`TESTS`): mutmut forks one process per mutant,
which Qt does not survive, and the window tests cover the ``ui`` layer, which is not mutated
here. Each mutmut call is bounded by ``--budget`` minutes; what did not run in time counts in
*mutants* but not in *checked*. Code that runs when a module is imported (class bodies, module
constants, the column types of ``domain/models.py``) cannot be mutated this way: mutmut's
workers are forked after the import, so such mutants always survive.

The report (``bench/mutation-report.md``) gives killed / timeout / survived / no tests per
module and lists every mutant not killed with its change; one listed in
``bench/mutation-survivors.toml`` is shown with the reason it is harmless (or the test that
now kills it).
"""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import random
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

# The test files that run without Qt and cover those modules. The importer's tests are left
# out: the importer is not mutated here and its seed documents take minutes to read.
TESTS = [
    "tests/test_store.py",
    "tests/test_faults.py",
    "tests/test_backup.py",
    "tests/test_sync.py",
    "tests/test_sync_trust.py",
    "tests/test_meetings.py",
    "tests/test_cli.py",
    "tests/test_brief.py",
    "tests/test_xlsx_export.py",
    "tests/test_export_fuzz.py",
    "tests/test_export_hostile_workbooks.py",
    "tests/test_export_left_out.py",
    "tests/test_export_safety.py",
    "tests/test_annotations_roundtrip.py",
    "tests/test_rules.py",
]

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
            # -p no:cacheprovider: the tests leave nothing in the copy they run in.
            'pytest_add_cli_args = ["-p", "no:cacheprovider"]',
            "use_git_change_detection = false",
            "timeout_multiplier = 5.0",
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


def sample_names(work: Path, module: str, size: int) -> list[str]:
    """``size`` mutants of ``module`` drawn with a seed fixed per module (all when fewer)."""
    names = mutant_names(work, module)
    if len(names) <= size:
        return names
    return sorted(random.Random(f"bnldesk-{module}").sample(names, size))


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


def collect(work: Path, module: str) -> ModuleResult:
    """Read one module's outcomes from mutmut's result files."""
    result = ModuleResult(module)
    for meta in meta_files(work, module):
        exit_codes: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
        for name, exit_code in sorted(exit_codes.items()):
            result.mutants += 1
            if exit_code is None:
                continue
            status = STATUS_BY_EXIT_CODE.get(exit_code, "other")
            result.counts[status] += 1
            if status in NOT_KILLED:
                result.not_killed[name] = f"({status})\n" + show_mutant(work, name)
    return result


def load_reasons() -> dict[str, str]:
    """Why each known harmless survivor is harmless (``bench/mutation-survivors.toml``:
    ``"mutant name" = "reason"``)."""
    if not SURVIVOR_REASONS.exists():
        return {}
    data = tomllib.loads(SURVIVOR_REASONS.read_text(encoding="utf-8"))
    return {str(name): str(reason) for name, reason in data.items()}


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _row(result: ModuleResult) -> str:
    killed = result.counts["killed"] + result.counts["timeout"]
    low, high = wilson_interval(killed, result.checked)
    interval = "-" if result.checked == 0 else f"{low:.0%}-{high:.0%}"
    counts = " | ".join(str(result.counts[column]) for column in COLUMNS)
    return (
        f"| {result.module} | {result.mutants} | {result.checked} | {counts} "
        f"| {_percent(result.score)} | {interval} |"
    )


def render_report(results: list[ModuleResult], reasons: dict[str, str]) -> str:
    """The Markdown report: one row per module, then every mutant not killed with its change."""
    total = ModuleResult("**all**")
    for result in results:
        total.mutants += result.mutants
        total.counts.update(result.counts)
    unexplained = sum(1 for r in results for name in r.not_killed if name not in reasons)
    lines = [
        "# Mutation testing (mutmut) over domain, store and services",
        "",
        "Made by `scripts/mutation.py` (the tests run are the ones without Qt, listed there). "
        "*checked*: mutants run (a seeded random sample per module, or all of them); "
        "score = (killed + timeout) / checked, a mutant that no test reaches counting as a "
        "survivor; *95%*: the Wilson interval of the score as an estimate for all the "
        "module's mutants.",
        "",
        f"Mutants not killed without a reason in bench/mutation-survivors.toml: {unexplained}.",
        "",
        "| module | mutants | checked | " + " | ".join(COLUMNS) + " | score | 95% |",
        "| --- | ---: | ---: | " + " | ".join("---:" for _ in COLUMNS) + " | ---: | ---: |",
        *(_row(result) for result in results),
        _row(total),
        "",
        "## Mutants not killed",
        "",
    ]
    for result in results:
        if not result.not_killed:
            continue
        lines += [f"### {result.module}", ""]
        for name, change in result.not_killed.items():
            lines.append(f"- `{name}`: {reasons.get(name, '**not reviewed**')}")
            lines += ["  ```diff", *("  " + line for line in change.splitlines()), "  ```"]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules below bnldesk (default: all listed)")
    parser.add_argument("--sample", type=int, default=0, help="mutants per module (0: all)")
    parser.add_argument("--max-children", type=int, default=1, help="mutants run at once")
    parser.add_argument("--budget", type=float, default=30.0, help="minutes per mutmut call")
    parser.add_argument("--work", type=Path, help="work folder (kept between runs)")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--report-only", action="store_true", help="report the last results")
    parser.add_argument(
        "--retry", action="store_true", help="run again the mutants not killed last time"
    )
    args = parser.parse_args(argv)
    unknown = [module for module in args.modules if module not in MODULES]
    if unknown:
        parser.error(f"not in the mutated modules: {', '.join(unknown)} (see MODULES)")
    modules = args.modules or MODULES
    work = args.work or Path(tempfile.gettempdir()) / f"bnldesk-mutation-{getpass.getuser()}"
    if not args.report_only:
        prepare_work_folder(work)
        if args.retry:
            names = [name for module in modules for name in not_killed_names(work, module)]
            run_mutmut(work, "retry", names, args.max_children, args.budget)
        elif args.sample and all(meta_files(work, module) for module in modules):
            names = [name for module in modules for name in sample_names(work, module, args.sample)]
            run_mutmut(work, "sample", names, args.max_children, args.budget)
        else:  # whole modules, one at a time (the first run also makes the mutants)
            for module in modules:
                pattern = f"bnldesk.{module}.*"
                run_mutmut(work, module, [pattern], args.max_children, args.budget)
    # The report always covers every module with results, not only the ones run now.
    results = [collect(work, module) for module in MODULES if meta_files(work, module)]
    report = render_report(results, load_reasons())
    args.report.write_text(report, encoding="utf-8")
    print(report.split("## Mutants not killed")[0])
    print(f"[mutation] report: {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
