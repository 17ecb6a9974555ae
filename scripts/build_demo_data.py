"""Regenerate ``resources/demo/*.json`` from the seed documents with the importer.

The demo files carry facts only (titles, numbers, codes, names, e-mail addresses, phones, dates):
bodies are dropped (``with_bodies=False``), the 2013 plan keeps no items (their titles are whole
sentences of the plan's text) and descriptions are written here, in our own words.

    python scripts/build_demo_data.py [--seeds ../shared/seeds] [--out resources/demo]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bnldesk.domain.document import PlanDocument, document_to_dict
from bnldesk.services.importer import parse_file

ROOT = Path(__file__).resolve().parents[1]

# Our own one-line descriptions of each document, in the document's language (Dutch): a
# delegate reads them beside the plan's own titles, whatever the window's language.
DESCRIPTIONS = {
    "jaarplan-2013": "Jaarplan 2013: interne markt, duurzame ontwikkeling, justitie en binnenlandse "
    "zaken, samenwerking met de buurlanden, met per afdeling de werkgroepen en de contactpersonen "
    "van het Secretariaat-Generaal.",
    "jaarplan-2022": "Jaarplan 2022, het tweede jaar van het programma 2021-2024, volgens de vijf "
    "hoofdstukken daarvan, met de vlaggenschipprojecten gemarkeerd.",
    "werkprogramma-2021-2024": "Gemeenschappelijk werkprogramma 2021-2024: vijf samenhangende "
    "werklijnen die de jaarplannen van die jaren volgen.",
    "werkprogramma-2025-2028": "Gemeenschappelijk werkprogramma 2025-2028, het lopende programma: "
    "drie thema's met hun subthema's en de Benelux+-samenwerking met de partners in de buurt.",
}

SEEDS = {
    "jaarplan-2013": "jaarplan-2013.txt",
    "jaarplan-2022": "jaarplan-2022.md",
    "werkprogramma-2021-2024": "werkprogramma-2021-2024.txt",
    "werkprogramma-2025-2028": "werkprogramma-2025-2028.md",
}


def demo_dict(name: str, doc: PlanDocument) -> dict[str, object]:
    if name == "jaarplan-2013":
        for section in doc.iter_sections():
            section.items = []
    data = document_to_dict(doc, with_bodies=False)
    data["description"] = DESCRIPTIONS[name]
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "demo")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, filename in SEEDS.items():
        doc = parse_file(args.seeds / filename)
        data = demo_dict(name, doc)
        target = args.out / f"{name}.json"
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(target)
        print(
            f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
            f"{len(doc.chapters)} chapters, {len(doc.iter_sections())} sections, "
            f"{len(doc.iter_workgroups())} workgroups, {len(doc.contacts)} contacts"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
