"""One bad name never wipes an article: a failing rule is contained (geomap.containment)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from blank_geoparse import TinyGazetteer, place

from geomap import containment
from geomap.batches import article_result
from geomap.doc_mentions import article_mentions
from geomap.errors import GazetteerCorruptError
from geomap.extensions import TOPONYMS, register_extensions
from geomap.nlp import recognizer, resolver
from geomap.records import Article

GAZ = TinyGazetteer(
    "geomap.test_containment_gazetteer.v1",
    [
        place("1", "Kyiv", "city", "UA", 3_000_000),
        place("2", "Odesa", "city", "UA", 1_000_000, lon=30.7, lat=46.5),
    ],
)
TEXT = "Rain fell in Kyiv. Sirens sounded in Odesa."
PATTERNS = [("Kyiv", "GPE"), ("Odesa", "GPE")]


@pytest.fixture
def lenient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Containment on (the suite otherwise runs with GEOMAP_STRICT_RULES=1)."""
    monkeypatch.delenv(containment.STRICT_ENV, raising=False)


def _fails_on(word: str, real: Any) -> Any:
    """``real``, raising when its doc holds ``word``."""

    def rule(doc: Any, *args: Any, **kwargs: Any) -> Any:
        if word in doc.text:
            raise RuntimeError(f"rule broke on {word}")
        return real(doc, *args, **kwargs)

    return rule


def test_a_failing_recognition_rule_costs_one_sentence_not_the_article(
    lenient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recognizer, "other_names", _fails_on("Odesa", recognizer.other_names))
    doc = GAZ.nlp(PATTERNS)(TEXT)
    # the sentence the rule fails on keeps the model's entity; the other is read whole
    assert [(s.text, s._.place.name) for s in doc.spans[TOPONYMS]] == [
        ("Kyiv", "Kyiv"),
        ("Odesa", "Odesa"),
    ]
    failures = doc._.rule_failures
    assert failures[0].startswith("recognition failed (RuntimeError: rule broke on Odesa)")
    assert failures[1].startswith("recognition: sentence 2 failed (RuntimeError")
    assert len(failures) == 2


def test_a_failing_resolution_leaves_one_name_unplaced(
    lenient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = resolver.kinds_named

    def kinds_named(gazetteer: Any, cands: Any, spans: Any) -> Any:
        if spans[0].text == "Odesa":
            raise KeyError("odd name")
        return real(gazetteer, cands, spans)

    monkeypatch.setattr(resolver, "kinds_named", kinds_named)
    doc = GAZ.nlp(PATTERNS)(TEXT)
    placed = [(s.text, s._.place and s._.place.name, s._.confidence) for s in doc.spans[TOPONYMS]]
    assert placed[0][:2] == ("Kyiv", "Kyiv") and placed[0][2] > 0
    assert placed[1] == ("Odesa", None, 0.0)
    assert doc._.rule_failures == (
        "resolution failed (KeyError: 'odd name')",
        "resolution: 'Odesa' failed (KeyError: 'odd name')",
    )


def test_a_failing_attribution_leaves_no_speaker(
    lenient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geomap.claims import attribution

    def broken(*_args: Any) -> Any:
        raise IndexError("bad quote")

    monkeypatch.setattr(attribution, "with_entities", broken)
    nlp = GAZ.nlp(PATTERNS)
    nlp.add_pipe("geomap_attribution")
    doc = nlp(TEXT)
    assert [s._.place.name for s in doc.spans[TOPONYMS]] == ["Kyiv", "Odesa"]
    assert all(s._.speaker is None and s._.source is None for s in doc.spans[TOPONYMS])
    assert doc._.rule_failures == ("attribution failed (IndexError: bad quote)",)


def test_strict_mode_and_deliberate_errors_still_raise(
    lenient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def corrupt(doc: Any, *_args: Any) -> Any:
        raise GazetteerCorruptError("gazetteer.sqlite is damaged")

    monkeypatch.setattr(recognizer, "other_names", corrupt)
    with pytest.raises(GazetteerCorruptError):  # a broken gazetteer stops the run
        GAZ.nlp(PATTERNS)(TEXT)
    monkeypatch.setattr(recognizer, "other_names", _fails_on("Odesa", lambda d, f: []))
    monkeypatch.setenv(containment.STRICT_ENV, "1")
    with pytest.raises(RuntimeError, match="rule broke on Odesa"):
        GAZ.nlp(PATTERNS)(TEXT)


def test_the_failures_become_warnings_of_the_article(
    lenient: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recognizer, "other_names", _fails_on("Odesa", recognizer.other_names))
    doc = GAZ.nlp(PATTERNS)(TEXT)
    mentions = next(article_mentions([(doc, TEXT, 0, True)]))
    status = article_result(Article("a1", TEXT, "feed/a1.txt"), mentions).status
    assert status.status == "ok" and status.resolved == 2
    assert len(status.warnings) == 2
    assert status.warnings[1].startswith(
        "feed/a1.txt: recognition: sentence 2 failed (RuntimeError: rule broke on Odesa); "
        "the rest of the article was read"
    )


def test_an_article_without_failures_has_no_warning() -> None:
    register_extensions()
    doc = spacy.blank("en")("Nothing here.")
    mentions = next(article_mentions([(doc, doc.text, 0, True)]))
    assert mentions.failures == ()
    assert article_result(Article("a", doc.text, "a.txt"), mentions).status.warnings == ()
