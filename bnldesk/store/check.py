"""Integrity checks of a database file, run without migrating or writing anything.

A check that finds damage notes it beside the file (``.<name>.damaged``): from then on every
write is refused with :class:`~bnldesk.store.errors.DatabaseCorruptError` until a check finds
the file sound or a restore replaces it.

A check tells real damage (SQLite's ``integrity_check``/``quick_check`` findings, SQLITE_CORRUPT)
from everything else: a file that is empty, foreign, locked by another program, on a failing disk
or in a folder that cannot be opened raises its own :class:`~bnldesk.store.errors.StoreError`
subclass instead of being called damaged, so that nobody is offered a restore for a full disk.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bnldesk.store.engine import (
    check_header,
    connect_raw,
    forget_damage,
    place_is_writable,
    remember_damage,
)
from bnldesk.store.errors import SQLITE_CORRUPT, SQLITE_READONLY, classify, sqlite_code


@dataclass
class CheckReport:
    """What a check found: ``problems`` (one line each) and each check's result by name."""

    path: Path
    problems: list[str] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)
    where: str = ""  # a server's address (store/check_server.py); a file says its path

    def _name(self) -> str:
        return self.where or str(self.path)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.problems

    def summary(self) -> str:
        """One line: "NAME: ok (the checks run)" or "NAME is damaged: the problems"."""
        if self.ok:
            return f"{self._name()}: ok ({', '.join(name for name, _ in self.checks)})"
        return f"{self._name()} is damaged: " + "; ".join(self.problems)


def _fault_or_damage(exc: sqlite3.Error, path: Path, what: str, report: CheckReport) -> None:
    """Record corruption as a problem; raise any other fault as its own StoreError."""
    if sqlite_code(exc) != SQLITE_CORRUPT:
        fault = classify(exc, path)
        if fault is not None:
            raise fault from exc
    report.problems.append(f"{what} failed: {exc}")


def check_database(path: Path, *, quick: bool = False) -> CheckReport:
    """``integrity_check``, ``foreign_key_check`` and the FTS5 index check; with ``quick``, the
    cheaper ``quick_check`` and ``foreign_key_check`` only (what runs at every start).

    Raises :class:`~bnldesk.store.errors.EmptyDatabaseFileError`,
    :class:`~bnldesk.store.errors.NotABnldeskDatabaseError`, and the locked / I/O / cannot-open
    classes for faults that are not damage.
    """
    report = CheckReport(Path(path))
    if not report.path.exists():
        report.problems.append("the file does not exist")
        return report
    check_header(report.path)
    # Read-write where possible only because FTS5's integrity-check is spelled as an INSERT;
    # nothing is written.
    conn = connect_raw(report.path, read_only=not place_is_writable(report.path))
    try:
        _run_checks(conn, report, quick=quick)
    finally:
        conn.close()
    if report.ok:
        forget_damage(report.path)
    else:
        # Remembered beside the file: every write is refused until it is restored.
        remember_damage(report.path, "; ".join(report.problems)[:500])
    return report


def _run_checks(conn: sqlite3.Connection, report: CheckReport, *, quick: bool) -> None:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.Error as exc:
        _fault_or_damage(exc, report.path, pragma, report)
        return
    if rows != ["ok"]:
        report.problems.append(f"{pragma}: " + "; ".join(rows[:5]))
    report.checks.append((pragma, "ok" if rows == ["ok"] else "failed"))
    try:
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as exc:
        broken = []
        _fault_or_damage(exc, report.path, "foreign_key_check", report)
    if broken:
        report.problems.append(f"{len(broken)} broken references (first in table {broken[0][0]})")
    report.checks.append(("foreign_key_check", "failed" if broken else "ok"))
    # The search index and the title index beside it (migration 0012), one check for both.
    indexes = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE name IN ('search_fts', 'search_title_fts') "
            "ORDER BY name"
        )
    ]
    # The index check reads the whole index (a second on a large database): it belongs to
    # "Check database", not to the quick check made at every start.
    if indexes and not quick:
        try:
            for name in indexes:
                conn.execute(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)")
            report.checks.append(("fts5 integrity-check", "ok"))
        except sqlite3.Error as exc:
            if sqlite_code(exc) == SQLITE_READONLY:
                report.checks.append(("fts5 integrity-check", "skipped (read-only)"))
            else:
                _fault_or_damage(exc, report.path, "search index", report)
                report.checks.append(("fts5 integrity-check", "failed"))
