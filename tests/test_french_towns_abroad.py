"""French: a town abroad the model labels MISC, and a unit named with an elided "d'" (issue 18).

The French model gives a small town abroad it does not know the label MISC ("le
contrôle de Sake", "de Kaédi et de Rosso"); after a preposition of place it is the
town when the article names the country the town lies in. "province d’Idleb" names the
unit by its seat with an elided "d'" (the store's :func:`admin_city`).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_words import admin_city
from geomap.records import Place


def _recognizer() -> tuple[object, spacy.language.Language]:
    from geomap.nlp.local import LocalToponymRecognizer

    places = [
        Place("cd", "DR Congo", "country", "CD", None, 90_000_000, 23.6, -2.9, "curated"),
        Place("sa", "Sake", "city", "CD", None, 17_000, 29.04, -1.57, "curated"),
        Place("ha", "Hamlet", "city", "CD", None, 2_000, 29.1, -1.6, "curated"),
        Place("fr", "France", "country", "FR", None, 68_000_000, 2.2, 46.2, "curated"),
        Place("no", "Noël", "city", "FR", None, 30_000, 2.0, 47.0, "curated"),
    ]
    gazetteer = Gazetteer.from_places(
        places,
        local_names=[
            ("fr", "Congo", "cd"),
            ("fr", "Sake", "sa"),
            ("fr", "Hamlet", "ha"),
            ("fr", "France", "fr"),
            ("fr", "Noël", "no"),
        ],
    )
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return LocalToponymRecognizer(gazetteer), nlp


def test_a_misc_entity_after_a_preposition_is_a_town_of_the_named_country() -> None:
    recognizer, nlp = _recognizer()

    def found(text: str, ents: dict[str, str]) -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        doc.ents = [
            Span(doc, words.index(w), words.index(w) + 1, label=lab) for w, lab in ents.items()
        ]
        return [s.text for s in recognizer(doc).spans["toponyms"]]  # type: ignore[operator]

    text = "Au Congo , les rebelles ont pris le contrôle de Sake ."
    assert found(text, {"Congo": "LOC", "Sake": "MISC"}) == ["Congo", "Sake"]
    # no country named, no preposition, too small a town, or a town at home: not a place
    assert found("Les rebelles ont pris le contrôle de Sake .", {"Sake": "MISC"}) == []
    text = "Au Congo , Sake est tombée ."
    assert found(text, {"Congo": "LOC", "Sake": "MISC"}) == ["Congo"]
    text = "Au Congo , les rebelles ont pris le contrôle de Hamlet ."
    assert found(text, {"Congo": "LOC", "Hamlet": "MISC"}) == ["Congo"]
    text = "En France , on fête la veille de Noël ."
    assert found(text, {"France": "LOC", "Noël": "MISC"}) == ["France"]


def test_a_unit_named_with_an_elided_de() -> None:
    assert admin_city("province d’Idleb", "fr") == "Idleb"
    assert admin_city("province d'Idleb", "fr") == "Idleb"
    assert admin_city("région de l’Est", "fr") is None  # an article: no seat's name
    assert admin_city("province d’origine", "fr") is None  # no name
    assert admin_city("d’Idleb", "fr") is None  # no unit word


def test_a_country_named_by_its_title_or_an_island_word() -> None:
    from geomap.gazetteer.foreign_forms import kind_phrase, river_word

    assert kind_phrase("Grand-Duché de Luxembourg", "fr") == ("Luxembourg", "country")
    assert kind_phrase("royaume du Maroc", "fr") == ("Maroc", "country")
    assert kind_phrase("île Maurice", "fr") == ("Maurice", "country")
    assert kind_phrase("royaume des cieux", "fr") is None  # no name
    # the island's word is no river's: "île Maurice" is not refused as "fleuve Niger" is
    assert river_word("fleuve", "fr") and not river_word("île", "fr")


def test_the_head_of_a_name_with_an_elided_de_is_no_place_of_its_own() -> None:
    from geomap.nlp.local_entities import cuts_name

    doc = spacy.blank("fr")("rejoindre l’Alpe d’Huez demain")
    words = [t.text for t in doc]
    assert words[1:5] == ["l’", "Alpe", "d’", "Huez"]
    ent = Span(doc, 1, 5, label="LOC")
    assert cuts_name(doc[2:3], ent)  # "Alpe" of "l’Alpe d’Huez"
    assert not cuts_name(doc[4:5], ent)  # "Huez": the entity's end
    doc = spacy.blank("fr")("la Russie de Poutine")
    assert not cuts_name(doc[1:2], Span(doc, 1, 4, label="LOC"))  # "de", not "d’"
