"""The errors a delegate is shown, in the interface language: the sentences of
:mod:`bnldesk.services.error_words` (which the command line says too, without Qt) through Qt's
installed translations (:mod:`bnldesk.ui.i18n`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bnldesk.domain.errors import BnldeskError
from bnldesk.services import error_words
from bnldesk.services.error_words import KNOWN_CODES, as_sentence

__all__ = ["KNOWN_CODES", "as_sentence", "cause_class", "error_cause_class", "error_text"]


def _qt(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, count)


def error_text(error: BnldeskError) -> str:
    """What ``error`` says, in the interface language: one line, never empty (its English
    ``str()`` when its code is not known)."""
    return error_words.error_text(error, _qt)


def cause_class(code: str) -> str | None:
    """The cause class of an error ``code`` in a few words of the interface language ("disk
    full"); None for a code that is no fault of the database's place."""
    return error_words.cause_class(code, _qt)


def error_cause_class(error: BaseException) -> str | None:
    """:func:`cause_class` of ``error`` or of the fault behind it; None when none has one."""
    return error_words.error_cause_class(error, _qt)
