"""CLI: ``sync --server URL`` (a laptop with the delegation server) and ``server init`` /
``server add-delegate`` (the server's administrator). See README, "Delegation server"."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from bnldesk.cli import UserError, open_from_args, prompt_password, usage_language, worded
from bnldesk.commands.speech import say
from bnldesk.preferences import command_line_language
from bnldesk.store.backend import (
    ServerAddress,
    UnsupportedLocationError,
    parse_server_url,
)

NEW_PASSWORD_VARIABLE = "BNLDESK_NEW_PASSWORD"


def server_url_arg(value: str) -> ServerAddress:
    """argparse type: a ``postgresql://`` URL; another is refused in one line, in the
    delegate's language."""
    try:
        return parse_server_url(value)
    except UnsupportedLocationError as exc:
        raise argparse.ArgumentTypeError(worded(exc, usage_language())) from None


def cmd_sync(args: argparse.Namespace) -> int:
    from bnldesk.services import backup as backup_service
    from bnldesk.services.sync_server import sync_with_server
    from bnldesk.store.engine import open_store

    language = command_line_language()
    laptop = open_from_args(args)
    try:
        server = open_store(args.server, ask_password=prompt_password)
        try:

            def progress(step: str, done: int, of: int) -> None:
                if not args.json and of > BIG_SYNC:
                    said = say("sync_progress", language, step=step, done=done, of=of)
                    print(said, file=sys.stderr)

            report = sync_with_server(
                laptop,
                server,
                before_merge=lambda st: backup_service.backup_before(st, "sync"),
                progress=progress,
            )
        finally:
            server.close()
    finally:
        laptop.close()
    if args.json:
        import json

        print(
            json.dumps(
                {
                    "server": report.server,
                    "pulled": [c.__dict__ for c in report.pulled.changes],
                    "pushed": [c.__dict__ for c in report.pushed.changes],
                    "refused": [
                        c.__dict__ for c in [*report.pulled.refused, *report.pushed.refused]
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    _print_sync(report, language)
    return 0


def _print_sync(report: Any, language: str) -> None:
    """What ``sync --server`` did, a line a record (here, then on the server) and a summary:
    in English the reports' own lines, in Dutch or French the window's words
    (:mod:`bnldesk.services.sync_words`)."""
    from bnldesk.services import sync_words

    def line(change: Any) -> str:
        return change.line() if language == "en" else sync_words.change_line(change, language)

    for change in report.pulled.changes:
        print(say("sync_here", language, line=line(change)))
    for change in report.pushed.changes:
        print(say("sync_server", language, line=line(change)))
    if language == "en":
        print(report.summary())
    else:
        print(sync_words.server_sync_summary(report, language))
    if report.pulled.count("conflict") or report.pushed.count("conflict"):
        print(say("conflicts_see", language))


BIG_SYNC = 2000  # records; larger syncs report their progress on stderr


def cmd_server(args: argparse.Namespace) -> int:
    from bnldesk.store import server_admin

    address: ServerAddress = args.url
    language = command_line_language()
    if args.server_command == "init":
        report = server_admin.init_server(address, demo=args.demo, ask_password=prompt_password)
        for step in report.steps:
            print(step)
        for warning in report.warnings:
            print(say("server_warning", language, text=warning), file=sys.stderr)
        print(say("server_ready", language, where=report.where, revision=report.revision_after))
        return 0
    if args.server_command == "add-delegate":
        password = os.environ.get(NEW_PASSWORD_VARIABLE) or _ask_new_password(args.name)
        server_admin.add_delegate(address, args.name, password, ask_password=prompt_password)
        url = f"postgresql://{args.name}@HOST/{address.database}"
        print(say("delegate_added", language, name=args.name, url=url))
        return 0
    usage = say("command_usage", language, command="server", actions="init,add-delegate")
    raise UserError(f"{usage} URL ...")


def _ask_new_password(name: str) -> str:
    language = command_line_language()
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(
            say("no_terminal_for_password", language, name=name, variable=NEW_PASSWORD_VARIABLE)
        )
    first = getpass.getpass(say("new_password_for", language, name=name))
    if first != getpass.getpass(say("password_again", language)):
        raise UserError(say("passwords_differ", language))
    return first


def register(sub: Any) -> None:
    command = sub.add_parser(
        "sync", help="exchange shareable notes, meetings and actions with the delegation server"
    )
    command.add_argument(
        "--server",
        required=True,
        type=server_url_arg,
        metavar="URL",
        help="postgresql://USER@HOST/DATABASE (password: PGPASSWORD, ~/.pgpass or a prompt)",
    )
    command.add_argument("--json", action="store_true")
    command.set_defaults(func=cmd_sync)

    command = sub.add_parser("server", help="set up a delegation server (for its administrator)")
    command.set_defaults(func=cmd_server)
    ssub = command.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    server_command = ssub.add_parser(
        "init", help="create or upgrade bnldesk's schema, roles template and extensions"
    )
    server_command.add_argument("url", type=server_url_arg, metavar="URL")
    server_command.add_argument(
        "--demo", action="store_true", help="load the demo plans into an empty server"
    )
    server_command = ssub.add_parser(
        "add-delegate", help="create a delegate's login role (or renew its password)"
    )
    server_command.add_argument("url", type=server_url_arg, metavar="URL")
    server_command.add_argument(
        "name", metavar="NAME", help="the delegate's user name on the server"
    )
