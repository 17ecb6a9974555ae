"""Desktop benchmarks for the meeting and brief dialogs (issue 12), as ratios to raw SQLite.

    .venv/bin/python bench/bench_desktop.py [--db bench/big.db]

- ``agenda_choices``: every workgroup, section and plan item offered while a delegate types an
  agenda point (read once when the Meetings window opens), against sqlite3 reading the same
  rows with the same joins.
- ``find_by_title``: an exact project title typed as a point, against sqlite3 looking up the
  identity key.
- ``start_page``: what the start page reads (meetings to come, the overdue and other open
  actions counted and the first 20 of each with where they come from, recent notes, open
  conflicts; trial 13 read every open action and its note one by one), against sqlite3
  counting the open actions and reading the same 20 + 20 with the same joins.
- the brief dialog's "left out" count (two ``collect_brief`` runs, with and without private
  notes) on a workgroup, against one ``collect_brief`` (what the brief itself costs).

Runs on the big benchmark database (built by make_big_db.py when missing); ``--db`` takes
another file. Prints a table; no target is asserted here (tests never time anything).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.make_big_db import DEFAULT_OUT
from bnldesk.domain import identity
from bnldesk.services import meetings
from bnldesk.services.reports import BriefOptions, BriefSubject
from bnldesk.services.reports.brief_data import collect_brief
from bnldesk.services.start_page import start_page_data
from bnldesk.store.engine import open_store


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def raw_choices(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT id, code, name FROM workgroup ORDER BY code, name").fetchall()
        rows += con.execute(
            "SELECT s.id, s.number, s.title, p.year FROM section s "
            "JOIN chapter c ON s.chapter_id = c.id JOIN plan p ON c.plan_id = p.id "
            "ORDER BY p.year DESC, s.id"
        ).fetchall()
        rows += con.execute(
            "SELECT i.id, i.title, p.year FROM plan_item i JOIN section s ON i.section_id = s.id "
            "JOIN chapter c ON s.chapter_id = c.id JOIN plan p ON c.plan_id = p.id "
            "ORDER BY p.year DESC, i.id"
        ).fetchall()
        return len(rows)
    finally:
        con.close()


def raw_title(path: Path, key: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id FROM plan_item WHERE identity_key = ?", (key,)).fetchall()
    finally:
        con.close()


def raw_start_page(path: Path, today: str) -> int:
    con = sqlite3.connect(path)
    try:
        open_live = "a.status = 'open' AND a.deleted_at IS NULL"
        con.execute(
            f"SELECT count(CASE WHEN a.due_date < ? THEN 1 END), count(*) FROM action_item a "
            f"WHERE {open_live}",
            (today,),
        ).fetchone()
        rows = 0
        for which, order in (
            ("a.due_date < ?", "a.due_date, a.id"),
            ("(a.due_date IS NULL OR a.due_date >= ?)", "a.due_date IS NULL, a.due_date, a.id"),
        ):
            rows += len(
                con.execute(
                    "SELECT a.*, m.title, m.starts_at, n.target_label FROM action_item a "
                    "LEFT JOIN meeting m ON m.id = a.meeting_id "
                    "LEFT JOIN annotation n ON n.id = a.annotation_id "
                    f"WHERE {open_live} AND {which} ORDER BY {order} LIMIT 20",
                    (today,),
                ).fetchall()
            )
        return rows
    finally:
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.check_call([sys.executable, str(Path(__file__).parent / "make_big_db.py")])
    store = open_store(args.db, read_only=True)
    rows: list[tuple[str, float, float]] = []
    try:
        with store.read() as s:
            count = len(meetings.agenda_choices(s))
            item_title = s.scalar(text("SELECT title FROM plan_item LIMIT 1"))
            workgroup_id = s.scalar(text("SELECT id FROM workgroup LIMIT 1"))

        def choices() -> object:
            with store.read() as s:
                return meetings.agenda_choices(s)

        rows.append(("agenda_choices", best_of(choices), best_of(lambda: raw_choices(args.db))))

        def by_title() -> object:
            with store.read() as s:
                return meetings.find_by_title(s, str(item_title))

        key = identity.item_key(str(item_title))
        rows.append(("find_by_title", best_of(by_title), best_of(lambda: raw_title(args.db, key))))

        today = dt.date.today()

        def start_page() -> object:
            with store.read() as s:
                return start_page_data(s, today)

        rows.append(
            (
                "start_page",
                best_of(start_page),
                best_of(lambda: raw_start_page(args.db, today.isoformat())),
            )
        )

        subject = BriefSubject(workgroup_id=int(workgroup_id))
        options = BriefOptions()

        def brief_once() -> object:
            with store.read() as s:
                return collect_brief(s, subject, options)

        def left_out() -> object:
            from bnldesk.ui.exports.brief_dialog import left_out as count_left_out

            return count_left_out(store, subject, options)

        rows.append(("brief left-out count", best_of(left_out, 3), best_of(brief_once, 3)))
    finally:
        store.close()
    print(f"{count:,} agenda choices in {args.db}")
    print(f"{'what':<24}{'bnldesk':>12}{'baseline':>12}{'ratio':>8}")
    for name, ours, base in rows:
        print(f"{name:<24}{ours * 1000:>10.1f}ms{base * 1000:>10.1f}ms{ours / base:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
