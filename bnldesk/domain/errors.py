"""The one base class for errors a delegate is shown.

Every error that is the user's or the environment's fault (a malformed document, a locked or
damaged database, a note that does not exist, a bundle from an unknown laptop) derives from
:class:`BnldeskError`. Its ``str()`` is one line meant for the delegate, without a traceback.
Anything else that escapes is a bug: the command line prints a traceback and the application
shows an "internal error" dialog with the details in the log.

Layers below the user interface raise subclasses of their own (``StoreError`` in the store,
``DocumentImportError`` in the importer, …) so that callers can tell causes apart by type,
never by the wording of a message.
"""

from __future__ import annotations


class BnldeskError(Exception):
    """A fault the delegate must be told about; ``str(error)`` is one line, ready to show."""

    def __str__(self) -> str:
        text = super().__str__()
        # One line, whatever a driver or a document put into the message.
        return " ".join(text.split())
