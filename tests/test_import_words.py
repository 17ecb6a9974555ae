"""Words of a PDF come out as its reader sees them: not glued where the PDF draws a word gap by
moving the text (no space glyph), and not glued where a line ends on a hyphen that belongs to
the word (trial 6/7: "de samenwerkingtussenhulpdiensten"; that one is drawn so in the 2013 PDF
itself, as pdftotext and pdfminer read it too, and stays as printed).

The oracle is pdfminer's own ``extract_text`` (its layout analysis, not our grouping of the
characters); ``bench/bench_import_words.py`` prints the same count for every kept PDF, with
pdftotext beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from _seed_documents import CASES, DATA

from bnldesk.services.importer import read_for_review
from bnldesk.services.importer.cleaning import dehyphenate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from bench_import_words import glued_words, our_text, pdfminer_text

# Compounds whose own hyphen fell at a line end and cannot be told from a syllable break
# without a dictionary ("table-" / "top"): what is still glued, per document.
STILL_GLUED = {
    "jaarplan-2013-2col.pdf": set(),
    "jaarplan-2013-libreoffice.pdf": {"adhocbezoeken"},
    "jaarplan-2014-edited.pdf": {"tabletop"},
    "jaarplan-2022-word.pdf": {"apppolitie", "elektriciteitscrisis", "macrofiscale"},
}
PLACES = {
    "jaarplan-2013-2col.pdf": CASES / "docs",
    "jaarplan-2013-libreoffice.pdf": DATA,
    "jaarplan-2014-edited.pdf": DATA,
    "jaarplan-2022-word.pdf": DATA,
}


@pytest.mark.parametrize("name", sorted(STILL_GLUED))
def test_no_word_is_glued_that_pdfminer_reads_apart(name: str) -> None:
    path = PLACES[name] / name
    glued = glued_words(our_text(path), pdfminer_text(path))
    assert set(glued) == STILL_GLUED[name]


@pytest.mark.parametrize(
    ("name", "kept", "glued"),
    [
        ("jaarplan-2013-libreoffice.pdf", "btw-aangifte", "btwaangifte"),
        ("jaarplan-2013-libreoffice.pdf", "e-governance", "egovernance"),
        ("jaarplan-2014-edited.pdf", "energie-efficiëntie", "energieefficiëntie"),
        ("jaarplan-2014-edited.pdf", "micro-elektronica", "microelektronica"),
        ("jaarplan-2022-word.pdf", "zero-emissiezones", "zeroemissiezones"),
        ("jaarplan-2022-word.pdf", "pre-employment", "preemployment"),
        ("jaarplan-2022-word.pdf", "communicatie-inspanning", "communicatieinspanning"),
    ],
)
def test_a_words_own_hyphen_at_a_line_end_is_kept(name: str, kept: str, glued: str) -> None:
    text = our_text(PLACES[name] / name).casefold()
    assert kept in text
    assert glued not in text


def test_line_end_hyphens_of_a_break_are_taken_out_and_a_words_own_kept() -> None:
    lines = [
        "de samenwerking wordt verder ont-",  # a syllable break: joined
        "plooit in de grensregio's en de samen-",
        "werking tussen de hulpdiensten, de btw-",  # no vowel: an abbreviation's hyphen
        "aangifte, de energie-",  # "ee" would read as one vowel: the compound's hyphen
        "efficiëntie, de e-",  # one letter: its hyphen
        "governance en de informatie-",  # "eu": kept
        "uitwisseling, de gas- en",  # elided compound: stays as written
        "elektriciteitsmarkt en de coör-",  # "ö" after "r": joined
        "dinatie.",
    ]
    assert " ".join(part for part in dehyphenate(lines) if part) == (
        "de samenwerking wordt verder ontplooit in de grensregio's en de samenwerking "
        "tussen de hulpdiensten, de btw-aangifte, de energie-efficiëntie, de e-governance "
        "en de informatie-uitwisseling, de gas- en elektriciteitsmarkt en de coördinatie."
    )


# The white drawn between the words of each entry (thousandths of an em) and its last word.
OFFSETS = {
    300: "hulpdiensten",
    250: "politiediensten",
    200: "gemeenten",
    180: "provincies",
    150: "havens",
    120: "universiteiten",
}


def _gaps_pdf(target: Path) -> Path:
    """A plan whose entries draw their word gaps without a space glyph: by TJ offsets of
    0.30 down to 0.12 em, by Td moves of 0.16 em, and real spaces squeezed by word spacing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(target), pagesize=A4)
    height = A4[1]
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(50, height - 40, "Jaarplan 2026")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, height - 70, "1. Interne markt")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(50, height - 95, "1.1. Energiebeleid")
    pdf.setFont("Helvetica-BoldOblique", 9)
    pdf.drawString(50, height - 115, "Nieuwe projecten 2026")
    y = height - 140
    for offset, partners in OFFSETS.items():
        text = pdf.beginText(60, y)
        text.setFont("Helvetica", 9)
        words = ["Stimuleren", "van", "de", "samenwerking", "tussen", partners]
        text._code.append("[" + f" -{offset} ".join(f"({word})" for word in words) + "] TJ")
        pdf.drawText(text)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(50, y, "\u2022")
        y -= 24
    text = pdf.beginText(60, y)
    text.setFont("Helvetica", 9)
    for word in ["Uitwerken", "van", "een", "gezamenlijk", "plan"]:
        text._code.append(f"({word}) Tj {stringWidth(word, 'Helvetica', 9) + 0.16 * 9:.2f} 0 Td")
    pdf.drawText(text)
    pdf.drawString(50, y, "\u2022")
    y -= 24
    text = pdf.beginText(60, y)
    text.setFont("Helvetica", 9)
    text._code.append("-0.9 Tw (Organiseren van een oefening met de buurlanden) Tj 0 Tw")
    pdf.drawText(text)
    pdf.drawString(50, y, "\u2022")
    pdf.showPage()
    pdf.save()
    return target


def test_word_gaps_drawn_by_moving_the_text_are_spaces(tmp_path: Path) -> None:
    review = read_for_review(_gaps_pdf(tmp_path / "jaarplan-2026.pdf"))
    (section,) = review.documents[0].iter_sections()
    assert [item.body for item in section.items] == [
        f"Stimuleren van de samenwerking tussen {partners}" for partners in OFFSETS.values()
    ] + [
        "Uitwerken van een gezamenlijk plan",
        "Organiseren van een oefening met de buurlanden",
    ]
