"""Make our own test plans, in our own words, with their ground truth (``NAME.truth.json``).

    .venv/bin/python tests/data/import/make_documents.py

Each document is written from one description (:data:`FR_PLAN`, :data:`NL_PLAN`,
:data:`FR_PROGRAMME`) in a layout that the seeds do not have, and its truth from the same
description, so the truth never comes from the importer:

- ``plan-annuel-2024-fr.pdf``: a French plan, one column, serif fonts, headings told apart by
  size only, "Page N / M" feet and a running head, bullet and dash lists, a heading wrapped
  over two lines, a footnote marker;
- ``jaarplan-2024-wordnumbered.docx``: a Dutch plan whose chapter and section numbers come from
  Word's multilevel list, kind labels in bold Normal paragraphs, lists as "List Paragraph"
  with bullet numbering (workgroups nested at the second level);
- ``programme-travail-2025-2028-fr.txt``: a French work programme with a table of contents;
- ``scanned-plan.pdf`` (no truth): a page with only a drawing, no text layer;
- with LibreOffice present (``soffice``), PDF exports of the Word documents:
  ``jaarplan-2024-wordnumbered.pdf``, ``jaarplan-2024-tables.pdf`` (same truth as the .docx),
  ``jaarplan-2013-libreoffice.pdf`` (from ``shared/cases/import/docs/jaarplan-2013-headings
  .docx``) and ``plan-annuel-2023-fr-libreoffice.pdf`` (the French plan, Markdown headings as
  Word heading styles); their truth is the shared one (see ``tests/_seed_documents.py``).

More documents, in the forms delegates receive that these do not cover, are made by
``make_received_documents.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

Section = dict[str, Any]

FR_PLAN: dict[str, Any] = {
    "year": 2024,
    "chapters": [
        (
            "1",
            "Marché intérieur et union économique",
            [
                {
                    "number": "1.1",
                    "title": "Énergie et climat",
                    "objective": [
                        "Renforcer la coopération régionale sur les réseaux électriques."
                    ],
                    "ongoing": [
                        "Suivre la mise en œuvre du couplage des marchés de gros de l'électricité;",
                        "Échanger les bonnes pratiques sur le stockage de l'énergie.",
                    ],
                    "new": ["Étudier un cadre commun pour l'hydrogène transfrontalier."],
                    "workgroups": [
                        (
                            "Forum pentalatéral de l'énergie",
                            None,
                            [
                                ("Groupe de soutien 1", "Penta SG1"),
                                ("Groupe de soutien 2", "Penta SG2"),
                            ],
                        ),
                        ("Plateforme gaz", "GAS-PF", []),
                    ],
                },
                {
                    "number": "1.2",
                    "title": "Coopération transfrontalière dans les régions frontalières et les eurorégions",
                    "objective": [
                        "Lever les obstacles que rencontrent les travailleurs frontaliers."
                    ],
                    "ongoing": ["Tenir à jour l'inventaire des obstacles transfrontaliers."],
                    "new": [
                        "Organiser un atelier sur la reconnaissance des diplômes;",
                        "Publier un guide pour les communes frontalières.",
                    ],
                    "workgroups": [
                        ("Comité de direction Coopération transfrontalière", "GS-CT-Dir", [])
                    ],
                },
            ],
        ),
        (
            "2",
            "Justice et affaires intérieures",
            [
                {
                    "number": "2.1",
                    "title": "Coopération policière",
                    "objective": ["Appliquer pleinement le nouveau traité de police."],
                    "ongoing": ["Poursuivre les patrouilles communes dans la zone frontalière."],
                    "new": ["Mettre en place un point de contact commun pour la cybercriminalité."],
                    "workgroups": [
                        ("Concertation stratégique police", "SENN/POL-STRAT", []),
                        ("Groupe de travail Formation policière", "SENN/POL/STRAT-FORM", []),
                    ],
                },
                {
                    "number": "2.2",
                    "title": "Gestion des crises",
                    "objective": ["Préparer ensemble la réponse aux crises transfrontalières."],
                    "ongoing": ["Tenir un exercice commun des centres de crise."],
                    "new": ["Rédiger un accord sur l'évacuation vers un pays voisin."],
                    "workgroups": [
                        ("Groupe de travail stratégique Gestion des crises", "SENN-CRISE", []),
                        ("Identification des risques", "SENN-CRISE/RISK", []),
                    ],
                },
            ],
        ),
    ],
}

NL_PLAN: dict[str, Any] = {
    "year": 2024,
    "chapters": [
        ("1", "Inleiding", []),
        (
            "2",
            "Duurzame ontwikkeling",
            [
                {
                    "number": "2.1",
                    "title": "Ruimtelijke ordening",
                    "objective": [
                        "Afstemmen van de ruimtelijke plannen aan weerszijden van de grens."
                    ],
                    "ongoing": [
                        "Bijwerken van de gezamenlijke kaart van het grensgebied;",
                        "Opvolgen van de structuurvisie voor de kustzone.",
                    ],
                    "new": ["Opzetten van een netwerk van planologen in de grensregio."],
                    "workgroups": [
                        (
                            "Commissie Ruimtelijke Ordening",
                            "RO/BCRO",
                            [("Subgroep Oost", "RO/O-E"), ("Subgroep Zuid", "RO/SUD")],
                        )
                    ],
                },
                {
                    "number": "2.2",
                    "title": "Natuur en landschap",
                    "objective": ["Beschermen van grensoverschrijdende natuurgebieden."],
                    "ongoing": ["Beheren van het drielandenpark met een gezamenlijk plan."],
                    "new": [
                        "Uitwerken van een gezamenlijke aanpak voor exoten;",
                        "Starten van een educatieproject over de heide.",
                    ],
                    "workgroups": [
                        ("Werkgroep Exoten", "NAT/EXO", []),
                        ("Werkgroep Jacht", "NAT/JV", []),
                    ],
                },
            ],
        ),
        (
            "3",
            "Veiligheid",
            [
                {
                    "number": "3.1",
                    "title": "Drugsbestrijding",
                    "objective": ["Verminderen van drugstoerisme in de grensstreek."],
                    "ongoing": ["Uitwisselen van gegevens over nieuwe synthetische middelen."],
                    "new": ["Organiseren van een gezamenlijke controleactie."],
                    "workgroups": [("Werkgroep Drugs", "DROG", [])],
                },
            ],
        ),
    ],
}

FR_PROGRAMME = {
    "period": (2025, 2028),
    "themes": [
        (
            "SÉCURITÉ ET SOCIÉTÉ RÉSILIENTE",
            [
                "Sécurité transfrontalière et lutte contre la criminalité",
                "Gestion des crises et résilience",
            ],
        ),
        (
            "INTÉGRATION ÉCONOMIQUE ET CROISSANCE DURABLE",
            [
                "Renforcement du marché intérieur",
                "Mobilité intelligente et durable",
                "Archivage numérique",
            ],
        ),
        (
            "DÉVELOPPEMENT DURABLE ET TRANSITION VERTE",
            [
                "La mer du Nord, source d'énergie verte",
                "Économie circulaire",
            ],
        ),
    ],
}

NL_PROGRAMME = {
    "period": (2017, 2020),
    "themes": [
        (
            "Interne markt en economie",
            [
                "Grensoverschrijdende arbeidsmarkt",
                "Energie en klimaat",
            ],
        ),
        (
            "Duurzame ontwikkeling",
            [
                "Ruimtelijke ordening en natuur",
                "Mobiliteit en transport",
            ],
        ),
        (
            "Justitie en binnenlandse zaken",
            [
                "Politiesamenwerking",
                "Crisisbeheersing",
            ],
        ),
        (
            "Samenwerking met de buren",
            [
                "Noordrijn-Westfalen",
                "Andere partners in Europa",
            ],
        ),
    ],
}

EN_PLAN: dict[str, Any] = {
    "year": 2025,
    "chapters": [
        (
            "1",
            "Security and resilience",
            [
                {
                    "number": "1.1",
                    "title": "Police cooperation",
                    "objective": ["Make the police treaty work in daily practice."],
                    "ongoing": ["Joint patrols on the trains across the border."],
                    "new": ["A common training day for officers of the three countries."],
                    "workgroups": [
                        ("Strategic police consultation", "SENN/POL-STRAT", []),
                        ("Working group Police training", "SENN/POL/STRAT-FORM", []),
                    ],
                },
                {
                    "number": "1.2",
                    "title": "Crisis management",
                    "objective": ["Prepare together for floods and power cuts."],
                    "ongoing": ["Keep the inventory of agreements between the crisis centres."],
                    "new": ["Write a joint plan for the evacuation of border towns."],
                    "workgroups": [("Strategic working group Crisis management", "SENN-CRISE", [])],
                },
            ],
        ),
        (
            "2",
            "Internal market",
            [
                {
                    "number": "2.1",
                    "title": "Retail market",
                    "objective": ["Remove territorial supply constraints."],
                    "ongoing": ["Monitor the prices of the same products in the three countries."],
                    "new": ["Talk with the European Commission about a common position."],
                    "workgroups": [("Working group Internal market", "MI-RETAIL", [])],
                },
            ],
        ),
    ],
}

# The French plan's last chapter: per domain a team head (with a phone) and staff.
FR_CONTACTS_TITLE = "Personnes de contact"
FR_CONTACTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    # (domain, the team head's phone, [(name, e-mail, validity)])
    ("Marché intérieur", "+32 2 519 38 11", [("A. Dupont", "a.dupont@benelux.int", "")]),
    ("Énergie et climat", "", [("B. Martin", "b.martin@benelux.int", "")]),
    (
        "Coopération policière",
        "",
        [
            ("C. Leroy", "c.leroy@benelux.int", "jusqu'au 1 mars 2024"),
            ("D. Weber", "d.weber@benelux.int", "à partir du 1 mars 2024"),
        ],
    ),
]

FR_LABELS = {
    "objective": "Objectif général",
    "ongoing": "Projets en cours",
    "new": "Nouveaux projets 2024",
    "workgroups": "Groupes de travail et commissions",
}
NL_LABELS = {
    "objective": "Algemene doelstelling",
    "ongoing": "Voortgangsprojecten",
    "new": "Nieuwe projecten 2024",
    "workgroups": "Werkgroepen en commissies",
}


def french_truth(name: str) -> dict[str, Any]:
    """The French plan's truth, its contacts chapter included."""
    truth = plan_truth(FR_PLAN, name)
    truth["chapters"].append(
        {"number": str(len(FR_PLAN["chapters"]) + 1), "title": FR_CONTACTS_TITLE}
    )
    truth["contacts_unique"] = [n for _d, _p, people in FR_CONTACTS for n, _e, _v in people]
    truth["contact_roles"] = [
        {"name": n, "email": e, "domain": d} for d, _p, people in FR_CONTACTS for n, e, _v in people
    ]
    return truth


def french_contact_lines() -> list[str]:
    """The contacts chapter's lines, as printed."""
    lines: list[str] = []
    for domain, phone, people in FR_CONTACTS:
        lines.append(domain)
        if phone:
            lines.append(f"Chef d'équipe – Tél. : {phone}")
        for name, email, validity in people:
            lines.append(f"{name} – {email}" + (f" ({validity})" if validity else ""))
    return lines


def plan_truth(plan: dict[str, Any], name: str) -> dict[str, Any]:
    """The ground truth of a plan description, in the format of shared/cases/import/truth."""
    truth: dict[str, Any] = {
        "document": name,
        "plan_year": plan["year"],
        "chapters": [],
        "sections": [],
        "items": [],
        "workgroups": [],
        "contacts_unique": [],
    }
    for number, title, sections in plan["chapters"]:
        truth["chapters"].append({"number": number, "title": title})
        for section in sections:
            truth["sections"].append({"number": section["number"], "title": section["title"]})
            for kind in ("objective", "ongoing", "new"):
                for text in section[kind]:
                    truth["items"].append(
                        {"section": section["number"], "kind": kind, "text": text}
                    )
            for group_name, code, children in section["workgroups"]:
                label = f"{group_name} ({code})" if code else group_name
                truth["workgroups"].append(
                    {"section": section["number"], "name": label, "code": code, "parent": None}
                )
                for child_name, child_code in children:
                    truth["workgroups"].append(
                        {
                            "section": section["number"],
                            "name": f"{child_name} ({child_code})",
                            "code": child_code,
                            "parent": group_name,
                        }
                    )
    return truth


def make_french_pdf(target: Path) -> None:
    """The French plan as a one-column PDF with heads, feet, bullets and a wrapped heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(target), pagesize=A4)
    pages: list[list[tuple[str, float, str, float, float]]] = [[]]  # font, size, text, indent, gap
    y_budget = [height - 110]

    def put(font: str, size: float, text: str, indent: float = 0.0, gap: float = 0.0) -> None:
        needed = size * 1.3 + gap
        if y_budget[0] - needed < 70:
            pages.append([])
            y_budget[0] = height - 110
        y_budget[0] -= needed
        pages[-1].append((font, size, text, indent, gap))

    put("Times-Bold", 20, "Plan annuel 2024")
    put("Times-Italic", 11, "Union Benelux, Secrétariat général", gap=4)
    for number, title, sections in FR_PLAN["chapters"]:
        put("Times-Bold", 16, f"{number}. {title}", gap=10)
        put("Times-Roman", 10.5, "Ce chapitre rassemble les travaux prévus pour l'année¹.", gap=3)
        for section in sections:
            words = f"{section['number']} {section['title']}".split()
            first, rest = [], []
            for word in words:
                (first if len(" ".join([*first, word])) <= 45 and not rest else rest).append(word)
            put("Times-Bold", 13, " ".join(first), gap=8)
            if rest:
                put("Times-Bold", 13, " ".join(rest))
            for kind in ("objective", "ongoing", "new", "workgroups"):
                put("Times-BoldItalic", 11, FR_LABELS[kind], gap=5)
                if kind == "workgroups":
                    for group_name, code, children in section["workgroups"]:
                        put("Times-Roman", 10.5, f"• {group_name}" + (f" ({code})" if code else ""))
                        for child_name, child_code in children:
                            put("Times-Roman", 10.5, f"– {child_name} ({child_code})", indent=18)
                    continue
                for text in section[kind]:
                    put("Times-Roman", 10.5, f"• {text}")
    put("Times-Bold", 16, f"{len(FR_PLAN['chapters']) + 1}. {FR_CONTACTS_TITLE}", gap=10)
    for line in french_contact_lines():
        put("Times-Roman", 10.5, line, gap=2)
    total = len(pages)
    for index, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(60, height - 50, "Union Benelux")
        pdf.drawRightString(width - 60, height - 50, "Plan annuel 2024")
        pdf.drawCentredString(width / 2, 40, f"Page {index} / {total}")
        y = height - 110
        for font, size, text, indent, gap in lines:
            y -= size * 1.3 + gap
            pdf.setFont(font, size)
            if text.endswith("l'année¹."):
                body = text[:-2]
                pdf.drawString(72 + indent, y, body)
                pdf.setFont(font, size * 0.6)
                pdf.drawString(
                    72 + indent + pdf.stringWidth(body, font, size), y + size * 0.35, "1"
                )
                pdf.setFont(font, size)
                pdf.drawString(72 + indent + pdf.stringWidth(body, font, size) + size * 0.4, y, ".")
            else:
                pdf.drawString(72 + indent, y, text)
        pdf.showPage()
    pdf.save()


def make_word_numbered_docx(target: Path) -> None:
    """The Dutch plan in Word: numbered headings and bulleted lists from numbering.xml."""
    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    headings = (
        f'<w:abstractNum {namespace} w:abstractNumId="71"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pStyle w:val="Heading1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2."/><w:pStyle w:val="Heading2"/></w:lvl></w:abstractNum>'
    )
    bullets = (
        f'<w:abstractNum {namespace} w:abstractNumId="72"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
        '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(bullets))
    numbering.insert(0, parse_xml(headings))
    numbering.append(
        parse_xml(f'<w:num {namespace} w:numId="71"><w:abstractNumId w:val="71"/></w:num>')
    )
    numbering.append(
        parse_xml(f'<w:num {namespace} w:numId="72"><w:abstractNumId w:val="72"/></w:num>')
    )
    for level in (1, 2):
        # As Word writes it: the heading style names its list and its level.
        style = document.styles[f"Heading {level}"]
        ppr = style.element.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr {namespace}><w:ilvl w:val="{level - 1}"/><w:numId w:val="71"/></w:numPr>'
            )
        )

    def listed(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {namespace}><w:ilvl w:val="{level}"/><w:numId w:val="72"/></w:numPr>'
            )
        )

    document.add_paragraph("Jaarplan 2024", style="Title")
    for _number, title, sections in NL_PLAN["chapters"]:
        document.add_heading(title, level=1)
        if not sections:
            document.add_paragraph("Dit plan beschrijft de samenwerking van het komende jaar.")
        for section in sections:
            document.add_heading(section["title"], level=2)
            for kind in ("objective", "ongoing", "new", "workgroups"):
                document.add_paragraph().add_run(NL_LABELS[kind]).bold = True
                if kind == "workgroups":
                    for group_name, code, children in section["workgroups"]:
                        listed(f"{group_name} ({code})" if code else group_name, 0)
                        for child_name, child_code in children:
                            listed(f"{child_name} ({child_code})", 1)
                    continue
                for text in section[kind]:
                    listed(text, 0)
    document.save(str(target))


def make_french_programme(target: Path) -> dict[str, Any]:
    start, end = FR_PROGRAMME["period"]
    lines = [f"Programme de travail commun {start}-{end}", "", "Table des matières", ""]
    page = 3
    lines.append(f"INTRODUCTION\t{page}")
    for theme, subs in FR_PROGRAMME["themes"]:
        page += 1
        lines.append(f"{theme}\t{page}")
        for sub in subs:
            lines.append(f"{sub}\t{page}")
            page += 1
    lines += ["", "INTRODUCTION", "", "Les trois pays fixent ici leurs priorités communes.", ""]
    truth: dict[str, Any] = {
        "document": target.name,
        "kind": "programme",
        "period": f"{start}-{end}",
        "chapters": [],
        "sections": [],
        "items": [],
        "workgroups": [],
        "contacts_unique": [],
    }
    for number, (theme, subs) in enumerate(FR_PROGRAMME["themes"], start=1):
        truth["chapters"].append({"number": str(number), "title": theme})
        lines += [theme, "", "Sous ce thème, les pays travaillent ensemble.", ""]
        for position, sub in enumerate(subs, start=1):
            truth["sections"].append({"number": f"{number}.{position}", "title": sub})
            lines += [sub, "", "Les administrations échangent leurs pratiques.", ""]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return truth


def programme_truth(programme: dict[str, Any], name: str) -> dict[str, Any]:
    start, end = programme["period"]
    truth: dict[str, Any] = {
        "document": name,
        "kind": "programme",
        "period": f"{start}-{end}",
        "chapters": [],
        "sections": [],
        "items": [],
        "workgroups": [],
        "contacts_unique": [],
    }
    for number, (theme, subs) in enumerate(programme["themes"], start=1):
        truth["chapters"].append({"number": str(number), "title": theme})
        for position, sub in enumerate(subs, start=1):
            truth["sections"].append({"number": f"{number}.{position}", "title": sub})
    return truth


PROSE = (
    "De drie landen werken hier samen aan en stemmen hun beleid af, met aandacht voor de "
    "regio's aan de grens en voor wat burgers en bedrijven er dagelijks van merken. "
)


def make_programme_pdf(target: Path) -> None:
    """The 2017-2020 programme as a two-column PDF with numbered bold headings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(target), pagesize=A4)
    column_width = (width - 130) / 2
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(55, height - 70, "Gemeenschappelijk werkprogramma 2017-2020")
    flow: list[tuple[str, float, str]] = []
    flow += [("Helvetica", 9, line) for line in _wrap(_prose(0, 2), "Helvetica", 9, column_width)]
    for number, (theme, subs) in enumerate(NL_PROGRAMME["themes"], start=1):
        flow.append(("Helvetica-Bold", 13, f"{number}. {theme}"))
        flow += [
            ("Helvetica", 9, line)
            for line in _wrap(_prose(number, 1), "Helvetica", 9, column_width)
        ]
        for position, sub in enumerate(subs, start=1):
            flow.append(("Helvetica-Bold", 11, f"{number}.{position} {sub}"))
            text = _prose(number * 10 + position, 3)
            flow += [("Helvetica", 9, line) for line in _wrap(text, "Helvetica", 9, column_width)]
    page, column, y = 1, 0, height - 100
    for font, size, text in flow:
        step = size * 1.35 + (8 if size > 9 else 0)
        if y - step < 70:
            column += 1
            y = height - 100 if page == 1 else height - 80
            if column == 2:
                pdf.setFont("Helvetica", 7)
                pdf.drawCentredString(width / 2, 40, f"Benelux-werkprogramma – blz. {page}")
                pdf.showPage()
                page, column = page + 1, 0
        y -= step
        pdf.setFont(font, size)
        x = 55 + column * (column_width + 20)
        pdf.drawString(x, y, text)
    pdf.setFont("Helvetica", 7)
    pdf.drawCentredString(width / 2, 40, f"Benelux-werkprogramma – blz. {page}")
    pdf.showPage()
    pdf.save()


def _prose(seed: int, sentences: int) -> str:
    """Running text that differs from paragraph to paragraph (as real text does)."""
    topics = ["de grensarbeiders", "de vervoerders", "de gemeenten", "de inspecties", "de havens"]
    out = []
    for index in range(sentences):
        topic = topics[(seed + index) % len(topics)]
        out.append(
            f"In {2017 + (seed + index) % 4} bespreken de drie landen met {topic} wat er "
            f"nodig is, punt {seed}.{index}, en zij stemmen hun aanpak daarop af. "
        )
    return "".join(out)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) > width and current:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def make_programme_docx(target: Path) -> None:
    """The 2017-2020 programme in Word: Heading 1 and 2, no numbers."""
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeenschappelijk werkprogramma 2017-2020", style="Title")
    document.add_heading("Inleiding", level=1)
    document.add_paragraph(PROSE)
    for theme, subs in NL_PROGRAMME["themes"]:
        document.add_heading(theme, level=1)
        document.add_paragraph(PROSE)
        for sub in subs:
            document.add_heading(sub, level=2)
            document.add_paragraph(PROSE)
    document.save(str(target))


def make_tables_docx(target: Path) -> None:
    """A Dutch plan: "Hoofdstuk 1 – ..." chapters, labels as Heading 3, workgroups in tables."""
    import docx

    document = docx.Document()
    document.add_paragraph("Jaarplan 2024", style="Title")
    for number, title, sections in NL_PLAN["chapters"]:
        document.add_heading(f"Hoofdstuk {number} – {title}", level=1)
        if not sections:
            document.add_paragraph("Dit plan beschrijft de samenwerking van het komende jaar.")
        for section in sections:
            document.add_heading(f"{section['number']} {section['title']}", level=2)
            for kind in ("objective", "ongoing", "new"):
                document.add_heading(NL_LABELS[kind], level=3)
                for text in section[kind]:
                    document.add_paragraph(text, style="List Bullet")
            document.add_heading(NL_LABELS["workgroups"], level=3)
            table = document.add_table(rows=1, cols=2)
            header = table.rows[0].cells
            for cell, text in zip(header, ("Naam", "Code"), strict=True):
                cell.paragraphs[0].add_run(text).bold = True
            for group_name, code, children in section["workgroups"]:
                row = table.add_row().cells
                row[0].text, row[1].text = group_name, code or ""
                for child_name, child_code in children:
                    row = table.add_row().cells
                    row[0].text, row[1].text = f"- {child_name}", child_code
    document.save(str(target))


def tables_truth(name: str) -> dict[str, Any]:
    """Like the Word-numbered plan: a table row "- child" sits under the row above it."""
    return plan_truth(NL_PLAN, name)


def make_english_text(target: Path) -> None:
    """An English plan as extracted text: codes first or in square brackets, running feet."""
    lines = ["Benelux Union", "Annual plan 2025", ""]
    page = 1
    for number, title, sections in EN_PLAN["chapters"]:
        lines += [f"Chapter {number}: {title}", "", "The chapter gathers the work of the year.", ""]
        for section in sections:
            lines += [f"{section['number']}. {section['title']}", ""]
            for kind, label in (
                ("objective", "General objectives"),
                ("ongoing", "Ongoing projects"),
                ("new", "New projects 2025"),
            ):
                lines += [label, ""] + [f"• {text}" for text in section[kind]] + [""]
            lines += ["Working groups and committees", ""]
            for index, (group_name, code, _children) in enumerate(section["workgroups"]):
                lines.append(
                    f"• {code} – {group_name}" if index % 2 == 0 else f"• {group_name} [{code}]"
                )
            lines += ["", f"Annual plan 2025 – page {page}", ""]
            page += 1
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_french_text_with_contents(target: Path) -> None:
    """The French plan as extracted text, after a table of contents with dot leaders."""
    lines = ["Plan annuel 2024", "", "Table des matières", ""]
    page = 3
    for number, title, sections in FR_PLAN["chapters"]:
        lines.append(f"{number}. {title} {'.' * 20} {page}")
        for section in sections:
            lines.append(f"{section['number']} {section['title']} {'.' * 12} {page}")
            page += 1
    lines.append("")
    for number, title, sections in FR_PLAN["chapters"]:
        lines += [f"{number}. {title}", "", "Ce chapitre rassemble les travaux de l'année.", ""]
        for section in sections:
            lines += [f"{section['number']}. {section['title']}", ""]
            for kind in ("objective", "ongoing", "new"):
                lines += [FR_LABELS[kind], ""] + [f" {text}" for text in section[kind]] + [""]
            lines += [FR_LABELS["workgroups"], ""]
            for group_name, code, children in section["workgroups"]:
                lines.append(f" {group_name}" + (f" ({code})" if code else ""))
                for child_name, child_code in children:
                    lines.append(f" - {child_name} ({child_code})")
            lines.append("")
    lines += [f"{len(FR_PLAN['chapters']) + 1}. {FR_CONTACTS_TITLE}", ""]
    lines += french_contact_lines()
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_scanned_pdf(target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(target), pagesize=A4)
    for row in range(40):
        pdf.rect(60, 780 - row * 18, 400 - (row % 5) * 40, 8, fill=1, stroke=0)
    pdf.showPage()
    pdf.save()


def export_with_libreoffice() -> None:
    """PDF exports of Word documents, as delegates receive them; skipped without soffice."""
    import shutil
    import subprocess
    import sys
    import tempfile

    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: the LibreOffice PDF exports are left as they are")
        return
    sys.path.insert(0, str(HERE.parents[1]))
    from _seed_documents import CASES, make_docx

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sources = {
            "jaarplan-2024-wordnumbered": HERE / "jaarplan-2024-wordnumbered.docx",
            "jaarplan-2024-tables": HERE / "jaarplan-2024-tables.docx",
            "jaarplan-2013-libreoffice": CASES / "docs" / "jaarplan-2013-headings.docx",
            "plan-annuel-2023-fr-libreoffice": make_docx(
                CASES / "docs" / "plan-annuel-2023-fr.md",
                work / "plan-annuel-2023-fr-libreoffice.docx",
                styled=True,
            ),
        }
        for stem, source in sources.items():
            copy = work / f"{stem}.docx"
            if source != copy:
                shutil.copyfile(source, copy)
            subprocess.run(
                [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(copy)],
                check=True,
                capture_output=True,
                timeout=300,
            )
            shutil.copyfile(work / f"{stem}.pdf", HERE / f"{stem}.pdf")


def write_truth(path: Path, truth: dict[str, Any]) -> None:
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    make_french_pdf(HERE / "plan-annuel-2024-fr.pdf")
    write_truth(HERE / "plan-annuel-2024-fr.truth.json", french_truth("plan-annuel-2024-fr.pdf"))
    make_word_numbered_docx(HERE / "jaarplan-2024-wordnumbered.docx")
    write_truth(
        HERE / "jaarplan-2024-wordnumbered.truth.json",
        plan_truth(NL_PLAN, "jaarplan-2024-wordnumbered.docx"),
    )
    programme = HERE / "programme-travail-2025-2028-fr.txt"
    write_truth(
        HERE / "programme-travail-2025-2028-fr.truth.json", make_french_programme(programme)
    )
    make_scanned_pdf(HERE / "scanned-plan.pdf")
    make_programme_pdf(HERE / "werkprogramma-2017-2020.pdf")
    make_programme_docx(HERE / "werkprogramma-2017-2020-headings.docx")
    for stem in ("werkprogramma-2017-2020", "werkprogramma-2017-2020-headings"):
        write_truth(HERE / f"{stem}.truth.json", programme_truth(NL_PROGRAMME, stem))
    make_tables_docx(HERE / "jaarplan-2024-tables.docx")
    write_truth(HERE / "jaarplan-2024-tables.truth.json", tables_truth("jaarplan-2024-tables.docx"))
    make_french_text_with_contents(HERE / "plan-annuel-2024-sommaire.txt")
    write_truth(
        HERE / "plan-annuel-2024-sommaire.truth.json",
        french_truth("plan-annuel-2024-sommaire.txt"),
    )
    make_english_text(HERE / "annual-plan-2025-en.txt")
    write_truth(
        HERE / "annual-plan-2025-en.truth.json", plan_truth(EN_PLAN, "annual-plan-2025-en.txt")
    )

    export_with_libreoffice()


if __name__ == "__main__":
    main()
