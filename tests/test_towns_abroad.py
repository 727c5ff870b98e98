"""Towns abroad a Cyrillic name transcribes, kept when the article names their country."""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.towns_abroad import slavic_latin
from geomap.nlp.named_countries import named_countries, towns_in_named_countries
from geomap.records import Candidate, Place


def _places() -> list[Place]:
    return [
        Place("iq", "Iraq", "country", "IQ", None, 40_000_000, 43.7, 33.2, "curated"),
        Place("er", "Erbil", "city", "IQ", None, 1_600_000, 44.01, 36.18, "curated"),
        Place("lv", "Latvia", "country", "LV", None, 1_900_000, 24.6, 56.9, "curated"),
        Place("ve", "Ventspils", "city", "LV", None, 32_000, 21.56, 57.39, "curated"),
        Place("mi", "Mitrovica", "city", "XK", None, 107_000, 20.87, 42.88, "curated"),
    ]


def test_a_transcribed_town_abroad_is_found_only_by_towns_abroad() -> None:
    gazetteer = Gazetteer.from_places(
        _places(), local_names=[("ru", "Ирак", "iq"), ("ru", "Латвия", "lv")]
    )
    # the lookup leaves out a Latin name met by a Cyrillic name's transliteration abroad
    assert gazetteer.candidates("Эрбиле", "ru") == []
    assert [c.place.place_id for c in gazetteer.towns_abroad("Эрбиле", "ru")] == ["er"]
    # a guessed nominative reaches a town abroad under 50,000 people
    assert [c.place.place_id for c in gazetteer.towns_abroad("Вентспилсом", "ru")] == ["ve"]
    # ц as a Slavic Latin alphabet writes it: "Митровице" is Mitrovica
    assert slavic_latin("mitrovitsa") == "mitrovica"
    assert [c.place.place_id for c in gazetteer.towns_abroad("Митровице", "ru")] == ["mi"]
    assert gazetteer.towns_abroad("Erbil", "de") == ()  # Latin names: the lookup's own


def test_the_article_must_name_the_towns_country() -> None:
    gazetteer = Gazetteer.from_places(_places(), local_names=[("ru", "Ирак", "iq")])
    doc = spacy.blank("ru")("В Эрбиле и в Ираке")
    iraq = Candidate(_places()[0], "name")
    cands: dict[str, list[Candidate]] = {"erbil": [], "irak": [iraq]}
    groups = {"erbil": [doc[1:2]], "irak": [doc[4:5]]}
    assert named_countries(cands) == {"IQ"}
    out = towns_in_named_countries(gazetteer, cands, groups)
    assert [c.place.place_id for c in out["erbil"]] == ["er"]
    # no country named, or only by a guessed form: nothing is added
    assert towns_in_named_countries(gazetteer, {"erbil": []}, groups) == {"erbil": []}
    guessed = {"erbil": [], "irak": [Candidate(iraq.place, "alternate")]}
    assert towns_in_named_countries(gazetteer, guessed, groups)["erbil"] == []


def test_a_country_named_by_its_adjective() -> None:
    from geomap.nlp.named_countries import adjective_countries

    places = [
        Place("ir", "Iran", "country", "IR", None, 85_000_000, 53.7, 32.4, "curated"),
        Place("lv", "Latvia", "country", "LV", None, 1_900_000, 24.6, 56.9, "curated"),
        Place("an", "Bandar-e Anzali", "city", "IR", None, 110_000, 49.46, 37.47, "curated"),
        Place("dn", "Don", "water", None, None, 0, 39.7, 47.2, "curated"),
    ]
    gazetteer = Gazetteer.from_places(
        places,
        local_names=[("ru", "Иран", "ir"), ("ru", "Латвия", "lv"), ("ru", "Дон", "dn")],
        other_names=[("Enzeli", "an", "alternate")],
    )
    doc = spacy.blank("ru")("Иранские власти и латвийской армии в донском управлении у Энзели")
    assert adjective_countries(gazetteer, doc) == {"IR", "LV"}  # the Don is no country
    groups = {"enzeli": [doc[9:10]]}
    out = towns_in_named_countries(gazetteer, {"enzeli": []}, groups)
    assert [c.place.place_id for c in out["enzeli"]] == ["an"]


def test_the_recogniser_keeps_a_transcribed_town_in_a_named_country() -> None:
    from spacy.tokens import Span

    from geomap.nlp.local import LocalToponymRecognizer

    gazetteer = Gazetteer.from_places(_places(), local_names=[("ru", "Ирак", "iq")])
    recognizer = LocalToponymRecognizer(gazetteer)
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")

    def found(text: str, places: list[str]) -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        doc.ents = [Span(doc, words.index(w), words.index(w) + 1, label="LOC") for w in places]
        return [s.text for s in recognizer(doc).spans["toponyms"]]

    assert found("Власти Ирака сообщили о пожаре в Эрбиле .", ["Ирака", "Эрбиле"]) == [
        "Ирака",
        "Эрбиле",
    ]
    # the country is not named: the entity is no place the gazetteer knows
    assert found("Власти сообщили о пожаре в Эрбиле .", ["Эрбиле"]) == []


def test_a_location_entity_names_its_country_by_a_guessed_case() -> None:
    from spacy.tokens import Span

    from geomap.nlp.named_countries import entity_countries

    kosovo = Place("xk", "Kosovo", "country", "XK", None, 1_800_000, 20.9, 42.6, "curated")
    gazetteer = Gazetteer.from_places([kosovo, _places()[4]], local_names=[("ru", "Косово", "xk")])
    doc = spacy.blank("ru")("север Косова , где в Митровице")
    assert [c.match for c in gazetteer.candidates("Косова", "ru")] == ["alternate"]
    assert entity_countries(gazetteer, doc) == set()  # no entity: no word that it is a place
    doc.ents = [Span(doc, 1, 2, label="LOC"), Span(doc, 5, 6, label="LOC")]
    assert entity_countries(gazetteer, doc) == {"XK"}
    cands: dict[str, list[Candidate]] = {"kosova": [Candidate(kosovo, "alternate")], "mitr": []}
    out = towns_in_named_countries(gazetteer, cands, {"kosova": [doc[1:2]], "mitr": [doc[5:6]]})
    assert [c.place.place_id for c in out["mitr"]] == ["mi"]


def test_a_person_entity_after_a_preposition_is_a_town_of_a_named_country() -> None:
    from spacy.tokens import Span

    from geomap.nlp.local import LocalToponymRecognizer

    places = [
        Place("md", "Moldova", "country", "MD", None, 2_500_000, 28.4, 47.4, "curated"),
        Place("ca", "Cahul", "city", "MD", None, 34_000, 28.19, 45.9, "curated"),
        Place("ru", "Russia", "country", "RU", None, 144_000_000, 105.3, 61.5, "curated"),
        Place("pe", "Petrov", "city", "RU", None, 40_000, 39.0, 57.0, "curated"),
    ]
    gazetteer = Gazetteer.from_places(
        places,
        local_names=[
            ("ru", "Молдавия", "md"),
            ("ru", "Кагул", "ca"),
            ("ru", "Россия", "ru"),
            ("ru", "Петров", "pe"),
        ],
    )
    recognizer = LocalToponymRecognizer(gazetteer)
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")

    def found(text: str, ents: dict[str, str]) -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        doc.ents = [
            Span(doc, words.index(w), words.index(w) + 1, label=lab) for w, lab in ents.items()
        ]
        return [s.text for s in recognizer(doc).spans["toponyms"]]

    # natasha reads "Кагула" as a surname; the article names Moldova, where Cahul lies
    text = "Власти Молдавии сообщили , что у Кагула низкая вода ."
    assert found(text, {"Молдавии": "LOC", "Кагула": "PER"}) == ["Молдавии", "Кагула"]
    # no country named, or no preposition of place: the person stays a person
    assert found("Говорят , что у Кагула низкая вода .", {"Кагула": "PER"}) == []
    text = "Власти Молдавии сообщили , что Кагула не было ."
    assert found(text, {"Молдавии": "LOC", "Кагула": "PER"}) == ["Молдавии"]
    # a town of the language's own country after "у" may as well be a person's surname
    text = "Власти России сообщили , что у Петрова есть машина ."
    assert found(text, {"России": "LOC", "Петрова": "PER"}) == ["России"]
