"""The command line speaks the delegate's language (trial 12, D4: under LANG=fr_BE with the
window in French, `note show`, errors, `export-annotations`, `brief` and `meeting ics` were
English).

One rule for every command (bnldesk.preferences.command_line_language): ``--language`` where
the command has it, else the window's preferences, else LANGUAGE / LC_ALL / LC_MESSAGES /
LANG, else English. conftest starts each test with LANG=C.UTF-8 and no other locale variable;
the tests here set the environment they need.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from bnldesk.cli import main
from bnldesk.preferences import command_line_language, environment_language
from bnldesk.store.engine import Store


@pytest.fixture
def preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window's preferences file for the test (none written yet)."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("BNLDESK_SETTINGS", str(path))
    return path


def _prefer(path: Path, language: str) -> None:
    """The preferences file as QSettings writes Préférences > Langue."""
    path.write_text(f"[prefs]\nlanguage={language}\ndelegation=BE\n", encoding="utf-8")


def test_the_one_rule(preferences: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert command_line_language() == "en"  # LANG=C.UTF-8, no preferences
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert command_line_language() == "fr"
    monkeypatch.setenv("LC_MESSAGES", "nl_BE.UTF-8")
    assert command_line_language() == "nl"  # LC_MESSAGES before LANG
    monkeypatch.setenv("LANGUAGE", "de:fr:nl")
    assert command_line_language() == "fr"  # the first of ours in the list
    _prefer(preferences, "system")
    assert command_line_language() == "fr"  # "as the system": the environment decides
    _prefer(preferences, "en")
    assert command_line_language() == "en"  # the window's choice beats the environment
    assert command_line_language("nl") == "nl"  # --language beats everything
    assert environment_language({"LANG": "C", "LC_ALL": "POSIX"}) is None
    assert environment_language({"LC_ALL": "fr_LU@euro"}) == "fr"


def test_note_show_in_french(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store.path)
    assert (
        main(
            [
                "--db",
                db,
                "annotate",
                "SENN-CRISE",
                "Réserve sur le calendrier",
                "--priority",
                "high",
            ]
        )
        == 0
    )
    capsys.readouterr()
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    assert main(["--db", db, "note", "show", "1"]) == 0
    out = capsys.readouterr().out.replace("\u00a0", " ").splitlines()
    assert out[0] == "note 1 sur Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    assert "  Texte : Réserve sur le calendrier" in out
    assert "  Priorité : haute" in out
    assert "  Visibilité : privée" in out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["--db", db, "note", "show", "1"]) == 0
    assert "  Priority: high" in capsys.readouterr().out


def test_errors_in_the_locale_language(
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    db = str(store.path)
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert main(["--db", db, "annotate", "NOPE", "tekst"]) == 1
    assert capsys.readouterr().err.strip() == (
        "bnldesk: „NOPE” is geen werkgroepcode, geen onderdeelnummer en geen object-id (bv. item:12)"
    )
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    fake = tmp_path / "plan.pdf"
    fake.write_text("pas un PDF", encoding="utf-8")
    assert main(["--db", db, "import", str(fake)]) == 1
    err = capsys.readouterr().err.replace("\u00a0", " ")
    assert "plan.pdf n'est pas un fichier PDF" in err
    missing = tmp_path / "absent.pdf"
    assert main(["--db", db, "import", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == f"bnldesk: {missing} n'existe pas (ou plus)"


def test_export_annotations_follows_the_preferences(
    store: Store, preferences: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = str(store.path)
    assert (
        main(["--db", db, "annotate", "SENN-CRISE", "Standpunt", "--visibility", "delegation"]) == 0
    )
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    _prefer(preferences, "fr")  # the window in French on a Dutch desktop
    out = tmp_path / "notes.xlsx"
    assert main(["--db", db, "export-annotations", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert "À propos" in book.sheetnames
    headers = [cell.value for cell in book[book.sheetnames[0]][1]]
    assert "Type d'objet" in headers and "Target kind" not in headers
    english = tmp_path / "notes-en.xlsx"
    assert main(["--db", db, "export-annotations", "--out", str(english), "--language", "en"]) == 0
    assert "About this file" in openpyxl.load_workbook(english).sheetnames


def test_brief_and_calendar_in_the_locale_language(
    store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = str(store.path)
    assert (
        main(
            [
                "--db",
                db,
                "meeting",
                "add",
                "--workgroup",
                "SENN-CRISE",
                "--title",
                "Réunion crise",
                "--start",
                "2026-12-07 10:00",
                "--chair",
                "Présidence LU",
                "--agenda",
                "SENN-CRISE",
            ]
        )
        == 0
    )
    connection = sqlite3.connect(db)
    meeting_id = connection.execute("SELECT max(id) FROM meeting").fetchone()[0]
    connection.close()
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    pdf = tmp_path / "brief.pdf"
    assert main(["--db", db, "brief", "--meeting", str(meeting_id), "--out", str(pdf)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "BRIEFING DE RÉUNION" in text.upper() and "MEETING BRIEF" not in text.upper()
    ics = tmp_path / "meeting.ics"
    assert main(["--db", db, "meeting", "ics", str(meeting_id), "--out", str(ics)]) == 0
    calendar = ics.read_text(encoding="utf-8").replace("\r\n ", "").replace("\\n", "\n")
    assert "Présidence : Présidence LU" in calendar.replace("\u00a0", " ")
    assert "Ordre du jour :" in calendar.replace("\u00a0", " ")
    assert "Chair:" not in calendar
