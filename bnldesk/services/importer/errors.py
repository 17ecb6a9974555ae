"""The one exception the importer lets out for a document it cannot use."""

from __future__ import annotations


class DocumentImportError(Exception):
    """A file that is not a plan or programme bnldesk can read; the message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
