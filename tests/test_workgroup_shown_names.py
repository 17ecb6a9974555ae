"""Every place that shows a workgroup names it by one rule (trial 9, item 2 "not fixed").

After the French 2023 plan was imported into the demo's Dutch plans, a search hit on a
workgroup, the detail pane it opens, Ctrl+K, the navigator's Groups tab and ``annotate
--plan 2023`` still said the 2013 Dutch name. The rule
(:func:`bnldesk.domain.workgroup_names.shown_name`): the plan in scope's printed name, else
the one printed in the reader's language, else the newest plan's; the other name secondary.
Trial 17 put the reader's language first (of the plan in scope when it printed one).
Real SQLite file (the demo data and the shared cases' French plan), the window offscreen
driven by keys and mouse; the expected names are the ones the documents print.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _seed_documents import CASES
from PySide6.QtCore import Qt
from test_workgroup_printed_names import DUTCH_NAME, FRENCH_NAME
from ui_support import click_row, press, settle, wait_for

from bnldesk.cli import main
from bnldesk.domain.workgroup_names import Naming, PrintedName, ShownName, shown_name
from bnldesk.services.importer import import_file
from bnldesk.services.search import find
from bnldesk.store.engine import Store
from bnldesk.ui import i18n

FRENCH_PLAN = CASES / "docs" / "plan-annuel-2023-fr.md"
CRISIS_NL, CRISIS_FR = DUTCH_NAME, FRENCH_NAME
RISK_NL = "Werkgroep Risico-identificatie"
RISK_FR = "Groupe de travail Identification des risques"
HORSES_NL = "Subgroep Elitepaarden"
HORSES_FR = "Sous-groupe Chevaux de sport"


# --- the rule -------------------------------------------------------------------------------

DUTCH_2013 = PrintedName(2013, "nl", "Werkgroep A")
DUTCH_2022 = PrintedName(2022, "nl", "Werkgroep A bis")
FRENCH_2023 = PrintedName(2023, "fr", "Groupe A")


@pytest.mark.parametrize(
    ("naming", "expected"),
    [
        # The reader's language first (trial 17: a Dutch delegate with the French 2023 plan
        # in scope or newest kept the Dutch name), of the plan in scope when it printed one.
        (Naming(plan_year=2013, language="fr"), ShownName("Groupe A", "Werkgroep A")),
        (Naming(plan_year=2023, language="nl"), ShownName("Werkgroep A bis", "Groupe A")),
        (Naming(plan_year=2013, language="nl"), ShownName("Werkgroep A", "Groupe A")),
        # No plan printed one in the reader's language: the plan in scope's, else the newest.
        (Naming(plan_year=2013, language="en"), ShownName("Werkgroep A", "Groupe A")),
        (Naming(plan_year=2023), ShownName("Groupe A", "Werkgroep A bis")),
        (Naming(language="nl"), ShownName("Werkgroep A bis", "Groupe A")),
        (Naming(language="fr"), ShownName("Groupe A", "Werkgroep A bis")),
        (Naming(language="en"), ShownName("Groupe A", "Werkgroep A bis")),  # the newest plan
        (Naming(), ShownName("Groupe A", "Werkgroep A bis")),
        # A plan in scope that does not list the workgroup: as if none were.
        (Naming(plan_year=2019, language="nl"), ShownName("Werkgroep A bis", "Groupe A")),
    ],
)
def test_the_rule_chooses_the_language_then_the_scope_then_the_newest_plan(
    naming: Naming, expected: ShownName
) -> None:
    printed = [FRENCH_2023, DUTCH_2013, DUTCH_2022]
    assert shown_name("Werkgroep A bis", printed, naming) == expected


def test_a_workgroup_no_plan_printed_keeps_its_own_name() -> None:
    assert shown_name("Typed by hand", [], Naming(2023, "fr")) == ShownName("Typed by hand")


def test_one_name_in_every_plan_has_no_other_name() -> None:
    printed = [PrintedName(2013, "nl", "Werkgroep A"), PrintedName(2022, "nl", "werkgroep  A")]
    assert shown_name("Werkgroep A", printed, Naming(language="fr")).other == ""


# --- the search, the command line --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "plan_year", "expected"),
    [
        ("fr", None, RISK_FR),
        ("nl", None, RISK_NL),
        ("nl", 2023, RISK_NL),  # the reader's language before the plan in scope (trial 17)
        ("en", 2023, RISK_FR),
        (None, None, RISK_FR),
    ],
)
def test_a_workgroup_hit_is_titled_by_the_rule(
    bilingual: Store, language: str | None, plan_year: int | None, expected: str
) -> None:
    with bilingual.read() as session:
        found = find(
            session,
            "identification des risques",
            limit=20,
            plan_year=plan_year,
            language=language,
        )
    titles = [hit.title for hit in found.hits if hit.kind == "workgroup"]
    assert titles[0] == expected


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_command_line_names_the_plans_workgroup_as_that_plan(
    bilingual: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bilingual.close()
    db = str(db_path)
    out = _run(capsys, "--db", db, "annotate", "SENN-CRISE", "Oefening", "--plan", "2023")
    assert out.strip() == f"note 1 added to {CRISIS_FR} (SENN-CRISE)"
    out = _run(capsys, "--db", db, "annotate", "SENN-CRISE", "Oefening", "--plan", "2013")
    assert out.strip() == f"note 2 added to {CRISIS_NL} (SENN-CRISE)"
    out = _run(capsys, "--db", db, "search", "kind:workgroup chevaux", "--json")
    assert HORSES_FR in out and HORSES_NL not in out
    # The list names them by the same rule: the newest plan's, or the one of --plan.
    listed = {
        row["code"]: row["name"]
        for row in json.loads(_run(capsys, "--db", db, "list", "workgroups", "--json"))
    }
    assert listed["SENN-CRISE"] == CRISIS_FR
    listed = {
        row["code"]: row["name"]
        for row in json.loads(
            _run(capsys, "--db", db, "list", "workgroups", "--plan", "2013", "--json")
        )
    }
    assert listed["SENN-CRISE"] == CRISIS_NL


# --- the window ---------------------------------------------------------------------------


@pytest.fixture
def language(settings: Any, request: pytest.FixtureRequest) -> str:
    """The interface language chosen in the preferences before the window starts."""
    code = str(request.param)
    settings.set("prefs/language", code)
    return code


def _bilingual_window(controller: Any, qtbot: Any) -> Any:
    import_file(controller.store, FRENCH_PLAN, force=True)
    window = controller.open_window(restore=False)
    settle(window)
    return window


def _groups_tab(qtbot: Any, w: Any) -> Any:
    """The navigator's Groups tab, clicked: its tree."""
    tabs = w.navigator.tabBar()
    index = w.navigator.indexOf(w.navigator.workgroup_tree)
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    assert w.navigator.currentWidget() is w.navigator.workgroup_tree
    return w.navigator.workgroup_tree


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_french_window_shows_the_french_names_everywhere(
    language: str, controller: Any, qtbot: Any
) -> None:
    w = _bilingual_window(controller, qtbot)
    assert i18n.current() == "fr"
    # The search box: the hit and the detail pane it opens.
    w.search_box.setFocus()
    qtbot.keyClicks(w.search_box, "identification des risques")
    wait_for(qtbot, lambda: w.search.model.rowCount() > 0, w)
    model = w.search.model
    rows = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert not any(RISK_NL in text for text in rows), rows
    risk = [row for row, text in enumerate(rows) if RISK_FR in text]
    assert risk, rows
    click_row(qtbot, w.search.results, risk[0])
    wait_for(qtbot, lambda: RISK_FR in w.detail.toPlainText(), w)
    heading = w.detail.toPlainText()
    assert f"{RISK_FR} (SENN-CRISE/RISK)" in heading
    assert RISK_NL in heading  # the other name, secondary, under the title
    assert heading.index(RISK_FR) < heading.index(RISK_NL)
    # Go to (Ctrl+K).
    press(qtbot, w, "Ctrl+K")
    palette = w.palette_dialog
    qtbot.keyClicks(palette.edit, "Gestion de crises")
    wait_for(qtbot, lambda: palette.model.rowCount() > 0, w)
    listed = [str(palette.model.index(r, 0).data()) for r in range(palette.model.rowCount())]
    assert any(CRISIS_FR in text for text in listed), listed
    assert not any(CRISIS_NL in text for text in listed), listed
    qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    # The navigator's Groups tab.
    tree = _groups_tab(qtbot, w)
    wait_for(qtbot, lambda: tree.model().rowCount() > 0, w)
    labels = [str(tree.model().index(r, 0).data()) for r in range(tree.model().rowCount())]
    assert f"SENN-CRISE · {CRISIS_FR}" in labels, labels


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_a_dutch_window_keeps_the_dutch_names(language: str, controller: Any, qtbot: Any) -> None:
    w = _bilingual_window(controller, qtbot)
    assert i18n.current() == "nl"
    tree = _groups_tab(qtbot, w)
    wait_for(qtbot, lambda: tree.model().rowCount() > 0, w)
    labels = [str(tree.model().index(r, 0).data()) for r in range(tree.model().rowCount())]
    assert f"SENN-CRISE · {CRISIS_NL}" in labels, [x for x in labels if "SENN" in x]
