"""``claims --place``: the run's other places of the name, a phrase placed under another name,
and one place label with and without date filters (user73a B7, B9; user73b C1)."""

from __future__ import annotations

from geomap.claims.place_names import run_labels
from geomap.claims.render import render_claims
from geomap.claims.select import place_found
from geomap.claims.tally import tally_claims, tally_text
from geomap.records import Claim, Mention, Place


def _place(pid: str, name: str, kind: str, cc: str) -> Place:
    return Place(pid, name, kind, cc, None, 1000, 0.0, 0.0, "test")


_BHAM_GB = _place("1", "Birmingham", "city", "GB")
_BHAM_US = _place("2", "Birmingham", "city", "US")
_CARTERS = _place("3", "Cartersville", "city", "US")
_LACIN = _place("4", "Laçın", "city", "AZ")


def _mention(article: str, text: str, place: Place | None, sentence: str) -> Mention:
    at = sentence.index(text)
    return Mention(article, at, at + len(text), text, sentence, 0, place, 0.9)


def _claim(place: Place, article: str) -> Claim:
    return Claim(place.place_id, article, "A sentence.", 0, 11, None)


def test_the_runs_other_places_of_the_name_are_said() -> None:
    mentions = [
        _mention("a", "Birmingham", _BHAM_GB, "Rain fell in Birmingham."),
        _mention("b", "Birmingham", _BHAM_US, "Birmingham fans cheered."),
        _mention("c", "Birmingham", _CARTERS, "Next: Birmingham."),
        _mention("c", "Birmingham", _CARTERS, "Birmingham again."),
    ]
    text = render_claims(mentions, [_claim(_BHAM_GB, "a")], place="Birmingham")
    assert "Birmingham [city, GB] 1" in text
    assert (
        "(also in this run: Cartersville (city, US, 2 mentions of 'Birmingham'), "
        "Birmingham (city, US, 1 mention))"
    ) in text


def test_a_phrase_placed_under_another_name_says_where_it_went() -> None:
    sentence = "Trucks queued on the Lachin corridor at dawn."
    mentions = [
        _mention("a", "Lachin", _LACIN, sentence),
        _mention("b", "Lachin", _LACIN, "The Lachin  Corridor was shut."),
        _mention("c", "Lachin", _LACIN, "Lachin town, not the corridor."),
    ]
    assert place_found("Lachin corridor", mentions, [], frozenset()) == "unknown"
    text = render_claims(mentions, [], place="Lachin corridor", found="unknown")
    assert "nor in the articles read" not in text
    assert "'Lachin corridor' is in 2 articles, placed at Laçın (city, AZ)" in text
    assert "--place 'Laçın' shows its claims" in text


def test_a_place_is_labelled_alike_with_and_without_a_date_filter() -> None:
    london = _place("5", "London", "city", "GB")
    ontario = _place("6", "London", "city", "CA")
    places = {"5": london, "6": ontario}
    info = {"a": {"outlet": "Wire"}, "b": {"outlet": "Wire"}}
    every = tally_claims([_claim(london, "a"), _claim(ontario, "b")], places, info, "outlet")
    since = tally_claims([_claim(london, "a")], places, info, "outlet")  # Ontario filtered out
    labels = run_labels(places)
    assert "London (city, GB)" in tally_text(every, "outlet", 10, labels)
    assert "London (city, GB)" in tally_text(since, "outlet", 10, labels)
