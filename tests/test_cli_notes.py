"""The command line does what the note editor does: position, state, consult list, priority,
status, tags, visibility, and action items with owner and due date (issue 12, item 7)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bnldesk.cli import main
from bnldesk.domain.models import ActionItem, ActionStatus, Annotation
from bnldesk.store.engine import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored_note(db: Path, note_id: int) -> Annotation:
    store = open_store(db)
    try:
        with store.read() as s:
            note = s.get(Annotation, note_id)
            assert note is not None
            _ = [t.name for t in note.tags], [a.title for a in note.actions]
            s.expunge(note)
            return note
    finally:
        store.close()


def test_annotate_with_every_field_then_edit_some(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run(
        capsys, "--db", db, "annotate", "SENN-CRISE", "Oefening 2027",
        "--position", "Steun, mits binnen budget", "--position-state", "reservation",
        "--consult", "FOD Binnenlandse Zaken", "--priority", "high", "--status", "in_progress",
        "--tag", "oefening", "--visibility", "delegation", "--json",
    )  # fmt: skip
    assert code == 0
    note_id = json.loads(out)["id"]
    note = stored_note(Path(db), note_id)
    assert (note.position_text, note.position_state.value) == (
        "Steun, mits binnen budget",
        "reservation",
    )
    assert (note.consult, int(note.priority), note.status.value) == (
        "FOD Binnenlandse Zaken",
        3,
        "in_progress",
    )
    assert [t.name for t in note.tags] == ["oefening"]
    assert note.visibility.value == "delegation"

    code, out, _ = run(
        capsys, "--db", db, "note", "edit", str(note_id), "--position-state", "agreed",
        "--priority", "low", "--tag", "akkoord", "--untag", "oefening", "--status", "done",
    )  # fmt: skip
    assert code == 0, out
    note = stored_note(Path(db), note_id)
    assert note.position_state.value == "agreed"
    assert int(note.priority) == 1
    assert note.status.value == "done"
    assert [t.name for t in note.tags] == ["akkoord"]
    assert note.body == "Oefening 2027"  # untouched: not given
    assert note.consult == "FOD Binnenlandse Zaken"


def test_action_add_and_edit_with_owner_and_due_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    _, out, _ = run(capsys, "--db", db, "annotate", "SENN-CRISE", "Actiepunten", "--json")
    note_id = json.loads(out)["id"]
    code, out, _ = run(
        capsys, "--db", db, "action", "add", str(note_id), "Standpunt rondsturen",
        "--owner", "An Peeters", "--due", "2026-12-15",
    )  # fmt: skip
    assert code == 0
    store = open_store(Path(db))
    try:
        with store.read() as s:
            action = s.scalars(select(ActionItem)).one()
            assert (action.owner, action.due_date) == ("An Peeters", dt.date(2026, 12, 15))
            action_id = action.id
    finally:
        store.close()
    code, _, _ = run(
        capsys, "--db", db, "action", "edit", str(action_id), "--due", "2027-01-15",
        "--status", "done",
    )  # fmt: skip
    assert code == 0
    store = open_store(Path(db))
    try:
        with store.read() as s:
            action = s.scalars(select(ActionItem)).one()
            assert action.due_date == dt.date(2027, 1, 15)
            assert action.status == ActionStatus.DONE
            assert action.owner == "An Peeters"
    finally:
        store.close()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["note", "edit", "999", "--status", "done"], "there is no note 999"),
        (["action", "edit", "999", "--status", "done"], "there is no action item 999"),
        (
            ["action", "add", "1", "x", "--due", "15-13-2026"],
            "'15-13-2026' is not a date (for example",
        ),
        (["annotate", "SENN-CRISE", "x", "--priority", "urgent"], "is not a priority"),
    ],
)
def test_mistakes_get_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    try:
        code = main(["--db", str(tmp_path / "x.db"), *argv])
    except SystemExit as exc:  # argparse refuses a malformed value before the command runs
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code in (1, 2)
    assert message in err and err.count("\n") == 1


def test_a_section_number_with_plan_is_that_years_section(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The demo plans of 2013 and 2022 both have a section 5.2, with other titles; 5.7 is only
    in 2013's plan and 1.1 only in 2022's. ``--plan`` says which year's section a note is on,
    and a number that year's plan lacks is refused, not taken from the other year."""
    db = ["--db", str(db_path)]
    notes = [
        ("5.2", "2013", "5.2 Rampenbestrijding en crisisbeheersing"),
        ("5.2", "2022", "5.2 De Grande Région"),
        ("5.7", "2013", "5.7 Fiscale samenwerking en strijd tegen de fraude"),
        ("1.1", "2022", "1.1 Mobiliteit, de ruggengraat van de Benelux interne markt"),
    ]
    for number, year, _title in notes:
        assert main([*db, "annotate", number, f"Standpunt {year}", "--plan", year, "--json"]) == 0
    added = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [note["target"] for note in added] == [title for _number, _year, title in notes]
    for number, year in (("5.7", "2022"), ("1.1", "2013")):
        assert main([*db, "annotate", number, "Nergens", "--plan", year]) == 1
        assert capsys.readouterr().err == f"bnldesk: no section {number} in the {year} plan\n"
    store = open_store(db_path)
    try:
        with store.transaction() as session:
            bodies = session.scalars(select(Annotation.body).order_by(Annotation.id)).all()
    finally:
        store.close()
    assert bodies == ["Standpunt 2013", "Standpunt 2022", "Standpunt 2013", "Standpunt 2022"]


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_note_show_gives_due_dates_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:  # fmt: skip
    """Trial 18: `note show` printed "2026-12-03" where the window shows 03/12/2026."""
    monkeypatch.setenv("LANGUAGE", language)
    db = str(tmp_path / "x.db")
    _, out, _ = run(capsys, "--db", db, "annotate", "SENN-CRISE", "Suivi", "--json")
    note_id = str(json.loads(out)["id"])
    assert run(capsys, "--db", db, "action", "add", note_id, "Note", "--due", "2026-12-03")[0] == 0
    code, out, _ = run(capsys, "--db", db, "note", "show", note_id)
    assert code == 0 and "03/12/2026" in out and "2026-12-03" not in out, out
    _, out, _ = run(capsys, "--db", db, "note", "show", note_id, "--json")
    assert "2026-12-03" in out  # JSON keeps ISO dates for programs
