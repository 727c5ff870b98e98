"""Recognition and resolution with the real model on small articles written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.gazetteer.paths import repo_data_dir
from geomap.geoparser import Geoparser
from geomap.io.readers import read_inputs
from geomap.nlp.confidence import CALIBRATION_FILE, load_calibration
from geomap.nlp.resolver import FOCUS_PRECISION
from geomap.records import Article
from geomap.settings import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _places(gp: Geoparser, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            m.text,
            m.place.feature_type if m.place else None,
            m.place.country_code if m.place else None,
            m.place.admin1 if m.place else None,
        )
        for m in gp.parse("t", text)
    ]


def test_two_qualified_parises_stay_apart(gp: Geoparser) -> None:
    out = _places(gp, "A vigil was held in Paris, Texas, and another in Paris, Kentucky.")
    paris = [o for o in out if o[0] == "Paris"]
    assert [p[3] for p in paris] == ["Texas", "Kentucky"]


def test_georgia_country_and_state(gp: Geoparser) -> None:
    country = _places(gp, "Protesters filled the streets of Tbilisi, the capital of Georgia.")
    state = _places(gp, "Storms flooded Atlanta and Savannah, and Georgia declared an emergency.")
    assert ("Georgia", "country", "GE", None) in [(a, b, c, None) for a, b, c, _ in country]
    assert any(o[0] == "Georgia" and o[1] == "admin1" and o[2] == "US" for o in state)


def test_mislabelled_cities_after_prepositions_and_repeats(gp: Geoparser) -> None:
    out = _places(gp, "Officials in Kyiv said Odesa was shelled. Drones flew to Odesa again.")
    assert [o[0] for o in out] == ["Kyiv", "Odesa", "Odesa"]
    assert {o[2] for o in out} == {"UA"}


def test_end_of_longer_name_is_not_a_place(gp: Geoparser) -> None:
    out = _places(gp, "Fighting near Mocimboa da Praia displaced families in Cabo Delgado.")
    assert not any(o[0] == "Praia" for o in out)
    assert any(o[0] == "Cabo Delgado" and o[2] == "MZ" for o in out)


def test_a_capitalised_adjective_and_the_name_after_it_are_one_name() -> None:
    demonyms = Geoparser(Settings(demonyms=True))
    text = "Police said the shooting happened in the French Quarter of New Orleans."
    out = _places(demonyms, text)
    assert [o[0] for o in out] == ["New Orleans"]  # neither France nor a village Quarter
    # a demonym before a common noun stays one
    out = _places(demonyms, "The ship left the Ukrainian port of Odesa for Turkish waters.")
    assert [(o[0], o[2]) for o in out] == [("Ukrainian", "UA"), ("Odesa", "UA"), ("Turkish", "TR")]


def test_sea_named_as_sea_is_water(gp: Geoparser) -> None:
    out = _places(gp, "Houthi forces threatened shipping in the Red Sea on Tuesday.")
    assert ("Red Sea", "water", None, None) in out


def test_persons_are_not_places(gp: Geoparser) -> None:
    out = _places(gp, "Victoria Beckham flew to London on Monday.")
    assert [o[0] for o in out] == ["London"]


def test_datelines_and_ap_state_abbreviations(gp: Geoparser) -> None:
    out = _places(gp, "SPRINGFIELD, Ill. - Gov. JB Pritzker said the state needs federal aid.")
    assert out[0] == ("SPRINGFIELD", "city", "US", "Illinois")
    assert out[1] == ("Ill.", "admin1", "US", "Illinois")
    out = _places(gp, "CHARLESTON, W.Va. -- All lanes of the interstate reopened on Friday.")
    assert out[0][0] == "CHARLESTON" and out[0][3] == "West Virginia"


def test_speaker_does_not_reach_back_over_a_dateline(gp: Geoparser) -> None:
    ms = gp.parse("t", "SPRINGFIELD, Ill. - Gov. JB Pritzker said flooding hit Peoria.")
    peoria = next(m for m in ms if m.text == "Peoria")
    assert peoria.speaker is not None and peoria.speaker.phrase == "Gov. JB Pritzker"
    assert (peoria.speaker.name, peoria.speaker.role) == ("JB Pritzker", "Gov.")


def _resolved(gp: Geoparser, text: str, names: list[str]) -> list[tuple[str, str | None]]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [
        (m.text, f"{m.place.name}, {m.place.admin1}" if m.place else None)
        for m in gp.resolve_spans("t", text, spans)
    ]


def test_gold_spans_counties_in_a_list_and_ap_abbreviation(gp: Geoparser) -> None:
    text = "Flooding closed roads in Clay, Becker and Douglas counties in Minnesota."
    out = _resolved(gp, text, ["Clay", "Becker", "Douglas", "Minnesota"])
    assert out[:3] == [
        ("Clay", "Clay County, Minnesota"),
        ("Becker", "Becker County, Minnesota"),
        ("Douglas", "Douglas County, Minnesota"),
    ]
    out = _resolved(gp, "He moved to Peoria, Ill. last year.", ["Peoria", "Ill."])
    assert out == [("Peoria", "Peoria, Illinois"), ("Ill.", "Illinois, Illinois")]


def test_exonym_beats_a_village_of_that_name(gp: Geoparser) -> None:
    out = _places(gp, "Diplomats met at the Palais des Nations in Geneva on Monday.")
    # the city (its exonym) or the canton it is the seat of (by its own name: the ranker
    # trained on the four corpora's dev halves prefers it by a little), never Geneva, NY
    geneva = [(f, c, a) for t, f, c, a in out if t == "Geneva"]
    assert geneva in ([("city", "CH", "Geneva")], [("admin1", "CH", "Geneva")])


def test_street_placed_at_the_articles_city_and_acronym_left_alone(gp: Geoparser) -> None:
    text = (
        "Water mains burst on Qwertyview Avenue in Cincinnati on Monday. "
        "Cincinnati officials said Qwertyview Avenue would reopen."
    )
    spans = [(i, i + len(w)) for w in ("Qwertyview Avenue", "Cincinnati") for i in _all(text, w)]
    street = gp.resolve_spans("t", text, sorted(spans))[0]
    assert street.text == "Qwertyview Avenue"
    assert street.located_by == "focus"
    assert street.place is not None and street.place.name == "Cincinnati"
    # "SA" is the alternate name of a Cypriot village (Siá): an acronym gets no such match
    (sa,) = gp.resolve_spans("t", "Mines in SA closed.", [(9, 11)])
    assert sa.place is None and sa.located_by is None


def _all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def test_demonyms_inside_organisation_names_only_when_asked() -> None:
    text = "A spokeswoman for Canadian Blood Services said donations fell."
    with_demonyms = Geoparser(Settings(demonyms=True)).parse("t", text)
    assert [(m.text, m.place.country_code if m.place else None) for m in with_demonyms] == [
        ("Canadian", "CA")
    ]
    assert Geoparser(Settings(demonyms=False)).parse("t", text) == []


def test_small_town_after_a_locative_preposition(gp: Geoparser) -> None:
    town = _places(gp, "Instead of driving to Castlegar, people will be able to visit the office.")
    assert [(t, c) for t, _, c, _ in town] == [("Castlegar", "CA")]  # tagged PERSON by the model
    # numbers, dates and organisations after "to"/"in" stay out, though towns bear their names
    assert _places(gp, "The deal went to one bidder in August, after talks in Congress.") == []


def test_streets_go_to_the_focus_never_to_their_namesakes(gp: Geoparser) -> None:
    text = "Fire crews in Burlington fought a blaze on Elm Street and Pine Street on Monday."
    placed = {m.text: m for m in gp.parse("t", text)}
    burlington = placed["Burlington"].place
    assert burlington is not None and burlington.name == "Burlington"
    for street in ("Elm Street", "Pine Street"):  # not Elm, Switzerland or Pine, Arizona
        assert placed[street].place == burlington
        assert placed[street].located_by == "focus"
        # the city its own sentence names before it (geomap.nlp.street_towns, round 59)
        assert 0.5 < placed[street].confidence < 1.0
    # a street whose sentence names no city: the article's focus, its calibrated confidence
    later = "Fire crews in Burlington fought a blaze on Monday. Smoke rose over Elm Street."
    elm = {m.text: m for m in gp.parse("t", later)}["Elm Street"]
    assert elm.place == burlington and elm.located_by == "focus"
    # the focus's share of local mentions (1) x precision, calibrated
    calibrated = load_calibration(repo_data_dir() / CALIBRATION_FILE)(FOCUS_PRECISION, "focus")
    assert elm.confidence == pytest.approx(calibrated, abs=1e-4)
    assert 0.5 < elm.confidence < 1.0
    off = {m.text: m for m in Geoparser(Settings(focus=False)).parse("t", text)}
    assert off["Elm Street"].place is None and off["Elm Street"].located_by is None
    # no city or county in the article: the street keeps no point
    (mall,) = gp.parse("t", "Shoppers at Westfield Mall were evacuated.")
    assert mall.text == "Westfield Mall" and mall.place is None


def test_an_unknown_person_name_is_not_placed_at_the_focus(gp: Geoparser) -> None:
    out = {
        m.text: m
        for m in gp.parse("t", "A spokeswoman, Sheryl Gorsuch, said Minneapolis would help.")
    }
    assert out["Minneapolis"].located_by == "name"
    assert all(m.located_by != "focus" for m in out.values())


def test_a_demonym_tagged_as_a_place_needs_demonyms(gp: Geoparser) -> None:
    text = "Ukrainian officials said the talks in Georgia would resume."
    assert [m.text for m in gp.parse("t", text)] == ["Georgia"]  # "Ukrainian" tagged GPE
    with_demonyms = Geoparser(Settings(demonyms=True)).parse("t", text)
    assert ("Ukrainian", "UA") in [
        (m.text, m.place and m.place.country_code) for m in with_demonyms
    ]


def test_a_place_named_only_in_a_records_headline_is_found(gp: Geoparser, tmp_path: Path) -> None:
    """A JSONL record's ``title`` named the only place; only the body was read (user55)."""
    record = {"id": "s", "title": "Sudan: RSF seize town in Darfur", "text": "Fighters took it."}
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    found = gp.parse(article.article_id, article.text)
    assert {m.place.name for m in found if m.place} >= {"Sudan", "Darfur"}
    assert all(article.text[m.start : m.end] == m.text for m in found)


def test_the_labels_of_a_bulleted_report_are_places(gp: Geoparser) -> None:
    # "Izium" alone at a line's start is tagged a common noun; the list's big city vouches
    text = (
        "Shelling report, 14 March\n\n"
        "- Kupiansk: shelling of residential areas overnight, two injured.\n"
        "- Izium: a drone hit a warehouse.\n"
        "- Kharkiv: air alert for three hours.\n\n"
        "Officials said repairs would start on Monday."
    )
    found = [(name, cc) for name, _, cc, _ in _places(gp, text)]
    assert found == [("Kupiansk", "UA"), ("Izium", "UA"), ("Kharkiv", "UA")]


def test_a_place_name_before_a_surname_in_one_entity_is_a_given_name(gp: Geoparser) -> None:
    # "Marino" (a Moscow district) is the coach's given name: "Pusic" ends the entity
    assert _places(gp, "Coach Marino Pusic said the team was ready.") == []
    # a common word after the name ("Post") or one going on ("Air Force") leaves it alone
    out = _places(gp, "Odesa Mayor Hennadiy Trukhanov said a drone hit the port.")
    assert ("Odesa", "city", "UA", "Odesa Oblast") in out


def test_a_regions_adjective_taken_for_a_mention_is_the_region(gp: Geoparser) -> None:
    out = _places(gp, "The Moldovan government said the Transnistrian region ran out of gas.")
    assert ("Transnistrian", "admin1", "MD", "Transnistria") in out


def test_a_town_a_weapon_strikes_and_a_towns_district(gp: Geoparser) -> None:
    # the model tags "Izmail" a person after "attacked"; drones strike places
    assert _places(gp, "Drones attacked Izmail overnight.") == [
        ("Izmail", "city", "UA", "Odesa Oblast")
    ]
    # "the Izmail district" is the unit GeoNames calls Izmail Raion, not the city
    out = _places(gp, "Drones attacked the Izmail district overnight, the governor said.")
    assert out == [("Izmail", "admin2", "UA", "Odesa Oblast")]


def _speakers(gp: Geoparser, text: str) -> dict[str, tuple[str, str, str, str]]:
    return {
        m.text: (m.speaker.name, m.speaker.kind, m.speaker.role, m.speaker.entity)
        for m in gp.parse("t", text)
        if m.speaker is not None
    }


def test_a_name_after_a_head_of_a_body_and_its_surname_later(gp: Geoparser) -> None:
    # the model runs one organisation over the body and the name: the name is the person's
    text = (
        "Head of Odesa Regional Military Administration Oleh Kiper said on Telegram that "
        "the port of Izmail was hit."
    )
    role = "Head of Odesa Regional Military Administration"
    assert _speakers(gp, text)["Izmail"] == ("Oleh Kiper", "person", role, "Oleh Kiper")
    # a surname later is the person a speaker's own name gave, though no PERSON entity did
    text = (
        "Drones struck the port of Izmail overnight, the governor of the Odesa region, Oleh "
        "Kiper, said. Two drivers were injured in Reni, Kiper wrote on Telegram."
    )
    assert _speakers(gp, text)["Reni"][:2] == ("Kiper", "person")
    assert _speakers(gp, text)["Reni"][3] == "Oleh Kiper"


def test_a_bodys_first_words_after_a_headline_stay_one_sentence(gp: Geoparser) -> None:
    # the parser cut "Ersin | Tatar" and "Kharkiv | and Odesa" after a headline line
    text = (
        "Talks on Cyprus stall\n\nErsin Tatar, leader of the Turkish Republic of Northern "
        "Cyprus, said a two-state solution is the only way."
    )
    assert all(name != "Ersin" for name, _, _, _ in _places(gp, text))
    text = "Strikes overnight\n\nKharkiv and Odesa were shelled overnight, officials said."
    assert _speakers(gp, text)["Kharkiv"][:2] == ("officials", "anonymous")


def test_units_named_by_their_word_are_the_units(gp: Geoparser) -> None:
    # "the Kyiv region" is Kyiv Oblast, not the city's own unit; a list closed by
    # "regions" is a list of oblasts; "Mykolaiv Oblast" is one whatever the model tags it
    out = _places(
        gp,
        "Drones struck the Kyiv region overnight, officials said. The Kharkiv and "
        "Zaporizhzhia regions were also hit, and Mykolaiv Oblast reported damage.",
    )
    assert out == [
        ("Kyiv", "admin1", "UA", "Kyiv Oblast"),
        ("Kharkiv", "admin1", "UA", "Kharkiv Oblast"),
        ("Zaporizhzhia", "admin1", "UA", "Zaporizhzhia"),
        ("Mykolaiv Oblast", "admin1", "UA", "Mykolaiv"),
    ]


def test_towns_after_their_units_possessive(gp: Geoparser) -> None:
    out = _places(gp, "Russian forces attacked Donetsk Oblast's Pokrovsk and Kostiantynivka.")
    assert ("Kostiantynivka", "city", "UA", "Donetsk") in out
