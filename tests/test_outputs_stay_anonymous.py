"""Nothing about the local machine in a file that leaves it: briefs, workbooks, bundles and
calendars carry no OS user name, host name, home folder or database path, only the author the
delegate chose."""

from __future__ import annotations

import datetime as dt
import re
import socket
import zipfile
import zlib
from pathlib import Path

import pytest

from bnldesk.services import meetings, sync
from bnldesk.services.annotations import NoteFields, add_annotation, resolve_target
from bnldesk.services.reports import (
    BriefOptions,
    BriefSubject,
    ExportFilters,
    XlsxOptions,
    export_brief,
    export_workbook,
)
from bnldesk.store.engine import Store

OS_USER = "zzosuser4821"


def _readable(path: Path) -> bytes:
    """Every byte a reader of ``path`` could see: the file, its archive members unpacked, and
    its PDF streams inflated."""
    raw = path.read_bytes()
    parts = [raw]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            parts += [archive.read(name) for name in archive.namelist()]
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            parts.append(stream)
    return b"\n".join(parts)


def test_no_output_names_the_machine(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, OS_USER)  # what getpass.getuser() would read
    with store.transaction() as s:
        target = resolve_target(s, "SENN-CRISE")
        add_annotation(
            s, target, NoteFields(body="Gedeeld", visibility="delegation"), author="A. Peeters"
        )
        add_annotation(s, target, NoteFields(body="Privé", visibility="private"))
        meeting = meetings.create_meeting(
            s,
            meetings.MeetingFields(
                workgroup="SENN-CRISE", starts_at=dt.datetime(2026, 12, 8, 10), place="Brussel"
            ),
        )
        meeting_id = meeting.id
    outputs = {
        "brief": tmp_path / "out" / "brief.pdf",
        "workbook": tmp_path / "out" / "lists.xlsx",
        "bundle": tmp_path / "out" / "notes.bnlnotes",
        "calendar": tmp_path / "out" / "meeting.ics",
    }
    outputs["brief"].parent.mkdir()
    export_brief(
        store,
        BriefSubject(workgroup="SENN-CRISE"),
        BriefOptions(include_private=True, delegation="BE"),
        outputs["brief"],
    )
    export_workbook(store, outputs["workbook"], ExportFilters(include_private=True), XlsxOptions())
    sync.share(store, outputs["bundle"], author="Delegatie BE")
    with store.read() as s:
        meetings.export_ics(s, [meeting_id], outputs["calendar"])

    local = {OS_USER, str(store.path), str(store.path.parent), str(Path.home()), str(tmp_path)}
    host = socket.gethostname()
    if len(host) >= 4:
        local.add(host)
    for kind, path in outputs.items():
        seen = _readable(path)
        for secret in local:
            assert secret.encode() not in seen, f"{kind} holds {secret!r}"
    bundle = _readable(outputs["bundle"])
    assert b"A. Peeters" in bundle  # the author a note was given
    assert b'"author": "Delegatie BE"' in bundle  # the name the delegate chose for the bundle
