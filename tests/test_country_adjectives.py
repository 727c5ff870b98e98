"""A country's adjective in a name's sentence, and a capital over a small town (user70a A6)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Token

from geomap.gazetteer import Gazetteer
from geomap.nlp import local, resolver  # noqa: F401  (register factories)
from geomap.nlp.capital_namesakes import capital_namesakes
from geomap.nlp.country_adjectives import adjective_of
from geomap.nlp.country_of_adjective import stem_names
from geomap.records import Candidate, Place
from tests.local_recognise import local_pipeline, placed


def _place(
    pid: str, name: str, kind: str, cc: str, pop: int, code: str, lon: float, lat: float
) -> Place:
    unit = {
        "minskpl": "78",
        "warsaw": "78",
        "maz": "78",
        "lublin": "75",
        "lublinv": "75",
        "hrub": "75",
    }
    code1 = unit.get(pid, "01")
    return Place(pid, name, kind, cc, code1, pop, lon, lat, "t", code, admin1_code=code1)


PLACES = [
    _place("fr", "France", "country", "FR", 67_000_000, "PCLI", 2.0, 46.0),
    _place("by", "Belarus", "country", "BY", 9_000_000, "PCLI", 28.0, 53.5),
    _place("pl", "Poland", "country", "PL", 38_000_000, "PCLI", 19.0, 52.0),
    _place("paris", "Paris", "city", "FR", 2_100_000, "PPLC", 2.35, 48.85),
    _place("rennes", "Rennes", "city", "FR", 220_000, "PPLA", -1.68, 48.11),
    _place("brestfr", "Brest", "city", "FR", 140_000, "PPLA3", -4.49, 48.39),
    _place("brestby", "Brest", "city", "BY", 340_000, "PPLA", 23.69, 52.1),
    _place("minsk", "Minsk", "city", "BY", 1_740_000, "PPLC", 27.57, 53.9),
    _place("minskpl", "Mińsk Mazowiecki", "city", "PL", 37_000, "PPLA2", 21.57, 52.18),
    _place("maz", "Masovian Voivodeship", "admin1", "PL", 5_400_000, "ADM1", 21.0, 52.5),
    _place("warsaw", "Warsaw", "city", "PL", 1_700_000, "PPLC", 21.01, 52.23),
    _place("lublin", "Lublin", "city", "PL", 340_000, "PPLA", 22.57, 51.25),
    _place("lublinv", "Lublin Voivodeship", "admin1", "PL", 2_100_000, "ADM1", 22.9, 51.2),
    _place("hrub", "Hrubieszów", "city", "PL", 18_000, "PPLA2", 23.89, 50.81),
    _place("minskr", "Minsk", "admin1", "BY", 966_000, "ADM1", 27.6, 53.8),
]
LOCAL = [
    ("de", "Frankreich", "fr"),
    ("de", "Französische Republik", "fr"),
    ("de", "Demokratische Republik Belarus", "by"),
    ("de", "Demokratische Republik Polen", "pl"),
    ("de", "Belarus", "by"),
    ("de", "Weißrussland", "by"),
    ("de", "Polen", "pl"),
    ("de", "Warschau", "warsaw"),
    ("fr", "Biélorussie", "by"),
    ("pl", "Białoruś", "by"),
    ("ru", "Белоруссия", "by"),
    ("uk", "Білорусь", "by"),
]


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        PLACES,
        local_names=LOCAL,
        other_names=(("Minsk", "minskpl", "alternate"),),
        demonyms={"Belarusian": "by"},
    )


@cache
def _nlp() -> Language:
    return local_pipeline("de", "geomap.test_country_adjectives_gazetteer.v1", _gazetteer)


def _where(text: str, name: str) -> str | None:
    found = [pid for t, pid in placed(_nlp(), text) if t == name]
    assert found, placed(_nlp(), text)
    return found[-1]


def test_the_adjective_of_the_other_country_in_the_sentence_picks_its_namesake() -> None:
    story = "Die Regierung tagte in Paris . Der Minister reiste nach Rennes . "
    assert _where(story + "Die Armee übte bei Brest .", "Brest") == "brestfr"
    assert _where(story + "Die belarussische Armee übte bei Brest .", "Brest") == "brestby"
    # the adjective in another sentence, or beside the pick's own country's, says nothing
    apart = story + "Die belarussische Armee übte . Bei Brest war es ruhig ."
    assert _where(apart, "Brest") == "brestfr"
    both = story + "Die belarussische und die französische Armee übten bei Brest ."
    assert _where(both, "Brest") == "brestfr"


def _word(lang: str, text: str) -> Token:
    return spacy.blank(lang)(text)[0]


def test_adjectives_are_read_by_their_shape_in_every_language() -> None:
    gz = _gazetteer()
    for lang, word in [
        ("de", "belarussischen"),
        ("fr", "biélorusse"),
        ("pl", "białoruskiego"),
        ("ru", "белорусский"),
        ("uk", "білоруська"),
        ("en", "Belarusian"),
    ]:
        assert adjective_of(_word(lang, word), "BY", gz, lang), (lang, word)
        assert not adjective_of(_word(lang, word), "PL", gz, lang), (lang, word)
    # a capitalised word in a local language, a stem too short, a noun without the ending
    assert not adjective_of(_word("de", "Belarussische"), "BY", gz, "de")
    assert not adjective_of(_word("de", "Belarus"), "BY", gz, "de")
    assert not stem_names("bel", ["belarus"])


def test_a_capital_wins_over_a_small_town_abroad_found_by_an_alternate_name() -> None:
    story = (
        "WARSCHAU – Eine Drohne stürzte bei Hrubieszów in der Woiwodschaft Lublin ab . "
        "Die Regierung tagte in Warschau . "
    )
    text = story + "Der Präsident sagte in Minsk , er wisse nichts ."
    assert _where(text, "Minsk") == "minsk"  # the places near Warsaw voted for the town


def _cands() -> list[Candidate]:
    gz = _gazetteer()
    return [
        Candidate(gz.get("minsk"), "name"),  # type: ignore[arg-type]
        Candidate(gz.get("minskpl"), "alternate"),  # type: ignore[arg-type]
    ]


def test_the_capital_rule_keeps_a_home_town_and_one_in_a_named_unit() -> None:
    town = _gazetteer().get("minskpl")
    assert town is not None
    picks = {"minsk": (town, 0.8)}
    cands = {"minsk": _cands()}
    assert capital_namesakes(picks, cands, "de")["minsk"].ruled_out == {"minskpl"}
    assert capital_namesakes(picks, cands, None)["minsk"].ruled_out == {"minskpl"}
    assert capital_namesakes(picks, cands, "pl") == {}  # a Polish paper's own town
    unit = _gazetteer().get("maz")
    assert unit is not None
    assert capital_namesakes({**picks, "masowien": (unit, 0.9)}, cands, "de") == {}
    own = {"minsk": [Candidate(c.place, "name") for c in _cands()]}
    assert capital_namesakes(picks, own, "de") == {}  # the town by its own name


def test_an_adjective_of_a_long_name_counts_when_one_country_owns_it() -> None:
    gz = _gazetteer()
    assert adjective_of(_word("de", "französischen"), "FR", gz, "de")
    assert not adjective_of(_word("de", "demokratische"), "BY", gz, "de")  # two countries'


def test_an_actors_adjective_does_not_move_a_town_to_a_smaller_namesake() -> None:
    story = "Die Regierung tagte in Paris . Der Minister reiste nach Rennes . "
    small = [p for p in PLACES if p.place_id != "brestby"]
    small.append(_place("brestby", "Brest", "city", "BY", 100_000, "PPLA", 23.69, 52.1))
    gz = Gazetteer.from_places(small, local_names=LOCAL)
    nlp = local_pipeline("de", "geomap.test_country_adjectives_small.v1", lambda: gz)
    found = placed(nlp, story + "Die belarussische Armee beschoss Brest .")
    assert ("Brest", "brestfr") in found
