"""An export aimed at something that is not a file name says what stands there, naming it, in
the interface language; nothing is left behind.

Every writer (brief, workbook, notes sheet, bundle) writes through
``bnldesk.services.files.atomic_write``: a folder where the file should go, or a file where its
folder should be, is refused before anything is written, and a folder made under the file's
name while it was written is found when the finished file is moved into place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_support import refused_replacing

from bnldesk.services.files import ExportError, atomic_write, write_atomically
from bnldesk.ui.error_texts import error_text


def test_a_folder_chosen_as_the_file_is_named_in_dutch(tmp_path: Path, dutch: None) -> None:
    target = tmp_path / "Vergadering 12 maart.pdf"
    target.mkdir()
    with pytest.raises(ExportError) as raised:
        write_atomically(target, b"%PDF-1.4")
    assert str(raised.value) == f"{target} is a folder, not a file name"
    assert error_text(raised.value) == f"{target} is een map, geen bestandsnaam"
    assert list(target.iterdir()) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["Vergadering 12 maart.pdf"]


def test_a_file_where_the_folder_should_be_is_named_in_dutch(tmp_path: Path, dutch: None) -> None:
    folder = tmp_path / "Exports"
    folder.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError) as raised:
        write_atomically(folder / "werkgroepen.xlsx", b"PK")
    assert str(raised.value) == f"{folder} is not a folder"
    assert error_text(raised.value) == f"{folder} is geen map"
    assert folder.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_made_under_the_files_name_while_it_is_written_is_named(
    tmp_path: Path,
) -> None:
    target = tmp_path / "brief.pdf"
    with pytest.raises(ExportError) as raised, atomic_write(target) as part:
        part.write_bytes(b"%PDF-1.4 written")
        target.mkdir()  # another program makes a folder of that name meanwhile
    assert str(raised.value) == f"{target} is a folder, not a file name"
    assert target.is_dir() and list(target.iterdir()) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["brief.pdf"]  # no .part left


def test_a_file_that_cannot_be_replaced_is_named_in_dutch_and_french(
    tmp_path: Path, dutch: None
) -> None:
    """The window says which file to close (trial: it read "? is open in another program")."""
    from bnldesk.ui import i18n

    target = tmp_path / "Werkgroepen BE.xlsx"
    refused = refused_replacing(target)
    assert error_text(refused) == (
        f"{target} is geopend in een ander programma (Excel, een PDF-lezer?) of alleen-lezen; "
        "sluit het en probeer het opnieuw"
    )
    i18n.install("fr")
    assert error_text(refused) == (
        f"{target} est ouvert dans un autre programme (Excel, un lecteur PDF\u00a0?) ou en "
        "lecture seule\u00a0; fermez-le et réessayez"
    )
    assert target.read_bytes() == b"previous"
