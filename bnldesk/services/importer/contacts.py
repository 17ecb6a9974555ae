"""The contacts chapter of a 2013-style plan: per domain a team head and staff."""

from __future__ import annotations

import datetime as dt
import re

from bnldesk.domain import identity
from bnldesk.domain.document import DocContact, DocSection, ImportWarning
from bnldesk.services.importer.cleaning import clean_title

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# "T. +32 ...", "Tel: ...", "Tél. : ..." (French), "Phone ...", "Gsm ...".
_PHONE = re.compile(
    r"\b(?:T|Tel|Tél|Tfn|Phone|Gsm|Mobile)\b\.?\s*:?\s*(\+?\d[\d ()./-]{6,}\d)", re.IGNORECASE
)
_VALIDITY = re.compile(
    r"\(?\s*((?:tot|vanaf|until|from|à partir du|jusqu'au)\s+[^()]*?\d{4})\s*\)?", re.IGNORECASE
)
_ROLE_WORDS = re.compile(
    r"^(teamhoofd|hoofd\b.*|secretaris-generaal|.*adjunct-secretaris-generaal|chef d'équipe|directeur.*|coördinator.*)$",
    re.IGNORECASE,
)
# A person as contact lists write them: initials and a name ("P. Belling", "J.-P. Dupont").
_PERSON = re.compile(r"^(?:[A-Z][a-z]?\.(?:\s?-?\s?[A-Z][a-z]?\.)*)\s*[A-Z][\w'-]+")
_MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
}


def _date(text: str) -> dt.date | None:
    match = re.search(r"(\d{1,2})\s+([a-zéû]+)\s+(\d{4})", text.lower())
    if not match or match.group(2) not in _MONTHS:
        return None
    try:
        return dt.date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    except ValueError:
        return None


def parse_contacts(
    lines: list[tuple[int, str]], sections: list[DocSection], warnings: list[ImportWarning]
) -> list[DocContact]:
    """Contacts from the lines of the chapter (``(line number, text)``), one per person, with
    the domains they work on, the sections those domains name, and any validity ("tot 1 maart
    2013"); the 2013 plan's closing chapter is the model. A line with an address but no name
    is warned about."""
    reader = _ContactsReader(warnings)
    for number, raw in lines:
        reader.read(number, raw)
    return reader.finish(sections)


class _ContactsReader:
    """Reads the contacts chapter line by line: domain headings, role lines ("Teamhoofd",
    with a phone) and person lines with an e-mail address."""

    def __init__(self, warnings: list[ImportWarning]) -> None:
        self.warnings = warnings
        self.by_key: dict[str, DocContact] = {}
        self.domains: dict[str, list[str]] = {}
        self.notes: dict[str, list[str]] = {}
        self.domain = ""
        self.role = ""
        self.phone: str | None = None
        self.domain_open = False  # the previous line was a domain heading (headings can wrap)
        # A line read as a heading that may be a person whose address is on the next line:
        # (its text, and the domain, role and phone before it).
        self.pending_person: tuple[str, str, str, str | None] | None = None
        self.last: DocContact | None = None

    def read(self, number: int, raw: str) -> None:
        """One line of the chapter (``number`` 1-based)."""
        text = re.sub(r"\s+", " ", raw).strip()
        if not text:
            return
        validity_only = _VALIDITY.fullmatch(text.strip("() "))
        if validity_only and self.last is not None:
            _add_validity(self.last, validity_only.group(1), self.domain, self.notes)
            return
        email = _EMAIL.search(text)
        if email is None:
            self._heading_or_role(text)
        else:
            self.domain_open = False
            self._person(number, text, email)

    def _heading_or_role(self, text: str) -> None:
        """A role line (with a phone, or a role word) or a domain heading, perhaps wrapped."""
        phone_match = _PHONE.search(text)
        role_part = text[: phone_match.start()] if phone_match else text
        role_text = role_part.strip(" –-:")
        if phone_match or _ROLE_WORDS.match(role_text):
            self.role = clean_title(role_text)
            self.phone = phone_match.group(1).strip() if phone_match else None
            self.domain_open = False
            return
        heading = clean_title(text)
        if self.domain_open and (self.domain.endswith((" en", ",", "-")) or heading[:1].islower()):
            self.domain = f"{self.domain} {heading}"
        else:
            if _PERSON.match(text):
                self.pending_person = (text, self.domain, self.role, self.phone)
            else:
                self.pending_person = None
            self.domain = heading
            self.role = ""
            self.phone = None
        self.domain_open = True

    def _person(self, number: int, text: str, email: re.Match[str]) -> None:
        """A person's line: name (", role"), address, perhaps a phone and a validity."""
        address = email.group(0).strip(".").lower()
        before = text[: email.start()].strip(" –-:,")
        if not before and self.pending_person is not None:
            # The person's line wrapped before the address ("P. Belling, ..." / "p.belling@...").
            before, self.domain, self.role, self.phone = self.pending_person
            before = before.strip(" –-:,")
        self.pending_person = None
        after = text[email.end() :]
        person_role = self.role
        if "," in before:
            before, extra = before.split(",", 1)
            person_role = clean_title(extra)
        name = clean_title(before)
        if not name:
            self.warnings.append(
                ImportWarning(
                    number, "contact line without a name", text, code="contact_without_name"
                )
            )
            return
        line_phone = _PHONE.search(after)
        key = identity.contact_key(name, address)
        contact = self.by_key.get(key)
        if contact is None:
            contact = DocContact(name=name, email=address)
            self.by_key[key] = contact
        if line_phone:
            contact.phone = line_phone.group(1).strip()
        elif self.phone and not contact.phone:
            contact.phone = self.phone
        if person_role and not contact.role:
            contact.role = person_role
        where = self.domain
        if where and where not in self.domains.setdefault(key, []):
            self.domains[key].append(where)
        validity = _VALIDITY.search(after)
        if validity:
            _add_validity(contact, validity.group(1), where, self.notes)
        if self.role and _ROLE_WORDS.match(self.role) and self.role.lower() == "teamhoofd":
            self.role = ""  # the team head line applies to one person
        self.last = contact

    def finish(self, sections: list[DocSection]) -> list[DocContact]:
        """The contacts read, in the order first met, with their domains and sections."""
        for key, contact in self.by_key.items():
            contact.domain = "; ".join(self.domains.get(key, []))
            contact.section_numbers = _sections_for(self.domains.get(key, []), sections)
            entries = self.notes.get(key, [])
            if entries:
                contact.validity_note = "; ".join(entries)
        return list(self.by_key.values())


def _add_validity(contact: DocContact, text: str, where: str, notes: dict[str, list[str]]) -> None:
    text = text.strip()
    key = identity.contact_key(contact.name, contact.email)
    bucket = notes.setdefault(key, [])
    bucket.append(f"{where}: {text}" if where else text)
    when = _date(text)
    lower = text.lower()
    tos = [n for n in bucket if ": tot " in n.lower() or n.lower().startswith("tot ")]
    froms = [n for n in bucket if ": vanaf " in n.lower() or n.lower().startswith("vanaf ")]
    # Dates only when they say one thing; "until March for A, from March for B" stays a note.
    if tos and froms:
        contact.valid_from = None
        contact.valid_until = None
    elif lower.startswith(("tot", "until", "jusqu")):
        contact.valid_until = when
    else:
        contact.valid_from = when


def _sections_for(domains: list[str], sections: list[DocSection]) -> list[str]:
    numbers: list[str] = []
    for domain in domains:
        parts = [domain, *re.split(r",|;|\ben\b|\bet\b", domain)]
        for position, part in enumerate(parts):
            key = identity.normalise_title(part)
            if len(key) < (6 if position == 0 else 9):
                continue
            for section in sections:
                title = identity.normalise_title(section.title)
                if (
                    key in title or (title in key and len(title) >= 6)
                ) and section.number not in numbers:
                    numbers.append(section.number)
    return numbers
