"""``geomap claims --article``: part of an id, title or outlet, case-folded (user58)."""

from __future__ import annotations

from geomap.claims.select import articles_matching, unmatched_article

OBSERVER = "Kharkiv Observer (saved pages)/2024-07-09 Guided bombs hit Kozacha Lopan, one dead"
INFO = {
    OBSERVER: {"title": "Guided bombs hit Kozacha Lopan, one dead", "outlet": "Kharkiv Observer"},
    "SW-001": {"title": "Shelling cuts power in Kupiansk", "outlet": "Slobozhansky Wire"},
    "SW-002": {"title": "Drones hit fuel depot", "outlet": "Slobozhansky Wire"},
    "ru_белгород": {"title": "Обстрел Белгорода", "outlet": "Белгородская правда"},
    "r1": {"title": "Strikes on Odesa port", "outlet": "Reuters"},
}


def _found(query: str) -> set[str]:
    return set(articles_matching(query, set(INFO), INFO))


def test_part_of_an_outlet_a_title_or_an_id_finds_the_article() -> None:
    assert _found("Kharkiv Obs") == {OBSERVER}
    assert _found("Koza") == {OBSERVER}
    assert _found("SW-00") == {"SW-001", "SW-002"}
    assert _found("sw-002") == {"SW-002"}


def test_other_scripts_are_case_folded() -> None:
    assert _found("белгород") == {"ru_белгород"}
    assert _found("БЕЛГОРОДА") == {"ru_белгород"}
    assert _found("ＳＷ-001") == {"SW-001"}  # full-width letters are the same letters


def test_text_inside_a_word_is_found_when_no_word_starts_with_it() -> None:
    assert _found("harkiv obs") == {OBSERVER}
    assert _found("ort") == {"r1"}
    assert unmatched_article("Kyiv Independent", set(INFO), INFO)
    assert not unmatched_article("slobozhansky", set(INFO), INFO)


def test_the_terminal_names_articles_by_headline_earliest_first() -> None:
    """A feed's or a CSV's article is its headline, not its id; the undated come last."""
    from geomap.claims import claims_from_mentions, render_claims
    from tests.test_claims import KYIV, MENTIONS, S2, mention

    more = [*MENTIONS, mention("c", S2, 0, "Kyiv", KYIV), mention("d", S2, 0, "Kyiv", KYIV)]
    info = {
        "a": {"title": "Talks resume", "outlet": "Wire", "published": "2024-05-11T09:00:00+03:00"},
        "b": {"title": "Kyiv\x1b[31m calm", "outlet": "Wire", "published": "2024-05-02"},
        "c": {"outlet": "Post"},  # undated, no headline: its id
        "d": {"title": "  ", "outlet": "Post", "published": "2024-04"},  # a month alone
    }
    out = render_claims(more, claims_from_mentions(more), article_info=info)
    kyiv = out.split("\n\n")[0].splitlines()
    articles = [line.strip() for line in kyiv if line.startswith("  ") and line[2] != " "]
    assert articles == [
        "d · Post · 2024-04",
        "Kyiv\\u001b[31m calm · Wire · 2024-05-02",  # a control character spelled out
        "Talks resume · Wire · 2024-05-11",
        "c · Post",
    ]


def test_claims_help_names_the_map_folder_and_what_speaker_lists() -> None:
    """A new user did not know `claims` reads a map run's folder, nor why a quote was missing."""
    from typer.testing import CliRunner

    from geomap.cli import _register, app

    _register()
    text = " ".join(CliRunner().invoke(app, ["claims", "--help"]).output.split())
    assert "Or the output folder of a `geomap map` run (its -o)" in text
    assert "without loading the model" in text
    assert "A claim is a sentence that names a place" in text
    # map reads no such folder: its INPUT help stays the articles'
    assert (
        "output folder of a `geomap map`" not in CliRunner().invoke(app, ["map", "--help"]).output
    )


def test_the_terminal_view_counts_the_claims_past_the_limit() -> None:
    """A long report's thousands of claims about one place do not flood the terminal (user66)."""
    from geomap.claims import claims_from_mentions, render_claims
    from tests.test_claims import KYIV, S2, mention

    many = [mention("big", S2, 100 * n, "Kyiv", KYIV) for n in range(30)]
    many.append(mention("small", S2, 0, "Kyiv", KYIV))
    claims = claims_from_mentions(many)
    out = render_claims(many, claims, limit=20)
    assert out.count("Poland sent aid to Kyiv.") == 21  # 20 of the long one, 1 of the short
    assert "... 10 more claims of this article about it (--limit 0 shows all)" in out
    assert render_claims(many, claims).count("Poland sent aid to Kyiv.") == 31  # no limit
