"""Two stages of one parse: the model's part in a worker, geomap's rules in the writing process."""

from __future__ import annotations

import pickle

import pytest

from geomap.errors import GazetteerMissingError
from geomap.records import Article, ArticleResult, InputStatus
from geomap.settings import Settings
from geomap.stage_records import ModelRead

TEXTS = [
    "Russian forces shelled Kharkiv overnight, the governor said. Residents of Odesa fled.",
    "Ukrainian officials in Kyiv said grain left the port of Izmail for Istanbul.\n\n"
    + "Polish farmers blocked the border near Przemysl. "
    + "Later, trucks waited at Medyka while Warsaw and Vilnius talked, the minister said. " * 4,
    "No place is named here.",
]


@pytest.fixture(scope="module")
def geoparser():  # type: ignore[no-untyped-def]
    from geomap.geoparser import Geoparser

    gp = Geoparser(Settings())
    gp.nlp  # noqa: B018
    return gp


@pytest.mark.model
def test_rules_finishing_the_models_pieces_give_the_one_process_mentions(
    geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from geomap.stages import RuleStage

    # the second article is read in several pieces: offsets and sentence numbers carry over
    monkeypatch.setattr("geomap.pieces.CHUNK_CHARS", 160)
    items = [(f"a{i}", t) for i, t in enumerate(TEXTS)]
    whole = list(geoparser.parse_many(items, "en"))
    read = [ModelRead(p) for p in geoparser.model_pieces(items, "en")]
    assert len(read[1].pieces) > 1 and read[1].pieces[-1].last
    read = pickle.loads(pickle.dumps(read))  # as they cross from the worker
    rules = RuleStage(Settings())
    split = [rules.mentions(text, r) for text, r in zip(TEXTS, read, strict=True)]
    assert split == whole
    assert any(m.speaker is not None for m in whole[0])  # attribution ran in the rules too
    assert {m.text for m in whole[1]} >= {"Kyiv", "Warsaw"}


@pytest.mark.model
def test_the_offset_map_crosses_with_the_models_pieces(geoparser, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A doc of whitespace squeezed carries its map back to the text (``doc._.offset_map``)."""
    from geomap.stages import RuleStage

    monkeypatch.setattr("geomap.pieces.CHUNK_CHARS", 80)
    text = (
        "Troops  shelled\u00a0Kharkiv, officials in\nNew\nYork said.\n\n  Residents of "
        "Khar\u00adkiv fled to Lviv,\tthe  governor said.  " * 2
    )
    items = [("w", text)]
    whole = list(geoparser.parse_many(items, "en"))
    read = pickle.loads(pickle.dumps([ModelRead(p) for p in geoparser.model_pieces(items, "en")]))
    assert len(read[0].pieces) > 1
    assert [RuleStage(Settings()).mentions(text, read[0])] == whole
    assert "New\nYork" in {m.text for m in whole[0]}
    assert all(text[m.start : m.end] == m.text for m in whole[0])


@pytest.mark.model
def test_an_article_whose_rules_fail_is_reported_and_the_others_finished(
    geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from geomap.batches import model_batch
    from geomap.stages import RuleStage

    articles = [
        Article(article_id=f"a{i}", source=f"s{i}", text=t, metadata={"language": "en"})
        for i, t in enumerate(TEXTS)
    ]
    results = model_batch(geoparser, articles)
    assert all(isinstance(r, ModelRead) for r in results)
    rules = RuleStage(Settings())
    real = RuleStage.mentions

    def mentions(self, text, read):  # type: ignore[no-untyped-def]
        if "Izmail" in text:
            raise ValueError("a rule broke")
        return real(self, text, read)

    monkeypatch.setattr(RuleStage, "mentions", mentions)
    done = rules.finish(articles, results)
    assert [type(d) for d in done] == [ArticleResult, InputStatus, ArticleResult]
    assert isinstance(done[1], InputStatus) and done[1].status == "error"
    assert "s1" in (done[1].reason or "") and "a rule broke" in (done[1].reason or "")
    assert isinstance(done[0], ArticleResult) and done[0].status.language == "en"

    def broken(self, text, read):  # type: ignore[no-untyped-def]
        raise GazetteerMissingError("no gazetteer")

    monkeypatch.setattr(RuleStage, "mentions", broken)
    with pytest.raises(GazetteerMissingError):  # no article can be placed: the run stops
        rules.finish(articles, results)


@pytest.mark.model
def test_articles_in_other_languages_are_parsed_through_by_the_worker(geoparser) -> None:  # type: ignore[no-untyped-def]
    from geomap.batches import model_batch

    articles = [
        Article(article_id="en", source="en", text=TEXTS[0], metadata={"language": "en"}),
        Article(article_id="xx", source="xx", text="Lorem ipsum.", metadata={"language": "xx"}),
    ]
    first, second = model_batch(geoparser, articles)
    assert isinstance(first, ModelRead)
    assert isinstance(second, InputStatus) and second.status == "skipped"
