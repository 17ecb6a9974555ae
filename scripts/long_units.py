"""List the long functions of the bnldesk package: the units a reader may lose the thread of.

    python3 scripts/long_units.py [--over LINES] [--root bnldesk]

Prints one line per function or method longer than ``--over`` lines (60 by default), longest
first: its qualified name (``Class.method``), ``file:line`` and its length in lines, counted
from the ``def`` line (decorators left out) to its last line, blank lines and docstring
included, as a reader scrolls through it. A nested function counts inside its parent and is
also listed on its own when it is long. The last line gives the count.

``tests/test_long_units.py`` uses :func:`long_units` to keep every function under 80 lines but
the few in its allow-list, each with the reason a reader follows it in one go.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Unit:
    """One function or method: ``name`` is qualified by its classes and enclosing functions
    (``MeetingEditor.__init__``), ``path`` relative to the repository, ``line`` the line of
    its ``def`` (1-based) and ``length`` its lines from ``def`` to its end."""

    name: str
    path: str
    line: int
    length: int

    @property
    def key(self) -> str:
        """``path::name``, the form the allow-list of ``tests/test_long_units.py`` uses."""
        return f"{self.path}::{self.name}"


def _units_in(tree: ast.AST, path: str) -> Iterator[Unit]:
    """Every function definition in ``tree`` with its qualified name."""

    def visit(node: ast.AST, prefix: str) -> Iterator[Unit]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                end = child.end_lineno if child.end_lineno is not None else child.lineno
                yield Unit(name, path, child.lineno, end - child.lineno + 1)
                yield from visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                yield from visit(child, f"{prefix}{child.name}.")
            else:
                yield from visit(child, prefix)

    yield from visit(tree, "")


def all_units(root: Path = ROOT / "bnldesk", relative_to: Path = ROOT) -> list[Unit]:
    """Every function and method in the ``.py`` files below ``root``, paths relative to
    ``relative_to`` (the repository: ``bnldesk/ui/meetings/editor.py``). Raises
    ``SyntaxError`` for a file Python cannot parse."""
    units: list[Unit] = []
    for file in sorted(root.rglob("*.py")):
        relative = file.relative_to(relative_to).as_posix()
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        units.extend(_units_in(tree, relative))
    return units


def long_units(over: int, root: Path = ROOT / "bnldesk", relative_to: Path = ROOT) -> list[Unit]:
    """The units below ``root`` longer than ``over`` lines, longest first (as
    :func:`all_units`)."""
    found = [unit for unit in all_units(root, relative_to) if unit.length > over]
    return sorted(found, key=lambda unit: (-unit.length, unit.path, unit.line))


def main(argv: list[str] | None = None) -> int:
    """Print the long units; exit 0 (a listing, not a check)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--over", type=int, default=60, help="list units longer than this")
    parser.add_argument("--root", type=Path, default=ROOT / "bnldesk", help="folder to read")
    options = parser.parse_args(argv)
    root = options.root.resolve()
    found = long_units(options.over, root, ROOT if root.is_relative_to(ROOT) else root.parent)
    for unit in found:
        print(f"{unit.length:4d}  {unit.name}  {unit.path}:{unit.line}")
    print(f"{len(found)} functions over {options.over} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
