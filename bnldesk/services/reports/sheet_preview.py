"""What importing an edited notes sheet would change, said in the window's words.

The service plans the import (:func:`bnldesk.services.reports.annotations_roundtrip.plan_import`)
and its ``preview_lines`` say it in English; this says the same plan in Dutch or French (the
Dutch and French preview listed English lines): the counts with the language's plural forms,
each row's changes under the sheet's own column titles, and why a row is skipped or left as a
conflict, by the plan's :class:`Reason`. A message that has no reason (a target the database
does not know, a value that cannot be read) is the service's own.

The sentences are the window's translations, looked up through the ``translate`` a caller
hands in: Qt's in the window (:mod:`bnldesk.ui.importing.sheet_preview`), the compiled
catalogue read without Qt by ``bnldesk import-annotations``
(:mod:`bnldesk.services.window_catalogue`; until stop 28 this module was the window's and the
command line made a Qt application to use it). ``scripts/translations.py`` runs
``pyside6-lupdate`` over this file too.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping
from typing import cast

from bnldesk.domain import value_words
from bnldesk.domain.value_words import Words
from bnldesk.services.error_words import error_text, filled
from bnldesk.services.reports.annotations_roundtrip import (
    FieldConflict,
    ImportPlan,
    Reason,
    RowPlan,
    cut_apart,
)
from bnldesk.services.reports.labels import label
from bnldesk.services.reports.sheet_codec import ReadOnlyCell, ValueProblem, choice_labels
from bnldesk.services.window_catalogue import Translate

_LIMIT = 70  # characters of a value shown
_MISSING_NAMED = 20  # notes not in the sheet named one by one


# The language and translate of the preview under way (set by preview_lines for its call).
_SPEAKING: contextvars.ContextVar[tuple[str, Translate]] = contextvars.ContextVar(
    "sheet_preview_speaking"
)


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """``text`` translated; with ``count``, ``%n`` becomes it in the plural form of the
    preview's language. lupdate files plain tr("...") calls under the empty context."""
    return _SPEAKING.get()[1]("", text, disambiguation, count)


def _language() -> str:
    return _SPEAKING.get()[0]


def _with_colon(text: str) -> str:
    """ "Plan year:" in English and Dutch, "Année du plan :" (no-break space) in French."""
    return text + ("\u00a0:" if _language() == "fr" else ":")


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
    return label(f"col_{key}", _language())


def _problem(problem: str) -> str:
    """A bad value left out of a row, in the interface language (the service's English line
    for a problem of another kind)."""
    if isinstance(problem, ReadOnlyCell):
        return filled(
            tr("“%1” in %2 is not read back (bnldesk fills that column): ignored"),
            problem.text,
            _column(problem.column),
        )
    if not isinstance(problem, ValueProblem):
        return problem
    choices = ", ".join(choice_labels(problem.column, _language()))
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


def _change(column: str, old: str, new: str) -> str:
    """A changed value as "old → new": codes by the window's words, texts cut around their
    first difference so the two sides never read the same."""
    if column in _CODED:
        return f"{_value(column, old)} → {_value(column, new)}"
    old_shown, new_shown = cut_apart(old, new, _LIMIT)
    quote = tr("“%1”")
    return f"{quote.replace('%1', old_shown)} → {quote.replace('%1', new_shown)}"


# The coded columns of the notes sheet, by the words the window's note form shows for them.
_CODED: dict[str, dict[str, Words] | dict[int, Words]] = {
    "status": value_words.NOTE_STATUS,
    "priority": value_words.PRIORITY,
    "position_state": value_words.POSITION_STATE,
    "visibility": value_words.VISIBILITY_LONG,
}


def _value(column: str, value: str) -> str:
    """A value of ``column`` quoted as the window shows it: a code by the word the note form
    uses in the interface language ("reservation" is “Voorbehoud”, priority 2 “Normaal”, not
    the stored code: trial 10), other text shortened."""
    table = _CODED.get(column)
    if table is None or not value:
        return _quoted(value)
    code: object = int(value) if column == "priority" and value.lstrip("-").isdigit() else value
    words = cast(Mapping[object, Words], table).get(code)
    return _quoted(words.said_in(_language()) if words is not None else str(code))


def _summary(plan: ImportPlan) -> str:
    """One line: the sheet's file, then what its rows do, counted in the preview's language."""
    parts = [
        tr("%n note(s) to update", None, len(plan.updates)),
        tr("%n new", None, len(plan.new)),
        tr("%n unchanged", None, plan.unchanged),
    ]
    if plan.already_imported:
        parts.append(tr("%n already imported", None, plan.already_imported))
    parts.append(tr("%n conflict(s)", None, len(plan.conflicts)))
    parts.append(tr("%n row(s) skipped", None, len(plan.skipped)))
    return _with_colon(plan.path.name) + " " + ", ".join(parts)


def _row_lines(row: RowPlan) -> list[str]:
    lines: list[str] = []
    if row.action == "update":
        lines.append(filled(tr("Row %1: changes the note on %2"), str(row.row), row.target))
        lines += [
            "      "
            + _with_colon(_column(change.column))
            + " "
            + _change(change.column, change.old, change.new)
            for change in row.changes
        ]
    elif row.action == "new":
        lines.append(filled(tr("Row %1: a new note on %2"), str(row.row), row.target))
        if row.message:
            lines.append(f"      ({_reason(row.reason, row.reason_args, row.message)})")
        lines += [
            "      " + _with_colon(_column(change.column)) + f" {_value(change.column, change.new)}"
            for change in row.changes
        ]
    elif row.action == "skip":
        lines.append(
            filled(
                tr("Row %1 skipped: %2"),
                row.row,
                error_text(row.fault, _SPEAKING.get()[1])
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
    lines = [filled(head, row.row, row.target, _reason(row.reason, row.reason_args, row.message))]
    for conflict in row.conflicts:
        lines += _field_conflict(conflict)
    return lines


def _field_conflict(conflict: FieldConflict) -> list[str]:
    args = conflict.args
    if conflict.kind == Reason.STALE and args:
        names = ", ".join(_column(name.strip().replace(" ", "_")) for name in args[0].split(","))
        args = (names,)
    if conflict.column in _CODED:
        sheet, database = (_value(conflict.column, conflict.sheet),
                           _value(conflict.column, conflict.database))  # fmt: skip
    else:
        sheet, database = (
            tr("“%1”").replace("%1", side)
            for side in cut_apart(conflict.sheet, conflict.database, _LIMIT)
        )
    return [
        "      "
        + _with_colon(_column(conflict.column))
        + " "
        + _reason(conflict.kind, args, conflict.reason),
        "          " + tr("sheet: %1").replace("%1", sheet),
        "          " + tr("bnldesk: %1").replace("%1", database),
    ]


def preview_lines(plan: ImportPlan, language: str, translate: Translate) -> list[str]:
    """Every change the plan makes, one line per changed field, in ``language`` ("en", "nl",
    "fr"; its value words and colons) through ``translate`` (its sentences)."""
    token = _SPEAKING.set((language, translate))
    try:
        return _preview_lines(plan)
    finally:
        _SPEAKING.reset(token)


def _preview_lines(plan: ImportPlan) -> list[str]:
    lines = [_summary(plan)]
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
