"""Clean text: what PDFs and Word files put into text, and what must come out plain."""

from __future__ import annotations

import pytest

from bnldesk.services.importer.cleaning import clean_lines, clean_title
from bnldesk.services.importer.vocabulary import label_of, plan_year_in
from bnldesk.services.importer.workgroups import parse_workgroup


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Risico-identi\ufb01catie", "Risico-identificatie"),  # ligature fi
        ("\ufb02exibele inzet", "flexibele inzet"),  # ligature fl
        ("grens\u00a0regio", "grens regio"),  # no-break space
        ("aan\u00adpak", "aanpak"),  # soft hyphen inside a word
        ("Energiebeleid\u00b9", "Energiebeleid"),  # superscript footnote marker
        ("Ｂｅｎｅｌｕｘ", "Benelux"),  # full-width compatibility forms
    ],
)
def test_a_line_comes_out_plain(raw: str, clean: str) -> None:
    assert clean_lines([raw]) == [clean]


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "\x7f", "\u2022", "\u25aa"])
def test_a_bullet_glyph_becomes_the_blank_of_a_list_entry(bullet: str) -> None:
    (line,) = clean_lines([f"{bullet} Een oefening"])
    assert line.startswith(" ") and line.strip() == "Een oefening"


def test_soft_hyphen_at_a_line_end_joins_the_word() -> None:
    lines = clean_lines(["Een overzicht van de contact\u00ad", "punten bij een crisis."])
    assert lines == ["Een overzicht van de contactpunten", "bij een crisis."]


def test_hard_hyphen_at_a_line_end() -> None:
    lines = clean_lines(["samenwerking in Benelux-", "verband en ont-", "plooit de regio"])
    assert lines[0] == "samenwerking in Benelux-verband"
    assert lines[1] == "en ontplooit"


def test_chapter_words_become_numbers() -> None:
    lines = clean_lines(["Hoofdstuk 3: Interne markt", "", "Chapitre IV", "Sécurité", "x"])
    assert lines[0] == "3. Interne markt"
    assert lines[2] == "4. Sécurité" and lines[3] == ""


def test_running_feet_go_and_the_title_stays() -> None:
    raw = ["Plan annuel 2024"]
    for page in range(1, 5):
        raw += [f"Texte de la page {page}.", f"Plan annuel 2024 – Benelux {page}"]
    lines = clean_lines(raw)
    assert lines[0] == "Plan annuel 2024"
    assert sum(1 for line in lines if line.startswith("Plan annuel 2024 –")) == 1
    assert clean_lines(["Annual plan 2025 – page 3"]) == [""]


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Energiebeleid1", "Energiebeleid"),
        ("Support Group 1", "Support Group 1"),
        ("Horizon2020", "Horizon2020"),
        ("<b>Mobiliteit</b> ", "Mobiliteit"),
    ],
)
def test_titles(title: str, clean: str) -> None:
    assert clean_title(title) == clean


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Nieuweprojecten2013", "new"),
        ("Nouveaux projets 2024", "new"),
        ("New projects for 2025", "new"),
        ("Projets en cours", "ongoing"),
        ("Voortgangsprojecten:", "ongoing"),
        ("Objectif général", "objective"),
        ("Groupes de travail et commissions", "workgroups"),
        ("Working groups and committees", "workgroups"),
        ("Projet phare", "flagship"),
        ("Vlaggenschipproject", "flagship"),
        ("Personnes de contact", "contacts"),
        ("Voortgangsprojecten worden voortgezet in 2014 met de partners.", None),
    ],
)
def test_labels_in_three_languages(line: str, label: str | None) -> None:
    assert label_of(line) == label


def test_plan_titles_in_three_languages() -> None:
    assert plan_year_in("PLAN ANNUEL 2023") == 2023
    assert plan_year_in("Annual plan 2025") == 2025
    assert plan_year_in("Jaarplan van 2019") == 2019
    assert plan_year_in("Jaarplan Benelux 2022") == 2022
    assert plan_year_in("PLAN ANNUEL DE L'UNION BENELUX 2024") == 2024
    assert plan_year_in("het jaarverslag 2019") is None
    # Not a plan's title: the plan and a programme's period.
    assert plan_year_in("het jaarplan en het meerjarenprogramma 2013-2016") is None
    assert plan_year_in("het jaarplan 2021-2024") is None


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["VLAG-", "GENSCHIP-", "PROJECT"], 3),
        (["### VLAG-", "", "GENSCHIP-", "", "PROJECT"], 5),
        (["PRO-", "JET PHARE"], 2),
        (["Vlaggenschip-", "project"], 2),
        (["KUSTVAART", "inspecties wegvervoer"], 0),
    ],
)
def test_a_flagship_mark_broken_over_lines(lines: list[str], count: int) -> None:
    from bnldesk.services.importer.plan_markdown import is_flag_mark

    assert is_flag_mark(lines) == count


@pytest.mark.parametrize(
    ("line", "name", "code"),
    [
        (
            "Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
            "Strategische werkgroep Crisisbeheersing",
            "SENN-CRISE",
        ),
        ("Werkgroep Drugs [DROG]", "Werkgroep Drugs", "DROG"),
        ("SENN-CRISE – Strategische werkgroep", "Strategische werkgroep", "SENN-CRISE"),
        ("FISC STRAT: Concertation stratégique", "Concertation stratégique", "FISC STRAT"),
        ("Comité de direction – VE-DIR", "Comité de direction", "VE-DIR"),
        ("Subgroep Controle (CB-PC-Contr.)", "Subgroep Controle", "CB-PC-Contr."),
        ("Migratie (URBISCOOP - URBI/MIG)", "Migratie", "URBI/MIG"),
        (
            "Commissie Urbiscoop (Immigratie en energie-efficiëntie)",
            "Commissie Urbiscoop (Immigratie en energie-efficiëntie)",
            None,
        ),
        ("Ruimtelijke ordening – Grenscommissie", "Ruimtelijke ordening – Grenscommissie", None),
    ],
)
def test_workgroup_codes_in_any_layout(line: str, name: str, code: str | None) -> None:
    (group,) = parse_workgroup(line)
    assert (group.name, group.code) == (name, code)
