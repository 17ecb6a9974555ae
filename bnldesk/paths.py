"""Where bnldesk finds its resources and keeps its data.

One function locates bundled files both in a source checkout and inside a PyInstaller bundle
(``sys._MEIPASS``), so no other module guesses paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bnldesk import APP_NAME, APP_ORG


def app_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the checkout, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return app_root() / "db"


def user_data_dir() -> Path:
    import platformdirs  # on first use: commands given --db never need it

    return Path(platformdirs.user_data_dir(APP_NAME, APP_ORG))


def default_db_path() -> Path:
    env = os.environ.get("BNLDESK_DB")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "bnldesk.db"


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database, in a folder named after it."""
    return db_path.parent / f"{db_path.stem}-backups"


def default_export_dir() -> Path:
    """``exports/`` when running from a checkout, otherwise the user's documents folder."""
    checkout_exports = app_root() / "exports"
    if not getattr(sys, "_MEIPASS", None) and checkout_exports.is_dir():
        return checkout_exports
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME
