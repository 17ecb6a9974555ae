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
        shown = [
            [model.index(row, column).data() for column in range(3)]
            for row in range(model.rowCount())
        ]
        assert len(shown) == 3
        assert {why_made for _when, why_made, _size in shown} == why
        assert all(when.startswith(made) for when, _why, _size in shown), shown
        assert not any("-03-" in when for when, _why, _size in shown)  # not ISO
        assert all(size.endswith(unit) for _when, _why, size in shown), shown
    finally:
        dialog.close()
