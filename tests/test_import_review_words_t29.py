"""The import review's second column says what a row is, and the review has one word for a
project (trials 16-17, stop 29).

The column "Kind / code" showed a contact's e-mail address where every other row shows a kind
or a code; the line saying what Import writes said "planonderdelen" under a counts line saying
"doelstellingen, projecten". The real 2013 plan (with its Secretariat-General contacts) read in
the real review window, offscreen, in Dutch and French.
"""

from __future__ import annotations

from typing import Any

import pytest
from _seed_documents import SEEDS
from PySide6.QtCore import QModelIndex, Qt
from ui_support import settle

from bnldesk.domain.document import DocContact
from bnldesk.ui import i18n
from bnldesk.ui.browse.window import MainWindow
from bnldesk.ui.importing import ImportReviewDialog

WORDS = {
    # language: (a contact's kind, the word for projects, words the review must not say)
    "nl": ("contactpersoon", "projecten", ("planonderdel",)),
    "fr": ("personne de contact", "projets", ("élément",)),
}


@pytest.fixture(params=["nl", "fr"])
def language(request: pytest.FixtureRequest) -> Any:
    i18n.install(str(request.param))
    yield str(request.param)
    i18n.install("en")


def _contact_rows(dialog: ImportReviewDialog) -> list[QModelIndex]:
    model = dialog.model
    rows = []
    for top in range(model.rowCount()):
        group = model.index(top, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if isinstance(model.payload(index), DocContact):
                rows.append(index)
    return rows


def test_contacts_say_their_kind_and_the_review_says_projects_once(
    window: MainWindow, qtbot: Any, language: str
) -> None:
    kind, projects, never = WORDS[language]
    dialog = window.review_import(SEEDS / "jaarplan-2013.txt")
    assert isinstance(dialog, ImportReviewDialog)
    qtbot.waitUntil(lambda: not dialog.is_reading(), timeout=60_000)
    settle(window)
    contacts = _contact_rows(dialog)
    assert len(contacts) > 5
    for index in contacts:
        contact = dialog.model.payload(index)
        assert isinstance(contact, DocContact)
        second = index.siblingAtColumn(1)
        assert dialog.model.data(second) == kind
        if contact.email:  # still at hand, in the row's tooltip
            tip = str(dialog.model.data(index, Qt.ItemDataRole.ToolTipRole))
            assert contact.email in tip
    said = f"{dialog.counts.text()} {dialog.write_line.text()}"
    assert projects in dialog.counts.text() and projects in dialog.write_line.text(), said
    assert not any(word in said for word in never), said
    dialog.reject()
