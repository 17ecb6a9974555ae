"""The kinds of layout found by scoring documents the importer had not seen, one test each.

Each test builds a small real document (a PDF drawn with reportlab, a Word file written with
python-docx, a text) with just the layout of one kind, imports it, and checks the structure.
The whole documents these kinds came from are scored in ``test_import_corpus.py`` (made by
``tests/data/import/make_received_documents.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bnldesk.domain.document import PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer import parse_file, parse_lines
from bnldesk.services.importer.contacts import parse_contacts
from bnldesk.services.importer.plan_numbered import marked_lists
from bnldesk.services.importer.vocabulary import label_of
from bnldesk.services.importer.workgroups import parse_workgroup

Drawn = tuple[float, float, str, float, str]  # x, y (baseline), font, size, text


def _pdf(path: Path, pages: Iterable[list[Drawn]]) -> Path:
    """A PDF with each page's strings drawn where they are given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    for page in pages:
        for x, y, font, size, text in page:
            pdf.setFont(font, size)
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return path


def _groups(doc: PlanDocument, number: str) -> list[tuple[str, str | None, list[str | None]]]:
    section = next(s for s in doc.iter_sections() if s.number == number)
    return [(g.name, g.code, [c.code for c in g.children]) for g in section.workgroups]


def _items(doc: PlanDocument, number: str) -> list[tuple[ItemKind, str]]:
    section = next(s for s in doc.iter_sections() if s.number == number)
    return [(item.kind, item.body) for item in section.items]


# What the list tests below find in section 1.1: two entries, one with its points, and a
# forum with a sub-group beside a workgroup.
_POLICE_GROUPS = [("Politieforum", None, ["POL-OPL"]), ("Werkgroep Drugs", "DROG", [])]


def _police_items(*points: str) -> list[tuple[ItemKind, str]]:
    head = " ".join(["Uitbreiden van de patrouilles:", *(f"- {point}" for point in points)])
    return [(ItemKind.ONGOING, head), (ItemKind.ONGOING, "Een opleiding.")]


def _opening(section: str = "1.1 Politie", *, font: str = "Helvetica-Bold") -> list[Drawn]:
    """The plan's title, chapter 1 and a section heading, as most test pages open."""
    return [
        (56, 800, font, 16.0, "Jaarplan 2031"),
        (56, 770, font, 13.0, "1. Veiligheid"),
        (56, 750, font, 11.0, section),
    ]


def _column(x: float, top: float, lines: list[tuple[str, float, str]]) -> list[Drawn]:
    """Lines of one column from ``top`` down, 13 points apart: (font, size, text)."""
    return [(x, top - 13 * row, font, size, text) for row, (font, size, text) in enumerate(lines)]


def _section_lines(section: str, title: str, entries: list[str]) -> list[tuple[str, float, str]]:
    lines = [
        ("Helvetica-Bold", 11.0, f"{section} {title}"),
        ("Helvetica-Bold", 9.0, "Voortgangsprojecten"),
    ]
    lines += [("Helvetica", 9.0, f"•  {entry}") for entry in entries]
    return lines


# Entries as long as a column is wide (as running text fills its columns).
_PATROLS = "Gezamenlijke patrouilles in de treinen."
_TRAINING = "Een gedeelde opleiding voor agenten."
_EXERCISE = "Een jaarlijkse oefening van de centra."
_CHECKS = "Gezamenlijke controles op de snelweg."


def test_three_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    columns = [
        _column(
            40,
            760,
            [
                ("Helvetica-Bold", 13.0, "1. Veiligheid"),
                *_section_lines("1.1", "Politie", [_PATROLS, _TRAINING]),
            ],
        ),
        _column(220, 760, _section_lines("1.2", "Crisis", [_EXERCISE, _TRAINING])),
        _column(400, 760, _section_lines("1.3", "Drugs", [_CHECKS, _PATROLS])),
    ]
    title = [(40, 800, "Helvetica-Bold", 18.0, "Jaarplan 2031 voor de drie landen samen")]
    doc = parse_file(_pdf(tmp_path / "drie.pdf", [title + [d for c in columns for d in c]]))
    assert [s.number for s in doc.iter_sections()] == ["1.1", "1.2", "1.3"]
    assert _items(doc, "1.3") == [(ItemKind.ONGOING, _CHECKS), (ItemKind.ONGOING, _PATROLS)]


def test_a_heading_over_two_columns_shorter_than_one_cuts_the_page(tmp_path: Path) -> None:
    """Chapter 2's heading spans both columns but ends in the left one: the right column
    above it is read before it, the columns below it after it."""
    page = [(56, 800, "Helvetica-Bold", 18.0, "Jaarplan 2031")]
    page += _column(
        56,
        760,
        [
            ("Helvetica-Bold", 14.0, "1. Economie"),
            *_section_lines("1.1", "Energie", [_EXERCISE, _CHECKS]),
        ],
    )
    page += _column(310, 760, _section_lines("1.2", "Markt", [_PATROLS, _TRAINING]))
    page += [(56, 640, "Helvetica-Bold", 14.0, "2. Veiligheid")]
    page += _column(56, 615, _section_lines("2.1", "Politie", [_PATROLS, _TRAINING]))
    page += _column(310, 615, _section_lines("2.2", "Crisis", [_EXERCISE, _CHECKS]))
    doc = parse_file(_pdf(tmp_path / "gemengd.pdf", [page]))
    assert [(c.number, [s.number for s in c.sections]) for c in doc.chapters] == [
        ("1", ["1.1", "1.2"]),
        ("2", ["2.1", "2.2"]),
    ]
    assert _items(doc, "1.2") == [(ItemKind.ONGOING, _PATROLS), (ItemKind.ONGOING, _TRAINING)]


def test_bullets_of_a_symbol_font_are_list_marks(tmp_path: Path) -> None:
    """ZapfDingbats' square is the letter 'n' in the file: a list mark, not text."""
    page: list[Drawn] = [
        *_opening(),
        (56, 735, "Helvetica-Bold", 9.0, "Voortgangsprojecten"),
        (66, 722, "ZapfDingbats", 9.0, "n"),
        (76, 722, "Helvetica", 9.0, "Gezamenlijke patrouilles."),
        (66, 709, "ZapfDingbats", 9.0, "n"),
        (76, 709, "Helvetica", 9.0, "Een gedeelde opleiding."),
        (56, 690, "Helvetica-Bold", 9.0, "Nieuwe projecten 2031"),
        (66, 677, "ZapfDingbats", 9.0, "n"),
        (76, 677, "Helvetica", 9.0, "Een meldpunt."),
    ]
    doc = parse_file(_pdf(tmp_path / "dingbats.pdf", [page]))
    assert _items(doc, "1.1") == [
        (ItemKind.ONGOING, "Gezamenlijke patrouilles."),
        (ItemKind.ONGOING, "Een gedeelde opleiding."),
        (ItemKind.NEW, "Een meldpunt."),
    ]


def test_footnotes_leave_the_text_and_their_marks_the_words(tmp_path: Path) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page: list[Drawn] = [
        *_opening(),
        # A mark right after the heading, raised and small.
        (56 + stringWidth("1.1 Politie", "Helvetica-Bold", 11), 754, "Helvetica", 6.5, "1"),
        (56, 735, "Helvetica-Bold", 9.0, "Voortgangsprojecten"),
        (66, 722, "Helvetica", 9.0, "•  Gezamenlijke patrouilles."),
        (66, 709, "Helvetica", 9.0, "•  Een gedeelde opleiding."),
        (56, 80, "Helvetica", 5.0, "1"),
        (62, 77, "Helvetica", 7.5, "Zie het verdrag van 2018."),
    ]
    doc = parse_file(_pdf(tmp_path / "noten.pdf", [page]))
    section = doc.chapters[0].sections[0]
    assert section.title == "Politie"
    assert [item.body for item in section.items] == [
        "Gezamenlijke patrouilles.",
        "Een gedeelde opleiding.",
    ]


def test_dash_lists_take_their_level_from_the_indent(tmp_path: Path) -> None:
    """'–' opens the entries and '·' their points: a dash is a list mark like a bullet."""
    page: list[Drawn] = [
        (56, 800, "Times-Bold", 11.0, "Jaarplan 2031"),
        (56, 780, "Times-Bold", 11.0, "1. Veiligheid"),
        (56, 765, "Times-Bold", 11.0, "1.1. Politie"),
        (56, 750, "Times-Italic", 11.0, "Voortgangsprojecten"),
        (66, 736, "Times-Roman", 11.0, "– Uitbreiden van de patrouilles:"),
        (82, 722, "Times-Roman", 11.0, "· in de treinen;"),
        (82, 708, "Times-Roman", 11.0, "· op de snelwegen."),
        (66, 694, "Times-Roman", 11.0, "– Een gedeelde opleiding."),
        (56, 680, "Times-Italic", 11.0, "Werkgroepen en commissies"),
        (66, 666, "Times-Roman", 11.0, "– Politieforum"),
        (82, 652, "Times-Roman", 11.0, "· Subgroep Opleiding (POL-OPL)"),
        (66, 638, "Times-Roman", 11.0, "– Werkgroep Drugs (DROG)"),
    ]
    doc = parse_file(_pdf(tmp_path / "streepjes.pdf", [page]))
    assert [body for _kind, body in _items(doc, "1.1")] == [
        "Uitbreiden van de patrouilles: - in de treinen; - op de snelwegen.",
        "Een gedeelde opleiding.",
    ]
    assert _groups(doc, "1.1") == _POLICE_GROUPS


def test_numbers_set_apart_start_entries_as_word_prints_them(tmp_path: Path) -> None:
    """'1.<tab>' and 'a)<tab>' indented under a label: entries and their points, no numbers;
    a numbered heading at the margin stays a heading."""
    page: list[Drawn] = [
        (56, 800, "Helvetica-Bold", 16.0, "Jaarplan 2031"),
        (56, 770, "Helvetica-Bold", 13.0, "1."),
        (80, 770, "Helvetica-Bold", 13.0, "Veiligheid"),
        (56, 750, "Helvetica-Bold", 11.0, "1.1 Politie"),
        (56, 735, "Helvetica-Bold", 9.0, "Voortgangsprojecten"),
        (74, 722, "Helvetica", 9.0, "1."),
        (92, 722, "Helvetica", 9.0, "Uitbreiden van de patrouilles:"),
        (110, 709, "Helvetica", 9.0, "a)"),
        (128, 709, "Helvetica", 9.0, "in de treinen;"),
        (74, 696, "Helvetica", 9.0, "2."),
        (92, 696, "Helvetica", 9.0, "Een gedeelde opleiding."),
        (56, 680, "Helvetica-Bold", 9.0, "Nieuwe projecten 2031"),
        (74, 667, "Helvetica", 9.0, "1."),
        (92, 667, "Helvetica", 9.0, "Een meldpunt."),
    ]
    doc = parse_file(_pdf(tmp_path / "genummerd.pdf", [page]))
    assert [(c.number, c.title) for c in doc.chapters] == [("1", "Veiligheid")]
    assert _items(doc, "1.1") == [
        (ItemKind.ONGOING, "Uitbreiden van de patrouilles: - in de treinen;"),
        (ItemKind.ONGOING, "Een gedeelde opleiding."),
        (ItemKind.NEW, "Een meldpunt."),
    ]


def test_a_table_of_workgroups_code_first_with_sub_group_rows(tmp_path: Path) -> None:
    """Cells far apart on a row are one entry; '– name' marks a sub-group's row, also with
    its code cell empty; a name that wrapped in its cell is put back together."""
    rows = [
        ("Code", "Naam"),
        ("RO/BCRO", "Commissie Ruimtelijke Ordening"),
        ("RO/O-E", "– Subgroep Oost"),
        ("", "– Subgroep Water"),
        ("SENN-CRISE", "Strategische werkgroep"),
    ]
    page: list[Drawn] = [
        *_opening("1.1 Ruimte"),
        (56, 735, "Helvetica-Bold", 9.0, "Voortgangsprojecten"),
        (66, 722, "Helvetica", 9.0, "•  Een gedeelde kaart."),
        (56, 705, "Helvetica-Bold", 9.0, "Werkgroepen en commissies"),
    ]
    for row, (code, name) in enumerate(rows):
        y = 688 - 18 * row
        if code:
            page.append((60, y, "Helvetica", 9.0, code))
        page.append((200, y, "Helvetica", 9.0, name))
    page.append((200, 688 - 18 * 4 - 11, "Helvetica", 9.0, "Crisisbeheersing"))
    doc = parse_file(_pdf(tmp_path / "tabel.pdf", [page]))
    section = doc.chapters[0].sections[0]
    commissie, crisis = section.workgroups
    assert (commissie.name, commissie.code) == ("Commissie Ruimtelijke Ordening", "RO/BCRO")
    assert [(c.name, c.code) for c in commissie.children] == [
        ("Subgroep Oost", "RO/O-E"),
        ("Subgroep Water – Commissie Ruimtelijke Ordening", None),
    ]
    assert (crisis.name, crisis.code) == ("Strategische werkgroep Crisisbeheersing", "SENN-CRISE")


def test_italic_headings_of_the_same_size_are_one_level_deeper(tmp_path: Path) -> None:
    """Word's Heading 3 and 4 differ only by italics: the italic ones are themes' items."""
    page: list[Drawn] = [
        (56, 800, "Helvetica-Bold", 18.0, "Jaarplan 2031"),
        (56, 770, "Helvetica-Bold", 15.0, "1. Veiligheid"),
        (56, 745, "Helvetica-Bold", 13.0, "1.1 Politie"),
        (56, 725, "Helvetica-Bold", 10.0, "1.1.1 Opleiding"),
        (56, 705, "Helvetica-BoldOblique", 10.0, "GEMEENSCHAPPELIJKE cursus"),
        (56, 690, "Helvetica", 10.0, "De drie landen leiden hun agenten samen op."),
        (56, 670, "Helvetica-BoldOblique", 10.0, "UITWISSELING van docenten"),
        (56, 655, "Helvetica", 10.0, "Docenten geven les in een ander land."),
        (56, 635, "Helvetica-Bold", 10.0, "1.1.2 Samenwerking"),
        (56, 615, "Helvetica-BoldOblique", 10.0, "PATROUILLES in de treinen"),
        (56, 600, "Helvetica", 10.0, "Agenten reizen samen mee."),
    ]
    for index in range(12):  # body text enough for its size to be the body's
        page.append(
            (56, 560 - 12 * index, "Helvetica", 10.0, f"Meer tekst over de samenwerking {index}.")
        )
    doc = parse_file(_pdf(tmp_path / "koppen.pdf", [page]))
    sections = {s.number: s for s in doc.iter_sections()}
    assert [i.title for i in sections["1.1.1"].items] == [
        "Gemeenschappelijke cursus",
        "Uitwisseling van docenten",
    ]
    assert [i.title for i in sections["1.1.2"].items] == ["Patrouilles in de treinen"]


def test_word_entries_typed_with_a_mark_and_a_tab(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("Jaarplan 2031", style="Title")
    document.add_paragraph().add_run("1.\tVeiligheid").bold = True
    document.add_paragraph().add_run("1.1\tPolitie").bold = True
    for label, entries in (
        (
            "Voortgangsprojecten",
            [
                ("-", 1, "Uitbreiden van de patrouilles:"),
                ("o", 2, "in de treinen;"),
                ("-", 1, "Een opleiding."),
            ],
        ),
        (
            "Werkgroepen",
            [
                ("•", 1, "Politieforum"),
                ("o", 2, "Subgroep Opleiding (POL-OPL)"),
                ("•", 1, "DROG: Werkgroep Drugs"),
            ],
        ),
    ):
        document.add_paragraph().add_run(label).bold = True
        for mark, level, text in entries:
            paragraph = document.add_paragraph(f"{mark}\t{text}")
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:ind {namespace} w:left="{360 * level}" w:hanging="360"/>')
            )
    path = tmp_path / "getypt.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert _items(doc, "1.1") == _police_items("in de treinen;")
    assert _groups(doc, "1.1") == _POLICE_GROUPS


def test_word_table_rows_marked_with_a_dash_are_sub_groups(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Jaarplan 2031", style="Title")
    document.add_heading("1. Ruimte", level=1)
    document.add_heading("1.1 Ordening", level=2)
    document.add_heading("Voortgangsprojecten", level=3)
    document.add_paragraph("Een gedeelde kaart.", style="List Bullet")
    document.add_heading("Werkgroepen en commissies", level=3)
    table = document.add_table(rows=0, cols=2)
    for code, name in (
        ("Code", "Naam"),
        ("RO/BCRO", "Commissie Ruimtelijke Ordening"),
        ("RO/O-E", "– Subgroep Oost"),
        ("", "– Subgroep Water"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = code, name
    path = tmp_path / "tabel.docx"
    document.save(str(path))
    assert _groups(parse_file(path), "1.1") == [
        ("Commissie Ruimtelijke Ordening", "RO/BCRO", ["RO/O-E", None])
    ]


def test_labels_worded_otherwise_in_three_languages() -> None:
    for text, label in (
        ("Commissies en werkgroepen", "workgroups"),
        ("Werkgroepen, commissies en platforms", "workgroups"),
        ("Committees and working groups", "workgroups"),
        ("Groupes de travail, commissions et plateformes", "workgroups"),
        ("Nieuwe initiatieven 2025", "new"),
        ("New initiatives for 2025", "new"),
        ("Nouveaux projets et initiatives pour 2025", "new"),
        ("Lopende projecten", "ongoing"),
        ("Continuing projects", "ongoing"),
        ("Doelstellingen", "objective"),
    ):
        assert label_of(text) == label, text
    # Names of bodies and entries of a list are not labels.
    for text in ("Commission", "Platform", "- Working Group", "Working Group", "• Werkgroepen"):
        assert label_of(text) is None, text


def test_underlined_headings_and_marked_lists_in_text() -> None:
    text = """Jaarplan 2031
=============

1. Veiligheid
=============

1.1 Politie
-----------

*Lopende projecten*

1. Uitbreiden van de patrouilles:
    - in de treinen;
2. Een opleiding.

*Commissies en werkgroepen*

+ Politieforum
    + Subgroep Opleiding (POL-OPL)
+ Werkgroep Drugs (DROG)
"""
    doc = parse_lines(text.splitlines(), name="plan.md")
    assert doc.year == 2031
    assert [(c.number, c.title) for c in doc.chapters] == [("1", "Veiligheid")]  # "2." is an entry
    assert _items(doc, "1.1") == _police_items("in de treinen;")
    assert _groups(doc, "1.1") == _POLICE_GROUPS


def test_dash_entries_of_a_plain_text_plan() -> None:
    text = """Jaarplan 2031

1. Veiligheid

1.1. Politie

Lopende projecten
- Uitbreiden van de patrouilles:
    a) in de treinen;
    b) op de snelwegen.
- Een opleiding.

Werkgroepen en commissies
- Politieforum
    - Subgroep Opleiding (POL-OPL)
- Werkgroep Drugs (DROG)
"""
    doc = parse_lines(text.splitlines(), name="plan.txt")
    assert _items(doc, "1.1") == _police_items("in de treinen;", "op de snelwegen.")
    assert _groups(doc, "1.1") == _POLICE_GROUPS


def test_lists_written_the_2013_way_are_left_as_they_are() -> None:
    lines = [
        "Voortgangsprojecten",
        " Geven van invulling aan de verbanden:",
        "- Inzake elektriciteit;",
        " - Inzake gas.",
        " Uitwisselen van praktijken.",
    ]
    assert marked_lists(lines) == lines


def test_codes_of_two_words_before_or_after_the_name() -> None:
    for text in (
        "Penta SG1: Ondersteuningsgroep 1",
        "Penta SG1 – Ondersteuningsgroep 1",
        "Ondersteuningsgroep 1 – Penta SG1",
    ):
        [group] = parse_workgroup(text)
        assert (group.name, group.code) == ("Ondersteuningsgroep 1", "Penta SG1"), text
    for text in ("Groep 1 – Energie", "Support Group – Energie"):
        [group] = parse_workgroup(text)
        assert group.code is None, text


def test_a_contact_whose_line_wrapped_before_the_address() -> None:
    lines = [
        "Noordrijn-Westfalen",
        "P. Belling, verbindingspersoon met Noordrijn-Westfalen bij de Benelux-Unie",
        "p.belling@benelux.int",
        "Innovator",
        "P. Janssens – p.janssens@benelux.int",
    ]
    contacts = parse_contacts(list(enumerate(lines, start=1)), [], [])
    assert [(c.name, c.email, c.domain) for c in contacts] == [
        ("P. Belling", "p.belling@benelux.int", "Noordrijn-Westfalen"),
        ("P. Janssens", "p.janssens@benelux.int", "Innovator"),
    ]


def test_the_lists_tell_the_year_when_only_the_text_names_another() -> None:
    lines = [
        "1. Inleiding",
        "Het jaarplan 2030 en het programma worden samen gelezen.",
        "2. Veiligheid",
        "2.1. Politie",
    ]
    for number in range(3):
        lines += ["Nieuwe projecten 2031", f" Project {number}."]
    assert parse_lines(lines, name="plan.txt").year == 2031
    titled = ["Jaarplan 2030", *lines]
    assert parse_lines(titled, name="plan.txt").year == 2030  # a title line decides


def test_the_contacts_chapter_of_a_plan_in_markdown() -> None:
    text = """# Jaarplan 2031

# 1. Veiligheid

## 1.1 Politie

### PATROUILLES in de treinen

Agenten reizen samen mee.

## 1.2 Crisis

### OEFENING van de crisiscentra

Een oefening per jaar.

# 2. Contacten Secretariaat-Generaal

## Veiligheid

Teamhoofd – Tel. +32 2 519 38 40

- D. Muller – d.muller@benelux.int (tot 1 maart 2031)
- E. Bakker – e.bakker@benelux.int
"""
    doc = parse_lines(text.splitlines(), name="plan.md")
    assert [c.title for c in doc.chapters] == ["Veiligheid", "Contacten Secretariaat-Generaal"]
    muller, bakker = doc.contacts
    assert (muller.name, muller.domain, str(muller.valid_until)) == (
        "D. Muller",
        "Veiligheid",
        "2031-03-01",
    )
    assert (bakker.name, bakker.phone) == ("E. Bakker", "+32 2 519 38 40")


def test_contents_page_and_running_heads_naming_the_chapter(tmp_path: Path) -> None:
    """A contents page with dot leaders is read as contents (checked against the headings,
    not run together into one paragraph); a small head repeating a chapter's title above
    everything else on a page is furniture, even when no other page repeats it; a pair of
    workgroups set on one row is two workgroups."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    contents: list[Drawn] = [(56, 780, "Times-Bold", 15.0, "Inhoud")]
    for row, (text, page) in enumerate(
        (
            ("1. Veiligheid", 2),
            ("1.1. Politie", 2),
            ("2. Ruimte", 4),
            ("2.1. Ordening", 4),
            ("2.2. Natuur", 4),  # announced, not in the text: the contents are read
        )
    ):
        leader = text + " "
        while stringWidth(leader + " .", "Times-Roman", 10.5) < 470:
            leader += " ."
        y = 750 - 16 * row
        contents += [(56, y, "Times-Roman", 10.5, leader), (533, y, "Times-Roman", 10.5, str(page))]
    chapter_one: list[Drawn] = [
        (56, 760, "Times-Bold", 15.0, "1. Veiligheid"),
        (56, 735, "Times-Bold", 12.0, "1.1. Politie"),
        (56, 715, "Times-Italic", 10.5, "Voortgangsprojecten"),
        (66, 701, "Times-Roman", 10.5, f"•  {_PATROLS}"),
        (280, 40, "Times-Roman", 8.0, "2"),
    ]
    chapter_one_goes_on: list[Drawn] = [
        (56, 800, "Times-Roman", 8.0, "1. Veiligheid"),  # the head, on this page only
        (66, 760, "Times-Roman", 10.5, f"•  {_TRAINING}"),
        (56, 740, "Times-Italic", 10.5, "Werkgroepen en commissies"),
        (66, 726, "Times-Roman", 10.5, "•  Werkgroep Politie (POL)"),
        (300, 726, "Times-Roman", 10.5, "•  Werkgroep Drugs (DROG)"),
        (280, 40, "Times-Roman", 8.0, "3"),
    ]
    chapter_two: list[Drawn] = [
        (56, 760, "Times-Bold", 15.0, "2. Ruimte"),
        (56, 735, "Times-Bold", 12.0, "2.1. Ordening"),
        (56, 715, "Times-Italic", 10.5, "Nieuwe projecten 2031"),
        (66, 701, "Times-Roman", 10.5, f"•  {_EXERCISE}"),
        (56, 681, "Times-Italic", 10.5, "Voortgangsprojecten"),
        (66, 667, "Times-Roman", 10.5, f"•  {_CHECKS}"),
        (280, 40, "Times-Roman", 8.0, "4"),
    ]
    pages = [contents, chapter_one, chapter_one_goes_on, chapter_two]
    doc = parse_file(_pdf(tmp_path / "inhoud.pdf", pages))
    assert [(c.number, c.title) for c in doc.chapters] == [("1", "Veiligheid"), ("2", "Ruimte")]
    assert [w.message for w in doc.warnings if "contents" in w.message] == [
        "2.2 is in the table of contents but not in the text"
    ]
    assert _items(doc, "1.1") == [(ItemKind.ONGOING, _PATROLS), (ItemKind.ONGOING, _TRAINING)]
    assert _groups(doc, "1.1") == [
        ("Werkgroep Politie", "POL", []),
        ("Werkgroep Drugs", "DROG", []),
    ]
    assert _items(doc, "2.1") == [(ItemKind.NEW, _EXERCISE), (ItemKind.ONGOING, _CHECKS)]
