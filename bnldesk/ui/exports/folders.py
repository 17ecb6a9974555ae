"""Where file dialogs open: one rule for every kind of file the delegate picks or saves.

A dialog opens in the folder last used for its kind of file (plans to import, notes sheets,
notes bundles, calendar files); the first time, in the export folder of the preferences
(``~/Documents/bnldesk``, or ``exports/`` in a checkout). Before, File > Import opened in the
program's working folder, Receive and Share in the home folder and Import notes in the export
folder. The folder is remembered when a file is chosen, not when the dialog is cancelled.
"""

from __future__ import annotations

import contextlib
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from bnldesk.ui.widgets import file_dialogs


class FileKind(StrEnum):
    """The kinds of file a dialog asks for; each remembers its own last folder."""

    DOCUMENT = "document"  # plans and programmes to import (PDF, Word, text)
    WORKBOOK = "workbook"  # edited notes sheets to read back
    BUNDLE = "bundle"  # notes bundles shared between laptops
    CALENDAR = "calendar"  # meetings saved as iCalendar files

    @property
    def setting(self) -> str:
        """The settings key holding this kind's last folder."""
        return f"folders/{self.value}"


class FolderSettings(Protocol):
    """What the rule needs of :class:`bnldesk.ui.settings.Settings`."""

    def get(self, key: str) -> object: ...

    def set(self, key: str, value: object) -> None: ...

    def export_dir(self) -> Path: ...


def start_folder(settings: FolderSettings, kind: FileKind) -> Path:
    """The folder a dialog for ``kind`` opens in: the last one used for it while it still
    exists, else the export folder, made here if it does not exist yet (a new laptop has no
    ~/Documents/bnldesk: a file dialog opened elsewhere, and Share refused the name it
    proposed in it, trial 12). A folder that cannot be made is left to the write to report."""
    last = str(settings.get(kind.setting) or "")
    if last and Path(last).is_dir():
        return Path(last)
    folder = settings.export_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def unused_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or where that exists ``stem-2``, ``stem-3``... the first that
    does not: a proposed name never replaces the day's earlier file unasked."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def remember_folder(settings: FolderSettings, kind: FileKind, chosen: Path) -> None:
    """Remember the folder of ``chosen`` for the next dialog of ``kind``."""
    settings.set(kind.setting, str(chosen.parent))


def open_file(
    parent: QWidget | None,
    settings: FolderSettings,
    kind: FileKind,
    title: str,
    file_filter: str,
) -> Path | None:
    """Ask for an existing file of ``kind``, starting in :func:`start_folder`; None when the
    delegate cancels."""
    chosen, _ = file_dialogs.get_open_file_name(
        parent, title, str(start_folder(settings, kind)), file_filter
    )
    if not chosen:
        return None
    remember_folder(settings, kind, Path(chosen))
    return Path(chosen)


def save_file(
    parent: QWidget | None,
    settings: FolderSettings,
    kind: FileKind,
    title: str,
    name: str,
    file_filter: str,
) -> Path | None:
    """Ask where to save a file of ``kind`` proposed as ``name`` in :func:`start_folder`;
    None when the delegate cancels."""
    chosen, _ = file_dialogs.get_save_file_name(
        parent, title, str(start_folder(settings, kind) / name), file_filter
    )
    if not chosen:
        return None
    remember_folder(settings, kind, Path(chosen))
    return Path(chosen)
