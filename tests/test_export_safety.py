"""User text is data, and files are written atomically with clear messages on failure."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import fault_support
import openpyxl
import pypdf
import pytest
from export_helpers import fill_sample

from bnldesk.services import files
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
    ExportError,
    ExportFilters,
    XlsxOptions,
    export_brief,
    export_workbook,
)
from bnldesk.services.reports.pdf_text import para
from bnldesk.services.reports.safe import atomic_write, clean_text, excel_text
from bnldesk.store.engine import Store

pytestmark = pytest.mark.both_backends

NASTY = [
    "<b>bold?</b> & </para> <font size=40>x</font> &amp; <br/>",
    '=HYPERLINK("http://evil.example","click")',
    "=cmd|' /C calc'!A0",
    "+31 6 1234 5678",
    "-2+3",
    "@SUM(A1:A2)",
    "#N/A",
    "a\x00b\x01c\x08d\x0be\x0cf\x1fg\ufffeh",
    "emoji 😀🇧🇪 and Arabic مرحبا بالعالم and Hebrew שלום",
    "W" * 5000,
]


def _add(store: Store, texts: list[str], *, target: str = "SENN-CRISE") -> None:
    with store.transaction() as s:
        t = resolve_target(s, target)
        for text in texts:
            add_annotation(s, t, NoteFields(body=text, position_text=text, visibility="delegation"))


def test_clean_text_keeps_everything_xml_can_carry() -> None:
    assert clean_text("a\x00b\x1fc\td\ne\r\nf\rg\ud800h\uffffi") == "a b c\td\ne\nf\ng h i"
    assert clean_text("ë € œ ł Ж 😀 مرحبا") == "ë € œ ł Ж 😀 مرحبا"
    assert para("<b>&</para>") == "&lt;b&gt;&amp;&lt;/para&gt;"
    assert len(excel_text("x" * 40_000)) == 32_767


def test_hostile_text_in_brief_and_workbook(empty_store: Store, tmp_path: Path) -> None:
    fill_sample(empty_store)
    _add(empty_store, NASTY)
    pdf = tmp_path / "nasty.pdf"
    export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), pdf)
    text = " ".join("\n".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages).split())
    assert "<b>bold?</b> & </para> <font size=40>x</font> &amp; <br/>" in text
    assert "=cmd|' /C calc'!A0" in text
    # Forbidden controls shown as spaces: no words run together (a server cannot store NUL at
    # all and keeps the text without it: bnldesk.store.backend).
    controls = "ab c d e f g h" if empty_store.is_server else "a b c d e f g h"
    assert controls in text
    assert "W" * 80 in text.replace(" ", "")  # the 5,000-character word wraps, not lost

    xlsx = tmp_path / "nasty.xlsx"
    export_workbook(empty_store, xlsx, ExportFilters(), XlsxOptions(kinds=["annotations"]))
    ws = openpyxl.load_workbook(xlsx)["Notes"]
    header = [c.value for c in ws[1]]
    cells = {
        c.value: c
        for c in (ws.cell(row=r, column=header.index("Text") + 1) for r in range(2, ws.max_row + 1))
    }
    for typed in NASTY[1:7]:
        assert typed in cells, typed
        assert cells[typed].data_type == "s"
    assert controls in cells
    assert "W" * 5000 in cells


def test_fifty_page_note_and_many_words(empty_store: Store, tmp_path: Path) -> None:
    fill_sample(empty_store)
    paragraph = "Dit is een lange alinea over grensoverschrijdende samenwerking. " * 12
    _add(empty_store, ["\n".join([paragraph] * 220), "Z" * 5000 + " einde"])
    pdf = tmp_path / "long.pdf"
    result = export_brief(empty_store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), pdf)
    assert result.pages >= 50
    reader = pypdf.PdfReader(str(pdf))
    assert len(reader.pages) == result.pages
    assert f"Page {result.pages} of {result.pages}" in reader.pages[-1].extract_text()


def test_missing_folder_and_folder_target(tmp_path: Path) -> None:
    with (
        pytest.raises(ExportError, match="does not exist"),
        atomic_write(tmp_path / "no" / "x.pdf"),
    ):
        pass
    with pytest.raises(ExportError, match="is a folder"), atomic_write(tmp_path):
        pass


def _no_leftovers(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


@pytest.fixture(params=["tmpfs", "fsync"])
def full_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A folder whose disk is full when an export writes there, with ``wg.xlsx`` in it.

    ``tmpfs``: a real 6 MB disk filled to the last byte (needs root, as CI runs).
    ``fsync``: the disk reports ENOSPC only when the file is flushed, as delayed allocation
    (ext4, XFS) and network shares do: the export writes everything, then ``fsync`` fails.
    """
    if request.param == "fsync":
        (tmp_path / "wg.xlsx").write_bytes(b"previous")
        with pytest.MonkeyPatch.context() as monkeypatch:

            def no_space(fd: int) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(files.os, "fsync", no_space)
            yield tmp_path
        return
    with fault_support.small_disk(tmp_path / "small-disk") as folder:
        if folder is None:
            pytest.skip("a real full disk needs a tmpfs, which only root can mount")
        (folder / "wg.xlsx").write_bytes(b"previous")
        filler = fault_support.fill(folder)
        yield folder
        filler.unlink()


# xlsxwriter leaves its ZipFile open when the disk fills; the ZipFile's __del__ then fails a
# second time ("Exception ignored"), after the export has already told the delegate.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_full_disk_keeps_the_previous_file(full_disk: Path, store: Store) -> None:
    workbook, brief = full_disk / "wg.xlsx", full_disk / "wg.pdf"
    with pytest.raises(ExportError, match=f"the disk holding {full_disk} is full"):
        export_workbook(store, workbook, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
    with pytest.raises(ExportError, match=f"the disk holding {full_disk} is full"):
        export_brief(store, BriefSubject(workgroup="SENN-CRISE"), BriefOptions(), brief)
    assert workbook.read_bytes() == b"previous"
    assert not brief.exists()
    _no_leftovers(full_disk)


def test_target_open_elsewhere(
    monkeypatch: pytest.MonkeyPatch, empty_store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "wg.xlsx"
    target.write_bytes(b"previous")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(files.os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program"):
        export_workbook(empty_store, target, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
    assert target.read_bytes() == b"previous"
    _no_leftovers(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"), atomic_write(folder / "x.pdf"):
            pass
    finally:
        folder.chmod(0o700)


def test_unwritable_folder_message() -> None:
    message = str(
        files._write_error(PermissionError(errno.EACCES, "denied"), Path("/srv/ro/x.xlsx"))
    )
    assert (
        message == "cannot write in the folder /srv/ro (permission denied); choose another folder"
    )


def test_successful_write_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")
    with atomic_write(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    _no_leftovers(tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize(
    ("umask", "mode"),
    [(0o077, 0o600), (0o027, 0o640), (0o002, 0o664)],
    ids=["umask-077", "umask-027", "umask-002"],
)
def test_a_written_file_gets_the_mode_of_any_new_file_without_touching_the_umask(
    monkeypatch: pytest.MonkeyPatch, empty_store: Store, tmp_path: Path, umask: int, mode: int
) -> None:
    """A delegate whose umask is 077 (a shared machine) gets a workbook only they can read,
    one with 002 a workbook their group can edit; and the umask is never changed to find out
    (os.umask sets it for every thread: a backup written meanwhile would get the wrong one)."""
    previous = os.umask(umask)
    changed: list[int] = []

    def watched(mask: int) -> int:
        changed.append(mask)
        return previous  # never reached when nothing changes the umask

    monkeypatch.setattr(os, "umask", watched)
    try:
        out = tmp_path / "werkgroepen.xlsx"
        export_workbook(empty_store, out, ExportFilters(), XlsxOptions(kinds=["workgroups"]))
        files.write_atomically(tmp_path / "agenda.ics", b"BEGIN:VCALENDAR\r\n")
    finally:
        monkeypatch.undo()
        os.umask(previous)
    assert changed == []
    assert out.stat().st_mode & 0o777 == mode
    assert (tmp_path / "agenda.ics").stat().st_mode & 0o777 == mode
    _no_leftovers(tmp_path)
