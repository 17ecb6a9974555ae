"""File > Backups in the interface language (delegate trial 18): why each backup was made,
its size and its date in Dutch and French, not "automatic", "496 KB" and an ISO date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from ui_support import settle

from bnldesk.services import backup
from bnldesk.store.engine import Store
from bnldesk.ui.app import Controller
from bnldesk.ui.meetings.features import install_meeting_actions


@pytest.mark.parametrize(
    ("lang", "why", "made", "unit"),
    [
        ("nl", {"automatisch", "met de hand gemaakt", "vóór een import"}, "15/03/2026 ", " kB"),
        ("fr", {"automatique", "faite à la main", "avant une importation"}, "15/03/2026 ", " ko"),
        ("en", {"automatic", "made by hand", "before an import"}, "15/03/2026 ", " kB"),
    ],
)
def test_backups_list_speaks_the_interface_language(
    controller: Controller, store: Store, lang: str, why: set[str], made: str, unit: str
) -> None:
    for hour, reason in ((9, "auto"), (10, "manual"), (11, "before-import")):
        backup.backup_database(
            store.path, reason, now=dt.datetime(2026, 3, 15, hour, 30), force=True
        )
    controller.open_window(restore=False)
    window = controller.set_language(lang)
    assert window is not None
    settle(window)
    dialog: Any = install_meeting_actions(window).show_backups()
    try:
        model = dialog.list.model
        rows = [model.row(i) for i in range(model.rowCount())]
        assert {r["reason"] for r in rows} == why
        assert all(r["when"].startswith(made) for r in rows), rows  # the window's date format
        assert all(r["size"].endswith(unit) for r in rows), rows
        assert not any("-03-" in r["when"] for r in rows)
        shown = {model.index(i, 1).data() for i in range(model.rowCount())}
        assert shown == why  # what the table shows, not only the rows behind it
    finally:
        dialog.close()
