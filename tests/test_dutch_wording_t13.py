"""Dutch the trial 13 delegate found odd in the brief dialog: "Agenda (vergaderbriefings)" and
"(geen jaarplan 2026 doet dat)"; said as a Dutch reader expects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_the_brief_dialog_speaks_plain_dutch(dutch: None) -> None:
    agenda = QCoreApplication.translate("ExportDialogs", "Agenda (meeting briefs)")
    assert agenda == "Agenda (alleen bij een vergadering)"
    reason = QCoreApplication.translate(
        "", "Proposed: %1, the latest plan that lists %2 (no plan of %3 does)."
    )
    assert reason.endswith("(geen jaarplan %3 vermeldt het).")
    assert "doet dat" not in reason and "vergaderbriefings" not in agenda
