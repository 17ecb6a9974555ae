"""The bundled demo data: the structure of the published plans, so the app never opens empty.

Each ``resources/demo/*.json`` file is one :class:`PlanDocument` in JSON form, with titles,
codes, names and years from the published documents and descriptions in our own words. It is
written through the same merge as a real import, so importing the real document later completes
these objects instead of duplicating them.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from bnldesk.domain.document import PlanDocument, document_from_dict
from bnldesk.domain.models import Setting
from bnldesk.paths import resource_path
from bnldesk.store.structure import write_document


def demo_files() -> list[Path]:
    """The bundled demo documents (``resources/demo/*.json``), by name."""
    return sorted(resource_path("demo").glob("*.json"))


def demo_documents() -> list[PlanDocument]:
    """The demo documents, programmes first (by start year), then plans by year, so that each
    plan links to the programme in force. Raises ``OSError`` or ``ValueError`` for a damaged
    installation."""
    docs = [document_from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in demo_files()]
    # Programmes first, so that plans link to the programme in force.
    return sorted(docs, key=lambda d: (d.kind != "programme", d.year or d.start_year or 0))


def load_demo(session: Session) -> None:
    """Write the demo documents; the caller's transaction makes it all or nothing."""
    for doc in demo_documents():
        write_document(session, doc)
    session.merge(Setting(key="demo_loaded", value="1"))
