"""A capitalised common noun inside a longer name is no town met by its lemma."""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_towns import common_noun_in_name
from geomap.records import Place


def _recognizer() -> LocalToponymRecognizer:
    places = [
        Place("pu", "Pushchino", "city", "RU", None, 20_000, 37.61, 54.83, "curated"),
        Place("ha", "Hajnówka", "city", "PL", None, 20_000, 23.58, 52.74, "curated"),
    ]
    # the built gazetteer indexes Pushchino's Polish "Puszczyna" under its lemma "puszcza",
    # the common noun (forest): an alternate name
    gazetteer = Gazetteer.from_places(
        places, local_names=[("pl", "Hajnówka", "ha")], other_names=[("puszcza", "pu", "alternate")]
    )
    return LocalToponymRecognizer(gazetteer)


def test_a_forests_name_is_not_a_town_by_its_common_nouns_lemma() -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    recognizer = _recognizer()
    assert recognizer.gazetteer.candidates("Puszczy", "pl")  # the lemma meets the town
    doc = recognizer(nlp("Ukrywali się w Puszczy Białowieskiej i w Hajnówce ."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Hajnówce"]
    doc = spacy.blank("pl")("Ukrywali się w Puszczy Białowieskiej .")
    assert common_noun_in_name(doc[3], "pl")
    # a town's own name, or a word beside no other capitalised word, is not such a noun
    assert not common_noun_in_name(spacy.blank("pl")("w Krakowie Jan")[1], "pl")
    assert not common_noun_in_name(spacy.blank("pl")("w Puszczy nocą")[1], "pl")


def test_a_common_noun_in_a_name_is_no_small_place_abroad_by_its_own_name() -> None:
    places = [
        Place("st", "Straža", "city", "SI", None, 2_000, 15.07, 45.78, "curated"),
        Place("sta", "Straža", "admin1", "SI", None, 2_000, 15.07, 45.78, "curated"),
        Place("sl", "Słubice", "city", "PL", None, 17_000, 14.56, 52.35, "curated"),
    ]
    gazetteer = Gazetteer.from_places(places, local_names=[("pl", "Słubice", "sl")])
    recognizer = LocalToponymRecognizer(gazetteer)
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    # "ze Strażą Graniczną": the Border Guard (lemma "straż"), not the village Straža,
    # which its own name (folded) meets
    assert recognizer.gazetteer.candidates("Strażą", "pl")
    doc = recognizer(nlp("Kontrole ze Strażą Graniczną w Słubicach ."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Słubicach"]
    # beside no other capitalised word it is read as before
    doc = recognizer(nlp("Kontrole ze Strażą w Słubicach ."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Strażą", "Słubicach"]
