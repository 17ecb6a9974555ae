"""Which Secretariat-General contacts look after a workgroup, for the workbook and the brief.

Only the 2013 plan has a contacts chapter, and it names contacts per domain (a section such as
"5.2 Rampenbestrijding en crisisbeheersing"), not per workgroup. A workgroup's contacts are
therefore found through its sections, in any year's plan: contacts linked to the workgroup
itself, to a section it sits in, to the same section in another year (same identity key), or
whose domain is that section's title. Of those, the contacts of the latest plan up to the year
asked for are taken (else of the latest plan that lists any), and that year is returned so a
reader can be told "contacts as listed in the 2013 plan".

Everything is read in a handful of set-based queries, whatever the number of workgroups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.models import (
    Chapter,
    Contact,
    Plan,
    Section,
    contact_section,
    contact_workgroup,
    workgroup_section,
)


@dataclass(frozen=True)
class ContactRef:
    """A contact as lists show it."""

    contact_id: int
    name: str
    email: str | None
    plan_year: int | None

    def short(self) -> str:
        """``Name <e-mail>``, or the name alone."""
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True)
class WorkgroupContacts:
    contacts: list[ContactRef]
    plan_year: int | None  # the plan the contacts are listed in


def contacts_for_workgroups(
    session: Session, years: dict[int, int | None]
) -> dict[int, WorkgroupContacts]:
    """The contacts of each workgroup id in ``years`` (id -> the plan year the row is about,
    None for "the latest"). Workgroups without any contact are left out of the result."""
    if not years:
        return {}
    contacts: dict[int, ContactRef] = {}
    for cid, name, email, plan_year in session.execute(
        select(Contact.id, Contact.name, Contact.email, Plan.year).outerjoin(
            Plan, Plan.id == Contact.plan_id
        )
    ):
        contacts[cid] = ContactRef(cid, name, email, plan_year)
    if not contacts:
        return {}
    by_domain: dict[str, set[int]] = defaultdict(set)
    for cid, domain in session.execute(select(Contact.id, Contact.domain)):
        if domain:
            by_domain[identity.fold(domain)].add(cid)
    by_section_key: dict[str, set[int]] = defaultdict(set)
    for cid, key in session.execute(
        select(contact_section.c.contact_id, Section.identity_key).join(
            Section, Section.id == contact_section.c.section_id
        )
    ):
        by_section_key[key].add(cid)
    direct: dict[int, set[int]] = defaultdict(set)
    for cid, wid in session.execute(
        select(contact_workgroup.c.contact_id, contact_workgroup.c.workgroup_id)
    ):
        direct[wid].add(cid)
    found: dict[int, set[int]] = defaultdict(set)
    for wid, key, title in session.execute(
        select(workgroup_section.c.workgroup_id, Section.identity_key, Section.title)
        .join(Section, Section.id == workgroup_section.c.section_id)
        .join(Chapter, Chapter.id == Section.chapter_id)
        .where(Chapter.plan_id.is_not(None))
    ):
        found[wid] |= by_section_key.get(key, set()) | by_domain.get(identity.fold(title), set())
    out: dict[int, WorkgroupContacts] = {}
    for workgroup_id, year in years.items():
        ids = found.get(workgroup_id, set()) | direct.get(workgroup_id, set())
        if ids:
            out[workgroup_id] = _of_one_year([contacts[i] for i in ids if i in contacts], year)
    return out


def _of_one_year(candidates: Iterable[ContactRef], year: int | None) -> WorkgroupContacts:
    by_year: dict[int | None, list[ContactRef]] = defaultdict(list)
    for contact in candidates:
        by_year[contact.plan_year].append(contact)
    dated = sorted(y for y in by_year if y is not None)
    earlier = [y for y in dated if year is None or y <= year]
    chosen: int | None = earlier[-1] if earlier else (dated[-1] if dated else None)
    picked = sorted(by_year[chosen], key=lambda c: c.name.casefold())
    if chosen is not None:
        # Contacts linked to no plan (added by hand) belong to every year.
        picked += sorted(by_year.get(None, []), key=lambda c: c.name.casefold())
    return WorkgroupContacts(picked, chosen)
