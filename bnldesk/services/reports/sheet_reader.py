"""Opening a workbook someone hands us, without trusting it.

A notes sheet comes back from Excel, LibreOffice, a colleague's laptop or an attacker. Before
openpyxl reads a byte of XML, the archive is checked: a real ZIP, a bounded number of parts, a
bounded uncompressed size (a zip bomb is refused from its directory alone) and a bounded number
of rows per sheet (counted by streaming the compressed sheet, so a 1,048,576-row sheet is refused
in about a second). The XML is parsed through ``defusedxml`` (openpyxl uses it when installed),
so an XXE or "billion laughs" sheet is refused with one line, never expanded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from bnldesk.domain.errors import BnldeskError
from bnldesk.store.hold import refuse_open_database

MAX_FILE_BYTES = 300 * 1024 * 1024  # as stored on disk
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # all parts, uncompressed
MAX_PARTS = 5_000
MAX_ROWS = 250_000  # per sheet; a notes sheet of the benchmark's 100,000 notes fits easily
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
_CHUNK = 1 << 20


class RoundTripError(BnldeskError):
    """The file cannot be read as an annotations sheet; the message says why (one line)."""


def _count_rows(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> int:
    """Rows in a worksheet part, counted on the stream; stops once past ``limit``."""
    count = 0
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            count += len(_ROW_TAG.findall(data))
            # Keep a short tail so that a tag cut between two chunks is counted once.
            cut = data.rfind(b"<", max(0, len(data) - 32))
            tail = data[cut:] if cut >= 0 and not _ROW_TAG.match(data, cut) else b""
            if count > limit:
                break
    return count


def check_archive(path: Path, *, max_rows: int = MAX_ROWS) -> None:
    """Refuse a file that is not a reasonable workbook before any XML is parsed."""
    name = path.name
    if not path.is_file():
        raise RoundTripError(f"{path} does not exist", code="sheet_missing", values=(str(path),))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise RoundTripError(
            f"{name} is {size // 2**20} MB; bnldesk reads notes sheets up to 300 MB",
            code="sheet_too_large",
            values=(name, size // 2**20),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_PARTS:
                raise RoundTripError(
                    f"{name} has {len(members)} parts; this is not a notes sheet",
                    code="not_a_notes_sheet",
                    values=(name,),
                )
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_UNCOMPRESSED_BYTES:
                raise RoundTripError(
                    f"{name} would unpack to {unpacked // 2**20} MB (a zip bomb?); bnldesk does "
                    "not open it",
                    code="sheet_zip_bomb",
                    values=(name,),
                )
            for member in members:
                if member.filename.startswith("xl/worksheets/") and member.filename.endswith(
                    ".xml"
                ):
                    rows = _count_rows(archive, member, max_rows)
                    if rows > max_rows:
                        raise RoundTripError(
                            f"{name} has more than {max_rows:,} rows in one sheet; bnldesk "
                            "reads notes sheets up to that size (export fewer notes per file)",
                            code="sheet_too_many_rows",
                            values=(name, max_rows),
                        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise RoundTripError(
            f"{name} is not an Excel workbook (.xlsx) that bnldesk can read",
            code="not_an_xlsx",
            values=(name,),
        ) from exc
    except OSError as exc:
        raise RoundTripError(
            f"cannot read {path} ({exc.strerror or exc})",
            code="sheet_unreadable",
            values=(str(path),),
        ) from exc


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``kind`` is ``exc`` or in its chain (openpyxl wraps parser errors in ValueError)."""
    seen: BaseException | None = exc
    for _ in range(20):
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _refusal(name: str, exc: BaseException) -> RoundTripError:
    if _caused_by(exc, DefusedXmlException):
        return RoundTripError(
            f"{name} declares XML entities or external references (an XXE or 'billion laughs' "
            "attack?); bnldesk does not read it",
            code="sheet_hostile_xml",
            values=(name,),
        )
    return RoundTripError(
        f"{name} is damaged or not an Excel workbook (.xlsx) ({type(exc).__name__})",
        code="sheet_damaged",
        values=(name,),
    )


# What openpyxl and the XML parsers raise on a hostile or broken file.
_READ_ERRORS: tuple[type[BaseException], ...] = (
    DefusedXmlException,
    ElementTree.ParseError,
    InvalidFileException,
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    EOFError,
    OSError,
)
try:  # openpyxl parses some parts with lxml when it is installed
    from lxml.etree import LxmlError

    _READ_ERRORS = (*_READ_ERRORS, LxmlError)
except ImportError:  # pragma: no cover - lxml is optional
    pass


@contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """The checked workbook, read-only (formulas as typed, never evaluated). Every failure to
    read it, during opening or while rows are read inside the block, is a RoundTripError;
    the open database chosen by mistake an ``OpenDatabaseFileError``."""
    refuse_open_database(path)  # reading it would drop this process's locks on it (trial 9)
    check_archive(path)
    # Our own handle: openpyxl leaves its archive open when a part fails to parse.
    with path.open("rb") as handle:
        try:
            workbook = load_workbook(handle, read_only=True, data_only=False, keep_links=False)
        except _READ_ERRORS as exc:
            raise _refusal(path.name, exc) from exc
        try:
            yield workbook
        except RoundTripError:
            raise
        except _READ_ERRORS as exc:
            raise _refusal(path.name, exc) from exc
        finally:
            workbook.close()
