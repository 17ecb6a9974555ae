"""Importing published plans and programmes (PDF, DOCX, TXT, MD) into the database.

``parse_file`` turns a document into a :class:`~bnldesk.domain.document.PlanDocument` without a
database; ``import_file`` also merges it into a store in one transaction and reports what changed,
which notes were carried to this year's objects and which objects are new or gone. Nothing here
uses Qt or global state, so the GUI runs ``import_file`` on its worker thread and passes a
``progress(fraction, message)`` callable. :class:`DocumentImportError` is the only exception a bad
document produces; its message is one line meant for the delegate.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bnldesk.domain.document import DocumentKind, ImportWarning, PlanDocument, document_to_dict
from bnldesk.services.importer.cleaning import clean_lines
from bnldesk.services.importer.contents import find_toc
from bnldesk.services.importer.errors import (
    DocumentImportError,
    DoubtfulStructure,
    ImportCancelled,
    ReplaceRefused,
)
from bnldesk.services.importer.kinds import give_kinds
from bnldesk.services.importer.language import (
    document_language,
    plan_title,
    programme_title,
)
from bnldesk.services.importer.plan_markdown import parse_markdown_plan
from bnldesk.services.importer.plan_numbered import parse_numbered_plan
from bnldesk.services.importer.programme import parse_programme
from bnldesk.services.importer.readers import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, read_text
from bnldesk.services.importer.vocabulary import label_of, names_programme, plan_year_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bnldesk.store.engine import Store
    from bnldesk.store.history import CarriedNote, LeftNote, ObjectChange
    from bnldesk.store.structure import NamedWorkgroup, UpdatedObject, WriteReport

log = logging.getLogger(__name__)

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "DocumentImportError",
    "DoubtfulStructure",
    "ImportCancelled",
    "ImportReport",
    "ReplaceRefused",
    "ReviewInput",
    "detect",
    "document_counts",
    "existing_title",
    "import_file",
    "parse_documents",
    "parse_file",
    "parse_file_documents",
    "parse_lines",
    "read_for_review",
]

Progress = Callable[[float, str], None]

_PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\b")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_FLAG_START = re.compile(r"^\s*(?:#+\s*)?vlag-?\s*$", re.I)  # "VLAG-" / "GENSCHIP-" / "PROJECT"
_PLAN_LABELS = ("objective", "ongoing", "new", "workgroups", "flagship")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")


@dataclass
class Detected:
    kind: DocumentKind
    year: int | None = None
    start_year: int | None = None
    end_year: int | None = None


def detect(lines: list[str]) -> Detected | None:
    """The kind of document and its year or period, from its opening pages and its labels."""
    texts = [line.strip() for line in lines if line.strip()]
    head = " ".join(texts[:60])
    title_year = plan_year_in(" ".join(texts[:40]))
    labels = [(line, label_of(line)) for line in texts]
    markers = sum(1 for _line, label in labels if label in _PLAN_LABELS)
    markers += sum(1 for line in texts if _FLAG_START.match(line))
    years = Counter(
        int(m.group(1)) for line, label in labels if label == "new" for m in _YEAR.finditer(line)
    )
    if title_year is not None:
        # A title is a line of its own ("Jaarplan 2014", "PLAN ANNUEL DE L'UNION BENELUX 2024").
        titled = any(
            len(line.split()) <= 8 and plan_year_in(line) == title_year for line in texts[:40]
        )
        labelled = years.most_common(1)[0] if years else None
        if not titled and labelled is not None and labelled[0] != title_year and labelled[1] >= 3:
            # "the plan 2013" said in the running text of a plan whose lists all say "new
            # projects 2014" (last year's text edited): the lists tell the year.
            return Detected("plan", year=labelled[0])
        return Detected("plan", year=title_year)
    if markers >= 3:
        named = plan_year_in("\n".join(lines))
        year = years.most_common(1)[0][0] if years else named
        return Detected("plan", year=year)
    if names_programme(head):
        for match in _PERIOD.finditer(head):
            start, end = int(match.group(1)), int(match.group(2))
            if 2 <= end - start <= 6:
                return Detected("programme", start_year=start, end_year=end)
        return Detected("programme")
    return None


def parse_lines(
    raw_lines: list[str],
    *,
    name: str = "document",
    kind: DocumentKind | None = None,
    year: int | None = None,
) -> PlanDocument:
    """Parse the lines of a document; ``kind`` and ``year`` override what the text says."""
    return parse_documents(raw_lines, name=name, kind=kind, year=year)[0]


def parse_documents(
    raw_lines: list[str],
    *,
    name: str = "document",
    kind: DocumentKind | None = None,
    year: int | None = None,
    pages: list[int] | None = None,
) -> list[PlanDocument]:
    """The document in the lines, then any document bound after it (a programme after a plan).

    ``pages`` gives the page of each line, for the warnings. Raises
    :class:`DocumentImportError` for text that is no plan or programme.
    """
    try:
        docs = _parse_lines(raw_lines, name=name, kind=kind, year=year)
    except DocumentImportError:
        raise
    except RecursionError as exc:
        raise DocumentImportError(
            f"{name}: the text is nested too deeply to read",
            code="nested_too_deeply",
            values=(name,),
        ) from exc
    except Exception as exc:  # a parser bug must not take the application down
        raise DocumentImportError(
            f"{name}: could not make sense of the text ({type(exc).__name__}: {exc})",
            code="text_not_understood",
            values=(name,),
        ) from exc
    for doc in docs:
        _check_structure(doc, name=name, year_given=year is not None)
        if pages:
            for warning in doc.warnings:
                if 0 < warning.line <= len(pages):
                    warning.page = pages[warning.line - 1]
    return docs


_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _check_structure(doc: PlanDocument, *, name: str, year_given: bool) -> None:
    """Warnings about the document as a whole: what it lacks, and a year that disagrees."""
    sections = doc.iter_sections()
    added: list[ImportWarning] = []
    if doc.kind == "plan":
        if not sections:
            added.append(
                ImportWarning(
                    0, "no sections found under the chapters", doubt=True, code="no_sections"
                )
            )
        elif not any(s.items or s.workgroups for s in sections):
            added.append(
                ImportWarning(
                    0,
                    "no items or workgroups found in any section",
                    doubt=True,
                    code="no_items_or_workgroups",
                )
            )
        else:
            empty = [s.number for s in sections if not s.items and not s.children]
            if empty:
                added.append(
                    ImportWarning(
                        0,
                        f"{len(empty)} of {len(sections)} sections "
                        + ("has" if len(empty) == 1 else "have")
                        + " no items",
                        ", ".join(empty)[:120],
                        code="sections_without_items",
                        values=(len(empty), len(sections)),
                    )
                )
        years = {int(m.group(1)) for m in _NAME_YEAR.finditer(name)}
        if doc.year is not None and years and doc.year not in years:
            added.append(
                ImportWarning(
                    0,
                    f"the file name says {', '.join(map(str, sorted(years)))} but the plan is "
                    f"read as {doc.year}" + ("" if year_given else "; give the year with --year"),
                    name,
                    doubt=not year_given,
                    code="file_name_year",
                    values=(", ".join(map(str, sorted(years))), doc.year),
                )
            )
    doc.warnings = sorted([*doc.warnings, *added], key=lambda w: w.line)


def _parse_lines(
    raw_lines: list[str], *, name: str, kind: DocumentKind | None, year: int | None
) -> list[PlanDocument]:
    """The plan or programme in ``raw_lines``, then any document bound after it. Raises
    :class:`DocumentImportError` for an empty text, one that is no plan or programme, or one
    whose year (period) neither the text nor ``year`` gives."""
    lines = clean_lines(raw_lines)
    if not any(line.strip() for line in lines):
        raise DocumentImportError(f"{name} contains no text", code="no_text", values=(name,))
    found = detect(lines)
    if found is None and kind is None:
        raise DocumentImportError(
            f"{name} does not look like an annual plan or a work programme "
            "(no 'Jaarplan' or 'Werkprogramma' title and no plan sections); "
            "use --kind and --year if it is one",
            code="not_a_plan",
            values=(name,),
        )
    if found is None:
        found = Detected(kind or "plan")
    warnings: list[ImportWarning] = []
    if (kind or found.kind) == "plan":
        doc, extra = _parse_plan(lines, warnings, name=name, year=year or found.year)
    else:
        doc, extra = _parse_programme(lines, warnings, name=name, year=year, found=found), []
    if not doc.chapters:
        raise DocumentImportError(
            f"{name}: no chapters or themes found; this does not look like a plan or programme",
            code="no_chapters",
            values=(name,),
        )
    doc.warnings = sorted(warnings, key=lambda w: w.line)
    for found_doc in (doc, *extra):
        give_kinds(found_doc)
    return [doc, *extra]


def _parse_plan(
    lines: list[str], warnings: list[ImportWarning], *, name: str, year: int | None
) -> tuple[PlanDocument, list[PlanDocument]]:
    """An annual plan of ``year``, and a programme bound after it (the 2013 file)."""
    if year is None:
        raise DocumentImportError(
            f"{name}: cannot tell the plan's year; give it with --year",
            code="plan_year_unknown",
            values=(name,),
        )
    language = document_language(lines)
    doc = PlanDocument(
        kind="plan", title=plan_title(lines, year, language), year=year, language=language
    )
    headings = sum(1 for line in lines if _MD_HEADING.match(line))
    toc = find_toc(lines)
    # A plan that labels its lists (the 2013 way) is read line by line, contents or not;
    # one whose headings carry the structure (the 2022 way) by its headings and contents.
    labelled = sum(1 for line in lines if label_of(line) in ("objective", "ongoing", "new"))
    toc_sections = sum(1 for entry in toc.entries if "." in entry.number)
    if headings >= 5 or (labelled < 2 and (headings >= 2 or toc_sections >= 4)):
        by_headings = parse_markdown_plan(lines, warnings)
        doc.chapters, doc.contacts = by_headings.chapters, by_headings.contacts
        return doc, []
    parsed = parse_numbered_plan(lines, warnings)
    doc.chapters = parsed.chapters
    doc.contacts = parsed.contacts
    if parsed.end_line is None:
        return doc, []
    bound = _bound_programme(lines, parsed.end_line)
    label = bound.title if bound is not None else "a second document"
    what = "it is imported as a separate programme" if bound is not None else "it was not imported"
    warnings.append(
        ImportWarning(
            parsed.end_line,
            f"{label} follows the plan in the same file; {what}",
            lines[parsed.end_line - 1].strip()[:80],
            code="programme_follows" if bound is not None else "second_document_follows",
            values=(label,),
        )
    )
    return doc, [bound] if bound is not None else []


def _parse_programme(
    lines: list[str],
    warnings: list[ImportWarning],
    *,
    name: str,
    year: int | None,
    found: Detected,
) -> PlanDocument:
    """A work programme of four years from ``year`` (else the period the text names)."""
    if year is not None:
        start, end = year, year + 3
    else:
        start, end = found.start_year or 0, found.end_year or 0
    if not start or not end:
        raise DocumentImportError(
            f"{name}: cannot tell the programme's period; give its first year with --year",
            code="programme_period_unknown",
            values=(name,),
        )
    language = document_language(lines)
    doc = PlanDocument(
        kind="programme",
        title=programme_title(start, end, language),
        start_year=start,
        end_year=end,
        language=language,
    )
    doc.chapters, intro = parse_programme(lines, warnings)
    doc.description = intro[:4000]
    return doc


def _bound_programme(lines: list[str], start_line: int) -> PlanDocument | None:
    """The multi-year programme printed after the 2013 plan, read as its own document."""
    opening = " ".join(t.strip() for t in lines[start_line - 1 : start_line + 12] if t.strip())
    period = next(
        (
            (int(m.group(1)), int(m.group(2)))
            for m in _PERIOD.finditer(opening)
            if 2 <= int(m.group(2)) - int(m.group(1)) <= 6
        ),
        None,
    )
    if period is None or not names_programme(opening):
        return None
    tail = [""] * (start_line - 1) + lines[start_line - 1 :]
    warnings: list[ImportWarning] = []
    parsed = parse_numbered_plan(tail, warnings)
    if not parsed.chapters:
        return None
    start, end = period
    language = document_language(lines[start_line - 1 :])
    doc = PlanDocument(
        kind="programme",
        title=programme_title(start, end, language),
        start_year=start,
        end_year=end,
        chapters=parsed.chapters,
        language=language,
    )
    doc.warnings = [w for w in warnings if w.code != "text_before_first_chapter"]
    return doc


def parse_file(
    path: Path | str,
    *,
    kind: DocumentKind | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> PlanDocument:
    """Read and parse ``path`` without touching a database."""
    return parse_file_documents(path, kind=kind, year=year, progress=progress)[0]


def parse_file_documents(
    path: Path | str,
    *,
    kind: DocumentKind | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> list[PlanDocument]:
    """Every document in ``path``: the plan or programme, then any bound after it."""
    return read_for_review(path, kind=kind, year=year, progress=progress).documents


@dataclass
class ReviewInput:
    """What the review window shows: the documents found and the text they were read from
    (``lines``, with the ``pages`` each line comes from, 0 where the format has none)."""

    documents: list[PlanDocument]
    lines: list[str]
    pages: list[int]


def read_for_review(
    path: Path | str,
    *,
    kind: DocumentKind | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> ReviewInput:
    """Read and parse ``path``, keeping its text; raises :class:`DocumentImportError`."""
    path = Path(path)
    if progress is not None:
        progress(0.0, f"reading {path.name}")
    raw, pages = read_text(path, progress)
    if progress is not None:
        progress(0.5, "recognising the structure")
    docs = parse_documents(raw, name=path.name, kind=kind, year=year, pages=pages)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise DocumentImportError(
            f"{path.name}: cannot read the file ({exc.strerror})",
            code="cannot_read_file",
            values=(path.name,),
        ) from exc
    for doc in docs:
        doc.source_file = str(path.name)
        doc.source_sha256 = digest
    return ReviewInput(docs, raw, pages)


@dataclass(frozen=True)
class ReportWarning:
    """A warning in an import's report (its JSON): ``line`` (1-based, 0 for the whole
    document), ``page`` (0 when the format has none), the English ``message``, the ``text``
    it is about and whether it makes the structure ``doubt``-ful."""

    line: int
    page: int
    message: str
    text: str
    doubt: bool

    @classmethod
    def of(cls, warning: ImportWarning) -> ReportWarning:
        """The report's record of the importer's ``warning``."""
        return cls(warning.line, warning.page, warning.message, warning.text, warning.doubt)


@dataclass(frozen=True)
class AlsoImported:
    """A document bound in the same file as the one imported (a plan's programme), written
    with it: its ``kind`` (plan or programme), ``label`` (year or period), ``title``,
    ``counts`` as :func:`document_counts` gives them, and what it created, updated and
    removed by kind of object (``owner_id`` the plan's or programme's id)."""

    kind: str
    label: str
    title: str
    counts: dict[str, int]
    created: dict[str, int]
    updated: dict[str, int]
    removed: dict[str, int]
    owner_id: int

    @property
    def changed(self) -> bool:
        """Whether writing it changed the database."""
        return any(sum(counts.values()) for counts in (self.created, self.updated, self.removed))


def document_counts(doc: PlanDocument) -> dict[str, int]:
    """How many chapters, sections, items (also per kind), flagships, workgroups, contacts."""
    items = [i for s in doc.iter_sections() for i in s.items]
    counts = {
        "chapters": len(doc.chapters),
        "sections": len(doc.iter_sections()),
        "items": len(items),
        "flagships": sum(1 for i in items if i.flagship),
        "workgroups": len({(g.code or "", g.name) for g in doc.iter_workgroups()}),
        "contacts": len(doc.contacts),
    }
    for item in items:
        key = f"items_{item.kind.value}"
        counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass
class ImportReport:
    """What one import did, as plain data (``to_dict`` for JSON)."""

    path: str
    kind: str
    label: str
    title: str
    dry_run: bool
    counts: dict[str, int]
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    warnings: list[ReportWarning] = field(default_factory=list)
    doubtful: bool = False
    # The structure found, as document_to_dict gives it (without the texts): JSON data.
    tree: dict[str, object] = field(default_factory=dict)
    carried_notes: list[CarriedNote] = field(default_factory=list)
    # Notes on objects of the previous plan this one no longer has: they stay where they are.
    left_notes: list[LeftNote] = field(default_factory=list)
    previous_year: int | None = None
    # With no earlier plan in the plan's language: the languages the earlier plans are in.
    earlier_languages: list[str] = field(default_factory=list)
    language: str | None = None  # the document's ("nl", "fr", "en"; None: not known)
    new_objects: list[ObjectChange] = field(default_factory=list)
    gone_objects: list[ObjectChange] = field(default_factory=list)
    changed_objects: list[ObjectChange] = field(default_factory=list)
    also_imported: list[AlsoImported] = field(default_factory=list)
    # Plans the import put under a programme: [plan title, programme title] pairs.
    attached: list[list[str]] = field(default_factory=list)
    # Workgroups given a name in another language or a new name.
    named_workgroups: list[NamedWorkgroup] = field(default_factory=list)
    # What changed in each object counted in ``updated`` (kind, label, changed fields).
    updated_objects: list[UpdatedObject] = field(default_factory=list)
    owner_id: int = 0
    seconds: float = 0.0
    backup: str | None = None

    @property
    def changed(self) -> bool:
        """Whether the import (or another document in the same file) changed the database."""
        own = sum(self.created.values()) + sum(self.updated.values()) + sum(self.removed.values())
        return (
            bool(own)
            or any(other.changed for other in self.also_imported)
            or bool(self.named_workgroups)
        )

    def to_dict(self) -> dict[str, object]:
        """The report as JSON data (every record a JSON object, keys as the fields), with
        ``changed``."""
        out: dict[str, object] = asdict(self)
        out["changed"] = self.changed
        return out


def existing_title(store: Store, doc: PlanDocument) -> str | None:
    """The title of the plan of ``doc``'s year (or the programme of its period) the database
    holds already, which importing ``doc`` would update; None when it holds none."""
    from sqlalchemy import select

    from bnldesk.domain.models import Plan, Programme

    with store.read() as session:
        if doc.kind == "plan":
            return session.scalar(select(Plan.title).where(Plan.year == doc.year))
        return session.scalar(
            select(Programme.title).where(
                Programme.start_year == doc.start_year, Programme.end_year == doc.end_year
            )
        )


def workgroup_names_added(store: Store, doc: PlanDocument) -> list[NamedWorkgroup]:
    """What importing the plan ``doc`` would say of the workgroups the database holds
    already: those it gives a name in another language or a new name (for the review,
    before writing). Nothing is written."""
    from sqlalchemy import select

    from bnldesk.domain import identity
    from bnldesk.domain.models import Plan, Workgroup
    from bnldesk.store.structure import names_added

    if doc.kind != "plan":
        return []
    printed_by_key = {
        identity.workgroup_key(group.code, group.name): group.name
        for group in doc.iter_workgroups()
    }
    if not printed_by_key:
        return []
    with store.read() as session:
        plan_id = session.scalar(select(Plan.id).where(Plan.year == doc.year))
        printed = {
            int(workgroup_id): printed_by_key[key]
            for workgroup_id, key in session.execute(
                select(Workgroup.id, Workgroup.identity_key).where(
                    Workgroup.identity_key.in_(sorted(printed_by_key))
                )
            )
        }
        return names_added(session, plan_id, doc.language, printed)


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that everything is rolled back."""


# A re-import may drop a few sections (a corrected edition); dropping most of them means the
# document is not the plan the database holds.
_MOST = 0.5


def _refuse_wholesale_replacement(path: Path, doc: PlanDocument, written: WriteReport) -> None:
    removed = written.removed["section"]
    existing = removed + written.updated["section"] + written.unchanged["section"]
    if existing >= 4 and removed > _MOST * existing:
        what = (
            f"the {doc.year} plan"
            if doc.kind == "plan"
            else (f"the {doc.start_year}-{doc.end_year} programme")
        )
        raise ReplaceRefused(
            f"{path.name} would remove {removed} of the {existing} sections of {what} "
            "already in bnldesk, so it does not look like the same document; nothing was "
            "changed (import it with replace to overwrite that plan)",
            code="replace_refused",
            values=(path.name, removed, existing),
        )


def _new_report(path: Path | str, doc: PlanDocument, *, dry_run: bool) -> ImportReport:
    """The report of importing ``doc``, before anything is written."""
    label = str(doc.year) if doc.kind == "plan" else f"{doc.start_year}-{doc.end_year}"
    return ImportReport(
        path=str(path),
        kind=doc.kind,
        label=label,
        title=doc.title,
        language=doc.language,
        dry_run=dry_run,
        counts=document_counts(doc),
        warnings=[ReportWarning.of(warning) for warning in doc.warnings],
        doubtful=doc.doubtful,
        tree=document_to_dict(doc, with_bodies=False),
    )


def _refuse_doubtful(path: Path, doc: PlanDocument) -> None:
    """Raise :class:`DoubtfulStructure` naming the first warning that makes ``doc`` doubtful."""
    first = next(warning for warning in doc.warnings if warning.doubt)
    where = f"line {first.line}: " if first.line else ""
    raise DoubtfulStructure(
        f"{path.name}: the structure found looks doubtful ({where}{first.message}; "
        f"{len(doc.warnings)} warnings in all); nothing was changed: check it with "
        "--dry-run or the review window, then import with --force if it is right",
        code="doubtful_structure",
        values=(path.name, len(doc.warnings)),
    )


def _write(
    session: Session,
    report: ImportReport,
    path: Path,
    doc: PlanDocument,
    bound: list[PlanDocument],
    *,
    replace: bool,
    progress: Progress | None,
) -> None:
    """Write ``doc`` and the documents ``bound`` after it in ``session``, and fill ``report``
    with what changed. Raises :class:`DocumentImportError` for a document the store refuses
    and :class:`ReplaceRefused` (unless ``replace``) for one that would remove most of a plan."""
    from bnldesk.store import history
    from bnldesk.store.structure import write_document

    notes_before = history.live_note_ids(session)
    # Notes that showed on the plan already (a re-import) are not carried to it again.
    if doc.kind == "plan" and doc.year is not None:
        notes_before -= history.notes_on_plan(session, doc.year)
    try:
        written = write_document(session, doc)
    except ValueError as exc:
        raise DocumentImportError(
            f"{path.name}: {exc}", code="document_not_written", values=(path.name, str(exc))
        ) from exc
    if not replace:
        _refuse_wholesale_replacement(path, doc, written)
    report.owner_id = written.owner_id
    report.created = dict(written.created)
    report.updated = dict(written.updated)
    report.removed = dict(written.removed)
    report.attached = [list(pair) for pair in written.attached]
    report.named_workgroups = list(written.named_workgroups)
    report.updated_objects = list(written.updated_objects)
    for other in bound:
        extra = write_document(session, other)
        report.attached += [list(pair) for pair in extra.attached]
        report.also_imported.append(
            AlsoImported(
                kind=other.kind,
                label=extra.label,
                title=other.title,
                counts=document_counts(other),
                created=dict(extra.created),
                updated=dict(extra.updated),
                removed=dict(extra.removed),
                owner_id=extra.owner_id,
            )
        )
    if doc.kind == "plan" and doc.year is not None:
        if progress is not None:
            progress(0.9, "comparing with the previous plan")
        _compare_with_previous(session, report, doc.year, notes_before)


def _compare_with_previous(
    session: Session, report: ImportReport, year: int, notes_before: set[int]
) -> None:
    """What is new, gone and changed against the previous plan, and which notes followed
    their objects into the plan of ``year``, into ``report``."""
    from bnldesk.store import history

    comparison = history.compare_with_previous(session, year)
    report.previous_year = comparison.previous_year
    if comparison.previous_year is not None:
        report.new_objects = comparison.of_status("new")
        report.gone_objects = comparison.of_status("gone")
        report.changed_objects = comparison.of_status("changed")
        report.left_notes = history.notes_left_behind(
            session, report.gone_objects, comparison.previous_year, note_ids=notes_before
        )
    else:
        # No earlier plan in this plan's language: its titles cannot be compared.
        report.earlier_languages = history.earlier_plan_languages(session, year)
    report.carried_notes = history.carried_notes(session, year, note_ids=notes_before)


def _refresh_statistics(store: Store) -> None:
    """The planner's statistics taken again and the title index compacted after a plan was
    written (the data grew in bulk; see :mod:`bnldesk.store.statistics`). The import is
    committed: a file that refuses them (locked meanwhile) keeps the old ones, logged, and
    the import stands."""
    from bnldesk.store.errors import StoreError
    from bnldesk.store.statistics import refresh

    try:
        refresh(store)
    except StoreError as error:
        log.warning("planner statistics not taken after the import: %s", error)


def import_file(
    store: Store,
    path: Path | str,
    *,
    kind: DocumentKind | None = None,
    year: int | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    replace: bool = False,
    force: bool = False,
    document: PlanDocument | None = None,
) -> ImportReport:
    """Parse ``path`` and merge it into ``store`` in one transaction (none with ``dry_run``).

    A document that would remove most sections of a plan or programme already in the database
    is refused with :class:`ReplaceRefused` unless ``replace`` is true; one whose structure is
    doubtful (a warning with ``doubt``) with :class:`DoubtfulStructure` unless ``force`` is
    true. ``document`` is the parsed (and perhaps corrected) document to write instead of
    parsing ``path`` again: the review window passes what the delegate approved.
    """
    started = time.perf_counter()
    if document is not None:
        doc, bound = document, []
    else:
        doc, *bound = parse_file_documents(path, kind=kind, year=year, progress=progress)
    if progress is not None:
        progress(0.7, "writing to the database")
    report = _new_report(path, doc, dry_run=dry_run)
    if doc.doubtful and not dry_run and not force:
        _refuse_doubtful(Path(path), doc)
    if not dry_run:
        from bnldesk.services.backup import backup_before

        # Parsed fine, so the document will be written: keep a copy of the database first.
        made = backup_before(store, "import")  # None on a server (backed up by pg_dump)
        report.backup = str(made) if made is not None else None
    try:
        with store.transaction() as session:
            _write(session, report, Path(path), doc, bound, replace=replace, progress=progress)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    if not dry_run:
        _refresh_statistics(store)
    report.seconds = round(time.perf_counter() - started, 3)
    if progress is not None:
        progress(1.0, "done")
    return report
