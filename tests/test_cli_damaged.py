"""The command line refuses a damaged database as the window does (trial 14: ``list
annotations`` on a copy damaged with ``dd ... seek=8192`` listed every note and exited 0 while
the window refused the file; ``check`` said its verdict in English under a French locale).

Every command that opens the database, reading or writing, runs the window's start-up check
first: one line on stderr in the delegate's language, exit 1, nothing on stdout, the file left
as it is. ``check``, ``backup`` and ``restore`` still work on it (they exist for it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bnldesk.cli import main
from bnldesk.services import backup
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.store.engine import open_store

# Each command reads or writes the database; arguments that would be right on a sound file.
COMMANDS = [
    ["list", "annotations"],
    ["list", "workgroups", "--json"],
    ["search", "police"],
    ["note", "show", "1"],
    ["annotate", "SENN-CRISE", "une note"],
    ["action", "add", "1", "appeler"],
    ["conflicts"],
    ["export-annotations", "--out", "OUT/notes.xlsx"],
    ["brief", "--workgroup", "SENN-CRISE", "--out", "OUT/brief.pdf"],
    ["share", "--out", "OUT/notes.bnlnotes"],
]
SAID = {
    "fr": "est endommagé ; restaurez une sauvegarde",
    "nl": "is beschadigd",
    "en": "is damaged; restore it from a backup",
}


def _damaged(tmp_path: Path, *, with_backup: bool = True) -> Path:
    """A database with a note and (``with_backup``) a backup, then 4 KB from offset 8192
    overwritten, as the trial's ``dd if=/dev/urandom of=COPY bs=1 count=4096 seek=8192
    conv=notrunc``."""
    db = tmp_path / "lu.db"
    store = open_store(db)
    with store.transaction() as s:
        add_annotation(s, resolve_target(s, "SENN-CRISE"), NoteFields(body="la note"))
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if with_backup:
        backup.backup_database(db, "manual")
    with db.open("r+b") as fh:
        fh.seek(8192)
        fh.write(bytes(range(256)) * 16)
    return db


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_every_command_refuses_a_damaged_database_in_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    db = _damaged(tmp_path)
    damaged = db.read_bytes()
    (tmp_path / "OUT").mkdir()
    monkeypatch.setenv("LANGUAGE", language)
    for argv in COMMANDS:
        argv = [arg.replace("OUT/", f"{tmp_path}/OUT/") for arg in argv]
        code = main(["--db", str(db), *argv])
        out, err = capsys.readouterr()
        assert code == 1, (argv, out, err)
        assert out == "", (argv, out)
        assert err.count("\n") == 1 and "Traceback" not in err, (argv, err)
        assert err.replace("\u00a0", " ").startswith(f"bnldesk: {db} {SAID[language]}"), (
            argv,
            err,
        )
        assert "quick_check" not in err and "btree" not in err.lower()
    assert db.read_bytes() == damaged
    assert list((tmp_path / "OUT").iterdir()) == []


def test_check_says_its_verdict_in_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _damaged(tmp_path)
    monkeypatch.setenv("LANGUAGE", "fr")
    assert main(["--db", str(db), "check"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.replace("\u00a0", " ") == (
        f"{db} est endommagé : restaurez une sauvegarde (bnldesk restore) ; ce que SQLite a "
        "trouvé figure dans le journal\n"
    )
    # The way out still works on it: restore the backup, then every command reads again.
    (made,) = backup.list_backups(db)
    assert main(["--db", str(db), "restore", str(made.path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "check", "--quick"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].replace("\u00a0", " ") == (
        f"{db} : en ordre (quick_check, foreign_key_check)"
    )
    assert main(["--db", str(db), "list", "annotations"]) == 0
    assert "la note" in capsys.readouterr().out


NO_BACKUP = {
    "fr": "est endommagé et n'a pas de sauvegarde ; laissez le fichier tel quel",
    "nl": "is beschadigd en er is geen reservekopie van; laat het bestand zoals het is",
    "en": "is damaged and has no backup; keep the file as it is",
}


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_damaged_without_backup_does_not_send_for_one(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    """Trial 15: with no backup anywhere, "restore it from a backup" sent the delegate
    looking for one; the line says to keep the file and ask for help instead."""
    db = _damaged(tmp_path, with_backup=False)
    damaged = db.read_bytes()
    monkeypatch.setenv("LANGUAGE", language)
    assert main(["--db", str(db), "list", "annotations"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.replace("\u00a0", " ").startswith(f"bnldesk: {db} {NO_BACKUP[language]}"), err
    assert "restore" not in err and "restaur" not in err and "terug" not in err
    assert main(["--db", str(db), "check"]) == 1
    out, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert (
        err.replace("\u00a0", " ")
        .replace(":", ";")
        .startswith(f"{db} {NO_BACKUP[language]}".replace(":", ";"))
    ), err
    assert db.read_bytes() == damaged


@pytest.mark.parametrize("how", ["--db", "BNLDESK_DB"])
def test_a_database_in_a_missing_folder_is_not_made(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    how: str,
) -> None:
    """Trial 15: ``--db`` naming a mistyped folder silently made that folder with a new demo
    database in it; now one line in the delegate's language, exit 1, nothing made."""
    wanted = tmp_path / "delegatoin" / "bnldesk.db"
    for language, said in (
        ("en", f"bnldesk: the folder of {wanted} does not exist: check the path"),
        ("fr", f"bnldesk: le dossier de {wanted} n'existe pas : vérifiez le chemin"),
    ):
        monkeypatch.setenv("LANGUAGE", language)
        if how == "--db":
            code = main(["--db", str(wanted), "list", "workgroups"])
        else:
            monkeypatch.setenv("BNLDESK_DB", str(wanted))
            code = main(["list", "workgroups"])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and err.replace("\u00a0", " ").startswith(said), err
    assert not wanted.parent.exists()
    # A new file in a folder that exists is still made, as on first use.
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.delenv("BNLDESK_DB", raising=False)
    made = tmp_path / "bnldesk.db"
    assert main(["--db", str(made), "list", "workgroups"]) == 0
    assert made.is_file()
