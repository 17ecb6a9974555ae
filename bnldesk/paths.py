"""Where bnldesk finds its resources and keeps its data.

One function locates the bundled ``resources/`` and ``db/`` folders wherever bnldesk runs from,
so no other module guesses paths:

- a source checkout or an editable install: the checkout's top level;
- an installed wheel: inside the package (``bnldesk/resources``, ``bnldesk/db``: package data,
  see setup.py), found through :mod:`importlib.resources`;
- the PyInstaller bundle: ``sys._MEIPASS`` (the ``_internal`` folder).
"""

from __future__ import annotations

import os
import re
import sys
from importlib import resources
from pathlib import Path

from bnldesk import APP_NAME, APP_ORG


def app_root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the frozen bundle, the installed package
    (a wheel), or the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = resources.files("bnldesk")
    if isinstance(package, Path) and (package / "resources").is_dir():
        return package
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A bundled file or folder: ``resource_path("icons", "bnldesk.svg")``."""
    return app_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """The Alembic script folder (``env.py``, ``versions/``)."""
    return app_root() / "db"


def user_data_dir() -> Path:
    import platformdirs  # on first use: commands given --db never need it

    return Path(platformdirs.user_data_dir(APP_NAME, APP_ORG))


def default_db_path() -> str:
    """Where bnldesk opens its database without ``--db``: ``$BNLDESK_DB`` as set (a file path,
    or a delegation server's ``postgresql://`` address, shown without its password), else
    ``bnldesk.db`` in the user data folder. What ``python3 dev.py run`` tells the developer."""
    env = os.environ.get("BNLDESK_DB")
    if env:
        return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", env)
    return str(user_data_dir() / "bnldesk.db")


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database, in a folder named after it."""
    return db_path.parent / f"{db_path.stem}-backups"


def default_export_dir() -> Path:
    """Where briefs and workbooks go until the delegate chooses a folder: ``bnldesk`` in the
    user's documents folder (``~/Documents/bnldesk``), however bnldesk was started. Run from
    a checkout it was the checkout's ``exports/``, a folder of the program's, not of the
    delegate's (trial 9: a new laptop's briefs went to …/main/exports)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME
