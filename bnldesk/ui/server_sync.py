"""File > Sync with server...: this laptop's notes with the delegation server, and the password
prompt a server connection may need.

The server's address is remembered (``sync/server_url``, without any password); the password is
asked when the server wants one and neither ``PGPASSWORD`` nor ``~/.pgpass`` has it, and is kept
for this session only. The sync itself (:func:`bnldesk.services.sync_server.sync_with_server`)
runs on the window's database worker, so the window stays responsive; what it did is said in
the interface language in the status bar, and in a dialog when it changed this laptop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from bnldesk.store.backend import AskPassword, ServerAddress, UnsupportedLocationError
from bnldesk.store.backend import parse_server_url as parse_url
from bnldesk.ui.error_texts import error_text
from bnldesk.ui.sync_texts import server_sync_summary

if TYPE_CHECKING:
    from bnldesk.store.engine import Store
    from bnldesk.ui.browse.window import MainWindow

SETTING = "sync/server_url"


def tr(text: str) -> str:
    return QCoreApplication.translate("ServerSync", text)


def password_prompt(parent: QWidget | None) -> AskPassword:
    """A password dialog for a server connection (echo off; nothing is stored)."""

    def ask(address: ServerAddress) -> str | None:
        text, accepted = QInputDialog.getText(
            parent,
            tr("Server password"),
            tr("Password of {user} on {server}:").format(
                user=address.user or tr("your user"), server=address.display
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if accepted and text else None

    return ask


def ask_server(window: Any, remembered: str) -> ServerAddress | None:
    """The server's address, asked with the last one filled in; None when cancelled."""
    while True:
        text, accepted = QInputDialog.getText(
            window,
            tr("Sync with server"),
            tr("The delegation server (postgresql://USER@HOST/DATABASE):"),
            QLineEdit.EchoMode.Normal,
            remembered,
        )
        if not accepted or not text.strip():
            return None
        try:
            return parse_url(text)
        except UnsupportedLocationError as exc:
            QMessageBox.warning(window, tr("Sync with server"), error_text(exc))
            remembered = text


def sync_with_server(window: MainWindow) -> None:
    """The File menu's action (registered in :mod:`bnldesk.ui.actions`)."""
    from bnldesk.services import backup
    from bnldesk.services.sync_server import ServerSyncReport
    from bnldesk.services.sync_server import sync_with_server as run_sync
    from bnldesk.store.engine import open_store
    from bnldesk.ui.settings.backups import describe_failure

    if window.store.is_server:
        QMessageBox.information(
            window,
            tr("Sync with server"),
            tr("This window works on the server itself: there is nothing to sync."),
        )
        return
    address = ask_server(window, str(window.settings.get(SETTING)))
    if address is None:
        return
    window.settings.set(SETTING, address.display)
    ask = password_prompt(window)
    try:
        # Connecting may ask for the password: on the GUI thread, before the worker runs.
        server = open_store(address, ask_password=ask)
    except Exception as exc:  # a delegate's message, or an internal error logged
        QMessageBox.warning(window, tr("Sync with server"), describe_failure(exc))
        return

    def work(laptop: Store) -> ServerSyncReport:
        try:
            return run_sync(
                laptop, server, before_merge=lambda st: backup.backup_before(st, "sync")
            )
        finally:
            server.close()

    def done(report: ServerSyncReport) -> None:
        summary = server_sync_summary(report)
        window.show_message(summary)
        reload_all = getattr(window, "reload_all", None)
        if reload_all is not None:
            reload_all()
        conflicts = report.pulled.count("conflict") or report.pushed.count("conflict")
        if report.pulled.changed or conflicts:
            # What changed here is told in a dialog, not only in a status bar that goes away.
            lines = [summary]
            if conflicts:
                lines.append(
                    tr(
                        "Some notes were changed here and on the server: both versions are "
                        "kept. Resolve them with File > Resolve conflicts..."
                    )
                )
            QMessageBox.information(window, tr("Sync with server"), "\n\n".join(lines))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, tr("Sync with server"), describe_failure(exc))

    window.worker.run(work, done, failed)
