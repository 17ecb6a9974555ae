"""CLI: ``pair``, ``share``, ``receive``, ``conflicts``, ``backup``, ``restore`` and ``meeting``.

Importing this module (the CLI loads every command module) installs the backup service's
before-migrate hook through :mod:`bnldesk.services`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from bnldesk.cli import UserError, _db_path, _print_rows, open_from_args


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (YYYY-MM-DD)") from None


def _datetime(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value.replace(" ", "T"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date and time (YYYY-MM-DD HH:MM)"
        ) from None


# ------------------------------------------------------------------------------------------
# share / receive / conflicts
# ------------------------------------------------------------------------------------------


def cmd_pair(args: argparse.Namespace) -> int:
    from bnldesk.services import sync_trust

    store = open_from_args(args)
    try:
        with store.transaction() as s:
            if args.forget:
                gone = sync_trust.unpair(s, args.forget)
                print(f"bundles from {gone.name} are no longer accepted")
                return 0
            if args.code:
                if not args.name:
                    raise UserError("give the other laptop a name: bnldesk pair CODE --name NAME")
                laptop = sync_trust.pair(s, args.code, args.name)
                print(f"paired: bundles from {laptop.name} ({laptop.code}) are accepted")
                return 0
            code = sync_trust.pairing_code(s)
            paired = sync_trust.paired_laptops(s)
    finally:
        store.close()
    print(f"this laptop's pairing code: {code}")
    print("enter it on the other laptop: bnldesk pair CODE --name NAME (and theirs here)")
    for laptop in paired:
        print(f"paired with {laptop.name}: {laptop.code}")
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from bnldesk.services import sync

    since = dt.datetime.combine(args.since, dt.time()) if args.since else None
    store = open_from_args(args)
    try:
        result = sync.share(store, args.out, sync.Scope(since, args.workgroup))
    finally:
        store.close()
    counts = result.counts
    print(
        f"wrote {result.path}: {counts['annotation']} notes, {counts['meeting']} meetings, "
        f"{counts['agenda_item']} agenda points, {counts['action_item']} actions"
        + (f", {result.conflicts} conflicts" if result.conflicts else "")
        + " (private notes stay on this laptop)"
    )
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
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
    print(f"bundle from {report.author or 'unknown'} written {report.created_at[:16]}")
    for change in report.changes:
        print(("would be " if report.dry_run else "") + change.line())
    for change in report.refused:
        print(change.line())
    print(report.summary())
    if report.backup:
        print(f"backup before merging: {report.backup}")
    if report.count("conflict"):
        print("conflicts keep both versions: see 'bnldesk conflicts'")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from bnldesk.services import sync

    store = open_from_args(args)
    try:
        if args.resolve:
            with store.transaction() as s:
                sync.resolve_conflict(s, args.resolve, args.take_other or [])
            print(f"conflict {args.resolve} resolved")
            return 0
        with store.read() as s:
            views = sync.list_conflicts(s, include_resolved=args.all)
    finally:
        store.close()
    if not views:
        print("no conflicts")
        return 0
    for v in views:
        state = " (resolved)" if v.resolved else ""
        print(f"{v.uuid}  {v.label}{state}")
        for f in v.fields:
            print(f"    {f.name}: current={f.current!r}  other={f.other!r}")
    return 0


# ------------------------------------------------------------------------------------------
# backup / restore
# ------------------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from bnldesk.services import backup as backup_service

    path = _db_path(args, "bnldesk backup")
    if not path.exists():
        raise UserError(f"{path} does not exist")
    before = {b.path for b in backup_service.list_backups(path)}
    made = backup_service.backup_database(path, "manual")
    if made in before:
        print(f"nothing changed since the last backup: {made}")
    else:
        print(f"backup written and checked: {made}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from bnldesk.services import backup as backup_service

    path = _db_path(args, "bnldesk restore")
    backups = backup_service.list_backups(path)
    if args.list or (args.backup is None and not args.yes):
        if not backups:
            print(f"no backups of {path}")
            return 0
        rows = [
            {"name": b.path.name, "created": b.label, "size": f"{b.size // 1024} KiB"}
            for b in backups
        ]
        _print_rows(rows, ("name", "created", "size"), False)
        if not args.list:
            print("restore one with 'bnldesk restore NAME' (or --yes for the newest good one)")
        return 0
    lock = _instance_lock(path)
    try:
        result = backup_service.restore(path, args.backup)
    finally:
        if lock is not None:
            lock.release()
    print(f"restored {result.restored_from.name} into {path}")
    if result.set_aside:
        print(f"the previous file is kept at {result.set_aside}")
    return 0


def _instance_lock(path: Path) -> Any:
    from bnldesk.services.guard import InstanceLock

    lock = InstanceLock(path)
    if not lock.acquire():
        raise UserError(f"{path} is open in bnldesk: close it before restoring")
    return lock


# ------------------------------------------------------------------------------------------
# meetings
# ------------------------------------------------------------------------------------------


def cmd_meeting(args: argparse.Namespace) -> int:
    from bnldesk.services import meetings as m

    sub = args.meeting_command
    store = open_from_args(args, read_only=sub in ("list", "show"))
    try:
        try:
            return _meeting(store, args, m)
        except m.MeetingError as exc:
            raise UserError(str(exc)) from exc
    finally:
        store.close()


def _meeting(store: Any, args: argparse.Namespace, m: Any) -> int:
    from bnldesk.services.files import ExportError

    sub = args.meeting_command
    if sub == "add":
        fields = m.MeetingFields(
            title=args.title or "",
            workgroup=args.workgroup,
            starts_at=args.start,
            ends_at=args.end,
            place=args.place or "",
            video_link=args.video or "",
            chair=args.chair or "",
        )
        with store.transaction() as s:
            meeting = m.create_meeting(s, fields)
            for point in args.agenda or []:
                ref, _, title = point.partition("=")
                if title or not ref:
                    m.add_agenda_item(s, meeting.id, m.AgendaFields(title=title, target=ref))
                else:
                    try:
                        m.add_agenda_item(s, meeting.id, m.AgendaFields(target=ref))
                    except m.MeetingError:
                        m.add_agenda_item(s, meeting.id, m.AgendaFields(title=ref))
            meeting_id, title = meeting.id, meeting.title
        print(f"meeting {meeting_id} added: {title}")
        return 0
    if sub == "list":
        with store.read() as s:
            start = None if args.all else dt.datetime.combine(dt.date.today(), dt.time())
            rows = m.list_meetings(s, upcoming_from=start, workgroup=args.workgroup)
        for r in rows:
            r["starts_at"] = f"{r['starts_at']:%Y-%m-%d %H:%M}" if r["starts_at"] else ""
        _print_rows(rows, ("id", "starts_at", "title", "place", "chair", "points"), args.json)
        return 0
    if sub == "show":
        with store.read() as s:
            d = m.meeting_detail(s, args.id, dt.date.today())
        if args.json:
            print(json.dumps(d, ensure_ascii=False, default=str, indent=2))
            return 0
        when = f"{d['starts_at']:%Y-%m-%d %H:%M}" if d["starts_at"] else "no date"
        print(f"{d['title']}  ({when}, {d['place'] or d['video_link'] or 'no place'})")
        if d["chair"]:
            print(f"chair: {d['chair']}")
        for p in d["agenda"]:
            print(f"{p['position']:>3}. [{p['id']}] {p['title']}")
            for label, key in (("position", "position_text"), ("outcome", "outcome")):
                if p[key]:
                    print(f"       {label}: {p[key]}")
        for a in d["actions"]:
            due = f" due {a['due_date']}" if a["due_date"] else ""
            print(f"  action [{a['id']}] {a['title']} ({a['owner'] or 'no owner'}{due})")
        return 0
    if sub == "agenda":
        with store.transaction() as s:
            p = m.add_agenda_item(
                s,
                args.id,
                m.AgendaFields(
                    title=args.title or "", target=args.target, position_text=args.position or ""
                ),
            )
            print(f"agenda point {p.id} added: {p.title}")
        return 0
    if sub == "outcome":
        with store.transaction() as s:
            m.set_outcome(s, args.point, args.text)
        print(f"outcome of agenda point {args.point} saved")
        return 0
    if sub == "action":
        with store.transaction() as s:
            a = m.add_meeting_action(
                s,
                args.id,
                args.title,
                owner=args.owner or "",
                due_date=args.due,
                agenda_item_id=args.point,
            )
            print(f"action {a.id} added")
        return 0
    if sub == "debrief":
        with store.transaction() as s:
            r = m.debrief(s, args.id, author=args.author or "")
        print(
            f"debrief: {r.notes_created} notes written, {r.notes_updated} updated, "
            f"{r.actions_linked} actions attached"
        )
        return 0
    if sub == "ics":
        out = Path(args.out)
        with store.read() as s:
            try:
                m.export_ics(s, args.ids, out)
            except ExportError as exc:
                raise UserError(str(exc)) from exc
        print(f"wrote {out}")
        return 0
    raise UserError("usage: bnldesk meeting {add,list,show,agenda,outcome,action,debrief,ics}")


# ------------------------------------------------------------------------------------------
# parsers
# ------------------------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = sub.add_parser("pair", help="show this laptop's pairing code, or accept another laptop's")
    p.add_argument("code", nargs="?", metavar="CODE", help="the other laptop's pairing code")
    p.add_argument("--name", metavar="NAME", help="with CODE: a name for the other laptop")
    p.add_argument("--forget", metavar="NAME", help="stop accepting bundles from this laptop")
    p.set_defaults(func=cmd_pair)

    p = sub.add_parser("share", help="write a bundle of the delegation's notes for other laptops")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--since", type=_date, metavar="DATE", help="only records changed since")
    p.add_argument("--workgroup", metavar="CODE", help="only this workgroup's notes and meetings")
    p.set_defaults(func=cmd_share)

    p = sub.add_parser("receive", help="merge a bundle written by another laptop")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="print what would change, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receive)

    p = sub.add_parser("conflicts", help="list (or resolve) notes changed on two laptops")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.add_argument("--resolve", metavar="UUID", help="resolve this conflict")
    p.add_argument(
        "--take-other",
        action="append",
        metavar="FIELD",
        help="with --resolve: take this field from the other version (repeatable)",
    )
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("backup", help="back up the database now (checked with quick_check)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="list backups or restore one (the current file is kept)")
    p.add_argument("backup", nargs="?", metavar="BACKUP", help="backup file or name")
    p.add_argument("--list", action="store_true")
    p.add_argument("--yes", action="store_true", help="restore the newest good backup")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("meeting", help="meetings: add, list, show, agenda, outcome, debrief, ics")
    p.set_defaults(func=cmd_meeting)
    msub = p.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    q = msub.add_parser("add", help="add a meeting")
    q.add_argument("--workgroup", metavar="CODE")
    q.add_argument("--title")
    q.add_argument("--start", type=_datetime, metavar="'YYYY-MM-DD HH:MM'")
    q.add_argument("--end", type=_datetime, metavar="'YYYY-MM-DD HH:MM'")
    q.add_argument("--place")
    q.add_argument("--video", metavar="URL")
    q.add_argument("--chair")
    q.add_argument(
        "--agenda",
        action="append",
        metavar="REF[=TITLE]",
        help="an agenda point: a plan object (code, section number, kind:id) or free text",
    )
    q = msub.add_parser("list", help="upcoming meetings")
    q.add_argument("--all", action="store_true", help="past ones too")
    q.add_argument("--workgroup", metavar="CODE")
    q.add_argument("--json", action="store_true")
    q = msub.add_parser("show", help="a meeting with its agenda")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    q = msub.add_parser("agenda", help="add an agenda point")
    q.add_argument("id", type=int)
    q.add_argument("--target", metavar="REF")
    q.add_argument("--title")
    q.add_argument("--position", metavar="TEXT", help="the delegation's position")
    q = msub.add_parser("outcome", help="record the outcome of an agenda point")
    q.add_argument("point", type=int, metavar="POINT_ID")
    q.add_argument("text")
    q = msub.add_parser("action", help="add an action item from a meeting")
    q.add_argument("id", type=int)
    q.add_argument("title")
    q.add_argument("--owner")
    q.add_argument("--due", type=_date, metavar="DATE")
    q.add_argument("--point", type=int, metavar="POINT_ID")
    q = msub.add_parser("debrief", help="write outcomes back as notes on the plan objects")
    q.add_argument("id", type=int)
    q.add_argument("--author")
    q = msub.add_parser("ics", help="export meetings to an iCalendar file")
    q.add_argument("ids", type=int, nargs="+", metavar="ID")
    q.add_argument("--out", required=True, metavar="FILE")


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: bnldesk share|receive|conflicts|backup|restore|meeting")
