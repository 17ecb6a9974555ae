"""File > Import: the review window (read, review and correct, then write one transaction)."""

from __future__ import annotations

from bnldesk.ui.importing.review import ImportReviewDialog, summary_text

__all__ = ["ImportReviewDialog", "summary_text"]
