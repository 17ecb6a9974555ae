"""At the scale factors people with low vision use (trial item 21), on a 1440x900 screen, no
control of the main, Start page or Meetings window is cut: each is inside its window and
its parent, or inside a scroll area that can scroll to it. Before: at QT_SCALE_FACTOR=1.5 the notes pane was
squeezed to 210 px and cut at the window's edge (its Delete button and fields unreadable),
because the centre pane grew as wide as the scope's text.

Each case runs in its own process, on Qt's offscreen platform given that screen.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from probe_support import offscreen_env, run_probe

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QAbstractScrollArea, QComboBox, QLabel, QLineEdit,
        QPlainTextEdit, QTabBar, QWidget,
    )
    from bnldesk.services.annotations import NoteFields, add_action, add_annotation
    from bnldesk.services.annotations import resolve_target
    from bnldesk.store.engine import open_store
    from bnldesk.ui.app import Controller, ensure_app, load_style
    from bnldesk.ui.meetings.features import install_meeting_actions
    from bnldesk.ui.settings import Settings

    CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView,
                QTabBar, QLabel)
    work, language = Path(sys.argv[1]), sys.argv[2]
    app = ensure_app()
    load_style(app)
    store = open_store(work / "scale.db")
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        note = add_annotation(s, target, NoteFields(
            body="Oefening grensoverschrijdende crisiscommunicatie", tags=["crisis"],
            position_text="Steun, mits de kosten binnen het budget blijven."))
        add_action(s, note, "Ontwerpstandpunt rondsturen", "An Peeters", None)
    settings = Settings(work / "settings.ini")
    settings.set("prefs/delegation", "BE")  # chosen: not asked
    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    window = controller.open_window(restore=False)

    def settle():
        for _ in range(6):
            assert window.worker.wait_idle(30000), "the database worker did not become idle"
            app.processEvents()

    settle()
    window.show_object(target.kind.value, target.obj_id, reveal=True)
    settle()

    def room_of(top):
        return top.screen().availableGeometry()

    def cut(widget):
        # Why ``widget`` cannot be seen whole, or "" when it can.
        child, parent = widget, widget.parentWidget()
        while parent is not None and not child.isWindow():
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
                if isinstance(area, QAbstractItemView):
                    return ""  # a cell editor or an index widget: the view scrolls to it
                view = parent.rect()
                for wide, room, policy in (
                    (child.width(), view.width(), area.horizontalScrollBarPolicy()),
                    (child.height(), view.height(), area.verticalScrollBarPolicy()),
                ):
                    if wide > room and policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                        return f"{area.objectName()} cannot scroll to it"
                child, parent = area, area.parentWidget()
                continue
            placed = QRect(child.mapTo(parent, QPoint(0, 0)), child.size())
            if not parent.rect().contains(placed):
                return f"outside {type(parent).__name__} {parent.objectName()}"
            child, parent = parent, parent.parentWidget()
        return ""

    features = install_meeting_actions(window)
    start = features.show_start_page().window()
    meetings = features.show_meetings()
    meetings.new_meeting()
    settle()
    problems = []
    tops = {"main": window, "start page": start, "meetings": meetings.window()}
    for top_name, top in tops.items():
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or not isinstance(widget, CONTROLS):
                continue
            if isinstance(widget, QLabel) and not widget.text():
                continue
            why = cut(widget)
            if why:
                name = widget.objectName() or widget.accessibleName() or getattr(widget, "text", str)()
                problems.append(f"{top_name}: {type(widget).__name__} {name!r}: {why}")
        if not room_of(top).contains(top.frameGeometry()):
            problems.append(f"{top_name}: outside the screen")
    room = room_of(window)
    result = {
        "problems": problems,
        "inside_screen": room.contains(window.frameGeometry()),
        "notes_width": window.notes_scroll.width(),
        "notes_scroll_sideways": window.notes_scroll.horizontalScrollBar().isVisible(),
        "room": [room.width(), room.height()],
    }
    print("RESULT " + json.dumps(result))
    controller.shutdown()
    store.close()
    """
)


@pytest.mark.slow
@pytest.mark.parametrize(("scale", "language"), [("1.5", "en"), ("1.5", "fr"), ("2", "nl")])
def test_no_control_is_cut_at_a_large_scale_factor(
    tmp_path: Path, scale: str, language: str
) -> None:
    env = offscreen_env(tmp_path, (1440, 900), scale)
    result = run_probe(PROBE, [str(tmp_path), language], env)
    assert result["problems"] == [], result
    assert result["inside_screen"], result
    # The note's fields go under their labels rather than off to the right.
    assert not result["notes_scroll_sideways"], result
    # The notes keep a usable share of the window (a third of it or more).
    assert result["notes_width"] >= result["room"][0] // 3 - 20, result


BRIEF_PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    sys.path.insert(0, "tests")
    from layout_probe import seed
    from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
    from bnldesk.services.reports import BriefSubject
    from bnldesk.store.engine import open_store
    from bnldesk.ui.app import Controller, ensure_app, load_style
    from bnldesk.ui.exports.dialogs import export_brief
    from bnldesk.ui.settings import Settings

    work, language = Path(sys.argv[1]), sys.argv[2]
    app = ensure_app()
    load_style(app)
    store = open_store(work / "brief.db")
    seed(store)  # a note, an action and a coming meeting on SENN-CRISE
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(s, target, NoteFields(body="Eigen standpunt", visibility="private"))
    settings = Settings(work / "settings.ini")
    settings.set("prefs/delegation", "BE")  # chosen: not asked
    settings.set("prefs/language", language)
    controller = Controller(store, settings)
    window = controller.open_window(restore=False)

    def settle():
        for _ in range(8):
            window.worker.wait_idle()
            app.processEvents()

    settle()
    cut = []
    for subject in (BriefSubject(workgroup_id=target.obj_id), BriefSubject(meeting="1")):
        dialog = export_brief(window, subject, "SENN-CRISE")
        settle()  # the choices are read: the notes under the lists and the left-out line
        assert dialog.left_out_label.isVisible() and dialog.year_note.isVisible()
        for key, box in dialog.part_boxes.items():
            if box.height() < box.fontMetrics().height() + 2:
                cut.append([key, box.height(), box.fontMetrics().height()])
        screen = dialog.screen().availableGeometry()
        if not screen.contains(dialog.frameGeometry()):
            cut.append(["outside the screen", dialog.frameGeometry().getRect()])
        dialog.grab().save(str(work / f"brief-{language}-{len(cut)}.png"))
        dialog.reject()
        settle()
    print("RESULT " + json.dumps({"cut": cut}))
    controller.shutdown()
    store.close()
    """
)


@pytest.mark.parametrize("scale", ["1", "1.5"])
@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_brief_dialogs_parts_are_whole_at_1280x720(
    tmp_path: Path, scale: str, language: str
) -> None:
    """Before: the dialog kept the height it opened with; once the notes under the plan year
    and the meeting and the left-out line were shown, its check boxes were squeezed to 9-12 px
    and the last row of parts was cut."""
    env = offscreen_env(tmp_path, (1280, 720), scale)
    result = run_probe(BRIEF_PROBE, [str(tmp_path), language], env)
    assert result["cut"] == [], result
