"""Screenshots of every window and dialog, for review: three languages, light and dark, at
1280x720 and 1920x1080.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out exports/screenshots]
                      [--languages en,nl,fr] [--themes light,dark] [--sizes 1280x720,1920x1080]
                      [--scale 1.5]

Writes ``<size>/<theme>/<language>/<window>.png`` (exports/ is git-ignored). Uses a fresh demo
database in a temporary folder with a few realistic notes, a meeting and temporary settings,
so nothing of the user's is touched. Each size runs on Qt's offscreen platform given a screen
of that size, so windows are sized as on such a laptop.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported in the process of each screen size, after its settings
    from PySide6.QtWidgets import QApplication, QWidget

    from bnldesk.ui.browse.window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def seed(store: object) -> int:
    """Notes, actions and a coming meeting so the panes are not empty; returns the workgroup."""
    from bnldesk.services import meetings
    from bnldesk.services.annotations import NoteFields, add_action, add_annotation
    from bnldesk.services.annotations import resolve_target as target

    with store.transaction() as session:  # type: ignore[attr-defined]
        workgroup = target(session, "SENN-CRISE")
        note = add_annotation(
            session,
            workgroup,
            NoteFields(
                body="Oefening grensoverschrijdende crisiscommunicatie: BE wil meer efficiëntie "
                "in de alarmering tussen de provincies en de veiligheidsregio's.",
                tags=["crisis", "te-bespreken"],
                priority=3,
                status="in_progress",
                position_text="Steun, mits de kosten binnen het bestaande budget blijven.",
                position_state="reservation",
                consult="FOD Binnenlandse Zaken (NCCN), provincie Limburg",
            ),
            author="An Peeters",
            delegation="BE",
        )
        add_action(session, note, "Ontwerpstandpunt rondsturen", "An Peeters", dt.date(2026, 12, 4))
        add_action(session, note, "NCCN raadplegen", "Tom Claes", dt.date.today() - dt.timedelta(3))
        # Long texts, as delegates write them: the table must wrap them, not cut them.
        add_action(
            session,
            note,
            "Draaiboek oefening crisiscommunicatie bijwerken met de provincies",
            "Standpuntenteam BZK",
            dt.date(2026, 12, 15),
        )
        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=6), dt.time(10))
        meeting = meetings.create_meeting(
            session,
            meetings.MeetingFields(
                workgroup="SENN-CRISE",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=3),
                place="Benelux-Secretariaat, Brussel",
                chair="Voorzitter (NL)",
            ),
        )
        for text in ("SENN-CRISE", "2.1.1", "Rondvraag"):
            meetings.add_agenda_point_from_text(session, meeting.id, text)
        assert workgroup.obj_id is not None
        return workgroup.obj_id


def dark_palette() -> object:
    from bnldesk.ui.widgets.theme import dark_palette as palette

    return palette()


class Camera:
    """Shows a widget, lets the database worker finish, and saves what it shows as a PNG."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def settle(self, window: MainWindow) -> None:
        """Let the window's worker and the event loop finish what was asked of them."""
        for _ in range(6):
            window.worker.wait_idle()
            self.app.processEvents()

    def save(self, widget: QWidget, folder: Path, name: str) -> None:
        """``folder/name.png`` of ``widget`` as it is shown."""
        widget.show()
        self.app.processEvents()
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


def shoot_main_window(camera: Camera, window: MainWindow, workgroup: int, folder: Path) -> None:
    """The main window on a workgroup, with a new note, a search, quick open and shortcuts."""
    window.show_object("workgroup", workgroup, reveal=True)
    camera.settle(window)
    camera.save(window, folder, "main")
    window.notes.new_note()
    camera.settle(window)
    camera.save(window, folder, "main-new-note")
    window.notes.delete_note()
    window.search_box.setText("efficientie")
    window.run_search_now()
    camera.settle(window)
    camera.save(window, folder, "search")
    window.search_box.clear()
    window.palette_dialog.open_fresh()
    window.palette_dialog.edit.setText("crise")
    window.palette_dialog.run_search()
    camera.settle(window)
    camera.save(window.palette_dialog, folder, "quick-open")
    window.palette_dialog.close()
    window.show_shortcuts()
    camera.save(window.shortcuts_dialog, folder, "shortcuts")
    window.shortcuts_dialog.close()
    from bnldesk.ui.help_guide import show_help

    guide = show_help(window)
    camera.save(guide, folder, "help-guide")
    guide.close()


def shoot_dialogs(camera: Camera, window: MainWindow, workgroup: int, folder: Path) -> None:
    """Preferences, the meetings windows, the export dialogs, sharing, backups, conflicts."""
    from bnldesk.services.reports import BriefSubject
    from bnldesk.ui.exports.dialogs import export_brief, export_excel
    from bnldesk.ui.meetings.action_dialog import ActionDialog
    from bnldesk.ui.meetings.features import ShareDialog, install_meeting_actions
    from bnldesk.ui.settings.preferences import PreferencesDialog

    preferences = PreferencesDialog(window.settings, window)
    camera.save(preferences, folder, "preferences")
    preferences.close()
    from bnldesk.ui.settings.ask import DelegationDialog

    asked = DelegationDialog(window)  # asked once, the first time a delegation is needed
    camera.save(asked, folder, "delegation-asked")
    asked.close()
    features = install_meeting_actions(window)
    page = features.show_start_page()
    camera.settle(window)
    camera.save(page.window(), folder, "start-page")
    page.window().close()
    panel = features.show_meetings()
    camera.settle(window)
    panel.view.selectRow(0)
    camera.settle(window)
    camera.save(panel.window(), folder, "meetings")
    action = ActionDialog(panel)
    camera.save(action, folder, "new-action")
    action.close()
    brief = export_brief(window, BriefSubject(workgroup_id=workgroup), "SENN-CRISE")
    assert brief is not None  # the screenshots' settings have a delegation chosen
    camera.settle(window)
    camera.save(brief, folder, "brief-dialog")
    brief.audience_combo.setCurrentIndex(1)  # for other delegations
    camera.settle(window)
    camera.save(brief, folder, "brief-dialog-partners")
    brief.reject()
    panel.window().close()
    export_excel(window)
    camera.settle(window)
    camera.save(window.excel_dialog, folder, "excel-dialog")  # type: ignore[attr-defined]
    window.excel_dialog.audience_combo.setCurrentIndex(1)  # type: ignore[attr-defined]
    camera.settle(window)
    camera.save(window.excel_dialog, folder, "excel-dialog-partners")  # type: ignore[attr-defined]
    window.excel_dialog.reject()  # type: ignore[attr-defined]
    share = ShareDialog(window.settings, window)
    camera.save(share, folder, "share")
    share.close()
    backups = features.show_backups()
    camera.save(backups, folder, "backups")
    backups.close()
    conflicts = features.show_conflicts()
    camera.settle(window)
    camera.save(conflicts.window(), folder, "conflicts")
    conflicts.window().close()


def shoot_unsaved(camera: Camera, window: MainWindow, workgroup: int, folder: Path) -> None:
    """The notes pane with an action item's edit not saved, and the Meetings window with an
    agenda point's outcome not saved (as when another program locks the file); dropped after."""
    from dataclasses import replace

    from bnldesk.services.meetings import AgendaTexts
    from bnldesk.services.recovery import UnsavedAction, UnsavedPoint
    from bnldesk.store.errors import DatabaseLockedError
    from bnldesk.ui.meetings.features import install_meeting_actions

    locked = DatabaseLockedError(window.store.where)
    window.show_object("workgroup", workgroup, reveal=True)
    camera.settle(window)
    notes = window.notes
    if notes.current is None:
        notes.list.setCurrentIndex(notes.list_model.index(0))
        camera.settle(window)
    note, target = notes.current, notes.target
    assert note is not None and target is not None and note.actions
    action = note.actions[0]
    typed = replace(action.fields, owner="Piet Janssens (NCCN)")
    edit = UnsavedAction(action.id, note.id, target, action.fields, typed, locked.code)
    notes.unsaved.failed(edit, locked)
    notes.reload()
    camera.settle(window)
    camera.save(window, folder, "main-unsaved")
    bar = window.notes_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the line under the form, with Retry now
    camera.settle(window)
    camera.save(window, folder, "main-unsaved-line")
    bar.setValue(0)
    panel = install_meeting_actions(window).show_meetings()
    camera.settle(window)
    panel.view.selectRow(0)
    camera.settle(window)
    data = panel.editor.data
    assert data is not None and data.agenda
    point = data.agenda[0]
    shown = AgendaTexts(**point.texts())
    outcome = replace(shown, outcome="Akkoord: de oefening gaat door in het najaar.")
    panel.editor.unsaved.failed(
        UnsavedPoint(point.id, data.id, shown, outcome, locked.code), locked
    )
    panel.editor.refresh()
    camera.settle(window)
    camera.save(panel.window(), folder, "meetings-unsaved")
    panel.editor.unsaved.discard()
    panel.window().close()
    camera.settle(window)


def shoot(out: Path, size: str, themes: list[str], languages: list[str]) -> None:
    """All windows at one screen size (runs inside the offscreen process of that size)."""
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from bnldesk.store.engine import open_store
    from bnldesk.ui.app import Controller, ensure_app, load_style
    from bnldesk.ui.settings import Settings

    app = ensure_app()
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.palette()
    camera = Camera(app)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_STATE_HOME"] = tmp  # the recovery file of the unsaved edits shown
        store = open_store(Path(tmp) / "demo.db")
        workgroup = seed(store)
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set("prefs/delegation", "BE")  # chosen: not asked
        settings.set("prefs/author", "An Peeters")
        settings.set("prefs/marking", "Beperkte verspreiding")
        settings.set("prefs/export_dir", str(Path(tmp) / "exports"))
        for theme in themes:
            app.setPalette(dark_palette() if theme == "dark" else light)  # type: ignore[arg-type]
            load_style(app)
            for language in languages:
                folder = out / size / theme / language
                settings.set("prefs/language", language)
                controller = Controller(store, settings)
                window = controller.open_window(restore=False)
                camera.settle(window)
                shoot_main_window(camera, window, workgroup, folder)
                shoot_dialogs(camera, window, workgroup, folder)
                shoot_unsaved(camera, window, workgroup, folder)
                controller.shutdown()
                print(f"wrote {folder}")
        store.close()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("exports/screenshots"))
    parser.add_argument("--languages", default="en,nl,fr")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--sizes", default="1280x720,1920x1080")
    parser.add_argument("--scale", help="QT_SCALE_FACTOR, as a delegate with low vision sets it")
    parser.add_argument("--one-size", help=argparse.SUPPRESS)  # the child process per size
    args = parser.parse_args()
    languages, themes = args.languages.split(","), args.themes.split(",")
    if args.one_size:
        shoot(args.out, args.one_size, themes, languages)
        return 0
    rc = 0
    for size in args.sizes.split(","):
        width, height = (int(number) for number in size.split("x"))
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            config.write_text(
                json.dumps(
                    {"screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                                  "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                  "dpr": 1}]}
                )
            )  # fmt: skip
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            }
            if args.scale:
                env["QT_SCALE_FACTOR"] = args.scale
            rc |= subprocess.call(
                [sys.executable, __file__, "--out", str(args.out), "--one-size", size,
                 "--languages", args.languages, "--themes", args.themes],
                env=env,
            )  # fmt: skip
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
