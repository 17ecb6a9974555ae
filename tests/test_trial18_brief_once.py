"""Trial 18: a meeting brief (a workgroup meeting, three agenda points) listed its open action
items on page 1 and again in an annex on page 3, and its cover said "Plan annuel : 2023 · Plan
annuel 2023". Each is said once now: the annex lists only the action items the cover could
not, and the plan's title only when it says more than "annual plan <year>".

Real SQLite files, the real command line, the PDF read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from bnldesk.cli import main
from bnldesk.services.reports.brief import SUMMARY_ACTIONS
from bnldesk.store.engine import Store


def _meeting_with_actions(db: str, count: int) -> None:
    assert main(["--db", db, "meeting", "add", "--workgroup", "SENN-CRISE", "--title",
                 "Réunion SENN-CRISE", "--start", "2013-03-14 10:00",
                 "--agenda", "SENN-CRISE", "--agenda", "=Exercice", "--agenda", "=Divers"]) == 0  # fmt: skip
    for number in range(1, count + 1):
        assert main(["--db", db, "meeting", "action", "1", f"Tâche numéro {number:02}",
                     "--owner", "Anne", "--due", "2013-04-01"]) == 0  # fmt: skip


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages]


@pytest.mark.parametrize("count", [2, SUMMARY_ACTIONS + 3])
def test_each_action_item_is_listed_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    monkeypatch.setenv("LANGUAGE", "fr")
    db = str(store.path)
    _meeting_with_actions(db, count)
    out = tmp_path / "briefing.pdf"
    assert main(["--db", db, "brief", "--meeting", "1", "--out", str(out)]) == 0
    text = " ".join(_pages(out))
    for number in range(1, count + 1):
        assert text.count(f"Tâche numéro {number:02}") == 1, (number, text)
    annex_title = "Points d'action ouverts"
    assert (annex_title in text) == (count > SUMMARY_ACTIONS), text
    if count > SUMMARY_ACTIONS:
        assert f"et {count - SUMMARY_ACTIONS} de plus en annexe" in text


@pytest.mark.parametrize(("language", "word", "delegation"), [
    ("fr", "Plan annuel", "Délégation"), ("nl", "Jaarplan", "Delegatie"),
    ("en", "Annual plan", "Delegation")])  # fmt: skip
def test_the_cover_names_the_plan_year_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, word: str,
    delegation: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("LANGUAGE", language)
    out = tmp_path / "brief.pdf"
    assert main(["--db", str(store.path), "brief", "--workgroup", "SENN-CRISE",
                 "--plan", "2013", "--out", str(out)]) == 0  # fmt: skip
    cover = _pages(out)[0]
    assert "2013 · Jaarplan 2013" not in cover, cover
    assert cover.count("2013") == 1 and f"{word} 2013 {delegation} BE" in cover, cover
