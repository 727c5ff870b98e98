"""Registries of entry-point groups no package declares are not searched on every read."""

from __future__ import annotations

from typing import Any

import catalogue
import pytest

from geomap.entry_points import _known_registries, declared_groups, skip_empty_entry_points


def test_only_the_registries_of_undeclared_groups_stop_searching() -> None:
    undeclared = catalogue.Registry(("geomap-test", "nothing-declares-this"), entry_points=True)
    # geomap declares its spaCy components in spacy_factories (pyproject.toml)
    declared = catalogue.Registry(("spacy", "factories"), entry_points=True)
    closed = catalogue.Registry(("geomap-test", "closed"), entry_points=False)
    assert skip_empty_entry_points([undeclared, declared, closed]) == 1
    assert undeclared.entry_points is False
    assert declared.entry_points is True
    assert closed.entry_points is False


def test_every_known_registry_reads_the_same_after(monkeypatch: pytest.MonkeyPatch) -> None:
    registries = _known_registries()
    for registry in registries:  # restored after the test
        monkeypatch.setattr(registry, "entry_points", registry.entry_points)
    before: dict[Any, dict[str, Any]] = {id(r): r.get_all() for r in registries}
    groups = declared_groups(catalogue.AVAILABLE_ENTRY_POINTS)
    searched = {id(r) for r in registries if r.entry_points}
    skip_empty_entry_points()
    for registry in registries:
        assert registry.get_all() == before[id(registry)]
        still = id(registry) in searched and registry.entry_point_namespace in groups
        assert registry.entry_points is still
    import srsly.msgpack

    assert srsly.msgpack.msgpack_decoders in registries


def test_groups_are_read_from_either_shape_of_entry_points() -> None:
    class Found:
        groups = frozenset({"a", "b"})

    assert declared_groups(Found()) == {"a", "b"}
    assert declared_groups({"a": [], "c": []}) == {"a", "c"}
