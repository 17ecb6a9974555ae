"""Plans in the forms delegates receive that the rest of the corpus does not have, with truth.

    .venv/bin/python tests/data/import/make_received_documents.py [FOLDER]

Every document is one layout of a plan description (``received_plan.py``: the Dutch and
French plans 2025 in our own words, and the English plan of ``make_documents.py``), or of a
document already in the corpus (the 2022 plan, the 2014 edition of the 2013 plan), so each
truth comes from the description or from the shared truth, never from the importer. PDFs are
drawn by ``received_pdf.py`` (reportlab) or printed by LibreOffice (``soffice --headless``,
skipped when it is not installed); Word files are written with python-docx or by LibreOffice
from a Flat ODT made here. Written to FOLDER (default: this folder); the Word files and
LibreOffice's PDFs carry the time they were made, so only new documents need committing.

First wave:

- ``jaarplan-2025-serif-bold.pdf``: Times, headings in bold at the body's size, "–" entries
  with "·" points under them, hanging indents, page numbers "- 3 -";
- ``jaarplan-2025-hanging.pdf``: numbered headings in larger sizes, "•"/"–" with hanging
  indents, "CODE – Name" workgroups, "3/12" at the top right, footnotes;
- ``jaarplan-2025-3col.pdf``: three columns under a title across them;
- ``jaarplan-2025-mixed.pdf``: chapter headings across the page over two balanced columns,
  ZapfDingbats squares as bullets, "Name [CODE]", "Pagina 3 van 12";
- ``jaarplan-2025-kop-styles.docx``: custom styles "Kop 1"/"Kop 2", numbers typed before a
  tab, bullets typed with a tab, workgroups in tables, code first, sub-groups "– name";
- ``jaarplan-2025-outline.docx``: headings as Normal paragraphs with an outline level, a soft
  line break in a heading, entries typed "-<tab>"/"o<tab>", "CODE: Name";
- ``plan-annuel-2025-titres.docx``: French, custom styles "Titre 1"/"Titre 2", a bullet list
  style "Liste à puces" from numbering.xml;
- ``annual-plan-2025-uberschrift.docx``: English in a German Word: "Überschrift 1/2" numbered
  by a multilevel list, "Listenabsatz" with Symbol-font bullets;
- ``jaarplan-2025-mac.txt``: Windows-1252 with Mac line ends (CR), tabs, capitals, curly quotes;
- ``jaarplan-2025-markdown.md``: "#" headings, "**label**", "*" and "+" bullets, contacts;
- ``jaarplan-2025-libreoffice.docx`` and ``.pdf``: written in LibreOffice with a running head,
  "3/12" feet, footnotes, outline numbering and "•"/"–" lists;
- ``plan-annuel-2025-fr-libreoffice.pdf``: the French Word file printed by LibreOffice;
- ``jaarplan-2022-word.docx`` and ``.pdf``: the 2022 plan with heading styles, and printed;
- ``jaarplan-2014-edited.pdf``: the 2014 edition (a text file) printed by LibreOffice.

Second wave (what the first did not vary):

- ``plan-annuel-2025-2col.pdf``: French, two justified Times columns, capitals in chapter
  headings, labels worded otherwise ("Nouvelles initiatives", "Projets phares");
- ``annual-plan-2025-2col.pdf``: English, two columns, ZapfDingbats check marks, "Name [CODE]";
- ``jaarplan-2025-other-labels.txt``: labels worded otherwise, every entry a "- " line;
- ``jaarplan-2025-setext.md``: headings underlined with "===" and "---", numbered entries;
- ``jaarplan-2025-numbered-items.docx`` and ``.pdf``: entries numbered by Word, points a), b);
- ``jaarplan-2025-kop-styles-libreoffice.pdf``: the code-first tables, printed.

Third wave: ``jaarplan-2025-contents.pdf``: a contents page with dot leaders, a new page per
chapter, running heads naming the chapter, outer page numbers, justified and hyphenated
Times, workgroups two to a row.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from received_pdf import Layout, draw  # noqa: E402
from received_plan import (  # noqa: E402
    EN_LABELS,
    FR_LABELS,
    FR_LABELS_OTHER,
    FR_PLAN_2025,
    NL_LABELS,
    NL_LABELS_OTHER,
    NL_PLAN_2025,
    PROSE_EN,
    PROSE_FR,
    Element,
    code_colon,
    code_first,
    flow,
    square,
    truth,
)


def write_truth(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _times(**options: Any) -> Layout:
    """A layout set in Times (the serif of reportlab's standard fonts)."""
    return Layout(body_font="Times-Roman", bold_font="Times-Bold", **options)


def make_serif_bold(target: Path) -> None:
    layout = _times(
        label_font="Times-Italic",
        body_size=11,
        title_size=11,
        chapter_size=11,
        section_size=11,
        bullet="–",
        group_bullet="–",
        sub_bullet="·",
        hang=12,
        page_number=lambda page, _total: f"- {page} -",
    )
    draw(flow(NL_PLAN_2025, NL_LABELS), target, layout)


def make_hanging(target: Path) -> None:
    layout = Layout(
        body_size=9,
        chapter_size=15,
        section_size=12,
        bullet="•",
        sub_bullet="–",
        hang=11,
        sub_indent=21,
        section_text=lambda number, title: f"{number} {title}",
        running_head="Benelux-Unie – Jaarplan 2025",
        page_number=lambda page, total: f"{page}/{total}",
        page_number_at="top-right",
        footnotes={
            "Grensoverschrijdende arbeidsmarkt": "Zie ook het verslag van de werkgroep van 2024.",
            "over de grens digitaal kunnen regelen.": "Op basis van de Europese verordening.",
        },
    )
    draw(flow(NL_PLAN_2025, NL_LABELS, group_format=code_first), target, layout)


def make_three_columns(target: Path) -> None:
    layout = Layout(
        body_size=8,
        chapter_size=12,
        section_size=10,
        columns=3,
        gutter=14,
        margin=40,
        running_head="Jaarplan 2025",
        page_number=lambda page, _total: f"{page}",
        page_number_at="bottom-right",
    )
    draw(flow(NL_PLAN_2025, NL_LABELS), target, layout)


def make_mixed_columns(target: Path) -> None:
    layout = Layout(
        body_size=9,
        chapter_size=16,
        section_size=11,
        columns=2,
        spanning=("title", "chapter", "contacts"),
        bullet="▪",
        sub_bullet="–",
        running_head="Benelux Unie",
        page_number=lambda page, total: f"Pagina {page} van {total}",
    )
    draw(flow(NL_PLAN_2025, NL_LABELS, group_format=square), target, layout)


# --- Word files written with python-docx -------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _paragraph_style(document: Any, name: str, *, size: float, bold: bool = True) -> Any:
    """A custom paragraph style named ``name`` (no outline level: only its name says what it is)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.bold = bold
    return style


def _typed_entry(document: Any, mark: str, text: str, level: int) -> None:
    """A list entry typed by hand: the mark, a tab, the text, with a hanging indent."""
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(f"{mark}\t{text}")
    left = 360 * level
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:ind {W_NS} w:left="{left}" w:hanging="360"/>')
    )


def _workgroup_table(document: Any, elements: list[Element], *, code_first: bool) -> None:
    """The workgroups of a section as a two-column table; a child's name starts with '– '."""
    table = document.add_table(rows=1, cols=2)
    heads = ("Code", "Naam") if code_first else ("Naam", "Code")
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = text
    for element in elements:
        name, code = element.cells
        if element.level == 2:
            name = f"– {name}"
        row = table.add_row().cells
        first, second = (code, name) if code_first else (name, code)
        row[0].text, row[1].text = first, second


def make_kop_styles_docx(target: Path) -> None:
    """Dutch plan: custom styles "Kop 1"/"Kop 2" with numbers typed, bullets typed with a tab,
    labels in bold Normal paragraphs, workgroups in tables with the code first."""
    import docx

    document = docx.Document()
    _paragraph_style(document, "Kop 1", size=15)
    _paragraph_style(document, "Kop 2", size=12)
    elements = flow(NL_PLAN_2025, NL_LABELS)
    pending: list[Element] = []

    def flush() -> None:
        if pending:
            _workgroup_table(document, pending, code_first=True)
            pending.clear()

    for element in elements:
        if element.kind == "group":
            pending.append(element)
            continue
        flush()
        if element.kind == "title":
            document.add_paragraph(element.text, style="Title")
        elif element.kind in ("chapter", "contacts"):
            document.add_paragraph(f"{element.number}.\t{element.title}", style="Kop 1")
        elif element.kind == "section":
            document.add_paragraph(f"{element.number}\t{element.title}", style="Kop 2")
        elif element.kind == "label":
            document.add_paragraph().add_run(element.text).bold = True
        elif element.kind in ("entry", "point"):
            _typed_entry(document, "•" if element.level == 1 else "–", element.text, element.level)
        else:
            document.add_paragraph(element.text)
    flush()
    document.save(str(target))


def make_outline_docx(target: Path) -> None:
    """Dutch plan: headings are Normal paragraphs with an outline level and bold runs, numbers
    typed before a tab, a long heading broken by a soft line break (Shift+Enter), entries typed
    with "-" and a tab, workgroups typed as "CODE: Name"."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    document = docx.Document()
    elements = flow(NL_PLAN_2025, NL_LABELS, group_format=code_colon)
    for element in elements:
        if element.kind in ("title", "chapter", "contacts", "section"):
            level = {"title": 0, "chapter": 0, "contacts": 0, "section": 1}[element.kind]
            paragraph = document.add_paragraph()
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:outlineLvl {W_NS} w:val="{level}"/>')
            )
            if element.kind == "title":
                words = [element.text]
            else:
                words = [f"{element.number}\t", *element.title.split(" ")]
            for index, word in enumerate(words):
                run = paragraph.add_run(word if index < 2 else f" {word}")
                run.bold = True
                run.font.size = Pt(14 if level == 0 else 12)
                if element.kind == "section" and index == 1 and len(words) == 2:
                    pass
            if element.kind == "section" and len(element.title) > 28:
                # The author broke the long heading by hand (Shift+Enter) after its first word.
                first_run = paragraph.runs[1]
                first_run._r.append(parse_xml(f"<w:br {W_NS}/>"))
        elif element.kind == "label":
            document.add_paragraph().add_run(element.text).italic = True
        elif element.kind in ("entry", "point", "group"):
            mark = "-" if element.level == 1 else "o"
            _typed_entry(document, mark, element.text, element.level)
        else:
            document.add_paragraph(element.text)
    document.save(str(target))


def make_titres_docx(target: Path) -> None:
    """French plan: custom styles "Titre 1"/"Titre 2", lists from a bullet list in
    numbering.xml ("Liste à puces" style), "Nom (CODE)" workgroups."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    _paragraph_style(document, "Titre 1", size=16)
    _paragraph_style(document, "Titre 2", size=13)
    bullets = (
        f'<w:abstractNum {W_NS} w:abstractNumId="81"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>'
        '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(bullets))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="81"><w:abstractNumId w:val="81"/></w:num>'))
    style = _paragraph_style(document, "Liste à puces", size=10.5, bold=False)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:numId w:val="81"/></w:numPr>')
    )

    def listed(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text, style="Liste à puces")
        if level > 1:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {W_NS}><w:ilvl w:val="{level - 1}"/><w:numId w:val="81"/></w:numPr>'
                )
            )

    for element in flow(
        FR_PLAN_2025, FR_LABELS, head_line=lambda phone: f"Chef d'équipe – Tél. : {phone}"
    ):
        if element.kind == "title":
            document.add_paragraph(element.text, style="Title")
        elif element.kind in ("chapter", "contacts"):
            document.add_paragraph(f"{element.number}. {element.title}", style="Titre 1")
        elif element.kind == "section":
            document.add_paragraph(f"{element.number}. {element.title}", style="Titre 2")
        elif element.kind == "label":
            document.add_paragraph().add_run(element.text).bold = True
        elif element.kind in ("entry", "point", "group"):
            listed(element.text, element.level)
        else:
            document.add_paragraph(element.text)
    document.save(str(target))


def make_uberschrift_docx(target: Path) -> None:
    """English plan in a German Word: styles "Überschrift 1"/"Überschrift 2" numbered by Word's
    multilevel list, lists as "Listenabsatz" with bullets, "Name [CODE]" workgroups."""
    import docx
    from docx.oxml import parse_xml
    from make_documents import EN_PLAN

    document = docx.Document()
    heading_styles = [document.styles["Heading 1"], document.styles["Heading 2"]]
    for level, style in enumerate(heading_styles, start=1):
        style.element.find(f"{{{_W}}}name").set(f"{{{_W}}}val", f"Überschrift {level}")
        style.element.set(f"{{{_W}}}styleId", f"berschrift{level}")
    list_style = document.styles["List Paragraph"]
    list_style.element.find(f"{{{_W}}}name").set(f"{{{_W}}}val", "Listenabsatz")
    headings = (
        f'<w:abstractNum {W_NS} w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1"/><w:pStyle w:val="berschrift1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:pStyle w:val="berschrift2"/></w:lvl></w:abstractNum>'
    )
    bullets = (
        f'<w:abstractNum {W_NS} w:abstractNumId="92"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0a7"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
        '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    )
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(bullets))
    numbering.insert(0, parse_xml(headings))
    for num in (91, 92):
        numbering.append(
            parse_xml(f'<w:num {W_NS} w:numId="{num}"><w:abstractNumId w:val="{num}"/></w:num>')
        )
    for level, style in enumerate(heading_styles, start=1):
        style.element.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {W_NS}><w:ilvl w:val="{level - 1}"/><w:numId w:val="91"/></w:numPr>'
            )
        )
    plan = dict(EN_PLAN, title="Annual plan 2025")
    labels = {
        "objective": "General objectives",
        "ongoing": "Ongoing projects",
        "new": "New projects 2025",
        "flagship": "Flagship project",
        "workgroups": "Working groups and committees",
    }
    for element in flow(plan, labels, group_format=square, prose="The plan for the year."):
        if element.kind == "title":
            document.add_paragraph(element.text, style="Title")
        elif element.kind == "chapter":
            document.add_paragraph(element.title, style=heading_styles[0])
        elif element.kind == "section":
            document.add_paragraph(element.title, style=heading_styles[1])
        elif element.kind == "label":
            document.add_paragraph().add_run(element.text).bold = True
        elif element.kind in ("entry", "point", "group"):
            paragraph = document.add_paragraph(element.text, style=list_style)
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {W_NS}><w:ilvl w:val="{element.level - 1}"/><w:numId w:val="92"/></w:numPr>'
                )
            )
        else:
            document.add_paragraph(element.text)
    document.save(str(target))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def english_truth(name: str) -> dict[str, Any]:
    from make_documents import EN_PLAN

    return truth(EN_PLAN, name)


# --- plain text and Markdown --------------------------------------------------------------


def make_mac_text(target: Path) -> None:
    """Dutch plan as text saved on an old Mac in Windows-1252: CR line ends, headings and
    labels in capitals, entries indented with a tab and a bullet, curly quotes."""
    lines: list[str] = []
    for element in flow(NL_PLAN_2025, NL_LABELS, group_format=code_colon):
        if element.kind == "title":
            lines += [element.text.upper(), ""]
        elif element.kind in ("chapter", "contacts"):
            lines += ["", f"{element.number}. {element.title.upper()}", ""]
        elif element.kind == "section":
            lines += ["", f"{element.number}\t{element.title.upper()}"]
        elif element.kind == "label":
            lines += ["", element.text.upper()]
        elif element.kind in ("entry", "group"):
            prefix = "\t•\t" if element.level == 1 else "\t\t–\t"
            lines.append(prefix + element.text.replace("'", "\u2019"))
        elif element.kind == "point":
            lines.append("\t\t–\t" + element.text)
        else:
            lines.append(element.text.replace("'", "\u2019"))
    target.write_bytes("\r".join(lines).encode("cp1252") + b"\r")


def make_markdown(target: Path) -> None:
    """Dutch plan in Markdown: '#' headings, labels in bold, '*' and '+' bullets."""
    lines: list[str] = []
    marks = {1: "*", 2: "    +"}
    for element in flow(NL_PLAN_2025, NL_LABELS):
        if element.kind == "title":
            lines += [f"# {element.text}", ""]
        elif element.kind in ("chapter", "contacts"):
            lines += [f"# {element.number}. {element.title}", ""]
        elif element.kind == "section":
            lines += [f"## {element.number} {element.title}", ""]
        elif element.kind == "label":
            lines += ["", f"**{element.text}**", ""]
        elif element.kind in ("entry", "point", "group"):
            lines.append(f"{marks[element.level]} {element.text}")
        else:
            lines += [element.text, ""]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- LibreOffice: a Flat ODT written here, exported to Word and PDF -----------------------

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Carlito" svg:font-family="Carlito"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Carlito" fo:font-size="10.5pt" fo:language="nl"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:margin-bottom="0.12cm" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
  style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f4e79"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph"
  style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab"
     text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab"
     text:list-tab-stop-position="1.1cm" fo:text-indent="-1.1cm" fo:margin-left="1.1cm"/>
   </style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab"
     text:list-tab-stop-position="0.9cm" fo:text-indent="-0.45cm" fo:margin-left="0.9cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab"
     text:list-tab-stop-position="1.6cm" fo:text-indent="-0.45cm" fo:margin-left="1.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0"
  text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{head}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def _xml(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def fodt(elements: list[Element], *, head: str, footnotes: dict[str, str]) -> str:
    """A Flat ODT of ``elements``: outline-numbered headings (LibreOffice prints the numbers),
    bullet lists with hanging indents, a running head, "page/pages" feet and footnotes."""
    out = [_FODT_HEAD.replace("{head}", _xml(head))]
    notes = dict(footnotes)
    note_count = 0
    open_levels = 0  # nesting of text:list elements now open

    def with_note(text: str) -> str:
        nonlocal note_count
        body = _xml(text)
        for follows, note in list(notes.items()):
            if text.endswith(follows):
                del notes[follows]
                note_count += 1
                body += (
                    f'<text:note text:id="ftn{note_count}" text:note-class="footnote">'
                    f"<text:note-citation>{note_count}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Footnote">{_xml(note)}</text:p>'
                    "</text:note-body></text:note>"
                )
        return body

    def close_lists(to: int) -> None:
        nonlocal open_levels
        while open_levels > to:
            out.append("</text:list-item></text:list>")
            open_levels -= 1

    for element in elements:
        if element.kind in ("entry", "point", "group"):
            level = element.level
            if open_levels < level:
                while open_levels < level:
                    style = ' text:style-name="Bullets"' if open_levels == 0 else ""
                    out.append(f"<text:list{style}><text:list-item>")
                    open_levels += 1
            else:
                close_lists(level)
                out.append("</text:list-item><text:list-item>")
            out.append(
                f'<text:p text:style-name="List_20_Paragraph">{with_note(element.text)}</text:p>'
            )
            continue
        close_lists(0)
        if element.kind == "title":
            out.append(f'<text:p text:style-name="Title">{_xml(element.text)}</text:p>')
        elif element.kind in ("chapter", "contacts"):
            out.append(
                '<text:h text:style-name="Heading_20_1" text:outline-level="1">'
                f"{with_note(element.title)}</text:h>"
            )
        elif element.kind == "section":
            out.append(
                '<text:h text:style-name="Heading_20_2" text:outline-level="2">'
                f"{with_note(element.title)}</text:h>"
            )
        elif element.kind in ("label", "domain"):
            out.append(f'<text:p text:style-name="Label">{_xml(element.text)}</text:p>')
        else:
            out.append(f'<text:p text:style-name="Standard">{with_note(element.text)}</text:p>')
    close_lists(0)
    out.append("</office:text></office:body></office:document>\n")
    return "\n".join(out)


def soffice_convert(source: Path, suffix: str, target: Path) -> bool:
    """``source`` converted by LibreOffice headless to ``suffix`` (pdf, docx) at ``target``;
    False when LibreOffice is not installed."""
    import shutil
    import tempfile

    sys.path.insert(0, str(HERE.parents[1]))
    from export_helpers import libreoffice, libreoffice_convert

    if libreoffice() is None:
        print(f"LibreOffice not found: {target.name} is left as it is")
        return False
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        copy = work / f"{target.stem}{source.suffix}"
        shutil.copyfile(source, copy)
        shutil.copyfile(libreoffice_convert(copy, work / "out", suffix), target)
    return True


def make_libreoffice_documents(folder: Path) -> None:
    """The Dutch plan written in LibreOffice (header, "3/12" feet, footnotes, outline numbers,
    "•"/"–" lists) as Word and as PDF; the French plan's Word file as PDF; the 2022 plan as a
    Word file with heading styles and its PDF; the 2014 edition of the 2013 plan (a text
    file) printed to PDF."""
    import tempfile

    sys.path.insert(0, str(HERE.parents[1]))
    from _seed_documents import CASES, SEEDS, make_docx

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        source = work / "jaarplan-2025-libreoffice.fodt"
        source.write_text(
            fodt(
                flow(NL_PLAN_2025, NL_LABELS),
                head="Benelux-Unie · Jaarplan 2025",
                footnotes={
                    "Grensoverschrijdende arbeidsmarkt": "Zie ook het verslag van 2024.",
                    "leveringszekerheid voor de komende winters;": "Met de netbeheerders.",
                    "Een gemeenschappelijke opleiding voor agenten die in een ander land "
                    "optreden.": "Volgens artikel 7 van het verdrag.",
                },
            ),
            encoding="utf-8",
        )
        stem = "jaarplan-2025-libreoffice"
        for suffix in ("docx", "pdf"):
            soffice_convert(source, suffix, folder / f"{stem}.{suffix}")
        write_truth(folder / f"{stem}.truth.json", truth(NL_PLAN_2025, f"{stem}.pdf"))

        titres = work / "plan-annuel-2025-titres.docx"
        make_titres_docx(titres)
        stem = "plan-annuel-2025-fr-libreoffice"
        soffice_convert(titres, "pdf", folder / f"{stem}.pdf")
        write_truth(folder / f"{stem}.truth.json", truth(FR_PLAN_2025, f"{stem}.pdf"))

        stem = "jaarplan-2022-word"
        make_docx(SEEDS / "jaarplan-2022.md", folder / f"{stem}.docx", styled=True)
        soffice_convert(folder / f"{stem}.docx", "pdf", folder / f"{stem}.pdf")
        shared = json.loads((CASES / "truth" / "jaarplan-2022.json").read_text(encoding="utf-8"))
        write_truth(folder / f"{stem}.truth.json", dict(shared, document=f"{stem}.docx"))

        stem = "jaarplan-2014-edited"
        text = work / f"{stem}.txt"
        text.write_bytes((CASES / "docs" / f"{stem}.txt").read_bytes())
        soffice_convert(text, "pdf", folder / f"{stem}.pdf")
        write_truth(folder / f"{stem}.truth.json", edited_2014_truth(CASES, f"{stem}.pdf"))


def edited_2014_truth(cases: Path, name: str) -> dict[str, Any]:
    """The 2013 plan's truth with the edits of its 2014 edition (shared/cases/README.md): 3.1
    renamed, VET-GRENS gone, VET-AMR new after the last workgroup of 3.2, SENN-CRISE
    retitled; the year is 2014."""
    base = json.loads((cases / "truth" / "jaarplan-2013.json").read_text(encoding="utf-8"))
    edited = dict(base, document=name, plan_year=2014)
    edited["sections"] = [
        dict(section, title="Energie en klimaat") if section["number"] == "3.1" else section
        for section in base["sections"]
    ]
    groups: list[dict[str, Any]] = []
    for group in base["workgroups"]:
        if group.get("code") == "VET-GRENS":
            continue
        if group.get("code") == "SENN-CRISE":
            group = dict(
                group, name="Strategische werkgroep Crisisbeheersing en weerbaarheid (SENN-CRISE)"
            )
        groups.append(group)
    last_of_3_2 = max(i for i, group in enumerate(groups) if group["section"] == "3.2")
    groups.insert(
        last_of_3_2 + 1,
        {
            "section": "3.2",
            "name": "Werkgroep Antibioticaresistentie (VET-AMR)",
            "code": "VET-AMR",
            "parent": None,
        },
    )
    edited["workgroups"] = groups
    return edited


# --- a second wave: what the first did not vary ------------------------------------------


def make_french_two_columns(target: Path) -> None:
    """French plan: two justified columns in Times, chapter headings in capitals, labels
    worded otherwise ("Nouvelles initiatives", "Projets phares"), "CODE – Nom" workgroups,
    "Page 3 sur 12" feet, a footnote."""
    layout = _times(
        label_font="Times-BoldItalic",
        body_size=9.5,
        chapter_size=13,
        section_size=10.5,
        columns=2,
        justify=True,
        bullet="•",
        sub_bullet="–",
        chapter_text=lambda number, title: f"{number}. {title.upper()}",
        section_text=lambda number, title: f"{number} {title}",
        running_head="Union Benelux – Plan annuel 2025",
        page_number=lambda page, total: f"Page {page} sur {total}",
        footnotes={"Marché du travail transfrontalier": "Voir aussi le rapport de 2024."},
    )
    elements = flow(
        FR_PLAN_2025,
        FR_LABELS_OTHER,
        group_format=code_first,
        prose=PROSE_FR,
        head_line=lambda phone: f"Chef d'équipe – Tél. : {phone}",
    )
    draw(elements, target, layout)


def make_english_two_columns(target: Path) -> None:
    """English plan: two columns, check-mark bullets from ZapfDingbats, "Name [CODE]"."""
    from make_documents import EN_PLAN

    layout = Layout(
        body_size=9,
        chapter_size=14,
        section_size=11,
        columns=2,
        bullet="✓",
        group_bullet="✓",
        sub_bullet="–",
        chapter_text=lambda number, title: f"Chapter {number}: {title}",
        running_head="Benelux Union · Annual plan 2025",
        page_number=lambda page, total: f"Page {page} of {total}",
    )
    plan = dict(EN_PLAN, title="Annual plan 2025")
    draw(flow(plan, EN_LABELS, group_format=square, prose=PROSE_EN), target, layout)


def make_other_labels_text(target: Path) -> None:
    """Dutch plan as plain text: labels worded otherwise, every entry a "- " line, sub-points
    "a)"/"b)", sub-groups indented under their group."""
    lines: list[str] = []
    for element in flow(NL_PLAN_2025, NL_LABELS_OTHER):
        if element.kind == "title":
            lines += [element.text, ""]
        elif element.kind in ("chapter", "contacts", "section"):
            lines += ["", f"{element.number}. {element.title}", ""]
        elif element.kind == "label":
            lines += ["", element.text]
        elif element.kind in ("entry", "group"):
            lines.append(("- " if element.level == 1 else "    - ") + element.text)
        elif element.kind == "point":
            lines.append(
                f"    {'ab'[len([line for line in lines[-2:] if line.startswith('    ')])]}) {element.text}"
            )
        else:
            lines.append(element.text)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_setext_markdown(target: Path) -> None:
    """Dutch plan in Markdown with underlined (setext) headings, labels in italics,
    numbered entries and "+" workgroups."""
    lines: list[str] = []
    number = 0
    for element in flow(NL_PLAN_2025, NL_LABELS):
        if element.kind == "title":
            lines += [element.text, "=" * len(element.text), ""]
        elif element.kind in ("chapter", "contacts"):
            heading = f"{element.number}. {element.title}"
            lines += ["", heading, "=" * len(heading), ""]
        elif element.kind == "section":
            heading = f"{element.number} {element.title}"
            lines += ["", heading, "-" * len(heading), ""]
        elif element.kind == "label":
            lines += ["", f"*{element.text}*", ""]
            number = 0
        elif element.kind == "entry":
            number += 1
            lines.append(f"{number}. {element.text}")
        elif element.kind == "point":
            lines.append(f"    - {element.text}")
        elif element.kind == "group":
            lines.append(("+ " if element.level == 1 else "    + ") + element.text)
        else:
            lines += [element.text, ""]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_numbered_items_docx(target: Path) -> None:
    """Dutch plan in Word: Heading 1/2 numbered by a multilevel list, labels as Heading 3,
    entries numbered 1., 2., ... by Word (each list starting again), sub-points a), b)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="61"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1.%2"/><w:pStyle w:val="Heading2"/></w:lvl></w:abstractNum>'
        ),
    )
    numbering.insert(
        1,
        parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="62"><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>'
            '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="61"><w:abstractNumId w:val="61"/></w:num>'))
    for level in (1, 2):
        document.styles[f"Heading {level}"].element.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {W_NS}><w:ilvl w:val="{level - 1}"/><w:numId w:val="61"/></w:numPr>'
            )
        )
    list_id = 100

    def new_list() -> int:
        nonlocal list_id
        list_id += 1
        numbering.append(
            parse_xml(
                f'<w:num {W_NS} w:numId="{list_id}"><w:abstractNumId w:val="62"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return list_id

    current = 0
    for element in flow(NL_PLAN_2025, NL_LABELS):
        if element.kind == "title":
            document.add_paragraph(element.text, style="Title")
        elif element.kind in ("chapter", "contacts"):
            document.add_heading(element.title, level=1)
        elif element.kind == "section":
            document.add_heading(element.title, level=2)
        elif element.kind == "label":
            document.add_heading(element.text, level=3)
            current = new_list()
        elif element.kind in ("entry", "point"):
            paragraph = document.add_paragraph(element.text, style="List Paragraph")
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {W_NS}><w:ilvl w:val="{element.level - 1}"/>'
                    f'<w:numId w:val="{current}"/></w:numPr>'
                )
            )
        elif element.kind == "group":
            style = "List Bullet" if element.level == 1 else "List Bullet 2"
            document.add_paragraph(element.text, style=style)
        else:
            document.add_paragraph(element.text)
    document.save(str(target))


def make_second_wave(folder: Path) -> None:
    """The documents of the second wave, with their truths."""
    import tempfile

    from make_documents import EN_PLAN

    make_french_two_columns(folder / "plan-annuel-2025-2col.pdf")
    write_truth(
        folder / "plan-annuel-2025-2col.truth.json",
        truth(FR_PLAN_2025, "plan-annuel-2025-2col.pdf"),
    )
    make_english_two_columns(folder / "annual-plan-2025-2col.pdf")
    write_truth(
        folder / "annual-plan-2025-2col.truth.json", truth(EN_PLAN, "annual-plan-2025-2col.pdf")
    )
    for stem, suffix, maker in (
        ("jaarplan-2025-other-labels", ".txt", make_other_labels_text),
        ("jaarplan-2025-setext", ".md", make_setext_markdown),
        ("jaarplan-2025-numbered-items", ".docx", make_numbered_items_docx),
    ):
        maker(folder / f"{stem}{suffix}")
        write_truth(folder / f"{stem}.truth.json", truth(NL_PLAN_2025, f"{stem}{suffix}"))
    soffice_convert(
        folder / "jaarplan-2025-numbered-items.docx",
        "pdf",
        folder / "jaarplan-2025-numbered-items.pdf",
    )
    with tempfile.TemporaryDirectory() as temporary:
        kop = Path(temporary) / "jaarplan-2025-kop-styles-libreoffice.docx"
        make_kop_styles_docx(kop)
        soffice_convert(kop, "pdf", folder / "jaarplan-2025-kop-styles-libreoffice.pdf")
    write_truth(
        folder / "jaarplan-2025-kop-styles-libreoffice.truth.json",
        truth(NL_PLAN_2025, "jaarplan-2025-kop-styles-libreoffice.pdf"),
    )


# --- a third wave: a contents page, changing running heads, hyphenation, grids -------------


def grid_groups(elements: list[Element]) -> list[Element]:
    """Workgroups without sub-groups set two to a row (as a designed page lists them)."""
    out: list[Element] = []
    run: list[Element] = []

    def flush() -> None:
        if run and all(element.level == 1 for element in run) and len(run) > 1:
            for index in range(0, len(run), 2):
                pair = run[index : index + 2]
                texts = (pair[0].text, pair[1].text if len(pair) > 1 else "")
                out.append(Element("grouprow", cells=texts))
        else:
            out.extend(run)
        run.clear()

    for element in elements:
        if element.kind == "group":
            run.append(element)
            continue
        flush()
        out.append(element)
    flush()
    return out


def make_contents_pdf(target: Path) -> None:
    """Dutch plan: a contents page with dot leaders, each chapter on a new page, the running
    head naming the page's chapter, page numbers at the outer corner, justified Times with
    words hyphenated at line ends, workgroups two to a row."""
    layout = _times(
        label_font="Times-Italic",
        body_size=10.5,
        chapter_size=15,
        section_size=12,
        justify=True,
        hyphenate=True,
        chapter_new_page=True,
        contents=True,
        running_head_chapter=True,
        page_number_at="outer",
        bullet="•",
        sub_bullet="–",
        margin=62,
    )
    draw(grid_groups(flow(NL_PLAN_2025, NL_LABELS)), target, layout)


def make_third_wave(folder: Path) -> None:
    make_contents_pdf(folder / "jaarplan-2025-contents.pdf")
    write_truth(
        folder / "jaarplan-2025-contents.truth.json",
        truth(NL_PLAN_2025, "jaarplan-2025-contents.pdf"),
    )


def main(folder: Path = HERE) -> None:
    for stem, maker in (
        ("jaarplan-2025-serif-bold", make_serif_bold),
        ("jaarplan-2025-hanging", make_hanging),
        ("jaarplan-2025-3col", make_three_columns),
        ("jaarplan-2025-mixed", make_mixed_columns),
    ):
        maker(folder / f"{stem}.pdf")
        write_truth(folder / f"{stem}.truth.json", truth(NL_PLAN_2025, f"{stem}.pdf"))
    for stem, suffix, maker in (
        ("jaarplan-2025-kop-styles", ".docx", make_kop_styles_docx),
        ("jaarplan-2025-outline", ".docx", make_outline_docx),
        ("jaarplan-2025-mac", ".txt", make_mac_text),
        ("jaarplan-2025-markdown", ".md", make_markdown),
    ):
        maker(folder / f"{stem}{suffix}")
        write_truth(folder / f"{stem}.truth.json", truth(NL_PLAN_2025, f"{stem}{suffix}"))
    make_titres_docx(folder / "plan-annuel-2025-titres.docx")
    write_truth(
        folder / "plan-annuel-2025-titres.truth.json",
        truth(FR_PLAN_2025, "plan-annuel-2025-titres.docx"),
    )
    make_uberschrift_docx(folder / "annual-plan-2025-uberschrift.docx")
    write_truth(
        folder / "annual-plan-2025-uberschrift.truth.json",
        english_truth("annual-plan-2025-uberschrift.docx"),
    )
    make_libreoffice_documents(folder)
    make_second_wave(folder)
    make_third_wave(folder)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
