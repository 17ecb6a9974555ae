"""Packaging beyond what pyproject.toml can declare (everything else is there).

The top-level ``resources/`` (demo data, fonts, icons, translations, styles) and ``db/`` (the
Alembic migrations, which Alembic reads from disk) ship inside the installed package as
``bnldesk/resources`` and ``bnldesk/db``: setuptools maps those folders, and each folder below
them, onto sub-packages of ``bnldesk`` and takes their files as package data. ``bnldesk.paths``
finds them there in a wheel install, at the top level in a checkout or an editable install, and
in ``sys._MEIPASS`` in the PyInstaller bundle. pyproject.toml cannot list found packages and
mapped ones together, hence this file.
"""

from setuptools import find_namespace_packages, find_packages, setup

# Top-level folder -> the package it becomes, with the files each of its folders ships.
DATA_FOLDERS = {
    "resources": ("bnldesk.resources", ["*"]),
    "db": ("bnldesk.db", ["*.py", "*.mako", "*.md"]),
}
# Sources and tools with no use at run time: the Linux installer belongs to the desktop bundle,
# the translation sources to the developers.
LEFT_OUT = {"bnldesk.resources": ["install.sh"], "bnldesk.resources.translations": ["*.ts"]}


def data_packages() -> dict[str, list[str]]:
    """Every package made of a data folder, with its package-data patterns."""
    found: dict[str, list[str]] = {}
    for folder, (package, patterns) in DATA_FOLDERS.items():
        found[package] = patterns
        for below in find_namespace_packages(where=folder, exclude=["*__pycache__*"]):
            found[f"{package}.{below}"] = patterns
    return found


DATA_PACKAGES = data_packages()

setup(
    packages=[*find_packages(include=["bnldesk", "bnldesk.*"]), *DATA_PACKAGES],
    package_dir={package: folder for folder, (package, _) in DATA_FOLDERS.items()},
    package_data=DATA_PACKAGES,
    exclude_package_data=LEFT_OUT,
)
