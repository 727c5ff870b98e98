"""A gazetteer's caches live with it: nothing process-wide keeps one alive after a run."""

from __future__ import annotations

import gc
import weakref

import spacy
from spacy.util import registry

from geomap.extensions import register_extensions
from geomap.gazetteer import Gazetteer
from geomap.geoparser import Geoparser
from geomap.instance_cache import per_first_argument, per_instance
from geomap.nlp import named_countries
from geomap.records import Article, Place
from geomap.run import geoparse_articles
from geomap.settings import Settings

_HELD: list[Gazetteer] = []


@registry.misc("geomap.test_lifetime_gazetteer.v1")
def _held() -> Gazetteer:
    return _HELD[0]


def _place(pid: str, name: str, ftype: str, cc: str, pop: int) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 21.0, 42.6, "curated")


def _run_once() -> weakref.ref[Gazetteer]:
    gazetteer = Gazetteer.from_places(
        [
            _place("1", "Kosovo", "country", "XK", 1_800_000),
            _place("2", "Pristina", "city", "XK", 200_000),
        ],
        local_names=[("ru", "Косово", "1")],
    )
    _HELD.append(gazetteer)
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Pristina"}])  # type: ignore[attr-defined]
    ref = {"@misc": "geomap.test_lifetime_gazetteer.v1"}
    nlp.add_pipe("geomap_toponyms", config={"gazetteer": ref})
    nlp.add_pipe("geomap_resolver", config={"gazetteer": ref})
    result = geoparse_articles(
        [Article("a", "Talks resumed in Pristina on Monday.", "a.txt")],
        geoparser=Geoparser(Settings(), nlp=nlp),
    )
    assert list(result.mentions["name"]) == ["Pristina"]
    # the caches reached through a Russian article's country names, too
    assert named_countries._guessed_country(gazetteer, "Косова", "ru") == frozenset({"XK"})
    assert gazetteer.country("XK") is not None and gazetteer.get("2") is not None
    _HELD.clear()
    return weakref.ref(gazetteer)


def test_a_gazetteer_is_collected_once_a_run_is_over() -> None:
    gone = _run_once()
    gc.collect()
    assert gone() is None


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    @per_instance(maxsize=8)
    def double(self, x: int) -> int:
        self.calls += 1
        return 2 * x


@per_first_argument(maxsize=8)
def _plus(counter: _Counter, x: int) -> int:
    counter.calls += 1
    return x + 1


def test_per_instance_caches_cache_for_each_instance_and_go_with_it() -> None:
    a, b = _Counter(), _Counter()
    assert [a.double(2), a.double(2), b.double(2), _plus(a, 1), _plus(a, 1)] == [4, 4, 4, 2, 2]
    assert (a.calls, b.calls) == (2, 1)  # each instance computed once per argument
    gone = weakref.ref(a)
    del a
    assert gone() is None  # no cycle: freed at once, not only by the collector
