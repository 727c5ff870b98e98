"""Bidi overrides in an article never reorder what the map shows; the marks still fit."""

from __future__ import annotations

from geomap.mapping.popup import group_claims
from geomap.mapping.sources import sources_payload


def _claim() -> dict[str, object]:
    sentence = "Kyiv is safe, said John \u202eevil\u202c Doe of \u2067the army\u2069."
    return {
        "article": "a",
        "sentence": sentence,
        "sentence_start": 100,
        "mention_start": 100,
        "mention_end": 104,
        "speaker": "John \u202eevil\u202c Doe",
        "speaker_kind": "person",
        "verb": "said",
    }


def test_popup_sentences_and_speakers_show_bidi_controls_inertly() -> None:
    ((group,),) = [g["items"] for g in group_claims([_claim()], "Kyiv", {"a": 0})]
    assert (
        group["sentence"] == "Kyiv is safe, said John \ufffdevil\ufffd Doe of \ufffdthe army\ufffd."
    )
    assert group["marks"] == [[0, 4]]
    assert group["speaker"] == "said — John \ufffdevil\ufffd Doe"


def test_the_sources_list_shows_bidi_controls_inertly() -> None:
    (source,), _, _ = sources_payload([(0, [_claim()])])
    assert source["name"] == "John \ufffdevil\ufffd Doe"
