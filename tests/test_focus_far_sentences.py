"""A name whose sentence speaks only of places far abroad is not put at the focus (abroad)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.nlp.abroad import far_from, focus_for
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


def test_a_sentence_of_far_places_abroad_gives_no_focus() -> None:
    text = "W Prisztinie i Mitrowicy spokój. W Kosowie spokój. Na Krymie i w Donbasie okupacja."
    s = _doc_spans(text, ["Prisztinie", "Mitrowicy", "Krymie", "Donbasie"])
    located = [
        (s["Prisztinie"], PRISTINA, 0.9),
        (s["Mitrowicy"], MITROVICA, 0.9),
        (s["Donbasie"], DONBAS, 0.9),
    ]
    focus = (PRISTINA, 0.5)
    assert far_from([s["Krymie"]], PRISTINA, located)
    assert focus_for([s["Krymie"]], focus, located) is None
    # a sentence naming the focus's country, or a place near it, keeps the focus
    near = [*located[:2], (s["Donbasie"], BELGRADE, 0.9)]  # Belgrade: 290 km away
    assert not far_from([s["Krymie"]], PRISTINA, near)
    assert focus_for([s["Krymie"]], focus, near) == focus
    # a sentence naming no place says nothing
    assert not far_from([s["Prisztinie"]], PRISTINA, located[2:])
