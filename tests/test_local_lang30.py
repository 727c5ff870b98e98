"""Mechanisms found on the fresh dev articles of branch lang30 (issue 18).

French and German compass words fused to a foreign name ("Nord-Kivu", "Süd-Kivu")
and Polish w for a foreign name's v ("w Mitrowicy").
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.foreign_forms import compass_english, polish_v_keys
from geomap.records import Place


def test_compass_words_get_their_english_form() -> None:
    assert compass_english("Nord-Kivu", "fr") == "North Kivu"
    assert compass_english("Sud-Ouest-Kivu", "fr") == "Southwest Kivu"
    assert compass_english("Süd-Kivu", "de") == "South Kivu"
    assert compass_english("Südsudan", "de") == "South Sudan"
    assert compass_english("Nord-Pas-de-Calais", "fr") is None  # not one word after it
    assert compass_english("Nordkivu", "fr") is None  # French joins it by a hyphen
    assert compass_english("Nord-Kivu", "pl") is None


def test_polish_v_keys() -> None:
    assert polish_v_keys(("mitrowica", "kosowo", "gdynia")) == ("mitrovica", "kosovo")


def _gazetteer() -> Gazetteer:
    places = [
        Place("nk", "North Kivu", "admin1", "CD", None, 6_000_000, 29.0, -1.0, "curated"),
        Place("nkt", "North Kivu", "city", "US", None, 900, -90.0, 40.0, "curated"),
        Place("mi", "Mitrovica", "city", "XK", None, 100_000, 20.87, 42.89, "curated"),
        Place("nv", "Novy", "city", "RU", None, 1_300, 40.0, 55.0, "curated"),
    ]
    return Gazetteer.from_places(places)


def test_a_compass_name_meets_its_english_form() -> None:
    gz = _gazetteer()
    # the unit, not a village of that English name
    assert [c.place.place_id for c in gz.candidates("Nord-Kivu", "fr")] == ["nk"]
    assert [c.place.place_id for c in gz.candidates("Nordkivu", "de")] == ["nk"]
    assert gz.candidates("Nord-Kivu", "pl") == []


def test_a_polish_w_meets_a_foreign_v() -> None:
    gz = _gazetteer()
    assert [c.place.place_id for c in gz.candidates("Mitrowicy", "pl")] == ["mi"]
    assert gz.candidates("Mitrowicy", "de") == []
    # a small town abroad is too far a guess ("pod Nowym Światem")
    assert gz.candidates("Nowym", "pl") == []


def test_an_article_and_a_name_that_a_longer_name_goes_on_from() -> None:
    import spacy

    from geomap.nlp.local import LocalToponymRecognizer

    places = [
        Place("lg", "La Grande", "water", "CA", None, 0, -77.0, 53.8, "curated"),
        Place("gr", "Grande", "water", "BR", None, 0, -49.0, -20.0, "curated"),
    ]
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places))
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = recognizer(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Le bateau remonte la Grande .") == ["la Grande"]
    # "la Grande Boucle" (the Tour de France): neither the article and "Grande" nor "Grande"
    assert found("Le départ de la Grande Boucle est à Nice .") == []


def test_a_word_for_water_that_a_name_follows_is_part_of_that_name() -> None:
    import spacy

    from geomap.nlp.local import LocalToponymRecognizer

    places = [
        Place("zat", "Zatoka", "city", "UA", None, 2_000, 30.5, 46.1, "curated"),
        Place("kan", "Kanal", "city", "SI", None, 1_300, 13.6, 46.1, "curated"),
        Place("suez", "Suez Canal", "water", None, None, 0, 32.3, 30.5, "curated"),
        Place("ind", "Indian Ocean", "water", None, None, 0, 80.0, -20.0, "curated"),
    ]
    local = [("pl", "Zatoka", "zat"), ("pl", "Kanał Sueski", "suez"),
             ("pl", "Ocean Indyjski", "ind")]  # fmt: skip
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places, local_names=local))
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = recognizer(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Mieszkają w Zatoce .") == ["Zatoce"]
    assert found("Regaty na Zatoce Puckiej przełożono .") == []  # the bay, not the town
    assert found("Statki płyną przez Ocean Indyjski i Kanał Sueski .") == [
        "Ocean Indyjski",
        "Kanał Sueski",
    ]


def test_an_entity_that_took_the_preposition_before_a_name() -> None:
    import spacy
    from spacy.tokens import Span

    from geomap.nlp.local import LocalToponymRecognizer

    places = [
        Place("bay", "Bayonne", "city", "FR", None, 50_000, -1.47, 43.49, "curated"),
        Place("nj", "New Jersey", "admin1", "US", None, 9_000_000, -74.5, 40.2, "curated"),
    ]
    local = [("fr", "de Bayonne", "nj")]  # an alternate name that starts with "de"
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places, local_names=local))
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("Les chocolatiers de Bayonne ont souffert .")
    doc.ents = [Span(doc, 2, 4, label="LOC")]  # the model's "de Bayonne"
    spans = recognizer(doc).spans["toponyms"]
    assert [s.text for s in spans] == ["Bayonne"]


def test_an_admin_unit_named_by_its_word_and_its_city() -> None:
    import spacy
    from spacy.tokens import Span

    from geomap.nlp.local_spans import kind_widened

    nlp = spacy.blank("fr")
    doc = nlp("Les combats continuent dans la région de Donetsk .")
    ent = Span(doc, 7, 8, label="LOC")  # the model took only "Donetsk"
    assert kind_widened(ent, "fr") == (5, 8)
    doc = nlp("Les combats continuent près de Donetsk .")
    assert kind_widened(Span(doc, 5, 6, label="LOC"), "fr") is None


def test_a_french_article_with_a_capital_inside_a_sentence_is_the_names_own() -> None:
    import spacy
    from spacy.tokens import Span

    from geomap.nlp.local import LocalToponymRecognizer

    places = [
        Place("gr", "Grave", "city", "NL", None, 12_000, 5.74, 51.76, "curated"),
        Place("lo", "Loire", "water", "FR", None, 0, 1.9, 47.9, "curated"),
    ]
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places))
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")

    def found(text: str, start: int, end: int) -> list[str]:
        doc = nlp(text)
        doc.ents = [Span(doc, start, end, label="LOC")]
        return [s.text for s in recognizer(doc).spans["toponyms"]]

    assert found("La route est coupée près de La Grave .", 6, 8) == ["La Grave"]
    assert found("ORLÉANS – La Loire a monté .", 2, 4) == ["Loire"]  # after a dateline
    assert found("Elle longe la Loire .", 2, 4) == ["Loire"]


def test_a_french_lake_meets_its_english_name() -> None:
    from geomap.gazetteer.foreign_forms import kind_english

    assert kind_english("lac Kivu", "fr") == "Lake Kivu"
    assert kind_english("lac salé", "fr") is None
    places = [
        Place("lk", "Lake Kivu", "water", "CD", None, 0, 29.2, -2.0, "curated"),
        Place("lkt", "Lake Kivu", "city", "US", None, 900, -90.0, 40.0, "curated"),
    ]
    gz = Gazetteer.from_places(places)
    assert [c.place.place_id for c in gz.candidates("lac Kivu", "fr")] == ["lk"]
    assert gz.candidates("lac Kivu", "de") == []
