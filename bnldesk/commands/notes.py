"""CLI: ``annotate``, ``note show|edit`` and ``action add|edit``: what the note editor does.

Every field of the editor can be set from the command line: the text, the delegation's position
and its state, who must still be consulted, priority, status, tags and visibility; action items
with their owner, due date (YYYY-MM-DD) and status. Only the options given change anything;
each command is one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from bnldesk.cli import (
    UserError,
    open_from_args,
    plan_year_arg,
    usage_language,
    usage_spoken,
    whole_number,
)
from bnldesk.commands.speech import say
from bnldesk.domain.date_input import DateInputError, read_date
from bnldesk.domain.dates import format_date
from bnldesk.domain.tag_line import tags_line
from bnldesk.domain.value_words import visibility_help
from bnldesk.preferences import command_line_language

if TYPE_CHECKING:
    from collections.abc import Mapping

    from bnldesk.domain.models import Annotation
    from bnldesk.domain.value_words import Words
    from bnldesk.services.annotations import ActionFields, NoteFields

PRIORITIES = {"none": 0, "low": 1, "normal": 2, "high": 3}
STATUSES = ("open", "in_progress", "done")
POSITION_STATES = ("none", "agreed", "reservation", "to_coordinate")
VISIBILITIES = ("private", "delegation", "shareable")
ACTION_STATUSES = ("open", "done", "cancelled")


class _SheetWord:
    """An argparse type for a coded note field (``position_state``, ``status``, ``priority``,
    ``visibility``): the stored value ("to_coordinate") or any word the notes sheet and the
    window use for it, in English, Dutch or French ("af te stemmen", "voorbehoud", "à
    coordonner"; trial 10: the CLI took only the English codes while the sheet shows Dutch)."""

    def __init__(self, column: str, english: tuple[str, ...]) -> None:
        self.column = column
        self.english = english  # named in the message for a word it does not know

    def __call__(self, value: str) -> Any:
        from bnldesk.services.reports.sheet_codec import BadValue, parse

        try:
            found = parse(self.column, value)
        except BadValue:
            found = None
        if found is None:
            raise argparse.ArgumentTypeError(self._refused(value))
        if self.column == "priority" and isinstance(found, str):
            return int(found)
        return found

    def _refused(self, value: str) -> str:
        """The line refusing ``value``: in English with the codes (as it always was), in
        Dutch or French with the window's words for the values."""
        language = usage_language()
        if language not in ("nl", "fr"):
            return (
                f"'{value}' is not a {self.column.replace('_', ' ')} "
                f"({', '.join(self.english)}, or the word the sheet uses)"
            )
        from bnldesk.domain import value_words

        vocabulary = getattr(value_words, _VOCABULARIES[self.column])
        said = usage_spoken("'%(value)s' is not a valid value: choose from %(words)s")
        return said % {"value": value, "words": _words(vocabulary, language)}


def _words(vocabulary: Mapping[Any, Words], language: str) -> str:
    """The values of ``vocabulary`` as the window says them in ``language``, lowercase,
    separated by commas."""
    return ", ".join(words.said_in(language).lower() for words in vocabulary.values())


# A note field -> its words in bnldesk.domain.value_words (loaded when a word is refused).
_VOCABULARIES = {
    "position_state": "POSITION_STATE",
    "status": "NOTE_STATUS",
    "priority": "PRIORITY",
    "visibility": "VISIBILITY",
}

_priority = _SheetWord("priority", tuple(PRIORITIES))


def _due(value: str) -> dt.date | None:
    if value.strip().lower() in ("", "none"):
        return None
    try:
        return read_date(value, dt.date.today())
    except DateInputError:
        said = usage_spoken(
            "'%s' is not a date (for example 15/12/2026, '15 december', tomorrow, "
            "'next tuesday' or 'in 3 days'; 'none' clears it)"
        )
        raise argparse.ArgumentTypeError(said % value) from None


def _text(value: str) -> str:
    """``-`` reads the text from standard input (for long texts and scripts)."""
    return sys.stdin.read() if value == "-" else value


# The help of a coded note field, whose placeholder lists the stored codes.
_CODED_HELP = "one of these, or the window's word for it in English, Dutch or French"


def _note_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--position", metavar="TEXT", type=_text, help="the delegation's position")
    command.add_argument(
        "--position-state",
        type=_SheetWord("position_state", POSITION_STATES),
        metavar="|".join(POSITION_STATES),
        help=_CODED_HELP,
    )
    command.add_argument("--consult", metavar="TEXT", help="who must still be consulted at home")
    command.add_argument(
        "--priority", type=_priority, metavar="none|low|normal|high", help=_CODED_HELP
    )
    command.add_argument(
        "--status",
        type=_SheetWord("status", STATUSES),
        metavar="|".join(STATUSES),
        help=_CODED_HELP,
    )
    command.add_argument("--tag", action="append", metavar="T", help="add a tag (repeatable)")
    command.add_argument(
        "--visibility",
        type=_SheetWord("visibility", VISIBILITIES),
        metavar="|".join(VISIBILITIES),
        help=visibility_help("en"),
    )
    command.add_argument("--json", action="store_true", help="the note as JSON")


def _apply_options(fields: NoteFields, args: argparse.Namespace) -> NoteFields:
    """``fields`` (NoteFields) with the options that were given."""
    changes: dict[str, Any] = {}
    for option, name in (
        ("position", "position_text"),
        ("position_state", "position_state"),
        ("consult", "consult"),
        ("priority", "priority"),
        ("status", "status"),
        ("visibility", "visibility"),
    ):
        value = getattr(args, option, None)
        if value is not None:
            changes[name] = value
    tags = list(fields.tags)
    for tag in getattr(args, "tag", None) or []:
        if tag not in tags:
            tags.append(tag)
    for tag in getattr(args, "untag", None) or []:
        tags = [t for t in tags if t != tag]
    return replace(fields, tags=tags, **changes)


@dataclass(frozen=True)
class _ShownAction:
    """An action item of a shown note: its id and editable fields."""

    id: int
    fields: ActionFields


@dataclass(frozen=True)
class _ShownNote:
    """A note as ``note show`` prints it: id, uuid, the label of its target, its editable
    fields and its live action items."""

    id: int
    uuid: str
    target: str
    fields: NoteFields
    actions: list[_ShownAction]

    def to_json(self) -> dict[str, object]:
        """The note as ``--json`` prints it: id, uuid, target, the fields flat beside them,
        and ``actions`` (each its id and fields)."""
        return {
            "id": self.id,
            "uuid": self.uuid,
            "target": self.target,
            **asdict(self.fields),
            "actions": [{"id": action.id, **asdict(action.fields)} for action in self.actions],
        }


def _shown_note(note: Annotation) -> _ShownNote:
    from bnldesk.services.annotations import ActionFields, NoteFields

    return _ShownNote(
        id=note.id,
        uuid=note.uuid,
        target=note.target_label,
        fields=NoteFields.of(note),
        actions=[
            _ShownAction(action.id, ActionFields.of(action))
            for action in note.actions
            if action.deleted_at is None
        ],
    )


EMPTY = "—"  # a field with nothing in it, in any language ("Position: —")


def _print_note(shown: _ShownNote, as_json: bool, language: str = "en") -> None:
    """A note as ``note show`` prints it: JSON with the fields' own names and values, else
    one field a line in ``language`` with the words of the notes sheet and the window
    ("Priorité : haute", not "priority: 3")."""
    if as_json:
        print(json.dumps(shown.to_json(), ensure_ascii=False, default=str))
        return
    from bnldesk.services.reports.labels import labeller

    word = labeller(language)
    colon = "\u00a0: " if language == "fr" else ": "
    fields = shown.fields
    print(word("note_on", id=shown.id, target=shown.target))
    lines = (
        ("col_text", str(fields.body)),
        ("col_position", str(fields.position_text)),
        ("col_position_state", word(f"position_{fields.position_state}")),
        ("col_consult", str(fields.consult)),
        ("col_priority", word(f"priority_{fields.priority}")),
        ("col_status", word(f"status_{fields.status}")),
        ("col_tags", tags_line(fields.tags)),
        ("col_visibility", word(f"visibility_{fields.visibility}")),
    )
    for key, value in lines:
        print(f"  {word(key)}{colon}{value or EMPTY}")
    for action in shown.actions:
        due_date = action.fields.due_date
        # As the window shows it (trial 18: "2026-12-03" beside the window's 03/12/2026).
        due = format_date(due_date, language) if isinstance(due_date, dt.date) else word("no_date")
        owner = action.fields.owner or say("no_owner", language)
        print(
            f"  {word('action_of_note', id=action.id)}{colon}{action.fields.title} "
            f"({owner}, {due}, {word('status_' + str(action.fields.status))})"
        )


def _no_date(language: str) -> str:
    from bnldesk.services.reports.labels import label

    return label("no_date", language)


def _status_word(status: str, language: str) -> str:
    """An action item's status in ``language`` ("terminé"); English: the code ("done")."""
    if language == "en":
        return status
    from bnldesk.services.reports.labels import label

    return label(f"status_{status}", language)


def _live_note(session: Any, note_id: int) -> Annotation:
    from bnldesk.domain.models import Annotation

    note: Annotation | None = session.get(Annotation, note_id)
    if note is None or note.deleted_at is not None:
        raise UserError(say("no_such_note", command_line_language(), id=note_id))
    return note


def cmd_annotate(args: argparse.Namespace) -> int:
    from bnldesk.services.annotations import (
        NoteFields,
        TargetNotFound,
        add_annotation,
        resolve_target,
    )

    store = open_from_args(args)
    try:
        with store.transaction() as session:
            try:
                target = resolve_target(session, args.target, plan_year=args.plan)
            except TargetNotFound as exc:
                raise UserError(str(exc)) from exc
            fields = _apply_options(NoteFields(body=_text(args.text)), args)
            note = add_annotation(session, target, fields, author=args.author or "")
            shown = _shown_note(note)
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                {"id": shown.id, "uuid": shown.uuid, "target": shown.target}, ensure_ascii=False
            )
        )
    else:
        print(say("note_added", command_line_language(), id=shown.id, target=shown.target))
    return 0


def cmd_note_show(args: argparse.Namespace) -> int:
    store = open_from_args(args, read_only=True)
    try:
        with store.read() as session:
            shown = _shown_note(_live_note(session, args.id))
    finally:
        store.close()
    _print_note(shown, args.json, command_line_language())
    return 0


def cmd_note_edit(args: argparse.Namespace) -> int:
    from bnldesk.services.annotations import NoteFields, apply_fields
    from bnldesk.services.sync import local_author

    store = open_from_args(args)
    try:
        with store.transaction() as session:
            note = _live_note(session, args.id)
            fields = NoteFields.of(note)
            if args.text is not None:
                fields = replace(fields, body=args.text)
            changed = _apply_options(fields, args)
            if changed != NoteFields.of(note):
                apply_fields(session, note, changed)
                # Who edits here is who this database names (``user_name``), else no one.
                note.edited_by = local_author(session)
            shown = _shown_note(note)
    finally:
        store.close()
    _print_note(shown, args.json, command_line_language())
    return 0


def cmd_action_add(args: argparse.Namespace) -> int:
    from bnldesk.services.annotations import add_action
    from bnldesk.services.sync import local_author

    if not args.title.strip():
        raise UserError(say("action_needs_title", command_line_language()))
    store = open_from_args(args)
    try:
        with store.transaction() as session:
            note = _live_note(session, args.note)
            action = add_action(
                session,
                note,
                args.title.strip(),
                args.owner or "",
                args.due,
                editor=local_author(session),
            )
            action_id = action.id
    finally:
        store.close()
    print(say("action_added", command_line_language(), id=action_id, note=args.note))
    return 0


def cmd_action_edit(args: argparse.Namespace) -> int:
    from bnldesk.domain.models import ActionItem
    from bnldesk.services.annotations import ActionFields, apply_action_fields
    from bnldesk.services.sync import local_author

    store = open_from_args(args)
    try:
        with store.transaction() as session:
            action = session.get(ActionItem, args.id)
            if action is None or action.deleted_at is not None:
                raise UserError(say("no_such_action", command_line_language(), id=args.id))
            fields = ActionFields.of(action)
            if args.title is not None:
                if not args.title.strip():
                    raise UserError(say("action_needs_title", command_line_language()))
                fields = replace(fields, title=args.title.strip())
            if args.owner is not None:
                fields = replace(fields, owner=args.owner.strip())
            if args.due is not _UNSET:
                fields = replace(fields, due_date=args.due)
            if args.status is not None:
                fields = replace(fields, status=args.status)
            if fields != ActionFields.of(action):
                # Who edits here is who this database names (``user_name``), as for a note.
                apply_action_fields(action, fields, editor=local_author(session))
            result = asdict(fields)
    finally:
        store.close()
    language = command_line_language()
    print(
        say(
            "action_edited",
            language,
            id=args.id,
            title=result["title"],
            owner=result["owner"] or say("no_owner", language),
            due=result["due_date"] or _no_date(language),
            status=_status_word(str(result["status"]), language),
        )
    )
    return 0


_UNSET: Any = object()


def _action_status(value: str) -> str:
    """argparse type for ``action edit --status``: the stored code ("done") of the status
    ``value`` names in English, Dutch or French, as the window says it ("afgehandeld",
    "annulé"), case- and accent-insensitive. Raises ArgumentTypeError naming the statuses in
    the delegate's words."""
    from bnldesk.domain.value_words import ACTION_STATUS, code_of

    code = code_of(ACTION_STATUS, value)
    if code is None:
        language = usage_language()
        said = usage_spoken("'%(value)s' is not an action status: choose from %(statuses)s")
        statuses = (
            ", ".join(ACTION_STATUSES) if language == "en" else _words(ACTION_STATUS, language)
        )
        raise argparse.ArgumentTypeError(said % {"value": value, "statuses": statuses})
    return code


def register(sub: Any) -> None:
    command = sub.add_parser("annotate", help="add a note to a workgroup, section or object")
    command.add_argument("target", help="workgroup code, section number or kind:id (e.g. item:12)")
    command.add_argument("text", help="the note; - reads it from standard input")
    command.add_argument("--plan", type=plan_year_arg, metavar="YEAR")
    command.add_argument("--author", metavar="NAME")
    _note_options(command)
    command.set_defaults(func=cmd_annotate)

    note = sub.add_parser("note", help="show or change a note (every field of the editor)")
    note_sub = note.add_subparsers(dest="note_command", metavar="show|edit", required=True)
    command = note_sub.add_parser("show", help="a note with its fields and action items")
    command.add_argument("id", type=whole_number)
    command.add_argument("--json", action="store_true", help="the note as JSON")
    command.set_defaults(func=cmd_note_show)
    command = note_sub.add_parser("edit", help="change the given fields of a note")
    command.add_argument("id", type=whole_number)
    command.add_argument(
        "--text", metavar="TEXT", type=_text, help="the note's text; - reads stdin"
    )
    _note_options(command)
    command.add_argument("--untag", action="append", metavar="T", help="remove a tag (repeatable)")
    command.set_defaults(func=cmd_note_edit)

    action = sub.add_parser("action", help="add or change an action item of a note")
    action_sub = action.add_subparsers(dest="action_command", metavar="add|edit", required=True)
    command = action_sub.add_parser("add", help="add an action item to a note")
    command.add_argument("note", type=whole_number, metavar="NOTE_ID")
    command.add_argument("title")
    command.add_argument("--owner", metavar="NAME")
    command.add_argument("--due", type=_due, metavar="DATE")
    command.set_defaults(func=cmd_action_add)
    command = action_sub.add_parser("edit", help="change an action item")
    command.add_argument("id", type=whole_number, metavar="ACTION_ID")
    command.add_argument("--title")
    command.add_argument("--owner", metavar="NAME")
    command.add_argument("--due", type=_due, metavar="DATE|none", default=_UNSET)
    command.add_argument(
        "--status",
        type=_action_status,
        metavar="|".join(ACTION_STATUSES),
        help="open, done or cancelled (or the window's word for it)",
    )
    command.set_defaults(func=cmd_action_edit)
