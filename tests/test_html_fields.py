"""A corpus text field that holds HTML is read as an ``.html`` file is; plain text is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.io.html import extract_html
from geomap.io.html_fields import looks_like_html
from geomap.io.readers import read_inputs
from geomap.io.record import record_article
from geomap.records import Article, InputStatus

#: Text fields holding HTML -> the text geomap must read.
_HTML = {
    "<p>Officials in Kyiv said the bridge was closed.</p>": (
        "Officials in Kyiv said the bridge was closed."
    ),
    "<script>var Paris = 'Berlin'; alert(1)</script>Officials in Warsaw said talks resume.": (
        "Officials in Warsaw said talks resume."
    ),
    "The mayor of <b>Lyon</b> met officials from Marseille &amp; Nice.": (
        "The mayor of Lyon met officials from Marseille & Nice."
    ),
    "<style>body{font-family: Georgia}</style><div>Rain fell on Dublin.</div>": (
        "Rain fell on Dublin."
    ),
    "Farmers in <i>Lviv</i> met.\n\nThe union in <b>Odesa</b>, it said.\nA second line.": (
        "Farmers in Lviv met.\n\nThe union in Odesa, it said.\n\nA second line."
    ),
    "<!-- ad --><SPAN class='x'>Troops left Kherson</SPAN>": "Troops left Kherson",
}
#: Plain text with "<" or "&" that is no markup: read as it is.
_PLAIN = (
    "Inflation in Madrid stayed <5% while Barcelona saw x<y and 3 < 4 results.",
    "The <Lviv> label and a<b comparison; AT&T; R&D & more.",
    "Prices <= 10 and arrows -> <- in Riga.",
    "He sent <a few words> from Kyiv, <b and c> in <i think> so, and <time to go>.",
)


@pytest.mark.parametrize(("field", "expected"), list(_HTML.items()))
def test_a_text_field_of_html_is_extracted_as_a_page(field: str, expected: str) -> None:
    article = record_article({"id": "a", "text": field}, "in.jsonl:1", "d", 0)
    assert isinstance(article, Article)
    assert article.text == expected
    assert "<" not in article.text and "alert" not in article.text
    assert any("'text' field holds HTML" in note for note in article.notes)


def test_entities_alone_are_decoded_with_a_note() -> None:
    article = record_article(
        {"id": "e", "body": "Farmers in Gda&#324;sk and Krak&oacute;w &amp; Lw&#xF3;w met."},
        "in.jsonl:1",
        "d",
        0,
    )
    assert isinstance(article, Article)
    assert article.text == "Farmers in Gdańsk and Kraków & Lwów met."
    assert any("'body' field holds HTML character references" in n for n in article.notes)


@pytest.mark.parametrize("plain", _PLAIN)
def test_plain_text_with_a_less_than_sign_is_untouched(plain: str) -> None:
    assert not looks_like_html(plain)
    article = record_article({"id": "p", "text": plain}, "in.jsonl:1", "d", 0)
    assert isinstance(article, Article)
    assert article.text == plain and article.notes == ()


@pytest.mark.parametrize(
    "markup", ['<a href="/x">Kyiv</a>', "<p align=center>", "x<br/>y", "</em >", "<!-- c -->"]
)
def test_real_tags_are_markup(markup: str) -> None:
    assert looks_like_html(markup)


def test_markup_late_in_a_long_field_is_found() -> None:
    assert looks_like_html("Plain words. " * 2000 + "<script>alert(1)</script>")


def test_jsonl_and_csv_corpora_read_html_fields(tmp_path: Path) -> None:
    rows = [{"id": "h", "text": "<p>Rain in <b>Kyiv</b>.</p><script>evil()</script>"}]
    rows.append({"id": "t", "text": "Rain in Lviv, <5 mm."})
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "b.csv").write_text(
        'id;text\nh2;"<p>Rain in <b>Kyiv</b>.</p><script>evil()</script>"\n'
        "t2;Rain in Lviv, <5 mm.\n",
        encoding="utf-8",
    )
    texts = [a.text for a in read_inputs([tmp_path]) if isinstance(a, Article)]
    assert texts == ["Rain in Kyiv.", "Rain in Lviv, <5 mm."] * 2


def test_a_short_page_keeps_an_inline_element_in_its_sentence() -> None:
    """trafilatura's fallback put ``<b>Kyiv</b>.`` on lines of its own ("about", "Kyiv", ".")."""
    page = "<p>Talks about <b>Kyiv</b>.</p><p>Then <a href='/x'>Lviv</a>, he said.</p>"
    text, _ = extract_html(page)
    assert text == "Talks about Kyiv.\n\nThen Lviv, he said."


def test_a_metadata_value_loses_script_and_style_bodies_with_their_tags() -> None:
    article = record_article(
        {
            "text": "Rain in Lviv.",
            "title": "</script><script>alert('x')</script> Floods <b>hit</b> &amp; go",
            "outlet": "<style>b{}</style>Daily<script>never closed",
        },
        "in.jsonl:1",
        "d",
        0,
    )
    assert isinstance(article, Article)
    assert article.metadata["title"] == "Floods hit & go"
    assert article.metadata["outlet"] == "Daily"


def test_a_terminal_escape_in_markup_leaves_nothing_before_the_name() -> None:
    text, _ = extract_html("<p>Officials in \x1b[31mKyiv\x1b[0m said the city was calm.</p>")
    assert "Officials in Kyiv said the city was calm." in text
    assert "[31m" not in text and "\x1b" not in text


def test_markup_escaped_twice_is_read_as_markup(tmp_path: Path) -> None:
    """A feed's ``&amp;lt;p&amp;gt;`` left ``<p>...</p>`` in the text (rev44)."""
    feed = tmp_path / "wire.rss"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>Border</title><guid>a2</guid><description>&amp;lt;p&amp;gt;Officials in "
        "Riga said the border would stay closed.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Trucks "
        "waited.&amp;lt;/p&amp;gt;</description></item></channel></rss>",
        encoding="utf-8",
    )
    (article,) = read_inputs([feed])
    assert isinstance(article, Article)
    assert article.text == (
        "Border\n\nOfficials in Riga said the border would stay closed.\n\nTrucks waited."
    )
    field = "The &amp;lt;b&amp;gt; tag, &lt;5% in Riga"  # no markup once decoded: text
    plain = record_article({"id": "p", "text": field}, "in.jsonl:1", "d", 0)
    assert isinstance(plain, Article) and plain.text == "The &lt;b&gt; tag, <5% in Riga"


def test_a_text_field_of_markup_only_is_empty_as_an_empty_one_is(tmp_path: Path) -> None:
    # user64: "<div></div>" gave a headline-only article, "" an empty status
    rows = [
        {"id": "m", "title": "Strike in Kyiv", "body": "<div><script>x()</script></div>"},
        {"id": "e", "title": "Strike in Kyiv", "body": ""},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    found = list(read_inputs([tmp_path / "a.jsonl"]))
    assert [(f.status, f.article_id) for f in found if isinstance(f, InputStatus)] == [
        ("empty", "m"),
        ("empty", "e"),
    ]
    assert "holds markup only" in (found[0].reason or "")  # type: ignore[union-attr]
