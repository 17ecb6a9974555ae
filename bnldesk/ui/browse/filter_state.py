"""The filter bar's state as one typed record, and its JSON form in a saved view (no Qt).

A saved view is a name and a :class:`FilterState`; the settings file keeps every view under
``filters/views`` as one JSON object, ``{name: {filter: value}}``, each view holding only the
filters that were set (``{"kind": "objective", "has_notes": true}``). Views saved by earlier
versions were written in that same form, from the bar's dictionary, and load as they are;
a filter the record does not know, or a value of the wrong type (a hand-edited file), is left
out rather than failing the whole view.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, cast

from bnldesk.store.browse import BrowseFilter, ListFilters, Scope

# The filters in the order their chips are shown (and their keys in a saved view).
KEYS = tuple(condition.name for condition in fields(ListFilters))

# What a saved view's value must be for each filter (a bool is no int here).
_VALUE_TYPES: dict[str, type] = {
    "plan_year": int,
    "chapter_key": str,
    "kind": str,
    "workgroup_id": int,
    "tag": str,
    "status": str,
    "priority": int,
    "has_notes": bool,
    "has_open_actions": bool,
    "change": str,
}


@dataclass(frozen=True)
class FilterState(ListFilters):
    """The filters the bar has set (:class:`~bnldesk.store.browse.ListFilters`), with what
    the bar and its saved views do with them."""

    def value(self, key: str) -> object:
        """The value of filter ``key`` (one of :data:`KEYS`); None or False when not set."""
        if key not in KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def active(self) -> list[tuple[str, object]]:
        """The filters that are set, as ``(key, value)`` in :data:`KEYS` order."""
        return [(key, self.value(key)) for key in KEYS if _is_set(self.value(key))]

    @property
    def is_empty(self) -> bool:
        """No filter is set."""
        return not self.active()

    def with_value(self, key: str, value: object) -> FilterState:
        """This state with filter ``key`` set to ``value``; None, False or "" clears it.
        Raises KeyError for an unknown key and TypeError for a value of the wrong type."""
        if key not in KEYS:
            raise KeyError(key)
        if not _is_set(value):
            return replace(self, **{key: cast(Any, _UNSET[key])})
        if not _fits(key, value):
            raise TypeError(f"{key} takes a {_VALUE_TYPES[key].__name__}, not {value!r}")
        return replace(self, **{key: cast(Any, value)})  # its type checked just above

    def to_filter(self, scope: Scope | None = None) -> BrowseFilter:
        """The query's filter: these filters within ``scope`` (None: everywhere)."""
        return BrowseFilter(**{key: cast(Any, self.value(key)) for key in KEYS}, scope=scope)

    def to_json(self) -> dict[str, object]:
        """The saved view's JSON object: the filters that are set, by key."""
        return dict(self.active())

    @classmethod
    def from_json(cls, data: object) -> FilterState:
        """The state a saved view's JSON object holds (see the module's docstring); keys it
        does not know and values of the wrong type are left out; anything but an object is
        no filter at all."""
        state = cls()
        if not isinstance(data, dict):
            return state
        for key, value in data.items():
            if key in _VALUE_TYPES and _is_set(value) and _fits(key, value):
                state = state.with_value(key, value)
        return state


_UNSET: dict[str, object] = {field.name: field.default for field in fields(FilterState)}


def _is_set(value: object) -> bool:
    """Whether ``value`` sets a filter (None, False, 0 and "" do not, as ever)."""
    return value not in (None, False, "")


def _fits(key: str, value: object) -> bool:
    """Whether ``value`` is of the type filter ``key`` takes."""
    wanted = _VALUE_TYPES[key]
    if wanted is int and isinstance(value, bool):
        return False
    return isinstance(value, wanted)


def views_from_json(data: object) -> dict[str, FilterState]:
    """The saved views in the settings file's JSON object (``{name: view}``), by name; an
    entry whose name is no text is left out, anything but an object is no view at all."""
    if not isinstance(data, dict):
        return {}
    return {
        name: FilterState.from_json(view) for name, view in data.items() if isinstance(name, str)
    }


def views_to_json(views: dict[str, FilterState]) -> dict[str, dict[str, object]]:
    """The saved views as the settings file keeps them (see :func:`views_from_json`)."""
    return {name: view.to_json() for name, view in views.items()}
