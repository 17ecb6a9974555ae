"""Integrity checks of a database file, run without migrating or writing anything."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    checks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.ok:
            return f"{self.path}: ok ({', '.join(name for name, _ in self.checks)})"
        return f"{self.path} is damaged: " + "; ".join(self.problems)


def check_database(path: Path, *, quick: bool = False) -> CheckReport:
    """``integrity_check``, ``foreign_key_check`` and the FTS5 index check; with ``quick``, the
    cheaper ``quick_check`` and ``foreign_key_check`` only (what runs at every start)."""
    report = CheckReport(Path(path))
    if not report.path.exists():
        report.problems.append("the file does not exist")
        return report
    with report.path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        report.problems.append("not an SQLite database (the file header is wrong)")
        return report
    try:
        # Read-write only because FTS5's integrity-check is spelled as an INSERT; nothing is written.
        mode = "rw" if os.access(report.path, os.W_OK) else "ro"
        conn = sqlite3.connect(f"file:{report.path.as_posix()}?mode={mode}", uri=True)
    except sqlite3.Error as exc:
        report.problems.append(f"cannot be opened ({exc})")
        return report
    try:
        pragma = "quick_check" if quick else "integrity_check"
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
        except sqlite3.DatabaseError as exc:
            report.problems.append(f"{pragma} failed: {exc}")
            return report
        if rows != ["ok"]:
            report.problems.append(f"{pragma}: " + "; ".join(rows[:5]))
        report.checks.append((pragma, "ok" if rows == ["ok"] else "failed"))
        try:
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            fk = []
            report.problems.append(f"foreign_key_check failed: {exc}")
        if fk:
            report.problems.append(f"{len(fk)} broken references (first in table {fk[0][0]})")
        report.checks.append(("foreign_key_check", "failed" if fk else "ok"))
        has_fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
        # The index check reads the whole index (a second on a large database): it belongs to
        # "Check database", not to the quick check made at every start.
        if has_fts and not quick:
            try:
                conn.execute(
                    "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
                )
                report.checks.append(("fts5 integrity-check", "ok"))
            except sqlite3.DatabaseError as exc:
                if "readonly" in str(exc).lower():
                    report.checks.append(("fts5 integrity-check", "skipped (read-only)"))
                else:
                    report.problems.append(f"search index: {exc}")
                    report.checks.append(("fts5 integrity-check", "failed"))
    except sqlite3.DatabaseError as exc:
        report.problems.append(str(exc))
    finally:
        conn.close()
    return report
