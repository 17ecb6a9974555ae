"""each plan records its language; workgroups named in the language most plans are printed in

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 09:00:00

``plan.language`` ("nl", "fr", "en") is the language a plan is printed in. Importing a plan in
another language used to rename every workgroup it lists (a French 2023 plan turned the
Dutch names of 2013 French everywhere) and stored it as "Jaarplan 2023". Existing plans get the
language their stored text is written in, told by the small words of their titles and texts
(as ``bnldesk.services.importer.language`` does); a plan still titled "Jaarplan YYYY" that is
not Dutch gets the usual title of its language; and each workgroup is named again by the rule
``bnldesk.store.structure.name_workgroups`` applies at every import: the name printed by its
newest plan in the language most plans are in, else by its newest plan.

The word lists and the rule are frozen here on purpose: a later change to the application's
must not change what this revision did.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SMALL_WORDS = {
    "nl": set(
        [
            "het",
            "een",
            "van",
            "en",
            "voor",
            "met",
            "zijn",
            "wordt",
            "worden",
            "naar",
            "ook",
            "niet",
            "bij",
            "dat",
            "die",
            "deze",
            "door",
            "aan",
            "om",
            "te",
            "tot",
            "over",
            "onder",
            "tussen",
            "zal",
            "zullen",
            "hun",
        ]
    ),
    "fr": set(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "et",
            "une",
            "pour",
            "dans",
            "est",
            "sur",
            "au",
            "aux",
            "avec",
            "sont",
            "par",
            "qui",
            "que",
            "ce",
            "cette",
            "ces",
            "entre",
            "sera",
            "seront",
            "leur",
        ]
    ),
    "en": set(
        [
            "the",
            "and",
            "of",
            "to",
            "for",
            "with",
            "are",
            "on",
            "by",
            "this",
            "that",
            "be",
            "will",
            "from",
            "as",
            "an",
            "which",
            "its",
            "at",
            "between",
            "these",
            "their",
            "into",
        ]
    ),
}
_TITLES = {"fr": "Plan annuel {year}", "en": "Annual plan {year}"}
_WORD = re.compile(r"[a-z]+")


def _language(texts: list[str]) -> str:
    counts: Counter[str] = Counter()
    for text in texts:
        plain = unicodedata.normalize("NFKD", text.casefold())
        for word in _WORD.findall(plain):
            for language, words in _SMALL_WORDS.items():
                if word in words:
                    counts[language] += 1
    if not counts:
        return "nl"
    order = ["nl", "fr", "en"]
    return max(order, key=lambda language: (counts[language], -order.index(language)))


def _plan_texts(bind: sa.engine.Connection, plan_id: int) -> list[str]:
    rows = bind.execute(
        sa.text(
            "SELECT c.title || ' ' || coalesce(c.body, '') FROM chapter c WHERE c.plan_id = :p "
            "UNION ALL SELECT s.title || ' ' || coalesce(s.body, '') FROM section s "
            "JOIN chapter c ON c.id = s.chapter_id WHERE c.plan_id = :p "
            "UNION ALL SELECT i.title || ' ' || coalesce(i.body, '') FROM plan_item i "
            "JOIN section s ON s.id = i.section_id JOIN chapter c ON c.id = s.chapter_id "
            "WHERE c.plan_id = :p "
            "UNION ALL SELECT coalesce(wp.name, '') FROM workgroup_plan wp WHERE wp.plan_id = :p"
        ),
        {"p": plan_id},
    )
    return [str(row[0]) for row in rows]


def _name_workgroups(bind: sa.engine.Connection) -> None:
    counts = bind.execute(
        sa.text(
            "SELECT language, count(*), min(year) FROM plan WHERE language IS NOT NULL "
            "GROUP BY language"
        )
    ).all()
    if not counts:
        return
    main = max(counts, key=lambda row: (row[1], -row[2]))[0]
    best: dict[int, tuple[bool, int, str]] = {}
    for wg_id, name, year, language in bind.execute(
        sa.text(
            "SELECT wp.workgroup_id, wp.name, p.year, p.language FROM workgroup_plan wp "
            "JOIN plan p ON p.id = wp.plan_id WHERE wp.name IS NOT NULL AND wp.name != ''"
        )
    ):
        rank = (language == main, int(year), str(name))
        if wg_id not in best or rank[:2] > best[wg_id][:2]:
            best[wg_id] = rank
    for wg_id, (_in_main, _year, name) in best.items():
        bind.execute(
            sa.text("UPDATE workgroup SET name = :name WHERE id = :id AND name != :name"),
            {"name": name, "id": wg_id},
        )


def upgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    bind = op.get_bind()
    for plan_id, year, title in bind.execute(sa.text("SELECT id, year, title FROM plan")).all():
        language = _language(_plan_texts(bind, plan_id))
        values = {"id": plan_id, "language": language, "title": title}
        if language in _TITLES and re.fullmatch(rf"Jaarplan {year}", title or ""):
            values["title"] = _TITLES[language].format(year=year)
        bind.execute(
            sa.text("UPDATE plan SET language = :language, title = :title WHERE id = :id"),
            values,
        )
    _name_workgroups(bind)


def downgrade() -> None:
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_column("language")
