"""What importing an edited notes sheet would change, said in the interface language.

The service plans the import (:func:`bnldesk.services.reports.annotations_roundtrip.plan_import`)
and its ``preview_lines`` say it in English for the command line; this says the same plan in
the window's language (the Dutch and French preview listed English lines): the counts with the
language's plural forms, each row's changes under the sheet's own column titles, and why a row
is skipped or left as a conflict, by the plan's :class:`Reason`. A message that has no reason
(a target the database does not know, a value that cannot be read) is the service's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bnldesk.domain.value_words import Words
from bnldesk.services.reports.annotations_roundtrip import (
    FieldConflict,
    ImportPlan,
    Reason,
    RowPlan,
)
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.sheet_codec import ReadOnlyCell, ValueProblem, choice_labels
from bnldesk.ui import i18n, labels
from bnldesk.ui.error_texts import error_text

_LIMIT = 70  # characters of a value shown
_MISSING_NAMED = 20  # notes not in the sheet named one by one


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n`` becomes it in the plural form of the
    interface language. lupdate files plain tr("...") calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, count)


def _reason(reason: str, args: tuple[str, ...], english: str) -> str:
    """The sentence for ``reason`` in the interface language (``english`` without one)."""
    if reason == Reason.BAD_VALUES and args:
        return "; ".join(_problem(problem) for problem in args)
    texts: dict[Reason, Callable[[], str]] = {
        Reason.DELETED: lambda: tr(
            "the note was deleted in bnldesk since the export; left deleted"
        ),
        Reason.PRIVATE_ELSEWHERE: lambda: tr(
            "the note is private on this laptop and this row was not exported from this "
            "database: a sheet from elsewhere never changes it (edit it in bnldesk)"
        ),
        Reason.PRIVATE_EXPORT_AGAIN: lambda: tr(
            "the note is private, and this row cannot show it was exported from this database "
            "(an older or read-only export): export again, or edit it in bnldesk"
        ),
        Reason.HIDDEN_ROW: lambda: tr(
            "another delegate made a private note of this row when importing this sheet; it "
            "stays theirs and is not imported again"
        ),
        Reason.UNKNOWN_ID: lambda: tr(
            "no note with id %1 in this database (a sheet from another laptop? notes travel "
            "by File > Share notes)"
        ),
        Reason.NEEDS_TEXT: lambda: tr("a new row needs a text"),
        Reason.CONFLICT: lambda: tr(
            "nothing of this row is applied; export again, or make the change in bnldesk"
        ),
        Reason.COPY: lambda: tr("a copy of another row"),
        Reason.EARLIER_IMPORT: lambda: tr(
            "an earlier import made note %1 from this row when it read “%2”; that note is left "
            "as it is (delete it in bnldesk if this row replaces it)"
        ),
        Reason.CUT: lambda: tr(
            "the sheet held only the first 32,767 characters of the text (cut to fit Excel); "
            "applying the cell would lose the other %1 characters: edit this note in bnldesk"
        ),
        Reason.STALE: lambda: tr(
            "edited in the sheet, but the note changed since the export (%1: in bnldesk, by a "
            "received bundle or by importing another copy of this sheet)"
        ),
    }
    try:
        said = texts[Reason(reason)]
    except (ValueError, KeyError):
        return english
    text = said()
    for number, value in enumerate(args, 1):
        text = text.replace(f"%{number}", value)
    return text


def _column(key: str) -> str:
    """A column of the notes sheet by the title the sheet gives it in the interface language."""
    return label(f"col_{key}", i18n.current())


def _problem(problem: str) -> str:
    """A bad value left out of a row, in the interface language (the service's English line
    for a problem of another kind)."""
    if isinstance(problem, ReadOnlyCell):
        return i18n.filled(
            tr("“%1” in %2 is not read back (bnldesk fills that column): ignored"),
            problem.text,
            _column(problem.column),
        )
    if not isinstance(problem, ValueProblem):
        return problem
    choices = ", ".join(choice_labels(problem.column, i18n.current()))
    return (
        tr("“%1” is not a valid value for %2 (%3): left unchanged")
        .replace("%3", choices)
        .replace("%2", _column(problem.column))
        .replace("%1", problem.text)
    )


def _short(text: str) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= _LIMIT else flat[: _LIMIT - 1] + "…"


def _quoted(text: str) -> str:
    return tr("“%1”").replace("%1", _short(text))


# The coded columns of the notes sheet, by the words the window's note form shows for them.
_CODED: dict[str, dict[str, Words] | dict[int, Words]] = {
    "status": labels.NOTE_STATUSES,
    "priority": labels.PRIORITIES,
    "position_state": labels.POSITION_STATES,
    "visibility": labels.VISIBILITIES,
}


def _value(column: str, value: str) -> str:
    """A value of ``column`` quoted as the window shows it: a code by the word the note form
    uses in the interface language ("reservation" is “Voorbehoud”, priority 2 “Normaal”, not
    the stored code: trial 10), other text shortened."""
    table = _CODED.get(column)
    if table is None or not value:
        return _quoted(value)
    code: object = int(value) if column == "priority" and value.lstrip("-").isdigit() else value
    return _quoted(labels.label(table, code))


def summary(plan: ImportPlan) -> str:
    """One line: the sheet's file, then what its rows do, counted in the interface language."""
    parts = [
        tr("%n note(s) to update", None, len(plan.updates)),
        tr("%n new", None, len(plan.new)),
        tr("%n unchanged", None, plan.unchanged),
    ]
    if plan.already_imported:
        parts.append(tr("%n already imported", None, plan.already_imported))
    parts.append(tr("%n conflict(s)", None, len(plan.conflicts)))
    parts.append(tr("%n row(s) skipped", None, len(plan.skipped)))
    return i18n.with_colon(plan.path.name) + " " + ", ".join(parts)


def _row_lines(row: RowPlan) -> list[str]:
    lines: list[str] = []
    if row.action == "update":
        lines.append(i18n.filled(tr("Row %1: changes the note on %2"), str(row.row), row.target))
        lines += [
            "      "
            + i18n.with_colon(_column(change.column))
            + f" {_value(change.column, change.old)} → {_value(change.column, change.new)}"
            for change in row.changes
        ]
    elif row.action == "new":
        lines.append(i18n.filled(tr("Row %1: a new note on %2"), str(row.row), row.target))
        if row.message:
            lines.append(f"      ({_reason(row.reason, row.reason_args, row.message)})")
        lines += [
            "      "
            + i18n.with_colon(_column(change.column))
            + f" {_value(change.column, change.new)}"
            for change in row.changes
        ]
    elif row.action == "skip":
        lines.append(
            i18n.filled(
                tr("Row %1 skipped: %2"),
                row.row,
                error_text(row.fault)
                if row.fault is not None
                else _reason(row.reason, row.reason_args, row.message),
            )
        )
    if row.conflicts:
        lines += _conflict_lines(row)
    lines += [
        "      " + tr("warning: %1").replace("%1", _problem(problem)) for problem in row.problems
    ]
    return lines


def _conflict_lines(row: RowPlan) -> list[str]:
    head = (
        tr("Row %1: conflict on the note on %2: %3")
        if row.action == "conflict"
        else tr("Row %1: also a conflict on the note on %2: %3")
    )
    lines = [
        i18n.filled(head, row.row, row.target, _reason(row.reason, row.reason_args, row.message))
    ]
    for conflict in row.conflicts:
        lines += _field_conflict(conflict)
    return lines


def _field_conflict(conflict: FieldConflict) -> list[str]:
    args = conflict.args
    if conflict.kind == Reason.STALE and args:
        names = ", ".join(_column(name.strip().replace(" ", "_")) for name in args[0].split(","))
        args = (names,)
    return [
        "      "
        + i18n.with_colon(_column(conflict.column))
        + " "
        + _reason(conflict.kind, args, conflict.reason),
        "          " + tr("sheet: %1").replace("%1", _value(conflict.column, conflict.sheet)),
        "          " + tr("bnldesk: %1").replace("%1", _value(conflict.column, conflict.database)),
    ]


def preview_lines(plan: ImportPlan) -> list[str]:
    """Every change the plan makes, one line per changed field, in the interface language."""
    lines = [summary(plan)]
    if plan.from_another_laptop:
        lines.append("  " + tr("This sheet was exported from another laptop's database."))
    for row in plan.rows:
        lines += ["  " + line if not line.startswith(" ") else line for line in _row_lines(row)]
    if plan.missing:
        lines.append(
            "  "
            + tr(
                "%n note(s) not in the sheet: left unchanged (delete a note in bnldesk itself)",
                None,
                len(plan.missing),
            )
        )
        lines += [f"      {note.target}" for note in plan.missing[:_MISSING_NAMED]]
        if len(plan.missing) > _MISSING_NAMED:
            more = len(plan.missing) - _MISSING_NAMED
            lines.append("      " + tr("… and %n more", None, more))
    return lines
