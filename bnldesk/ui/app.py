"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget, QTreeWidgetItem

from bnldesk import APP_NAME, APP_ORG, __version__
from bnldesk.store import queries
from bnldesk.store.engine import StoreError, open_store


def run_gui(db_path: Path, *, demo: bool = True) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    try:
        store = open_store(db_path, demo=demo)
    except StoreError as exc:
        QMessageBox.critical(None, "bnldesk", str(exc))
        return 1
    tree = QTreeWidget()
    tree.setHeaderLabels(["Plan"])
    with store.read() as s:
        for plan in queries.list_plans(s):
            top = QTreeWidgetItem([f"{plan['title']}"])
            tree.addTopLevelItem(top)
            for ch in queries.list_chapters(s, plan_year=plan["year"]):
                top.addChild(QTreeWidgetItem([f"{ch['number']}. {ch['title']}"]))
    tree.expandAll()
    tree.resize(900, 600)
    tree.show()
    return app.exec()
