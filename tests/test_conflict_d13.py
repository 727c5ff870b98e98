"""Rules found on the hand-written conflict paragraphs of batch ``d13-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the words'
parts of speech, they are given by hand.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d13_gazetteer.v1",
    [
        entry("1285002", "Ye-u", "city", "MM", 20_458, "PPL", 95.43, 22.77),
        entry("1285606", "Ye", "city", "MM", 30_000, "PPL", 97.85, 15.25),
        entry("1308522", "Monywa", "city", "MM", 182_011, "PPLA", 95.14, 22.11),
        entry("2293805", "Yegyi", "city", "GH", 30_311, "PPL", -0.65, 8.23),
        entry("2294877", "Tamale", "city", "GH", 464_316, "PPLA", -0.84, 9.40),
        entry("2452651", "Nioro", "city", "ML", 51_933, "PPL", -9.59, 15.23),
        entry("2455518", "Kayes", "city", "ML", 194_716, "PPLA", -11.44, 14.45),
        entry("4705349", "Laredo", "city", "US", 256_153, "PPL", -99.51, 27.51),
        entry("3522551", "Nuevo Laredo", "city", "MX", 416_055, "PPL", -99.52, 27.48),
        entry("4676740", "Brownsville", "city", "US", 186_738, "PPL", -97.50, 25.90),
        entry("3516391", "Tamaulipas", "admin1", "MX", 3_165_647, "ADM1", -98.63, 23.99),
    ],
    other_names=(("Yeji", "2293805", "alternate"), ("Nioro du Sahel", "2452651", "alternate")),
)


def _placed_tagged(nlp: Language, text: str, pos: dict[str, str]) -> list[tuple[str, str | None]]:
    """Each toponym of ``text`` and its place id, words' parts of speech given by hand."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = pos.get(tok.text, "PROPN" if tok.is_title else "X")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


def test_a_capitalised_word_after_a_name_s_hyphen_is_part_of_it_whatever_its_tag() -> None:
    nlp = _GAZ.nlp([("Monywa", "GPE")])
    text = "Jets bombed villages in Monywa and Ye-U overnight."
    # "U" tagged a common noun: the whole hyphened name is the town, not "Ye" far south
    pos = {"U": "NOUN", "and": "CCONJ", "in": "ADP"}
    assert _placed_tagged(nlp, text, pos) == [("Monywa", "1308522"), ("Ye-U", "1285002")]
    # a lower-case word after the hyphen is no part of the name
    text = "Jets bombed villages in Monywa and Ye-style houses."
    assert "Ye-style" not in found_toponyms(nlp, text, pos)


def test_the_rest_of_and_plural_place_nouns_before_of_govern_places() -> None:
    nlp = _GAZ.nlp([("Tamaulipas", "PERSON"), ("Yeji", "ORG")])
    assert toponyms(nlp, "Traffic in the rest of Tamaulipas was normal.") == ["Tamaulipas"]
    # "the town of" and its plural: a town's other spelling is the town
    assert placed(nlp, "Boats left the lakeside towns of Yeji at dawn.") == [("Yeji", "2293805")]
    # no place word before "of": what the model said
    assert toponyms(nlp, "Traffic in the spirit of Tamaulipas was normal.") == []
    assert toponyms(nlp, "Boats left the lakeside shops of Yeji at dawn.") == []


def test_a_conjoined_entity_after_a_plural_place_noun_is_split() -> None:
    nlp = _GAZ.nlp([("Yeji and Ye", "ORG"), ("Nioro du Sahel and Kayes", "ORG")])
    text = "Fighters reached the towns of Yeji and Ye."
    assert placed(nlp, text) == [("Yeji", "2293805"), ("Ye", "1285606")]
    # a town's other spelling listed with a well-known place, in a town's context
    text = "The blockade of Nioro du Sahel and Kayes went on."
    assert placed(nlp, text) == [("Nioro du Sahel", "2452651"), ("Kayes", "2455518")]
    # not a list a place noun governs: the organisation the model said
    assert toponyms(nlp, "Shares of Yeji and Ye rose.") == []


def test_a_big_place_tagged_person_lends_no_surname_to_its_words() -> None:
    nlp = _GAZ.nlp(
        [
            ("Laredo", "ORG"),
            ("Nuevo Laredo", "PERSON"),
            ("Brownsville", "GPE"),
            ("Ana Laredo", "PERSON"),
        ]
    )
    text = "Officials in Brownsville and Laredo said the bridges reopened. Nuevo Laredo was calm."
    assert "Laredo" in toponyms(nlp, text)
    # a person's surname is still no place elsewhere in the article
    text = "Officials in Brownsville and Laredo said the bridges reopened. Ana Laredo was calm."
    assert toponyms(nlp, text) == ["Brownsville"]


def _in_unit(
    pid: str, name: str, ftype: str, admin1: str, pop: int, lon: float, lat: float
) -> Place:
    return Place(pid, name, ftype, "NE", admin1, pop, lon, lat, "test", feature_code="PPL")


_UNIT = TinyGazetteer(
    "geomap.test_conflict_d13_unit_gazetteer.v1",
    [
        _in_unit("2448085", "Agadez", "city", "Agadez", 110_497, 7.99, 16.97),
        _in_unit("2446796", "Bilma", "city", "Agadez", 2_291, 12.92, 18.69),
        _in_unit("2440485", "Tahoua", "city", "Tahoua", 117_826, 5.27, 14.89),
        _in_unit("2437797", "Tessaoua", "city", "Maradi", 43_000, 7.99, 13.76),
    ],
)


def test_a_small_town_after_a_place_word_in_the_unit_of_the_article_s_places() -> None:
    nlp = _UNIT.nlp(
        [("Agadez", "GPE"), ("Dirkou", "PERSON"), ("Bilma", "PERSON"), ("Tessaoua", "PERSON")]
    )
    # Bilma lies 600 km from Agadez, in the same region: a town of that region
    text = "Convoys left Agadez for the desert. Trucks stop at Dirkou and Bilma on the way."
    # (Dirkou, which this gazetteer lacks, is listed with Bilma after "at": a place,
    # geomap.nlp.listed_unknowns, placed at Bilma, the town listed beside it,
    # geomap.nlp.listed_neighbours)
    assert placed(nlp, text) == [
        ("Agadez", "2448085"),
        ("Dirkou", "2446796"),
        ("Bilma", "2446796"),
    ]
    # a town of another region of the country of the article's places is a town at any
    # distance after "at" (geomap.nlp.nearby_towns.in_named_country, conf58); Dirkou,
    # listed beside it, goes to it
    text = "Convoys left Agadez for the desert. Trucks stop at Dirkou and Tessaoua on the way."
    assert placed(nlp, text) == [
        ("Agadez", "2448085"),
        ("Dirkou", "2437797"),
        ("Tessaoua", "2437797"),
    ]


def _unit_entry(
    pid: str, name: str, ftype: str, code: str, pop: int, lon: float, lat: float
) -> Place:
    fcode = "ADM1" if ftype == "admin1" else "PPLA"
    return Place(
        pid, name, ftype, "SO", None, pop, lon, lat, "test", feature_code=fcode, admin1_code=code
    )


_SO = TinyGazetteer(
    "geomap.test_conflict_d13_so_gazetteer.v1",
    [
        _unit_entry("64536", "Baidoa", "city", "04", 129_839, 43.65, 3.11),
        _unit_entry("64538", "Bay", "admin1", "04", 177_631, 43.57, 2.77),
        _unit_entry("58802", "Gedo", "admin1", "06", 161_712, 42.23, 3.35),
    ],
)


def test_a_name_the_gazetteer_lacks_goes_to_the_unit_named_after_it_with_the() -> None:
    nlp = _SO.nlp([("Bulo Hawo", "GPE"), ("Gedo", "GPE"), ("Baidoa", "GPE")])
    text = "Fighters overran a base near Baidoa and another near Bulo Hawo, in the Gedo region."
    assert placed(nlp, text) == [("Baidoa", "64536"), ("Bulo Hawo", "58802"), ("Gedo", "58802")]
    # a unit named farther on says nothing of where the name lies: the article's focus
    text = (
        "Fighters overran a base near Baidoa and another near Bulo Hawo, and then the Gedo region."
    )
    assert placed(nlp, text)[1] == ("Bulo Hawo", "64536")


def test_a_name_the_gazetteer_lacks_before_a_unit_noun_is_a_place() -> None:
    nlp = _SO.nlp([("Baidoa", "GPE")])
    assert found_toponyms(nlp, "Floods hit Baidoa and the Hiraan region.") == ["Baidoa", "Hiraan"]
    assert found_toponyms(nlp, "The army retook Baidoa, the capital of Gezira state.") == [
        "Baidoa",
        "Gezira",
    ]
    # "state" after "the" is a nickname's; a generic word is no unit's name
    assert found_toponyms(nlp, "Tourists left Baidoa for the Sunshine state.") == ["Baidoa"]
    assert found_toponyms(nlp, "Floods hit Baidoa and the Central region.") == ["Baidoa"]
    # an armed group's territory is no unit
    assert found_toponyms(nlp, "Shells fell from Baidoa into Shabaab territory.") == ["Baidoa"]
    # nothing governs the name: no place
    assert found_toponyms(nlp, "Floods hit Baidoa. Hiraan region officials met.") == ["Baidoa"]


_AT = TinyGazetteer(
    "geomap.test_conflict_d13_at_gazetteer.v1",
    [
        entry("2782113", "Austria", "country", "AT", 8_847_037, "PCLI", 13.33, 47.33),
        entry("2769848", "Upper Austria", "admin1", "AT", 1_436_791, "ADM1", 14.0, 48.25),
        entry("2766823", "Salzburg", "city", "AT", 145_871, "PPLA", 13.04, 47.80),
    ],
)


def test_a_place_inside_a_bigger_place_s_name_tagged_person_is_not_repeated() -> None:
    nlp = _AT.nlp([("Austria", "GPE"), ("Upper Austria", "PERSON")])
    text = "Skiing is big in Austria. The model province is Upper Austria."
    assert toponyms(nlp, text) == ["Austria"]  # not the "Austria" of "Upper Austria"


def test_a_name_after_the_is_no_town_of_the_unit_far_away() -> None:
    nlp = _UNIT.nlp([("Agadez", "GPE"), ("Bilma", "ORG")])
    text = "Convoys left Agadez for the desert. Two men rode in the Bilma all day."
    assert placed(nlp, text) == [("Agadez", "2448085")]


def test_a_bigger_place_s_whole_name_tagged_person_is_still_repeated() -> None:
    nlp = _AT.nlp([])
    doc = nlp.make_doc("Upper Austria won. Upper Austria shows the average.")
    doc.ents = [Span(doc, 0, 2, label="GPE"), Span(doc, 4, 6, label="PERSON")]
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    for name, proc in nlp.pipeline:
        if name != "entity_ruler":
            doc = proc(doc)
    # the whole name tagged PERSON is the place found before (only its parts are not)
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Upper Austria", "Upper Austria"]
