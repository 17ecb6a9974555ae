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


def test_two_backups_of_the_same_minute_are_told_apart(
    controller: Controller, store: Store
) -> None:
    """Trial 10: a backup made by hand and the one made before restoring, in the same minute,
    both read "30/11/2026 17:20". The list now shows the seconds."""
    for second in (5, 41):
        backup.backup_database(
            store.path, "manual", now=dt.datetime(2026, 11, 30, 17, 20, second), force=True
        )
    window = controller.open_window(restore=False)
    settle(window)
    dialog: Any = install_meeting_actions(window).show_backups()
    try:
        model = dialog.list.model
        made = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert len(made) == 2 and made[0] != made[1], made
        assert {text[-2:] for text in made} == {"05", "41"}, made
    finally:
        dialog.close()
