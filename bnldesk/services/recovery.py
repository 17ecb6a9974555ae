"""The recovery file: note text whose save failed, kept on this laptop until it is stored.

When a note's save fails (the delegation's server is away, the database file is locked,
read-only or on a full disk), what the delegate typed is written here at once, so that neither
closing the window, the session ending nor a crash loses it; the next start offers to store it.
The file lives in the user's state folder (platformdirs: ``~/.local/state/bnldesk/recovery``
on Linux), never beside the database or on a server: private notes stay on this laptop.

One JSON file per database (named after a hash of its location as :attr:`Store.where` says it,
without any password), written atomically and readable by its owner alone from its first byte
(0o600 in a 0o700 folder: :func:`bnldesk.services.files.write_atomically`,
:func:`~bnldesk.services.files.private_folder`). The log records note ids and causes, never
the text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.orm import Session

from bnldesk import APP_NAME, APP_ORG
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import Annotation, TargetKind
from bnldesk.services import annotations as svc
from bnldesk.services.annotations import NoteFields, Target
from bnldesk.services.files import private_folder, write_atomically
from bnldesk.services.note_edits import SaveResult, save_note

FORMAT = "bnldesk-recovery-1"
log = logging.getLogger(__name__)


class RecoveryFileError(BnldeskError):
    """The recovery file cannot be written or read; the message names it."""


@dataclass(frozen=True)
class UnsavedNote:
    """A note edit that could not be stored.

    ``note_id`` is the stored note's id, or 0 for a new note never stored; ``target`` the
    object it is on; ``stored`` the note as the editor last read it (the edit is made on
    that, so a change saved meanwhile elsewhere is kept: :func:`save_note`); ``typed`` what
    the delegate typed; ``cause`` the failure's error code ("server_unreachable", …) or
    exception type; ``author`` and ``delegation`` sign a new note.
    """

    note_id: int
    target: Target
    stored: NoteFields
    typed: NoteFields
    cause: str
    author: str = ""
    delegation: str = ""

    @property
    def key(self) -> str:
        """What tells two unsaved edits apart (:func:`edit_key`)."""
        return edit_key(self.note_id, self.target)


def edit_key(note_id: int, target: Target) -> str:
    """What tells two unsaved edits apart: the note's id, or its object for a new note
    (``note_id`` 0): "note:12", "new:workgroup:wg-kustvaart"."""
    if note_id:
        return f"note:{note_id}"
    return f"new:{target.kind.value}:{target.key}"


def recovery_folder() -> Path:
    """The folder of recovery files in the user's state folder (not created here)."""
    return Path(platformdirs.user_state_dir(APP_NAME, APP_ORG)) / "recovery"


def recovery_path(where: str) -> Path:
    """The recovery file of the database at ``where`` (a file's path or a server's URL
    without its password, as :attr:`bnldesk.store.engine.Store.where` says it)."""
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]
    return recovery_folder() / f"unsaved-{digest}.json"


def keep(where: str, notes: list[UnsavedNote]) -> Path:
    """Write ``notes`` to the recovery file of ``where`` (an empty list removes the file).

    Returns the file's path. Raises :class:`RecoveryFileError` when it cannot be written.
    """
    path = recovery_path(where)
    if not notes:
        discard(where)
        return path
    data = {
        "format": FORMAT,
        "database": where,
        "kept_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "notes": [_note_to_json(note) for note in notes],
    }
    try:
        private_folder(path.parent)
        text = json.dumps(data, ensure_ascii=False, indent=1)
        # The mode is given before the text is written: it was set after the file was in place,
        # so private notes stood readable by all (0o644 under umask 022) for that moment.
        write_atomically(path, text.encode("utf-8"), mode=0o600)
    except (OSError, BnldeskError) as exc:
        raise RecoveryFileError(
            f"the unsaved text could not be kept on this computer ({path}): {exc}; "
            "do not quit before it is saved",
            code="recovery_not_written",
            values=(str(path),),
        ) from exc
    return path


def kept(where: str) -> list[UnsavedNote]:
    """The unsaved notes kept for ``where`` ([] when there is no file). Raises
    :class:`RecoveryFileError` for a file that cannot be read or is not a recovery file."""
    path = recovery_path(where)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise _unreadable(path) from exc
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a recovery file")
        return [_note_from_json(entry) for entry in data["notes"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise _unreadable(path) from exc


def discard(where: str) -> None:
    """Remove the recovery file of ``where`` (nothing when there is none)."""
    with contextlib.suppress(FileNotFoundError):
        recovery_path(where).unlink()


def _unreadable(path: Path) -> RecoveryFileError:
    return RecoveryFileError(
        f"the recovery file {path} cannot be read; it was left as it is",
        code="recovery_unreadable",
        values=(str(path),),
    )


def store_unsaved(session: Session, note: UnsavedNote) -> SaveResult:
    """Store ``note``'s typed text: over the note as stored now, changing only what the delegate
    changed (:func:`save_note` with ``expected``); a new note, or one deleted meanwhile, is
    added anew on its object. Flushed, not committed; raises what the store raises."""
    existing = session.get(Annotation, note.note_id) if note.note_id else None
    if existing is None or existing.is_deleted:
        added = svc.add_annotation(
            session, note.target, note.typed, author=note.author, delegation=note.delegation
        )
        return SaveResult(added.id, saved=True, conflict=False)
    return save_note(session, note.note_id, note.typed, expected=note.stored)


def _note_to_json(note: UnsavedNote) -> dict[str, object]:
    target = note.target
    return {
        "note_id": note.note_id,
        "target": {
            "kind": target.kind.value,
            "key": target.key,
            "obj_id": target.obj_id,
            "label": target.label,
            "plan_year": target.plan_year,
        },
        "stored": dataclasses.asdict(note.stored),
        "typed": dataclasses.asdict(note.typed),
        "cause": note.cause,
        "author": note.author,
        "delegation": note.delegation,
    }


def _fields(data: object) -> NoteFields:
    if not isinstance(data, dict):
        raise TypeError("fields are not an object")
    names = {field.name for field in dataclasses.fields(NoteFields)}
    fields = NoteFields(**{name: value for name, value in data.items() if name in names})
    if not isinstance(fields.body, str) or not isinstance(fields.tags, list):
        raise TypeError("fields of the wrong type")
    return fields


def _note_from_json(entry: dict[str, object]) -> UnsavedNote:
    target = entry["target"]
    if not isinstance(target, dict):
        raise TypeError("target is not an object")
    obj_id, plan_year = target.get("obj_id"), target.get("plan_year")
    return UnsavedNote(
        note_id=int(str(entry["note_id"])),
        target=Target(
            kind=TargetKind(str(target["kind"])),
            key=str(target["key"]),
            obj_id=obj_id if isinstance(obj_id, int) else None,
            label=str(target.get("label", "")),
            plan_year=plan_year if isinstance(plan_year, int) else None,
        ),
        stored=_fields(entry["stored"]),
        typed=_fields(entry["typed"]),
        cause=str(entry.get("cause", "")),
        author=str(entry.get("author", "")),
        delegation=str(entry.get("delegation", "")),
    )
