"""The kind of the items no label gave one, from what the document itself says of them.

A reader gives an item the kind of the label its list stands under ("Voortgangsprojecten",
"Projets en cours"); an item under no label is "other" (shown as "Project"). Two cues in the
document still tell the kind of such an item (:mod:`~bnldesk.services.importer.vocabulary`):

- its section's heading: one that names a body's role or tasks ("2.2. Rol van het
  Secretariaat-Generaal") lists that body's standing objectives; a label used as a heading
  ("Doelstellingen") gives its own kind;
- its own text: "De Benelux-landen nemen dit als een nieuw project op voor 2022" is a new
  project of the 2022 plan, "ce projet en cours" an ongoing one.

Flagships and items a label gave a kind keep theirs. Nothing here reads a test's strings: the
cues are the words plans print, in Dutch, French and English.
"""

from __future__ import annotations

from bnldesk.domain.document import PlanDocument
from bnldesk.domain.models import ItemKind
from bnldesk.services.importer.vocabulary import kind_named_in, kind_of_heading


def give_kinds(document: PlanDocument) -> int:
    """Give each item of ``document`` still of kind "other" the kind its section's heading or
    its own text names (see the module docstring); returns how many items got one."""
    year = document.year if document.kind == "plan" else None
    given = 0
    for section in document.iter_sections():
        from_heading = kind_of_heading(section.title)
        for item in section.items:
            if item.kind is not ItemKind.OTHER or item.flagship:
                continue
            kind = from_heading or kind_named_in(f"{item.title} {item.body}", year)
            if kind is not None:
                item.kind = kind
                given += 1
    return given
