"""Where a recognised name begins and ends: abbreviations and dropped datelines (issue 16).

spacy.blank("en") with an entity ruler that labels the names as the small model does,
a tiny gazetteer with curated aliases, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from tests.blank_geoparse import TinyGazetteer, place

PLACES = [
    place("4826850", "West Virginia", "admin1", "US", 1_853_000, "ADM1"),
    place("5242283", "Vermont", "admin1", "US", 626_000, "ADM1"),
    place("2988507", "Paris", "city", "FR", 2_138_551, "PPLC"),
    place("4544349", "Oklahoma City", "city", "US", 649_021, "PPLA"),
]
ALIASES = {"W.Va.": "4826850", "Vt.": "5242283"}


class _AliasGazetteer(TinyGazetteer):
    """The tiny gazetteer with the curated aliases above."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            self._built.append(Gazetteer.from_places(self.places, aliases=ALIASES))
        return self._built[0]


_GAZ = _AliasGazetteer("geomap.test_name_bounds_gazetteer.v1", PLACES)


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    return _GAZ.nlp(patterns)


def _found(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


def test_the_period_of_an_abbreviated_name_is_part_of_it() -> None:
    # the tokenizer splits "W.Va." and "Vt." into the word and its period
    nlp = _nlp([("W.Va.", "GPE"), ("Vt.", "GPE"), ("Paris.", "GPE")])
    assert _found(nlp, "He was born in W.Va. -- and later moved.") == [("W.Va.", "4826850")]
    assert _found(nlp, "She lives in Vt., her sister said.") == [("Vt.", "5242283")]
    # a full name keeps no sentence-final period the model took into the entity
    assert _found(nlp, "She moved to Paris. Then she left.") == [("Paris", "2988507")]


def test_a_dateline_that_lost_its_separator_at_the_article_start() -> None:
    nlp = _nlp([])
    text = "OKLAHOMA CITY The Latest on teachers rallying for higher pay."
    assert _found(nlp, text) == [("OKLAHOMA CITY", "4544349")]
    # the same capitals later in the article, or before a lower-case word, are no dateline
    assert _found(nlp, "Teachers rallied. OKLAHOMA CITY The Latest on pay.") == []
    assert _found(nlp, "OKLAHOMA CITY teachers rallied for higher pay.") == []


def _tagged(nlp: Language, text: str, labels: list[tuple[int, str]]) -> list[str]:
    """The toponyms when the model tags the one-word entities ``(token index, label)``."""
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, i, i + 1, label=lab) for i, lab in labels]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_an_unknown_name_tagged_a_company_elsewhere_is_no_place() -> None:
    nlp = _nlp([])
    text = "Zorblax said it grew . Users in Zorblax and Paris like Zorblax ."
    # the model tags the unknown name GPE twice and ORG once; Paris is known
    assert _tagged(nlp, text, [(0, "ORG"), (7, "GPE"), (9, "GPE"), (11, "GPE")]) == ["Paris"]
    # tagged GPE only, it is taken on the model's word (unresolved)
    assert _tagged(nlp, text, [(0, "GPE"), (7, "GPE"), (9, "GPE")]) == [
        "Zorblax",
        "Zorblax",
        "Paris",
    ]
    # a known place stays a place where the model also tags it an organisation
    assert _tagged(nlp, "Paris said no . Rain in Paris .", [(0, "ORG"), (6, "GPE")]) == [
        "Paris",
        "Paris",
    ]


class _ExonymGazetteer(TinyGazetteer):
    """A tiny gazetteer where "Hargeisa" is the English name of Hargeysa."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Hargeisa", "57289", "exonym")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


def test_a_dateline_with_an_apostrophe_or_hyphens_or_an_english_name() -> None:
    places = [
        place("2427123", "N'Djamena", "city", "TD", 1_359_526, "PPLC"),
        place("3718426", "Port-au-Prince", "city", "HT", 1_234_742, "PPLC"),
        place("3", "Port", "city", "FR", 1_000, "PPL"),
        place("57289", "Hargeysa", "city", "SO", 477_876, "PPLA"),
        place("4", "Un", "admin1", "XX", 0, "ADM1"),
    ]
    gz = _ExonymGazetteer("geomap.test_datelines_gazetteer.v2", places)
    nlp = gz.nlp([])
    doc = nlp("HARGEISA, Somaliland (AP) - Protests spread.")
    assert [(s.text, s._.place.place_id) for s in doc.spans[TOPONYMS]] == [("HARGEISA", "57289")]
    doc = nlp("N'DJAMENA, Aug 14 (Reuters) - Refugees crossed.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["N'DJAMENA"]
    doc = nlp("N'DJAMENA: Refugees crossed.")  # a colon closes it too
    assert [s.text for s in doc.spans[TOPONYMS]] == ["N'DJAMENA"]
    # in a transcript, words in capitals and a colon are its speakers' labels
    doc = nlp("PORT: Refugees crossed. HARGEISA: Yes. PORT: They did.")
    assert [s.text for s in doc.spans[TOPONYMS]] == []
    doc = nlp("Refugees crossed. " * 20 + "PORT: Refugees crossed.")  # not at its start
    assert [s.text for s in doc.spans[TOPONYMS]] == []
    doc = nlp("UN: Refugees crossed.")  # too short for a colon's dateline
    assert [s.text for s in doc.spans[TOPONYMS]] == []
    doc = nlp("PORT: Refugees crossed.")  # a small town's name: a caption's label
    assert [s.text for s in doc.spans[TOPONYMS]] == []
    doc = nlp("PORT-AU-PRINCE, Oct 4 (Reuters) - Gangs attacked.")
    assert [(s.text, s._.place.place_id) for s in doc.spans[TOPONYMS]] == [
        ("PORT-AU-PRINCE", "3718426")
    ]
    # a dash after the capitals is the dateline's, not part of the name
    doc = nlp("PORT - The town was quiet.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["PORT"]


def test_a_two_word_name_ending_in_an_alias_keeps_no_sentence_final_period() -> None:
    """ "Bahir Dar." at a paragraph's end (user70b A6): "Dar" alone is only an alias."""
    gaz = TinyGazetteer(
        "geomap.test_name_bounds_two_words.v1",
        [place("1", "Bahar Dor", "city", "ET", 300_000), place("2", "Dora", "city", "SN", 4_000)],
        aliases={"Dor": "2"},
    )
    nlp = gaz.nlp([("Bahar Dor.", "GPE")])
    doc = nlp("Troops were seen in Bahar Dor.  Officials said it was calm.")
    assert [(s.text, s._.place.place_id) for s in doc.spans[TOPONYMS]] == [("Bahar Dor", "1")]
