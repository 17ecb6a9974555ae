"""A workgroup is named in the delegate's language wherever it is shown or suggested (trial 17).

A Dutch delegate imported the French 2023 plan beside the Dutch ones: a new meeting for
SENN-CRISE got the title "Groupe de travail stratégique Gestion des crises (SENN-CRISE)" and
the agenda point "Groupe de travail Identification des risques", the start page and
``meeting list`` showed the French title, while the navigator said "Strategische werkgroep
Crisisbeheersing". The rule (:func:`bnldesk.domain.workgroup_names.shown_name`) now puts the
reader's language first: the window's, or the language a brief or a sheet is written in.
Real database (a file, and a PostgreSQL server where marked) holding the demo's Dutch plans and
the shared cases' French plan; the window offscreen, driven by keys and mouse.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_workgroup_printed_names import DUTCH_NAME, FRENCH_NAME, FRENCH_RISK
from ui_support import open_meetings, settle, type_into, wait_for

from bnldesk.cli import main
from bnldesk.domain.models import AgendaItem, Meeting
from bnldesk.services import meetings
from bnldesk.services.meetings import MeetingFields
from bnldesk.services.reports.brief_data import BriefOptions, BriefSubject, collect_brief
from bnldesk.services.reports.rows import ExportFilters, workgroup_rows
from bnldesk.services.start_page import start_page_data
from bnldesk.store.engine import Store
from bnldesk.store.object_detail import object_detail

DUTCH_RISK = "Werkgroep Risico-identificatie"
NAMES = {"nl": (DUTCH_NAME, DUTCH_RISK), "fr": (FRENCH_NAME, FRENCH_RISK)}
SOON = dt.datetime.combine(dt.date.today() + dt.timedelta(days=3), dt.time(10))


def _new_meeting(store: Store, language: str | None) -> int:
    """A SENN-CRISE meeting in three days (after the French 2023 plan: that plan's the meeting's)
    made for a delegate of ``language``, with the risk workgroup as its point; its id."""
    with store.transaction() as session:
        meeting = meetings.create_meeting(
            session, MeetingFields(workgroup="SENN-CRISE", starts_at=SOON), language=language
        )
        meetings.add_agenda_point_from_text(
            session, meeting.id, "SENN-CRISE/RISK", language=language
        )
        return meeting.id


def _stored(store: Store, meeting_id: int) -> tuple[str, list[str]]:
    with store.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        points = [p.title for p in session.query(AgendaItem).filter_by(meeting_id=meeting_id)]
        return meeting.title, points


@pytest.mark.both_backends
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_new_meeting_and_its_point_are_titled_in_the_delegates_language(
    bilingual: Store, language: str
) -> None:
    crisis, risk = NAMES[language]
    meeting_id = _new_meeting(bilingual, language)
    assert _stored(bilingual, meeting_id) == (
        f"{crisis} (SENN-CRISE)",
        [f"{risk} (SENN-CRISE/RISK)"],
    )
    with bilingual.read() as session:
        choices = {c.ref: c.label for c in meetings.agenda_choices(session, language)}
        detail = object_detail(session, "section", _section_2023(session), _naming(language))
    assert f"SENN-CRISE — {crisis}" in choices.values()
    assert detail is not None
    assert f"{crisis} (SENN-CRISE)" in [link.label for link in detail.workgroups]


def _naming(language: str) -> Any:
    from bnldesk.domain.workgroup_names import Naming

    return Naming(None, language)


def _section_2023(session: Any) -> int:
    from sqlalchemy import select

    from bnldesk.domain.models import Chapter, Plan, Section

    return int(
        session.scalars(
            select(Section.id)
            .join(Chapter, Chapter.id == Section.chapter_id)
            .join(Plan, Plan.id == Chapter.plan_id)
            .where(Plan.year == 2023, Section.number == "2.1.2")
        ).one()
    )


@pytest.mark.both_backends
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_lists_show_a_default_title_in_the_readers_language(
    bilingual: Store, language: str
) -> None:
    """A meeting stored with the French default title (made before the fix, or on a French
    colleague's laptop) is listed under the reader's name; a typed title is left alone."""
    crisis = NAMES[language][0]
    stored_french = _new_meeting(bilingual, "fr")
    with bilingual.transaction() as session:
        typed = meetings.create_meeting(
            session, MeetingFields(title="Groupe de travail à Arlon", starts_at=SOON)
        ).id
    with bilingual.read() as session:
        listed = {r["id"]: r["title"] for r in meetings.list_meetings(session, language=language)}
        page = start_page_data(session, dt.date.today(), language=language)
    assert listed[stored_french] == f"{crisis} (SENN-CRISE)"
    assert listed[typed] == "Groupe de travail à Arlon"
    upcoming = {row["id"]: row["title"] for row in page.upcoming}
    assert upcoming == listed


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_brief_and_a_sheet_name_workgroups_in_their_own_language(
    bilingual: Store, language: str
) -> None:
    """Both on the French 2023 plan: the brief and the sheet written in Dutch say the Dutch
    names, written in French the French ones."""
    crisis, risk = NAMES[language]
    meeting_id = _new_meeting(bilingual, "fr")
    options = BriefOptions(language=language)
    with bilingual.read() as session:
        brief = collect_brief(
            session, BriefSubject(workgroup="SENN-CRISE", plan_year=2023), options
        )
        on_meeting = collect_brief(session, BriefSubject(meeting=str(meeting_id)), options)
        rows = {
            r["code"]: r["name"] for r in workgroup_rows(session, ExportFilters(2023), language)
        }
    assert brief.title == crisis
    listed = {g.code: g.name for p in brief.placements for g in p.workgroups}
    assert (listed["SENN-CRISE"], listed["SENN-CRISE/RISK"]) == (crisis, risk)
    assert on_meeting.meeting is not None
    assert on_meeting.meeting.title == f"{crisis} (SENN-CRISE)"
    assert [point.title for point in on_meeting.meeting.agenda] == [f"{risk} (SENN-CRISE/RISK)"]
    assert (rows["SENN-CRISE"], rows["SENN-CRISE/RISK"]) == (crisis, risk)


def test_meeting_list_on_the_command_line_says_the_dutch_title(
    bilingual: Store, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    _new_meeting(bilingual, "fr")
    bilingual.close()
    monkeypatch.setenv("LANGUAGE", "nl")
    assert main(["--db", str(db_path), "meeting", "list", "--wide"]) == 0
    out = capsys.readouterr().out
    assert DUTCH_NAME in out and FRENCH_NAME not in out, out


# --- the window ---------------------------------------------------------------------------


@pytest.fixture
def language(settings: Any, request: pytest.FixtureRequest) -> str:
    """The interface language chosen in the preferences before the window starts."""
    code = str(request.param)
    settings.set("prefs/language", code)
    return code


@pytest.mark.parametrize("language", ["nl", "fr"], indirect=True)
def test_a_meeting_made_in_the_window_says_the_windows_names(
    language: str, bilingual: Store, controller: Any, qtbot: Any
) -> None:
    """New meeting, SENN-CRISE typed and Return, "SENN-CRISE/RISK" typed as its point and
    Return: the title and the point in the window's language, in the database, the meetings
    list."""
    crisis, risk = NAMES[language]
    w = controller.open_window(restore=False)
    settle(w)
    panel = open_meetings(qtbot, w)
    editor = panel.editor
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.workgroup, "SENN-CRISE")
    qtbot.keyClick(editor.workgroup, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: editor.meeting_id is not None, w)
    settle(w)
    qtbot.mouseClick(editor.new_point, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.new_point, "SENN-CRISE/RISK")
    qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    meeting_id = editor.meeting_id
    assert meeting_id is not None
    wait_for(qtbot, lambda: _stored(bilingual, meeting_id)[1] != [], w)
    assert _stored(bilingual, meeting_id) == (
        f"{crisis} (SENN-CRISE)",
        [f"{risk} (SENN-CRISE/RISK)"],
    )
    wait_for(qtbot, lambda: panel.model.rowCount() >= 1, w)
    titles = [panel.model.row(row).title for row in range(panel.model.rowCount())]
    assert f"{crisis} (SENN-CRISE)" in titles, titles
