"""Context rules of French, German, Polish, Russian and Ukrainian names, on a tiny gazetteer."""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.unit_words import direction_part
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_reading import reading
from geomap.nlp.registry import resolver_weights
from geomap.nlp.resolver import ToponymResolver
from geomap.records import Place
from tests.local_recognise import recognise as _recognise


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int = 0, code: str = "") -> Place:
    return Place(pid, name, ftype, cc, None, pop, 10.0, 50.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [
        _place("nl", "The Netherlands", "country", "NL", 17_000_000, "PCLI"),
        _place("pl", "Poland", "country", "PL", 38_000_000, "PCLI"),
        _place("ua", "Ukraine", "country", "UA", 40_000_000, "PCLI"),
        _place("de", "Germany", "country", "DE", 83_000_000, "PCLI"),
        _place("us", "United States", "country", "US", 330_000_000, "PCLI"),
        _place("mozyr", "Mozyr", "city", "BY", 105_000, "PPLA2"),
        _place("kal", "Kaliningrad Oblast", "admin1", "RU", 1_000_000, "ADM1"),
        _place("zap", "Zaporizhzhia", "admin1", "UA", 1_600_000, "ADM1"),
        _place("spremberg", "Spremberg", "city", "DE", 0, "PPLA4"),
        _place("marz", "Marz", "city", "AT", 2_000, "PPL"),
        _place("borkum", "Borkum", "city", "DE", 5_000, "PPL"),
        _place("ouessant", "Ouessant", "city", "FR", 883, "PPL"),
        _place("dnipro", "Dnipro", "city", "UA", 968_000, "PPLA"),
        _place("dnieper", "Dnieper", "water", None, 0, "river"),
        _place("oder", "Oder", "water", None, 0, "river"),
        _place("lehavre", "Le Havre", "city", "FR", 186_000, "PPLA3"),
        _place("havre", "Havre", "city", "US", 9_800, "PPLA2"),
        _place("vorokhta", "Vorokhta", "city", "UA", 4_200, "PPL"),
        _place("vienna", "Vienna", "city", "AT", 1_900_000, "PPLC"),
        _place("vienne", "Vienne", "water", None, 0, "river"),
        _place("volga", "Volga Region", "region", "RU", 0, "RGN"),
        _place("sud", "Sud", "admin1", "HT", 160_000, "ADM1"),
        _place("est", "Est", "admin1", "BF", 200_000, "ADM1"),
        Place(
            "kh1",
            "Kharkivs'ka Oblast'",
            "admin1",
            "UA",
            None,
            2_500_000,
            36.3,
            49.7,
            "curated",
            feature_code="ADM1",
            admin1_code="07",
        ),
        Place(
            "kh",
            "Charków",
            "city",
            "UA",
            None,
            1_400_000,
            36.2,
            50.0,
            "curated",
            feature_code="PPLA",
            admin1_code="07",
        ),
        Place(
            "chari",
            "Chari-Baguirmi",
            "admin1",
            "TD",
            None,
            600_000,
            15.5,
            11.5,
            "curated",
            feature_code="ADM1",
            admin1_code="01",
        ),
    ]
    local = [
        ("de", "Niederlande", "nl"),
        ("pl", "Polska", "pl"),
        ("pl", "Niemcy", "de"),
        ("pl", "Stany Zjednoczone", "us"),
        ("uk", "Калінінградська область", "kal"),
        ("de", "Dnipro", "dnieper"),
        ("fr", "Oder", "oder"),
        ("fr", "Vienne", "vienna"),
        ("fr", "Vienne", "vienne"),
        ("ru", "Поволжье", "volga"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def _first(gz: Gazetteer, name: str, lang: str) -> str | None:
    found = gz.candidates(name, lang)
    return found[0].place.name if found else None


def test_case_endings_the_lemmatiser_misses_reach_their_entry(tiny: Gazetteer) -> None:
    assert _first(tiny, "Мозиря", "uk") == "Mozyr"  # genitive in -я, romanised
    assert _first(tiny, "Калінінградською областю", "uk") == "Kaliningrad Oblast"  # instrumental
    assert _first(tiny, "Stanów Zjednoczonych", "pl") == "United States"  # genitive plural
    assert _first(tiny, "Поволжья", "ru") == "Volga Region"  # a neuter noun's genitive
    # a country's forms are guessed too ("every form of a country is known" was wrong)
    assert _first(tiny, "Niederlanden", "de") == "The Netherlands"
    assert _first(tiny, "Polski", "pl") == "Poland"
    assert tiny.candidates("Polski", "pl")[0].match == "alternate"  # a guess, ranked as one
    assert _first(tiny, "Niemiec", "pl") == "Germany"  # "do Niemiec": a plural's genitive
    assert _first(tiny, "Ostukraine", "de") == "Ukraine"  # a German compass compound
    # an admin unit by its seat's adjective in the article's language, not by any prefix
    assert _first(tiny, "obwodu charkowskiego", "pl") == "Kharkivs'ka Oblast'"


def test_a_guessed_country_is_taken_inside_a_sentence_not_as_an_adjective(
    tiny: Gazetteer,
) -> None:
    assert _recognise(tiny, "pl", "Kontrakt był ważny dla Polski, ale wygasł.") == ["Polski"]
    assert _recognise(tiny, "pl", "Polski rząd protestuje.") == []  # an adjective
    assert _recognise(tiny, "pl", "Dziennik Polskie Radio podał to.") == []  # a name's word
    assert _recognise(tiny, "de", "Gas kommt aus den Niederlanden.") == ["Niederlanden"]
    assert _recognise(tiny, "de", "Die Kämpfe in der Ostukraine dauern an.") == ["Ostukraine"]


def test_words_around_a_name_say_it_is_a_place(tiny: Gazetteer) -> None:
    # a word of the place's kind: a river's or an island's town, of any size
    assert _recognise(tiny, "de", "Bohrungen vor der Insel Borkum.") == ["Borkum"]
    assert _recognise(tiny, "de", "Am Fluss Marz wird gebaut.") == []  # no river of that name
    assert _recognise(tiny, "fr", "Les vents ont frappé l'île d'Ouessant.") == ["Ouessant"]
    # a preposition across a word for an area
    assert _recognise(tiny, "uk", "Лавини сходять в районі Ворохти.") == ["Ворохти"]
    # a seat without a population in the language's own country
    assert _recognise(tiny, "de", "Er sprach in Spremberg.") == ["Spremberg"]
    # a river after a definite article; a town never
    assert _recognise(tiny, "de", "Cherson liegt am Westufer des Dnipro.") == ["Dnipro"]
    assert _recognise(tiny, "fr", "La crue de l'Oder menace la ville.") == ["Oder"]
    # French fuses Le Havre's article into the preposition
    assert _recognise(tiny, "fr", "Le terminal installé au Havre a reçu du gaz.") == ["Havre"]
    # an admin unit in lowercase words, named by its city's adjective
    found = _recognise(tiny, "pl", "Podały to władze obwodu zaporoskiego.")
    assert found == ["obwodu zaporoskiego"]
    # a point of the compass is no place ("im Süden", "dans l'Est")
    assert _recognise(tiny, "de", "Im Süden der Ukraine wird gekämpft.") == ["Ukraine"]
    assert _recognise(tiny, "fr", "Les combats continuent dans l'Est.") == []
    # a month is no village, a treaty's town no place of the news
    assert _recognise(tiny, "de", "Die Frist gilt bis März 2028.") == []
    assert _recognise(tiny, "de", "Der Vertrag von Borkum gilt weiter.") == []
    assert _recognise(tiny, "de", "Die Fähre fährt von Borkum ab.") == ["Borkum"]
    # a name in quotation marks is a club's or a newspaper's
    assert _recognise(tiny, "uk", "Матч клубу «Ворохта» пройде у Ворохті.") == ["Ворохті"]


def test_the_context_gives_the_resolver_a_label() -> None:
    def read(lang: str, text: str, start: int, end: int) -> tuple[str, bool]:
        nlp = spacy.blank(lang)
        return reading(nlp(text)[start:end])

    assert read("fr", "À Vienne, le Danube monte.", 1, 2) == ("GPE", False)
    assert read("fr", "À Vienne, le Danube monte.", 4, 5) == ("GAZ", True)  # "the Danube"
    assert read("pl", "Miasto leży nad Wisłą.", 3, 4) == ("LOC", False)
    assert read("de", "Kämpfe am Fluss Oskil.", 3, 4) == ("LOC", False)
    assert read("uk", "УЖГОРОД, 27 грудня — сніг.", 0, 1) == ("GPE", False)
    assert read("ru", "Он пересёк Урал.", 3, 4) == ("GAZ", False)


def test_local_names_resolve_by_their_context(tiny: Gazetteer) -> None:
    resolve = ToponymResolver(tiny, resolver_weights(), rounds=2)

    def places(lang: str, text: str) -> dict[str, str | None]:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        doc = resolve(LocalToponymRecognizer(tiny)(nlp(text)))
        return {s.text: s._.place.name if s._.place else None for s in doc.spans["toponyms"]}

    # "au Havre" is Le Havre, not the town Havre
    assert places("fr", "Le terminal installé au Havre a reçu du gaz.") == {"Havre": "Le Havre"}
    # a bare name after "à" is a town; after "le" a river
    assert places("fr", "À Vienne, la ville est calme.") == {"Vienne": "Vienna"}
    assert places("fr", "Plus au sud, la Vienne déborde.")["Vienne"] == "Vienne"


def test_an_upper_or_lower_part_of_a_unit() -> None:
    # "im Oberwallis": the upper Valais, placed at the canton; "Niederlage" has a rest
    # that is no unit's name (the lookup then finds none)
    wholes = {"Wallis", "Franken", "Ukraine", "Dorf", "Erwald"}.__contains__
    assert direction_part("Oberwallis", "de", wholes) == "Wallis"
    assert direction_part("Unterfranken", "de", wholes) == "Franken"
    assert direction_part("Ostukraine", "de", wholes) == "Ukraine"
    assert direction_part("Oberwallis", "fr", wholes) is None
    assert direction_part("Oberst", "de", wholes) is None  # too short a rest


def test_a_direction_word_is_split_off_only_before_a_hyphen_or_a_known_name() -> None:
    wholes = {"Wallis", "Ukraine"}.__contains__
    # "Oberst-dorf", "Wester-wald": no "Stdorf", no "Erwald"
    assert direction_part("Oberstdorf", "de", wholes) is None
    assert direction_part("Westerwald", "de", wholes) is None
    assert direction_part("Unter-Franken", "de", wholes) == "Franken"  # hyphenated: an element
    assert direction_part("Oberwallis", "de") is None  # nothing known: only a hyphen splits
    assert direction_part("Ober-Wallis", "de") == "Wallis"
