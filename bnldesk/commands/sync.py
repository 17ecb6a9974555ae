"""CLI: ``pair``, ``share``, ``receive``, ``conflicts``, ``backup``, ``restore`` and ``meeting``.

Importing this module (the CLI loads every command module) installs the backup service's
before-migrate hook through :mod:`bnldesk.services`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bnldesk import LANGUAGES
from bnldesk.cli import (
    UserError,
    _db_path,
    _print_rows,
    add_out_arguments,
    add_table_arguments,
    open_from_args,
    out_file,
    plan_year_arg,
    usage_spoken,
    whole_number,
    worded,
)
from bnldesk.commands.speech import count, say
from bnldesk.domain.date_input import DateInputError, read_date, read_date_time
from bnldesk.preferences import command_line_language

if TYPE_CHECKING:  # the services load only when a command needs them
    from bnldesk.services.sync import ShareResult


def _date(value: str) -> dt.date:
    """A date as the window reads it (15/12/2026, 2026-12-15, "15 december", "demain", ...)."""
    try:
        found = read_date(value, dt.date.today())
    except DateInputError:
        found = None
    if found is None:
        said = usage_spoken(
            "'%s' is not a date (for example 15/12/2026, '15 december', tomorrow, "
            "'next tuesday' or 'in 3 days')"
        )
        raise argparse.ArgumentTypeError(said % value)
    return found


def _datetime(value: str) -> dt.datetime:
    """A date and time as the Meetings window reads them ("15/12/2026 10:00", "demain 14h30",
    "2026-12-15 10:00"); a date alone is the start of that day."""
    try:
        found = read_date_time(value, dt.date.today())
    except DateInputError:
        found = None
    if found is None:
        said = usage_spoken(
            "'%s' is not a date and time (for example '15/12/2026 10:00', 'tomorrow 14:30' or "
            "'2026-12-15 10:00')"
        )
        raise argparse.ArgumentTypeError(said % value) from None
    return found


# ------------------------------------------------------------------------------------------
# share / receive / conflicts
# ------------------------------------------------------------------------------------------


def cmd_pair(args: argparse.Namespace) -> int:
    """``bnldesk pair``: print this laptop's pairing code, accept another laptop's (``CODE
    --name``), or forget one (``--forget``).
    """
    from bnldesk.services import sync_trust

    language = command_line_language()
    store = open_from_args(args)
    try:
        with store.transaction() as session:
            if args.forget:
                gone = sync_trust.unpair(session, args.forget)
                print(say("unpaired", language, name=gone.name))
                return 0
            if args.code:
                if not args.name:
                    raise UserError(say("pair_needs_name", language))
                laptop = sync_trust.pair(session, args.code, args.name)
                print(say("paired", language, name=laptop.name, code=laptop.code))
                return 0
            code = sync_trust.pairing_code(session)
            paired = sync_trust.paired_laptops(session)
    finally:
        store.close()
    print(say("pairing_code", language, code=code))
    print(say("pairing_how", language))
    for laptop in paired:
        print(say("paired_with", language, name=laptop.name, code=laptop.code))
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    """``bnldesk share``: write a signed bundle of the delegation's notes, meetings and actions
    (never private ones), optionally since a date or of one workgroup.
    """
    from bnldesk.services import sync

    since = dt.datetime.combine(args.since, dt.time()) if args.since else None
    target = out_file(args)
    store = open_from_args(args)
    try:
        result = sync.share(
            store,
            target.path,
            sync.Scope(since, args.workgroup),
            author=args.author or "",
            delegation=args.delegation or "",
        )
    finally:
        store.close()
    language = command_line_language()
    counts = ", ".join(
        count(noun, result.counts[kind], language)
        for kind, noun in (
            ("annotation", "note"),
            ("meeting", "meeting"),
            ("agenda_item", "agenda_point"),
            ("action_item", "action"),
        )
    )
    print(
        say("wrote_counts", language, path=result.path, counts=counts)
        + _conflicts_carried(result, language)
        + _private_left_out(result.private_left_out, language)
        + target.said(language)
    )
    if result.reattached:
        reattached = result.reattached
        print(
            say(
                "reattached_first",
                language,
                count=count("action", reattached, language),
                n=reattached,
            )
        )
    return 0


def _private_left_out(number: int, language: str) -> str:
    """The end of ``share``'s line: how many private notes of the scope stayed behind."""
    if not number:
        return say("private_stay", language)
    return say(
        "private_left_share", language, count=count("private_note", number, language), n=number
    )


def cmd_receive(args: argparse.Namespace) -> int:
    """``bnldesk receive``: merge a bundle from a paired laptop after a backup, or print what
    it would change (``--dry-run``).
    """
    from bnldesk.services import backup as backup_service
    from bnldesk.services import sync

    store = open_from_args(args)
    try:
        report = sync.receive(
            store,
            args.file,
            dry_run=args.dry_run,
            before_merge=lambda st: backup_service.backup_before(st, "receive"),
        )
    finally:
        store.close()
    if args.json:
        print(
            json.dumps(
                {
                    "dry_run": report.dry_run,
                    "from": report.author,
                    "changes": [c.__dict__ for c in report.changes],
                    "refused": [c.__dict__ for c in report.refused],
                    "unchanged": report.unchanged,
                    "kept_local": report.kept_local,
                },
                ensure_ascii=False,
            )
        )
        return 0
    language = command_line_language()
    if language == "en":
        print(f"bundle from {report.author or 'unknown'} written {report.created_at[:16]}")
        for change in report.changes:
            print(("would be " if report.dry_run else "") + change.line())
        for change in report.refused:
            print(change.line())
        print(report.summary())
    else:
        _print_receive_as_the_window(report, language)
    if report.backup:
        print(say("backup_before_receive", language, path=report.backup))
    if report.count("conflict"):
        print(say("conflicts_see", language))
    return 0


def _print_receive_as_the_window(report: Any, language: str) -> None:
    """A receive report in Dutch or French, in the window's words (its preview's lines and
    summary, :mod:`bnldesk.services.sync_words`): where it came from, one line a record, one
    sentence."""
    from bnldesk.services import sync_words

    author = report.author or say("unknown_author", language)
    print(say("bundle_from", language, author=author, when=_when(report.created_at, language)))
    for change in sync_words.shown_changes(report):
        print(sync_words.change_line(change, language))
    print(sync_words.receive_summary(report, language))


def _conflicts_carried(result: ShareResult, language: str) -> str:
    """ ", 1 open conflict, 1 resolved conflict" for the conflicts a bundle carries (trial 12:
    a resolved conflict was still said as "1 conflict" while `conflicts` said none)."""
    resolved = result.conflicts - result.open_conflicts
    said = ""
    if result.open_conflicts:
        said += f", {count('open_conflict', result.open_conflicts, language)}"
    if resolved:
        said += f", {count('resolved_conflict', resolved, language)}"
        said += say("resolved_learns", language)
    return said


def cmd_conflicts(args: argparse.Namespace) -> int:
    """``bnldesk conflicts``: list notes changed on two laptops, or resolve one field by field."""
    from bnldesk.services import sync

    language = command_line_language()
    store = open_from_args(args)
    try:
        if args.resolve:
            with store.transaction() as session:
                editor = sync.local_author(session)  # the name this database keeps, if any
                sync.resolve_conflict(session, args.resolve, args.take_other or [], editor=editor)
            print(say("conflict_resolved", language, uuid=args.resolve))
            return 0
        with store.read() as session:
            views = sync.list_conflicts(session, include_resolved=args.all)
    finally:
        store.close()
    if not views:
        print(say("no_conflicts", language))
        return 0
    for view in views:
        state = say("resolved_mark", language) if view.resolved else ""
        print(f"{view.uuid}  {view.label}{state}")
        for field in view.fields:
            print(
                say(
                    "field_versions",
                    language,
                    field=field.name,
                    current=repr(field.current),
                    other=repr(field.other),
                )
            )
    return 0


# ------------------------------------------------------------------------------------------
# backup / restore
# ------------------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    """``bnldesk backup``: a checked backup of the database now; prints its path."""
    from bnldesk.services import backup as backup_service

    path = _db_path(args, "bnldesk backup")
    language = command_line_language()
    if not path.exists():
        raise UserError(say("database_missing", language, path=path))
    before = {b.path for b in backup_service.list_backups(path)}
    made = backup_service.backup_database(path, "manual")
    if made in before:
        print(say("backup_unchanged", language, path=made))
    else:
        print(say("backup_written", language, path=made))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """``bnldesk restore``: list the backups, or restore one (the replaced file is kept aside)."""
    from bnldesk.services import backup as backup_service

    path = _db_path(args, "bnldesk restore")
    backups = backup_service.list_backups(path)
    language = command_line_language()
    if args.list or (args.backup is None and not args.yes):
        if not backups:
            print(say("no_backups", language, path=path))
            return 0
        rows = [
            {"name": b.path.name, "created": b.label_in(language), "size": f"{b.size // 1024} KiB"}
            for b in backups
        ]
        _print_rows(rows, ("name", "created", "size"), False, language=language)
        if not args.list:
            print(say("restore_how", language))
        return 0
    lock = _instance_lock(path, language)
    try:
        result = backup_service.restore(path, args.backup)
    finally:
        if lock is not None:
            lock.release()
    print(say("restored", language, name=result.restored_from.name, path=path))
    if result.set_aside:
        print(say("kept_aside", language, path=result.set_aside))
    return 0


def _instance_lock(path: Path, language: str) -> Any:
    from bnldesk.services.guard import InstanceLock

    lock = InstanceLock(path)
    if not lock.acquire():
        raise UserError(say("open_before_restore", language, path=path))
    return lock


# ------------------------------------------------------------------------------------------
# meetings
# ------------------------------------------------------------------------------------------


def cmd_meeting(args: argparse.Namespace) -> int:
    """``bnldesk meeting ACTION``: add, list, show and debrief meetings (see :func:`_meeting`)."""
    from bnldesk.services import meetings

    sub = args.meeting_command
    store = open_from_args(args, read_only=sub in ("list", "show"))
    try:
        try:
            return _meeting(store, args, meetings)
        except meetings.MeetingError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()


def _meeting(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    """Run ``bnldesk meeting ACTION``; ``meetings`` is :mod:`bnldesk.services.meetings` (imported by
    the caller only when a meeting command runs)."""
    action = _MEETING_ACTIONS.get(args.meeting_command)
    if action is None:
        actions = ",".join(_MEETING_ACTIONS)
        raise UserError(
            say("command_usage", command_line_language(), command="meeting", actions=actions)
        )
    return action(store, args, meetings)


@contextlib.contextmanager
def _plan_named(meetings: Any) -> Iterator[None]:
    """A section number that several plans have: say the option that chooses one."""
    try:
        yield
    except meetings.SectionInSeveralPlans as exc:
        # Said whole here (the window's wording of the cause and the option that chooses),
        # not left to bnldesk.cli.worded, which would say the cause alone.
        line = say("section_which_plan", command_line_language(), said=worded(exc))
        raise UserError(line) from None


def _meeting_add(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    """``meeting add``: each ``--agenda REF[=TITLE]`` is a plan object when REF names one,
    else free text."""
    fields = meetings.MeetingFields(
        title=args.title or "",
        workgroup=args.workgroup,
        starts_at=args.start,
        ends_at=args.end,
        place=args.place or "",
        video_link=args.video or "",
        chair=args.chair or "",
    )
    language = command_line_language()  # a workgroup is named in it where a plan printed that
    with store.transaction() as session, _plan_named(meetings):
        meeting = meetings.create_meeting(session, fields, language=language)
        for point in args.agenda or []:
            ref, _, title = point.partition("=")
            if title or not ref:
                meetings.add_agenda_item(
                    session,
                    meeting.id,
                    meetings.AgendaFields(
                        title=title, target=ref, plan_year=args.plan, language=language
                    ),
                )
                continue
            try:
                meetings.add_agenda_item(
                    session,
                    meeting.id,
                    meetings.AgendaFields(target=ref, plan_year=args.plan, language=language),
                )
            except meetings.SectionInSeveralPlans:
                raise
            except meetings.MeetingError:
                if args.plan is not None:
                    raise  # a plan was named: the delegate meant a section of it
                meetings.add_agenda_item(session, meeting.id, meetings.AgendaFields(title=ref))
        meeting_id, title = meeting.id, meeting.title
    print(say("meeting_added", language, id=meeting_id, title=title))
    return 0


def _meeting_list(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    """``meeting list``: from today on unless ``--all``."""
    with store.read() as session:
        start = None if args.all else dt.datetime.combine(dt.date.today(), dt.time())
        rows = meetings.list_meetings(
            session,
            upcoming_from=start,
            workgroup=args.workgroup,
            language=command_line_language(),  # a default title names its workgroup in it
        )
    for row in rows:
        row["starts_at"] = f"{row['starts_at']:%Y-%m-%d %H:%M}" if row["starts_at"] else ""
    columns = ("id", "starts_at", "title", "place", "chair", "points")
    language = "en" if args.json else command_line_language()
    _print_rows(rows, columns, args.json, wide=args.wide, language=language)
    return 0


def _meeting_show(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    """``meeting show``: the meeting, its agenda with positions and outcomes, its actions."""
    from bnldesk.services.meeting_positions import gathered_positions

    language = command_line_language()
    with store.read() as session:
        # A default title under the workgroup's name in the reader's language, as in the list.
        detail = meetings.meeting_detail(session, args.id, dt.date.today(), language)
        meeting = meetings.get_meeting(session, args.id)
        workgroup = _workgroup_named(session, meeting, language)
        # Private notes stay out of what may be pasted on (as a brief leaves them out).
        gathered = gathered_positions(session, args.id, language, include_private=False)
    if args.json:
        print(json.dumps(detail, ensure_ascii=False, default=str, indent=2))
        return 0
    _print_meeting(detail, workgroup, language, gathered)
    return 0


def _print_meeting(
    detail: Any, workgroup: str | None, language: str, gathered: dict[int, Any] | None = None
) -> None:
    """``meeting show``'s lines in ``language``: the meeting, its workgroup and chair, each
    agenda point with its position, the positions noted on the objects it covers (each
    naming its object), and its outcome, then its actions."""
    from bnldesk.services.reports.labels import label

    when = f"{detail['starts_at']:%Y-%m-%d %H:%M}" if detail["starts_at"] else None
    where = detail["place"] or detail["video_link"] or say("no_place", language)
    print(f"{detail['title']}  ({when or label('no_date', language)}, {where})")
    print(say("meeting_workgroup", language, name=workgroup or say("no_workgroup", language)))
    if detail["chair"]:
        print(say("meeting_chair", language, name=detail["chair"]))
    for point in detail["agenda"]:
        print(f"{point['position']:>3}. [{point['id']}] {point['title']}")
        if point["position_text"]:
            print(say("point_position", language, text=point["position_text"]))
        for noted in (gathered or {}).get(point["id"], []):
            text = " ".join(noted.text.split())
            if noted.about:
                print(say("gathered_position", language, about=noted.about, text=text))
            else:
                print(say("gathered_own", language, text=text))
        if point["outcome"]:
            print(say("point_outcome", language, text=point["outcome"]))
    for action in detail["actions"]:
        due = say("due_on", language, date=action["due_date"]) if action["due_date"] else ""
        owner = action["owner"] or say("no_owner", language)
        print(
            say(
                "meeting_action",
                language,
                id=action["id"],
                title=action["title"],
                owner=owner,
                due=due,
            )
        )


def _workgroup_named(session: Any, meeting: Any, language: str) -> str | None:
    """The meeting's workgroup as ``meeting show`` names it: "SENN-CRISE · Strategische
    werkgroep Crisisbeheersing", by the name a plan printed in ``language`` when one did
    (:func:`bnldesk.domain.workgroup_names.shown_name`: a French delegate reads "Groupe de
    travail stratégique Gestion des crises"), its name alone without a code, its identity key
    when this database does not hold it (a meeting received from another laptop), else None."""
    from bnldesk.domain.models import Workgroup
    from bnldesk.domain.workgroup_names import Naming
    from bnldesk.store.workgroup_names import shown_names_in

    workgroup = session.get(Workgroup, meeting.workgroup_id) if meeting.workgroup_id else None
    if workgroup is not None:
        shown = shown_names_in(session, [workgroup.id], Naming(language=language))
        name = shown[workgroup.id].name if workgroup.id in shown else str(workgroup.name)
        return f"{workgroup.code} · {name}" if workgroup.code else name
    return str(meeting.workgroup_key) if meeting.workgroup_key else None


def _meeting_agenda(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    with store.transaction() as session, _plan_named(meetings):
        point = meetings.add_agenda_item(
            session,
            args.id,
            meetings.AgendaFields(
                title=args.title or "",
                target=args.target,
                position_text=args.position or "",
                plan_year=args.plan,
            ),
        )
        said = say("agenda_point_added", command_line_language(), id=point.id, title=point.title)
        print(said)
    return 0


def _meeting_outcome(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    with store.transaction() as session:
        meetings.set_outcome(session, args.point, args.text)
    print(say("outcome_saved", command_line_language(), id=args.point))
    return 0


def _meeting_action(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    with store.transaction() as session:
        action = meetings.add_meeting_action(
            session,
            args.id,
            args.title,
            owner=args.owner or "",
            due_date=args.due,
            agenda_item_id=args.point,
        )
        print(say("meeting_action_added", command_line_language(), id=action.id))
    return 0


def _meeting_debrief(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    with store.transaction() as session:
        # The window asks first; the command line wants it said (trial 11: the outcome of a
        # meeting still a week ahead was written as if known).
        meeting = meetings.get_meeting(session, args.id)
        language = command_line_language(args.language)
        if not args.before_meeting and meetings.still_ahead(meeting.starts_at, dt.date.today()):
            from bnldesk.domain.dates import format_date

            day = format_date(meeting.starts_at, language)
            raise UserError(say("debrief_still_ahead", language, id=args.id, date=day))
        result = meetings.debrief(session, args.id, author=args.author or "", language=language)
    _print_debrief(result, language)
    return 0


def _print_debrief(result: Any, language: str) -> None:
    """What ``meeting debrief`` wrote, in ``language``."""
    print(
        say(
            "debrief",
            language,
            written=count("note", result.notes_created, language),
            written_n=result.notes_created,
            updated=result.notes_updated,
            attached=count("action", result.actions_linked, language),
            attached_n=result.actions_linked,
        )
    )
    for note in result.notes:
        points = ", ".join(map(str, note.points))
        carries = (
            count("point", len(note.points), language, list=points)
            if note.points
            else say("debrief_actions", language)
        )
        print(
            say(
                "debrief_note", language, id=note.note_id, target=note.target_label, carries=carries
            )
        )
    if result.kept:
        print(say("debrief_kept", language, targets="; ".join(result.kept)))
    if result.unrecorded:
        print(say("debrief_unrecorded", language, points="; ".join(result.unrecorded)))
    if result.nowhere or result.actions_nowhere:
        print(
            say(
                "debrief_nowhere",
                language,
                points="; ".join(result.nowhere) or "-",
                actions=count("action", result.actions_nowhere, language),
            )
        )


def _meeting_ics(store: Any, args: argparse.Namespace, meetings: Any) -> int:
    from bnldesk.services.files import ExportError

    target = out_file(args)
    language = command_line_language(args.language)
    with store.read() as session:
        try:
            meetings.export_ics(session, args.ids, target.path, language=language)
        except ExportError as exc:
            raise UserError(str(exc)) from exc
    print(say("wrote", language, path=target.path) + target.said(language))
    return 0


_MEETING_ACTIONS: dict[str, Callable[[Any, argparse.Namespace, Any], int]] = {
    "add": _meeting_add,
    "list": _meeting_list,
    "show": _meeting_show,
    "agenda": _meeting_agenda,
    "outcome": _meeting_outcome,
    "action": _meeting_action,
    "debrief": _meeting_debrief,
    "ics": _meeting_ics,
}


# ------------------------------------------------------------------------------------------
# parsers
# ------------------------------------------------------------------------------------------


def register(sub: Any) -> None:
    """Add ``pair``, ``share``, ``receive``, ``conflicts``, ``backup``, ``restore`` and
    ``meeting`` to the command line's sub-parsers."""
    _register_sharing(sub)
    _register_backups(sub)
    _register_meeting(sub)


def _register_sharing(sub: Any) -> None:
    parser = sub.add_parser(
        "pair", help="show this laptop's pairing code, or accept another laptop's"
    )
    parser.add_argument("code", nargs="?", metavar="CODE", help="the other laptop's pairing code")
    parser.add_argument("--name", metavar="NAME", help="with CODE: a name for the other laptop")
    parser.add_argument("--forget", metavar="NAME", help="stop accepting bundles from this laptop")
    parser.set_defaults(func=cmd_pair)

    parser = sub.add_parser(
        "share", help="write a bundle of the delegation's notes for other laptops"
    )
    add_out_arguments(parser, "the bundle to write")
    parser.add_argument("--since", type=_date, metavar="DATE", help="only records changed since")
    parser.add_argument(
        "--workgroup", metavar="CODE", help="only this workgroup's notes and meetings"
    )
    parser.add_argument("--author", metavar="NAME", help="the name the bundle says it is from")
    parser.add_argument(
        "--delegation",
        metavar="BE",
        help="the delegation the bundle says it is from (default: the one its notes name)",
    )
    parser.set_defaults(func=cmd_share)

    parser = sub.add_parser("receive", help="merge a bundle written by another laptop")
    parser.add_argument("file", metavar="FILE", help="the bundle to read")
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change, change nothing"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=cmd_receive)

    parser = sub.add_parser("conflicts", help="list (or resolve) notes changed on two laptops")
    parser.add_argument("--all", action="store_true", help="include resolved conflicts")
    parser.add_argument("--resolve", metavar="UUID", help="resolve this conflict")
    parser.add_argument(
        "--take-other",
        action="append",
        metavar="FIELD",
        help="with --resolve: take this field from the other version (repeatable)",
    )
    parser.set_defaults(func=cmd_conflicts)


def _register_backups(sub: Any) -> None:
    parser = sub.add_parser("backup", help="back up the database now (checked with quick_check)")
    parser.set_defaults(func=cmd_backup)

    parser = sub.add_parser(
        "restore", help="list backups or restore one (the current file is kept)"
    )
    parser.add_argument("backup", nargs="?", metavar="BACKUP", help="backup file or name")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--yes", action="store_true", help="restore the newest good backup")
    parser.set_defaults(func=cmd_restore)


PLAN_HELP = (
    "the plan whose section a section number means (default: the latest plan listing the"
    " meeting's workgroup)"
)


def _register_meeting(sub: Any) -> None:
    parser = sub.add_parser(
        "meeting", help="meetings: add, list, show, agenda, outcome, debrief, ics"
    )
    parser.set_defaults(func=cmd_meeting)
    actions = parser.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    action = actions.add_parser("add", help="add a meeting")
    action.add_argument("--workgroup", metavar="CODE")
    action.add_argument("--title")
    action.add_argument("--start", type=_datetime, metavar="'DATE HH:MM'")
    action.add_argument("--end", type=_datetime, metavar="'DATE HH:MM'")
    action.add_argument("--place")
    action.add_argument("--video", metavar="URL")
    action.add_argument("--chair")
    action.add_argument(
        "--agenda",
        action="append",
        metavar="REF[=TITLE]",
        help="an agenda point: a plan object (code, section number, kind:id) or free text",
    )
    action.add_argument("--plan", type=plan_year_arg, metavar="YEAR", help=PLAN_HELP)
    action = actions.add_parser("list", help="upcoming meetings")
    action.add_argument("--all", action="store_true", help="past ones too")
    action.add_argument("--workgroup", metavar="CODE")
    add_table_arguments(action)
    action = actions.add_parser("show", help="a meeting with its agenda")
    action.add_argument("id", type=whole_number)
    action.add_argument("--json", action="store_true")
    action = actions.add_parser("agenda", help="add an agenda point")
    action.add_argument("id", type=whole_number)
    action.add_argument("--target", metavar="REF")
    action.add_argument("--title")
    action.add_argument("--position", metavar="TEXT", help="the delegation's position")
    action.add_argument("--plan", type=plan_year_arg, metavar="YEAR", help=PLAN_HELP)
    action = actions.add_parser("outcome", help="record the outcome of an agenda point")
    action.add_argument("point", type=whole_number, metavar="POINT_ID")
    action.add_argument("text")
    action = actions.add_parser("action", help="add an action item from a meeting")
    action.add_argument("id", type=whole_number)
    action.add_argument("title")
    action.add_argument("--owner")
    action.add_argument("--due", type=_date, metavar="DATE")
    action.add_argument("--point", type=whole_number, metavar="POINT_ID")
    action = actions.add_parser("debrief", help="write outcomes back as notes on the plan objects")
    action.add_argument("id", type=whole_number)
    action.add_argument("--author")
    action.add_argument(
        "--before-meeting",
        action="store_true",
        help="write the debrief of a meeting that is still to come (refused otherwise)",
    )
    _language_argument(action, "the notes' text")
    action = actions.add_parser("ics", help="export meetings to an iCalendar file")
    action.add_argument("ids", type=whole_number, nargs="+", metavar="ID")
    _language_argument(action, "the events' descriptions")
    add_out_arguments(action, "the calendar file to write")


def _language_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=f"language of {what} (en, nl, fr; default: the preferences', else the system's)",
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: bnldesk share|receive|conflicts|backup|restore|meeting")


def _when(timestamp: str, language: str) -> str:
    """A bundle's ISO time as the window shows times ("01/12/2026 13:24"); as given when it
    is no time."""
    from bnldesk.domain.dates import format_date_time

    try:
        return format_date_time(dt.datetime.fromisoformat(timestamp), language)
    except ValueError:
        return timestamp[:16].replace("T", " ")
