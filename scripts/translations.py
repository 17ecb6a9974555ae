"""Bring the Dutch and French translations in step with the code.

    .venv/bin/python scripts/translations.py          (update .ts, list what is untranslated)
    .venv/bin/python scripts/translations.py --release (also compile the .qm files)

Runs ``pyside6-lupdate`` over ``bnldesk/ui`` and its sub-packages (and the window's sentences
kept below it, :data:`WORDED_BELOW_UI`) into ``resources/translations/bnldesk_{nl,fr}.ts``
(existing translations are kept), prints every message still without a translation (translate
them with ``pyside6-linguist``, or by editing the .ts), then ``pyside6-lrelease``. A module-level
``tr("...")`` helper is filed under the empty context; ``bnldesk.ui.i18n`` looks strings up
there as well, so such helpers may pass any context at run time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = [ROOT / "resources" / "translations" / f"bnldesk_{lang}.ts" for lang in ("nl", "fr")]
# English is the source language; its catalogue holds only the plural forms ("1 note",
# "2 notes" for tr("%n note(s)", None, n)), as Qt recommends.
TS_EN = ROOT / "resources" / "translations" / "bnldesk_en.ts"


# The window's sentences the command line says too, without Qt (through
# bnldesk.services.window_catalogue, which reads the compiled .qm files).
WORDED_BELOW_UI = [
    str(ROOT / "bnldesk" / "services" / "error_words.py"),
    str(ROOT / "bnldesk" / "services" / "reports" / "sheet_preview.py"),
]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out.append((name, m.findtext("source") or ""))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile the .qm files too")
    args = parser.parse_args()
    sources = sorted(str(p) for p in (ROOT / "bnldesk" / "ui").rglob("*.py")) + WORDED_BELOW_UI
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", *map(str, TS)], check=True)
    subprocess.run(
        [tool("pyside6-lupdate"), "-pluralonly", *sources, "-ts", str(TS_EN)], check=True
    )
    missing = 0
    for ts in (*TS, TS_EN):
        for context, source in unfinished(ts):
            missing += 1
            print(f"{ts.name}: [{context}] {source!r}")
    if args.release:
        subprocess.run([tool("pyside6-lrelease"), *map(str, (*TS, TS_EN))], check=True)
    print(f"{missing} message(s) without translation")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
