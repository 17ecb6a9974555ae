"""For whom an export is made, and which notes it may therefore hold: the one place that
decides it for the brief, the workbook, what they say they leave out and the gathered
positions.

A note is private (only its author), for the delegation (the delegation's laptops) or
shareable (other delegations too). An export for the delegation holds its delegation and
shareable notes (private ones only when the delegate asks); one for other delegations
(:attr:`Audience.PARTNERS`) holds shareable notes only, whatever else is asked, and says
nothing of the others (not even how many there are).
"""

from __future__ import annotations

import enum

from sqlalchemy import ColumnElement

from bnldesk.domain.models import Annotation, Visibility
from bnldesk.domain.value_words import AUDIENCE, code_of
from bnldesk.services.reports.labels import label


class Audience(enum.StrEnum):
    """Who an export is for: the delegate's own delegation, or other delegations."""

    DELEGATION = "delegation"
    PARTNERS = "partners"


def audience_of(text: str) -> Audience | None:
    """The audience ``text`` names: its code or any word of
    :data:`bnldesk.domain.value_words.AUDIENCE` in English, Dutch or French ("partners",
    "andere delegaties", "autres délégations"), case- and accent-insensitive; None otherwise."""
    code = code_of(AUDIENCE, text)
    return Audience(code) if code is not None else None


def shown_visibilities(audience: Audience, include_private: bool) -> frozenset[Visibility]:
    """The visibilities of the notes an export for ``audience`` holds: for other delegations
    shareable ones only (``include_private`` is ignored); for the delegation its delegation
    and shareable notes, and private ones with ``include_private``."""
    if audience == Audience.PARTNERS:
        return frozenset({Visibility.SHAREABLE})
    shown = {Visibility.DELEGATION, Visibility.SHAREABLE}
    if include_private:
        shown.add(Visibility.PRIVATE)
    return frozenset(shown)


def shown_notes(audience: Audience, include_private: bool) -> ColumnElement[bool]:
    """The SQL condition on :class:`Annotation` of the notes :func:`shown_visibilities`
    allows (it says nothing of deleted notes: the caller adds that)."""
    shown = sorted(shown_visibilities(audience, include_private))
    return Annotation.visibility.in_(shown)


def counts_private(audience: Audience, include_private: bool) -> bool:
    """Whether an export may say how many private notes it leaves out: only the delegation's,
    when they are left out (one for other delegations must not reveal that hidden notes
    exist)."""
    return audience == Audience.DELEGATION and not include_private


def audience_file_stem(stem: str, audience: Audience, language: str) -> str:
    """The file name (without suffix) proposed for an export for ``audience``: ``stem``, and
    for other delegations a word saying so in ``language`` ("brief-SENN-CRISE-partners",
    "-partenaires" in French)."""
    if audience != Audience.PARTNERS:
        return stem
    return f"{stem}-{label('file_partners', language)}"
