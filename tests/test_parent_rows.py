"""The writing process's rows made with less work, the same values (perf51)."""

from __future__ import annotations

import dataclasses

from geomap.claim_records import claim_records, forget
from geomap.claims.articles import ContextFacts, context
from geomap.claims.similarity import joined_terms, sentence_terms, terms
from geomap.io.claims_csv import claim_row as csv_row
from geomap.io.geopackage import claim_row as gpkg_row
from geomap.io.geopackage import flat
from geomap.records import ArticleResult, Claim, InputStatus, Mention, Place
from geomap.runstore import RunStore
from geomap.sanitize import spreadsheet_cell

KYIV = Place("703448", "Kyiv", "city", "UA", None, 0, 30.5, 50.45, "test")
LVIV = Place("702550", "Lviv", "city", "UA", None, 0, 24.03, 49.84, "test")


def test_joined_terms_are_the_terms_of_the_joined_sentences() -> None:
    cases = [
        ["Talks in Kyiv resumed on Monday.", "Lviv said the talks resumed."],
        ["", "the of and", "Big cat", "", "the dog's life ended"],  # no words, stop words only
        ["ΟΔΟΣ", "Σ αβγ ΟΔΟΣ."],  # Greek final sigma at a boundary: lower() is contextual
        ["a b", "c d"],  # one-letter words are no words
        ["One two three"],
        [],
    ]
    for sentences in cases:
        joined = joined_terms([sentence_terms(s) for s in sentences])
        assert joined == terms(" ".join(sentences)), sentences
    words, buckets = sentence_terms("Kyiv and Lviv signed")
    assert words == ["kyiv", "lviv", "signed"]
    assert buckets == terms("Kyiv and Lviv signed") and len(buckets) == 5


def test_the_store_keeps_each_context_with_the_terms_of_its_whole_text() -> None:
    one, two = "Kyiv and Lviv talked on Monday.", "Lviv answered Kyiv at once."
    claims = tuple(
        Claim(p.place_id, "a", s, 0, len(s), None, "literal", s.index(p.name), 0)
        for s, p in ((one, KYIV), (two, LVIV), (one, LVIV))  # the first sentence again, later
    )
    mentions = (
        Mention("a", 0, 4, "Kyiv", one, 0, KYIV, 0.9),
        Mention("a", 9, 13, "Lviv", one, 0, LVIV, 0.9),
    )
    with RunStore() as store:
        store.add(ArticleResult(InputStatus("a.txt", "a", "ok", None, 2, 2), mentions, claims))
        (facts,) = store._db.execute("SELECT facts FROM contexts").fetchone()
    text = context(c.sentence for c in claims)
    assert text == f"{one} {two}"
    stored = ContextFacts.from_json(facts)
    assert dataclasses.replace(stored, places={}) == ContextFacts.of(text)
    assert set(stored.places) == {KYIV.place_id, LVIV.place_id}  # by id, with the forms
    assert stored.places[KYIV.place_id][0] == KYIV.name
    assert ContextFacts.of(text, terms(text)) == ContextFacts.of(text)


def test_rows_from_shared_records_leave_the_records_as_they_are() -> None:
    forget()
    sentence = "=Kyiv and Lviv, said a -source."
    claims = (
        Claim(KYIV.place_id, "a", sentence, 0, 31, None, "literal", 1, 5, ("Zed", "Ann"), 0.9),
        Claim(LVIV.place_id, "a", sentence, 0, 31, None, "literal", 10, 14, (), 0.8),
    )
    meta = {"title": "@title", "outlet": "-outlet", "language": "en"}
    item = ArticleResult(InputStatus("a.txt", "a", "ok", None, 2, 2), (), claims, meta)
    records = claim_records(item)
    before = [dict(r) for r in records]
    place = {KYIV.place_id: KYIV, LVIV.place_id: LVIV}
    cells: dict[str, object] = {}
    for claim, record in zip(claims, records, strict=True):
        p = place[claim.place_id]
        row = gpkg_row(p, record)
        head = {"place_id": p.place_id, "name": p.name, "feature_type": p.feature_type}
        keys = {"geonameid": int(p.place_id), "source": p.source}  # the join key, the source
        expected = {
            **head,
            "country_code": "UA",
            **keys,
            **flat(record),
            "lon": p.lon,
            "lat": p.lat,
        }
        assert row == expected and list(row) == list(expected)  # values and column order
        assert row["context_names"] == ('["Zed", "Ann"]' if claim.context_names else "[]")
        shared = csv_row(claim, place[claim.place_id], meta, record, cells)
        assert shared == csv_row(claim, place[claim.place_id], meta, record)  # made alone
        assert shared["sentence"] == spreadsheet_cell(sentence) == "'" + sentence
        assert shared["outlet"] == "'-outlet"
    assert [dict(r) for r in records] == before  # nothing written into the shared records
    assert cells[sentence] == "'" + sentence and cells["@title"] == "'@title"
    forget()
