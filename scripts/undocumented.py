"""List the public functions and methods of the bnldesk package that have no docstring.

    python3 scripts/undocumented.py [PACKAGE ...]     (default: bnldesk)

PACKAGE is a folder below the repository (``bnldesk/store``). Public: a function or method
whose name does not start with ``_``, defined at the top of a module or in a public class
(not inside a function), in a module whose name does not start with ``_``. Dunder methods
(``__init__``) and properties' setters are left out; so are overrides of a library's method
that the library documents (:data:`LIBRARY_OVERRIDES`), and methods of a subclass that
override a documented method of a base class in the same module (their docstring is the
base's, as Sphinx inherits it). Prints ``file:line name`` and the count.

``tests/test_code_units.py`` keeps every public function of domain, store and services
documented.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Methods a subclass overrides with the meaning its library documents (Qt's models, the
# argparse actions, SQLAlchemy's types): their docstring is the library's.
LIBRARY_OVERRIDES = frozenset(
    {
        "data",
        "setData",
        "rowCount",
        "columnCount",
        "headerData",
        "flags",
        "index",
        "parent",
        "sort",
        "canFetchMore",
        "fetchMore",
        "roleNames",
        "sizeHint",
        "paint",
        "createEditor",
        "setEditorData",
        "setModelData",
        "event",
        "eventFilter",
        "keyPressEvent",
        "closeEvent",
        "showEvent",
        "changeEvent",
        "resizeEvent",
        "focusOutEvent",
        "focusInEvent",
        "accept",
        "reject",
        "done",
        "redo",
        "undo",
        "id",
        "mergeWith",
        "run",
        "translate",
        "isEmpty",
        "process_bind_param",
        "process_result_value",
        "load_dialect_impl",
        "process_literal_param",
        "begin_page",
        "render_char",
        "render_string_horizontal",
        "validate",
        "fixup",
    }
)


@dataclass(frozen=True)
class Undocumented:
    """A public function without a docstring: ``name`` qualified by its class."""

    path: str
    line: int
    name: str


Function = ast.FunctionDef | ast.AsyncFunctionDef


def _documented_in_bases(node: ast.ClassDef, classes: dict[str, ast.ClassDef]) -> set[str]:
    """The methods with a docstring in the bases of ``node`` that this module defines."""
    documented: set[str] = set()
    for base in node.bases:
        if isinstance(base, ast.Subscript):  # Codec[AnnotationRecord]
            base = base.value
        parent = classes.get(base.id) if isinstance(base, ast.Name) else None
        if parent is None:
            continue
        documented |= {
            member.name
            for member in parent.body
            if isinstance(member, Function) and ast.get_docstring(member) is not None
        }
        documented |= _documented_in_bases(parent, classes)
    return documented


def _public_functions(tree: ast.Module) -> Iterator[tuple[str, Function]]:
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    for node in tree.body:
        if isinstance(node, Function):
            yield node.name, node
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            inherited = _documented_in_bases(node, classes)
            for member in node.body:
                if not isinstance(member, Function) or member.name in inherited:
                    continue
                if member.name in LIBRARY_OVERRIDES or _is_setter(member):
                    continue
                yield f"{node.name}.{member.name}", member


def _is_setter(function: Function) -> bool:
    return any(
        isinstance(decorator, ast.Attribute) and decorator.attr in ("setter", "deleter")
        for decorator in function.decorator_list
    )


def undocumented(
    packages: list[Path] | None = None, relative_to: Path = ROOT
) -> list[Undocumented]:
    """The public functions without a docstring in the ``.py`` files below ``packages``
    (default: the bnldesk package), paths relative to ``relative_to``, in file and line
    order. Raises ``SyntaxError`` for a file Python cannot parse."""
    found: list[Undocumented] = []
    for package in packages or [ROOT / "bnldesk"]:
        for file in sorted(package.rglob("*.py")):
            if file.name.startswith("_") and file.name != "__init__.py":
                continue
            relative = file.relative_to(relative_to).as_posix()
            tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
            for name, function in _public_functions(tree):
                last = name.rsplit(".", 1)[-1]
                if last.startswith("_"):
                    continue
                if ast.get_docstring(function) is None:
                    found.append(Undocumented(relative, function.lineno, name))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the undocumented public functions; exit 0 (a listing, not a check)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", type=Path, help="folders (default: bnldesk)")
    options = parser.parse_args(argv)
    packages = [package.resolve() for package in options.packages] or [ROOT / "bnldesk"]
    inside = all(package.is_relative_to(ROOT) for package in packages)
    found = undocumented(packages, ROOT if inside else packages[0].parent)
    for entry in found:
        print(f"{entry.path}:{entry.line} {entry.name}")
    print(f"{len(found)} public functions without a docstring")
    return 0


if __name__ == "__main__":
    sys.exit(main())
