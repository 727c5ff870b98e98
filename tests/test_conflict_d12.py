"""Rules found on the hand-written conflict paragraphs of batch ``d12-`` (issue 16).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver; where a rule reads the words'
tags or lemmas, they are given by hand.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.nlp.respellings import respelled_candidates, respellings
from tests.blank_geoparse import TinyGazetteer, found_toponyms, placed, toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d12_gazetteer.v1",
    [
        entry("495112", "Shebekino", "city", "RU", 45_194, "PPL", 36.93, 50.41),
        entry("559034", "Grayvoron", "city", "RU", 6_212, "PPL", 35.68, 50.48),
        entry("169023", "Jisr ash Shughur", "city", "SY", 39_311, "PPL", 36.32, 35.81),
        entry("294626", "Jisr ez Zarqa", "city", "IL", 14_930, "PPL", 34.91, 32.54),
        entry("164816", "Saraqib", "city", "SY", 34_231, "PPL", 36.81, 35.86),
        entry("700051", "Nikopol", "city", "UA", 105_160, "PPL", 34.39, 47.57),
        entry("701855", "Marhanets", "city", "UA", 44_980, "PPL", 34.62, 47.63),
        entry("1309611", "Myeik", "city", "MM", 173_298, "PPLA2", 98.60, 12.44),
        entry("1293118", "Tanintharyi", "admin1", "MM", 368_030, "ADM1", 98.45, 12.17),
    ],
    other_names=(("Jisr", "294626", "alternate"),),
)


def test_respellings_follow_the_rules_of_transliteration() -> None:
    assert "Grayvoron" in respellings("Graivoron")  # a diphthong written "ai" or "ay"
    assert "Makhmur" in respellings("Makhmour")  # the French "ou"
    assert "Kyaukpyu" in respellings("Kyaukphyu")  # an aspirate written "ph"
    assert "Teseney" in respellings("Tesseney")  # a doubled consonant
    # the Arabic article as spoken before a "sun letter", and "el" for "al"
    assert "Jisr ash-Shughur" in respellings("Jisr al-Shughur")
    assert "Ras el-Ain" in respellings("Ras al-Ain")
    assert "Ras ash-Ain" not in respellings("Ras al-Ain")  # no sun letter: not assimilated
    assert respellings("Kyiv") == []


def test_a_name_the_gazetteer_spells_otherwise_is_placed_at_that_town() -> None:
    gaz = _GAZ()
    assert [c.place.place_id for c in respelled_candidates(gaz, "Graivoron")] == ["559034"]
    assert [c.match for c in respelled_candidates(gaz, "Graivoron")] == ["alternate"]
    assert respelled_candidates(gaz, "Grainoron") == []  # no rule gives a known name
    nlp = _GAZ.nlp([("Shebekino", "GPE"), ("Graivoron", "PERSON")])
    # a town's other spelling in a governed list with another place is the town
    text = "Children were evacuated from Shebekino and Graivoron."
    assert placed(nlp, text) == [("Shebekino", "495112"), ("Graivoron", "559034")]
    # without a town's context it stays what the model said
    assert toponyms(nlp, "Graivoron said the talks went well.") == []


def test_a_name_with_a_hyphened_article_is_not_cut_to_its_first_word() -> None:
    nlp = _GAZ.nlp([("Jisr al-Shughur", "GPE"), ("Saraqib", "ORG")])
    text = "Families fled shelling near Jisr al-Shughur and Saraqib."
    # the whole name, placed by its other spelling (not Jisr ez Zarqa, called Jisr), and
    # the town listed after it
    assert placed(nlp, text) == [("Jisr al-Shughur", "169023"), ("Saraqib", "164816")]


def _tagged(nlp: Language, text: str, tags: dict[str, tuple[str, str, str]]) -> list[str]:
    """The toponyms of ``text`` with words' (tag, part of speech, lemma) given by hand."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tag, pos, lemma = tags.get(tok.text, ("NNP" if tok.is_title else "XX", "", tok.lower_))
        tok.tag_, tok.lemma_ = tag, lemma
        tok.pos_ = pos or ("PROPN" if tok.is_title else "X")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_a_list_of_towns_before_a_passive_of_taking_is_a_list_of_towns() -> None:
    nlp = _GAZ.nlp([("Nikopol", "ORG"), ("Marhanets", "ORG")])
    words = {
        "were": ("VBD", "AUX", "be"),
        "was": ("VBD", "AUX", "be"),
        "shelled": ("VBN", "VERB", "shell"),
        "praised": ("VBN", "VERB", "praise"),
        "again": ("RB", "ADV", "again"),
        "and": ("CC", "CCONJ", "and"),
    }
    # the parse missed the subject: the words say it
    assert _tagged(nlp, "Nikopol and Marhanets were shelled overnight.", words) == [
        "Nikopol",
        "Marhanets",
    ]
    assert _tagged(nlp, "Marhanets was again shelled.", words) == ["Marhanets"]
    # a passive of another verb says nothing of a place
    assert _tagged(nlp, "Marhanets was praised.", words) == []


def test_a_city_followed_by_in_the_unit_is_the_city() -> None:
    nlp = _GAZ.nlp([("Myeik", "PERSON"), ("Tanintharyi", "GPE")])
    text = "Fighting reached the edge of Myeik, in the Tanintharyi region."
    assert toponyms(nlp, text) == ["Myeik", "Tanintharyi"]
    # the unit must be one the name lies in: nothing after "in the" but a word
    assert toponyms(nlp, "Fighting reached the edge of Myeik, in the end.") == []


_UNITS = TinyGazetteer(
    "geomap.test_conflict_d12_units_gazetteer.v1",
    [
        entry("1798480", "Qinzhou", "city", "CN", 1_296_300, "PPLA2", 108.65, 21.95),
        entry("1327132", "Chin State", "admin1", "MM", 45_404, "ADM1", 93.65, 22.98),
        entry("1326105", "Falam", "city", "MM", 5_404, "PPL", 93.68, 22.91),
        entry("709930", "Dnipro", "city", "UA", 968_502, "PPLA", 35.04, 48.45),
        entry("712000", "Dnieper", "water", "", 0, "STM", 32.70, 46.62),
        entry("706448", "Kherson", "city", "UA", 283_649, "PPLA", 32.61, 46.64),
    ],
    other_names=(
        ("Chin", "1798480", "exonym"),
        ("Chin", "1327132", "alternate"),
        ("Dnipro", "712000", "alternate"),
    ),
)


def test_a_name_and_the_admin_word_after_it_are_the_unit_s_name() -> None:
    nlp = _UNITS.nlp([("Falam", "GPE"), ("Chin", "GPE")])
    text = "Fighters took Falam, the second town of Chin state."
    assert placed(nlp, text) == [("Falam", "1326105"), ("Chin", "1327132")]
    # without the admin word the name is read as before (the big city by its English name)
    assert placed(nlp, "Traders in Chin said prices rose.") == [("Chin", "1798480")]
    assert placed(nlp, "Traders in Chin state said prices rose.") == [("Chin", "1327132")]


def test_a_one_word_river_s_other_name_after_the_is_the_river() -> None:
    nlp = _UNITS.nlp([("Kherson", "GPE"), ("Dnipro", "GPE")])
    text = "Artillery in Kherson fired across the Dnipro overnight."
    assert placed(nlp, text) == [("Kherson", "706448"), ("Dnipro", "712000")]
    # without "the" the name is the city's
    text = "Artillery in Kherson fired at Dnipro overnight."
    assert placed(nlp, text) == [("Kherson", "706448"), ("Dnipro", "709930")]


_ISLANDS = TinyGazetteer(
    "geomap.test_conflict_d12_islands_gazetteer.v1",
    [
        entry("curated:bornholm", "Bornholm", "landform", "DK", 0, "ISL", 14.92, 55.12),
        entry("2621000", "Fanø", "landform", "DK", 0, "ISL", 8.41, 55.42),
        entry("556349", "Ingushetiya Republic", "admin1", "RU", 544_825, "ADM1", 44.87, 43.18),
    ],
    other_names=(("Ingushetia", "556349", "alternate"),),
)


def test_a_curated_island_is_well_known_where_a_place_word_governs_it() -> None:
    nlp = _ISLANDS.nlp([("Bornholm", "PERSON"), ("Fanø", "PERSON")])
    assert toponyms(nlp, "A tanker lost power off Bornholm.") == ["Bornholm"]
    # not GeoNames' many small islands; not without a place word
    assert toponyms(nlp, "A tanker lost power off Fanø.") == []
    assert toponyms(nlp, "Bornholm said the tanker was old.") == []


def test_neighbouring_modifies_the_name_a_preposition_governs_whatever_its_tag() -> None:
    nlp = _ISLANDS.nlp([("Ingushetia", "PERSON")])
    text = "Police stations were attacked in neighbouring Ingushetia."
    assert found_toponyms(nlp, text, {"neighbouring": "NOUN"}) == ["Ingushetia"]
    # another noun between the preposition and the name: no place word governs it
    text = "Police stations were attacked in talks Ingushetia held."
    assert found_toponyms(nlp, text, {"talks": "NOUN"}) == []


_HYPHENED = TinyGazetteer(
    "geomap.test_conflict_d12_hyphened_gazetteer.v1",
    [
        entry("119586", "Qaşr-e Shirin", "city", "IR", 18_000, "PPL", 45.58, 34.52),
        entry("1147000", "Shirin", "city", "UZ", 12_000, "PPL", 69.10, 40.23),
        entry("1133453", "Mazar-e Sharif", "city", "AF", 693_000, "PPLA", 67.11, 36.71),
        entry("104000", "Mazar", "city", "JO", 20_000, "PPL", 35.7, 31.06),
    ],
    other_names=(("Mazar-i-Sharif", "1133453", "exonym"),),
)


def test_a_name_whose_words_a_hyphen_and_a_particle_join_is_one_name() -> None:
    nlp = _HYPHENED.nlp([("Shirin", "GPE"), ("Mazar", "LOC")])
    assert placed(nlp, "Officials in Qasr-e Shirin said so.") == [("Qasr-e Shirin", "119586")]
    assert placed(nlp, "Traders in Mazar-i-Sharif said so.") == [("Mazar-i-Sharif", "1133453")]
    # the parts as the model tagged them when the whole is no name the gazetteer has
    assert toponyms(nlp, "Officials in Dasr-e Shirin said so.") == ["Shirin"]
    # a space before the hyphen: two names
    assert toponyms(nlp, "Officials in Mazar -i-Sharif said so.") == ["Mazar"]


_CAMPS = TinyGazetteer(
    "geomap.test_conflict_d12_camps_gazetteer.v1",
    [
        entry("12718654", "Mbera", "city", "MR", 58_985, "PPL", -5.79, 15.86),
        entry("2460000", "Bassikounou", "city", "MR", 40_000, "PPL", -5.90, 15.87),
        entry("4200000", "Clinton", "city", "US", 30_000, "PPL", -90.0, 40.0),
    ],
)


def test_a_bare_camp_with_a_place_after_it_is_named_after_its_town() -> None:
    nlp = _CAMPS.nlp([("Mbera", "PERSON"), ("Bassikounou", "GPE"), ("Clinton", "PERSON")])
    text = "Refugees are arriving at the Mbera camp near Bassikounou."
    assert toponyms(nlp, text) == ["Mbera", "Bassikounou"]
    assert toponyms(nlp, "Refugees left the Mbera camp, near Bassikounou.") == [
        "Mbera",
        "Bassikounou",
    ]
    # a bare camp with nothing after it is as often a faction's
    assert toponyms(nlp, "Aides in the Clinton camp said so.") == []
    assert toponyms(nlp, "Aides in the Clinton camp near the end said so.") == []


_ISLAND_TOWNS = TinyGazetteer(
    "geomap.test_conflict_d12_island_towns_gazetteer.v1",
    [
        entry(
            "ne:region:espiritu-santo",
            "Espiritu Santo",
            "landform",
            "",
            0,
            "island",
            167.04,
            -15.14,
        ),
        entry("ne:region:bouvet", "Bouvet", "landform", "", 0, "island", 3.40, -54.42),
        entry("4006552", "Espíritu Santo", "city", "MX", 821, "PPL", -101.44, 22.60),
        entry("2136150", "Luganville", "city", "VU", 13_397, "PPLA", 167.16, -15.52),
    ],
)


def test_an_island_without_a_country_takes_its_nearest_town_s() -> None:
    from geomap.nlp.island_countries import with_island_countries

    gaz = _ISLAND_TOWNS()
    cands = with_island_countries(gaz, list(gaz.candidates("Espiritu Santo")))
    # the island gets the country of Luganville, 45 km away; the towns keep theirs
    assert sorted((c.place.place_id, c.place.country_code) for c in cands) == [
        ("4006552", "MX"),
        ("ne:region:espiritu-santo", "VU"),
    ]
    # an island with no town within 100 km keeps none
    (bouvet,) = with_island_countries(gaz, list(gaz.candidates("Bouvet")))
    assert not bouvet.place.country_code


_ALIKE = TinyGazetteer(
    "geomap.test_conflict_d12_alike_gazetteer.v1",
    [
        entry("377962", "Babanusah", "city", "SD", 32_759, "PPL", 27.80, 11.33),
        entry("379003", "El Obeid", "city", "SD", 393_311, "PPLA", 30.22, 13.18),
        entry("3936456", "Lima", "city", "PE", 7_737_002, "PPLC", -77.03, -12.04),
        entry("100000", "Al Qasr", "city", "SD", 20_000, "PPL", 31.0, 14.0),
    ],
    other_names=(
        ("Babanusa", "377962", "alternate"),
        ("Lim", "3936456", "alternate"),
        ("Hilltop", "100000", "alternate"),
    ),
)


def test_a_big_town_s_other_name_spelled_alike_is_the_town_in_a_town_s_context() -> None:
    from geomap.nlp.respellings import town_spelled_alike

    gaz = _ALIKE()
    assert town_spelled_alike(gaz, "Babanusa")
    assert not town_spelled_alike(gaz, "Lim")  # too short to tell a spelling
    assert not town_spelled_alike(gaz, "Hilltop")  # another name, not a spelling
    nlp = _ALIKE.nlp([("Babanusa", "ORG"), ("El Obeid", "GPE")])
    text = "Fighting was reported near Babanusa and El Obeid."
    assert placed(nlp, text) == [("Babanusa", "377962"), ("El Obeid", "379003")]
    assert toponyms(nlp, "Babanusa said the talks had failed.") == []
