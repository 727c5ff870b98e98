"""Towns of conflict news found by the words around them (issue 16, conf31).

spacy.blank("en") with an entity ruler that labels the names as the small model did,
parts of speech and lemmas set by hand (blank has none), a tiny gazetteer, and the two
geomap components.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _p(pid: str, name: str, ftype: str, pop: int, code: str) -> Place:
    return place(pid, name, ftype, "XX", pop, code, lon=44.0, lat=3.0)


PLACES = [
    _p("1", "Dihok", "city", 340_900, "PPLA"),
    _p("2", "Xuddur", "city", 12_500, "PPLA"),
    _p("3", "Baidoa", "city", 129_839, "PPLA"),
    _p("4", "Rutshuru", "city", 82_680, "PPL"),
    _p("5", "Mirebalais", "city", 9_082, "PPL"),
    _p("6", "Loikaw", "city", 17_293, "PPLA"),
    _p("7", "Province of Lanao del Sur", "admin2", 329_630, "ADM2"),
    _p("8", "Kandi", "city", 56_043, "PPL"),
    _p("9", "Hamm", "city", 178_967, "PPL"),
]
#: Other names: English names (exonyms) and GeoNames alternates.
OTHER_NAMES = [
    ("Dohuk", "1", "exonym"),
    ("Hudur", "2", "alternate"),
    ("Lanao del Sur", "7", "alternate"),
    ("Hamas", "9", "exonym"),
]


class _NamesGazetteer(TinyGazetteer):
    """The places with :data:`OTHER_NAMES`."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            self._built.append(Gazetteer.from_places(self.places, other_names=OTHER_NAMES))
        return self._built[0]


_GAZ = _NamesGazetteer("geomap.test_town_contexts_gazetteer.v1", PLACES)


def _found(nlp: Language, text: str, verbs: dict[str, str] | None = None) -> list[str]:
    """The toponyms' texts; ``verbs`` maps a word to its lemma and makes it a verb."""
    doc = nlp.make_doc(text)
    for tok in doc:
        if verbs and tok.text in verbs:
            tok.pos_, tok.lemma_ = "VERB", verbs[tok.text]
        else:
            tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_seat_of_government_by_its_english_name_after_a_preposition() -> None:
    nlp = _GAZ.nlp([("Dohuk", "ORG")])
    assert _found(nlp, "Yazidis in camps around Dohuk were afraid.") == ["Dohuk"]


def test_an_organisation_named_like_a_towns_english_name_is_no_town() -> None:
    nlp = _GAZ.nlp([("Hamas", "ORG")])
    assert _found(nlp, "Rifts inside Hamas grew.") == []


def test_a_town_after_through() -> None:
    nlp = _GAZ.nlp([("Rutshuru", "PERSON")])
    assert _found(nlp, "Fighting spread through Rutshuru overnight.") == ["Rutshuru"]


def test_a_town_after_a_verb_of_taking() -> None:
    nlp = _GAZ.nlp([("Hudur", "PERSON"), ("Baidoa", "GPE"), ("Kandi", "PERSON")])
    verbs = {"blockaded": "blockade", "captured": "capture", "met": "meet"}
    text = "Militants blockaded Hudur and Baidoa. Rebels captured Kandi."
    assert _found(nlp, text, verbs) == ["Hudur", "Baidoa", "Kandi"]
    assert _found(nlp, "Officials met Kandi on Monday.", verbs) == []


def test_a_town_after_a_noun_of_attack_or_quantity_and_of() -> None:
    nlp = _GAZ.nlp([])
    assert _found(nlp, "They had taken most of Loikaw by noon.") == ["Loikaw"]
    assert _found(nlp, "The shelling of Kandi went on.") == ["Kandi"]
    assert _found(nlp, "The praise of Kandi went on.") == []


def test_a_town_after_the_road_to() -> None:
    nlp = _GAZ.nlp([("Mirebalais", "PRODUCT")])
    assert _found(nlp, "Fighting closed the main road to Mirebalais.") == ["Mirebalais"]
    assert _found(nlp, "They sent a letter to Mirebalais.") == []


def test_an_admin_units_short_name_before_its_unit_noun() -> None:
    nlp = _GAZ.nlp([("Lanao del Sur", "ORG")])
    text = "Troops clashed with militants in Lanao del Sur province."
    assert _found(nlp, text) == ["Lanao del Sur"]
    assert _found(nlp, "Troops clashed with militants of Lanao del Sur.") == []


_LINE = TinyGazetteer(
    "geomap.test_town_contexts_line.v1",
    [place("20", "Line", "city", "CN", 9_942, "PPLA4"), place("21", "Ladakh", "admin1", "IN", 0)],
)


def test_an_x_of_y_name_is_not_cut_to_a_towns_name() -> None:
    nlp = _LINE.nlp([("the Line of Actual Control", "FAC"), ("Ladakh", "GPE")])
    text = "Patrols resumed along the Line of Actual Control in Ladakh."
    assert _found(nlp, text) == ["Line of Actual Control", "Ladakh"]


_CAPITALS = TinyGazetteer(
    "geomap.test_town_contexts_capitals.v1",
    [
        place("30", "Ankara", "city", "TR", 3_517_182, "PPLC"),
        place("31", "Dera Ismail Khan", "city", "PK", 763_195, "PPL"),
        place("32", "Dera", "city", "ET", 30_700, "PPL"),
    ],
)


def test_a_capital_tagged_person_that_speaks_is_its_government() -> None:
    nlp = _CAPITALS.nlp([("Ankara", "PERSON")])
    doc = nlp.make_doc("Ankara said it was watching.")
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    doc[1].pos_, doc[1].lemma_ = "VERB", "say"
    doc[0].dep_, doc[0].head = "nsubj", doc[1]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Ankara"]
    assert _found(nlp, "Ankara was watching.") == []  # no verb of saying


def test_a_town_split_by_the_model_into_a_word_and_a_person_is_one_name() -> None:
    nlp = _CAPITALS.nlp([("Ismail Khan", "PERSON")])
    text = "Curfews were imposed in Dera Ismail Khan on Monday."
    assert _found(nlp, text) == ["Dera Ismail Khan"]


def test_a_town_after_a_noun_of_attack_and_on_or_against() -> None:
    nlp = _GAZ.nlp([("Kandi", "PERSON"), ("Hudur", "ORG")])
    assert _found(nlp, "An air strike on Kandi killed five.") == ["Kandi"]
    assert _found(nlp, "The offensive against Hudur stalled.") == ["Hudur"]
    assert _found(nlp, "A book on Kandi sold well.") == []


def test_a_verb_of_taking_the_model_tagged_a_noun() -> None:
    nlp = _GAZ.nlp([("Kandi", "PERSON")])
    assert _found(nlp, "The army retook Kandi after a week.") == ["Kandi"]  # "retook": X


class _DemonymGazetteer(TinyGazetteer):
    """:data:`PLACES`, a town called Arab and "Arab" as a demonym of Arabia."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            places = [
                *self.places,
                place("40", "Arabia", "region", "", 0, "RGN"),
                place("41", "Arab", "city", "US", 8_461, "PPL"),
            ]
            built = Gazetteer.from_places(places, other_names=OTHER_NAMES, demonyms={"Arab": "40"})
            self._built.append(built)
        return self._built[0]


_DEMONYMS = _DemonymGazetteer("geomap.test_town_contexts_demonyms.v1", PLACES)


def test_a_town_before_a_noun_of_its_people_or_government() -> None:
    nlp = _DEMONYMS.nlp([("Kandi", "PERSON"), ("Loikaw", "ORG"), ("Arab", "NORP")])
    assert _found(nlp, "The Kandi governor said the town was calm.") == ["Kandi"]
    assert _found(nlp, "Loikaw residents fled.") == ["Loikaw"]
    assert _found(nlp, "Kurdish and Arab residents clashed.") == []


_MORE = TinyGazetteer(
    "geomap.test_town_contexts_more.v1",
    [
        place("50", "Wad Medani", "city", "SD", 332_714, "PPLA"),
        place("51", "Rafah", "city", "PS", 126_305, "PPLA2"),
        place("52", "Al Qamishli", "city", "SY", 0, "PPLA2", lon=41.2, lat=37.05),
        place("53", "Kobani", "city", "SY", 44_821, "PPLA2", lon=38.4, lat=36.9),
        place("54", "Eilat", "city", "IL", 52_299, "PPL"),
        place("55", "Goma", "city", "CD", 670_575, "PPLA"),
        place("56", "Sake", "city", "CD", 17_151, "PPL"),
    ],
)


class _MoreGazetteer(TinyGazetteer):
    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Wad Madani", "50", "exonym"), ("Qamishli", "52", "exonym")]
            self._built.append(Gazetteer.from_places(_MORE.places, other_names=names))
        return self._built[0]


_MORE_NAMES = _MoreGazetteer("geomap.test_town_contexts_more_names.v1", [])


def test_a_well_known_place_after_control_of_and_before_crossing() -> None:
    nlp = _MORE_NAMES.nlp([("Wad Madani", "PERSON"), ("Rafah", "PERSON")])
    assert _found(nlp, "The army regained control of Wad Madani.") == ["Wad Madani"]
    assert _found(nlp, "Trucks entered through the Rafah crossing.") == ["Rafah"]


def test_an_untagged_towns_english_name_in_a_governed_list() -> None:
    nlp = _MORE_NAMES.nlp([("Kobani", "GPE")])
    assert _found(nlp, "Drones struck targets near Kobani and Qamishli.") == [
        "Kobani",
        "Qamishli",
    ]


def test_a_town_a_missile_is_fired_at() -> None:
    nlp = _MORE_NAMES.nlp([("Eilat", "ORG")])
    doc = nlp.make_doc("The rebels fired missiles at Eilat.")
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    fired, missiles, at = doc[2], doc[3], doc[4]
    fired.pos_, fired.lemma_ = "VERB", "fire"
    missiles.pos_, missiles.dep_, missiles.head = "NOUN", "dobj", fired
    at.dep_, at.head = "prep", missiles
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Eilat"]


def test_the_towns_of_a_road_named_after_them() -> None:
    nlp = _MORE_NAMES.nlp([])
    assert _found(nlp, "Fighting closed the Goma-Sake road.") == ["Goma", "Sake"]
    assert "Sake" not in _found(nlp, "The Goma-Sake talks failed.")


def test_a_town_that_is_shelled_under_siege_or_fled() -> None:
    nlp = _GAZ.nlp([("Kandi", "ORG"), ("Loikaw", "PERSON"), ("Rutshuru", "PERSON")])
    doc = nlp.make_doc("Kandi was shelled again.")
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    doc[2].pos_, doc[2].lemma_ = "VERB", "shell"
    doc[0].dep_, doc[0].head = "nsubjpass", doc[2]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Kandi"]
    assert _found(nlp, "Loikaw has been under blockade since August.") == ["Loikaw"]
    assert _found(nlp, "Loikaw came under fire for the plan.") == []
    assert _found(nlp, "Hundreds fled Rutshuru on foot.", {"fled": "flee"}) == ["Rutshuru"]


def test_a_name_before_lower_case_island() -> None:
    nlp = _GAZ.nlp([("Pingtan", "NORP")])
    assert _found(nlp, "Live-fire drills were held off Pingtan island on Monday.") == ["Pingtan"]


class _IslandGazetteer(TinyGazetteer):
    """No places, "German" the demonym of a country."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            de = place("60", "Germany", "country", "DE", 83_000_000, "PCLI")
            self._built.append(Gazetteer.from_places([de], demonyms={"German": "60"}))
        return self._built[0]


_ISLANDS = _IslandGazetteer("geomap.test_town_contexts_islands.v1", [])


def test_a_demonym_or_a_longer_name_before_island_is_no_island() -> None:
    nlp = _ISLANDS.nlp([("German", "NORP"), ("Indian Ocean", "LOC")])
    assert _found(nlp, "The virus was found on the German island in May.") == []
    assert _found(nlp, "They travelled to the Indian Ocean island.") == ["Indian Ocean"]
