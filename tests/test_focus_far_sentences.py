"""A name whose sentence speaks only of places far abroad: a doubtful focus (abroad)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.abroad import far_from
from geomap.records import Place


def _place(pid: str, ftype: str, cc: str, lat: float, lon: float) -> Place:
    return Place(pid, pid, ftype, cc, None, 100_000, lat, lon, "curated")


PRISTINA = _place("pristina", "city", "XK", 42.67, 21.17)
MITROVICA = _place("mitrovica", "city", "XK", 42.89, 20.87)
DONBAS = _place("donbas", "region", "UA", 48.0, 38.0)
BELGRADE = _place("belgrade", "city", "RS", 44.8, 20.46)


def _doc_spans(text: str, names: list[str]) -> dict[str, Span]:
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    out = {}
    for name in names:
        start = text.index(name)
        span = doc.char_span(start, start + len(name))
        assert span is not None
        out[name] = span
    return out


def test_a_sentence_of_far_places_abroad_is_far_from_the_focus() -> None:
    text = "W Prisztinie i Mitrowicy spokój. W Kosowie spokój. Na Krymie i w Donbasie okupacja."
    s = _doc_spans(text, ["Prisztinie", "Mitrowicy", "Krymie", "Donbasie"])
    located = [
        (s["Prisztinie"], PRISTINA, 0.9),
        (s["Mitrowicy"], MITROVICA, 0.9),
        (s["Donbasie"], DONBAS, 0.9),
    ]
    assert far_from([s["Krymie"]], PRISTINA, located)
    # a sentence naming the focus's country, or a place near it, is not far
    near = [*located[:2], (s["Donbasie"], BELGRADE, 0.9)]  # Belgrade: 290 km away
    assert not far_from([s["Krymie"]], PRISTINA, near)
    # a sentence naming no place says nothing
    assert not far_from([s["Prisztinie"]], PRISTINA, located[2:])


def test_the_focus_of_a_far_sentence_is_below_the_low_confidence_line() -> None:
    from geomap.nlp.abroad import FAR_FOCUS_CONFIDENCE
    from tests.blank_geoparse import TinyGazetteer

    orvo = Place("1", "Orvo", "city", "VS", None, 900_000, 44.8, 41.7, "t", "PPLC")
    brenton = Place("2", "Brenton", "city", "ZZ", None, 500_000, 33.7, -84.4, "t", "PPL")
    gaz = TinyGazetteer("geomap.test_focus_far_sentences.v1", [orvo, brenton])
    text = (
        "Floods hit Orvo. Orvo was dark and Orvo waited. "
        "The Kessel Works shut down and Brenton waited."
    )
    out = {m.text: m for m in gaz.resolve_named(text, ["Orvo", "Brenton", "Kessel Works"])}
    far = out["Kessel Works"]
    assert far.place is not None and far.place.place_id == "1" and far.located_by == "focus"
    assert far.confidence <= FAR_FOCUS_CONFIDENCE < 0.5
    assert "far from there" in far.reason
    near = gaz.resolve_named(
        "Floods hit Orvo. The Kessel Works shut down.", ["Orvo", "Kessel Works"]
    )
    assert near[1].place is not None and near[1].confidence > FAR_FOCUS_CONFIDENCE
