"""Context and boundary rules of the French, German, Polish, Russian and Ukrainian pipelines.

Where a name starts and ends (a dateline's dash, a hyphenated adjective, an article or
preposition the entity took, a word for water), which capitalised words are names,
and which of two namesakes (a city or the unit named after it) a name is (issue 18).
"""

from __future__ import annotations

from dataclasses import replace

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Candidate, Place
from tests.local_recognise import recognise as _recognise


def test_a_name_before_a_clause_of_where_is_a_place() -> None:
    hameln = Place("hameln", "Hameln", "city", "DE", None, 57_000, 9.36, 52.1, "t", "PPLA3")
    gz = Gazetteer.from_places([hameln])
    # a German noun after a verb needs a preposition, or ", wo" after it
    assert _recognise(gz, "de", "Der Minister besuchte am Sonntag Hameln, wo es regnete.") == [
        "Hameln"
    ]
    assert _recognise(gz, "de", "Der Minister besuchte am Sonntag Hameln.") == []


def test_the_word_after_a_datelines_dash_opens_the_sentence() -> None:
    poland = Place("pl", "Poland", "country", "PL", None, 38_000_000, 19.1, 51.9, "t", "PCLI")
    cairo = Place("cairo", "Cairo", "city", "EG", None, 9_000_000, 31.2, 30.0, "t", "PPLC")
    gz = Gazetteer.from_places(
        [poland, cairo], local_names=[("pl", "Polska", "pl"), ("pl", "Kair", "cairo")]
    )
    # "Polski" guessed as "Polska" is the adjective "Polish" first in a sentence
    text = "KAIR (PAP) – Polski minister rozmawiał w Kairze."
    assert _recognise(gz, "pl", text) == ["KAIR", "Kairze"]
    assert _recognise(gz, "pl", "Rozmowy dotyczyły Polski i Egiptu.") == ["Polski"]


def test_a_hyphenated_adjective_is_one_word_of_a_units_name() -> None:
    unit = Place("wm", "Warmia-Masuria", "admin1", "PL", None, 1_400_000, 20.7, 53.9, "t", "ADM1")
    gz = Gazetteer.from_places(
        [unit], local_names=[("pl", "województwo warmińsko-mazurskie", "wm")]
    )
    text = "Czołgi trafią do jednostek w województwie warmińsko-mazurskim."
    assert _recognise(gz, "pl", text) == ["województwie warmińsko-mazurskim"]


def test_a_river_of_two_words_after_a_preposition_is_a_place() -> None:
    nile = Place("bn", "Blue Nile", "water", None, None, 0, 35.1, 11.2, "t", "River")
    gz = Gazetteer.from_places([nile], local_names=[("de", "Blauer Nil", "bn")])
    assert _recognise(gz, "de", "Der Damm am Blauen Nil wächst.") == ["Blauen Nil"]
    assert _recognise(gz, "de", "Das Lied Blauen Nil kennt jeder.") == []


def test_a_town_in_a_list_that_the_model_called_a_person() -> None:
    import spacy
    from spacy.tokens import Span

    from geomap.gazetteer import Gazetteer
    from geomap.nlp.local import LocalToponymRecognizer
    from geomap.records import Place

    places = [
        Place("sumy", "Sumy", "city", "UA", None, 260_000, 34.8, 50.9, "curated"),
        Place("konotop", "Konotop", "city", "UA", None, 85_000, 33.2, 51.2, "curated"),
    ]
    local = [("ru", "Сумы", "sumy"), ("ru", "Конотоп", "konotop")]
    gz = Gazetteer.from_places(places, local_names=local)
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")

    def found(text: str, person: int) -> list[str]:
        doc = nlp(text)
        doc.ents = [Span(doc, person, person + 1, label="PER")]
        return [s.text for s in LocalToponymRecognizer(gz)(doc).spans["toponyms"]]

    assert found("Сообщили об ударах по Сумам и Конотопу .", 5) == ["Сумам", "Конотопу"]
    # a person's name beside no place stays a person
    assert found("Об этом сообщил Конотопу .", 3) == []


def test_a_big_citys_name_is_the_city_not_the_unit_named_after_it() -> None:
    import spacy

    from geomap.gazetteer import Gazetteer
    from geomap.nlp.local_filters import city_over_its_unit
    from geomap.records import Place

    places = [
        Place("nys", "New York", "admin1", "US", None, 19_000_000, -75.5, 42.9, "curated",
              feature_code="ADM1", admin1_code="NY"),
        Place("nyc", "New York City", "city", "US", None, 8_800_000, -74.0, 40.7, "curated",
              feature_code="PPL", admin1_code="NY"),
        Place("kh", "Kharkiv Oblast", "admin1", "UA", None, 2_600_000, 36.5, 49.5, "curated",
              feature_code="ADM1", admin1_code="07"),
        Place("khc", "Kharkiv", "city", "UA", None, 1_400_000, 36.2, 50.0, "curated",
              feature_code="PPLA", admin1_code="07"),
    ]  # fmt: skip
    local = [("pl", "Nowy Jork", "nys"), ("pl", "Nowy Jork", "nyc"), ("de", "Charkiw", "khc")]
    gz = Gazetteer.from_places(places, local_names=local)

    def kept(lang: str, text: str, start: int, end: int) -> set[str]:
        span = spacy.blank(lang)(text)[start:end]
        cands = list(gz.candidates(span.text, lang))
        return {c.place.place_id for c in city_over_its_unit(cands, [span])}

    assert kept("pl", "Rada zbierze się w Nowym Jorku .", 4, 6) == {"nyc"}
    # a word for a unit before the name keeps the unit
    assert kept("de", "Kämpfe im Gebiet Charkiw .", 2, 4) == {"kh"}


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

    assert found("Le bateau remonte la Grande .") == ["Grande"]  # "la": the sentence's article
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
    # the bay, by its kind's word and its adjective (nlp/kind_named.py), not the town
    assert found("Regaty na Zatoce Puckiej przełożono .") == ["Zatoce Puckiej"]
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


def test_a_river_named_with_the_town_it_flows_through() -> None:
    from shapely.geometry import LineString, box

    from geomap.nlp.river_towns import river_by_town

    moldova = Place("md", "Moldova", "country", "MD", None, 3_000_000, 28.5, 47.2, "curated")
    vltava = Place("vl", "Vltava", "water", None, None, 0, 14.2, 49.4, "curated")
    prague = Place("pr", "Prague", "city", "CZ", None, 1_300_000, 14.42, 50.08, "curated")
    shapes = {"vl": LineString([(14.2, 49.4), (14.42, 50.08), (14.45, 50.35)]),
              "md": box(26.6, 45.4, 30.2, 48.5)}  # fmt: skip
    nlp = spacy.blank("de")
    cands = [Candidate(moldova, "name"), Candidate(vltava, "alternate")]

    def picked(text: str, name: str = "Moldau") -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        spans = [doc[words.index(w) : words.index(w) + 1] for w in (name, "Prag")]
        out = river_by_town(
            cands, spans[:1], spans, lambda s: [Candidate(prague, "name")], shapes.get
        )
        return [c.place.place_id for c in out]

    assert picked("Die Moldau in Prag führt Hochwasser .") == ["vl"]
    # no preposition between: a list, not a river at a town
    assert picked("Moldau , Prag und Wien .") == ["md", "vl"]
    # a namesake near the town stays a candidate: the resolver weighs it
    town = Place("mt", "Moldau", "city", "CZ", None, 2_000, 14.5, 50.1, "curated")
    cands.append(Candidate(town, "name"))
    assert picked("Die Moldau in Prag führt Hochwasser .") == ["md", "vl", "mt"]


def test_a_capitalised_function_word_after_an_article_is_a_name() -> None:
    places = [Place("od", "Oder", "water", None, None, 0, 14.6, 52.3, "curated")]
    recognizer = LocalToponymRecognizer(Gazetteer.from_places(places))
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = recognizer(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Die Stadt liegt an der Oder .") == ["Oder"]
    assert found("Der Pegel der Oder steigt .") == ["Oder"]
    # the conjunction, and a capital at a sentence's start, are no river
    assert found("Regen oder Sonne ? Oder Schnee .") == []


def test_a_german_area_compound_is_the_land_of_its_city_or_river() -> None:
    from geomap.gazetteer.foreign_forms import area_compound

    assert area_compound("Münsterland", "de") == "Münster"
    assert area_compound("Ruhrgebiet", "de") == "Ruhr"
    assert area_compound("Ausland", "de") is None  # too short a stem
    assert area_compound("Münsterland", "pl") is None
    places = [
        Place("ms", "Münster", "city", "DE", None, 300_000, 7.63, 51.96, "curated"),
        Place("gs", "Gast", "city", "DE", None, 500, 9.0, 50.0, "curated"),
    ]
    gazetteer = Gazetteer.from_places(places)
    assert [(c.place.place_id, c.match) for c in gazetteer.candidates("Münsterland", "de")] == [
        ("ms", "alternate")
    ]
    assert gazetteer.candidates("Gastland", "de") == []  # a village names no land
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gazetteer)(nlp("Die Leitung führt durch das Münsterland ."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Münsterland"]


def test_a_river_whose_namesakes_are_villages_by_a_town_of_the_same_sentence() -> None:
    from shapely.geometry import LineString

    from geomap.nlp.river_towns import river_by_town

    vistula = Place("vi", "Vistula", "water", None, None, 0, 19.7, 52.6, "curated")
    wisla = Place("wi", "Wisła", "city", "PL", None, 11_000, 18.86, 49.65, "curated")
    plock = Place("pl", "Płock", "city", "PL", None, 120_000, 19.71, 52.55, "curated")
    shapes = {"vi": LineString([(18.9, 49.6), (19.7, 52.55), (18.6, 53.0)])}
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    cands = [Candidate(wisla, "name"), Candidate(vistula, "name")]

    def picked(text: str, options: list[Candidate]) -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        spans = [doc[words.index(w) : words.index(w) + 1] for w in ("Wisły", "Płocku")]
        out = river_by_town(
            options, spans[:1], spans, lambda s: [Candidate(plock, "name")], shapes.get
        )
        return [c.place.place_id for c in out]

    # "wyciek w Płocku do Wisły": the river by Płock, not the town 330 km away
    assert picked("Awaria w Płocku spowodowała wyciek do Wisły .", cands) == ["vi"]
    # the same in the next sentence
    assert picked("Awaria w Płocku . Olej spłynął do Wisły .", cands) == ["vi"]
    # after "w" ("in") the name reads as the town; a bigger namesake town is weighed
    assert picked("Awaria w Płocku . Mecz w Wisły .", cands) == ["wi", "vi"]
    big = replace(wisla, population=50_000)
    assert picked("Awaria w Płocku spowodowała wyciek do Wisły .", [
        Candidate(big, "name"), Candidate(vistula, "name")]) == ["wi", "vi"]  # fmt: skip


def test_an_acronym_in_prose_is_a_country_or_no_place() -> None:
    mon = Place("mon", "Mon", "admin1", "MM", None, 2_000_000, 97.6, 16.3, "t", "ADM1")
    usa = Place("us", "United States", "country", "US", None, 330_000_000, -98.5, 39.8, "t", "PCLI")
    gz = Gazetteer.from_places([mon, usa], local_names=[("pl", "USA", "us")])
    # "MON" is the ministry of defence (Ministerstwo Obrony Narodowej), not Burma's Mon
    text = "Wczoraj rzecznik MON dodał, że USA wyślą żołnierzy."
    assert _recognise(gz, "pl", text) == ["USA"]
    # a headline in capitals is no prose: its words are read as names
    assert _recognise(gz, "pl", "Wczoraj.\nALARM W MON\nTekst.") == ["MON"]
    # also in brackets after the name it stands for, the brackets stepped over
    text = "Ministerstwo Obrony Narodowej (MON) poinformowało, że USA wyślą żołnierzy."
    assert _recognise(gz, "pl", text) == ["USA"]
    assert _recognise(gz, "pl", "Resort obrony („MON”) dodał, że USA wyślą żołnierzy.") == ["USA"]
