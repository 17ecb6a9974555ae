"""The one exception the importer lets out for a document it cannot use."""

from __future__ import annotations

from bnldesk.domain.errors import BnldeskError, ErrorValue


class DocumentImportError(BnldeskError):
    """A file that is not a plan or programme bnldesk can read; the message is one line."""

    def __init__(
        self, message: str, *, code: str | None = None, values: tuple[ErrorValue, ...] = ()
    ) -> None:
        super().__init__(" ".join(message.split()), code=code, values=values)


class ReplaceRefused(DocumentImportError):
    """The document would remove most of a plan already in the database: probably not the same
    plan (a brief, another year's draft). Nothing was written; import again with ``replace``."""


class DoubtfulStructure(DocumentImportError):
    """The structure found is doubtful (headings out of order, contents entries not found, no
    sections...): nothing was written; review it and import with ``force``."""


class ImportCancelled(DocumentImportError):
    """The delegate cancelled: raised from the progress callback, so the transaction rolls
    back and nothing is written."""
