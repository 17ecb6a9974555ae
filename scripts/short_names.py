"""List the one-letter and cryptic names of the bnldesk package, where a reader has to guess.

    python3 scripts/short_names.py [--root bnldesk]

Prints ``file:line name (what it names)`` for every variable, parameter, loop variable,
``with ... as`` and ``except ... as`` name that is one letter or in :data:`CRYPTIC`, and the
count. Left alone: names inside comprehensions and lambdas (a reader sees the whole of them at
once), ``_``, type variables (``T = TypeVar("T")``), ``x`` and ``y`` (coordinates), the six
letters of a PDF transformation matrix ``a, b, c, d, e, f`` unpacked in one statement (the
PDF specification's own names for them), and the few names in :data:`KEPT`.

``tests/test_code_units.py`` keeps the count at zero.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Abbreviations met in this code that say less than the word they stand for.
CRYPTIC = frozenset({"st", "wg", "wgs", "rl", "mm", "nxt", "dsec", "deleg", "ch", "cur", "prev"})
MATRIX = ("a", "b", "c", "d", "e", "f")
COORDINATES = frozenset({"x", "y"})

# (path, name): why the name stays.
KEPT: dict[tuple[str, str], str] = {
    ("bnldesk/services/importer/docx_reader.py", "W"): (
        "the WordprocessingML namespace, written as Word's own w: prefix (f'{W}pPr' is w:pPr)"
    ),
    ("bnldesk/ui/i18n.py", "n"): "QTranslator.translate's own parameter, overridden",
    ("bnldesk/ui/importing/texts.py", "n"): "Qt's tr() parameter for the plural count",
}


@dataclass(frozen=True)
class ShortName:
    """A name a reader has to guess: where it is bound and what binds it."""

    path: str
    line: int
    name: str
    binding: str  # "variable", "parameter", "loop", "with", "except"


def _is_short(name: str) -> bool:
    if name in COORDINATES:
        return False
    return (len(name) == 1 and name != "_") or name in CRYPTIC


def _is_type_variable(value: ast.expr) -> bool:
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "TypeVar"
    )


def _is_matrix(target: ast.expr) -> bool:
    return (
        isinstance(target, ast.Tuple)
        and tuple(element.id if isinstance(element, ast.Name) else "" for element in target.elts)
        == MATRIX
    )


def _names(target: ast.expr) -> Iterator[ast.Name]:
    """The plain names a target binds (``a``, ``(a, b)``, ``[a, *b]``)."""
    if isinstance(target, ast.Name):
        yield target
    elif isinstance(target, ast.Tuple | ast.List):
        for element in target.elts:
            yield from _names(element)
    elif isinstance(target, ast.Starred):
        yield from _names(target.value)


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[ShortName] = []

    def _add(self, name: str, line: int, binding: str) -> None:
        if _is_short(name) and (self.path, name) not in KEPT:
            self.found.append(ShortName(self.path, line, name, binding))

    def _targets(self, target: ast.expr, binding: str) -> None:
        if _is_matrix(target):
            return
        for name in _names(target):
            self._add(name.id, name.lineno, binding)

    # Comprehensions and lambdas are read whole: their names are left alone.
    def visit_Lambda(self, node: ast.Lambda) -> None:
        return

    def visit_ListComp(self, node: ast.ListComp) -> None:
        return

    def visit_SetComp(self, node: ast.SetComp) -> None:
        return

    def visit_DictComp(self, node: ast.DictComp) -> None:
        return

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        return

    def visit_Assign(self, node: ast.Assign) -> None:
        if not _is_type_variable(node.value):
            for target in node.targets:
                self._targets(target, "variable")
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._targets(node.target, "variable")
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._targets(node.target, "variable")
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._targets(node.target, "variable")
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        self._targets(node.target, "loop")
        self.generic_visit(node)

    visit_AsyncFor = visit_For  # type: ignore[assignment]

    def visit_With(self, node: ast.With) -> None:
        for item in node.items:
            if item.optional_vars is not None:
                self._targets(item.optional_vars, "with")
        self.generic_visit(node)

    visit_AsyncWith = visit_With  # type: ignore[assignment]

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self._add(node.name, node.lineno, "except")
        self.generic_visit(node)

    def visit_arguments(self, node: ast.arguments) -> None:
        every = [*node.posonlyargs, *node.args, *node.kwonlyargs]
        every += [argument for argument in (node.vararg, node.kwarg) if argument is not None]
        for argument in every:
            self._add(argument.arg, argument.lineno, "parameter")
        self.generic_visit(node)


def short_names(root: Path = ROOT / "bnldesk", relative_to: Path = ROOT) -> list[ShortName]:
    """Every short name bound in the ``.py`` files below ``root`` (paths relative to
    ``relative_to``), in file and line order. Raises ``SyntaxError`` for a file Python cannot
    parse."""
    found: list[ShortName] = []
    for file in sorted(root.rglob("*.py")):
        finder = _Finder(file.relative_to(relative_to).as_posix())
        finder.visit(ast.parse(file.read_text(encoding="utf-8"), filename=str(file)))
        found.extend(sorted(finder.found, key=lambda short: short.line))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the short names; exit 0 (a listing, not a check)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT / "bnldesk", help="folder to read")
    options = parser.parse_args(argv)
    root = options.root.resolve()
    found = short_names(root, ROOT if root.is_relative_to(ROOT) else root.parent)
    for short in found:
        print(f"{short.path}:{short.line} {short.name} ({short.binding})")
    print(f"{len(found)} short names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
