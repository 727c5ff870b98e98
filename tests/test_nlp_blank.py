"""Recognition and resolution components on spacy.blank("en") with a tiny gazetteer."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.geoparser import Geoparser
from geomap.nlp import recognizer, resolver, sentences  # noqa: F401  (register factories)
from geomap.nlp.boundaries import after_articles
from geomap.nlp.mention_evidence import following_toponym
from geomap.nlp.name_kinds import modifies, names_a_settlement
from geomap.nlp.name_shapes import names_facility
from geomap.nlp.resolver import ToponymResolver, article_focus
from geomap.nlp.scoring import DEFAULT_WEIGHTS, Context, MentionEvidence, features
from geomap.nlp.unit_lists import listed_after_plural, listed_before_plural
from geomap.records import Candidate, Place
from geomap.settings import Settings
from tests.tiny_gazetteer import ALIASES, PLACES

_GAZ: dict[str, Gazetteer] = {}


@registry.misc("geomap.test_tiny_gazetteer.v1")
def _tiny() -> Gazetteer:
    if "g" not in _GAZ:
        _GAZ["g"] = Gazetteer.from_places(PLACES, aliases=ALIASES)
    return _GAZ["g"]


def _nlp(gpe: list[str], loc: list[str] = (), org: list[str] = ()) -> Language:  # type: ignore[assignment]
    """A blank pipeline whose 'NER' is an entity ruler with the given names."""
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("geomap_line_sentences")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [{"label": "GPE", "pattern": n} for n in gpe]
        + [{"label": "LOC", "pattern": n} for n in loc]
        + [{"label": "ORG", "pattern": n} for n in org]
    )
    gaz = {"@misc": "geomap.test_tiny_gazetteer.v1"}
    nlp.add_pipe("geomap_toponyms", config={"gazetteer": gaz})
    nlp.add_pipe("geomap_resolver", config={"gazetteer": gaz})
    return nlp


def _resolve(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    gp = Geoparser(Settings(), nlp=nlp)
    return [
        (m.text, m.place.place_id if m.place else None, m.place.country_code if m.place else None)
        for m in gp.parse("t", text)
    ]


@pytest.fixture()
def nlp() -> Iterator[Language]:
    yield _nlp(
        [
            "Georgia",
            "Atlanta",
            "Tbilisi",
            "Paris",
            "Texas",
            "France",
            "Washington",
            "Seattle",
            "U.S.",
            "Russia",
            "Poland",
            "Kaliningrad",
        ],
        org=["Crimea"],
    )


def test_georgia_country_with_tbilisi(nlp: Language) -> None:
    out = _resolve(nlp, "Protests spread from Tbilisi across Georgia on Monday.")
    assert ("Georgia", "614540", "GE") in out


def test_georgia_state_with_atlanta(nlp: Language) -> None:
    out = _resolve(nlp, "Storms hit Atlanta. Officials in Georgia said roads were closed.")
    assert ("Georgia", "4197000", "US") in out


def test_paris_france_by_default(nlp: Language) -> None:
    assert _resolve(nlp, "Talks resumed in Paris.") == [("Paris", "2988507", "FR")]


def test_paris_texas_pattern(nlp: Language) -> None:
    out = _resolve(nlp, "The fair opened in Paris, Texas, on Friday. Paris has 25,000 people.")
    assert out[0] == ("Paris", "4717560", "US")
    assert out[1] == ("Texas", "4736286", "US")
    # one sense per discourse: the later bare "Paris" is the same place
    assert out[2] == ("Paris", "4717560", "US")


def test_washington_city_vs_state(nlp: Language) -> None:
    assert _resolve(nlp, "Lawmakers in Washington passed the bill.")[0][1] == "4140963"
    out = _resolve(nlp, "Fires burned near Seattle. Washington declared an emergency.")
    assert ("Washington", "5815135", "US") in out


def test_kaliningrad_region_hint(nlp: Language) -> None:
    city = _resolve(nlp, "Kaliningrad is a port.")
    region = _resolve(nlp, "Troops moved into the Kaliningrad region.")
    assert city[0][1] == "554234"
    assert region[0][1] == "554230"


def test_gazetteer_scan_finds_multiword_region_and_water(nlp: Language) -> None:
    out = _resolve(nlp, "Ships left the Black Sea for Poland and the Baltic states.")
    names = [t for t, _, _ in out]
    assert "Black Sea" in names and "Baltic states" in names and "Poland" in names
    assert ("Baltic states", "12217934", None) in out


def test_org_label_only_when_gazetteer_corroborates() -> None:
    nlp = _nlp([], org=["Crimea", "the Russian Ministry of Defense"])
    out = _resolve(nlp, "Russia annexed Crimea, the Russian Ministry of Defense said.")
    texts = [t for t, _, _ in out]
    assert "Crimea" not in texts  # not in the tiny gazetteer: an ORG needs corroboration
    assert not any("Ministry" in t for t in texts)
    assert "Russia" in texts  # found by the gazetteer scan (a country name)


def test_trim_possessive_and_determiner(nlp: Language) -> None:
    nlp2 = _nlp(["the United States’s Foreign Office"])
    out = _resolve(nlp2, "Earlier the United States’s Foreign Office issued a statement.")
    assert out == [("United States", "6252001", "US")]


def test_unresolvable_name_kept_and_isolated() -> None:
    nlp = _nlp(["Zzyzxville", "Texas"])
    out = _resolve(nlp, "Zzyzxville is a town in Texas.")
    assert out[0] == ("Zzyzxville", None, None)
    assert out[1] == ("Texas", "4736286", "US")


def test_line_broken_sentence_after_abbreviation(nlp: Language) -> None:
    text = "The expert, a retired U.S.\nAir Force general, cited Poland.\nRussia objected."
    gp = Geoparser(Settings(), nlp=nlp)
    mentions = gp.parse("t", text)
    by_text = {m.text: m for m in mentions}
    assert by_text["U.S."].sentence == "The expert, a retired U.S. Air Force general, cited Poland."
    assert by_text["Poland"].sentence_start == 0
    assert by_text["Russia"].sentence == "Russia objected."
    assert text[by_text["Russia"].start : by_text["Russia"].end] == "Russia"


def test_a_title_inside_a_line_ends_no_sentence(nlp: Language) -> None:
    # "said Sgt. | Michael Green": the name, the speaker, stays in the sentence
    text = "Speed was a factor near Poland, said Sgt. Michael Green. Russia objected."
    by_text = {m.text: m for m in Geoparser(Settings(), nlp=nlp).parse("t", text)}
    assert by_text["Poland"].sentence == "Speed was a factor near Poland, said Sgt. Michael Green."
    assert by_text["Russia"].sentence == "Russia objected."


@pytest.mark.parametrize("glue", [", ", " and "])
def test_a_line_without_sentence_ends_is_cut_into_bounded_sentences(
    nlp: Language, glue: str
) -> None:
    # every mention carries its sentence: one 2 MB line made each a 10,000-character one
    from geomap.nlp.sentences import MAX_SENTENCE_TOKENS

    text = glue.join(["Poland", "Russia"] * 300)
    mentions = Geoparser(Settings(), nlp=nlp).parse("t", text)
    assert len(mentions) == 600
    for m in mentions:
        assert len(nlp.tokenizer(m.sentence)) <= MAX_SENTENCE_TOKENS
        assert text[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
    if glue == ", ":  # cut after a comma, never inside a list item
        assert all(m.sentence.startswith(("Poland", "Russia")) for m in mentions)


def test_resolve_gold_spans(nlp: Language) -> None:
    gp = Geoparser(Settings(), nlp=nlp)
    text = "Paris, Texas is small. Nothing in Qwertyland."
    spans = [(0, 5), (7, 12), (34, 44)]
    out = gp.resolve_spans("t", text, spans)
    # the unknown name goes to the article's only city, marked as placed by focus
    ids = [m.place.place_id if m.place else None for m in out]
    assert ids == ["4717560", "4736286", "4717560"]
    assert [m.located_by for m in out] == ["name", "name", "focus"]
    assert [m.text for m in out] == ["Paris", "Texas", "Qwertyland"]
    nlp.get_pipe("geomap_resolver").focus = False
    try:
        off = gp.resolve_spans("t", text, spans)
    finally:
        nlp.get_pipe("geomap_resolver").focus = True
    assert off[2].place is None and off[2].located_by is None
    assert [m.place.place_id if m.place else None for m in off[:2]] == ["4717560", "4736286"]


def test_article_focus_is_the_most_named_city_or_county() -> None:
    words = ["Ohio", "Atlanta", "Paris", "Atlanta", "Paris", "Georgia", "Georgia", "Georgia"]
    doc = _doc_with_toponyms(words, [(i, i + 1) for i in range(len(words))])
    s = list(doc.spans[TOPONYMS])
    atlanta, paris = _place("atl", "city"), _place("par", "city")
    picks = {
        "ohio": (_place("oh", "admin1"), 0.9),
        "atlanta": (atlanta, 0.8),
        "paris": (paris, 0.8),
        "georgia": (_place("ge", "country"), 0.7),  # named most, but not a city or county
    }
    groups = {"ohio": [s[0]], "atlanta": [s[1], s[3]], "paris": [s[2], s[4]], "georgia": s[5:]}
    assert article_focus(picks, groups) == (atlanta, 0.5)  # tie with Paris: named first
    groups["paris"].append(s[5])
    assert article_focus(picks, groups) == (paris, pytest.approx(0.6))
    picks["paris"] = (paris, 0.3)  # named most, but a doubtful pick: 0.9 against 1.6
    assert article_focus(picks, groups)[0] == atlanta
    assert article_focus({"ohio": picks["ohio"]}, groups) is None


def test_article_focus_is_where_the_named_cities_cluster() -> None:
    words = ["Newcomers", "Goleta", "Carpinteria", "Santa"]
    doc = _doc_with_toponyms(words, [(i, i + 1) for i in range(len(words))])
    s = list(doc.spans[TOPONYMS])

    def city(pid: str, lon: float, lat: float) -> Place:
        return Place(pid, pid, "city", "US", None, 0, lon, lat, "test")

    lone = city("lone", -81.6, 40.3)  # a sure pick far from the others
    santa = city("santa", -119.7, 34.42)
    picks = {
        "newcomers": (lone, 1.0),
        "goleta": (city("goleta", -119.83, 34.44), 0.4),
        "carpinteria": (city("carp", -119.52, 34.4), 0.4),
        "santa": (santa, 0.45),
    }
    groups = {k: [s[i]] for i, k in enumerate(picks)}
    focus = article_focus(picks, groups)
    assert focus is not None and focus[0] == santa  # 0.45 x 3 against 1.0 x 1
    assert focus[1] == pytest.approx(1.35 / (1.0 + 1.2 + 1.2 + 1.35))
    # a city whose admin-1 unit the article names, against a lone namesake named first
    cape = Place("cape", "cape", "city", "ZA", None, 0, 18.4, -33.9, "test", admin1_code="11")
    delft = Place("delft", "delft", "city", "NL", None, 0, 4.36, 52.0, "test", admin1_code="11")
    wc = Place("wc", "wc", "admin1", "ZA", None, 0, 20.0, -33.0, "test", admin1_code="11")
    picks = {"newcomers": (delft, 0.9), "goleta": (cape, 0.8), "carpinteria": (wc, 0.9)}
    focus = article_focus(picks, {k: [s[i]] for i, k in enumerate(picks)})
    assert focus is not None and focus[0] == cape  # 0.8 x 2 against 0.9 x 1


def test_doc_spans_have_extensions(nlp: Language) -> None:
    doc = nlp("Storms hit Atlanta.")
    (span,) = doc.spans[TOPONYMS]
    assert span._.place.name == "Atlanta"
    assert 0.0 < span._.confidence <= 1.0
    assert [p.place_id for p in span._.candidates] == ["4180439"]


def test_unknown_long_names_fall_back_only_to_notable_places(nlp: Language) -> None:
    gp = Geoparser(Settings(), nlp=nlp)
    text = "Fans met at Brands Hatch. Students of the University of Texas protested."
    spans = [(12, 24), (42, 61)]
    assert [text[s:e] for s, e in spans] == ["Brands Hatch", "University of Texas"]
    out = gp.resolve_spans("t", text, spans)
    assert out[0].place is None  # "Hatch", a village, does not stand for "Brands Hatch"
    assert out[1].place is not None and out[1].place.place_id == "4736286"  # Texas


def _doc_with_toponyms(words: list[str], toponyms: list[tuple[int, int]]) -> Doc:
    register_extensions()
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.spans[TOPONYMS] = [Span(doc, s, e, label="GPE") for s, e in toponyms]
    return doc


def test_names_listed_before_a_plural_admin_word() -> None:
    words = [
        "in",
        "Clay",
        ",",
        "Becker",
        "and",
        "Douglas",
        "counties",
        ",",
        "and",
        "the",
        "Gulf",
        "states",
    ]
    doc = _doc_with_toponyms(words, [(1, 2), (3, 4), (5, 6), (10, 11)])
    clay, becker, douglas, gulf = doc.spans[TOPONYMS]
    assert all(listed_before_plural(s) for s in (clay, becker, douglas))
    assert not listed_before_plural(gulf)  # one name before "states" is not a list
    doc = _doc_with_toponyms(["Clay", "and", "Becker", "said"], [(0, 1), (2, 3)])
    assert not any(listed_before_plural(s) for s in doc.spans[TOPONYMS])


def test_names_listed_after_a_plural_admin_word() -> None:
    words = [
        "jobs",
        "from",
        "western",
        "states",
        "such",
        "as",
        "California",
        "or",
        "Washington",
        ",",
        "and",
        "Texas",
    ]
    doc = _doc_with_toponyms(words, [(6, 7), (8, 9), (11, 12)])
    california, washington, texas = doc.spans[TOPONYMS]
    assert listed_after_plural(california) and listed_after_plural(washington)
    assert listed_after_plural(texas)  # ", and" goes on with the list
    words = ["the", "provinces", "of", "Idlib", "and", "Hama", ";", "states", "said", "Ohio"]
    doc = _doc_with_toponyms(words, [(3, 4), (5, 6), (9, 10)])
    idlib, hama, ohio = doc.spans[TOPONYMS]
    assert listed_after_plural(idlib) and listed_after_plural(hama)
    assert not listed_after_plural(ohio)  # "said" opens no list
    doc = _doc_with_toponyms(["two", "states", "Ohio"], [(2, 3)])
    assert not listed_after_plural(doc.spans[TOPONYMS][0])  # nothing between
    doc = _doc_with_toponyms(["the", "districts", "of", "Kabul"], [(3, 4)])
    assert not listed_after_plural(doc.spans[TOPONYMS][0])  # Kabul's districts


def _place(pid: str, ftype: str, cc: str | None = None, a1: str | None = None) -> Place:
    return Place(pid, pid, ftype, cc, None, 0, 0.0, 0.0, "test", admin1_code=a1)


def test_admin1_context_counts_by_lift_over_population_share() -> None:
    shares = {("GB", "ENG"): 0.84, ("US", "OH"): 0.035}
    ctx = Context(Counter({"GB": 10, "US": 10}), Counter({("GB", "ENG"): 10, ("US", "OH"): 8}))
    ctx.admin1_share = shares
    ev = MentionEvidence("X", "GPE", False, ())
    england = features(Candidate(_place("e", "city", "GB", "ENG"), "name"), ev, ctx, 0)
    ohio = features(Candidate(_place("o", "city", "US", "OH"), "name"), ev, ctx, 0)
    assert england["ctx_admin1_lift"] == pytest.approx(math.log(1 / 0.84))
    assert ohio["ctx_admin1_lift"] == pytest.approx(math.log(0.8 / 0.035))


def test_water_named_like_a_state_and_the_determiner() -> None:
    river = Candidate(_place("r", "water"), "name")
    state = Candidate(_place("s", "admin1", "US", "OH"), "name")
    plain = MentionEvidence("Ohio", "GPE", False, (), admin_named=True)
    after_the = MentionEvidence("Ohio", "GPE", False, (), admin_named=True, after_the=True)
    assert features(river, plain, None, 0)["shadowed"] == 1.0
    assert "after_the" not in features(river, plain, None, 0)
    assert features(river, after_the, None, 0)["after_the"] == 1.0
    assert "after_the" not in features(state, after_the, None, 0)
    assert "shadowed" not in features(state, plain, None, 0)


def test_the_before_a_modifier_is_not_the_names_determiner() -> None:
    register_extensions()
    vocab = spacy.blank("en").vocab
    # "the Kaliningrad exclave": the name is a compound of the noun after it
    words = ["the", "Kaliningrad", "exclave", "down", "the", "Ohio", "yesterday"]
    heads = [2, 2, 2, 2, 5, 3, 3]
    deps = ["det", "compound", "ROOT", "prep", "det", "pobj", "npadvmod"]
    pos = ["DET", "PROPN", "NOUN", "ADP", "DET", "PROPN", "NOUN"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert modifies(doc[1:2])
    assert not modifies(doc[5:6])  # "yesterday" is a noun but not what Ohio modifies
    region = _doc_with_toponyms(["the", "Kaliningrad", "region"], [(1, 2)])
    assert modifies(region.spans[TOPONYMS][0])  # an admin word needs no parse


def test_settlements_that_shadow_a_water_of_the_same_name() -> None:
    big = Place("c", "Kaliningrad", "city", "RU", None, 475_056, 0.0, 0.0, "test")
    small = Place("v", "Kaliningrad", "city", "RU", None, 900, 0.0, 0.0, "test")
    oblast = Place("o", "Kaliningrad Oblast", "admin1", "RU", None, 0, 0.0, 0.0, "test")
    assert names_a_settlement(Candidate(big, "name"), "Kaliningrad")
    assert not names_a_settlement(Candidate(small, "name"), "Kaliningrad")
    assert names_a_settlement(Candidate(oblast, "alternate"), "Kaliningrad")
    assert not names_a_settlement(Candidate(oblast, "alternate"), "Kalinin")


def test_gold_spans_take_the_model_label(nlp: Language) -> None:
    gp = Geoparser(Settings(), nlp=nlp)
    out = gp.resolve_spans("t", "Storms hit Atlanta. Nothing in Qwertyland.", [(11, 18), (31, 41)])
    assert [m.label for m in out] == ["GPE", "GOLD"]


class _OneAlternate:
    """A gazetteer stand-in: "Sa" is the alternate name of one village."""

    def __init__(self, place: Place) -> None:
        self.place = place

    def candidates(self, name: str) -> list[Candidate]:
        return [Candidate(self.place, "alternate")] if name.lower() == "sa" else []

    def demonym(self, name: str) -> None:
        return None


def test_acronyms_match_only_names_and_aliases() -> None:
    doc = _doc_with_toponyms(["Mines", "in", "SA", "and", "Sa", "closed"], [(2, 3), (4, 5)])
    sa, village = doc.spans[TOPONYMS]
    sia = Place("146084", "Siá", "city", "CY", None, 553, 33.4, 35.0, "test")
    res = ToponymResolver(_OneAlternate(sia), DEFAULT_WEIGHTS, rounds=1, focus=False)
    assert res._candidates([sa]) == []  # an acronym is no village's alternate name
    assert [c.place.place_id for c in res._candidates([village])] == ["146084"]


def test_an_admin_unit_qualified_by_of() -> None:
    words = ["the", "Donetsk", "region", "of", "Ukraine", "and", "Paris", "of", "France"]
    doc = _doc_with_toponyms(words, [(1, 2), (4, 5), (6, 7), (8, 9)])
    donetsk, ukraine, paris, _france = doc.spans[TOPONYMS]
    assert following_toponym(donetsk) == ukraine  # "X region of Y"
    assert following_toponym(paris) is None  # "of" qualifies only an admin unit
    doc2 = _doc_with_toponyms(["Paris", ",", "Texas"], [(0, 1), (2, 3)])
    paris2, texas = doc2.spans[TOPONYMS]
    assert following_toponym(paris2) == texas


def test_street_and_building_names() -> None:
    assert names_facility(["Elm", "Street"]) and names_facility(["Westfield", "Mall"])
    assert names_facility(["Eglinton", "Avenue", "West"])  # a compass word after the street
    assert not names_facility(["Tijuana", "River"]) and not names_facility(["Street"])
    assert not names_facility(["Kent", "West"])


def test_a_building_named_after_a_state_goes_there_without_a_focus_inside_it(
    nlp: Language,
) -> None:
    gp = Geoparser(Settings(), nlp=nlp)
    text = "Forecasters at Texas State University expect storms."
    out = gp.resolve_spans("t", text, [(15, 37)])
    assert text[15:37] == "Texas State University"
    assert out[0].place is not None and out[0].place.place_id == "4736286"  # Texas
    assert out[0].located_by == "name"
    # the university of a state the article's focus (Atlanta, Georgia) lies outside
    text = "Police in Atlanta said the Texas State University bus was found."
    out = gp.resolve_spans("t", text, [(10, 17), (27, 49)])
    assert out[1].place is not None and out[1].place.place_id == "4736286"  # Texas
    assert out[1].located_by == "name"


def test_after_articles_keeps_the_word_the_caller_asks_for() -> None:
    doc = spacy.blank("en")("the a West")
    assert after_articles(doc, 0, 3) == 2
    assert after_articles(doc, 0, 1) == 1  # "the" kept when the caller keeps one word
    assert after_articles(doc, 2, 3) == 2
