"""Render sample briefs into exports/briefs/ (and PNG pages with pdftoppm, if present).

1. a 2013 workgroup with notes (SENN-CRISE, with a sub-group's note and a closed note),
2. a 2022 section with flagship projects (1.1), 3. a meeting of SENN-CRISE with an agenda,
4. a meeting this year (no plan of its own: the latest plan is used and the summary says so),
5. a workgroup whose notes hold emoji, flags, Chinese, Japanese, Korean, fullwidth signs,
Arabic and Hebrew (every character must print, right-to-left text in its order).
The notes, actions and meetings are made up here; the plan structure is the demo data.

    .venv/bin/python scripts/render_briefs.py [--language nl|all] [--png]
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
        # A note on a sub-group, a closed note, and a meeting this year (after the newest plan).
        add_annotation(
            s,
            resolve_target(s, "SENN-CRISE/RISK"),
            NoteFields(
                body="De sub-werkgroep levert de risicokaart in september; BE stuurt de gegevens van de provincies.",
                position_text="Akkoord met de planning.",
                position_state="agreed",
                visibility="delegation",
            ),
            author="K. Janssens",
            delegation="BE",
        )
        add_annotation(
            s,
            wg,
            NoteFields(
                body="Debrief vorige vergadering: het mandaat van de werkgroep is verlengd tot 2014.",
                status="done",
                tags=["debrief"],
                visibility="delegation",
            ),
            author="M. Peeters",
            delegation="BE",
        )
        this_year = Meeting(
            workgroup_key=wg.key,
            workgroup_id=wg.obj_id,
            title="SENN-CRISE — najaarsvergadering",
            starts_at=dt.datetime(today.year, 11, 20, 14, 0),
            place="Luxemburg, Hôtel de Bourgogne",
            chair="Voorzitterschap Luxemburg",
            video_link="https://meet.example.org/benelux/senn-crise-najaarsvergadering-2026?pwd=abc123",
            plan_year=today.year,
        )
        s.add(this_year)
        s.flush()
        s.add(
            AgendaItem(
                meeting_id=this_year.id,
                position=1,
                title="Oefening nucleaire noodplanning",
                target_kind=TargetKind.WORKGROUP,
                target_key=wg.key,
                position_text="BE bevestigt de deelname; budget goedgekeurd.",
            )
        )
        # Characters DejaVu Sans lacks, and right-to-left text, on another workgroup.
        world = resolve_target(s, "FISC-MTIC BENELUX") if _exists(s, "FISC-MTIC BENELUX") else wg
        add_annotation(
            s,
            world,
            NoteFields(
                body=(
                    "Reactie van de partners 👍🏽 🇧🇪🇳🇱🇱🇺 ✅ 📅 — 中文：合作协议已签署。 日本語：会議は来週です。 "
                    "한국어: 회의는 다음 주입니다. Fullwidth ＡＢＣ！￥１００\n"
                    "مرحبا بكم في اجتماع مجموعة العمل. نحن ندعم الاقتراح بشرط موافقة الوزارة.\n"
                    "שלום לכולם, הישיבה הבאה תתקיים בבריסל."
                ),
                tags=["🌍 internationaal", "中文"],
                position_text="الموقف: موافقة مع تحفظ 👍",
                position_state="reservation",
                consult="外务省 (Japan desk) 😀",
                visibility="delegation",
            ),
            author="Y. Tanaka 田中",
            delegation="BE",
        )
        s.flush()
        return meeting.id


def _exists(session: object, code: str) -> bool:
    try:
        resolve_target(session, code)  # type: ignore[arg-type]
    except Exception:
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="nl", choices=["en", "nl", "fr", "all"])
    parser.add_argument("--out", default=str(ROOT / "exports" / "briefs"))
    parser.add_argument("--png", action="store_true", help="also render PNG pages (pdftoppm)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    languages = ["en", "nl", "fr"] if args.language == "all" else [args.language]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "briefs.db")
        try:
            meeting_id = add_sample_records(store)
            jobs = {
                "brief-2013-SENN-CRISE": BriefSubject(workgroup="SENN-CRISE", plan_year=2013),
                "brief-2022-section-1.1-flagships": BriefSubject(section="1.1", plan_year=2022),
                "brief-meeting-SENN-CRISE": BriefSubject(meeting=str(meeting_id)),
                "brief-meeting-this-year": BriefSubject(meeting=str(meeting_id + 1)),
                "brief-scripts-FISC-MTIC": BriefSubject(workgroup="FISC-MTIC BENELUX"),
            }
            for language in languages:
                options = BriefOptions(
                    marking="BEPERKTE VERSPREIDING — DIFFUSION RESTREINTE 🔒",
                    delegation="BE",
                    author="M. Peeters, FOD Buitenlandse Zaken",
                    language=language,
                )
                for name, subject in jobs.items():
                    result = export_brief(store, subject, options, out / f"{name}-{language}.pdf")
                    print(f"{result.path}: {result.pages} page(s), {result.notes} note(s)")
                    if args.png and shutil.which("pdftoppm"):
                        stem = out / "png" / result.path.stem
                        stem.parent.mkdir(exist_ok=True)
                        subprocess.run(
                            ["pdftoppm", "-png", "-r", "70", str(result.path), str(stem)],
                            check=True,
                        )
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
