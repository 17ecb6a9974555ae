"""The one base class for errors a delegate is shown.

Every error that is the user's or the environment's fault (a malformed document, a locked or
damaged database, a note that does not exist, a bundle from an unknown laptop) derives from
:class:`BnldeskError`. Its ``str()`` is one line meant for the delegate, without a traceback.
Anything else that escapes is a bug: the command line prints a traceback and the application
shows an "internal error" dialog with the details in the log.

Layers below the user interface raise subclasses of their own (``StoreError`` in the store,
``DocumentImportError`` in the importer, …) so that callers can tell causes apart by type,
never by the wording of a message.

Each error also carries a machine-readable cause for the window, which says it in the interface
language (``bnldesk.ui.error_texts``): ``code`` (a class attribute, or an instance field where
one class has several causes) and ``values``, what the sentence needs (a file name, a line, a
count). An error without a code is shown by its English ``str()``.
"""

from __future__ import annotations

import re

ErrorValue = str | int
"""One value an error's sentence needs: a file name, a line number, a count."""


class BnldeskError(Exception):
    """A fault the delegate must be told about; ``str(error)`` is one line, ready to show.

    ``code`` names the cause ("" when there is none to word: the English line is shown);
    ``values`` are the file names, lines and counts its sentence needs, in the order the
    wording's ``%1``, ``%2``... take them. ``reason``, when given, is the fault behind this
    one (a full disk behind a failed backup): the last value is its English line, which the
    window replaces by the reason worded in the interface language.
    """

    code: str = ""
    values: tuple[ErrorValue, ...] = ()
    reason: BnldeskError | None = None

    def __init__(
        self,
        *args: object,
        code: str | None = None,
        values: tuple[ErrorValue, ...] = (),
        reason: BnldeskError | None = None,
    ) -> None:
        super().__init__(*args)
        if code is not None:
            self.code = code
        if values:
            self.values = values
        if reason is not None:
            self.reason = reason

    def __str__(self) -> str:
        text = super().__str__()
        # One line, whatever a driver or a document put into the message; a no-break space
        # stays (French puts one before : ; ? ! and inside « »: a plain one lets the line
        # break before the colon).
        return _BREAKING_SPACE.sub(" ", text).strip(" ")


# Runs of white space that may break a line (line ends, tabs, plain spaces), that is every
# white space but the no-break ones: U+00A0, the narrow U+202F and the figure space U+2007.
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")
