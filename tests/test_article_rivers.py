"""A name after a German or French article with no area of that name is no small town."""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local_filters import no_town
from geomap.records import Place


def test_a_river_the_gazetteer_lacks_is_not_a_village_abroad() -> None:
    places = [
        Place("al", "Alle", "city", "CH", None, 1_700, 7.13, 47.43, "geonames"),
        Place("kv", "Kyiv", "city", "UA", None, 2_900_000, 30.52, 50.45, "geonames"),
    ]
    gazetteer = Gazetteer.from_places(places, local_names=[("de", "Aller", "al")])
    nlp = spacy.blank("de")

    def kept(text: str, name: str) -> list[str]:
        doc = nlp(text)
        i = [t.text for t in doc].index(name)
        span = doc[i : i + 1]
        return [c.place.place_id for c in no_town(gazetteer.candidates(name, "de"), [span])]

    # "über die Aller": a river; the only candidate, a village in Switzerland, goes
    assert kept("Die Brücke über die Aller bleibt gesperrt .", "Aller") == []
    assert kept("Der Zug fährt nach Aller .", "Aller") == ["al"]  # no article: a town
    # a city of 20,000 people or more stays after an article
    gazetteer = Gazetteer.from_places(places, local_names=[("de", "Kiew", "kv")])
    assert kept("Das Kiew der Nachkriegszeit .", "Kiew") == ["kv"]


def test_a_german_bank_preposition_before_a_list_rules_out_a_town() -> None:
    from geomap.nlp.local_filters import after_natural_preposition

    nlp = spacy.blank("de")

    def natural(text: str, name: str) -> bool:
        doc = nlp(text)
        i = [t.text for t in doc].index(name)
        return after_natural_preposition(doc[i : i + 1])

    assert natural("Hochwasser an Weser und Aller .", "Aller")
    assert natural("Hochwasser an Mosel , Saar und Lahn .", "Lahn")
    assert natural("Pegel am Main steigen .", "Main")
    assert not natural("Hochwasser in Hameln und Celle .", "Celle")
    # a word for the kind between: the island, and the town on it, "Insel Borkum"
    assert not natural("Bohrungen vor der Insel Borkum .", "Borkum")
