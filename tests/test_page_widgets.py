"""A saved page's consent banner and paywall are not the article (rev41).

A consent banner in a ``<section class="privacy-notice">`` after the story put
"Paris, London and Berlin data centres" in the article's text, and a paywall's
"Offers in New York and Toronto" too: their places were mapped as the article's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.html import extract_html

STORY = "Officials in Kyiv said on Monday that shelling near Kharkiv had stopped."
WIDGETS = {
    "consent section": (
        '<section class="privacy-notice"><h2>We value your privacy</h2><p>We and our 842 '
        "partners store cookies in Paris, London and Berlin data centres.</p>"
        "<button>I Accept</button></section>"
    ),
    "cookie banner id": (
        '<div id="cookie_banner"><p>This site uses cookies from servers in Dublin and '
        "Amsterdam.</p></div>"
    ),
    "paywall": (
        '<div class="paywall-prompt"><p>Subscribe to continue reading. Offers in New York '
        "and Toronto.</p></div>"
    ),
    "modal dialog": (
        '<div role="dialog" aria-label="Sign up"><p>Get our Brussels and Geneva '
        "briefing every morning.</p></div>"
    ),
}


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_a_widget_beside_the_story_is_left_out(name: str) -> None:
    page = (
        "<html><head><title>T</title></head><body><header><a href='/'>Home</a></header>"
        f"<div class='content'><div class='story'><p>{STORY}</p></div></div>{WIDGETS[name]}"
        "</body></html>"
    )
    text, _ = extract_html(page)
    assert STORY in text
    for place in ("Paris", "Dublin", "Toronto", "Brussels", "cookies", "Subscribe"):
        assert place not in text


def test_a_subscribers_article_body_is_kept() -> None:
    page = (
        "<html><body><div class='article-body subscriber-content'>"
        f"<p>{STORY}</p><p>The mayor of Lviv said schools would reopen.</p></div></body></html>"
    )
    text, _ = extract_html(page)
    assert STORY in text and "Lviv" in text


def test_an_article_inside_an_element_named_like_a_widget_is_kept() -> None:
    page = (
        "<html><body><div id='consent-wrapper'><article>"
        f"<p>{STORY}</p><p>The mayor of Lviv said schools would reopen.</p>"
        "</article></div></body></html>"
    )
    text, _ = extract_html(page)
    assert STORY in text and "Lviv" in text


def test_a_page_rendered_by_script_is_no_article_and_says_how_to_save_it(tmp_path: Path) -> None:
    """Its ``<noscript>`` "Please enable JavaScript" was read as the article (rev42)."""
    from geomap.io.readers import read_inputs
    from geomap.records import InputStatus

    (tmp_path / "app.html").write_text(
        "<html><head><title>App</title></head><body><noscript>Please enable JavaScript to "
        'read this site.</noscript><div id="root"></div><script src="app.js"></script>'
        "</body></html>",
        encoding="utf-8",
    )
    (status,) = read_inputs([tmp_path / "app.html"])
    assert isinstance(status, InputStatus) and status.status == "empty"
    assert "no main text in the page (it may be written by its scripts" in (status.reason or "")


def test_a_noscript_beside_an_article_leaves_the_article() -> None:
    page = (
        f"<html><body><article><p>{STORY}</p></article>"
        "<noscript><p>Please enable JavaScript to see comments from Toronto.</p></noscript>"
        "</body></html>"
    )
    text, _ = extract_html(page)
    assert "Kharkiv" in text and "Toronto" not in text


def test_a_page_of_unclosed_script_tags_is_searched_in_linear_time() -> None:
    """Each unclosed ``<script`` scanned to the page's end: ~5 s for 1 MB (rev43)."""
    import time

    from geomap.io.documents import SCRIPT_TAG

    page = b"<script application/ld+json " * 36_000  # about 1 MB, every tag JSON-LD-like
    start = time.perf_counter()
    assert SCRIPT_TAG.search(page) is None
    assert time.perf_counter() - start < 1.0
    assert SCRIPT_TAG.search(b'<script type="application/ld+json">{}</script><script src="a.js">')


def _lazy_page(noscript_head: str, noscript_body: str, outside: str = "") -> str:
    return (
        "<html><head><title>Talks resume</title>"
        f"<noscript>{noscript_head}</noscript><script>window.app={{}}</script></head>"
        f'<body><div id="root">{outside}</div><noscript>{noscript_body}</noscript></body></html>'
    )


def test_an_article_only_in_noscript_is_read() -> None:
    """Every <noscript> was dropped, so such a page was "no main text" (rev43's item 7)."""
    paragraphs = "".join(f"<p>{STORY} Round {n} is planned.</p>" for n in range(1, 4))
    page = _lazy_page(
        '<img height="1" width="1" src="https://pixel.example/tr?id=1&amp;noscript=1"/>',
        f'<div class="story"><h1>Talks resume</h1>{paragraphs}</div>',
    )
    text, meta = extract_html(page)
    assert text.startswith("Talks resume\n\n") and text.count("Kharkiv") == 3
    assert "pixel" not in text and meta["title"] == "Talks resume"


def test_a_tracking_pixel_in_noscript_changes_nothing() -> None:
    pixel = '<img height="1" width="1" src="https://pixel.example/tr?id=1"/>'
    with_pixel = _lazy_page(pixel, pixel, f"<article><p>{STORY}</p></article>")
    without = _lazy_page("", "", f"<article><p>{STORY}</p></article>")
    assert extract_html(with_pixel) == extract_html(without)
    assert "Kharkiv" in extract_html(with_pixel)[0]


def test_a_short_noscript_line_beside_an_empty_page_is_still_no_article() -> None:
    page = _lazy_page("", "<p>Please enable JavaScript to read this site from Toronto.</p>")
    assert extract_html(page)[0] == ""


#: Consent notices and comments/"related" boxes as pages in other languages name them.
OTHER_LANGUAGE_BOXES = {
    "polish consent": '<div class="rodo-popup"><p>Partnerzy z Dublina przetwarzają dane.</p></div>',
    "german privacy": '<div id="datenschutz_hinweis"><p>Server in Dublin speichern.</p></div>',
    "french consent": '<div class="bandeau-rgpd"><p>Nos partenaires à Dublin traitent.</p></div>',
    "polish related": '<div class="polecane"><h2>Polecane</h2><p>Pożar w Dublinie</p></div>',
    "german comments": '<div class="kommentare"><p>Hans aus Dublin: Endlich!</p></div>',
    "french read also": '<aside class="a-lire-aussi"><p>Grève à Dublin</p></aside>',
    "french comments": '<section id="commentaires"><p>Pierre de Dublin : bravo.</p></section>',
    "russian related": '<div class="chitayte-takzhe"><p>Морозы в Дублине</p></div>',
    "cyrillic class": '<div class="комментарии"><p>Иван из Дублина: ура.</p></div>',
}


@pytest.mark.parametrize("name", sorted(OTHER_LANGUAGE_BOXES))
def test_a_box_named_in_another_language_is_left_out(name: str) -> None:
    page = (
        "<html><body><article><h1>Shelling near Kharkiv</h1>"
        f"<p>{STORY}</p><p>The mayor of Lviv said schools would reopen on Tuesday.</p>"
        f"</article>{OTHER_LANGUAGE_BOXES[name]}</body></html>"
    )
    text, _ = extract_html(page)
    assert STORY in text and "Lviv" in text
    assert "Dubl" not in text and "Дубл" not in text


def test_a_german_opinion_piece_named_kommentar_is_kept() -> None:
    # "Kommentar" (singular) is an opinion piece: its body is the article, not comments
    page = (
        "<html><body><div class='kommentar'>"
        f"<p>{STORY}</p><p>The mayor of Lviv said schools would reopen.</p></div></body></html>"
    )
    text, _ = extract_html(page)
    assert STORY in text and "Lviv" in text
