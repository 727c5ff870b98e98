"""Articles that repeat another's text (a wire story several outlets run): ``copy_of``."""

from __future__ import annotations

import random

from geomap.copies import CHUNK, MIN_SIMILARITY, CopyFinder, similarity, sketch
from geomap.records import Article, ArticleResult, InputStatus
from geomap.run import drive, with_copy
from geomap.settings import Settings

_WORDS = [f"w{i}" for i in range(5000)]


def _story(seed: int, n: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_WORDS) for _ in range(n)) + "."


def test_a_sketch_reads_words_not_case_or_punctuation_and_needs_twenty_words() -> None:
    story = _story(1)
    a, b = sketch(story), sketch(story.upper().replace(" ", ", "))
    assert a is not None and b is not None and similarity(a, b) == 1.0
    assert sketch("Drones hit Izmail overnight, the governor said.") is None


def test_an_edited_copy_is_near_and_another_story_far() -> None:
    story, other = _story(1), _story(2)
    words = story.split()
    edited = " ".join([*words[:150], "a", "sentence", "the", "outlet", "added", *words[150:280]])
    sig = sketch(story)
    assert sig is not None
    near, far = sketch(edited + " Reporting by Jane Doe."), sketch(other)
    assert near is not None and far is not None
    assert similarity(sig, near) >= MIN_SIMILARITY
    assert similarity(sig, far) < 0.2


def test_a_long_text_is_sketched_in_chunks_like_a_short_one() -> None:
    long = _story(3, 3 * CHUNK)
    sig = sketch(long)
    assert sig is not None and similarity(sig, sketch(long + " " + _story(4, 200))) > 0.9  # type: ignore[arg-type]


def test_copies_name_the_first_article_of_their_group() -> None:
    story = _story(1)
    words = story.split()
    edited = " ".join(words[:290]) + " (AP)"
    with CopyFinder() as finder:
        found = [
            finder.add("ap", story),
            finder.add("own", _story(2)),
            finder.add("paper", edited),
            finder.add("short", "Drones hit Izmail."),
            finder.add("again", edited),
        ]
        path = finder.path
    assert [f[0] if f else None for f in found] == [None, None, "ap", None, "ap"]
    assert found[2] is not None and MIN_SIMILARITY <= found[2][1] <= 1.0
    assert not path.exists()  # the sketches' file is removed


def _result(aid: str, text: str, meta: dict[str, str] | None = None) -> ArticleResult:
    status = InputStatus(f"{aid}.txt", aid, "ok")
    return ArticleResult(status, (), (), dict(meta or {}), text)


def test_copy_of_is_geomaps_never_an_inputs() -> None:
    story = _story(1)
    with CopyFinder() as finder:
        first = with_copy(_result("a", story, {"copy_of": "forged"}), finder)
        second = with_copy(_result("b", story, {"outlet": "Herald"}), finder)
    assert "copy_of" not in first.metadata
    assert second.metadata == {"outlet": "Herald", "copy_of": "a"}


def test_a_run_marks_its_copies_in_what_it_keeps() -> None:
    story = _story(1)
    parsed = [
        (_result(aid, text), Article(aid, text, f"{aid}.txt", {"copy_of": "forged"}))
        for aid, text in (("a", story), ("b", _story(2)), ("c", story))
    ]
    bad = InputStatus("d.txt", None, "error", "unreadable")
    result = drive([*parsed, (bad, None)], settings=Settings(), model={}, gazetteer=None)
    assert result.records is not None
    assert [a.metadata.get("copy_of") for a in result.records.articles] == [None, None, "a"]
    assert len(result.statuses) == 4 and result.totals["copies"] == 1


def test_the_run_store_counts_the_copies_for_the_report() -> None:
    from geomap.runstore import RunStore

    with RunStore() as store:
        store.add(_result("a", "text"))
        store.add(_result("b", "text", {"copy_of": "a"}))
        assert store.totals()["copies"] == 1


def test_the_map_names_whose_text_a_copy_is() -> None:
    from geomap.mapping.articles import labelled_articles

    info = {
        "ap-1": {"title": "Port hit", "outlet": "AP"},
        "b": {"title": "Port hit", "outlet": "Herald", "copy_of": "ap-1"},
        "c": {"title": "Port hit", "copy_of": "gone\u202etxt"},  # an id, escaped, if no outlet
    }
    labels, shown = labelled_articles(["ap-1", "b", "c"], info)
    assert labels == [
        "Port hit · AP",
        "copy of AP: Port hit · Herald",
        "copy of gone\\u202etxt: Port hit",
    ]
    assert "copy_of" not in shown[1]
