"""Which of its printed names a workgroup is shown by.

A workgroup keeps the name its plans printed, one per plan (``workgroup_plan.name``): the
Dutch plans' "Strategische werkgroep Crisisbeheersing" and the French 2023 plan's "Groupe de
travail stratégique Gestion des crises" are one group (code SENN-CRISE). Every place that
shows a workgroup (search hits, Go to, the navigator, the detail pane, the command line)
asks :func:`shown_name` which one to show, so the same group is called the same everywhere:

- the name printed in the reader's language (the window's; for a brief or a sheet the
  language it is written in) when a plan printed one: the plan in scope's (a plan chosen in
  the filter bar, ``--plan``) if it is in that language, else the newest such plan's. A Dutch
  delegate who imported the French 2023 plan beside the Dutch ones keeps seeing the Dutch
  name in the navigator, a new meeting's title, its agenda points, the start page, the
  sheets (trial 17);
- else the name the plan in scope printed, else the newest plan's name (a reader whose
  language no plan is in: the English window, the command line's JSON);
- the row's own name when no plan printed one (a group typed in by hand).

The other name, when the plans printed one besides, is shown as secondary where there is room
(a tooltip, a second line).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bnldesk.domain.identity import normalise_title

# Folding a name costs about 80 µs; the same few thousand names are compared at every read of
# the navigator or a list of hits.
_folded = functools.lru_cache(maxsize=16384)(normalise_title)

__all__ = [
    "Naming",
    "PrintedName",
    "ShownName",
    "is_default_title",
    "retitled",
    "shown_name",
    "titled",
]


@dataclass(frozen=True)
class Naming:
    """What decides the name shown: ``plan_year``, the plan in scope (None: none is);
    ``language``, the reader's language ("nl", "fr", "en"; None: not known)."""

    plan_year: int | None = None
    language: str | None = None


@dataclass(frozen=True)
class PrintedName:
    """The ``name`` the plan of ``year`` printed in ``language`` ("nl", "fr" or None)."""

    year: int
    language: str | None
    name: str


@dataclass(frozen=True)
class ShownName:
    """The ``name`` a workgroup is shown by and ``other``, the name its plans printed besides
    ("" when none)."""

    name: str
    other: str = ""


def shown_name(carried: str, printed: Sequence[PrintedName], naming: Naming) -> ShownName:
    """The name a workgroup whose row carries ``carried`` and whose plans printed ``printed``
    (any order) is shown by under ``naming`` (the rule of this module's docstring)."""
    newest_first = sorted(
        (entry for entry in printed if entry.name.strip()),
        key=lambda entry: entry.year,
        reverse=True,
    )
    chosen = _chosen(newest_first, naming)
    name = chosen.name if chosen is not None else carried
    # The other name: preferably one printed in another language than the shown one. Names
    # are folded only where they differ as written (most workgroups have one name, and
    # folding every name cost 80 µs each: 170 ms for the 2,100 workgroups of the big bench).
    others = [
        entry
        for entry in newest_first
        if entry.name != name and _folded(entry.name) != _folded(name)
    ]
    language = chosen.language if chosen is not None else None
    # Stable: newest first kept; the plan in scope's name before the others of its language.
    others.sort(key=lambda entry: (entry.language == language, entry.year != naming.plan_year))
    other = others[0].name if others else ""
    if not other and carried and carried != name:
        other = carried if _folded(carried) != _folded(name) else ""
    return ShownName(name, other)


def _chosen(newest_first: list[PrintedName], naming: Naming) -> PrintedName | None:
    """The printed name :func:`shown_name` shows, or None when no plan printed one."""
    in_language = [
        entry
        for entry in newest_first
        if naming.language is not None and entry.language == naming.language
    ]
    for candidates in (in_language, newest_first):
        in_scope = [entry for entry in candidates if entry.year == naming.plan_year]
        if candidates:
            return (in_scope or candidates)[0]
    return None


def titled(name: str, code: str | None) -> str:
    """The title a workgroup gives what is about it (a meeting, an agenda point): "Name (CODE)",
    the name alone without a code."""
    return f"{name} ({code})" if code else name


def retitled(title: str, code: str | None, names: Iterable[str], shown: str) -> str:
    """``title`` as shown to a reader who names its workgroup ``shown``: when ``title`` is the
    workgroup's default title (:func:`titled`) under any of its ``names`` (the row's and every
    plan's, compared folded), the default title under ``shown``; else ``title`` as it is (one
    the delegate typed). A meeting created beside the French plan was stored as "Groupe de
    travail stratégique Gestion des crises (SENN-CRISE)"; a Dutch reader sees the Dutch one."""
    return titled(shown, code) if is_default_title(title, code, names) else title


def is_default_title(title: str, code: str | None, names: Iterable[str]) -> bool:
    """Whether ``title`` is a workgroup's default title (:func:`titled`) under any of its
    ``names`` (case, accents, hyphens and spacing folded), not one the delegate typed."""
    folded = _folded(title)
    return any(_folded(titled(name, code)) == folded for name in names if name.strip())
