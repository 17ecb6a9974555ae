"""What the seventh delegate re-check left on the command line:

- ``meeting show N`` (text) did not name the meeting's workgroup (only ``--json`` did);
- ``brief --out`` (and ``share --out``, ``meeting ics --out``, the workbook exports) replaced an
  existing file without a word, where the window asks first: the command line asks nothing,
  so its line says the file was replaced;
- a missing required argument pointed at ``bnldesk --help``, which lists only the commands,
  not at the help of the command mistyped (``bnldesk brief --help``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bnldesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's mistakes end the program
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_meeting_show_names_the_meetings_workgroup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    assert (
        run(
            capsys,
            "--db",
            db,
            "meeting",
            "add",
            "--workgroup",
            "SENN-CRISE",
            "--title",
            "Crisisoverleg",
            "--start",
            "2026-12-08 10:00",
        )[0]
        == 0
    )
    assert run(capsys, "--db", db, "meeting", "add", "--title", "Losse vergadering")[0] == 0
    code, out, _ = run(capsys, "--db", db, "meeting", "show", "1")
    assert code == 0
    assert "workgroup: SENN-CRISE · Strategische werkgroep Crisisbeheersing" in out.splitlines()
    code, out, _ = run(capsys, "--db", db, "meeting", "show", "2")
    assert code == 0 and "workgroup: none" in out.splitlines()


def test_an_existing_out_file_is_replaced_with_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    brief, bundle, sheet = tmp_path / "b.pdf", tmp_path / "n.bnlnotes", tmp_path / "w.xlsx"
    commands = {
        brief: ["brief", "--workgroup", "SENN-CRISE", "--out", str(brief)],
        bundle: ["share", "--out", str(bundle)],
        sheet: ["export-workgroups", "--out", str(sheet)],
    }
    for path, command in commands.items():
        code, out, err = run(capsys, "--db", db, *command)
        assert code == 0, err
        assert "replaced" not in out, out  # a new file: nothing to say
        path.write_bytes(b"an older file")
        code, out, err = run(capsys, "--db", db, *command)
        assert code == 0, err
        assert out.strip().endswith("(replaced the file that was there)"), out
        assert path.read_bytes() != b"an older file"


@pytest.mark.parametrize(
    ("argv", "helped"),
    [
        (["brief", "--out", "x.pdf"], "bnldesk brief --help"),
        (["meeting", "show"], "bnldesk meeting show --help"),
        (["note"], "bnldesk note --help"),
        (["nonsense"], "bnldesk --help"),
    ],
)
def test_a_usage_mistake_points_at_the_help_of_the_command_mistyped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], helped: str
) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), *argv)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.strip().endswith(f"(see '{helped}')"), err
