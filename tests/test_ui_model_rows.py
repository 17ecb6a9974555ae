"""The window's Qt models hold only the typed rows handed to them: tested here in memory, with
hand-made rows and sources that answer from lists (no database, no worker).

Each model goes through pytest-qt's ``qtmodeltester``; its display, sort and other roles are
checked against values written out here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from bnldesk.domain.search_query import parse
from bnldesk.services.annotations import ActionFields, NoteFields
from bnldesk.store.browse import BrowseFilter, ItemRow, NoteRow, TreeNode
from bnldesk.store.object_detail import ContactFacts, Link, ObjectDetail
from bnldesk.ui.browse.detail import detail_html
from bnldesk.ui.browse.list_model import PAGE, LazyTableModel, ListQuery, ListRow
from bnldesk.ui.browse.navigator_model import NavigatorModel
from bnldesk.ui.meetings.editor import action_columns, agenda_columns
from bnldesk.ui.meetings.rows import (
    ActionRow,
    AgendaPointRow,
    MeetingDetail,
    MeetingRow,
    RecentNoteRow,
    StartPageRows,
)
from bnldesk.ui.meetings.start_page import StartPage
from bnldesk.ui.notes.commands import ActionData, NoteData
from bnldesk.ui.notes.models import ActionsModel, NotesListModel
from bnldesk.ui.widgets.roles import IdRole, KindRole, SortRole
from bnldesk.ui.widgets.rows_table import RowsModel

# ------------------------------------------------------------------------------------------
# the central list
# ------------------------------------------------------------------------------------------


def item(number: int, **changes: object) -> ItemRow:
    """A plan item row as the store would hand it (year 2022 unless said otherwise)."""
    values: dict[str, object] = {
        "id": number,
        "year": 2022,
        "section": "2.1 Veiligheid",
        "kind": "ongoing",
        "title": f"Project {number:04d}",
        "key": f"item:project{number}",
        "notes": 0,
        "change": "",
    }
    values.update(changes)
    return ItemRow(**values)  # type: ignore[arg-type]


def note(number: int, **changes: object) -> NoteRow:
    values: dict[str, object] = {
        "id": number,
        "target_kind": "workgroup",
        "target_key": "wg:SENN-CRISE",
        "target_id": 7,
        "target": "Strategische werkgroep Crisisbeheersing (SENN-CRISE)",
        "year": 2022,
        "body": f"nota {number}",
        "status": "open",
        "priority": 0,
        "visibility": "private",
        "updated": "2026-03-04 09:05",
        "tags": "",
        "open_actions": 0,
    }
    values.update(changes)
    return NoteRow(**values)  # type: ignore[arg-type]


@dataclass
class MemoryList:
    """A list source answering from ``rows``; ``hold`` keeps answers back until ``release``."""

    rows: list[ListRow]
    hold: bool = False
    asked: list[tuple[str, ListQuery, tuple[int, ...]]] = field(default_factory=list)
    totals: list[int | None] = field(default_factory=list)  # the length each pages read was told
    waiting: list[Callable[[], None]] = field(default_factory=list)

    def _ordered(self, query: ListQuery) -> list[ListRow]:
        if query.sort == "default":
            return list(self.rows)
        return sorted(self.rows, key=lambda row: getattr(row, query.sort), reverse=query.descending)

    def _answer(self, answer: Callable[[], None]) -> None:
        if self.hold:
            self.waiting.append(answer)
        else:
            answer()

    def release(self, *, newest_first: bool = False) -> None:
        waiting, self.waiting = self.waiting, []
        for answer in reversed(waiting) if newest_first else waiting:
            answer()

    def first_page(
        self,
        query: ListQuery,
        deliver: Callable[[list[ListRow]], None],
        failed: Callable[[], None],
    ) -> None:
        self.asked.append(("first", query, (0,)))
        rows = self._ordered(query)[: PAGE + 1]  # as the database holds them now
        self._answer(lambda: deliver(rows))

    def count(
        self, query: ListQuery, deliver: Callable[[int], None], failed: Callable[[], None]
    ) -> None:
        self.asked.append(("count", query, ()))
        self._answer(lambda: deliver(len(self.rows)))

    def pages(
        self,
        query: ListQuery,
        pages: Sequence[int],
        deliver: Callable[[dict[int, list[ListRow]]], None],
        failed: Callable[[], None],
        *,
        total: int | None = None,
    ) -> None:
        self.asked.append(("pages", query, tuple(pages)))
        self.totals.append(total)
        rows = self._ordered(query)
        found = {page: rows[page * PAGE : (page + 1) * PAGE] for page in pages}
        self._answer(lambda: deliver(found))


def test_items_are_shown_a_page_at_a_time(qapp: QApplication, qtmodeltester: object) -> None:
    source = MemoryList([item(number) for number in range(1, PAGE + 31)])
    model = LazyTableModel(source, "items")
    model.reload()
    # The first page, then the count: the whole length, with only the first page read.
    assert [kind for kind, _query, _pages in source.asked] == ["first", "count"]
    assert model.counted and model.total == model.rowCount() == PAGE + 30
    assert model.loaded_rows() == PAGE
    last = model.rowCount() - 1
    assert model.row_data(last) is None
    arrived: list[tuple[int, int]] = []
    model.page_loaded.connect(lambda first, end: arrived.append((first, end)))
    assert model.index(last, 1).data() is None  # shown empty while its page is read
    assert source.asked[-1][0] == "pages" and source.asked[-1][2] == (1,)
    assert arrived == [(PAGE, PAGE + 29)]
    # The counted length goes with the read: the store reads a page near the end from the end.
    assert source.totals == [PAGE + 30]
    assert model.index(last, 1).data() == f"Project {PAGE + 30:04d}"
    assert model.row_of("item", PAGE + 30) == last
    assert model.row_of_id(3) == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_item_cells_speak_the_interface_language(qapp: QApplication) -> None:
    rows = [
        item(1, kind="flagship", notes=3, change="new"),
        item(2, year=None, change="changed", section="1.1 Mobiliteit"),
    ]
    model = LazyTableModel(MemoryList(list(rows)), "items")
    model.reload()
    display = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(2)
    ]
    assert display == [
        ["2022", "Project 0001", "2.1 Veiligheid", "Flagship project", "3", "New"],
        ["", "Project 0002", "1.1 Mobiliteit", "Ongoing project", "", "Changed"],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Year", "Title", "Section", "Kind", "Notes", "Change"]
    # Sorting values are the values, not their text: numbers stay numbers.
    assert model.index(0, 0).data(SortRole) == 2022
    assert model.index(0, 4).data(SortRole) == 3
    assert model.index(1, 0).data(SortRole) == ""
    assert (model.index(0, 0).data(KindRole), model.index(0, 0).data(IdRole)) == ("item", 1)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Project 0001"
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # flagship
    assert model.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    centred = int(Qt.AlignmentFlag.AlignCenter)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == centred
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_note_rows_lead_to_the_object_they_are_on(
    qapp: QApplication, qtmodeltester: object
) -> None:
    rows = [
        note(1, priority=3, status="in_progress", tags="budget, opvolgen", open_actions=2),
        note(2, target_kind="item", target_id=None, body="<b> & =cmd|' /C calc'!A0"),
    ]
    model = LazyTableModel(MemoryList(list(rows)), "notes")
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.columnCount() == 8  # with the visibility column (trial 14)
    assert model.index(0, 1).data() == "Strategische werkgroep Crisisbeheersing (SENN-CRISE)"
    assert model.index(0, 3).data() == "budget, opvolgen"
    assert model.index(0, 4).data() == "In progress"
    assert model.index(0, 5).data() == "High"
    assert model.index(0, 6).data() == "2"
    assert model.index(1, 5).data() == "" and model.index(1, 6).data() == ""
    font = model.index(0, 5).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(1, 5).data(Qt.ItemDataRole.FontRole) is None
    # The first row shows its workgroup; the second is on nothing in a plan here: itself.
    assert (model.index(0, 0).data(KindRole), model.index(0, 0).data(IdRole)) == ("workgroup", 7)
    assert (model.index(1, 0).data(KindRole), model.index(1, 0).data(IdRole)) == ("annotation", 2)
    assert model.index(1, 2).data() == "<b> & =cmd|' /C calc'!A0"  # text shown as typed
    assert model.index(0, 5).data(SortRole) == 3
    assert model.row_of("workgroup", 7) == 0


def test_sorting_and_filtering_ask_again_with_the_new_query(qapp: QApplication) -> None:
    source = MemoryList([item(3, title="Crisis"), item(1, title="Aanpak"), item(2, title="Brug")])
    model = LazyTableModel(source, "items")
    model.reload()
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by title
    assert source.asked[-1][1] == ListQuery("items", BrowseFilter(), "title", False)
    assert [model.index(row, 1).data() for row in range(3)] == ["Aanpak", "Brug", "Crisis"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(row, 1).data() for row in range(3)] == ["Crisis", "Brug", "Aanpak"]
    asked = len(source.asked)
    model.sort(4, Qt.SortOrder.AscendingOrder)  # notes: counted, not sortable in SQL
    assert len(source.asked) == asked
    model.set_filter(BrowseFilter(plan_year=2013))
    assert source.asked[-1][1].browse_filter == BrowseFilter(plan_year=2013)
    assert source.asked[-1][1].sort == "title"  # the order stays with a new filter
    model.set_mode("notes")
    assert source.asked[-1][1] == ListQuery("notes", BrowseFilter(plan_year=2013))


def test_an_answer_to_an_older_query_is_dropped(qapp: QApplication) -> None:
    source = MemoryList([item(1)], hold=True)
    model = LazyTableModel(source, "items")
    model.reload()  # answered with one row, later
    source.rows = [item(1), item(2)]
    model.set_filter(BrowseFilter(kind="ongoing"))  # answered with two rows
    # The newer answer arrives first; the older one, arriving after it, changes nothing.
    source.release(newest_first=True)
    assert model.rowCount() == 2
    assert [model.row_data(row) for row in range(2)] == [item(1), item(2)]


# ------------------------------------------------------------------------------------------
# the navigator
# ------------------------------------------------------------------------------------------

TREE: dict[tuple[str | None, int | None], list[TreeNode]] = {
    (None, None): [
        TreeNode("programme", 1, "Werkprogramma 2021-2024", True),
        TreeNode("plan", 2, "Jaarplan 2013", True),
    ],
    ("programme", 1): [TreeNode("plan", 3, "Jaarplan 2022", True)],
    ("plan", 3): [TreeNode("chapter", 4, "2 Veiligheid", True)],
    ("chapter", 4): [TreeNode("section", 5, "2.1 Crisisbeheersing", True)],
    ("section", 5): [
        TreeNode("item", 6, "Gezamenlijke oefening", False, "flagship"),
        TreeNode("item", 7, "Risicoanalyse", False, "ongoing"),
    ],
    ("plan", 2): [],  # a plan whose chapters are not in this database
}


@dataclass
class MemoryTree:
    """A navigator source answering from :data:`TREE`; ``failing`` answers with a failure."""

    failing: set[tuple[str | None, int | None]] = field(default_factory=set)
    asked: list[tuple[str | None, int | None]] = field(default_factory=list)

    def __call__(
        self,
        kind: str | None,
        obj_id: int | None,
        deliver: Callable[[list[TreeNode]], None],
        failed: Callable[[], None],
    ) -> None:
        self.asked.append((kind, obj_id))
        if (kind, obj_id) in self.failing:
            failed()
        else:
            deliver(TREE.get((kind, obj_id), []))


def test_the_navigator_holds_the_nodes_it_is_given(
    qapp: QApplication, qtmodeltester: object
) -> None:
    source = MemoryTree()
    model = NavigatorModel(source)
    loaded: list[bool] = []
    model.loaded.connect(lambda: loaded.append(True))
    model.reload()
    assert loaded == [True] and model.rowCount() == 2
    programme = model.index(0, 0)
    assert model.canFetchMore(programme) and model.hasChildren(programme)
    model.fetchMore(programme)
    assert source.asked == [(None, None), ("programme", 1)]
    assert model.rowCount(programme) == 1
    # A plan without chapters here: asked once, then shown without an expander.
    empty = model.index(1, 0)
    model.fetchMore(empty)
    assert not model.hasChildren(empty) and not model.canFetchMore(empty)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_navigator_reveals_a_path_and_shows_kinds(qapp: QApplication) -> None:
    model = NavigatorModel(MemoryTree())
    model.reload()
    found: list[QModelIndex] = []
    path = [("programme", 1), ("plan", 3), ("theme", 4), ("section", 5), ("item", 6)]
    model.reveal(path, found.append)  # a theme is the chapter it stands for
    assert len(found) == 1 and found[0].isValid()
    flagship = found[0]
    assert flagship.data() == "★ Gezamenlijke oefening"
    assert flagship.data(Qt.ItemDataRole.ToolTipRole) == "Flagship project\nGezamenlijke oefening"
    assert (flagship.data(KindRole), flagship.data(IdRole)) == ("item", 6)
    assert model.parent(flagship).data() == "2.1 Crisisbeheersing"
    ongoing = model.index(1, 0, model.parent(flagship))
    assert ongoing.data() == "Risicoanalyse"
    # A path that leaves the tree ends at the last node found.
    model.reveal([("programme", 1), ("plan", 99)], found.append)
    assert found[-1].data() == "Werkprogramma 2021-2024"


def test_a_level_that_failed_to_load_is_asked_for_again(qapp: QApplication) -> None:
    source = MemoryTree(failing={("programme", 1)})
    model = NavigatorModel(source)
    model.reload()
    programme = model.index(0, 0)
    model.fetchMore(programme)
    assert model.rowCount(programme) == 0 and model.canFetchMore(programme)
    source.failing.clear()
    model.fetchMore(programme)
    assert model.rowCount(programme) == 1


# ------------------------------------------------------------------------------------------
# the notes panel's models
# ------------------------------------------------------------------------------------------


def note_data(number: int, body: str, *actions: ActionData) -> NoteData:
    return NoteData(
        id=number,
        uuid=f"uuid-{number}",
        fields=NoteFields(body=body, tags=["budget"], status="open"),
        author="An",
        delegation="BE",
        created="2026-03-01 10:00",
        updated="2026-03-02 10:00",
        plan_year=2022,
        target_label="SENN-CRISE",
        actions=tuple(actions),
    )


def test_the_notes_list_shows_each_note_on_one_line(
    qapp: QApplication, qtmodeltester: object
) -> None:
    model = NotesListModel()
    call = ActionData(5, ActionFields(title="Bellen", owner="Jan"))
    model.set_notes([note_data(1, "Eerste\nregel", call), note_data(2, "")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert (
        model.index(0).data()
        == "[Private] Eerste regel  —  Open · 2022 · #budget · open actions: 1"
    )
    assert model.index(1).data().startswith("[Private] (empty note)  —  Open")
    # Who may read it is said for each note, first (fourth delegate trial: private and
    # delegation notes looked the same; trial 16: said after the text, it was cut off).
    shared = replace(
        note_data(3, "Gedeeld"), fields=NoteFields(body="Gedeeld", visibility="shareable")
    )
    model.set_notes([*model.notes, shared])
    assert model.index(2).data().startswith("[Shareable] Gedeeld  —  Open")
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) == "Eerste\nregel"
    assert model.row_of(2) == 1 and model.row_of(9) == -1


def test_action_items_are_edited_in_place_and_handed_on(
    qapp: QApplication, qtmodeltester: object
) -> None:
    edits: list[tuple[int, ActionFields, ActionFields]] = []
    model = ActionsModel(lambda action_id, before, after: edits.append((action_id, before, after)))
    late = ActionFields(title="Bellen", owner="Jan", due_date=dt.date(2020, 1, 31))
    model.set_actions((ActionData(5, late),))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.index(0, c).data() for c in range(4)] == ["Bellen", "Jan", "31/01/2020", "Open"]
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    assert model.setData(model.index(0, 2), "2026-12-24")
    assert not model.setData(model.index(0, 2), "24/13/2026")  # not a date: refused
    assert model.setData(model.index(0, 3), "done")
    assert not model.setData(model.index(0, 3), "maybe")
    assert [(action_id, after.due_date, after.status) for action_id, _b, after in edits] == [
        (5, dt.date(2026, 12, 24), "open"),
        (5, dt.date(2026, 12, 24), "done"),
    ]


@pytest.mark.parametrize("mode", ["items", "notes"])
def test_an_empty_list_is_a_valid_model(
    qapp: QApplication, qtmodeltester: object, mode: str
) -> None:
    model = LazyTableModel(MemoryList([]), mode)
    model.reload()
    assert model.rowCount() == 0 and model.counted
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------
# the meetings windows, the conflicts, the backups: short lists of typed rows
# ------------------------------------------------------------------------------------------


def test_the_start_page_shows_the_rows_it_is_given(
    qapp: QApplication, qtmodeltester: object
) -> None:
    page = StartPage()
    today = dt.date(2026, 11, 22)
    meeting = MeetingRow(4, "SENN-CRISE <b>", dt.datetime(2026, 11, 27, 10, 0), "", "https://v", 3)
    late = ActionRow(8, "Commentaar sturen", "An", dt.date(2026, 11, 19), "open", True, 4, None)
    open_one = ActionRow(9, "Zaal reserveren", "Piet", None, "open", False, None, 12, "Nota")
    changed = RecentNoteRow(
        12, "SENN-CRISE", "Standpunt\nBE", dt.datetime(2026, 11, 21, 9, 0), "private"
    )
    page.set_data(StartPageRows(today, (meeting,), (late,), (open_one,), (changed,), 2))
    for model in (page.meetings_model, page.overdue_model, page.open_model, page.notes_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [page.meetings_model.index(0, c).data() for c in range(4)] == [
        "Fri 27/11/2026 10:00",
        "SENN-CRISE <b>",
        "https://v",  # no place: the video link
        "3",
    ]
    assert page.meetings_model.index(0, 3).data(SortRole) == 3
    assert page.meetings_model.index(0, 0).data(SortRole) == dt.datetime(2026, 11, 27, 10, 0)
    assert page.overdue_model.index(0, 0).data() == "19/11/2026"
    assert page.overdue_model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.open_model.index(0, 0).data() == "no date"
    assert page.open_model.index(0, 3).data() == "Nota"
    assert page.notes_model.index(0, 2).data() == "Standpunt BE"  # one line in the table
    assert page.notes_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Standpunt\nBE"
    assert page.notes_model.index(0, 3).data() == "Private"  # told from a shared note (trial 15)
    assert page.conflict_banner.isVisibleTo(page)
    opened: list[tuple[str, int]] = []
    page.meeting_activated.connect(lambda meeting_id: opened.append(("meeting", meeting_id)))
    page.note_activated.connect(lambda note_id: opened.append(("note", note_id)))
    page.open_view.doubleClicked.emit(page.open_model.index(0, 1))
    page.overdue_view.doubleClicked.emit(page.overdue_model.index(0, 1))
    assert opened == [("note", 12), ("meeting", 4)]


def test_the_agenda_and_the_meeting_actions_hold_typed_rows(
    qapp: QApplication, qtmodeltester: object
) -> None:
    detail = MeetingDetail(
        4,
        "Overleg",
        None,
        "",
        (
            AgendaPointRow(1, 1, "SENN-CRISE", "workgroup", "BE steunt", "", ""),
            AgendaPointRow(2, 2, "Rondvraag", "free", "", "", "Geen punten"),
        ),
        (ActionRow(8, "Bellen", "An", dt.date(2026, 12, 1), "done", False, 4, None),),
    )
    agenda: RowsModel[AgendaPointRow] = RowsModel(agenda_columns())
    agenda.set_rows(detail.agenda)
    actions: RowsModel[ActionRow] = RowsModel(action_columns())
    actions.set_rows(detail.actions)
    for model in (agenda, actions):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [agenda.index(1, c).data() for c in range(5)] == [
        "2",
        "Rondvraag",
        "Free text",
        "",
        "Geen punten",
    ]
    assert agenda.index(0, 2).data() == "Workgroup"
    assert agenda.index(1, 0).data(SortRole) == 2
    # "#": the agenda point the action was raised under (none: the whole meeting).
    assert [actions.index(0, c).data() for c in range(5)] == [
        "",
        "Bellen",
        "An",
        "01/12/2026",
        "Done",
    ]
    typed = {"title": "Rondvraag", "position_text": "", "notes": "x", "outcome": "Geen punten"}
    again = detail.with_point_texts(2, typed)
    assert again.point(2) == replace(detail.agenda[1], notes="x")
    assert again.point(1) == detail.agenda[0] and detail.point(2) != again.point(2)


# ------------------------------------------------------------------------------------------
# the detail pane's record
# ------------------------------------------------------------------------------------------


def test_the_detail_of_a_workgroup_is_rendered_from_its_record(qapp: QApplication) -> None:
    detail = ObjectDetail(
        kind="workgroup",
        obj_id=7,
        title="<b>Crisis</b> & =cmd|' /C calc'!A0 (SENN-CRISE)",
        body="Eerste alinea.\n\nTweede   alinea.",
        crumbs=(Link("workgroup", 1, "Benelux-Comité"),),
        contacts=(Link("contact", 3, "Jan Peeters"),),
        children=(Link("workgroup", 8, "Subgroep Oost"),),
        sections=(Link("section", 5, "2022: 2.1 Crisisbeheersing"),),
        years=(2013, 2022),
    )
    page = detail_html(detail, "new", parse("crisis").highlight_terms())
    # The title stays text; the search word is marked inside it.
    assert "&lt;b&gt;<span style='background:#fde68a; color:#111'><b>Crisis</b></span>" in page
    assert "&lt;/b&gt; &amp; =cmd|&#x27; /C calc&#x27;!A0 (SENN-CRISE)</h2>" in page
    assert "href='bnl:workgroup/1'" in page and "href='bnl:workgroup/8'" in page
    assert "href='bnl:contact/3'" in page and "href='bnl:section/5'" in page
    assert "<p>Eerste alinea.</p><p>Tweede alinea.</p>" in page
    assert "In the plans of:</b> 2013, 2022" in page
    assert "Sub-groups" in page and "New" in page
    assert "Not found in the other years" not in page  # said of plan objects only


def test_a_contact_shows_the_facts_it_has(qapp: QApplication) -> None:
    contact = ObjectDetail(
        kind="contact",
        obj_id=3,
        title="Jan Peeters",
        contact=ContactFacts(
            role="Teamhoofd",
            email="j.peeters@benelux.int",
            domain="Veiligheid",
            validity="tot 1 maart 2013",
        ),
    )
    page = detail_html(contact, "", ())
    assert "Role:</b> Teamhoofd" in page and "E-mail:</b> j.peeters@benelux.int" in page
    assert "Phone" not in page  # no phone given: no empty line
    item = ObjectDetail(kind="item", obj_id=4, title="Oefening", item_kind="flagship")
    page = detail_html(item, "", ())
    assert "Flagship project" in page
    assert "The plan gives no further text" in page and "Not found in the other years" in page
