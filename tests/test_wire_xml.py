"""News agency stories as agencies deliver them: NITF and NewsML-G2 ``.xml`` (rev42).

Both were skipped: "no feed items (expected RSS <item> or Atom <entry>); its root <nitf>
is no feed's".
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
<head><title>Floods</title><docdata><doc-id id-string="AFP-1"/>
<date.issue norm="20240305T100000Z"/><doc.copyright holder="AFP"/></docdata></head>
<body><body.head><hedline><hl1>Floods hit Valencia</hl1></hedline><byline>Ana Garcia</byline>
</body.head><body.content><p>Floods hit Valencia on Tuesday.</p><p>Roads to Madrid were
closed.</p></body.content></body></nitf>"""

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="urn:dpa:1"><itemMeta><provider literal="dpa"/>
<versionCreated>2024-03-05T10:00:00+01:00</versionCreated></itemMeta>
<contentMeta><headline>Strike in Hamburg</headline><by>Jan Meier</by><language tag="en"/>
</contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Dock workers in Hamburg struck.</p>
<p>Ships waited off Cuxhaven.</p></body></html></inlineXML></contentSet></newsItem>
<newsItem guid="urn:dpa:pic"><contentMeta><headline>Photo</headline></contentMeta>
<contentSet><remoteContent href="x.jpg"/></contentSet></newsItem>
</itemSet></newsMessage>"""


def test_a_nitf_story_is_one_article_with_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "wire.xml").write_text(NITF, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "wire.xml"])
    assert isinstance(art, Article)
    assert art.text == "Floods hit Valencia on Tuesday.\n\nRoads to Madrid were closed."
    assert art.article_id == "AFP-1" and art.source == str(tmp_path / "wire.xml")
    assert art.metadata["title"] == "Floods hit Valencia"
    assert art.metadata["outlet"] == "AFP"
    assert art.metadata["published"] == "2024-03-05T10:00:00+00:00"
    assert art.metadata["author"] == "Ana Garcia"


def test_a_newsml_g2_message_gives_its_text_items_and_names_its_picture(tmp_path: Path) -> None:
    (tmp_path / "g2.xml").write_text(G2, encoding="utf-8")
    story, picture = read_inputs([tmp_path / "g2.xml"])
    assert isinstance(story, Article)
    assert story.text == (
        "Strike in Hamburg\n\nDock workers in Hamburg struck.\n\nShips waited off Cuxhaven."
    )
    assert story.article_id == "urn:dpa:1"
    assert story.metadata["title"] == "Strike in Hamburg"
    assert story.metadata["outlet"] == "dpa"
    assert story.metadata["published"] == "2024-03-05T10:00:00+01:00"
    assert story.metadata["language"] == "en"
    assert isinstance(picture, InputStatus) and picture.status == "empty"
    assert "an agency item without text" in (picture.reason or "")


def test_another_xml_file_is_still_skipped(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url>'
        "</urlset>",
        encoding="utf-8",
    )
    (status,) = read_inputs([tmp_path / "sitemap.xml"])
    assert isinstance(status, InputStatus) and status.status == "skipped"


def test_a_story_whose_dtd_declares_an_entity_is_read_not_refused(tmp_path: Path) -> None:
    # the entity is left unresolved (no DTD is ever expanded); copying the paragraphs
    # by re-parsing them raised lxml's "Entity 'where' not defined" (rev43)
    (tmp_path / "wire.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY where "Kyiv">]><nitf><body>'
        "<body.content><p>Shelling near &where; overnight.</p>Loose text.<p>Roads closed."
        "</p></body.content></body></nitf>",
        encoding="utf-8",
    )
    (art,) = read_inputs([tmp_path / "wire.xml"])
    assert isinstance(art, Article)
    assert "Roads closed." in art.text and "Loose text." in art.text
    assert "Kyiv" not in art.text  # never expanded
