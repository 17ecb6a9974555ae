"""Render three sample briefs into exports/briefs/ (and PNG pages with pdftoppm, if present).

1. a 2013 workgroup with notes (SENN-CRISE), 2. a 2022 section with flagship projects (1.1),
3. a meeting of SENN-CRISE with an agenda. The notes, actions and the meeting are made up here
(the meetings UI is another engineer's); the plan structure is the bundled demo data.

    .venv/bin/python scripts/render_briefs.py [--language nl] [--png]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bnldesk.domain.models import (  # noqa: E402
    ActionItem,
    AgendaItem,
    Meeting,
    PlanItem,
    TargetKind,
)
from bnldesk.services.annotations import (  # noqa: E402
    NoteFields,
    add_annotation,
    resolve_target,
    target_of,
)
from bnldesk.services.reports import BriefOptions, BriefSubject, export_brief  # noqa: E402
from bnldesk.store.engine import Store, open_store  # noqa: E402


def add_sample_records(store: Store) -> int:
    """Notes on SENN-CRISE and 2022 section 1.1, actions, and a meeting; returns its id."""
    today = dt.date.today()
    with store.transaction() as s:
        wg = resolve_target(s, "SENN-CRISE")
        sec = resolve_target(s, "5.2", plan_year=2013)
        n1 = add_annotation(
            s,
            wg,
            NoteFields(
                body=(
                    "België steunt de gezamenlijke oefening voor nucleaire noodplanning. "
                    "De kosten (± € 40.000) worden gedeeld volgens de gebruikelijke sleutel.\n"
                    "Aandachtspunt: de provincies Limburg en Luxemburg vragen vroegtijdige "
                    "betrokkenheid bij het draaiboek."
                ),
                tags=["crisis", "budget"],
                priority=3,
                status="in_progress",
                position_text="Akkoord onder voorbehoud van budgettaire goedkeuring door de FOD.",
                position_state="reservation",
                consult="FOD Binnenlandse Zaken, Algemene Directie Crisiscentrum",
                visibility="delegation",
            ),
            author="M. Peeters",
            delegation="BE",
        )
        add_annotation(
            s,
            sec,
            NoteFields(
                body=(
                    "Nederland stelt voor de risico-inventaris jaarlijks te actualiseren; "
                    "Luxemburg wil eerst de methodologie gelijktrekken."
                ),
                tags=["risico"],
                priority=2,
                position_text="Steun voor een jaarlijkse actualisering.",
                position_state="agreed",
                visibility="shareable",
            ),
            author="M. Peeters",
            delegation="BE",
        )
        add_annotation(
            s,
            wg,
            NoteFields(
                body="Werkgroep Risico-identificatie rapporteert in juni; vragen om een tussentijdse nota.",
                tags=["opvolging"],
                visibility="delegation",
            ),
            author="K. Janssens",
            delegation="BE",
        )
        s.add_all(
            [
                ActionItem(
                    annotation_id=n1.id,
                    title="Begroting oefening afstemmen met de FOD",
                    owner="M. Peeters",
                    due_date=today - dt.timedelta(days=12),
                ),
                ActionItem(
                    annotation_id=n1.id,
                    title="Draaiboek rondsturen aan de provincies",
                    owner="K. Janssens",
                    due_date=today + dt.timedelta(days=21),
                ),
            ]
        )
        # 2022: notes on the flagship projects of section 1.1.
        sec22 = resolve_target(s, "1.1", plan_year=2022)
        add_annotation(
            s,
            sec22,
            NoteFields(
                body="Mobiliteit blijft prioritair; de fietsroadmap sluit aan bij het federale plan.",
                tags=["mobiliteit"],
                priority=2,
                visibility="delegation",
            ),
            author="L. Dubois",
            delegation="BE",
        )
        flagship = s.scalars(
            select(PlanItem).where(PlanItem.section_id == sec22.obj_id, PlanItem.is_flagship)
        ).first()
        if flagship is not None:
            add_annotation(
                s,
                target_of(s, TargetKind.ITEM, flagship.id),
                NoteFields(
                    body="Vlaggenschip: BE levert de trekker voor het luik grensoverschrijdende fietssnelwegen.",
                    tags=["vlaggenschip"],
                    priority=3,
                    status="in_progress",
                    position_text="Positief; financiering via het bestaande mobiliteitsbudget.",
                    position_state="agreed",
                    visibility="delegation",
                ),
                author="L. Dubois",
                delegation="BE",
            )
        meeting = Meeting(
            workgroup_key=wg.key,
            workgroup_id=wg.obj_id,
            title="SENN-CRISE — plenaire vergadering",
            starts_at=dt.datetime(2013, 5, 14, 10, 0),
            ends_at=dt.datetime(2013, 5, 14, 13, 0),
            place="Secretariaat-Generaal Benelux, Regentschapsstraat 39, Brussel",
            chair="Voorzitterschap Nederland",
            plan_year=2013,
        )
        s.add(meeting)
        s.flush()
        s.add_all(
            [
                AgendaItem(
                    meeting_id=meeting.id, position=1, title="Opening en goedkeuring van de agenda"
                ),
                AgendaItem(
                    meeting_id=meeting.id,
                    position=2,
                    title="Stand van zaken van de risico-inventaris",
                    target_kind=TargetKind.SECTION,
                    target_key=sec.key,
                    position_text="BE vraagt om een tijdpad vóór de zomer.",
                ),
                AgendaItem(
                    meeting_id=meeting.id,
                    position=3,
                    title="Oefening nucleaire noodplanning: budget en draaiboek",
                    target_kind=TargetKind.WORKGROUP,
                    target_key=wg.key,
                    position_text="Voorbehoud tot de FOD de begroting bevestigt.",
                    notes="Vorige vergadering: LU bood aan de locatie te leveren.",
                ),
                AgendaItem(
                    meeting_id=meeting.id, position=4, title="Rondvraag en volgende vergadering"
                ),
            ]
        )
        s.add(
            ActionItem(
                meeting_id=meeting.id,
                title="Verslag van de vorige vergadering nalezen",
                owner="K. Janssens",
                due_date=today + dt.timedelta(days=3),
            )
        )
        s.flush()
        return meeting.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="nl", choices=["en", "nl", "fr"])
    parser.add_argument("--out", default=str(ROOT / "exports" / "briefs"))
    parser.add_argument("--png", action="store_true", help="also render PNG pages (pdftoppm)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    options = BriefOptions(
        marking="BEPERKTE VERSPREIDING — DIFFUSION RESTREINTE",
        delegation="BE",
        author="M. Peeters, FOD Buitenlandse Zaken",
        language=args.language,
    )
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "briefs.db")
        try:
            meeting_id = add_sample_records(store)
            jobs = {
                "brief-2013-SENN-CRISE.pdf": BriefSubject(workgroup="SENN-CRISE", plan_year=2013),
                "brief-2022-section-1.1-flagships.pdf": BriefSubject(section="1.1", plan_year=2022),
                "brief-meeting-SENN-CRISE.pdf": BriefSubject(meeting=str(meeting_id)),
            }
            for name, subject in jobs.items():
                result = export_brief(store, subject, options, out / name)
                print(f"{result.path}: {result.pages} page(s), {result.notes} note(s)")
                if args.png and shutil.which("pdftoppm"):
                    stem = out / "png" / result.path.stem
                    stem.parent.mkdir(exist_ok=True)
                    subprocess.run(
                        ["pdftoppm", "-png", "-r", "70", str(result.path), str(stem)], check=True
                    )
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
