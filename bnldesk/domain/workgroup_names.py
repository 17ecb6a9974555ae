"""Which of its printed names a workgroup is shown by.

A workgroup keeps the name its plans printed, one per plan (``workgroup_plan.name``): the
Dutch plans' "Strategische werkgroep Crisisbeheersing" and the French 2023 plan's "Groupe de
travail stratégique Gestion des crises" are one group (code SENN-CRISE). Every place that
shows a workgroup (search hits, Go to, the navigator, the detail pane, the command line)
asks :func:`shown_name` which one to show, so the same group is called the same everywhere:

- where a plan is in scope (a plan chosen in the filter bar, ``--plan``), the name that plan
  printed;
- else the name of the newest plan printed in the reader's language (a French window shows
  the French name), else the newest plan's name;
- the row's own name when no plan printed one (a group typed in by hand).

The other name, when the plans printed one besides, is shown as secondary where there is room
(a tooltip, a second line).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from bnldesk.domain.identity import normalise_title

# Folding a name costs about 80 µs; the same few thousand names are compared at every read of
# the navigator or a list of hits.
_folded = functools.lru_cache(maxsize=16384)(normalise_title)

__all__ = ["Naming", "PrintedName", "ShownName", "shown_name"]


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
    others.sort(key=lambda entry: entry.language == language)  # stable: newest first kept
    other = others[0].name if others else ""
    if not other and carried and carried != name:
        other = carried if _folded(carried) != _folded(name) else ""
    return ShownName(name, other)


def _chosen(newest_first: list[PrintedName], naming: Naming) -> PrintedName | None:
    """The printed name :func:`shown_name` shows, or None when no plan printed one."""
    if naming.plan_year is not None:
        for entry in newest_first:
            if entry.year == naming.plan_year:
                return entry
    if naming.language is not None:
        for entry in newest_first:
            if entry.language == naming.language:
                return entry
    return newest_first[0] if newest_first else None
