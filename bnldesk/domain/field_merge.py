"""Merging a form's edit with what is stored now, field by field (no I/O).

A window shows a record, the delegate changes some of its fields, and meanwhile another
process (the command line, a second window, a received bundle, a server sync) may have saved
the same record. Writing the whole form back would revert that other change. The rule every
editor follows instead: compare the form as it was shown (``shown``), as it is now
(``typed``) and the record as stored at the moment of writing (``stored``, read inside the
write's transaction):

- a field the delegate did not change keeps its stored value (the other change is taken);
- a field the delegate changed is written, unless the other side changed it too, to another
  value: that is a clash, the stored value stays and the caller keeps the delegate's value
  aside (a conflict to resolve) and says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bnldesk.domain.errors import BnldeskError

Fields = TypeVar("Fields")
Same = Callable[[str, Any, Any], bool]


def _equal(_name: str, first: Any, second: Any) -> bool:
    return bool(first == second)


@dataclass(frozen=True)
class FieldMerge(Generic[Fields]):
    """What :func:`merge_fields` decided.

    ``value`` is the record to store (the stored one with the delegate's changes applied,
    clashes left as stored); ``written`` the fields the delegate changed that are written;
    ``taken`` the fields changed elsewhere since the form was shown (their stored values are
    kept); ``clashes`` the fields both changed to different values (the stored value kept).
    """

    value: Fields
    written: tuple[str, ...]
    taken: tuple[str, ...]
    clashes: tuple[str, ...]

    @property
    def changed_elsewhere(self) -> bool:
        """Whether the record was saved by someone else since the form showed it."""
        return bool(self.taken or self.clashes)


def merge_fields(
    shown: Fields, typed: Fields, stored: Fields, same: Same = _equal
) -> FieldMerge[Fields]:
    """Merge the delegate's edit (``shown`` -> ``typed``) into ``stored``, field by field.

    The three are instances of one dataclass (``NoteFields``, ``ActionFields``, ...).
    ``same(name, first, second)`` compares two values of field ``name`` (default ``==``; tags,
    for instance, compare as sets).
    """
    written: list[str] = []
    taken: list[str] = []
    clashes: list[str] = []
    values: dict[str, Any] = {}
    for field in dataclasses.fields(shown):  # type: ignore[arg-type]
        name = field.name
        was, now, there = getattr(shown, name), getattr(typed, name), getattr(stored, name)
        mine = not same(name, was, now)
        theirs = not same(name, was, there)
        if theirs and not same(name, now, there):
            taken.append(name)
        if mine and theirs and not same(name, now, there):
            clashes.append(name)
        elif mine and not same(name, now, there):
            written.append(name)
            values[name] = now
    taken = [name for name in taken if name not in clashes]
    return FieldMerge(
        dataclasses.replace(stored, **values),  # type: ignore[type-var]
        tuple(written),
        tuple(taken),
        tuple(clashes),
    )


class EditClash(BnldeskError):
    """A form's edit was not saved: fields the delegate changed were changed elsewhere too
    since the form was shown (an editor with a Save button asks which to keep).

    ``fields`` names them; ``stored`` is the record as stored now (a dataclass like the form's).
    The field names are its ``values`` too: the window says them in the interface language.
    """

    code = "changed_elsewhere"

    def __init__(self, fields: tuple[str, ...], stored: object) -> None:
        super().__init__(f"changed elsewhere meanwhile: {', '.join(fields)}", values=fields)
        self.fields = fields
        self.stored = stored
