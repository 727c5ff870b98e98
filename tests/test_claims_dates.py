"""``geomap claims``: each article's outlet and day, --since/--until, and what --place names.

A new user's terminal view showed only article ids, so outlets could not be compared over
time; ``--place Atlantis`` and ``--place Valencia`` both said "No claims about ...", whether
the gazetteer knew the name or not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from geomap.claims import claims_from_mentions, render_claims
from geomap.claims.periods import claims_between, claims_in_language, iso_day, published_period
from geomap.claims.select import place_found, place_labels
from tests.test_claims import KYIV, MENTIONS, POLAND, S2, mention

INFO = {
    "a": {"outlet": "Reuters", "published": "2024-03-01T23:30:00-05:00"},
    "b": {"outlet": "TASS\x1b[31m", "published": "2024-03-20"},
    "c": {"outlet": "Kyiv Independent", "published": "2024-03"},  # a month alone
    "d": {"outlet": "Wire"},  # no date
}
MORE = [*MENTIONS, mention("c", S2, 0, "Kyiv", KYIV), mention("d", S2, 0, "Poland", POLAND)]
CLAIMS = claims_from_mentions(MORE)


def _articles(claims: Any) -> list[str]:
    return sorted({c.article_id for c in claims})


def test_claims_between_keeps_the_days_in_range_and_counts_the_undated() -> None:
    assert claims_between(CLAIMS, INFO).claims == CLAIMS  # no filter: all, none left out
    assert claims_between(CLAIMS, INFO).undated == frozenset()
    march = claims_between(CLAIMS, INFO, iso_day("2024-03-01"), iso_day("2024-03-31"))
    assert _articles(march.claims) == ["a", "b", "c"]  # the day as written; all of March
    assert march.undated == {"d"}
    late = claims_between(CLAIMS, INFO, since=dt.date(2024, 3, 15))
    assert _articles(late.claims) == ["b"]  # both ends included below
    assert late.undated == {"c", "d"}  # March reaches past the 15th: its day is unknown
    day = claims_between(CLAIMS, INFO, dt.date(2024, 3, 20), dt.date(2024, 3, 20))
    assert _articles(day.claims) == ["b"]
    early = claims_between(CLAIMS, INFO, until=dt.date(2024, 2, 29))
    assert early.claims == [] and early.undated == {"d"}  # March lies past the end: out


def test_claims_in_a_language_are_those_of_its_articles() -> None:
    # user59: `geomap claims OUT --language ru` on a saved run showed every language's claims
    langs = {"a": {"language": "ru"}, "b": {"language": "en"}, "c": {"language": "RU"}}
    assert _articles(claims_in_language(CLAIMS, langs, "ru")) == ["a", "c"]
    assert _articles(claims_in_language(CLAIMS, langs, "uk")) == []


def test_a_speaker_not_found_is_explained_by_the_articles_languages() -> None:
    from geomap.claims.render import unspoken_note

    # user59: --speaker with a Ukrainian name found nothing, with no word why
    note = unspoken_note({"a": {"language": "it"}, "b": {"language": "es"}, "c": {}})
    assert "Polish and Ukrainian articles only (2 articles here are not)" in note
    assert unspoken_note({"a": {"language": "uk"}, "b": {"language": "pl"}}) == ""  # spkl72
    assert unspoken_note({"a": {"language": "ru"}, "b": {"language": "en"}}) == ""


def test_dates_read_as_days_months_or_years() -> None:
    assert published_period("2023") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert published_period("2024-13-01") is None and published_period(None) is None
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        iso_day("1 March 2024")
    with pytest.raises(ValueError, match="no such day"):
        iso_day("2024-02-30")


def test_the_terminal_names_each_articles_outlet_and_day() -> None:
    out = render_claims(MORE, CLAIMS, article_info=INFO)
    lines = out.splitlines()
    assert "  a · Reuters · 2024-03-01" in lines
    assert "  b · TASS\\u001b[31m · 2024-03-20" in lines  # a control character spelled out
    assert "  c · Kyiv Independent · 2024-03" in lines and "  d · Wire" in lines
    assert "  a" not in lines


def test_what_an_unmatched_place_is_is_said() -> None:
    assert place_found("Kyiv", MORE, CLAIMS, frozenset()) == "claims"
    assert place_found("Valencia", MORE, CLAIMS, frozenset({"2509954"})) == "no claims"
    assert place_found("Qwxyzland", MORE, CLAIMS, frozenset()) == "unknown"
    unknown = render_claims(MORE, [], place="Qwxyzland", found="unknown")
    assert unknown == "No place called 'Qwxyzland' in the gazetteer, nor in the articles read.\n"
    elsewhere = render_claims(MORE, [], place="Valencia", found="no claims")
    assert elsewhere.startswith("No claims about 'Valencia' in this run: the gazetteer knows")
    filtered = render_claims(MORE, [], place="Kyiv", found="claims", filters=["--since 2025-01-01"])
    assert filtered.startswith("No claims about 'Kyiv' matching --since 2025-01-01.")


def test_the_places_a_name_stands_for_are_labelled() -> None:
    from tiny_gazetteer import PLACES

    from geomap.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places([p for p in PLACES if p.name == "Georgia"])
    ids = frozenset(p.place_id for p in PLACES if p.name == "Georgia")
    labels = place_labels("Georgia", gazetteer, ids)
    assert "Georgia (country, GE)" in labels and "Georgia (admin1, US)" in labels
    assert place_labels("Georgia", gazetteer, frozenset({"614540"})) == ["Georgia (country, GE)"]
    shown = render_claims(
        MORE, [], place="Georgia", found="no claims", place_ids=ids, known_as=labels[:1]
    )
    assert shown.startswith(
        f"No claims about 'Georgia' in this run: the gazetteer knows {len(ids)} place(s) called "
        "so (Georgia (country, GE), ...), but none of the claims read is about one."
    )


@pytest.fixture
def claims_cli(monkeypatch: pytest.MonkeyPatch) -> Any:
    import geomap.run
    from geomap.claims import query
    from geomap.cli import _register, app
    from geomap.gazetteer import Gazetteer

    def fake_geoparse_inputs(inputs: list[Path], *, settings: object) -> SimpleNamespace:
        records = SimpleNamespace(mentions=tuple(MORE), claims=tuple(CLAIMS))
        return SimpleNamespace(
            records=records, failed=(), statuses=(), processed=("x.txt",), article_info=INFO
        )

    monkeypatch.setattr(geomap.run, "geoparse_inputs", fake_geoparse_inputs)
    # the gazetteer knows Valencia, not Qwxyzland (no gazetteer opened here)
    called = {"valencia": frozenset({"2509954"})}
    monkeypatch.setattr(Gazetteer, "open", classmethod(lambda cls, path=None: None))
    monkeypatch.setattr(
        query, "places_called", lambda name, gaz, among: called.get(name.lower(), frozenset())
    )
    monkeypatch.setattr(query, "place_labels", lambda name, gaz, ids: ["Valencia (city, ES)"])
    _register()
    return lambda *args: CliRunner().invoke(app, ["claims", "x.txt", *args])


def test_claims_since_until_on_the_command_line(claims_cli: Any) -> None:
    out = claims_cli("--since", "2024-03-15")
    assert out.exit_code == 0, out.output
    assert "  b · TASS\\u001b[31m · 2024-03-20" in out.output
    assert "  a · Reuters" not in out.output
    assert out.output.rstrip().endswith(
        "(2 article(s) without a date left out by --since 2024-03-15)"
    )
    out = claims_cli("--since", "2024-03-15", "--json")
    assert out.exit_code == 0 and '"article": "b"' in out.output
    assert "geomap: 2 article(s) without a date left out by --since 2024-03-15" in out.output
    bad = claims_cli("--until", "March")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    assert claims_cli("--since", "2024-04-01", "--until", "2024-03-01").exit_code == 2


def test_claims_says_whether_the_gazetteer_knows_the_place(claims_cli: Any) -> None:
    unknown = claims_cli("--place", "Qwxyzland")
    assert unknown.exit_code == 0
    assert unknown.output.startswith("No place called 'Qwxyzland' in the gazetteer")
    known = claims_cli("--place", "Valencia")
    assert known.output.startswith(
        "No claims about 'Valencia' in this run: the gazetteer knows 1 place(s) called so "
        "(Valencia (city, ES)), but none"
    )
    as_json = claims_cli("--place", "Valencia", "--json")
    assert (
        as_json.output.startswith("[]") and "geomap: No claims about 'Valencia'" in as_json.output
    )
