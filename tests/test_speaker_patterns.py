"""German, Polish and Ukrainian speakers read without a parser (geomap.claims.pattern_frames).

Each doc is ``spacy.blank`` with a sentencizer and its place mentions given as the
``toponyms`` span group; the component is the real ``LocalAttribution`` reading by word
order (lemmas from simplemma).  Fixtures are made-up sentences.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.local_attribution import LocalAttribution
from geomap.claims.pattern_phrases import nominative
from geomap.extensions import register_extensions
from geomap.records import Speaker


def _speakers(lang: str, text: str, places: list[str]) -> dict[str, Speaker | None]:
    """Each place's speaker in ``text`` (its first occurrence), read in ``lang``."""
    register_extensions()
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    doc: Doc = nlp(text)
    spans = []
    for place in places:
        at = text.index(place)
        spans.append(doc.char_span(at, at + len(place)))
    doc.spans["toponyms"] = spans
    LocalAttribution(nlp, parser="patterns")(doc)
    return {s.text: s._.source for s in doc.spans["toponyms"]}


def _name(found: dict[str, Speaker | None], place: str) -> str | None:
    record = found[place]
    return None if record is None else record.name


def test_german_quote_then_inverted_verb_names_the_person_and_role() -> None:
    found = _speakers(
        "de",
        "„Die Deiche in Lebus werden halten“, sagte Bürgermeisterin Anna Weber am Dienstag.",
        ["Lebus"],
    )
    record = found["Lebus"]
    assert record is not None
    assert (record.name, record.role, record.kind, record.lemma) == (
        "Anna Weber", "Bürgermeisterin", "person", "sagen",
    )  # fmt: skip


def test_german_nach_angaben_zufolge_and_a_particle_verb_pointing_back() -> None:
    text = (
        "Nach Angaben des Umweltamtes stieg der Pegel in Görlitz. Weber zufolge bleiben "
        "die Schulen in Guben zu. Die Fähre nach Usedom fährt nicht. Das teilte das "
        "Verkehrsministerium mit."
    )
    found = _speakers("de", text, ["Görlitz", "Guben", "Usedom"])
    assert found["Görlitz"] is not None and found["Görlitz"].kind == "government"
    assert _name(found, "Guben") == "Weber"
    assert found["Usedom"] is not None and found["Usedom"].lemma == "mitteilen"
    assert "Verkehrsministerium" in found["Usedom"].name


def test_a_narrative_sentence_naming_a_person_has_no_speaker() -> None:
    found = _speakers("de", "Kanzler Max Roth besuchte am Montag Dresden.", ["Dresden"])
    assert found["Dresden"] is None


def test_polish_dropped_subject_after_a_quote_is_the_last_person_named() -> None:
    text = (
        "Prezydent Jan Nowak powiedział, że Kraków dostanie pomoc. „Tarnów też ją "
        "dostanie” – dodał."
    )
    found = _speakers("pl", text, ["Kraków", "Tarnów"])
    assert _name(found, "Kraków") == "Jan Nowak"
    assert found["Kraków"] is not None and found["Kraków"].role == "Prezydent"
    assert _name(found, "Tarnów") == "Jan Nowak"


def test_the_clause_after_ale_has_its_own_speaker() -> None:
    text = (
        "Rząd Czech obiecał pomoc dla Ostrawy, ale Jan Kowal oświadczył, że Brno nie "
        "potrzebuje wsparcia."
    )
    found = _speakers("pl", text, ["Ostrawy", "Brno"])
    assert _name(found, "Brno") == "Jan Kowal"
    assert found["Ostrawy"] is not None and found["Ostrawy"].kind == "government"


def test_ukrainian_body_after_an_impersonal_verb_and_a_possessive_pronoun() -> None:
    text = (
        "Як повідомили в міністерстві оборони, біля Сум збили дрон. Речниця області "
        "Олена Бойко заявила, що в Конотопі спокійно. За її словами, у Ромнах працюють "
        "укриття."
    )
    found = _speakers("uk", text, ["Сум", "Конотопі", "Ромнах"])
    assert found["Сум"] is not None and found["Сум"].kind == "government"
    assert "міністерстві" in found["Сум"].name
    assert _name(found, "Конотопі") == "Олена Бойко"
    assert _name(found, "Ромнах") == "Олена Бойко"


def test_polish_wedlug_stops_the_name_before_the_clause() -> None:
    text = "Według ministra obrony Adama Lisa rozmowy w Gdyni potrwają dwa dni."
    found = _speakers("pl", text, ["Gdyni"])
    assert _name(found, "Gdyni") == "Adama Lisa"


def test_a_name_in_an_oblique_case_is_compared_in_its_lemma() -> None:
    assert nominative("Zełenskiego", "pl") == "Zełenski"
    assert nominative("Zurabiszwili", "pl") == "Zurabiszwili"  # no case ending: as written


def test_a_place_is_no_speaker_and_a_left_out_subject_needs_an_empty_clause() -> None:
    text = "Prezydent Jan Nowak powiedział to w Sejmie. Polska przekazała pomoc do Lwowa."
    found = _speakers("pl", text, ["Polska", "Lwowa"])
    assert found["Polska"] is None and found["Lwowa"] is None
