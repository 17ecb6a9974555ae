"""Mangled seeds: the importer answers with a document or a DocumentImportError, nothing else."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from _seed_documents import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bnldesk.services.importer import DocumentImportError, parse_file, parse_lines

SEED_LINES = {
    name: (SEEDS / name).read_text(encoding="utf-8").splitlines()
    for name in (
        "jaarplan-2013.txt",
        "jaarplan-2022.md",
        "werkprogramma-2021-2024.txt",
        "werkprogramma-2025-2028.md",
    )
}
JUNK = st.text(
    alphabet=st.sampled_from(
        list("#*-–•()[]<>/\\\t 0123456789.:;@VLAGENSCHIPaéëÉ€\u00ad\u00a0\x0c")
    ),
    max_size=40,
)


@st.composite
def mangled(draw: st.DrawFn) -> list[str]:
    name = draw(st.sampled_from(sorted(SEED_LINES)))
    lines = list(SEED_LINES[name])
    start = draw(st.integers(0, max(0, len(lines) - 50)))
    length = draw(st.integers(0, 600))
    lines = lines[start : start + length] if draw(st.booleans()) else lines
    for _ in range(draw(st.integers(0, 12))):
        op = draw(st.sampled_from(["delete", "dup", "junk", "swap", "cut", "upper", "join"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i : i + draw(st.integers(1, 30))]
        elif op == "dup":
            lines[i:i] = lines[i : i + draw(st.integers(1, 20))]
        elif op == "junk":
            lines.insert(i, draw(JUNK))
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k]
        elif op == "upper":
            lines[i] = lines[i].upper()
        else:
            lines[i : i + 2] = [" ".join(lines[i : i + 2])]
    return lines


@pytest.mark.slow
@settings(max_examples=80, deadline=None)
@given(
    lines=mangled(),
    kind=st.sampled_from([None, None, "plan", "programme"]),
    year=st.sampled_from([None, None, 2013, 1999]),
)
def test_mangled_text_only_raises_import_error(
    lines: list[str], kind: str | None, year: int | None
) -> None:
    try:
        doc = parse_lines(lines, name="fuzz.txt", kind=kind, year=year)  # type: ignore[arg-type]
    except DocumentImportError as exc:
        assert "\n" not in str(exc)
        return
    assert doc.chapters
    for section in doc.iter_sections():
        assert section.title is not None


_counter = itertools.count()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.binary(max_size=400),
    head=st.sampled_from(
        [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"Jaarplan 2013\n"]
    ),
    suffix=st.sampled_from([".pdf", ".docx", ".txt", ".md"]),
)
def test_random_bytes_only_raise_import_error(
    tmp_path: Path, data: bytes, head: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{next(_counter)}{suffix}"
    path.write_bytes(head + data)
    try:
        parse_file(path)
    except DocumentImportError as exc:
        assert "\n" not in str(exc)
