"""The layers docs/DESIGN.md names: ``nlp/`` and ``claims/`` never import each other,
``io/`` imports neither ``run`` nor ``nlp`` (read from the source, imports inside
functions too)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "geomap"


def _imports(folder: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
        out[str(path.relative_to(PACKAGE))] = names
    return out


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("nlp", ("geomap.claims",)),
        ("claims", ("geomap.nlp",)),
        ("io", ("geomap.run", "geomap.nlp")),
    ],
)
def test_a_layer_imports_none_it_must_not(folder: str, forbidden: tuple[str, ...]) -> None:
    found = {
        module: sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in forbidden))
        for module, names in _imports(folder).items()
    }
    assert {m: n for m, n in found.items() if n} == {}
    assert len(found) > 10  # the folder was read
