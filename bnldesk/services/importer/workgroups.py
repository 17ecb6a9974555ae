"""Workgroup lines -> name and code, whatever the layout of the code:

"Strategische werkgroep Crisisbeheersing (SENN-CRISE)", "... [SENN-CRISE]",
"SENN-CRISE – Strategische werkgroep ...", "SENN-CRISE: Strategische ...", "Strategische ... –
SENN-CRISE" (a table row read as "name – code"); a pair on one line is two workgroups.
"""

from __future__ import annotations

import re

from bnldesk.domain.document import DocWorkgroup
from bnldesk.services.importer.cleaning import clean_title

# A trailing bracket, allowing one nested pair: "(RO/O-E(OOST))".
_TRAILING_CODE = re.compile(
    r"^(?P<name>.*?)\s*\((?P<code>[^()]*(?:\([^()]*\)[^()]*)?)\)\s*[.;,]?\s*$"
)
# "[CODE]" after the name.
_SQUARE_CODE = re.compile(r"^(?P<name>.*?)\s*\[(?P<code>[^\[\]]+)\]\s*[.;,]?\s*$")
# "CODE – name", "CODE: name" (the code first, as in tables and indexes).
_LEADING_CODE = re.compile(
    r"^(?P<code>[^\s:–—]+(?:\s[A-Z0-9][^\s:–—]*)?)\s*(?:[:–—]|\s-)\s+(?P<name>\S.*)$"
)
# "name – CODE" (a table's two cells).
_DASHED_CODE = re.compile(
    r"^(?P<name>\S.*?)\s+[–—-]\s+(?P<code>[^\s–—]+(?:\s[A-Z0-9][^\s–—]*)?)\s*$"
)
# Between two workgroups on one line: "(FISC-VRP) & ...", "(A) en ...", and "(A) – ..." where a
# list set two to a row was read as the cells of one row.
_SPLIT_PAIR = re.compile(r"\)\s*(?:&|\ben\b|,|;|\s[–—]\s)\s*")
_MENTION = re.compile(r"\b[Ww]erkgroep(?:en)?\s+(?P<code>[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]+)+)\b")


def looks_like_code(text: str) -> bool:
    """A workgroup code is short and mostly capitals: not "(Immigratie en energie-efficiëntie)"."""
    text = text.strip()
    if not text or len(text) > 40 or not any(ch.isupper() for ch in text):
        return False
    if " " not in text and re.search(r"[-/\d]", text):
        return True  # one joined token: "Penta-coördinatoren", "CB-PC-Contr.", "e-GOV"
    words = [w for w in re.split(r"[\s/]+", text) if w]
    lower = [w for w in words if w[:1].islower() and len(w) > 1]
    if len(lower) * 2 >= len(words) and len(words) > 1:
        return False
    return not (
        len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower() and len(words[0]) > 8
    )


def _is_code(text: str, *, strict: bool) -> bool:
    """A code in brackets may be any short mostly-capital text; one set off by a dash or colon
    only with capitals and a digit, hyphen or slash, or all capitals ("SENN-CRISE", "DROG")."""
    if not looks_like_code(text):
        return False
    if not strict:
        return True
    words = text.split()
    if len(words) == 2:
        # "Penta SG1", "Gas WG2": a short word and a token in capitals, as codes of
        # sub-groups are written; "Support Group" or "Groep 1" are names.
        return all(word[:1].isupper() or word[:1].isdigit() for word in words) and any(
            sum(ch.isupper() for ch in word) >= 2 and not any(ch.islower() for ch in word)
            for word in words
        )
    letters = [ch for ch in text if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    joined = bool(re.search(r"[-/\d]", text))
    return bool(letters) and (
        (joined and capitals >= 2 and capitals >= len(letters) / 2)
        or (capitals == len(letters) and len(letters) >= 2)
    )


def normalise_code_text(code: str) -> str:
    """Spacing folded, a hyphen broken at a line end rejoined; "URBISCOOP - URBI/MIG" -> the
    last of the codes a bracket lists after a dash. A final dot stays ("CB-PC-Contr.")."""
    code = re.sub(r"\s+", " ", code).strip(" ;,")
    parts = [part.strip() for part in code.split(" - ")]
    if len(parts) > 1 and all(looks_like_code(part) for part in parts):
        code = parts[-1]
    code = re.sub(
        r"\s*-\s+|\s+-\s*(?=\S)",
        lambda m: "-" if "-" in m.group(0) and " - " not in m.group(0) else m.group(0),
        code,
    )
    return code


def parse_workgroup(text: str) -> list[DocWorkgroup]:
    """One entry of a workgroup list; two when a line names a pair ("(FISC-VRP) & ... (FISC-MOSS)")."""
    text = re.sub(r"\s+", " ", text).strip().lstrip("-–•o ").strip()
    if not text or len(text) < 3:
        return []
    if text.count("(") >= 2 and _SPLIT_PAIR.search(text):
        parts = [p if p.endswith(")") else p + ")" for p in _SPLIT_PAIR.split(text) if p.strip()]
        if len(parts) > 1 and all(_TRAILING_CODE.match(p) for p in parts):
            out: list[DocWorkgroup] = []
            for part in parts:
                if ":" in part.split("(")[0]:
                    part = part.split(":", 1)[1]
                out.extend(parse_workgroup(part))
            return out
    name, code = text, None
    for pattern in (_TRAILING_CODE, _SQUARE_CODE, _DASHED_CODE, _LEADING_CODE):
        match = pattern.match(text)
        if match and _is_code(match.group("code"), strict=pattern in (_DASHED_CODE, _LEADING_CODE)):
            name, code = match.group("name"), normalise_code_text(match.group("code"))
            break
    name = clean_title(name)
    if name[:1].islower():
        name = name[:1].upper() + name[1:]
    if not name:
        if not code:
            return []
        name = code
    return [DocWorkgroup(name=name, code=code)]


def mentioned_workgroups(text: str) -> list[DocWorkgroup]:
    """Codes of workgroups named in running text ("de Benelux-werkgroep SENN-MELDKAMER")."""
    seen: dict[str, DocWorkgroup] = {}
    for match in _MENTION.finditer(text):
        code = match.group("code")
        seen.setdefault(code, DocWorkgroup(name=f"Werkgroep {code}", code=code))
    return list(seen.values())
