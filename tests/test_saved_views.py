"""Saved views: the filter bar's state as a typed record, kept in the settings file.

A delegate's views were saved by earlier versions as the bar's dictionary in JSON; the file
below is written exactly as that code wrote it (QSettings' INI, the JSON as one quoted
string), and the window must offer and apply those views as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_support import choose_in_menu, pick, settle

from bnldesk.store.browse import BrowseFilter, Scope
from bnldesk.ui.browse.filter_state import FilterState, views_from_json

# The settings file of a delegate with two views, as the version before typed views wrote it.
OLD_SETTINGS_FILE = (
    "[filters]\n"
    'views="{\\"Crisis 2022 \u2013 hoog\\": {\\"plan_year\\": 2022, \\"priority\\": 3, '
    '\\"tag\\": \\"crisis\\"}, \\"Open doelstellingen\\": {\\"has_notes\\": true, '
    '\\"kind\\": \\"objective\\"}}"\n'
)


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    """The delegate's settings: the file an earlier version left (replaces conftest's)."""
    from bnldesk.ui.settings import Settings

    path = tmp_path / "settings.ini"
    path.write_text(OLD_SETTINGS_FILE, encoding="utf-8")
    return Settings(path)


def test_views_saved_by_the_earlier_version_load_as_records(settings: Any) -> None:
    assert settings.views() == {
        "Crisis 2022 \u2013 hoog": FilterState(plan_year=2022, tag="crisis", priority=3),
        "Open doelstellingen": FilterState(kind="objective", has_notes=True),
    }


def test_a_saved_view_is_written_in_the_form_it_was_read(settings: Any) -> None:
    views = settings.views()
    views["Alleen nieuw"] = FilterState(change="new", has_open_actions=True)
    settings.set_views(views)
    settings.sync()
    stored = json.loads(settings.get("filters/views"))
    assert stored == {
        "Alleen nieuw": {"change": "new", "has_open_actions": True},
        "Crisis 2022 \u2013 hoog": {"plan_year": 2022, "priority": 3, "tag": "crisis"},
        "Open doelstellingen": {"has_notes": True, "kind": "objective"},
    }


def test_a_view_of_the_earlier_version_applies_its_filters_in_the_window(
    window: Any, qtbot: QtBot
) -> None:
    bar = window.filter_bar
    choose_in_menu(qtbot, bar.views, ["Crisis 2022 \u2013 hoog"])
    settle(window)
    assert bar.chip_texts() == ["Year: 2022", "Tag: crisis", "Priority: High"]
    assert bar.to_filter() == BrowseFilter(plan_year=2022, tag="crisis", priority=3)
    assert bar.year.currentText() == "2022"
    choose_in_menu(qtbot, bar.views, ["Open doelstellingen"])
    settle(window)
    assert bar.chip_texts() == ["Kind: Objective", "Has notes"]
    pick(qtbot, bar.year, "2022")  # a filter added by hand to the view's
    settle(window)
    assert bar.state() == FilterState(plan_year=2022, kind="objective", has_notes=True)


def test_a_hand_edited_view_keeps_what_it_can(settings: Any) -> None:
    settings.set(
        "filters/views",
        json.dumps(
            {
                "kapot": {"plan_year": "2022", "tag": "crisis", "unknown": 1, "priority": True},
                "leeg": [],
                "geen": None,
            }
        ),
    )
    assert settings.views() == {
        "kapot": FilterState(tag="crisis"),
        "leeg": FilterState(),
        "geen": FilterState(),
    }
    settings.set("filters/views", "{not json")
    assert settings.views() == {}


# ------------------------------------------------------------------------------------------
# the record itself
# ------------------------------------------------------------------------------------------


def test_setting_and_clearing_a_filter() -> None:
    state = FilterState().with_value("plan_year", 2022).with_value("has_notes", True)
    assert state.active() == [("plan_year", 2022), ("has_notes", True)]
    assert not state.is_empty
    cleared = state.with_value("plan_year", None).with_value("has_notes", False)
    assert cleared == FilterState() and cleared.is_empty
    assert state.with_value("tag", "").tag is None


def test_a_wrong_key_or_type_is_refused() -> None:
    with pytest.raises(KeyError):
        FilterState().with_value("scope", 1)
    with pytest.raises(TypeError):
        FilterState().with_value("plan_year", "2022")
    with pytest.raises(TypeError):
        FilterState().with_value("workgroup_id", True)


def test_the_state_becomes_the_lists_query_filter() -> None:
    state = FilterState(chapter_key="ch:1", workgroup_id=7, status="open", change="gone")
    assert state.to_filter(Scope("plan", 2)) == BrowseFilter(
        chapter_key="ch:1", workgroup_id=7, status="open", change="gone", scope=Scope("plan", 2)
    )


def test_json_round_trip_of_every_filter() -> None:
    state = FilterState(
        plan_year=2013,
        chapter_key="ch:5",
        kind="flagship",
        workgroup_id=48,
        tag="<b>&",
        status="done",
        priority=1,
        has_notes=True,
        has_open_actions=True,
        change="changed",
    )
    assert FilterState.from_json(json.loads(json.dumps(state.to_json()))) == state
    assert views_from_json({1: {"tag": "x"}, "ok": {"tag": "x"}}) == {"ok": FilterState(tag="x")}
    assert views_from_json("not an object") == {}
