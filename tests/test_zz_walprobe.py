import subprocess
import sys
from pathlib import Path
from typing import Any

from _seed_documents import CASES
from PySide6.QtCore import Qt
from ui_support import settle


def test_probe(window: Any, store: Any, qtbot: Any) -> None:
    db = Path(store.path)
    def cli() -> None:
        subprocess.run([sys.executable, "-m", "bnldesk", "--db", str(db), "list", "plans"], check=True, capture_output=True)
    wal = Path(str(db) + "-wal")
    cli()
    print("after first cli, wal:", wal.exists())
    dialog = window.review_import(CASES / "docs" / "plan-annuel-2023-fr.md")
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
    settle(window)
    print("before import, wal:", wal.exists())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(window)
    print("after import, wal:", wal.exists(), dialog.status.text()[:80])
    cli()
    print("after cli, wal:", wal.exists())
