"""Rules found on the hand-written conflict paragraphs of batch ``d8-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the parse,
the words, heads, dependency labels, parts of speech and lemmas are given by hand.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.records import Place
from tests.blank_geoparse import Row, TinyGazetteer, parsed_toponyms, place, placed, toponyms

PLACES: list[Place] = [
    place("703448", "Kyiv", "city", "UA", 2_797_553, "PPLC", 30.52, 50.45),
    place("2988507", "Paris", "city", "FR", 2_138_551, "PPLC", 2.35, 48.85),
    place("241131", "Victoria", "city", "SC", 22_881, "PPLC", 55.45, -4.62),
    place("3457419", "Mato Grosso", "admin1", "BR", 3_035_122, "ADM1", -55.42, -12.64),
    place("3457415", "Mato Grosso do Sul", "admin1", "BR", 2_338_572, "ADM1", -54.85, -20.33),
    place("1707667", "Province of Lanao del Sur", "admin1", "PH", 1_000_000, "ADM1", 124.3, 7.8),
    place("2294076", "Western", "admin1", "GH", 988_215, "ADM1", -2.0, 5.18),
    place("3191281", "Sarajevo", "city", "BA", 696_731, "PPLC", 18.36, 43.85),
    place("8774638", "Second Thomas Shoal", "water", "", 0, "SHOL", 115.87, 9.75),
    place("3947421", "Apurímac Department", "admin1", "PE", 141_140, "ADM1", -73.1, -13.89),
    place("3474414", "Falkland Islands", "country", "FK", 2_638, "PCLD", -59.5, -51.75),
    place("3865483", "Argentina", "country", "AR", 44_494_502, "PCLI", -64.0, -34.0),
    place("2643736", "Derry", "city", "GB", 83_652, "PPLA2", -7.31, 55.0),
    place("1812869", "Diaoyumiao", "city", "CN", 0, "PPL", 119.97, 33.09),
]
_GAZ = TinyGazetteer(
    "geomap.test_conflict_d8_gazetteer.v1",
    PLACES,
    other_names=(
        ("Lanao del Sur", "1707667", "alternate"),
        ("Apurimac", "3947421", "alternate"),
        ("Diaoyu", "1812869", "alternate"),
    ),
)


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    return _GAZ.nlp(patterns)


_found = toponyms
_places = placed
_parsed = parsed_toponyms


def _reported(subject: str, verb: str = "said", lemma: str = "say") -> list[Row]:
    """ "Officials <verb> <subject> was calm ." parsed."""
    return [
        ("Officials", 1, "nsubj", "NOUN", "official"),
        (verb, 1, "ROOT", "VERB", lemma),
        (subject, 3, "nsubj", "PROPN", subject),
        ("was", 1, "ccomp", "AUX", "be"),
        ("calm", 3, "acomp", "ADJ", "calm"),
        (".", 1, "punct", "PUNCT", "."),
    ]


def test_a_capital_taken_for_a_person_is_the_place_as_the_subject_of_reported_speech() -> None:
    nlp = _nlp([("Kyiv", "PERSON"), ("Victoria", "PERSON"), ("Paris", "PERSON")])
    assert _parsed(nlp, _reported("Kyiv")) == ["Kyiv"]
    # not after a verb that does not report speech, nor a small capital
    assert _parsed(nlp, _reported("Kyiv", "knew", "know")) == []
    assert _parsed(nlp, _reported("Victoria")) == []


def test_a_passive_subject_of_reported_speech_or_a_first_name_stays_a_person() -> None:
    nlp = _nlp([("Paris Hilton", "PERSON"), ("Paris", "PERSON")])
    passive = [
        ("Police", 1, "nsubj", "NOUN", "police"),
        ("said", 1, "ROOT", "VERB", "say"),
        ("Paris", 4, "nsubjpass", "PROPN", "Paris"),
        ("was", 4, "auxpass", "AUX", "be"),
        ("injured", 1, "ccomp", "VERB", "injure"),
        (".", 1, "punct", "PUNCT", "."),
    ]
    assert _parsed(nlp, passive) == []
    named = [
        ("Paris", 1, "compound", "PROPN", "Paris"),
        ("Hilton", 2, "nsubj", "PROPN", "Hilton"),
        ("arrived", 2, "ROOT", "VERB", "arrive"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    shifted = [(w, h + 4, d, p, lem) for w, h, d, p, lem in _reported("Paris")]
    assert _parsed(nlp, named + shifted) == []
    assert _parsed(nlp, _reported("Paris")) == ["Paris"]


def test_a_name_cut_before_a_particle_runs_on_to_the_longer_name() -> None:
    nlp = _nlp([("Mato Grosso", "PERSON"), ("Lanao", "GPE")])
    text = "Police found cocaine in Mato Grosso do Sul on Monday."
    assert _places(nlp, text) == [("Mato Grosso do Sul", "3457415")]
    # a unit's other name too
    assert _found(nlp, "Clashes in Lanao del Sur province.") == ["Lanao del Sur"]
    # a longer name the gazetteer lacks is kept whole and is not its head's place
    # (geomap.nlp.particle_heads: "the Adrar des Ifoghas" is no Adrar)
    assert _places(nlp, "Police found cocaine in Mato Grosso do Norte.") == [
        ("Mato Grosso do Norte", None)
    ]


def test_a_generic_word_as_an_adjective_before_a_noun_is_no_place() -> None:
    nlp = _nlp([("Western", "NORP"), ("Sarajevo", "GPE")])
    pos = {"Western": "ADJ"}

    def found(text: str) -> list[str]:
        doc = nlp.make_doc(text)
        for tok in doc:
            tok.pos_ = pos.get(tok.text, "PROPN" if tok.is_title else "NOUN")
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return [s.text for s in doc.spans[TOPONYMS]]

    assert found("Western envoys in Sarajevo warned of war.") == ["Sarajevo"]
    # before a unit noun, the unit
    assert found("Floods hit Western province on Monday.") == ["Western"]


def test_an_ordinal_word_that_begins_a_name_does_not_block_the_scan() -> None:
    nlp = _nlp([("Second", "ORDINAL")])
    text = "Coast guard ships boarded two boats on the Second Thomas Shoal on Monday."
    assert _places(nlp, text) == [("Second Thomas Shoal", "8774638")]
    assert _found(nlp, "The Second Thomas went home.") == []


def test_a_unit_short_name_tagged_norp_after_a_preposition_of_place() -> None:
    nlp = _nlp([("Apurimac", "NORP")])
    text = "The government declared a state of emergency in Apurimac on Monday."
    assert _places(nlp, text) == [("Apurimac", "3947421")]
    assert _found(nlp, "Apurimac leaders met on Monday.") == []


def test_a_place_s_other_name_given_beside_it_is_the_same_place() -> None:
    nlp = _nlp(
        [
            ("Argentina", "GPE"),
            ("Falkland Islands", "GPE"),
            ("Malvinas", "ORG"),
            ("Derry", "GPE"),
            ("Londonderry", "PERSON"),
            ("Diaoyu", "PRODUCT"),
        ]
    )
    text = "Argentina claims the Falkland Islands, which it calls the Malvinas, again."
    assert _places(nlp, text) == [
        ("Argentina", "3865483"),
        ("Falkland Islands", "3474414"),
        ("Malvinas", "3474414"),
    ]
    assert _found(nlp, "Riots broke out in Derry, also known as Londonderry.") == [
        "Derry",
        "Londonderry",
    ]
    # the other name of a place the gazetteer lacks is not its own namesake
    text = "Ships entered waters around the Tarku islands, which Beijing calls the Diaoyu."
    assert ("Diaoyu", "1812869") not in _places(nlp, text)
    # no toponym before it: nothing
    assert _found(nlp, "The company, called Malvinas, said nothing.") == []


def test_a_demonym_that_is_only_an_alias_is_no_place_before_the_word_it_modifies() -> None:
    import spacy

    from geomap.gazetteer import Gazetteer
    from geomap.nlp.name_shapes import demonym_as_modifier

    gz = Gazetteer.from_places(
        [
            place("102358", "Saudi Arabia", "country", "SA", 33_699_947, "PCLI", 45.0, 25.0),
            place("444187", "Somali", "admin1", "ET", 5_000_000, "ADM1", 44.0, 7.0),
        ],
        aliases={"Saudi": "102358"},
        demonyms={"Saudi": "102358", "Somali": "444187"},
    )
    nlp = spacy.blank("en")

    def modifier(text: str, word: str) -> bool:
        doc = nlp(text)
        i = next(t.i for t in doc if t.text == word)
        return demonym_as_modifier(doc[i : i + 1], gz)

    assert modifier("the Saudi-led coalition said", "Saudi")
    assert modifier("Saudi officials met", "Saudi")
    assert not modifier("He moved to Saudi in 2010", "Saudi")
    # an entry's own name too: left to the other rules
    assert not modifier("Somali officials met", "Somali")
