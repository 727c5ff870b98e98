"""Real newsroom inputs: HTML pages, encodings, corpora with metadata, ids, long articles.

Reader tests need no model; the end-to-end ones run a blank pipeline over the
tiny gazetteer, so metadata and offsets are checked through every output.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
from pathlib import Path

import pandas as pd
import pytest

from geomap.api import geoparse
from geomap.geoparser import Geoparser
from geomap.io.objects import read_objects
from geomap.io.readers import read_inputs
from geomap.io.record import RecordFields, record_article
from geomap.pieces import CHUNK_CHARS
from geomap.records import Article, InputStatus
from geomap.run import geoparse_articles, write_outputs
from geomap.settings import Settings
from geomap.text import chunk_spans
from tests.test_nlp_blank import _nlp

PAGE = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Poland moves troops | The Example Post</title>
<meta property="og:site_name" content="The Example Post">
<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">
<style>body { font-family: Georgia, serif }</style>
<script>var cities = ["Seattle", "Atlanta"];</script>
</head><body>
<nav><a href="/">Home</a> <a href="/w">Washington</a> <a href="/t">Texas</a> <a>Seattle</a></nav>
<div class="ticker">Markets: Atlanta up, Seattle down</div>
<article><h1>Poland moves troops</h1>
<p>Poland&rsquo;s defence ministry said on Monday that troops had moved towards
Kaliningrad, a Russian exclave between Poland and Lithuania.</p>
<p>Officials in Paris said France would send engineers to help build the new
defences, according to a statement published on Tuesday evening.</p>
</article>
<footer>Offices in Atlanta, Seattle and Washington. &copy; The Example Post</footer>
</body></html>
"""


def _articles(items: list[Article | InputStatus]) -> dict[str, Article]:
    return {i.article_id: i for i in items if isinstance(i, Article)}


def _statuses(items: list[Article | InputStatus]) -> list[InputStatus]:
    return [i for i in items if isinstance(i, InputStatus)]


@pytest.fixture()
def blank_gp() -> Geoparser:
    names = ["Poland", "Kaliningrad", "Paris", "France", "Russia", "Georgia", "Seattle"]
    names += ["Atlanta", "Washington", "Texas", "Tbilisi"]
    return Geoparser(Settings(), nlp=_nlp(names))


def test_html_page_main_text_metadata_and_entities(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    art = _articles(list(read_inputs([tmp_path])))["story"]
    # Boilerplate, scripts and styles are gone; entities are decoded.
    for gone in ("Georgia", "Seattle", "Atlanta", "Texas", "Washington", "var cities"):
        assert gone not in art.text
    assert "Poland’s defence ministry" in art.text and "&rsquo;" not in art.text
    assert "\n\n" in art.text  # paragraphs stay apart
    meta = art.metadata
    assert meta["outlet"] == "The Example Post"
    assert meta["title"].startswith("Poland moves troops")
    assert meta["published"].startswith("2024-03-01")
    assert meta["language"] == "en"
    assert any("main text extracted from HTML" in n for n in art.notes)


def test_html_field_in_a_corpus_is_extracted(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "html": PAGE, "outlet": "Given"}) + "\n")
    art = _articles(list(read_inputs([path])))["p1"]
    assert "Seattle" not in art.text and "Kaliningrad" in art.text
    assert art.metadata["outlet"] == "Given"  # the record's own field wins over the page's


def test_windows_1252_file_with_curly_quotes(tmp_path: Path) -> None:
    text = "\u201cWe are ready,\u201d the minister said in Krak\u00f3w \u2013 near the border."
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1252"))
    art = _articles(list(read_inputs([tmp_path / "cp.txt"])))["cp"]
    assert art.text == text
    assert not any(ord(c) < 32 for c in art.text)  # no C1/C0 controls from a wrong guess
    assert "decoded as cp1252" in art.notes[0]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Żołnierze przyjechali do Białegostoku i Hajnówki, poinformowało ministerstwo.", "cp1250"),
        ("Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске.", "koi8-r"),
        ("Війська прибули до Харкова, повідомило міністерство оборони.", "cp1251"),
        # a hyphenated name's capital is no KOI8-R mark: this was read as mac-cyrillic
        ("В Москве и Санкт-Петербурге прошли акции протеста.", "cp1251"),
    ],
)
def test_eastern_european_encodings(tmp_path: Path, text: str, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    assert _articles(list(read_inputs([tmp_path / "a.txt"])))["a"].text == text


def test_utf16_with_bom(tmp_path: Path) -> None:
    (tmp_path / "u.txt").write_bytes("Troops left Kyiv.\r\nMore.".encode("utf-16"))
    art = _articles(list(read_inputs([tmp_path / "u.txt"])))["u"]
    assert art.text == "Troops left Kyiv.\nMore." and "utf-16" in art.notes[0]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_and_binary_files_named_as_text(tmp_path: Path, encoding: str) -> None:
    # UTF-16 with no byte-order mark was "binary data"; a gzip or PDF named .txt said
    # nothing of what it was (a PDF without NUL bytes was read as KOI8-R)
    (tmp_path / "u.txt").write_bytes("Troops left Київ.\r\nMore.".encode(encoding))
    (tmp_path / "z.txt").write_bytes(gzip.compress(b"Troops left Kyiv."))
    (tmp_path / "p.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 2)
    items = list(read_inputs([tmp_path]))
    art = _articles(items)["u"]
    assert art.text == "Troops left Київ.\nMore." and art.notes == (
        f"{tmp_path / 'u.txt'}: not UTF-8; decoded as {encoding}",
    )
    reasons = {Path(s.source).name: s.reason or "" for s in _statuses(items)}
    assert reasons["z.txt"].endswith(
        "z.txt: binary data, not text; a gzip file: name it .gz (story.txt.gz) to have it "
        "decompressed"
    )
    assert reasons["p.txt"].endswith("p.txt: binary data, not text; a PDF: extract its text first")
    assert reasons["b.txt"].endswith("b.txt: binary data, not text (NUL byte at offset 0)")


def test_a_file_given_twice_or_linked_is_read_once(tmp_path: Path) -> None:
    # `geomap map seeds seeds` read every article twice under qualified ids, doubling
    # every claim and count
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    (tmp_path / "sub" / "link.txt").symlink_to(tmp_path / "a.txt")
    items = list(read_inputs([tmp_path, tmp_path / "a.txt"]))
    assert list(_articles(items)) == ["a"]
    reasons = [(s.status, s.reason) for s in _statuses(items)]
    first = tmp_path / "a.txt"
    assert reasons == [
        ("skipped", f"{tmp_path / 'sub' / 'link.txt'}: the same file as {first}; read once"),
        ("skipped", f"{first}: given twice; read once"),
    ]


def test_a_folder_given_twice_reports_each_broken_input_once(tmp_path: Path) -> None:
    # `geomap map in in` counted each broken link in the folder as two errors
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
    (tmp_path / "f.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    statuses = _statuses(list(read_inputs([tmp_path, tmp_path])))
    broken = [(s.status, s.reason) for s in statuses if s.source.endswith("gone.txt")]
    gone = tmp_path / "gone.txt"
    assert broken == [
        ("error", f"{gone}: broken symbolic link"),
        ("skipped", f"{gone}: given twice; reported once"),
    ]


def test_corpus_metadata_from_the_usual_field_names(tmp_path: Path) -> None:
    rows = [
        {
            "ID": "r1",
            "Text": "Troops moved to Poland.",
            "Headline": "Build-up",
            "source": "Reuters",
            "date": "Fri, 01 Mar 2024 10:00:00 GMT",
            "link": "https://www.reuters.com/x",
            "authors": ["A. Writer", "B. Writer"],
            "lang": "en-US",
        },
        {"id": "r2", "maintext": "Rain in Paris.", "url": "https://www.lemonde.fr/y"},
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts = _articles(list(read_inputs([path])))
    m1 = arts["r1"].metadata
    assert m1["title"] == "Build-up" and m1["outlet"] == "Reuters"
    assert m1["published"] == "2024-03-01T10:00:00+00:00"
    assert m1["url"] == "https://www.reuters.com/x" and m1["author"] == "A. Writer; B. Writer"
    assert m1["language"] == "en"
    # news-please's maintext; the outlet from the URL's host when no field names it
    assert arts["r2"].text == "Rain in Paris." and arts["r2"].metadata["outlet"] == "lemonde.fr"


def test_schema_org_export_reads_its_article_body(tmp_path: Path) -> None:
    # an export of JSON-LD NewsArticles (headline, articleBody, datePublished) gave its
    # metadata but "needs a header with a text column"; a miss names --text-field
    (tmp_path / "ld.csv").write_text(
        "headline,articleBody,datePublished\nA,Rain fell in Manila.,2024-03-01\n",
        encoding="utf-8",
    )
    (tmp_path / "rss.csv").write_text("title,link\nA,https://example.org/a\n")
    items = list(read_inputs([tmp_path]))
    (article,) = _articles(items).values()
    assert article.text == "Rain fell in Manila." and article.metadata["title"] == "A"
    (status,) = _statuses(items)
    assert "found title, link; name the text column with --text-field COLUMN" in (
        status.reason or ""
    )  # and, its rows being links, that geomap reads no web page
    assert (status.reason or "").endswith("(their HTML, or a JSONL or CSV with their text)")


def test_a_date_in_the_future_or_unix_time_zero_is_kept_with_a_warning(
    tmp_path: Path,
) -> None:
    # they stood far off on the map's timeline, unremarked
    rows = [
        {"id": "f", "text": "Rain in Paris.", "date": "3024-01-01"},
        {"id": "z", "text": "Rain in Paris.", "date": "1970-01-01T00:00:00Z"},
        {"id": "ok", "text": "Rain in Paris.", "date": "1970-01-01T13:45:00Z"},
        {"id": "min", "text": "Rain in Paris.", "date": "0001-01-01T00:00:00"},
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    page = '<html><head><meta name="pubdate" content="2099-05-01"></head><body><p>Rain.</p>'
    (tmp_path / "p.html").write_text(page + "</body></html>", encoding="utf-8")
    arts = _articles(list(read_inputs([tmp_path])))
    assert arts["f"].metadata["published"] == "3024-01-01"
    future = "date '3024-01-01' is in the future; kept"
    assert arts["f"].warnings == (f"{tmp_path / 'c.jsonl'}:1: {future}",)
    assert "Unix time 0" in arts["z"].warnings[0] and arts["ok"].warnings == ()
    assert "before the first newspapers" in arts["min"].warnings[0]
    page_future = "date '2099-05-01' is in the future; kept"
    assert arts["p"].warnings == (f"{tmp_path / 'p.html'}: {page_future}",)


def test_named_fields_semicolon_csv_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "key;story;head;site\nk1;Troops moved to Poland.;Build-up;TVN\n", encoding="utf-8"
    )
    (tmp_path / "b.tsv").write_text("key\tstory\nk2\tRain in Paris.\n", encoding="utf-8")
    fields = RecordFields(text="story", id="key", metadata={"title": "head", "outlet": "site"})
    arts = _articles(list(read_inputs([tmp_path], fields=fields)))
    assert set(arts) == {"k1", "k2"}
    assert arts["k1"].metadata["title"] == "Build-up" and arts["k1"].metadata["outlet"] == "TVN"
    with pytest.raises(ValueError, match="unknown metadata field"):
        RecordFields(metadata={"headline": "x"})


def test_colliding_ids_across_files_are_qualified_not_dropped(tmp_path: Path) -> None:
    for outlet in ("outletA", "outletB"):
        (tmp_path / f"{outlet}.jsonl").write_text(
            "".join(json.dumps({"id": n, "text": f"{outlet} story {n}."}) + "\n" for n in (1, 2)),
            encoding="utf-8",
        )
    out = list(read_inputs([tmp_path]))
    arts = _articles(out)
    assert set(arts) == {"1", "2", "outletB:1", "outletB:2"}
    assert arts["outletB:1"].text == "outletB story 1."
    assert "also used by" in arts["outletB:1"].notes[-1]
    assert not _statuses(out)  # nothing dropped, nothing in error


def test_folder_ids_are_relative_paths_independent_of_order(tmp_path: Path) -> None:
    for sub in ("b", "a"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Story {sub}.", encoding="utf-8")
    ids = {a.text: a.article_id for a in _articles(list(read_inputs([tmp_path]))).values()}
    assert ids == {"Story a.": "a/story", "Story b.": "b/story"}


def test_gzip_ndjson_and_json_corpora(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "gz1", "text": "Troops in Poland."}) + "\n")
    (tmp_path / "b.ndjson").write_text(json.dumps({"id": "nd1", "text": "Rain in Paris."}) + "\n")
    (tmp_path / "c.json").write_text(json.dumps([{"id": "ar1", "text": "Snow in Tbilisi."}]))
    (tmp_path / "d.json").write_text(
        json.dumps({"status": "ok", "articles": [{"id": "ob1", "text": "Fog in Seattle."}]})
    )
    (tmp_path / "e.json").write_text(json.dumps({"maintext": "Sun in Atlanta.", "title": "T"}))
    with gzip.open(tmp_path / "f.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write("id,text\ncz1,Wind in Texas.\n")
    arts = _articles(list(read_inputs([tmp_path])))
    assert set(arts) == {"gz1", "nd1", "ar1", "ob1", "e", "cz1"}
    assert arts["e"].metadata["title"] == "T"


def test_json_without_articles_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"count": 3}')
    (status,) = _statuses(list(read_inputs([tmp_path / "x.json"])))
    assert status.status == "error" and "x.json: no articles found" in (status.reason or "")


def test_hidden_folders_are_skipped_and_reported(tmp_path: Path) -> None:
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a.txt").write_text("Copy.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Original.", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert list(_articles(out)) == ["a"]
    (skipped,) = _statuses(out)
    assert skipped.status == "skipped" and "hidden folder" in (skipped.reason or "")


def test_a_runs_own_lock_and_staging_inside_the_input_folder_are_not_inputs(
    tmp_path: Path,
) -> None:
    from geomap.outdir import OutputDir

    (tmp_path / "a.txt").write_text("Troops moved to Poland.", encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("hidden", encoding="utf-8")
    with OutputDir(tmp_path / "out") as out:
        _ = out.staging  # the lock and the staging folder now sit beside "out"
        beside = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out"))
        assert len(beside) == 2, beside
        found = list(read_inputs([tmp_path]))
    assert list(_articles(found)) == ["a"]
    # the user's own hidden file is still accounted for; the run's files are not listed
    assert [s.source for s in _statuses(found)] == [str(tmp_path / ".notes.txt")]


def test_markdown_front_matter_gives_metadata_and_is_no_text(tmp_path: Path) -> None:
    body = "Troops moved to Poland."
    (tmp_path / "n.md").write_text(
        f"---\ntitle: Build-up\noutlet: Meduza\npublished: 2024-03-04\n---\n{body}\n"
    )
    art = _articles(list(read_inputs([tmp_path / "n.md"])))["n"]
    assert art.metadata == {"title": "Build-up", "outlet": "Meduza", "published": "2024-03-04"}
    assert art.text.startswith("Build-up\n\n")  # its headline first; no other field
    assert art.text.split() == ["Build-up", *body.split()]


def test_long_articles_are_cut_at_boundaries_under_the_limit() -> None:
    para = "Troops moved to Poland. Officials in Paris said so.\n\n"
    text = para * 1000
    spans = chunk_spans(text, CHUNK_CHARS)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(end - start <= CHUNK_CHARS for start, end in spans)
    assert all(text[end - 2 : end] == "\n\n" for _, end in spans[:-1])  # paragraph breaks


def test_an_article_past_the_model_limit_keeps_its_offsets(blank_gp: Geoparser) -> None:
    # spaCy's limit lowered to 100,000 characters keeps the test fast; the real
    # model's 1,000,000 is passed the same way (a 2 MB article: see docs/BENCHMARKS.md).
    blank_gp.nlp.max_length = 100_000
    para = "Troops moved towards Kaliningrad, officials in Paris said on Monday.\n\n"
    text = para * (250_000 // len(para))
    assert len(text) > blank_gp.nlp.max_length * 2  # past spaCy's own limit
    mentions = blank_gp.parse("big", text)
    assert len(mentions) == 2 * text.count(para)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(
        text[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence for m in mentions
    )
    indexes = [m.sentence_index for m in mentions]
    assert indexes == sorted(indexes) and indexes[-1] >= text.count(para) - 1


def test_metadata_reaches_every_output(tmp_path: Path, blank_gp: Geoparser) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "wire.jsonl").write_text(
        json.dumps(
            {
                "id": "w1",
                "text": "Russia moved troops to Kaliningrad, officials in Paris said.",
                "title": "Wire story",
                "outlet": "Reuters",
                "published": "2024-03-02",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    items = read_inputs([tmp_path / "in"])
    result = geoparse_articles(items, geoparser=blank_gp)
    outputs = write_outputs(result, tmp_path / "out")
    mentions = json.loads(outputs["mentions"].read_text(encoding="utf-8"))["features"]
    by_article = {f["properties"]["article"]: f["properties"] for f in mentions}
    assert by_article["w1"]["outlet"] == "Reuters" and by_article["w1"]["title"] == "Wire story"
    assert by_article["story"]["outlet"] == "The Example Post"
    places = json.loads(outputs["places"].read_text(encoding="utf-8"))["features"]
    claims = [c for f in places for c in f["properties"]["claims"]]
    assert {c["outlet"] for c in claims} == {"Reuters", "The Example Post"}
    with outputs["claims"].open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["published"] for r in rows} >= {"2024-03-02"}
    comparison = json.loads(outputs["comparison"].read_text(encoding="utf-8"))
    assert comparison["article_info"]["w1"]["title"] == "Wire story"
    report = json.loads(outputs["report"].read_text(encoding="utf-8"))
    entry = next(i for i in report["inputs"] if i["article_id"] == "w1")
    assert entry["outlet"] == "Reuters" and entry["published"] == "2024-03-02"
    html = outputs["map"].read_text(encoding="utf-8")
    assert "Wire story · Reuters · 2024-03-02" in html
    # articles.jsonl keeps the text every offset indexes (an HTML page's extracted text)
    texts = {
        a["article"]: a["text"]
        for a in map(json.loads, outputs["articles"].read_text(encoding="utf-8").splitlines())
    }
    for f in mentions:
        p = f["properties"]
        assert texts[p["article"]][p["start"] : p["end"]] == p["text"]
    assert "Seattle" not in texts["story"]


def test_geoparse_accepts_every_documented_form(tmp_path: Path, blank_gp: Geoparser) -> None:
    fields = RecordFields()
    (tmp_path / "a.txt").write_text("Troops in Poland.", encoding="utf-8")
    # a path string is a path, never a sequence of characters
    assert [a.article_id for a in read_objects(str(tmp_path), fields=fields, max_article_bytes=0)]
    frame = pd.DataFrame({"body": ["Troops in Poland."], "headline": ["H"], "desk": ["World"]})
    (art,) = read_objects(frame, fields=RecordFields(text="body"), max_article_bytes=0)
    assert isinstance(art, Article) and art.text == "Troops in Poland."
    assert art.metadata["title"] == "H" and art.metadata["desk"] == "World"
    dicts = list(read_objects([{"text": "A."}, {"text": "B."}], fields=fields, max_article_bytes=0))
    assert [a.article_id for a in dicts if isinstance(a, Article)] == ["0", "1"]
    for bad in (42, b"bytes", {"text": "one dict"}, [3.5], "Troops left Kyiv.\nSecond line."):
        with pytest.raises(TypeError, match="geoparse"):
            list(read_objects(bad, fields=fields, max_article_bytes=0))


@pytest.mark.model
def test_geoparse_a_dataframe_end_to_end() -> None:
    frame = pd.DataFrame(
        {"story": ["Troops moved to Warsaw, officials said."], "site": ["TVN"], "id": ["t1"]}
    )
    result = geoparse(frame, text_column="story", fields={"outlet": "site"})
    row = result.mentions.iloc[0]
    assert row["name"] == "Warsaw" and row["outlet"] == "TVN" and row["article"] == "t1"
    with pytest.raises(FileNotFoundError, match=r"no-such-file\.txt"):  # every path missing
        geoparse([str(Path("no-such-file.txt"))])


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Baltic Wire</title>
<item><title>Drills</title><link>https://baltic.example/1</link><guid>b-1</guid>
<pubDate>Mon, 04 Mar 2024 09:00:00 +0000</pubDate><dc:creator>J. K.</dc:creator>
<content:encoded><![CDATA[<p>Russia held drills in Kaliningrad.</p><p>&xxe; More.</p>]]>
</content:encoded></item>
<item><title>Plain</title><link>https://baltic.example/2</link>
<description>Troops moved to Poland.</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kyiv Desk</title>
<entry><title>Paris talks</title><link rel="alternate" href="https://kyiv.example/k"/>
<id>urn:k1</id><published>2024-03-05T08:00:00+02:00</published><author><name>O. S.</name></author>
<content type="html">&lt;p&gt;Officials met in Paris on Monday.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_and_atom_feeds_one_article_per_item(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "desk.atom").write_text(ATOM, encoding="utf-8")
    arts = _articles(list(read_inputs([tmp_path])))
    assert set(arts) == {"b-1", "https://baltic.example/2", "urn:k1"}
    first = arts["b-1"]
    assert first.text.startswith("Drills\n\nRussia held drills in Kaliningrad.")
    assert "root:" not in first.text  # the external entity is never resolved
    assert first.metadata["outlet"] == "Baltic Wire" and first.metadata["author"] == "J. K."
    assert first.metadata["published"] == "2024-03-04T09:00:00+00:00"
    assert arts["https://baltic.example/2"].text == "Plain\n\nTroops moved to Poland."
    atom = arts["urn:k1"]
    assert atom.text == "Paris talks\n\nOfficials met in Paris on Monday."
    assert atom.metadata["url"] == "https://kyiv.example/k" and atom.metadata["author"] == "O. S."
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>x</loc></url></urlset>")
    (status,) = _statuses(list(read_inputs([tmp_path / "sitemap.xml"])))
    assert "no feed items" in (status.reason or "")
    # another XML file is skipped (it failed a run over a folder), an empty feed is empty
    assert status.status == "skipped" and "its root <urlset> is no feed's" in (status.reason or "")
    (tmp_path / "none.rss").write_text("<rss><channel><title>T</title></channel></rss>")
    (status,) = _statuses(list(read_inputs([tmp_path / "none.rss"])))
    assert status.status == "empty" and (status.reason or "").endswith("; an empty feed")


def test_a_feed_items_relative_link_is_made_absolute(tmp_path: Path) -> None:
    # "/rel/1" was the article's url in every output, and gave it no outlet host
    (tmp_path / "a.rss").write_text(
        "<rss><channel><title>Wire</title><link>https://wire.example/</link>"
        "<item><guid>g1</guid><link>/rel/1</link><description>Rain in Paris.</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "b.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/news/">'
        '<title>Blog</title><entry><id>t1</id><link href="2024/one.html"/>'
        "<summary>Rain in Paris.</summary></entry></feed>",
        encoding="utf-8",
    )
    arts = _articles(list(read_inputs([tmp_path])))
    assert arts["g1"].metadata["url"] == "https://wire.example/rel/1"
    assert arts["t1"].metadata["url"] == "https://blog.example/news/2024/one.html"


def test_html_entities_and_xhtml_content_in_feeds(tmp_path: Path) -> None:
    # a feed with &nbsp; was refused whole ("Entity 'nbsp' not defined"); Atom's xhtml
    # content kept a script's code as article text and ran its paragraphs together
    (tmp_path / "ent.rss").write_text(
        "<rss><channel><title>Caf&eacute; News</title><item><guid>e1</guid>"
        "<title>Paris&nbsp;talks &amp; more</title><description>Officials met in"
        " Paris&hellip;</description></item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "x.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a1</id><content type="xhtml">'
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>Troops moved to Poland.</p>'
        "<script>alert(1)</script><p>Officials met in Paris.</p></div></content></entry></feed>",
        encoding="utf-8",
    )
    arts = _articles(list(read_inputs([tmp_path])))
    ent = arts["e1"]
    assert ent.text == "Paris talks & more\n\nOfficials met in Paris\u2026"
    assert ent.metadata["title"] == "Paris talks & more"
    assert ent.metadata["outlet"] == "Caf\u00e9 News"
    assert ent.notes == (
        f"{tmp_path / 'ent.rss'}: HTML entities XML does not define (&eacute;, &nbsp;, "
        "&hellip;) read as characters",
    )
    assert arts["a1"].text == "Troops moved to Poland.\n\nOfficials met in Paris."
    (tmp_path / "bad.rss").write_text("<rss><item>&nbsp;<title>x</item></rss>", encoding="utf-8")
    (status,) = _statuses(list(read_inputs([tmp_path / "bad.rss"])))
    assert "not a readable feed (invalid XML: " in (status.reason or "")


def test_a_feed_ignores_the_fields_named_for_an_export(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    fields = RecordFields(text="body", id="key", metadata={"title": "headline", "outlet": "site"})
    arts = _articles(list(read_inputs([tmp_path], fields=fields)))
    assert set(arts) == {"b-1", "https://baltic.example/2"}
    assert arts["b-1"].text.startswith("Drills\n\nRussia held drills in Kaliningrad.")
    assert arts["b-1"].metadata["outlet"] == "Baltic Wire"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_json_lines_and_json_saved_as_utf16_or_utf32(tmp_path: Path, encoding: str) -> None:
    # PowerShell's Out-File writes UTF-16 with a BOM: every line failed as "not UTF-8"
    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # the -be codec writes no BOM itself
    lines = [{"id": "p1", "text": "Troops moved to Łódź."}, {"id": "p2", "text": "Kyiv."}]
    body = bom + "\r\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\r\n"
    (tmp_path / "a.jsonl").write_bytes(body.encode(encoding))
    with gzip.open(tmp_path / "b.jsonl.gz", "wb") as gz:
        gz.write(body.replace("p1", "q1").replace("p2", "q2").encode(encoding))
    array = bom + json.dumps([{"id": "j1", "text": "Riga."}])
    (tmp_path / "c.json").write_bytes(array.encode(encoding))
    items = list(read_inputs([tmp_path]))
    assert not _statuses(items)
    arts = _articles(items)
    assert set(arts) == {"p1", "p2", "q1", "q2", "j1"}
    assert arts["p1"].text == "Troops moved to Łódź."
    for first in ("p1", "q1", "j1"):
        assert any("decoded as utf-" in n for n in arts[first].notes), arts[first].notes


@pytest.mark.parametrize("site", ["bbc", "der Spiegel", "Le Monde", "tom &amp; jerry news"])
def test_a_pages_outlet_is_spelled_as_its_site_name(tmp_path: Path, site: str) -> None:
    # trafilatura capitalised "bbc" to "Bbc": beside a corpus saying "bbc", two outlets
    page = (
        f'<html><head><title>T</title><meta property="og:site_name" content="{site}">'
        "</head><body><article><p>Troops moved to Kyiv on Monday, officials said in a "
        "statement.</p></article></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = _articles(list(read_inputs([tmp_path]))).values()
    assert article.metadata["outlet"] == site.replace("&amp;", "&")


def test_json_nested_too_deeply_is_named_so(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "a.json").write_text(deep)
    (tmp_path / "b.json").write_text('{"articles": ' + deep + "}")
    lines = '{"id": "n", "x": ' + deep + '}\n{"id": "k", "text": "Kyiv."}\n'
    (tmp_path / "c.jsonl").write_text(lines)
    items = list(read_inputs([tmp_path]))
    reasons = [s.reason or "" for s in _statuses(items)]
    assert len(reasons) == 3 and all("nested too deeply" in r for r in reasons), reasons
    assert not any("Recursion" in r for r in reasons)
    assert set(_articles(items)) == {"k"}  # the line after is still read


def test_an_entity_bomb_feed_is_refused_in_words(tmp_path: Path) -> None:
    levels = "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' if i else '<!ENTITY l0 "lol">' for i in range(10)
    )
    feed = f'<?xml version="1.0"?><!DOCTYPE rss [{levels}]><rss><channel><title>&l9;</title>'
    (tmp_path / "laughs.rss").write_text(feed + "<item><title>x</title></item></channel></rss>")
    (tmp_path / "broken.rss").write_text("<rss><channel><item></channel></rss>")
    broken, bomb = _statuses(list(read_inputs([tmp_path])))  # in name order
    assert bomb.reason is not None and "entities expand too far" in bomb.reason
    assert broken.reason is not None and "tag mismatch" in broken.reason
    assert "<string>" not in bomb.reason + broken.reason  # lxml's name for the bytes read


@pytest.mark.model
def test_json_lines_from_standard_input(tmp_path: Path) -> None:
    import subprocess
    import sys

    line = json.dumps({"id": "s1", "text": "Troops moved to Warsaw.", "outlet": "Piped"})
    run = subprocess.run(
        [sys.executable, "-m", "geomap", "map", "-", "-o", str(tmp_path / "out"), "-q"],
        input=line + "\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    (article,) = map(json.loads, (tmp_path / "out" / "articles.jsonl").read_text().splitlines())
    assert article["article"] == "s1" and article["outlet"] == "Piped"
    assert article["source"] == "<stdin>:1"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("01/03/2024", "2024-01-03"),  # slashes: month first (American exports)
        ("03/15/2024", "2024-03-15"),
        ("01.03.2024", "2024-03-01"),  # dots: day first
        ("Mar 5, 2024 10:00 AM EST", "2024-03-05T10:00:00-05:00"),
        ("Tuesday, March 5, 2024", "2024-03-05"),  # no invented midnight
        (1709251200000, "2024-03-01T00:00:00+00:00"),  # milliseconds
        ("1709251200", "2024-03-01T00:00:00+00:00"),
        ("March 2024", "2024-03"),
        ("yesterday", None),
        ("2024-W10-3", "2024-03-06"),  # an ISO week date with its day is a day
    ],
)
def test_dates_in_the_forms_exports_use(value: object, expected: str | None) -> None:
    from geomap.dates import parse_date

    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("week", "published", "said"),
    [
        ("2024-W10", "2024-03", "kept as 2024-03"),  # 4-10 March, not Monday the 4th
        ("2024W10", "2024-03", "kept as 2024-03"),
        ("2024-W09", "2024", "kept as 2024"),  # 26 February - 3 March
        ("2020-W01", None, "spans two years"),  # 30 December 2019 - 5 January 2020
        ("2024-W53", None, "a week the year does not have"),
    ],
)
def test_an_iso_week_is_no_day(week: str, published: str | None, said: str) -> None:
    record = {"id": "w", "text": "Troops moved to Warsaw.", "date": week}
    art = record_article(record, "w.jsonl:1", "d", 0)
    assert isinstance(art, Article)
    assert art.metadata.get("published") == published
    (warning,) = art.warnings
    assert warning.startswith(f"w.jsonl:1: date '{week}' is a week") and said in warning


def test_html_pages_keep_the_published_time() -> None:
    from geomap.io.html import extract_html

    body = "<p>Officials in Kyiv said on Monday that the troops had moved overnight.</p>"
    page = (
        '<html><head><meta content="2024-10-30T14:05:00+01:00" property="article:published_time">'
        f"</head><body><article>{body}</article></body></html>"
    )
    assert extract_html(page)[1]["published"] == "2024-10-30T14:05:00+01:00"


def test_an_html_page_with_a_control_character_is_read() -> None:
    """A control character in a page (a JSONL record's ``"\\u0001"``) no longer stops the run.

    The page is parsed once, by trafilatura, which drops such characters; lxml refused
    them when the block edges parsed the page a second time (``ValueError``).
    """
    from geomap.io.html import extract_html

    page = "<p>Officials in Kyiv\x01 said the bridge fell.</p><p>Lviv is calm.</p>"
    assert extract_html(page)[0] == "Officials in Kyiv said the bridge fell.\n\nLviv is calm."


def test_html_page_date_is_declared_never_guessed_from_a_copyright_line() -> None:
    """The page's own date wins, even in the future; a footer's year is no date."""
    from geomap.io.html import extract_html

    body = "<article><p>Officials in Kyiv said on Monday that the troops had moved.</p></article>"
    footer = "<footer>Copyright 2024 The Daily Example</footer>"

    def page(head: str) -> str:
        return f"<html><head>{head}</head><body>{body}{footer}</body></html>"

    assert "published" not in extract_html(page(""))[1]
    future = '<meta property="article:published_time" content="2031-05-01">'
    assert extract_html(page(future))[1]["published"] == "2031-05-01"
    ld = '<script type="application/ld+json">{"datePublished": "1970-01-02"}</script>'
    assert extract_html(page(ld))[1]["published"] == "1970-01-02"


_SAID = "Officials in Kyiv said on Monday that aid would come."


@pytest.mark.parametrize(
    "body",
    [
        # trafilatura's fallback read an <article> as one line: headline, byline, text
        "<article><h1>Floods hit Kharkiv</h1><p class='byline'>By Jane Doe</p>"
        f"<p>{_SAID}</p><p>{_SAID}</p></article>",
        # ... or the body as one line per text node: "Officials in" / "Kyiv" / "said ..."
        "<div><h1>Floods hit Kharkiv</h1><p class='byline'>By Jane Doe</p>"
        "<p>Officials in <a href='/k'>Kyiv</a> said\non Monday that aid would come.</p>"
        f"<p>{_SAID}</p></div>",
        # the same in XHTML, whose XML declaration lxml refuses in a str
        "<?xml version='1.0' encoding='utf-8'?><div><h1>Floods hit Kharkiv</h1>"
        "<p class='byline'>By Jane Doe</p><p>Officials in <a href='/k'>Kyiv</a> said\non "
        f"Monday that aid would come.</p><p>{_SAID}</p></div>",
    ],
)
def test_short_html_page_keeps_its_paragraphs_and_sentences(body: str) -> None:
    from geomap.io.html import extract_html

    declaration, _, body = body.rpartition("?>")
    page = f"{declaration and declaration + '?>'}<html><head><title>T</title></head><body>"
    text, meta = extract_html(f"{page}{body}</body></html>")
    # the byline is the author, not a paragraph (user65)
    assert text.split("\n\n") == ["Floods hit Kharkiv", _SAID, _SAID]
    assert meta["author"] == "Jane Doe"


def test_record_text_fields_that_are_html_lists_or_not_text() -> None:
    from geomap.io.record import record_article

    html_rec = record_article(
        {
            "id": "h",
            "text": "<p>Officials in <b>Kyiv</b> said &amp; left.</p>",
            "title": "<b>B</b>",
        },
        "w",
        "d",
        0,
    )
    assert isinstance(html_rec, Article)
    assert html_rec.text == "Officials in Kyiv said & left." and html_rec.metadata["title"] == "B"
    listed = record_article({"id": "l", "text": ["One.", "Two."]}, "w", "d", 0)
    assert isinstance(listed, Article) and listed.text == "One.\n\nTwo."
    number = record_article({"id": "n", "text": 12345}, "w", "d", 0)
    assert isinstance(number, InputStatus) and "holds a number, not text" in (number.reason or "")
    controls = record_article({"id": "c", "text": "\x00\x00\u200e \x1b"}, "w", "d", 0)
    assert isinstance(controls, InputStatus) and controls.status == "empty"
    assert "only control characters" in (controls.reason or "")


def test_text_file_of_only_control_characters_is_empty(tmp_path: Path) -> None:
    """As a corpus record holding only control characters: empty, not an article."""
    (tmp_path / "c.txt").write_bytes(b"\x01\x02\x1b\x07\n\x7f\n")
    (status,) = _statuses(list(read_inputs([tmp_path / "c.txt"])))
    assert status.status == "empty" and "empty article" in (status.reason or "")


def test_an_empty_html_file_is_an_empty_article_and_a_page_without_text_says_so(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.html").write_bytes(b"")
    (tmp_path / "b.html").write_bytes(b"<html><head><title></title></head><body> </body></html>")
    a, b = _statuses(list(read_inputs([tmp_path])))
    assert a.status == "empty" and (a.reason or "").endswith("a.html: empty article (no text)")
    assert b.status == "empty" and (b.reason or "").endswith("b.html: no main text in the page")


def test_an_empty_csv_file_is_an_empty_corpus_as_an_empty_jsonl_file_is(tmp_path: Path) -> None:
    """Not an error ("CSV needs a header ...; found no header") that failed the run."""
    for name in ("e.csv", "e.tsv", "e.jsonl"):
        (tmp_path / name).write_bytes(b"" if name != "e.tsv" else b"\n \n")
    statuses = _statuses(list(read_inputs([tmp_path])))
    assert [(s.status, (s.reason or "").split(": ", 1)[1]) for s in statuses] == [
        ("empty", "no records (blank corpus)")
    ] * 3


def test_dataframe_index_series_and_wrong_columns() -> None:
    frame = pd.DataFrame({"text": ["Troops in Poland.", "Rain."]}, index=["reut-17", "ap-99"])
    ids = [a.article_id for a in read_objects(frame, fields=RecordFields(), max_article_bytes=0)]
    assert ids == ["reut-17", "ap-99"]  # joinable back to the frame
    series = list(read_objects(frame["text"], fields=RecordFields(), max_article_bytes=0))
    assert [a.text for a in series if isinstance(a, Article)] == ["Troops in Poland.", "Rain."]
    with pytest.raises(ValueError, match="'nope' is not a column"):
        list(read_objects(frame, fields=RecordFields(text="nope"), max_article_bytes=0))
    with pytest.raises(TypeError, match="not a file or folder"):
        list(read_objects(["Nairobi is big."], fields=RecordFields(), max_article_bytes=0))
    for empty in ("", ["  "]):  # an unset variable: not the current folder, read whole
        with pytest.raises(ValueError, match="empty path"):
            list(read_objects(empty, fields=RecordFields(), max_article_bytes=0))


def test_the_text_wins_over_a_contradicting_declared_language(blank_gp: Geoparser) -> None:
    english = "Troops moved towards Kaliningrad on Monday, officials in Paris said in a statement."
    page = Article("p", english, "p.html", metadata={"language": "fr"})
    (status,) = geoparse_articles([page], geoparser=blank_gp).statuses
    assert not status.warnings  # English, whatever <html lang> said


def test_geopackage_has_four_flat_layers(tmp_path: Path, blank_gp: Geoparser) -> None:
    import geopandas as gpd
    import pyogrio

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(
        json.dumps({"id": "a", "text": "Troops moved from Poland to Qwertyland.", "outlet": "X"})
        + "\n",
        encoding="utf-8",
    )
    result = geoparse_articles(read_inputs([tmp_path / "in"]), geoparser=blank_gp)
    outputs = write_outputs(result, tmp_path / "out")
    path = outputs["gpkg"]
    assert {str(n) for n, _ in pyogrio.list_layers(path)} == {
        "places", "areas", "lines", "mentions", "claims"
    }  # fmt: skip
    places = gpd.read_file(path, layer="places")
    assert places.crs.to_epsg() == 4326 and places.iloc[0]["name"] == "Poland"
    assert json.loads(places.iloc[0]["articles"]) == ["a"]  # JSON text, not a Python repr
    claims = gpd.read_file(path, layer="claims")
    row = claims.iloc[0]
    assert row["outlet"] == "X" and row["lon"] == pytest.approx(20.0)  # the tiny gazetteer's Poland
    mentions = gpd.read_file(path, layer="mentions")
    assert len(mentions) >= 1
    for frame in (places, claims, mentions):
        for column in frame.columns.drop("geometry"):
            assert (
                not frame[column].map(lambda v: isinstance(v, str) and v[:2] in ("['", "{'")).any()
            )


def test_a_sentence_over_a_line_break_reads_as_one_line(blank_gp: Geoparser) -> None:
    # Offsets index the article; the sentence and speaker texts are that slice with
    # its line breaks as spaces (hard-wrapped text reads as one line).
    text = (
        "Officials from the ministry spoke at length on Monday about the troops in Poland\n"
        "and the exercises planned for the spring."
    )
    (mention,) = blank_gp.parse("t", text)
    start = mention.sentence_start
    assert "\n" not in mention.sentence
    assert text[start : start + len(mention.sentence)].replace("\n", " ") == mention.sentence


def test_an_output_folder_given_as_input_is_read_from_its_articles(
    tmp_path: Path, blank_gp: Geoparser
) -> None:
    # `geomap claims out/`: the articles the run mapped, not its report or comparison
    # read as corpora ("no text" for every line of report.json).
    (tmp_path / "in.txt").write_text("Troops left Poland for Kaliningrad.", encoding="utf-8")
    out = tmp_path / "out"
    result = geoparse_articles(read_inputs([tmp_path / "in.txt"]), geoparser=blank_gp)
    write_outputs(result, out)
    items = list(read_inputs([out]))
    assert [a.text for a in _articles(items).values()] == ["Troops left Poland for Kaliningrad."]
    # the run's ids and metadata, not "articles-1" and the input's path as its outlet
    article = next(iter(_articles(items).values()))
    assert article.article_id == "in" and "outlet" not in article.metadata
    direct = _articles(list(read_inputs([out / "articles.jsonl"])))
    assert list(direct) == ["in"]
    statuses = _statuses(items)
    assert statuses and all(s.status == "skipped" for s in statuses)
    reasons = {Path(s.source).name: s.reason or "" for s in statuses}
    for name in ("report.json", "comparison.json"):
        assert "the folder's articles are read from articles.jsonl" in reasons[name]
