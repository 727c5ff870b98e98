"""Metadata read from the field names of common news exports and APIs.

A review (rev42) found a spreadsheet's "Publication" column and a scraper's "Site" left
unread (the outlet became the URL's host, or nothing), and the Guardian's and New York
Times' API records left without a headline, date or address.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.metadata import article_metadata
from geomap.records import Article


def test_a_spreadsheets_publication_column_is_the_outlet(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_text(
        "ID,Title,Article Text,Date Published,Publication\n"
        "1,Protests,Protesters gathered in Tbilisi.,2024-03-05,Civil.ge\n",
        encoding="utf-8",
    )
    (art,) = read_inputs([tmp_path / "export.csv"])
    assert isinstance(art, Article)
    assert art.metadata["outlet"] == "Civil.ge"
    assert art.metadata["published"] == "2024-03-05"


def test_a_named_site_wins_over_the_host_of_the_url() -> None:
    meta, _ = article_metadata({"Site": "Al Jazeera", "Source URL": "https://www.aljazeera.com/x"})
    assert meta["outlet"] == "Al Jazeera"


def test_media_cloud_and_gdelt_outlets() -> None:
    assert article_metadata({"media_name": "Kyiv Independent"})[0]["outlet"] == "Kyiv Independent"
    gdelt = {"SourceCommonName": "dw.com", "DocumentIdentifier": "https://www.dw.com/en/a"}
    assert article_metadata(gdelt)[0] == {"outlet": "dw.com", "url": "https://www.dw.com/en/a"}


def test_guardian_and_new_york_times_api_records(tmp_path: Path) -> None:
    guardian = {
        "id": "world/2024/mar/05/x",
        "webTitle": "Floods in Valencia",
        "webPublicationDate": "2024-03-05T10:00:00Z",
        "webUrl": "https://www.theguardian.com/world/2024/mar/05/x",
        "body": "Floods hit Valencia.",
    }
    nyt = {
        "_id": "nyt://article/1",
        "headline": {"main": "Talks in Doha", "kicker": None},
        "byline": {"original": "By Jane Doe", "person": []},
        "source": "The New York Times",
        "pub_date": "2024-03-05T10:00:00+0000",
        "web_url": "https://www.nytimes.com/2024/03/05/x.html",
        "text": "Talks in Doha continued.",
    }
    path = tmp_path / "api.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (guardian, nyt)), encoding="utf-8")
    g, n = read_inputs([path])
    assert isinstance(g, Article) and isinstance(n, Article)
    assert g.metadata["title"] == "Floods in Valencia"
    assert g.metadata["published"].startswith("2024-03-05T10:00:00")
    assert g.metadata["url"] == guardian["webUrl"]
    assert g.metadata["outlet"] == "theguardian.com"
    assert n.metadata["title"] == "Talks in Doha"
    assert n.metadata["author"] == "Jane Doe"  # rev46: a byline loses its "By"
    assert n.metadata["url"] == nyt["web_url"]
    assert n.metadata["outlet"] == "The New York Times"


def test_a_news_api_source_object_names_the_outlet_by_its_title() -> None:
    record = {"source": {"uri": "bbc.co.uk", "dataType": "news", "title": "BBC"}}
    assert article_metadata(record)[0]["outlet"] == "BBC"


def test_wordpress_rest_api_posts_are_read(tmp_path: Path) -> None:
    """``/wp-json/wp/v2/posts`` gives the title and content as ``{"rendered": ...}``;
    both were errors ("holds a JSON object, not text")."""
    posts = [
        {
            "id": 101,
            "date": "2024-03-05T10:00:00",
            "link": "https://site.example/?p=101",
            "title": {"rendered": "Floods in Mostar &#8211; update"},
            "content": {
                "rendered": "<p>Floods hit Mostar, the mayor said.</p>",
                "protected": False,
            },
        }
    ]
    (tmp_path / "posts.json").write_text(json.dumps(posts), encoding="utf-8")
    (art,) = read_inputs([tmp_path / "posts.json"])
    assert isinstance(art, Article)
    assert art.text == "Floods in Mostar \u2013 update\n\nFloods hit Mostar, the mayor said."
    assert art.metadata["title"] == "Floods in Mostar \u2013 update"


def test_a_telegram_exports_formatted_message_is_its_runs_joined(tmp_path: Path) -> None:
    """Telegram Desktop's ``result.json`` writes a formatted message's ``text`` as a list
    of strings and objects; it was "holds a list, not text"."""
    export = {
        "name": "Channel",
        "type": "public_channel",
        "messages": [
            {"id": 1, "type": "service", "date": "2024-03-05T09:00:00", "text": ""},
            {
                "id": 3,
                "type": "message",
                "date": "2024-03-05T11:00:00",
                "text": [
                    "Drone strike on ",
                    {"type": "bold", "text": "Kursk"},
                    " airfield, ",
                    {"type": "text_link", "text": "video", "href": "https://t.me/x"},
                    ".",
                ],
            },
        ],
    }
    (tmp_path / "result.json").write_text(json.dumps(export), encoding="utf-8")
    # the service message is left out, with a note (geomap.io.telegram)
    (message,) = read_inputs([tmp_path / "result.json"])
    assert isinstance(message, Article)
    assert any("1 service message(s)" in n for n in message.notes)
    assert message.metadata["outlet"] == "Channel"
    assert message.text == "Drone strike on Kursk airfield, video."
    assert message.metadata["published"] == "2024-03-05T11:00:00"


def test_a_json_feed_items_plain_text_is_read(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Wire",
        "items": [
            {"id": "1", "title": "A", "content_html": "<p>Missiles hit Kharkiv.</p>"},
            {"id": "2", "title": "B", "content_text": "Shelling near Nikopol."},
        ],
    }
    (tmp_path / "feed.json").write_text(json.dumps(feed), encoding="utf-8")
    texts = [a.text for a in read_inputs([tmp_path / "feed.json"]) if isinstance(a, Article)]
    assert texts == ["Missiles hit Kharkiv.", "Shelling near Nikopol."]


def test_a_list_holding_other_objects_is_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": ["a", {"href": "b"}]}), encoding="utf-8")
    (status,) = read_inputs([tmp_path / "x.jsonl"])
    assert not isinstance(status, Article)
    assert status.status == "error" and "holds a list" in (status.reason or "")


def test_invisible_marks_in_a_header_do_not_hide_the_text_column(tmp_path: Path) -> None:
    """A zero-width space or a bidi mark a right-to-left spreadsheet leaves in a header
    made "\u200btext" no text column, and the message showed it as "text" (rev42)."""
    (tmp_path / "rtl.csv").write_text(
        "\u200fid,\u200btext\u200b,Title\u00a0\n1,Officials in Kyiv said.,Kyiv\n", encoding="utf-8"
    )
    (art,) = read_inputs([tmp_path / "rtl.csv"])
    assert isinstance(art, Article)
    assert (art.article_id, art.text, art.metadata["title"]) == (
        "1",
        "Kyiv\n\nOfficials in Kyiv said.",
        "Kyiv",
    )
    meta, _ = article_metadata({"\u200etitle\u00ad": "T", "\ufeffdate": "2024-03-05"})
    assert meta == {"title": "T", "published": "2024-03-05"}


def test_a_spreadsheets_story_id_and_writer_columns(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Story ID,Headline,Story,Writer\n"
        's-77,Port hit,"Drones hit the port of Izmail overnight.",Jane Roe\n',
        encoding="utf-8",
    )
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert art.article_id == "s-77" and art.metadata["author"] == "Jane Roe"


def test_utf8_an_export_read_as_windows_1252_is_read_as_written(tmp_path: Path) -> None:
    from geomap.io.mojibake import repair

    def garbled(text: str) -> str:  # what such an export writes (Latin-1 for cp1252's holes)
        raw = text.encode("utf-8")
        return "".join(
            chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
            for b in raw
        )

    for text in ("Strikes hit Kraków and Gdańsk.", "Обстрел Харькова продолжается", "“Zürich”"):
        assert repair(garbled(text)) == (text, True)
    for text in ("SÃO PAULO — prices rose", "Łódź", "naïve café", "Ã la carte"):
        assert repair(text) == (text, False)  # written so
    mixed = garbled("Kraków") + "\nŁódź stays"  # a line the code page cannot hold: by lines
    assert repair(mixed) == ("Kraków\nŁódź stays", True)
    path = tmp_path / "export.jsonl"
    record = {"id": "m1", "text": garbled("Protests in Kraków and Gdańsk grew.")}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = read_inputs([path])
    assert isinstance(art, Article) and art.text == "Protests in Kraków and Gdańsk grew."
    assert any("read as Windows-1252" in n for n in art.notes)
