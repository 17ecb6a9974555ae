"""Reading a published document into lines of text: PDF, DOCX, plain text and Markdown.

Every reader returns a list of lines (no line ends). The size is checked before anything is read,
so a 100 MB file is refused at once; every failure of a format library becomes a
:class:`DocumentImportError` with one line for the delegate.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bnldesk.services.importer.blocks import render_lines
from bnldesk.services.importer.docx_reader import docx_blocks
from bnldesk.services.importer.errors import DocumentImportError
from bnldesk.services.importer.pdf_reader import pdf_blocks
from bnldesk.store.hold import refuse_open_database

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000
MAX_PDF_PAGES = 2000

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")

Progress = Callable[[float, str], None]


def _sniff(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    return "text"


def read_lines(path: Path, progress: Progress | None = None) -> list[str]:
    """The text of ``path`` as lines; raises :class:`DocumentImportError` for unusable files."""
    return read_text(path, progress)[0]


def read_text(path: Path, progress: Progress | None = None) -> tuple[list[str], list[int]]:
    """The lines of ``path`` and the page each comes from (0 for formats without pages).

    Raises :class:`DocumentImportError` with one line for a file that cannot be used.
    """
    data = _file_bytes(path)
    return _lines_of(data, path.name, path.suffix.lower(), progress)


def _file_bytes(path: Path) -> bytes:
    """The bytes of ``path``, once it is known to be a file of a plan's size (at most
    :data:`MAX_FILE_BYTES`); raises :class:`DocumentImportError` otherwise."""
    name = path.name
    try:
        if not path.exists():
            raise DocumentImportError(f"{name}: no such file", code="no_such_file", values=(name,))
        if path.is_dir():
            raise DocumentImportError(
                f"{name} is a folder, not a document", code="is_folder", values=(name,)
            )
        size = path.stat().st_size
    except OSError as exc:
        raise _cannot_read(name, exc) from exc
    # The database itself (or its log) chosen by mistake: reading it would drop this
    # process's locks on it (trial 9).
    refuse_open_database(path)
    if size == 0:
        raise DocumentImportError(f"{name} is empty", code="file_empty", values=(name,))
    if size > MAX_FILE_BYTES:
        megabytes, limit = round(size / 1024 / 1024), MAX_FILE_BYTES // 1024 // 1024
        raise DocumentImportError(
            f"{name} is too large ({size / 1024 / 1024:.0f} MB; a plan is at most {limit} MB)",
            code="file_too_large",
            values=(name, megabytes, limit),
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _cannot_read(name, exc) from exc


def _cannot_read(name: str, exc: OSError) -> DocumentImportError:
    return DocumentImportError(
        f"{name}: cannot read the file ({exc.strerror})", code="cannot_read_file", values=(name,)
    )


def _lines_of(
    data: bytes, name: str, suffix: str, progress: Progress | None
) -> tuple[list[str], list[int]]:
    """The lines of a file's ``data`` and their pages, read as what its first bytes say it is
    (a PDF, a ZIP: Word, an old Office file, else text) and its name's ``suffix`` agrees
    with; raises :class:`DocumentImportError` where they disagree or the type is unknown."""
    kind = _sniff(data[:8])
    if suffix == ".pdf" or kind == "pdf":
        if kind != "pdf":
            what = {"zip": "an Office or ZIP file", "ole": "an old Office file"}.get(
                kind, "not a PDF"
            )
            raise DocumentImportError(
                f"{name} is not a PDF file ({what} renamed to .pdf?)",
                code="not_a_pdf",
                values=(name,),
            )
        return _pdf_lines(data, name, progress)
    if suffix == ".docx" or kind == "zip":
        if kind != "zip":
            raise DocumentImportError(
                f"{name} is not a Word .docx file", code="not_a_docx", values=(name,)
            )
        return render_lines(docx_blocks(data, name, MAX_TEXT_CHARS))
    if kind == "ole":
        raise DocumentImportError(
            f"{name} is an old binary Office file; save it as .docx or PDF",
            code="old_office_file",
            values=(name,),
        )
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise DocumentImportError(
            f"{name}: unsupported file type {suffix} (use PDF, DOCX, TXT or MD)",
            code="unsupported_type",
            values=(name, suffix),
        )
    lines = _text_lines(data, name)
    return lines, [0] * len(lines)


def _text_lines(data: bytes, name: str) -> list[str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # "Unicode" text as Windows Notepad saves it (UTF-16 with a byte order mark).
        try:
            return _split(data.decode("utf-16"), name)
        except UnicodeDecodeError as exc:
            raise DocumentImportError(
                f"{name} is damaged UTF-16 text", code="damaged_utf16", values=(name,)
            ) from exc
    if data.lstrip().startswith(b"{\\rtf"):
        raise DocumentImportError(
            f"{name} is a Rich Text (RTF) file; save it as .docx or PDF",
            code="rtf_file",
            values=(name,),
        )
    if b"\x00" in data[:4096]:
        raise DocumentImportError(
            f"{name} is a binary file, not text", code="binary_file", values=(name,)
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly everything
        text = data.decode("latin-1")
    return _split(text, name)


def _split(text: str, name: str) -> list[str]:
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentImportError(
            f"{name} holds too much text to be a plan", code="too_much_text", values=(name,)
        )
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _pdf_lines(data: bytes, name: str, progress: Progress | None) -> tuple[list[str], list[int]]:
    blocks = pdf_blocks(
        data, name, max_pages=MAX_PDF_PAGES, max_chars=MAX_TEXT_CHARS, progress=progress
    )
    if all(not (b.heading_level or b.list_level) for b in blocks):
        # A printed text: its lines as drawn, as a text file would give them.
        return [b.text for b in blocks], [b.page for b in blocks]
    return render_lines(blocks)
