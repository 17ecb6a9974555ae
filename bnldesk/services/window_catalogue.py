"""The window's translations, read without Qt: the command line says an error or a sheet's
preview in the window's very words (stop 28: ``bnldesk.cli.worded`` and ``import-annotations``
made a Qt application to say them; the command line must never load Qt).

The catalogues are the compiled ``resources/translations/bnldesk_{nl,fr,en}.qm`` the window
installs (the ``.ts`` sources are not bundled). A ``.qm`` file is a 16-byte magic number and
tagged blocks; its messages block holds, per message, its translation(s) in UTF-16 (one per
plural form), its source text, context and comment, each behind a one-byte tag. Lookups follow
Qt's: the message under its context, else under the empty context (where ``pyside6-lupdate``
files a module-level ``tr()`` helper's strings, see ``bnldesk.ui.i18n._AnyContext``); ``%n``
and ``%Ln`` become the count, in the plural form the language takes for it; a text not found
is its source. ``tests/test_window_catalogue.py`` checks every message against Qt's own lookup.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable
from dataclasses import dataclass

from bnldesk.paths import resource_path

# (context, source, disambiguation, count) -> text, as QCoreApplication.translate.
Translate = Callable[[str, str, "str | None", int], str]

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
# Tags of a message's fields (Qt's translator.cpp).
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9

Key = tuple[str, str, str]  # (context, source, comment)


class CatalogueError(ValueError):
    """A ``.qm`` file that is not one (a bug of the build, not a user's fault)."""


@dataclass(frozen=True)
class Catalogue:
    """The messages of one language's ``.qm`` file: (context, source, comment) -> the
    translation's plural forms (one for a text without a count)."""

    language: str
    messages: dict[Key, tuple[str, ...]]

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, count: int = -1
    ) -> str:
        """``source`` in this catalogue's language, as ``QCoreApplication.translate`` with
        only this catalogue installed."""
        comment = disambiguation or ""
        forms = self.messages.get((context, source, comment)) or self.messages.get(
            ("", source, comment)
        )
        text = source
        if forms:
            chosen = forms[min(_plural_form(self.language, count), len(forms) - 1)]
            text = chosen or source
        if count < 0:
            return text
        # %Ln is the count in the locale's digits: Qt groups thousands, which no message
        # the command line says counts to.
        return text.replace("%Ln", str(count)).replace("%n", str(count))


def _plural_form(language: str, count: int) -> int:
    """The plural form ``count`` takes: Dutch and English the singular for 1, French for 0
    and 1 (Qt's rules for these languages); the first form without a count."""
    if count < 0:
        return 0
    if language == "fr":
        return 0 if count < 2 else 1
    return 0 if count == 1 else 1


@functools.cache
def catalogue(language: str) -> Catalogue:
    """The window's catalogue of ``language`` ("nl", "fr", "en"), read once per process; an
    empty one for a language without a file. Raises :class:`CatalogueError` for a damaged
    file."""
    path = resource_path("translations", f"bnldesk_{language}.qm")
    if not path.is_file():
        return Catalogue(language, {})
    return Catalogue(language, read_messages(path.read_bytes()))


def read_messages(data: bytes) -> dict[Key, tuple[str, ...]]:
    """The messages of the ``.qm`` file ``data``. Raises :class:`CatalogueError`."""
    if not data.startswith(_MAGIC):
        raise CatalogueError("not a Qt translation file")
    at = len(_MAGIC)
    while at + 5 <= len(data):
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        if tag == _MESSAGES_BLOCK:
            return _messages(data[at + 5 : at + 5 + length])
        at += 5 + length
    return {}


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    """The messages block's records, each field read after its tag until the End tag."""
    messages: dict[Key, tuple[str, ...]] = {}
    at = 0
    forms: list[str] = []
    fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            key = (fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])
            messages.setdefault(key, tuple(forms))
            forms, fields = [], {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        elif tag in (_OBSOLETE1, _OBSOLETE2):
            at += 4
        elif tag in (_TRANSLATION, _SOURCE16, _CONTEXT16, _SOURCE, _CONTEXT, _COMMENT):
            (length,) = struct.unpack_from(">I", block, at)
            at += 4
            if length == 0xFFFFFFFF:  # a null translation
                forms.append("")
                continue
            raw = block[at : at + length]
            at += length
            if tag == _TRANSLATION:
                forms.append(raw.decode("utf-16-be"))
            elif tag in (_SOURCE, _CONTEXT, _COMMENT):
                fields[tag] = raw.decode("utf-8")
        else:
            raise CatalogueError(f"unknown tag {tag} in a Qt translation file")
    return messages
