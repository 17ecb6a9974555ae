"""What can be wrong with a database file, one class per cause, and how a fault is classified.

Every fault of the environment that the store meets (a full disk, a read-only folder, another
program's lock, a damaged or foreign file, a file from a newer bnldesk) is raised as its own
:class:`StoreError` subclass, so that the command line and the window can tell the causes apart
by type and make the right offer (free space, open read-only, quit, restore only for real
damage). The cause is read from the SQLite result code (``sqlite3.Error.sqlite_errorcode``, or
that of SQLAlchemy's ``.orig``) and from ``OSError.errno``, never from the wording of a message:
those differ between SQLite versions, platforms and languages.

Each class's message is one line, written for a delegate, naming the file and what to do.

On a PostgreSQL server the cause is read from the SQLSTATE the server sends
(``psycopg.Error.sqlstate``, https://www.postgresql.org/docs/current/errcodes-appendix.html) by
:func:`classify_server`, which maps each onto the same classes where the cause is the same (a
lock held too long, a full disk, damage) and onto the server's own classes otherwise.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

from bnldesk.domain.errors import BnldeskError

# Primary SQLite result codes (https://sqlite.org/rescode.html); extended codes keep these in
# their low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StoreError(BnldeskError):
    """A problem with the database file that the user must be told about."""


class DatabaseLockedError(StoreError):
    """Another program holds a lock on the file longer than bnldesk waits (SQLITE_BUSY/LOCKED)."""

    code = "database_locked"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} is in use by another program (another bnldesk window?): "
            "nothing was saved; close it and try again",
            values=(str(path),),
        )


class DatabaseCorruptError(StoreError):
    """The file is damaged (SQLITE_CORRUPT, or a failed integrity check): restore a backup."""

    code = "database_damaged"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(f"{path} is damaged{extra}; restore it from a backup", values=(str(path),))


class DamagedWithoutBackupError(DatabaseCorruptError):
    """The file is damaged and no backup of it exists: "restore a backup" would send the
    delegate looking for one that is not there (trial 15)."""

    code = "database_damaged_no_backup"

    def __init__(self, path: Path | str) -> None:
        StoreError.__init__(
            self,
            f"{path} is damaged and has no backup; keep the file as it is (do not delete it) "
            "and ask your IT support to recover it",
            values=(str(path),),
        )


class IncompleteCopyError(StoreError):
    """A file in write-ahead-log mode that holds no tables and has no ``-wal`` file beside
    it: a copy of the main file alone, made while bnldesk had it open (its data were still
    in the ``-wal`` file). It is not filled with demo data as a new file would be (trial 16:
    ``cp be.db`` during a session gave a copy that bnldesk silently filled with the demo)."""

    code = "database_incomplete_copy"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} holds no data: it looks like a copy made while bnldesk was open, without "
            "its -wal file; copy it again with bnldesk closed, or use a backup. The file was "
            "left as it is",
            values=(str(path),),
        )


class DatabaseFolderMissingError(StoreError):
    """A database file named by the user (``--db``, ``$BNLDESK_DB``) in a folder that does
    not exist: nothing is made there (a mistyped folder silently got a new demo database,
    trial 15)."""

    code = "database_folder_missing"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"the folder of {path} does not exist: check the path; nothing was created",
            values=(str(path),),
        )


class DatabaseReadOnlyError(StoreError):
    """The file or its folder cannot be written (SQLITE_READONLY, EACCES, EROFS)."""

    code = "database_read_only"

    def __init__(self, path: Path | str, detail: str = "changes cannot be saved") -> None:
        super().__init__(f"{path} is read-only: {detail}", values=(str(path),))


class DiskFullError(StoreError):
    """No space left for the file or its journal (SQLITE_FULL, ENOSPC, EDQUOT)."""

    code = "disk_full"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"the disk is full: nothing was saved and {path} is intact; "
            "free some space and try again",
            values=(str(path),),
        )


class DiskIOError(StoreError):
    """The disk could not be read or written (SQLITE_IOERR, EIO): a failing disk or stick."""

    code = "disk_io"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} could not be read or written (disk or network error): nothing was saved; "
            "check the disk or USB stick and try again",
            values=(str(path),),
        )


class HoldLostError(StoreError):
    """This process no longer holds its database file (:mod:`bnldesk.store.hold`); one
    subclass per cause. Nothing more is written through this opening."""

    cause = "it was lost"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"this window no longer holds {path}: {self.cause}. Nothing more is saved from "
            "this window; copy what you still need from it, then close it and open the file "
            "again",
            values=(str(path),),
        )


class WriteAheadLogDeletedError(HoldLostError):
    """Another program deleted the write-ahead log this process writes to (it had lost its
    locks: a descriptor of the file closed by other code)."""

    code = "hold_lost_log_deleted"
    cause = "another program deleted its write-ahead log while this window wrote to it"


class DatabaseReplacedError(HoldLostError):
    """Another file was put at the database's path."""

    code = "hold_lost_replaced"
    cause = "another program replaced the file"


class DatabaseMovedError(HoldLostError):
    """Nothing is at the database's path any more."""

    code = "hold_lost_moved"
    cause = "the file was moved or deleted"


class OpenDatabaseFileError(StoreError):
    """A file chosen to read or write is a database this process has open, or its -wal,
    -shm or -journal: refused before it is opened (:func:`bnldesk.store.hold.refuse_open_database`)."""

    code = "open_database_file"

    def __init__(self, path: Path | str, database: Path | str) -> None:
        super().__init__(
            f"{path} is part of the database open in bnldesk ({database}), not a file to read "
            "or write here: choose another file. Nothing was read or changed",
            values=(str(path), str(database)),
        )


class NotABnldeskDatabaseError(StoreError):
    """The file is not an SQLite database, or one without bnldesk's tables."""

    code = "not_a_database"

    def __init__(self, path: Path | str, detail: str = "not an SQLite file") -> None:
        super().__init__(
            f"{path} is not a bnldesk database ({detail}); it was left as it is",
            values=(str(path),),
        )


class EmptyDatabaseFileError(StoreError):
    """A zero-byte file where a database was: never filled with demo data, reported instead."""

    code = "database_empty"

    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} is empty (0 bytes): the database was lost or never written; "
            "restore a backup, or remove the file to start a new database",
            values=(str(path),),
        )


class NewerSchemaError(StoreError):
    """The file was written by a newer bnldesk: opened for nothing, no backup written."""

    code = "newer_schema"

    def __init__(self, path: Path | str, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of bnldesk (database version {revision}); "
            "update bnldesk to open it. The file was not changed",
            values=(str(path), revision),
        )


class CannotOpenError(StoreError):
    """The file or its folder cannot be opened at all (SQLITE_CANTOPEN, ENOENT, ENOTDIR)."""

    code = "cannot_open"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(f"{path}: cannot open the database file{extra}", values=(str(path),))


class ServerUnreachableError(StoreError):
    """The server cannot be reached (SQLSTATE class 08, a refused or dropped connection)."""

    code = "server_unreachable"

    def __init__(self, where: str, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"cannot reach the database server {where}{extra}: nothing was saved; check the "
            "network and try again",
            values=(where,),
        )


class ServerLoginError(StoreError):
    """The server refused the user name or password (SQLSTATE 28000, 28P01)."""

    code = "server_login"

    def __init__(self, where: str, *, missing: bool = False) -> None:
        if missing:
            super().__init__(
                f"the server {where} needs a password: set PGPASSWORD, put it in ~/.pgpass, "
                "or run bnldesk in a terminal to be asked for it",
                code="server_password_missing",
                values=(where,),
            )
            return
        super().__init__(
            f"the server {where} refused the user name or password: check them "
            "(the password comes from PGPASSWORD, ~/.pgpass or the prompt)",
            values=(where,),
        )


class ServerPermissionError(StoreError):
    """The server role may not do this (SQLSTATE 42501: a grant or a row-level policy)."""

    code = "server_permission"

    def __init__(self, where: str) -> None:
        super().__init__(
            f"the server {where} does not allow this for your user (a private note of another "
            "delegate, or a right the administrator has not granted): nothing was changed",
            values=(where,),
        )


class ServerSchemaError(StoreError):
    """The server's database is not set up for bnldesk, or its schema is older than this bnldesk."""

    code = "server_schema"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(
            f"the database {where} {detail}: the server's administrator runs "
            "'bnldesk server init URL' (see README, Delegation server)",
            values=(where,),
        )


class ConcurrentEditError(StoreError):
    """Someone else saved the same record at the same moment (its version column moved on)."""

    code = "concurrent_edit"

    def __init__(self, where: str) -> None:
        super().__init__(
            f"someone else changed the same record in {where} at the same moment: nothing of "
            "yours was overwritten; look at it again and repeat your change",
            values=(where,),
        )


class FileOnlyError(StoreError):
    """A feature of database files (backups, restore, file checks) asked of a server."""

    code = "file_only"

    def __init__(self, where: str, feature: str = "this") -> None:
        super().__init__(
            f"{feature} applies to SQLite database files; {where} is a PostgreSQL server, "
            "backed up by its administrator with pg_dump (see README, Delegation server)",
            values=(where,),
        )


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind ``exc`` (a driver or SQLAlchemy error), or None."""
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(original, sqlite3.Error) or not isinstance(code, int):
        return None
    return code & 0xFF


def classify(exc: BaseException, path: Path) -> StoreError | None:
    """The :class:`StoreError` for a fault of the environment, or None for anything else (a bug).

    ``exc`` is a ``sqlite3.Error``, an SQLAlchemy error wrapping one (``.orig``) or an
    ``OSError``; the class is chosen by SQLite result code or errno alone.
    """
    if isinstance(exc, StoreError):
        return exc
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, OSError):
        return classify_os_error(original, path)
    code = sqlite_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError(path)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return DatabaseReadOnlyError(path)
    if code == SQLITE_FULL:
        return DiskFullError(path)
    if code == SQLITE_IOERR:
        return DiskIOError(path)
    if code == SQLITE_CORRUPT:
        return DatabaseCorruptError(path)
    if code == SQLITE_NOTADB:
        return NotABnldeskDatabaseError(path, "not an SQLite file, or an encrypted one")
    if code == SQLITE_CANTOPEN:
        return CannotOpenError(path)
    return None


def classify_os_error(exc: OSError, path: Path) -> StoreError:
    """The :class:`StoreError` for an ``OSError`` met while opening or copying ``path``."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DatabaseReadOnlyError(path, "bnldesk may not write there")
    if code == errno.EIO:
        return DiskIOError(path)
    return CannotOpenError(path, exc.strerror or type(exc).__name__)


def store_error(exc: BaseException, path: Path) -> BaseException:
    """``classify(exc, path)``, or ``exc`` itself when it is no fault of the environment."""
    return classify(exc, path) or exc


# SQLSTATE classes and codes (PostgreSQL, "Appendix A. PostgreSQL Error Codes").
_LOCKED_STATES = {"55P03", "40P01", "40001", "57014"}  # lock timeout, deadlock, serialisation,
# statement cancelled (a statement timeout)
_DISK_FULL_STATES = {"53100"}
_CORRUPT_STATES = {"XX001", "XX002"}
_LOGIN_STATES = {"28000", "28P01"}
_READ_ONLY_STATES = {"25006"}


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE a server sent with ``exc`` (a psycopg or SQLAlchemy error), or None."""
    original: Any = getattr(exc, "orig", None) or exc
    state = getattr(original, "sqlstate", None)
    return state if isinstance(state, str) else None


def classify_server(exc: BaseException, where: str) -> StoreError | None:
    """The :class:`StoreError` for a server's fault, or None for anything else (a bug).

    Chosen by SQLSTATE alone; a connection that failed or dropped without one (psycopg's
    ``OperationalError`` before any reply) is :class:`ServerUnreachableError`.
    """
    if isinstance(exc, StoreError):
        return exc
    state = sqlstate(exc)
    if state is None:
        original: Any = getattr(exc, "orig", None) or exc
        if type(original).__name__ == "OperationalError" and type(original).__module__.startswith(
            "psycopg"
        ):
            # A failed connection carries no SQLSTATE; libpq says whether a password was sent
            # (then refused) or the server was never reached.
            if getattr(getattr(original, "pgconn", None), "used_password", False):
                return ServerLoginError(where)
            return ServerUnreachableError(where)
        if getattr(exc, "connection_invalidated", False):
            return ServerUnreachableError(where)
        return None
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return ServerUnreachableError(where)
    if state in _LOGIN_STATES:
        return ServerLoginError(where)
    if state == "3D000":
        return ServerSchemaError(where, "does not exist on the server")
    if state == "42501":
        return ServerPermissionError(where)
    if state in _LOCKED_STATES:
        return DatabaseLockedError(f"the server's database {where}")
    if state in _DISK_FULL_STATES:
        return DiskFullError(f"the server's database {where}")
    if state in _CORRUPT_STATES:
        return DatabaseCorruptError(
            where, "the server reports damaged data: tell its administrator"
        )
    if state in _READ_ONLY_STATES:
        return DatabaseReadOnlyError(where, "the server accepts no changes at the moment")
    return None
