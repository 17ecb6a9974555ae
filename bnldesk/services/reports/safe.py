"""Making user text safe for the files we write, and writing those files safely.

User text is data everywhere: escaped before a reportlab ``Paragraph`` (so ``<b>`` and ``&`` show
as typed), stored as a string cell in openpyxl (so ``=HYPERLINK(...)`` is never a formula), and
stripped of the control characters that XML 1.0 cannot carry (both PDF text via reportlab's
parser and XLSX are XML underneath). Files are written to a temporary name in the target folder,
flushed to disk and renamed over the target, so a failed export never damages the previous file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

# Everything XML 1.0 forbids: C0 controls except tab/newline/carriage return, lone surrogates,
# and the two non-characters U+FFFE/U+FFFF.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?")
# Formula starters in spreadsheets (Excel, LibreOffice, and CSV consumers).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767


class ExportError(Exception):
    """A file could not be written; the message says why and what to do."""


def clean_text(text: str | None) -> str:
    """``text`` without XML-forbidden characters and with one kind of line break (``\\n``)."""
    if not text:
        return ""
    return _NEWLINES.sub("\n", _XML_FORBIDDEN.sub("", text))


def para(text: str | None) -> str:
    """User text as reportlab ``Paragraph`` markup that shows exactly what was typed."""
    cleaned = clean_text(text)
    return escape(cleaned).replace("\n", "<br/>")


def para_blocks(text: str | None, chunk: int = 2500) -> list[str]:
    """User text split into paragraph-sized pieces of markup, so that a very long note flows
    over pages (a single huge ``Paragraph`` splits slowly and cannot sit in a table)."""
    cleaned = clean_text(text).strip("\n")
    blocks: list[str] = []
    for line in cleaned.split("\n"):
        if not line.strip():
            continue
        while len(line) > chunk:
            cut = line.rfind(" ", chunk // 2, chunk)
            cut = cut + 1 if cut > 0 else chunk
            blocks.append(escape(line[:cut]))
            line = line[cut:]
        if line:
            blocks.append(escape(line))
    return blocks


def excel_text(text: str | None) -> str:
    """User text for an Excel cell: no forbidden characters, within Excel's per-cell limit."""
    cleaned = clean_text(text)
    if len(cleaned) > EXCEL_CELL_LIMIT:
        marker = f" [… {len(cleaned) - EXCEL_CELL_LIMIT + 40} characters cut]"
        cleaned = cleaned[: EXCEL_CELL_LIMIT - len(marker)] + marker
    return cleaned


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def _describe(exc: OSError, target: Path) -> str:
    folder = target.parent
    code = exc.errno
    if code == errno.ENOENT:
        return f"the folder {folder} does not exist; choose another folder"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write in the folder {folder} (permission denied); choose another folder"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk holding {folder} is full; free some space and try again"
    if code == errno.EISDIR:
        return f"{target} is a folder, not a file name"
    if code == errno.ENOTDIR:
        return f"{folder} is not a folder"
    return f"cannot write {target} ({exc.strerror or exc})"


@contextlib.contextmanager
def atomic_write(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in ``target``'s folder; on success it replaces ``target``.

    On any failure the temporary file is removed and ``target`` is left as it was; OS errors
    become :class:`ExportError` with a message a delegate can act on.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise ExportError(f"{target} is a folder, not a file name")
    if not target.parent.is_dir():
        raise ExportError(f"the folder {target.parent} does not exist; choose another folder")
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise ExportError(_describe(exc, target)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            raise ExportError(_describe(exc, target)) from exc
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise ExportError(
                f"{target} is open in another program (Excel, a PDF reader?) or read-only; "
                "close it and try again"
            ) from exc
        except OSError as exc:
            raise ExportError(_describe(exc, target)) from exc
        with contextlib.suppress(OSError):
            # Make the rename itself durable (POSIX only; Windows cannot open a folder).
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
