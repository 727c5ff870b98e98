"""Rules found on the hand-written conflict paragraphs of batch ``d11-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the parse,
the words, heads, dependency labels, parts of speech and lemmas are given by hand.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.nlp.known import in_context
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place, placed, toponyms

PLACES: list[Place] = [
    place("3838233", "Salta", "city", "AR", 520_683, "PPLA", -65.42, -24.81),
    place("2521335", "Barbate", "city", "ES", 22_551, "PPL", -5.92, 36.19),
    place("260114", "Chaniá", "city", "GR", 53_910, "PPLA2", 24.03, 35.51),
    place("261745", "Irákleion", "city", "GR", 137_154, "PPLA", 25.14, 35.33),
    place("784759", "Ferizaj", "city", "XK", 59_504, "PPLA", 21.16, 42.37),
    place("2040959", "Sinpo", "city", "KP", 152_759, "PPL", 128.19, 40.04),
    place("3191000", "Lipa", "city", "BA", 1_020, "PPL", 16.0, 44.8),
    place("3871336", "Santiago", "city", "CL", 4_837_295, "PPLC", -70.65, -33.46),
    place("3911925", "La Paz", "city", "BO", 2_004_652, "PPLG", -68.15, -16.50),
    place("3947322", "Arequipa", "city", "PE", 1_008_290, "PPLA", -71.54, -16.40),
]
_GAZ = TinyGazetteer(
    "geomap.test_conflict_d11_gazetteer.v1",
    PLACES,
    other_names=(
        ("Chania", "260114", "alternate"),
        ("Heraklion", "261745", "exonym"),
        ("Uroševac", "784759", "alternate"),
    ),
)


def test_heading_for_is_a_preposition_of_a_journey_s_end() -> None:
    nlp = _GAZ.nlp([("Salta", "PERSON"), ("Barbate", "PERSON")])
    assert toponyms(nlp, "The truck was heading for Salta on Monday.") == ["Salta"]
    # a town too ("bound for", "left for")
    assert toponyms(nlp, "The boat was bound for Barbate on Monday.") == ["Barbate"]
    assert toponyms(nlp, "The crew left for Barbate at dawn.") == ["Barbate"]
    # "for" after any other word is no preposition of place
    assert toponyms(nlp, "It was a good week for Salta.") == []
    assert toponyms(nlp, "It was a good week for Barbate.") == []


def test_time_left_for_somebody_is_no_journey() -> None:
    """ "left" describing a noun says what remains: "little time left for Clinton"."""
    from geomap.nlp.context import heading_for

    words = ["There", "was", "little", "time", "left", "for", "Clinton", "."]
    heads = [1, 1, 3, 1, 3, 4, 5, 1]
    deps = ["expl", "ROOT", "amod", "attr", "acl", "prep", "pobj", "punct"]
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert not heading_for(doc, 5)
    words = ["The", "crew", "left", "for", "Barbate", "."]
    heads = [1, 2, 2, 2, 3, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "punct"]
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert heading_for(doc, 3)
    words = ["A", "ship", "bound", "for", "Tobruk", "sank", "."]
    heads = [1, 5, 1, 2, 3, 5, 5]
    deps = ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "punct"]
    doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert heading_for(doc, 3)  # "bound" describing the ship still says where it goes


def test_the_harbour_of_names_a_town() -> None:
    nlp = _GAZ.nlp([("Barbate", "ORG")])
    assert toponyms(nlp, "A patrol was rammed in the harbour of Barbate.") == ["Barbate"]
    assert toponyms(nlp, "A patrol was rammed in the shadow of Barbate.") == []


def test_a_conjoined_entity_of_a_known_city_and_a_town_is_split_in_any_order() -> None:
    nlp = _GAZ.nlp([("Chania or Heraklion", "ORG")])
    # governed by a place word: both read as places, the city by its English name
    assert toponyms(nlp, "Survivors were taken to Chania or Heraklion.") == [
        "Chania",
        "Heraklion",
    ]
    # no place word: an organisation's name is read by own names only, and the town
    # has no context
    assert toponyms(nlp, "Chania or Heraklion will decide.") == []


_TOWNS = TinyGazetteer(
    "geomap.test_conflict_d11_towns_gazetteer.v1",
    [
        place("2383523", "Paoua", "city", "CF", 17_370, "PPL", 16.44, 7.24),
        place("2389008", "Bocaranga", "city", "CF", 36_418, "PPL", 15.64, 6.99),
    ],
)


def test_a_governed_place_entity_of_towns_is_split_into_its_towns() -> None:
    nlp = _TOWNS.nlp([("Paoua and Bocaranga", "FAC")])
    assert toponyms(nlp, "Fighting also spread to Paoua and Bocaranga on Monday.") == [
        "Paoua",
        "Bocaranga",
    ]
    # an organisation's name listing two towns' names is left whole
    nlp = _TOWNS.nlp([("Paoua and Bocaranga", "ORG")])
    assert toponyms(nlp, "Fighting also spread to Paoua and Bocaranga on Monday.") == []


def test_known_to_somebody_as_gives_a_place_s_other_name() -> None:
    nlp = _GAZ.nlp([("Ferizaj", "GPE"), ("Uroševac", "ORG")])
    text = "Attacks were planned in Ferizaj, known to Serbs as Uroševac, last year."
    assert placed(nlp, text) == [("Ferizaj", "784759"), ("Uroševac", "784759")]
    # punctuation between "known to" and "as": no other name
    text = "Attacks were planned in Ferizaj, known to Serbs, as Uroševac said."
    assert toponyms(nlp, text) == ["Ferizaj"]


def test_a_town_s_name_before_the_works_named_after_it_is_the_town() -> None:
    nlp = _GAZ.nlp([("Sinpo", "ORG"), ("Lipa", "PERSON")])
    assert toponyms(nlp, "A submarine was seen at the Sinpo shipyard.") == ["Sinpo"]
    assert toponyms(nlp, "People were moved to the Lipa refugee camp.") == ["Lipa"]
    # a bare camp is as often a faction's ("the Clinton camp said")
    assert toponyms(nlp, "People from the Lipa camp said so.") == []
    assert toponyms(nlp, "Oil was found near the Lipa oil field.") == ["Lipa"]
    # an adjective may stand after "the" ("the crowded Lipa shipyard")
    text = "Aid reached the crowded Lipa shipyard."
    assert found_toponyms(nlp, text, {"crowded": "ADJ"}) == ["Lipa"]
    # a plant or a factory is a company's; a field without its modifier is no works'
    assert toponyms(nlp, "Workers at the Lipa plant went on strike.") == []
    assert toponyms(nlp, "Players left the Lipa field.") == []
    # a demonym is no town's name before a camp ("the Chadian camps")
    gaz = TinyGazetteer(
        "geomap.test_conflict_d11_demonym_gazetteer.v1",
        [
            place("1815000", "Chadian", "city", "CN", 30_000, "PPL", 117.0, 39.0),
            place("2434508", "Chad", "country", "TD", 15_477_751, "PCLI", 19.0, 15.0),
        ],
        demonyms={"Chadian": "2434508"},
    )
    nlp = gaz.nlp([("Chadian", "NORP")])
    assert toponyms(nlp, "Aid went to the Chadian camps.") == []


def test_a_seat_of_government_speaks_for_its_government() -> None:
    nlp = _GAZ.nlp([("Santiago", "GPE"), ("La Paz", "PERSON"), ("Arequipa", "PERSON")])
    # La Paz is Bolivia's seat of government (PPLG), not its capital
    assert toponyms(nlp, "Santiago asked La Paz to take them back.") == ["Santiago", "La Paz"]
    # a provincial capital the model took for a person is not read so
    assert toponyms(nlp, "Santiago asked Arequipa to take them back.") == ["Santiago"]


def test_a_demonym_before_the_word_it_modifies_is_no_place_in_context() -> None:
    gz = Gazetteer.from_places(
        [place("102358", "Saudi Arabia", "country", "SA", 33_699_947, "PCLI", 45.0, 25.0)],
        aliases={"Saudi": "102358"},
        demonyms={"Saudi": "102358"},
    )
    nlp = spacy.blank("en")

    def read(text: str) -> list[str]:
        doc = nlp(text)
        i = next(t.i for t in doc if t.text == "Saudi")
        span = Span(doc, i, i + 1, label="NORP")
        return [s.text for s in in_context([span], [], gz, frozenset())]

    assert read("Forces loyal to the Saudi-backed government advanced.") == []
    # the country itself after a preposition of place, and the word without a hyphen
    # (corpora that count demonyms annotate "the Saudi military")
    assert read("He moved to Saudi in 2010.") == ["Saudi"]
    assert read("Support went to the Saudi military.") == ["Saudi"]


_ISLANDS = TinyGazetteer(
    "geomap.test_conflict_d11_islands_gazetteer.v1",
    [
        place("9100001", "Socotra", "landform", "YE", 0, "island", 53.9, 12.5),
        place("9100002", "Svalbard", "landform", "SJ", 0, "island group", 16.0, 78.0),
        place("9100003", "Kassos", "landform", "GR", 0, "ISL", 26.9, 35.4),
        place("9100004", "Guadalquivir", "water", "ES", 0, "STM", -6.35, 36.78),
        place("9100005", "Jarvis", "landform", "UM", 0, "island", -160.0, -0.37),
        place("4120001", "Hayes", "city", "US", 12_000, "PPL", -93.0, 30.0),
    ],
)


def test_an_island_of_the_map_is_well_known_by_a_one_word_name() -> None:
    nlp = _ISLANDS.nlp([("Socotra", "NORP"), ("Svalbard", "PERSON"), ("Kassos", "PERSON")])
    assert toponyms(nlp, "An attack was foiled north of Socotra.") == ["Socotra"]
    # "on" is a preposition of place before an island
    assert toponyms(nlp, "Miners live in a settlement on Svalbard.") == ["Svalbard"]
    # one of GeoNames' many small islands is not well known by one word
    assert toponyms(nlp, "An attack was foiled north of Kassos.") == []
    # no place context
    assert toponyms(nlp, "Socotra said the attack was foiled.") == []
    # a list with a town's name is not context enough for a one-word island
    nlp = _ISLANDS.nlp([("Hayes & Jarvis", "ORG")])
    assert toponyms(nlp, "A report by the tour operator Hayes & Jarvis was out.") == []


def test_the_mouth_of_a_river_names_the_river() -> None:
    nlp = _ISLANDS.nlp([("Guadalquivir", "PERSON")])
    assert toponyms(nlp, "Boats were seen at the mouth of the Guadalquivir.") == ["Guadalquivir"]
    assert toponyms(nlp, "Boats were seen at the estuary of the Guadalquivir.") == ["Guadalquivir"]
    assert toponyms(nlp, "Boats were seen at the sight of the Guadalquivir.") == []
