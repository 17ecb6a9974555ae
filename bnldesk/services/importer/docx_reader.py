"""Word (.docx) documents as blocks: heading styles, outline levels, lists and Word's numbering.

Word keeps automatic numbers out of the text: a paragraph points (``w:numPr``, on itself or on
its style) at a list in ``numbering.xml``, whose level says how to print the number
(``w:lvlText`` "%1.%2.", ``w:numFmt`` decimal/letter/roman/bullet, ``w:start``). The numbers
are rendered here as a reader sees them, so "Veiligheid" under a numbered Heading 1 reads
"2. Veiligheid". Bulleted levels make list entries instead.

The archive is checked before anything is unpacked (entry count, unpacked size), so a zip
bomb is refused with one line.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from bnldesk.services.importer.blocks import Block
from bnldesk.services.importer.errors import DocumentImportError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# A plan in Word is a few hundred kB with a few dozen parts; far more is not a plan.
MAX_ENTRIES = 2000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed for one large part

_HEADING_NAME = re.compile(r"^(?:heading|kop|titre|überschrift|rubrique)\s*(\d)$", re.I)
_LIST_NAME = re.compile(r"^list\s*(?:bullet|number|continue|paragraph)\s*(\d)?$", re.I)


def check_archive(data: bytes, name: str) -> None:
    """Refuse archives that are not a Word document or would unpack to far too much."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise DocumentImportError(
                    f"{name} holds {len(infos)} files inside; a Word document has a few dozen "
                    "(refused as a possible zip bomb)",
                    code="zip_bomb",
                    values=(name,),
                )
            unpacked = sum(info.file_size for info in infos)
            if unpacked > MAX_UNPACKED_BYTES:
                raise DocumentImportError(
                    f"{name} would unpack to {unpacked // (1024 * 1024)} MB "
                    "(refused as a possible zip bomb)",
                    code="zip_bomb",
                    values=(name,),
                )
            for info in infos:
                if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise DocumentImportError(
                        f"{name}: {info.filename} is compressed {info.file_size // max(info.compress_size, 1)}"
                        " times (refused as a possible zip bomb)",
                        code="zip_bomb",
                        values=(name,),
                    )
            names = {info.filename for info in infos}
    except zipfile.BadZipFile as exc:
        raise DocumentImportError(
            f"{name} is a damaged .docx file", code="docx_damaged", values=(name,)
        ) from exc
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:
            raise DocumentImportError(
                f"{name} is a spreadsheet, not a Word document",
                code="spreadsheet_not_word",
                values=(name,),
            )
        if "ppt/presentation.xml" in names:
            raise DocumentImportError(
                f"{name} is a presentation, not a Word document",
                code="presentation_not_word",
                values=(name,),
            )
        if "content.xml" in names and "mimetype" in names:
            raise DocumentImportError(
                f"{name} is an OpenDocument file; save it as .docx or PDF to import it",
                code="opendocument_file",
                values=(name,),
            )
        raise DocumentImportError(
            f"{name} is not a Word document", code="not_a_word_document", values=(name,)
        )


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    style: str = ""


@dataclass
class _Numbering:
    """numbering.xml: lists (``w:num``) pointing at their definitions (``w:abstractNum``)."""

    abstract_of: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        abstract = self.abstract_of.get(num_id)
        if abstract is None:
            return None
        return self.levels.get(abstract, {}).get(ilvl)

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        abstract = self.abstract_of.get(num_id)
        for ilvl, level in self.levels.get(abstract or "", {}).items():
            if level.style == style_id:
                return ilvl
        return None

    def next_number(self, num_id: str, ilvl: int) -> str:
        """Count one more paragraph at ``ilvl`` of list ``num_id``; the number as printed."""
        abstract = self.abstract_of[num_id]
        levels = self.levels.get(abstract, {})
        counters = self.counters.setdefault(abstract, {})
        overrides = self.overrides.get(num_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restart_level, restart_at in overrides.items():
                counters[restart_level] = restart_at - 1
                for deeper in [k for k in counters if k > restart_level]:
                    del counters[deeper]
        level = levels.get(ilvl, _Level())
        counters[ilvl] = counters.get(ilvl, overrides.get(ilvl, level.start) - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def printed(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            other = levels.get(index, _Level())
            count = counters.get(index, other.start)
            return _format(count, other.fmt)

        return re.sub(r"%(\d)", printed, level.text)


def _format(count: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalZero"):
        return f"{count:02d}" if fmt == "decimalZero" else str(count)
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        number = count
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(count)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "none":
        return ""
    return str(count)


def _roman(number: int) -> str:
    out = ""
    for value, symbol in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while number >= value:
            out += symbol
            number -= value
    return out


def _attr(element: Any, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return found.get(f"{W}val") if found is not None else None


def _read_numbering(document: Any) -> _Numbering:
    numbering = _Numbering()
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return numbering
    for abstract in root.findall(f"{W}abstractNum"):
        abstract_id = abstract.get(f"{W}abstractNumId", "")
        levels: dict[int, _Level] = {}
        for lvl in abstract.findall(f"{W}lvl"):
            ilvl = int(lvl.get(f"{W}ilvl", "0"))
            start = _attr(lvl, f"{W}start")
            levels[ilvl] = _Level(
                start=int(start) if start and start.lstrip("-").isdigit() else 1,
                fmt=_attr(lvl, f"{W}numFmt") or "decimal",
                text=_attr(lvl, f"{W}lvlText") or "",
                style=_attr(lvl, f"{W}pStyle") or "",
            )
        numbering.levels[abstract_id] = levels
    for num in root.findall(f"{W}num"):
        num_id = num.get(f"{W}numId", "")
        abstract_id = _attr(num, f"{W}abstractNumId")
        if abstract_id is not None:
            numbering.abstract_of[num_id] = abstract_id
        for override in num.findall(f"{W}lvlOverride"):
            start = _attr(override, f"{W}startOverride")
            if start and start.isdigit():
                ilvl = int(override.get(f"{W}ilvl", "0"))
                numbering.overrides.setdefault(num_id, {})[ilvl] = int(start)
    return numbering


@dataclass
class _Style:
    name: str
    num_id: str | None
    ilvl: int | None
    outline: int | None


def _read_styles(document: Any) -> dict[str, _Style]:
    """Paragraph styles by id, with numbering and outline level inherited from ``basedOn``."""
    raw: dict[str, tuple[str, str | None, str | None, str | None, str | None]] = {}
    for style in document.styles.element.findall(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else style_id
        ppr = style.find(f"{W}pPr")
        num_id = _attr(ppr, f"{W}numPr/{W}numId")
        ilvl = _attr(ppr, f"{W}numPr/{W}ilvl")
        outline = _attr(ppr, f"{W}outlineLvl")
        based = _attr(style, f"{W}basedOn")
        raw[style_id] = (name, num_id, ilvl, outline, based)
    resolved: dict[str, _Style] = {}

    def resolve(style_id: str, depth: int = 0) -> _Style:
        if style_id in resolved:
            return resolved[style_id]
        name, num_id, ilvl, outline, based = raw[style_id]
        parent = (
            resolve(based, depth + 1) if based in raw and based != style_id and depth < 20 else None
        )
        style = _Style(
            name=name,
            num_id=num_id if num_id is not None else (parent.num_id if parent else None),
            ilvl=int(ilvl) if ilvl and ilvl.isdigit() else (parent.ilvl if parent else None),
            outline=int(outline)
            if outline and outline.isdigit()
            else (parent.outline if parent else None),
        )
        resolved[style_id] = style
        return style

    for style_id in raw:
        resolve(style_id)
    return resolved


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}delText"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag != f"{W}delText":
            parts.append(" ")
    return "".join(parts)


_CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag"}


def _body_parts(body: Any) -> Any:
    """The body's paragraphs and table rows in reading order (content controls opened)."""
    for child in body:
        if child.tag == f"{W}p":
            yield child
        elif child.tag == f"{W}tbl":
            rows = child.findall(f"{W}tr")
            for position, row in enumerate(rows):
                if position == 0 and len(rows) > 1 and _is_header_row(row):
                    continue
                yield row
        elif child.tag in _CONTAINERS:
            yield from _body_parts(child)


def _is_header_row(row: Any) -> bool:
    """A table's heading row: marked as one, or all its text in bold."""
    if row.find(f"{W}trPr/{W}tblHeader") is not None:
        return True
    runs = [r for r in row.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    return bool(runs) and all(r.find(f"{W}rPr/{W}b") is not None for r in runs)


_ROW_CHILD = re.compile(r"^[-–—•o]\s+(?=\S)")


def _row_text(row: Any) -> tuple[str, bool]:
    """A table row as one entry: its cells' texts joined with dashes ("name – code"), and
    whether it is a child of the row above (a cell starting with a dash: "– Subgroep")."""
    cells = []
    child = False
    for cell in row.findall(f"{W}tc"):
        text = " ".join(" ".join(_paragraph_text(p).split()) for p in cell.iter(f"{W}p")).strip()
        marked = _ROW_CHILD.match(text)
        if marked:
            child = True
            text = text[marked.end() :]
        if text:
            cells.append(text)
    return " – ".join(cells), child


def _heading_level(style: _Style | None, outline: int | None) -> int:
    if outline is not None and 0 <= outline < 9:
        return outline + 1
    if style is None:
        return 0
    name = style.name.strip()
    if name.lower() == "title":
        return 1
    match = _HEADING_NAME.match(name)
    if match:
        return max(1, int(match.group(1)))
    if style.outline is not None and 0 <= style.outline < 9:
        return style.outline + 1
    return 0


def docx_blocks(data: bytes, name: str, max_chars: int) -> list[Block]:
    """The paragraphs of a .docx as blocks; raises :class:`DocumentImportError`."""
    check_archive(data, name)
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a dependency
        raise DocumentImportError(
            "Word support is not installed (python-docx)",
            code="support_missing",
            values=("python-docx",),
        ) from exc
    try:
        document = docx.Document(io.BytesIO(data))
        styles = _read_styles(document)
        numbering = _read_numbering(document)
        blocks: list[Block] = []
        typed_entries: list[tuple[int, int]] = []  # (block index, indent in twips)
        total = 0
        for element in _body_parts(document.element.body):
            if element.tag == f"{W}tr":
                row, child = _row_text(element)
                if row:
                    blocks.append(Block(text=row, list_level=2 if child else 1, style="table row"))
                    total += len(row)
                continue
            paragraph = _paragraph_block(element, styles, numbering)
            if paragraph is None:
                continue
            block, typed_indent = paragraph
            if typed_indent is not None:
                typed_entries.append((len(blocks), typed_indent))
            total += len(block.text)
            if total > max_chars:
                raise DocumentImportError(
                    f"{name} holds too much text to be a plan", code="too_much_text", values=(name,)
                )
            blocks.append(block)
    except DocumentImportError:
        raise
    except zipfile.BadZipFile as exc:
        raise DocumentImportError(
            f"{name} is a damaged .docx file", code="docx_damaged", values=(name,)
        ) from exc
    except Exception as exc:  # python-docx/lxml raise many kinds on damaged files
        raise DocumentImportError(
            f"{name} could not be read as .docx ({type(exc).__name__})",
            code="docx_unreadable",
            values=(name,),
        ) from exc
    if not blocks:
        raise DocumentImportError(f"{name} contains no text", code="no_text", values=(name,))
    _level_typed_entries(blocks, typed_entries)
    return blocks


def _paragraph_block(
    element: Any, styles: dict[str, _Style], numbering: _Numbering
) -> tuple[Block, int | None] | None:
    """A paragraph (``w:p``) as a block, with the number Word shows before a numbered
    heading, and the indent (twips) of a list entry typed by hand ("•<tab>text"), else None;
    None for an empty paragraph."""
    text = _paragraph_text(element)
    ppr = element.find(f"{W}pPr")
    style_id = _attr(ppr, f"{W}pStyle") or ""
    style = styles.get(style_id) or styles.get("Normal")
    num_id, ilvl = _numbering_of(ppr, style, style_id, numbering)
    outline_raw = _attr(ppr, f"{W}outlineLvl")
    outline = int(outline_raw) if outline_raw and outline_raw.isdigit() else None
    heading = _heading_level(style, outline)
    list_level = 0
    if style is not None and not heading:
        match = _LIST_NAME.match(style.name.strip())
        if match:
            list_level = int(match.group(1) or 1)
    if not text.strip():
        return None
    if num_id not in (None, "0") and ilvl is not None:
        level = numbering.level(num_id, ilvl)
        if level is not None and level.fmt == "bullet":
            list_level = max(list_level, ilvl + 1)
        elif level is not None:
            number = numbering.next_number(num_id, ilvl).strip()
            if number and heading:
                text = f"{number} {text.strip()}"
            elif number:
                list_level = max(list_level, ilvl + 1)
    typed = None if heading or list_level else _TYPED_MARK.match(text)
    typed_indent = None
    if typed is not None:
        # A list entry typed by hand: "•<tab>text"; its level comes from its indent.
        text = typed.group("text")
        typed_indent = _indent(ppr)
    block = Block(
        text=text, heading_level=heading, list_level=list_level, style=style.name if style else ""
    )
    return block, typed_indent


def _numbering_of(
    ppr: Any, style: _Style | None, style_id: str, numbering: _Numbering
) -> tuple[str | None, int | None]:
    """The numbering (``numId``) and level (``ilvl``) of a paragraph: its own, else its
    style's; (None, None) when it is not numbered."""
    own_num = _attr(ppr, f"{W}numPr/{W}numId")
    own_ilvl = _attr(ppr, f"{W}numPr/{W}ilvl")
    num_id = own_num if own_num is not None else (style.num_id if style else None)
    if own_ilvl is not None and own_ilvl.isdigit():
        return num_id, int(own_ilvl)
    if style is not None and style.ilvl is not None:
        return num_id, style.ilvl
    if num_id is not None:
        return num_id, numbering.level_for_style(num_id, style_id) or 0
    return num_id, None


# A list mark typed before the text: a bullet character (also a Symbol-font one, which Word
# stores as a private-use character) then a tab or spaces; "o" (Word's second level) and
# dashes only before a tab.
_TYPED_MARK = re.compile(
    r"^\s*(?:[•●▪■◦‣⁃∙·➢➤►▶✓✔□*+>§\uf000-\uf0ff]\s+|[o\-–—]\t\s*)(?P<text>\S.*)$", re.S
)


def _indent(ppr: Any) -> int:
    """A paragraph's left indent in twips (0 when it sets none)."""
    found = ppr.find(f"{W}ind") if ppr is not None else None
    if found is None:
        return 0
    value = found.get(f"{W}left") or found.get(f"{W}start") or "0"
    return int(value) if value.lstrip("-").isdigit() else 0


def _level_typed_entries(blocks: list[Block], entries: list[tuple[int, int]]) -> None:
    """Levels of the typed list entries: the least indented are the first level, any more
    indented the second (a quarter of a centimetre apart at least)."""
    steps: list[int] = []
    for indent in sorted({indent for _index, indent in entries}):
        if not steps or indent - steps[-1] >= 140:
            steps.append(indent)
    for index, indent in entries:
        blocks[index].list_level = min(2, sum(1 for step in steps if step <= indent + 20))
