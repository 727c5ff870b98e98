"""Context rules found on hand-written conflict news beyond the first dev half (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did on
the added dev paragraphs of ``bench/conflict/`` (ids ``d2-``), a tiny gazetteer, and
geomap's recogniser and resolver.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _p(
    pid: str, name: str, ftype: str, cc: str, pop: int, code: str, lon: float, lat: float
) -> Place:
    return place(pid, name, ftype, cc, pop, code, lon=lon, lat=lat)


PLACES: list[Place] = [
    _p("703448", "Kyiv", "city", "UA", 2_797_553, "PPLC", 30.52, 50.45),
    _p("486816", "Sudzha", "city", "RU", 6_940, "PPLA2", 35.27, 51.20),
    _p("22", "Victoria", "city", "SC", 22_881, "PPLC", 55.45, -4.62),
    _p("23", "Paris", "city", "FR", 2_138_551, "PPLC", 2.35, 48.85),
    _p("695357", "Kurakhove", "city", "UA", 18_220, "PPL", 37.28, 47.98),
    _p("710915", "Chasiv Yar", "city", "UA", 12_557, "PPL", 37.86, 48.59),
    _p("1152188", "Mae Sot", "city", "TH", 44_563, "PPLA2", 98.57, 16.72),
    _p("3685533", "Cucuta", "city", "CO", 777_106, "PPLA", -72.50, 7.91),
    _p("3667202", "Tibu", "city", "CO", 13_565, "PPLA2", -72.74, 8.64),
    _p("2434508", "Chad", "country", "TD", 15_477_751, "PCLI", 19.0, 15.0),
    _p("245669", "Adre", "city", "TD", 21_950, "PPL", 22.20, 13.47),
    _p("538908", "Kurchatov", "city", "RU", 46_600, "PPLA2", 35.69, 51.65),
    _p("710514", "Oskil", "city", "UA", 3_217, "PPL", 37.70, 49.50),
    _p("ne:river:danube", "Danube", "water", "", 0, "river", 28.83, 45.35),
    _p("3995955", "Michoacan", "admin1", "MX", 4_148_085, "ADM1", -101.53, 19.63),
    _p("4005539", "Guadalajara", "city", "MX", 1_385_629, "PPLA", -103.35, 20.68),
    _p("2359608", "Kaya", "city", "BF", 121_970, "PPLA", -1.08, 13.09),
    _p("2440476", "Niger", "country", "NE", 22_442_948, "PCLI", 9.0, 18.0),
    _p("ne:river:niger", "Niger", "water", "", 0, "river", -1.5, 16.2),
]
_GAZ = TinyGazetteer("geomap.test_conflict_generalise_gazetteer.v1", PLACES)


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    return _GAZ.nlp(patterns)


def _found(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_capital_taken_for_a_person_in_a_sentence_naming_another_place() -> None:
    nlp = _nlp([("Kyiv", "PERSON"), ("Sudzha", "GPE"), ("Victoria", "PERSON")])
    text = "Troops took the town of Sudzha on Monday, and {} said it would hold it."
    assert _found(nlp, text.format("Kyiv")) == ["Sudzha", "Kyiv"]
    # alone in its sentence, or a small capital, it stays a person
    assert _found(nlp, "Troops advanced. Kyiv said nothing.") == []
    assert _found(nlp, text.format("Victoria")) == ["Sudzha"]


def _places(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


def test_a_lower_case_water_word_after_a_name_says_the_water() -> None:
    nlp = _nlp([("Niger", "GPE")])
    river = "A boat on the Niger river was shelled near the town."
    assert _places(nlp, river) == [("Niger", "ne:river:niger")]
    assert _places(nlp, "Soldiers were killed in Niger on Monday.") == [("Niger", "2440476")]


def _parsed(nlp: Language, text: str, lemmas: dict[str, str]) -> list[str]:
    """The toponyms, with the lemma and part of speech of the verbs set (blank has none)."""
    doc = nlp.make_doc(text)
    for tok in doc:
        if tok.text in lemmas:
            tok.lemma_, tok.pos_ = lemmas[tok.text], "VERB"
        else:
            tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_list_of_towns_after_advanced_on() -> None:
    nlp = _nlp([("Kurakhove", "ORG"), ("Chasiv Yar", "PERSON")])
    text = "Russian units advanced on Kurakhove and Chasiv Yar overnight ."
    assert _parsed(nlp, text, {"advanced": "advance"}) == ["Kurakhove", "Chasiv Yar"]
    # "relied on" governs no place
    assert _parsed(nlp, text.replace("advanced", "relied"), {"relied": "rely"}) == []


def test_a_town_of_two_words_tagged_person_after_in() -> None:
    nlp = _nlp([("Mae Sot", "PERSON"), ("Mae Sot Lee", "PERSON")])
    assert _found(nlp, "Witnesses in Mae Sot said the army retreated.") == ["Mae Sot"]
    # not when the article's person holds the name
    text = "Mae Sot Lee spoke first. Witnesses in Mae Sot said the army retreated."
    assert _found(nlp, text) == []


def test_an_entity_of_a_well_known_place_and_a_town_is_split() -> None:
    nlp = _nlp([("Cucuta and Tibu", "ORG"), ("Cucuta and Smith", "ORG")])
    text = "Many of them fled to {} , the government said ."
    assert _parsed(nlp, text.format("Cucuta and Tibu"), {}) == ["Cucuta", "Tibu"]
    # not when a later part is no town
    assert "Smith" not in _parsed(nlp, text.format("Cucuta and Smith"), {})
    # at a preposition of place, whatever the entity's label
    nlp = _nlp([("Chad at Adre", "WORK_OF_ART")])
    text = "Refugees crossed into Chad at Adre on Monday ."
    assert _parsed(nlp, text, {}) == ["Chad", "Adre"]
    # no place word governs it: the town's part stays what the model said
    assert "Adre" not in _parsed(nlp, "Fans loved Chad at Adre on Monday .", {})


class _SpellingsGazetteer(TinyGazetteer):
    """Towns known by other spellings: GeoNames' alternate and English names."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [
                ("Hodeidah", "79415", "alternate"),
                ("Qamishli", "173377", "exonym"),
                ("Hasakah", "173811", "exonym"),
                ("Farawa", "9", "alternate"),
                ("Zarqa", "10", "exonym"),
                ("Babanusa", "377962", "alternate"),
            ]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_SPELLINGS = _SpellingsGazetteer(
    "geomap.test_conflict_spellings_gazetteer.v1",
    [
        _p("79415", "Al Hudaydah", "city", "YE", 734_699, "PPLA", 42.95, 14.80),
        _p("173377", "Al Qamishli", "city", "SY", 0, "PPLA2", 41.23, 37.05),
        _p("173811", "Al Hasakah", "city", "SY", 422_445, "PPLA", 40.75, 36.50),
        _p("9", "Farrawah", "city", "YE", 2_000, "PPL", 43.0, 15.0),
        _p("10", "Az Zarqa", "city", "JO", 0, "PPL", 36.09, 32.07),
        _p("377962", "Babanusah", "city", "SD", 32_759, "PPL", 27.80, 11.33),
        _p("379535", "Al Fulah", "city", "SD", 26_020, "PPL", 28.36, 11.73),
        _p("408659", "West Kordofan", "admin1", "SD", 258_259, "ADM1", 28.31, 11.53),
        _p("4736286", "Texas", "admin1", "US", 22_875_689, "ADM1", -99.25, 31.25),
    ],
)


def test_a_town_spelled_otherwise_after_the_port_of() -> None:
    nlp = _SPELLINGS.nlp([("Hodeidah", "NORP"), ("Farawa", "ORG")])
    assert _parsed(nlp, "Jets struck the port of Hodeidah on Friday .", {}) == ["Hodeidah"]
    # not after other words, nor a village known by that spelling
    assert _parsed(nlp, "Jets struck the fans of Hodeidah on Friday .", {}) == []
    assert _parsed(nlp, "Jets struck the town of Farawa on Friday .", {}) == []


def test_a_seat_without_population_spelled_otherwise_near_another_name() -> None:
    nlp = _SPELLINGS.nlp([("Qamishli", "ORG"), ("Hasakah", "ORG"), ("Zarqa", "ORG")])
    text = "The SDF moved troops from Qamishli and Hasakah on Monday ."
    assert _parsed(nlp, text, {}) == ["Qamishli", "Hasakah"]
    # a village of no known size is no town, far from the other name or not; Hasakah,
    # the English name of a provincial seat, is one after "from" on its own (conf31)
    assert _parsed(nlp, text.replace("Qamishli", "Zarqa"), {}) == ["Hasakah"]


def test_a_name_the_gazetteer_lacks_that_its_words_describe_as_a_place() -> None:
    nlp = _nlp([("Zorbaville", "ORG"), ("Kaya", "GPE"), ("Smith", "PERSON")])
    doc = nlp("Gunmen attacked Zorbaville, some 40 km north of Kaya, on Monday.")
    # found, and placed at the town its distance is measured from
    assert [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]] == [
        ("Zorbaville", "2359608"),
        ("Kaya", "2359608"),
    ]
    assert _found(nlp, "Trucks queued at the Zorbaville border crossing near Kaya.") == [
        "Zorbaville",
        "Kaya",
    ]
    assert _found(nlp, "Families fled to the Zorbaville refugee camp.") == ["Zorbaville"]
    assert _found(nlp, "Police stopped them at the crossing of Zorbaville.") == ["Zorbaville"]
    assert _found(nlp, "They reached Zorbaville, a small town in the hills.") == ["Zorbaville"]
    # what describes a person or a faction is no place
    assert _found(nlp, "Smith, a town councillor, said so.") == []
    assert _found(nlp, "Zorbaville, a lobbyist for the city of Kaya, said so.") == ["Kaya"]
    assert _found(nlp, "Aides in the Zorbaville camp said so.") == []
    assert _found(nlp, "Zorbaville, 45, said so.") == []


class _CapitalGazetteer(TinyGazetteer):
    """A capital whose name is also another country's town's alternate name."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Islamabad", "1278667", "alternate")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_CAPITAL = _CapitalGazetteer(
    "geomap.test_conflict_capital_gazetteer.v1",
    [
        _p("1176615", "Islamabad", "city", "PK", 601_600, "PPLC", 73.04, 33.72),
        _p("1278667", "Anantnag", "city", "IN", 150_592, "PPL", 75.15, 33.73),
        _p("1269321", "Jammu", "city", "IN", 576_198, "PPLA2", 74.86, 32.74),
        _p("1269320", "Jammu and Kashmir", "admin1", "IN", 3_093_512, "ADM1", 75.08, 33.56),
        _p("1167718", "Poonch", "city", "IN", 28_197, "PPL", 74.09, 33.77),
        _p("3571824", "Nassau", "city", "BS", 227_940, "PPLC", -77.34, 25.06),
        _p("4165603", "Nassau County", "admin2", "US", 73_314, "ADM2", -81.77, 30.61),
    ],
)


def test_a_capitals_own_name_is_not_another_towns_alternate_name() -> None:
    nlp = _CAPITAL.nlp([("Jammu", "GPE"), ("Poonch", "GPE"), ("Islamabad", "GPE")])
    text = (
        "Militants attacked soldiers in Poonch in Jammu and Kashmir, the army said in "
        "Jammu. Officials in Islamabad rejected the accusation."
    )
    assert _places(nlp, text)[-1] == ("Islamabad", "1176615")
    # the Indian town's alternate name is no candidate at all
    from geomap.nlp.candidates import name_candidates

    doc = nlp.make_doc("Officials in Islamabad rejected it.")
    ids = [c.place.place_id for c in name_candidates(_CAPITAL(), [doc[2:3]])]
    assert ids == ["1176615"]
    # an admin unit's short form stays ("Nassau and Baker counties in Florida")
    doc = nlp.make_doc("Officials in Nassau rejected it.")
    ids = [c.place.place_id for c in name_candidates(_CAPITAL(), [doc[2:3]])]
    assert sorted(ids) == ["3571824", "4165603"]


def test_towns_of_the_unit_named_right_after_them() -> None:
    labels = [("Babanusa", "ORG"), ("Al Fulah", "PERSON"), ("West Kordofan", "GPE")]
    nlp = _SPELLINGS.nlp([*labels, ("Texas", "GPE")])
    text = "Fighters had taken Babanusa and Al Fulah in West Kordofan , they said ."
    assert _parsed(nlp, text, {}) == ["Babanusa", "Al Fulah", "West Kordofan"]
    # no towns of those names in the unit's country: no places
    assert _parsed(nlp, text.replace("West Kordofan", "Texas"), {}) == ["Texas"]


def test_at_after_a_site_and_a_river_word_after_the_name() -> None:
    nlp = _nlp([("Kurchatov", "ORG"), ("Oskil", "NORP")])
    assert _found(nlp, "Troops guarded the nuclear plant at Kurchatov overnight.") == ["Kurchatov"]
    assert _found(nlp, "Analysts looked at Kurchatov overnight.") == []  # "at" a company
    assert _found(nlp, "Bombs hit villages along the Oskil river overnight.") == ["Oskil"]
    assert _found(nlp, "Bombs hit the Oskil brand overnight.") == []


def test_a_river_before_port_or_delta() -> None:
    nlp = _nlp([("Danube", "PERSON")])
    assert _found(nlp, "Drones targeted the Danube port of Reni overnight.") == ["Danube"]
    assert _found(nlp, "Drones targeted the Danube festival overnight.") == []


def test_a_name_the_gazetteer_lacks_goes_to_the_unit_it_is_a_region_of() -> None:
    nlp = _nlp([("Zorba Caliente", "FAC"), ("Michoacan", "GPE"), ("Guadalajara", "GPE")])
    text = (
        "Gunmen attacked police in the Zorba Caliente region of western Michoacan state, "
        "and troops were sent to Guadalajara and Guadalajara."
    )
    assert _places(nlp, text)[0] == ("Zorba Caliente", "3995955")
    # without the region's words it goes to the article's focus
    assert _places(nlp, text.replace(" region of western", " near"))[0] == (
        "Zorba Caliente",
        "4005539",
    )


def test_a_base_or_a_post_named_after_a_place_the_gazetteer_lacks() -> None:
    nlp = _nlp([("Zorbaville", "ORG"), ("Kaya", "GPE"), ("Wagner", "ORG")])
    # found, and placed at the town its kind words are followed by
    assert _places(nlp, "Jets left the Zorbaville air base near Kaya on Monday.") == [
        ("Zorbaville", "2359608"),
        ("Kaya", "2359608"),
    ]
    assert _found(nlp, "Trucks waited at the Zorbaville border post.") == ["Zorbaville"]
    # a faction's base is no place
    assert _found(nlp, "Fighters left the Wagner base on Monday.") == []


def test_a_place_the_gazetteer_lacks_after_a_preposition_goes_to_the_focus() -> None:
    nlp = _nlp([("Zorbaville", "GPE"), ("Kaya", "GPE")])
    # the model's place after "in", unknown to the gazetteer: at the article's focus
    assert _places(nlp, "Police in Kaya said shops were burnt in Zorbaville.") == [
        ("Kaya", "2359608"),
        ("Zorbaville", "2359608"),
    ]
    # a person the model took for a place is governed by no preposition of place
    assert _places(nlp, "A spokeswoman, Zorbaville, said Kaya would help.") == [
        ("Zorbaville", None),
        ("Kaya", "2359608"),
    ]
