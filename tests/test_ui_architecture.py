"""The import graph of bnldesk: layers point one way, Qt stays in bnldesk.ui, no import cycles.

Read from the source by grimp (the graph library behind import-linter), imports made only for
type checking included: a cycle hidden behind ``if TYPE_CHECKING`` still ties two modules
together for whoever reads or moves them.
"""

from __future__ import annotations

import grimp
import pytest

LAYERS = ("bnldesk.domain", "bnldesk.store", "bnldesk.services")
FRONT_ENDS = ("bnldesk.ui", "bnldesk.cli", "bnldesk.commands")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("bnldesk", include_external_packages=True, cache_dir=None)


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_no_import_cycles(graph: grimp.ImportGraph) -> None:
    cycles = sorted(
        (module, imported)
        for module in graph.modules
        if module.startswith("bnldesk")
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith("bnldesk")
        and graph.find_shortest_chain(importer=imported, imported=module)
    )
    assert cycles == [], f"modules importing each other (directly or through others): {cycles}"


@pytest.mark.parametrize("level", range(len(LAYERS)))
def test_lower_layers_never_import_higher_ones(graph: grimp.ImportGraph, level: int) -> None:
    lower = LAYERS[level]
    higher = (*LAYERS[level + 1 :], *FRONT_ENDS)
    wrong = sorted(
        (module, imported)
        for module in graph.find_descendants(lower) | {lower}
        for imported in graph.find_modules_directly_imported_by(module)
        if any(_in(imported, package) for package in higher)
    )
    assert wrong == []


def test_nothing_below_the_ui_imports_qt(graph: grimp.ImportGraph) -> None:
    importers = graph.find_modules_that_directly_import("PySide6")
    below = sorted(m for m in importers if any(_in(m, layer) for layer in LAYERS))
    assert below == []


def test_ui_screens_do_not_import_the_application_shell(graph: grimp.ImportGraph) -> None:
    """Screens (browse, notes, meetings, exports, settings) are built by bnldesk.ui.app; none of
    them reaches back to it, so a screen can be opened and tested on its own."""
    importers = graph.find_modules_that_directly_import("bnldesk.ui.app")
    assert sorted(m for m in importers if _in(m, "bnldesk.ui")) == []
