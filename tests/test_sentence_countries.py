"""A namesake in the country its own sentence names, over a far one (issue 16).

"The Seychelles coast guard sent a vessel from Victoria" in a story about Somali pirates
gave Victoria, the Australian state (twelve million people), not the Seychelles' capital.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_sentence_countries_gazetteer.v1",
    [
        place("1", "Victoria", "admin1", "AU", 12_000_000, "ADM1", 144.0, -37.0),
        place("2", "Victoria", "city", "SC", 23_000, "PPLC", 55.45, -4.62),
        place("3", "Seychelles", "country", "SC", 97_000, "PCLI", 55.5, -4.6),
        place("4", "Mogadishu", "city", "SO", 2_600_000, "PPLC", 45.34, 2.04),
        place("5", "Mombasa", "city", "KE", 1_200_000, "PPLA", 39.66, -4.05),
        place("6", "Melbourne", "city", "AU", 4_900_000, "PPLA", 144.96, -37.81),
        place("7", "Victoria", "city", "CA", 290_000, "PPLA", -123.37, 48.43),
    ],
)
NAMES = ["Victoria", "Seychelles", "Mogadishu", "Mombasa", "Melbourne"]


def _placed(text: str) -> dict[str, str | None]:
    return {m.text: m.place.place_id if m.place else None for m in GAZ.resolve_named(text, NAMES)}


def test_the_namesake_in_the_country_its_sentence_names() -> None:
    text = (
        "Pirates sailed from Mogadishu toward Mombasa. "
        "The Seychelles coast guard sent a vessel from Victoria."
    )
    assert _placed(text)["Victoria"] == "2"


def test_without_the_country_in_its_sentence_or_with_the_pick_in_the_story_it_stays() -> None:
    apart = (
        "Pirates sailed from Mogadishu toward Mombasa and the Seychelles. "
        "The coast guard sent a vessel from Victoria."
    )
    assert _placed(apart)["Victoria"] == "1"
    home = (
        "Pirates sailed from Mogadishu toward Melbourne. "
        "The Seychelles coast guard sent a vessel from Victoria."
    )
    assert _placed(home)["Victoria"] == "1"  # the story is in Australia too


def _ukrainian_revisions(seat_code: str, lang: str | None) -> dict[str, frozenset[str]]:
    """The revisions of "у Вікторії" beside "на Сейшелах" in one sentence, by candidate kind."""
    import spacy

    from geomap.nlp.sentence_countries import named_country_namesakes
    from geomap.records import Candidate

    nlp = spacy.blank("uk")
    nlp.add_pipe("sentencizer")
    doc = nlp("Уряд Мальдівів оголосив план. Подібні плани на Сейшелах: парламент у Вікторії.")
    state = place("1", "Victoria", "admin1", "AU", 12_000_000, "ADM1", 144.0, -37.0)
    capital = place("2", "Victoria", "city", "SC", 23_000, seat_code, 55.45, -4.62)
    country = place("3", "Seychelles", "country", "SC", 97_000, "PCLI", 55.5, -4.6)
    maldives = place("4", "Maldives", "country", "MV", 500_000, "PCLI", 73.2, 3.2)
    spans = {"мальдівів": doc[1:2], "сейшелах": doc[8:9], "вікторії": doc[12:13]}
    assert [s.text for s in spans.values()] == ["Мальдівів", "Сейшелах", "Вікторії"]
    picks = {"мальдівів": (maldives, 0.9), "сейшелах": (country, 0.9), "вікторії": (state, 0.6)}
    groups = {key: [span] for key, span in spans.items()}
    cands = {
        "мальдівів": [Candidate(maldives, "alternate")],
        "сейшелах": [Candidate(country, "alternate")],
        "вікторії": [Candidate(state, "name"), Candidate(capital, "alternate")],
    }
    found = named_country_namesakes(picks, groups, cands, lang)
    return {key: rev.ruled_out for key, rev in found.items()}


def test_in_another_language_a_capital_found_by_its_alternate_name_counts() -> None:
    # Ukrainian writes the Seychelles' capital by its Ukrainian (alternate) name
    assert _ukrainian_revisions("PPLC", "uk") == {"вікторії": frozenset({"1"})}


def test_an_alternate_name_counts_only_for_a_seat_and_only_outside_english() -> None:
    assert _ukrainian_revisions("PPLC", None) == {}  # English: own names only
    assert _ukrainian_revisions("PPL", "uk") == {}  # a village's stray alternate name
