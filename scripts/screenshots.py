"""Screenshots of the desktop window on the demo data, for review and the documentation.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out exports/screenshots]

Writes main.png (main window), editor.png (a note being edited), filters.png (the filter bar
with active filters), preferences.png, palette.png (Ctrl+K), search.png, main-fr.png (French),
main-1280x720.png (the smallest supported size), main-nl-1280x720.png (Dutch, smallest size). Uses a fresh demo database in a temporary folder
and temporary settings, so nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from bnldesk.services.annotations import (
    NoteFields,
    add_action,
    add_annotation,
    resolve_target,
)
from bnldesk.store import browse
from bnldesk.store.engine import open_store
from bnldesk.ui.app import Controller, ensure_app, load_style
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.settings import Settings
from bnldesk.ui.settings.preferences import PreferencesDialog


def settle(w: MainWindow) -> None:
    for _ in range(6):
        w.worker.wait_idle()
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def senn_crise_id(store: object) -> int:
    with store.read() as s:  # type: ignore[attr-defined]
        target = resolve_target(s, "SENN-CRISE")
    assert target.obj_id is not None
    return target.obj_id


def seed_notes(store: object) -> int:
    """A few realistic notes so the panes are not empty; returns the item the main shot shows."""
    with store.transaction() as s:  # type: ignore[attr-defined]
        wg = resolve_target(s, "SENN-CRISE")
        note = add_annotation(
            s,
            wg,
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
        add_action(s, note, "Ontwerpstandpunt rondsturen", "An Peeters", dt.date(2026, 12, 4))
        add_action(s, note, "NCCN raadplegen over de planning", "Tom Claes", dt.date(2026, 12, 11))
        items = browse.fetch_items(s, browse.BrowseFilter(plan_year=2022, kind="flagship"), limit=3)
        if not items:
            items = browse.fetch_items(s, browse.BrowseFilter(), limit=3)
        item_id = int(items[0]["id"])
        target = resolve_target(s, f"item:{item_id}")
        add_annotation(
            s,
            target,
            NoteFields(
                body="Vlaggenschip: vragen naar de timing van de roadmap en de rol van de regio's.",
                tags=["vlaggenschip", "te-bespreken"],
                priority=2,
                position_state="to_coordinate",
            ),
            author="An Peeters",
            delegation="BE",
        )
    return item_id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("exports/screenshots"))
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    load_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        item_id = seed_notes(store)
        settings = Settings(Path(tmp) / "settings.ini")
        settings.set("prefs/author", "An Peeters")
        settings.set("prefs/marking", "Beperkte verspreiding")
        controller = Controller(store, settings)
        w = controller.open_window(restore=False)
        w.resize(1440, 900)
        settle(w)

        # main window: a flagship project of the 2022 plan with its note
        w.show_object("item", item_id, reveal=True)
        settle(w)
        w.plan_tree.setFocus()
        save(w, out / "main.png")

        # the annotation editor on SENN-CRISE
        w.show_object("workgroup", senn_crise_id(store), reveal=True)
        settle(w)
        save(w.right_splitter, out / "editor.png")

        # the filter bar with active filters
        w.show_object("item", item_id, reveal=True)
        settle(w)
        w.set_scope(None)
        w.filter_bar.set_value("plan_year", 2022)
        w.filter_bar.set_value("tag", "te-bespreken")
        w.filter_bar.set_value("has_notes", True)
        settle(w)
        top = w.filter_bar.mapTo(w, QPoint(0, 0)).y()
        w.grab(QRect(0, top, w.width(), 330)).save(str(out / "filters.png"))
        print(f"wrote {out / 'filters.png'}")
        w.filter_bar.clear()
        settle(w)

        # search
        w.search_box.setText("efficientie")
        w.run_search_now()
        settle(w)
        save(w, out / "search.png")
        w.search_box.clear()
        settle(w)

        # preferences
        prefs = PreferencesDialog(settings, w)
        prefs.show()
        QApplication.processEvents()
        save(prefs, out / "preferences.png")
        prefs.close()

        # quick open
        w.palette_dialog.open_fresh()
        w.palette_dialog.edit.setText("crise")
        w.palette_dialog.run_search()
        settle(w)
        save(w.palette_dialog, out / "palette.png")
        w.palette_dialog.close()

        # the smallest supported size
        w.resize(1280, 720)
        settle(w)
        save(w, out / "main-1280x720.png")

        # French
        fr = controller.set_language("fr")
        assert fr is not None
        fr.resize(1440, 900)
        settle(fr)
        fr.show_object("workgroup", senn_crise_id(store), reveal=True)
        settle(fr)
        save(fr, out / "main-fr.png")

        # Dutch, at the smallest supported size (the longest labels of the three languages)
        nl = controller.set_language("nl")
        assert nl is not None
        nl.resize(1280, 720)
        settle(nl)
        nl.show_object("workgroup", senn_crise_id(store), reveal=True)
        settle(nl)
        save(nl, out / "main-nl-1280x720.png")
        controller.set_language("system")
        controller.shutdown()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
