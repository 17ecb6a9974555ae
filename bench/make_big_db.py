"""Build a synthetic large bnldesk database for benchmarks.

20 years of annual plans (>= 50,000 plan items), >= 2,000 workgroups and >= 100,000 annotations,
written through the real schema (migrations, FTS5 triggers) so that benchmarks measure what a
delegate's database of many years would cost. ``--scale N`` multiplies the years, workgroups,
notes and actions by N (4: 80 plans, 207,360 items, 8,400 workgroups, 400,000 notes); a
fraction makes a small database for the benchmarks' smoke test (0.01: one plan, 21 workgroups,
1,000 notes, built in a few seconds).

    .venv/bin/python bench/make_big_db.py [--scale N] [--out bench/big.db] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bnldesk.domain import identity
from bnldesk.store.engine import open_store
from bnldesk.store.fts import register_sql_functions
from bnldesk.store.statistics import ANALYSIS_LIMIT

DEFAULT_OUT = Path(__file__).resolve().parent / "big.db"


def default_out(scale: float) -> Path:
    """bench/big.db at scale 1, bench/big-4x.db at scale 4, bench/big-0.01x.db at 0.01, ..."""
    return DEFAULT_OUT if scale == 1 else DEFAULT_OUT.with_name(f"big-{scale:g}x.db")


def scaled(count: int, scale: float) -> int:
    """``count`` times ``scale``, at least 1."""
    return max(1, round(count * scale))


def database_from_args(description: str) -> tuple[Path, float]:
    """The benchmarks' ``--scale N`` / ``--db PATH`` arguments: the database to measure,
    built first when it is missing, and its scale."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--scale", type=float, default=1, help="1: bench/big.db, 4: big-4x.db")
    parser.add_argument("--db", type=Path, help="another database to measure")
    args = parser.parse_args()
    path = args.db or default_out(args.scale)
    if not path.exists():
        print(f"building {path} (scale {args.scale})", file=sys.stderr)
        build(path, scale=args.scale)
    return path, args.scale


WORDS = [
    "samenwerking",
    "grensoverschrijdende",
    "efficiëntie",
    "coördinatie",
    "financiële",
    "energie",
    "mobiliteit",
    "veiligheid",
    "crisisbeheersing",
    "politie",
    "justitie",
    "fraude",
    "belasting",
    "btw",
    "digitale",
    "overheid",
    "interoperabiliteit",
    "klimaat",
    "adaptatie",
    "hernieuwbare",
    "waterstof",
    "netwerk",
    "spoorweg",
    "fiets",
    "arbeidsmarkt",
    "diploma",
    "erkenning",
    "onderwijs",
    "gezondheid",
    "zorg",
    "ambulance",
    "drugs",
    "cybercriminaliteit",
    "voedselveiligheid",
    "dierenwelzijn",
    "natuur",
    "landschap",
    "ruimtelijke",
    "ordening",
    "benelux",
    "verdrag",
    "werkgroep",
    "commissie",
    "platform",
    "secretariaat",
    "ministers",
    "evaluatie",
    "rapport",
    "studie",
    "pilot",
    "implementatie",
    "harmonisatie",
    "regelgeving",
    "consumenten",
    "retail",
    "markt",
    "innovatie",
    "kennis",
    "réunion",
    "coopération",
    "frontalière",
    "sécurité",
    "énergie",
    "développement",
    "durable",
]

TAGS = [
    "prioriteit",
    "standpunt",
    "NL",
    "BE",
    "LU",
    "juridisch",
    "budget",
    "follow-up",
    "voorzitterschap",
    "EU",
    "consultatie",
    "opvolging",
    "risico",
    "kans",
    "informatie",
    "urgent",
    "later",
    "ministerraad",
    "parlement",
    "pers",
]

YEARS = range(2005, 2025)
CHAPTERS = 6
SECTIONS_PER_CHAPTER = 8
ITEMS_PER_SECTION = 54
WORKGROUPS = 2100
ANNOTATIONS = 100_000
ACTIONS = 12_000


SYLLABLES = [
    "ver",
    "ge",
    "be",
    "ont",
    "sa",
    "men",
    "wer",
    "king",
    "grens",
    "over",
    "schrij",
    "den",
    "de",
    "ef",
    "fi",
    "ci",
    "en",
    "tie",
    "co",
    "or",
    "di",
    "na",
    "fi",
    "nan",
    "ci",
    "e",
    "le",
    "mo",
    "bi",
    "li",
    "teit",
    "vei",
    "lig",
    "heid",
    "po",
    "li",
    "tie",
    "jus",
    "ti",
    "fraude",
    "bel",
    "as",
    "ting",
    "ord",
    "land",
    "schap",
    "wa",
    "ter",
    "stof",
    "net",
    "spoor",
    "fiets",
    "markt",
    "kennis",
    "zorg",
    "plan",
    "stu",
    "die",
    "raad",
]


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class TextMaker:
    """Running text: a Zipf-distributed general vocabulary, now and then a domain word, so that
    a search term matches a realistic share of documents rather than most of them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocab = _vocabulary(random.Random(1))
        self.cum: list[float] = list(
            itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.vocab)))
        )

    def word(self) -> str:
        if self.rng.random() < 0.1:
            return self.rng.choice(WORDS)
        return self.rng.choices(self.vocab, cum_weights=self.cum)[0]

    def __call__(self, lo: int, hi: int) -> str:
        return " ".join(self.word() for _ in range(self.rng.randint(lo, hi))).capitalize()


def build(out: Path, seed: int = 2026, scale: float = 1) -> dict[str, int]:
    """Write the database at ``out`` (see the module docstring); returns its counts."""
    rng = random.Random(seed)
    years = range(YEARS.start, YEARS.start + scaled(len(YEARS), scale))
    text = TextMaker(rng)
    store = open_store(out, demo=False)
    store.close()
    conn = sqlite3.connect(out)
    register_sql_functions(conn)  # the search index triggers fold text with bnldesk's folding
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = OFF")
    counts = {"plans": 0, "sections": 0, "items": 0, "workgroups": 0, "annotations": 0}
    with conn:
        conn.execute(
            "INSERT INTO programme (start_year, end_year, title, description, identity_key) "
            "VALUES (2021, 2024, 'Gemeenschappelijk werkprogramma 2021-2024', '', ?)",
            (identity.programme_key(2021, 2024),),
        )
        wg_ids: list[int] = []
        for n in range(scaled(WORKGROUPS, scale)):
            code = f"WG-{n // 100:02d}/{n:04d}"
            name = "Werkgroep " + text(2, 4)
            parent = rng.choice(wg_ids) if wg_ids and rng.random() < 0.3 else None
            cur = conn.execute(
                "INSERT INTO workgroup (name, code, parent_id, description, identity_key) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, code, parent, text(6, 14), identity.workgroup_key(code, name)),
            )
            wg_ids.append(int(cur.lastrowid or 0))
        counts["workgroups"] = len(wg_ids)

        section_rows: list[tuple[int, int, str, str]] = []
        item_rows: list[tuple[int, str, str, int]] = []
        for year in years:
            cur = conn.execute(
                "INSERT INTO plan (year, title, description, identity_key) VALUES (?, ?, '', ?)",
                (year, f"Jaarplan {year}", identity.plan_key(year)),
            )
            plan_id = int(cur.lastrowid or 0)
            counts["plans"] += 1
            for c in range(1, CHAPTERS + 1):
                title = text(2, 5)
                cur = conn.execute(
                    "INSERT INTO chapter (plan_id, number, title, body, position, identity_key) "
                    "VALUES (?, ?, ?, '', ?, ?)",
                    (plan_id, str(c), title, c, identity.chapter_key(str(c), title)),
                )
                chapter_id = int(cur.lastrowid or 0)
                for s in range(1, SECTIONS_PER_CHAPTER + 1):
                    number = f"{c}.{s}"
                    stitle = text(2, 6)
                    cur = conn.execute(
                        "INSERT INTO section (chapter_id, number, title, body, position, "
                        "identity_key) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            chapter_id,
                            number,
                            stitle,
                            text(20, 60),
                            s,
                            identity.section_key(number, stitle),
                        ),
                    )
                    section_id = int(cur.lastrowid or 0)
                    section_rows.append((section_id, year, number, stitle))
                    counts["sections"] += 1
                    items = []
                    for i in range(ITEMS_PER_SECTION):
                        kind = rng.choice(["objective", "ongoing", "ongoing", "new", "new"])
                        ititle = text(4, 12)
                        items.append(
                            (
                                section_id,
                                kind,
                                1 if rng.random() < 0.01 else 0,
                                ititle,
                                text(15, 50),
                                "",
                                i,
                                identity.item_key(ititle),
                            )
                        )
                    conn.executemany(
                        "INSERT INTO plan_item (section_id, kind, is_flagship, title, body, "
                        "theme, position, identity_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        items,
                    )
                    counts["items"] += len(items)
                    for wg in rng.sample(wg_ids, 3):
                        conn.execute(
                            "INSERT OR IGNORE INTO workgroup_section VALUES (?, ?)",
                            (wg, section_id),
                        )
                        conn.execute(
                            "INSERT OR IGNORE INTO workgroup_plan (workgroup_id, plan_id) "
                            "VALUES (?, ?)",
                            (wg, plan_id),
                        )
        item_rows = [
            (r[0], r[1], r[2], r[3])
            for r in conn.execute(
                "SELECT i.id, i.identity_key, i.title, p.year FROM plan_item i "
                "JOIN section s ON s.id = i.section_id JOIN chapter c ON c.id = s.chapter_id "
                "JOIN plan p ON p.id = c.plan_id ORDER BY i.id"
            )
        ]

        for name in TAGS:
            conn.execute("INSERT INTO tag (name) VALUES (?)", (name,))
        tag_ids = [r[0] for r in conn.execute("SELECT id FROM tag")]
        wg_keys = list(conn.execute("SELECT id, identity_key, name, code FROM workgroup"))

        base = dt.datetime(2024, 12, 31, 12, 0, 0)
        notes = []
        for n in range(scaled(ANNOTATIONS, scale)):
            roll = rng.random()
            # As the window writes them: a note on a project or a section carries the year of
            # its plan (the notes list's year filter and scopes read it), one on a workgroup none.
            note_year: int | None
            if roll < 0.5:
                obj_id, key, label, note_year = rng.choice(item_rows)
                kind = "item"
            elif roll < 0.8:
                wid, key, name, code = rng.choice(wg_keys)
                obj_id, label, kind, note_year = wid, f"{name} ({code})", "workgroup", None
            else:
                obj_id, note_year, number, stitle = rng.choice(section_rows)
                key, label, kind = (
                    identity.section_key(number, stitle),
                    f"{number} {stitle}",
                    "section",
                )
            when = (base - dt.timedelta(minutes=n * 7)).isoformat(" ")
            notes.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    when,
                    when,
                    None,
                    kind,
                    key,
                    obj_id,
                    label,
                    note_year,
                    text(8, 40),
                    rng.randint(0, 3),
                    rng.choice(["open", "in_progress", "done"]),
                    text(0, 10),
                    rng.choice(["none", "agreed", "reservation", "to_coordinate"]),
                    "",
                    rng.choice(["private", "delegation", "shareable"]),
                    "Delegate",
                    "NL",
                )
            )
        conn.executemany(
            "INSERT INTO annotation (uuid, created_at, updated_at, deleted_at, target_kind, "
            "target_key, target_id, target_label, plan_year, body, priority, status, "
            "position_text, position_state, consult, visibility, author, delegation) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            notes,
        )
        counts["annotations"] = len(notes)
        note_ids = [r[0] for r in conn.execute("SELECT id FROM annotation")]
        conn.executemany(
            "INSERT OR IGNORE INTO annotation_tag VALUES (?, ?)",
            [(nid, rng.choice(tag_ids)) for nid in note_ids if rng.random() < 0.6],
        )
        conn.executemany(
            "INSERT INTO action_item (uuid, created_at, updated_at, annotation_id, title, owner, "
            "due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    str(uuid.uuid4()),
                    base.isoformat(" "),
                    base.isoformat(" "),
                    rng.choice(note_ids),
                    text(3, 8),
                    rng.choice(["An", "Bram", "Claire", "Luc", "Marie"]),
                    (dt.date(2024, 6, 1) + dt.timedelta(days=rng.randint(0, 400))).isoformat(),
                    rng.choice(["open", "open", "done"]),
                )
                for _ in range(scaled(ACTIONS, scale))
            ],
        )
    # The planner's statistics as bnldesk takes them after an import (bnldesk.store.statistics:
    # sampled ANALYZE of every table), not PRAGMA optimize's (full, of some tables only): a
    # benchmark meets the plans SQLite makes on a delegate's file.
    conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
    conn.execute("ANALYZE")
    # The title index merged into one segment, as an import leaves it (and migration 0014).
    conn.execute("INSERT INTO search_title_fts(search_title_fts) VALUES ('optimize')")
    conn.commit()
    conn.close()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1, help="multiply years, notes, ...")
    parser.add_argument("--out", type=Path, help="default: bench/big.db, bench/big-4x.db, ...")
    parser.add_argument("--force", action="store_true", help="rebuild even if the file exists")
    args = parser.parse_args()
    args.out = args.out or default_out(args.scale)
    if args.out.exists() and not args.force:
        print(f"{args.out} exists (use --force to rebuild)")
        return 0
    for suffix in ("", "-wal", "-shm"):
        Path(str(args.out) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    counts = build(args.out, scale=args.scale)
    elapsed = time.perf_counter() - start
    size = args.out.stat().st_size / 1e6
    print(f"built {args.out} in {elapsed:.1f} s ({size:.0f} MB)")
    for key, value in counts.items():
        print(f"  {key:<12}{value:>9,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
