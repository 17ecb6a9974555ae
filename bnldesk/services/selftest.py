"""The self test of an installed bnldesk: does this build work on this machine?

``bnldesk selftest`` runs these checks in a throw-away folder: it opens a new database filled
with the bundled demo data, writes a note and finds it again, imports a small generated plan,
builds a brief (PDF) and a workbook (XLSX), and reads both back. Nothing is written outside the
folder it is given, and any attempt to reach the network fails and is reported. No Qt here; the
command adds one check that shows the main window.

Each check is a function ``check(ctx) -> str`` returning a short detail; it raises
:class:`CheckSkipped` when a part is not available in this build, anything else is a failure.
"""

from __future__ import annotations

import importlib
import socket
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from bnldesk.paths import migrations_path, resource_path
from bnldesk.store.engine import Store

# A workgroup that exists only in the generated plan, so the checks can tell it came from there.
SELFTEST_YEAR = 2099
SELFTEST_CODE = "SELFTEST-WG"
SELFTEST_WORKGROUP = f"Werkgroep Zelftest ({SELFTEST_CODE})"
NOTE_WORD = "zelftestnotitie"
NOTE_CHARS = "één € œ"  # must survive into the brief: the bundled font is in use


class Status(StrEnum):
    OK = "ok"
    FAIL = "FAIL"
    SKIP = "SKIP"


class CheckSkipped(Exception):
    """The part under test is not in this build; reported as SKIP, not as a failure."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str = ""
    seconds: float = 0.0

    def line(self) -> str:
        """The line ``selftest`` prints: status, name, and the detail."""
        text = f"{self.status.value:<4}  {self.name}"
        if self.detail:
            text += f"  ({self.detail})" if self.status is Status.OK else f": {self.detail}"
        return text


@dataclass
class SelftestContext:
    """What the checks share: the temporary folder and what earlier checks produced."""

    work_dir: Path
    store: Store | None = None
    workgroup_code: str = ""
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        """The self test's own database, in its temporary folder."""
        return self.work_dir / "selftest.db"

    def need_store(self) -> Store:
        """The open database; raises ``RuntimeError`` when opening it failed earlier."""
        if self.store is None:
            raise RuntimeError("no database (opening the demo database failed)")
        return self.store


Check = Callable[[SelftestContext], str]


def _optional(module: str, *names: str) -> tuple[Any, ...]:
    """Attributes of a module that may not be in this build yet; missing means SKIP."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise CheckSkipped("not available") from exc
        raise
    try:
        return tuple(getattr(mod, name) for name in names)
    except AttributeError as exc:
        raise CheckSkipped(f"not available ({exc})") from exc


# ------------------------------------------------------------------------------------------
# checks
# ------------------------------------------------------------------------------------------


def check_resources(ctx: SelftestContext) -> str:
    """The demo data, migrations, fonts and translations are installed: their counts."""
    demo = sorted(resource_path("demo").glob("*.json"))
    if not demo:
        raise RuntimeError(f"no demo data in {resource_path('demo')}")
    db = migrations_path()
    revisions = sorted((db / "versions").glob("*.py"))
    if not (db / "env.py").is_file() or not revisions:
        raise RuntimeError(f"the migrations are missing from {db}")
    fonts = sorted(resource_path("fonts").glob("*.ttf"))
    languages = sorted(resource_path("translations").glob("*.qm"))
    return (
        f"{len(demo)} demo documents, {len(revisions)} migrations, {len(fonts)} fonts, "
        f"{len(languages)} translations"
    )


def check_open_demo(ctx: SelftestContext) -> str:
    """A new database with the demo data opens and lists plans and coded workgroups."""
    from bnldesk.store import queries
    from bnldesk.store.engine import open_store

    ctx.store = open_store(ctx.db_path, demo=True)
    with ctx.store.read() as session:
        plans = queries.list_plans(session)
        workgroups = queries.list_workgroups(session)
    if not plans:
        raise RuntimeError("the demo database has no plans")
    codes = [str(w["code"]) for w in workgroups if w.get("code")]
    if not codes:
        raise RuntimeError("the demo database has no workgroups with a code")
    # A one-word code is easiest to find again in the PDF's extracted text.
    ctx.workgroup_code = next((c for c in codes if c.isascii() and " " not in c), codes[0])
    return f"{len(plans)} plans, {len(workgroups)} workgroups"


def check_schema(ctx: SelftestContext) -> str:
    """The new database's schema is at the newest migration."""
    from bnldesk.store import migrations

    store = ctx.need_store()
    with store.engine.connect() as conn:
        current = migrations.current_revision(conn)
    head = migrations.head_revision()
    if current != head:
        raise RuntimeError(f"the schema is at {current}, the migrations end at {head}")
    return f"revision {head}"


def check_note_and_search(ctx: SelftestContext) -> str:
    """A note written on a workgroup is found by the full-text search, and so is the code."""
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.store.search import search

    store = ctx.need_store()
    with store.transaction() as session:
        target = resolve_target(session, ctx.workgroup_code)
        add_annotation(
            session, target, NoteFields(body=f"{NOTE_WORD} {NOTE_CHARS}"), author="selftest"
        )
    with store.read() as session:
        hits = search(session, NOTE_WORD)
        code_hits = search(session, ctx.workgroup_code)
    if not hits:
        raise RuntimeError("a new note is not found by the full-text search")
    if not code_hits:
        raise RuntimeError(f"the search finds nothing for {ctx.workgroup_code}")
    return f"note on {ctx.workgroup_code} found"


def generated_plan_text(year: int = SELFTEST_YEAR) -> str:
    """A small annual plan in the shape of the published plain-text plans (numbered chapters
    and sections, the usual block headings, a workgroup with its code)."""
    return f"""Jaarplan {year}

1. Inleiding
Dit jaarplan is een kort voorbeeld dat de zelftest van bnldesk schrijft.

2. Veiligheid en samenleving
2.1. Crisisbeheersing
Algemene doelstelling
De drie landen oefenen samen de aanpak van grensoverschrijdende crises.
Voortgangsprojecten
 Een gezamenlijke oefening van de nationale crisiscentra.
Nieuwe projecten {year}
 Een gedeeld overzicht van de contactpunten bij een crisis.
Werkgroepen en commissies
 {SELFTEST_WORKGROUP}
"""


def check_import(ctx: SelftestContext) -> str:
    """A generated plan (:func:`generated_plan_text`) imports with its workgroup."""
    (import_file,) = _optional("bnldesk.services.importer", "import_file")
    from bnldesk.store import queries

    store = ctx.need_store()
    source = ctx.work_dir / f"jaarplan-{SELFTEST_YEAR}.txt"
    source.write_text(generated_plan_text(), encoding="utf-8")
    ctx.files["import"] = source
    report = import_file(store, source)
    counts = getattr(report, "counts", {})
    with store.read() as session:
        if queries.plan_id_for_year(session, SELFTEST_YEAR) is None:
            raise RuntimeError(f"the imported {SELFTEST_YEAR} plan is not in the database")
        found = queries.list_workgroups(session, search=SELFTEST_CODE)
    if not any(w.get("code") == SELFTEST_CODE for w in found):
        raise RuntimeError(f"the imported workgroup {SELFTEST_CODE} is missing")
    parts = ", ".join(
        f"{counts[k]} {k}" for k in ("sections", "items", "workgroups") if k in counts
    )
    return f"plan {SELFTEST_YEAR}: {parts}"


def check_brief(ctx: SelftestContext) -> str:
    """A brief on the workgroup is written and its text, read back with pypdf, shows the note."""
    export_brief, brief_options, brief_subject = _optional(
        "bnldesk.services.reports", "export_brief", "BriefOptions", "BriefSubject"
    )
    from pypdf import PdfReader

    store = ctx.need_store()
    out = ctx.work_dir / "brief.pdf"
    result = export_brief(
        store,
        brief_subject(workgroup=ctx.workgroup_code),
        brief_options(include_private=True, marking="Selftest"),
        out,
    )
    ctx.files["brief"] = out
    reader = PdfReader(str(out))
    pages = len(reader.pages)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    flat = " ".join(text.split())
    if pages < 1 or pages != getattr(result, "pages", pages):
        raise RuntimeError(f"the brief has {pages} pages, the builder counted {result.pages}")
    for expected in (ctx.workgroup_code, NOTE_WORD, NOTE_CHARS):
        if expected not in flat:
            raise RuntimeError(f"the brief does not show {expected!r}")
    return f"{pages} pages, {out.stat().st_size // 1024} KB"


def check_workbook(ctx: SelftestContext) -> str:
    """A workbook is written and, reopened with openpyxl, holds the workgroup and the note."""
    export_workbook, export_filters, xlsx_options = _optional(
        "bnldesk.services.reports", "export_workbook", "ExportFilters", "XlsxOptions"
    )
    from openpyxl import load_workbook

    store = ctx.need_store()
    out = ctx.work_dir / "workbook.xlsx"
    export_workbook(store, out, export_filters(include_private=True), xlsx_options())
    ctx.files["workbook"] = out
    book = load_workbook(out, read_only=True)
    try:
        cells = {
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        }
        sheets = len(book.sheetnames)
    finally:
        book.close()
    for expected in (ctx.workgroup_code, NOTE_WORD):
        if not any(expected in cell for cell in cells):
            raise RuntimeError(f"the workbook does not show {expected!r}")
    return f"{sheets} sheets, {out.stat().st_size // 1024} KB"


def check_integrity(ctx: SelftestContext) -> str:
    """SQLite's integrity check finds the database sound after all of the above."""
    from bnldesk.store.check import check_database

    report = check_database(ctx.db_path)
    if not report.ok:
        raise RuntimeError("; ".join(report.problems))
    return ", ".join(name for name, _ in report.checks)


CHECKS: list[tuple[str, Check]] = [
    ("bundled resources", check_resources),
    ("open demo database", check_open_demo),
    ("schema up to date", check_schema),
    ("note and full-text search", check_note_and_search),
    ("import a generated plan", check_import),
    ("brief (PDF)", check_brief),
    ("workbook (XLSX)", check_workbook),
    ("database integrity", check_integrity),
]


def run_check(
    name: str, check: Check, ctx: SelftestContext, *, verbose: bool = False
) -> CheckResult:
    """Run one check: ok with its detail, skip (:class:`CheckSkipped`), or fail with the
    error (and its traceback with ``verbose``); never raises."""
    started = time.perf_counter()
    try:
        detail = check(ctx)
        status = Status.OK
    except CheckSkipped as exc:
        status, detail = Status.SKIP, str(exc)
    except Exception as exc:
        status = Status.FAIL
        detail = f"{type(exc).__name__}: {exc}"
        if verbose:
            detail += "\n" + traceback.format_exc()
    return CheckResult(name, status, detail, time.perf_counter() - started)


class NetworkTripwire:
    """Records (and refuses) every attempt to reach the network from Python while it is set:
    bnldesk never opens a connection, and the self test proves it for what it exercises."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    @contextmanager
    def armed(self) -> Iterator[NetworkTripwire]:
        """While inside: every socket connection or name look-up is refused and recorded."""
        saved_connect = socket.socket.connect
        saved_connect_ex = socket.socket.connect_ex
        saved_getaddrinfo = socket.getaddrinfo
        tripwire = self

        def refuse(what: str) -> OSError:
            tripwire.attempts.append(what)
            return OSError(f"bnldesk selftest: network access refused ({what})")

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                raise refuse(f"connect to {address!r}")
            saved_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                raise refuse(f"connect to {address!r}")
            return saved_connect_ex(sock, address)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            raise refuse(f"name lookup of {host!r}")

        socket.socket.connect = connect  # type: ignore[method-assign,assignment]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
        socket.getaddrinfo = getaddrinfo
        try:
            yield self
        finally:
            socket.socket.connect = saved_connect  # type: ignore[method-assign]
            socket.socket.connect_ex = saved_connect_ex  # type: ignore[method-assign]
            socket.getaddrinfo = saved_getaddrinfo


def run_selftest(
    work_dir: Path,
    *,
    extra_checks: Iterable[tuple[str, Check]] = (),
    report: Callable[[CheckResult], None] | None = None,
    verbose: bool = False,
) -> list[CheckResult]:
    """Run every check in ``work_dir`` (which must exist and be empty); the database is closed
    at the end. ``report`` sees each result as soon as it is known. Python-level network access
    is refused throughout, and a last check says whether anything tried."""
    ctx = SelftestContext(work_dir=Path(work_dir))
    results: list[CheckResult] = []
    tripwire = NetworkTripwire()

    def no_network(_ctx: SelftestContext) -> str:
        if tripwire.attempts:
            raise RuntimeError("; ".join(tripwire.attempts[:3]))
        return "no connection attempted"

    try:
        with tripwire.armed():
            for name, check in [*CHECKS, *extra_checks, ("offline", no_network)]:
                result = run_check(name, check, ctx, verbose=verbose)
                results.append(result)
                if report is not None:
                    report(result)
    finally:
        if ctx.store is not None:
            ctx.store.close()
    return results
