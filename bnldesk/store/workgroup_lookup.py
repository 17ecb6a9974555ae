"""The workgroup a delegate names: by its code, its full name, or its database id.

Delegates type what the plan prints: a code ("SENN-CRISE"), a full name ("Strategische
werkgroep Crisisbeheersing"), or the "Name (CODE)" a meeting is titled with. A workgroup's
identity key is built from its code when it has one, so a name cannot be found through the
key alone: names are compared folded (:func:`bnldesk.domain.identity.normalise_title`: case,
accents, hyphens, punctuation and spacing do not count), as identity compares titles.

The meeting, brief, sharing and note commands all find workgroups here, each raising its own
error class with the messages of :func:`one_workgroup`.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from bnldesk.domain import identity
from bnldesk.domain.errors import BnldeskError
from bnldesk.domain.models import Workgroup, workgroup_plan

# "Strategische werkgroep Crisisbeheersing (SENN-CRISE)": the title a meeting gets by default.
_NAME_AND_CODE = re.compile(r"^(?P<name>.*\S)\s*\((?P<code>[^()]+)\)$")


def workgroup_by_code(session: Session, code: str) -> Workgroup | None:
    """The workgroup whose code is ``code`` (case and spacing folded), or None."""
    if not code.strip():
        return None
    key = identity.workgroup_key(code, code)
    return session.scalar(select(Workgroup).where(Workgroup.identity_key == key))


def workgroups_by_name(session: Session, name: str) -> list[Workgroup]:
    """The workgroups whose full name is ``name``, folded as identity folds titles: the name
    the row carries or the name any plan printed for it (a French plan's "Groupe de travail
    stratégique Gestion des crises" finds the workgroup its Dutch plans call "Strategische
    werkgroep Crisisbeheersing"); ordered by code (those without one last), then id. Usually
    one; several when different codes carry the same name. Reads every workgroup's names (a
    few thousand on the big database)."""
    wanted = identity.normalise_title(name)
    if not wanted:
        return []
    ids = {
        int(workgroup_id)
        for workgroup_id, workgroup_name in _every_name(session)
        if identity.normalise_title(workgroup_name) == wanted
    }
    if not ids:
        return []
    found = session.scalars(select(Workgroup).where(Workgroup.id.in_(ids))).all()
    return sorted(
        found, key=lambda workgroup: (workgroup.code is None, workgroup.code or "", workgroup.id)
    )


def _every_name(session: Session) -> list[tuple[int, str]]:
    """(workgroup id, name) for the name each row carries and every name a plan printed."""
    carried = session.execute(select(Workgroup.id, Workgroup.name)).all()
    printed = session.execute(
        select(workgroup_plan.c.workgroup_id, workgroup_plan.c.name).where(
            workgroup_plan.c.name.is_not(None)
        )
    ).all()
    return [(int(i), str(n)) for i, n in [*carried, *printed] if n]


def _names_of(session: Session, workgroup: Workgroup) -> set[str]:
    """Every name of ``workgroup``, folded: the one it carries and those plans printed."""
    names = {identity.normalise_title(workgroup.name)}
    names.update(
        identity.normalise_title(str(name))
        for name in session.scalars(
            select(workgroup_plan.c.name).where(
                workgroup_plan.c.workgroup_id == workgroup.id, workgroup_plan.c.name.is_not(None)
            )
        )
    )
    return names


def workgroups_named(session: Session, reference: str) -> list[Workgroup]:
    """The workgroups ``reference`` names: the one with that code; else those with that full
    name; else, for "Name (CODE)", the one with that code if its name agrees. Empty when none.
    Database ids are not read here (see :func:`one_workgroup`)."""
    reference = " ".join(reference.split())
    by_code = workgroup_by_code(session, reference)
    if by_code is not None:
        return [by_code]
    by_name = workgroups_by_name(session, reference)
    if by_name:
        return by_name
    match = _NAME_AND_CODE.match(reference)
    if match:
        workgroup = workgroup_by_code(session, match["code"])
        if workgroup is not None and identity.normalise_title(match["name"]) in _names_of(
            session, workgroup
        ):
            return [workgroup]
    return []


def one_workgroup(
    session: Session, reference: str, error: type[BnldeskError], *, by_id: bool = True
) -> Workgroup:
    """The one workgroup ``reference`` names (:func:`workgroups_named`), or, when ``by_id``
    and it is all digits, the workgroup with that database id.

    Raises ``error`` (the caller's own class, one line) when none is named ("there is no
    workgroup 'X' (give its code or its full name, e.g. SENN-CRISE)") or when a name is
    carried by several ("'X' is the name of 2 workgroups (A-1, A-2): give its code").
    """
    reference = " ".join(reference.split())
    found = workgroups_named(session, reference)
    if not found and by_id and reference.isdigit():
        workgroup = session.get(Workgroup, int(reference))
        found = [workgroup] if workgroup is not None else []
    return single_workgroup(found, reference, error)


def single_workgroup(
    found: list[Workgroup], reference: str, error: type[BnldeskError]
) -> Workgroup:
    """The one workgroup of ``found`` (what ``reference`` named); raises ``error`` with the
    messages of :func:`one_workgroup` when ``found`` holds none or several."""
    if not found:
        raise error(
            f"there is no workgroup '{reference}' (give its code or its full name, e.g. SENN-CRISE)",
            code="no_workgroup_named",
            values=(reference,),
        )
    if len(found) > 1:
        codes = ", ".join(workgroup.code or f"id {workgroup.id}" for workgroup in found)
        raise error(
            f"'{reference}' is the name of {len(found)} workgroups ({codes}): give its code",
            code="workgroup_name_ambiguous",
            values=(reference, len(found), codes),
        )
    return found[0]
