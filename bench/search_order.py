"""The search's answers on the big database, written out or compared with answers written before.

    .venv/bin/python bench/search_order.py [--db PATH] --save answers.json
    .venv/bin/python bench/search_order.py [--db PATH] --compare answers.json

A change meant to make the search faster must not change what it finds: for every query of
``bench_store.py``'s classes (rare, common and very common words, 1- and 2-character prefixes
as typed), a few of the query language's forms (phrases, OR, exclusions, field filters) and a
search within some filters of the filter bar, this writes the hits ``run_search`` returns (kind,
id, plan year, title, rank and snippet, best first) and whether the list is complete. Run
``--save`` before the change and ``--compare`` after it, on the same database: any query whose
answer differs is listed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_store import LIMIT, query_classes, within_filters  # noqa: E402
from bench.make_big_db import default_out  # noqa: E402
from bnldesk.domain.search_query import parse  # noqa: E402
from bnldesk.store.engine import Store, open_store  # noqa: E402
from bnldesk.store.fts import register_sql_functions  # noqa: E402
from bnldesk.store.search import run_search  # noqa: E402
from bnldesk.store.search_reader import reading  # noqa: E402

# The query language's forms, on words the big database holds.
_FORMS = (
    '"grensoverschrijdende samenwerking"',
    "energie OR klimaat",
    "energie -klimaat",
    "NOT politie samenwerking",
    "title:energie",
    "code:WG-00/0001",
    "WG-00",
    "year:2015 energie",
    "kind:note veiligheid",
    "financiele",
    "coordinatie mob*",
    "NEAR(energie klimaat, 5)",
)
_WITHIN_WORDS = ("energie", "e")

# One answer: [kind, id, plan year, title, rank, snippet] per hit, best first, and completeness.
Answer = dict[str, object]


def _answer(store: Store, text: str, *, typed: bool, within: object = None) -> Answer:
    with reading(store) as reader:
        result = run_search(
            reader,
            parse(text, as_you_type=typed),
            limit=LIMIT,
            within=within,  # type: ignore[arg-type]
        )
    return {
        "hits": [
            [hit.kind, hit.obj_id, hit.plan_year, hit.title, round(hit.rank, 9), hit.snippet]
            for hit in result.hits
        ],
        "complete": result.complete,
    }


def answers(store: Store, path: Path) -> dict[str, Answer]:
    """Every query's answer, keyed by a line naming the query."""
    raw = sqlite3.connect(path)
    register_sql_functions(raw)
    classes = query_classes(raw)
    raw.close()
    found: dict[str, Answer] = {}
    for name, queries in classes.items():
        for text, typed in queries:
            found[f"{name}: {text!r}"] = _answer(store, text, typed=typed)
    for text in _FORMS:
        found[f"form: {text!r}"] = _answer(store, text, typed=False)
    for name, within in within_filters(store).items():
        for text in _WITHIN_WORDS:
            found[f"within {name}: {text!r}"] = _answer(store, text, typed=True, within=within)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=default_out(1))
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the answers to this JSON file")
    action.add_argument("--compare", type=Path, help="compare with answers written before")
    args = parser.parse_args()
    store = open_store(args.db)
    try:
        found = answers(store, args.db)
    finally:
        store.close()
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(found)} queries, {sum(len(a['hits']) for a in found.values())} hits written")  # type: ignore[arg-type]
        return 0
    before: dict[str, Answer] = json.loads(args.compare.read_text(encoding="utf-8"))
    differ = [key for key in before.keys() | found.keys() if before.get(key) != found.get(key)]
    for key in sorted(differ):
        print(f"differs: {key}")
    print(f"{len(found)} queries compared, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
