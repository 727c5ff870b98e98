"""A long article (one line of megabytes): read in pieces, memory bounded, progress shown.

A blank pipeline over the tiny gazetteer (:func:`tests.test_nlp_blank._nlp`), with the
limits lowered so that a few thousand characters make a long article.
"""

from __future__ import annotations

import io
import threading
from typing import Any

import pytest

from geomap import geoparser as geoparser_module
from geomap import pieces as pieces_module
from geomap import progress as progress_module
from geomap.batches import article_result, model_batch
from geomap.geoparser import Geoparser
from geomap.pieces import model_batches, pieces_note
from geomap.progress import ProgressLog
from geomap.records import Article, ArticleResult
from geomap.run import geoparse_articles
from geomap.settings import Settings
from geomap.stage_records import ModelRead
from tests.test_nlp_blank import _nlp

SENTENCES = [
    "Troops moved towards Kaliningrad, officials in Paris said on Monday.",
    "Russia sent engineers to Poland while France waited",
    '"We stay in Tbilisi," the minister said.',
    "Nothing was said about Texas or Washington.",
]


def _one_line(n: int) -> str:
    """``n`` sentences joined by spaces: one line, as a flattened scraped page."""
    return " ".join(SENTENCES[i % len(SENTENCES)] for i in range(n))


@pytest.fixture()
def blank_gp() -> Geoparser:
    names = ["Poland", "Kaliningrad", "Paris", "France", "Russia", "Tbilisi", "Texas"]
    return Geoparser(Settings(), nlp=_nlp([*names, "Washington"]))


def _offsets(gp: Geoparser, text: str) -> list[tuple[Any, ...]]:
    return [(m.start, m.end, m.text, m.sentence_start, m.sentence) for m in gp.parse("a", text)]


def test_a_one_line_article_read_in_pieces_has_the_offsets_of_one_read_whole(
    blank_gp: Geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _one_line(200)  # ~10,000 characters, no line break
    whole = _offsets(blank_gp, text)
    monkeypatch.setattr(pieces_module, "CHUNK_CHARS", 700)
    pieces = _offsets(blank_gp, text)
    assert len(pieces) > 100
    assert pieces == whole
    assert all(text[s:e] == t for s, e, t, _, _ in pieces)


def test_the_model_reads_a_long_articles_pieces_a_few_at_a_time(
    blank_gp: Geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # before, all the pieces of an article went to one nlp.pipe, read 16 at a time:
    # 160,000 characters of 10,000-character pieces at once (830 MB for a 1 MB article)
    monkeypatch.setattr(pieces_module, "CHUNK_CHARS", 500)
    monkeypatch.setattr(geoparser_module, "MODEL_BATCH_CHARS", 1_600)
    nlp = blank_gp.nlp
    real = type(nlp).pipe
    read_at_once: list[int] = []

    def pipe(self: Any, pairs: Any, **kw: Any) -> Any:
        if kw.get("as_tuples"):  # geomap's call (spaCy then calls itself without)
            pairs = list(pairs)
            read_at_once.append(sum(len(text) for _doc, text in pairs))
            assert kw["batch_size"] >= len(pairs)
        return real(self, pairs, **kw)

    monkeypatch.setattr(type(nlp), "pipe", pipe)
    text = _one_line(300)
    mentions = blank_gp.parse("a", text)
    assert len(read_at_once) > 5 and max(read_at_once) <= 1_600
    assert [m.text for m in mentions] == [m.text for m in blank_gp.parse("a", text)]


def test_model_batches_bound_texts_and_characters() -> None:
    items = [("a", "x" * n) for n in (5, 5, 5, 20, 1, 1)]
    groups = list(model_batches(items, 2, 12))
    assert [[len(t) for _, t in g] for g in groups] == [[5, 5], [5], [20], [1, 1]]
    assert [i for g in groups for i in g] == items


def test_a_long_articles_model_read_does_not_travel(
    blank_gp: Geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its serialised docs (~24 bytes a character) would be held whole twice over
    monkeypatch.setattr("geomap.batches.BATCH_CHARS", 2_000)
    meta = {"language": "en"}
    short = Article("s", _one_line(10), "s.txt", meta)
    long = Article("l", _one_line(100), "l.txt", meta)
    got = model_batch(blank_gp, [short])
    assert isinstance(got[0], ModelRead)
    got = model_batch(blank_gp, [long])
    assert isinstance(got[0], ArticleResult) and got[0].status.mentions > 100


def test_the_report_notes_an_article_read_in_pieces() -> None:
    text = _one_line(400)
    result = article_result(Article("a", text, "big.txt"), [])
    (note,) = result.status.notes
    assert note.startswith(f"big.txt: {len(text):,} characters, read in ")
    assert "pieces" in note and "offsets are the whole article's" in note
    assert article_result(Article("b", _one_line(3), "b.txt"), []).status.notes == ()
    assert pieces_note("x", "short") is None


def test_progress_lines_when_stderr_is_not_a_terminal(
    blank_gp: Geoparser, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(progress_module, "LONG_CHARS", 5_000)
    items = [Article("a", _one_line(4), "a.txt"), Article("b", _one_line(200), "big.txt")]
    result = geoparse_articles(items, geoparser=blank_gp, progress=True)
    assert len(result.processed) == 2
    err = capsys.readouterr().err
    assert "geomap: progress: big.txt: a long article (0.0 MB of text), read in pieces" in err
    assert "a.txt" not in err
    geoparse_articles(items, geoparser=blank_gp, progress=False)  # --quiet: nothing
    assert capsys.readouterr().err == ""


def test_a_long_article_in_a_language_geomap_skips_is_not_announced() -> None:
    stream = io.StringIO()
    lines = ProgressLog(stream, every=30.0)
    spanish = (
        "El gobierno de España anunció nuevas medidas en Madrid y Barcelona para afrontar la "
        "crisis energética durante el invierno. Los ciudadanos recibirán ayudas para pagar la "
        "calefacción y el transporte público será gratuito. "
    ) * 6_000
    english = "Officials said the talks would resume in the capital next week. " * 20_000
    items = [Article("es", spanish, "es.txt"), Article("en", english, "en.txt")]
    assert list(lines.reading(items)) == items and lines.read_articles == 2
    assert "es.txt" not in stream.getvalue()  # skipped for its language, never read in pieces
    assert "en.txt: a long article" in stream.getvalue()
    forced = ProgressLog(io.StringIO(), language="en")  # --language en reads it
    list(forced.reading(items[:1]))
    assert forced._stream is not None and "es.txt: a long article" in forced._stream.getvalue()


def test_a_long_article_taken_from_the_previous_run_is_counted_not_announced() -> None:
    """An update run reads nothing in pieces again; it once said so for a reused text (user66)."""
    from geomap.batches import article_result
    from geomap.stage_records import Reused

    stream = io.StringIO()
    lines = ProgressLog(stream, every=30.0)
    english = "Officials said the talks would resume in the capital next week. " * 20_000
    article = Article("en", english, "en.txt")
    items = [Reused(article_result(article, []), article)]
    assert list(lines.reading(items)) == items
    assert lines.read_articles == 1 and lines.read_chars == len(english)
    assert "a long article" not in stream.getvalue()


class _Lines(io.StringIO):
    """A stream that says when its first line came."""

    def __init__(self) -> None:
        super().__init__()
        self.came = threading.Event()

    def write(self, s: str) -> int:
        self.came.set()
        return super().write(s)


def test_a_progress_log_counts_and_writes_lines_from_its_thread() -> None:
    stream = _Lines()
    lines = ProgressLog(stream, every=0.01)
    items = [Article("a", "x" * 1_500_000, "a.txt"), Article("b", "y", "b.txt")]
    read = list(lines.reading(items))
    assert read == items and lines.read_articles == 2
    assert stream.getvalue() == (
        "geomap: progress: a.txt: a long article (1.5 MB of text), read in pieces; "
        "it takes a while\n"
    )
    lines.done(article_result(items[0], []))
    assert lines.line().startswith("done 1 of 2 articles read (1.5 of 1.5 MB of text), 0m")
    stream.came.clear()
    lines.start()
    try:
        assert stream.came.wait(30)  # the thread's first line (a timeout, not a timing)
    finally:
        lines.stop()
    assert "geomap: progress: done 1 of 2 articles read" in stream.getvalue()


def test_the_parsing_process_says_how_far_a_long_article_is(
    capsys: pytest.CaptureFixture[str],
) -> None:
    ticks = iter(range(100))
    spans = [(0, 10), (10, 20), (20, 30), (30, 40)]
    got = list(progress_module.reading_pieces("big", spans, 2.0, clock=lambda: next(ticks)))
    assert got == spans
    assert capsys.readouterr().err.splitlines() == [
        # 2 s after the start, 10 characters in 2 s: 30 more take 6 s
        "geomap: progress: big: 10 of 40 characters read (25%), about 6 s left",
        # 2 s later, 30 characters in 4 s: 10 more take 1.3 s
        "geomap: progress: big: 30 of 40 characters read (75%), about 1 s left",
    ]
    assert list(progress_module.reading_pieces("big", spans, 0.0)) == spans  # not asked
    assert capsys.readouterr().err == ""


def test_a_run_not_on_a_terminal_asks_its_parsing_process_for_progress(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[float] = []

    class Spy(Geoparser):
        def parse_many(self, items: Any, route: Any = None) -> Any:
            seen.append(self.settings.progress_s)
            return super().parse_many(items, route)

    names = ["Paris", "Poland", "France"]
    monkeypatch.setattr(
        "geomap.geoparser.Geoparser", lambda settings: Spy(settings, nlp=_nlp(names))
    )
    settings = Settings(parse_beside=False)
    geoparse_articles([Article("a", _one_line(3), "a.txt")], settings=settings, progress=True)
    geoparse_articles([Article("a", _one_line(3), "a.txt")], settings=settings, progress=False)
    assert seen == [progress_module.EVERY_S, 0.0]


def _long_result(n: int) -> ArticleResult:
    """An article's result with ``n`` mentions and claims of Kyiv, one per sentence."""
    from geomap.records import Claim, InputStatus, Mention
    from tests.test_runstore import KYIV

    mentions, claims = [], []
    for i in range(n):
        sentence = f"Talks in Kyiv resumed on day {i}."
        at = 40 * i
        mentions.append(Mention("a", at + 9, at + 13, "Kyiv", sentence, at, KYIV, 0.9))
        claims.append(
            Claim(
                KYIV.place_id,
                "a",
                sentence,
                at,
                at + len(sentence),
                None,
                "literal",
                at + 9,
                at + 13,
            )
        )
    status = InputStatus("a.txt", "a", "ok", None, n, n)
    return ArticleResult(status, tuple(mentions), tuple(claims), {})


def test_a_long_articles_claims_are_stored_a_chunk_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from geomap import runstore
    from geomap.runstore import RunStore

    item = _long_result(25)
    with RunStore() as whole:
        whole.add(item)
        expected = list(whole.claims_of(item.claims[0].place_id))
        df = whole.terms.df.copy()
    inserted: list[int] = []
    monkeypatch.setattr(runstore, "CLAIMS_AT_ONCE", 10)
    real = RunStore._insert

    def insert(self: RunStore, rows: Any, found: Any) -> None:
        inserted.append(len(rows))
        real(self, rows, found)

    monkeypatch.setattr(RunStore, "_insert", insert)
    with RunStore() as store:
        store.add(item)
        assert inserted == [10, 10, 5]
        assert list(store.claims_of(item.claims[0].place_id)) == expected
        assert (store.terms.df == df).all() and store.terms.n == 25


def test_the_geopackage_appends_a_long_articles_rows_a_chunk_at_a_time(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geomap.io import geopackage
    from geomap.io.base import WriteOptions

    appended: list[tuple[str, int]] = []
    monkeypatch.setattr(geopackage, "CHUNK", 10)
    monkeypatch.setattr(
        geopackage,
        "_append",
        lambda path, layer, rows, *a, **k: appended.append((layer, len(rows))),
    )
    writer = geopackage.GeoPackage(tmp_path / "geomap.gpkg", WriteOptions())
    writer.add(_long_result(25))
    # before, all 25 rows of each layer were buffered, then appended at once
    assert appended == [("mentions", 10), ("mentions", 10), ("claims", 10), ("claims", 10)]


def test_the_time_left_is_said_in_the_unit_a_reader_wants() -> None:
    assert progress_module.time_left(0, 100, 5.0) == "time left not known yet"
    assert progress_module.time_left(100, 100, 30.0) == "about 30 s left"
    assert progress_module.time_left(100, 900, 60.0) == "about 9 min left"  # 540 s
    assert progress_module.time_left(1_000, 99_000, 60.0) == "about 1.6 h left"  # 5,940 s


def test_a_line_with_nothing_done_names_the_long_article_being_read() -> None:
    lines = progress_module.ProgressLog(stream=io.StringIO())
    items = [Article("a", "x" * 1_500_000, "big.txt")]
    list(lines.reading(items))
    assert "none of 1 articles read parsed yet: reading big.txt in pieces" in lines.line()
    assert progress_module.FIRST_ARTICLES not in lines.line()
