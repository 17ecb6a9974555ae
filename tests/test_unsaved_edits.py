"""Private text written by bnldesk (the recovery file of unsaved edits) is never readable by
others, not even for a moment: services/files.py gives the mode before the text is written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bnldesk.services.files import private_folder, write_atomically


def test_private_files_are_never_readable_by_others(tmp_path: Path) -> None:
    """files.py's atomic write gives the mode before the text is written; an existing folder
    open to others is closed."""
    folder = tmp_path / "state" / "recovery"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    old = os.umask(0o022)
    try:
        private_folder(folder)
        written = write_atomically(folder / "f.json", b"private", mode=0o600)
        shared = write_atomically(folder / "g.txt", b"a brief")
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644  # as any exported file
