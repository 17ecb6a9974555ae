"""A throw-away PostgreSQL server for the tests: Debian's binaries, a temporary folder, loopback.

:func:`start` runs ``initdb`` and ``pg_ctl`` in a new folder (as the unprivileged user
``nobody`` when the tests run as root: PostgreSQL refuses to run as root), listening on
127.0.0.1 at a free port and on a Unix socket in that folder, and waits until it accepts
connections (``pg_ctl start -w``, which fails loudly when it does not). The superuser
``bnldesk_admin`` connects through the socket without a password; other roles connect through
TCP with their passwords (SCRAM), as delegates do. :meth:`PgServer.stop` stops it and removes
the folder.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "bnldesk_admin"
DEBIAN_PACKAGE = "postgresql"


class PgUnavailable(RuntimeError):
    """No PostgreSQL binaries on this machine (the message names the Debian package)."""


def binaries() -> Path:
    """The folder of ``initdb``/``pg_ctl``: on PATH, else Debian's newest /usr/lib/postgresql."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise PgUnavailable(
            f"PostgreSQL is not installed (Debian package {DEBIAN_PACKAGE}; "
            "python3 dev.py test installs it as root)"
        )
    return Path(candidates[-1]).parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    bin_dir: Path
    run_as: str | None

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def admin_url(self, database: str = "postgres") -> str:
        """The superuser's URL (through the socket, no password)."""
        return f"postgresql://{ADMIN}@/{database}?host={self.socket_dir}&port={self.port}"

    def url(self, user: str, database: str, password: str | None = None) -> str:
        """A delegate's URL through TCP on loopback (``sslmode=disable``: no certificate here)."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run ``sql`` as the superuser; returns psql's unaligned output."""
        result = subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                ADMIN,
                "-d",
                database,
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def create_database(self, name: str) -> None:
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._stop_fast(wait_seconds=60)
        shutil.rmtree(self.folder, ignore_errors=True)

    def pause(self) -> None:
        """Stop the server as an administrator does (``pg_ctl stop -m fast``: connections are
        dropped, new ones refused), keeping its data for :meth:`resume`."""
        self._stop_fast(wait_seconds=120)

    def _stop_fast(self, *, wait_seconds: int) -> None:
        """``pg_ctl stop -m fast``, waiting up to ``wait_seconds`` for the server to end."""
        data = str(self.folder / "data")
        self._run(
            [
                str(self.bin_dir / "pg_ctl"),
                "stop",
                "-D",
                data,
                "-m",
                "fast",
                "-w",
                "-t",
                str(wait_seconds),
            ]
        )

    def resume(self) -> None:
        """Start the server (again) and wait until it accepts connections."""
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.socket_dir} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB"
        )
        self._run(
            [
                str(self.bin_dir / "pg_ctl"),
                "start",
                "-w",
                "-t",
                "120",
                "-D",
                str(self.folder / "data"),
                "-l",
                str(self.folder / "server.log"),
                "-o",
                options,
            ]
        )

    def _run(self, command: list[str]) -> subprocess.CompletedProcess[str]:
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


def start() -> PgServer:
    """Start a private server (see the module's docstring); raises :class:`PgUnavailable`."""
    bin_dir = binaries()
    run_as = None
    folder = Path(tempfile.mkdtemp(prefix="bnldesk-pg-"))
    if os.geteuid() == 0:
        run_as = "nobody"
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PgServer(folder, _free_port(), bin_dir, run_as)
    try:
        server._run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(folder / "data"),
                "-U",
                ADMIN,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        server._run(["mkdir", "-p", str(server.socket_dir)])
        server.resume()
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr or exc.stdout}\n{tail}") from exc
    return server
