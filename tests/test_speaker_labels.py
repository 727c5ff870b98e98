"""A transcript's paragraph labels name its speakers: "LAW: We did trips to Lviv." (issue 17).

Hand-built parses on ``spacy.blank("en")`` (:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from geomap.claims.labels import speaker_labels
from tests.test_attribution_blank import Row, mark, parsed

ORAL_HISTORY = (
    "HOT MESS\n\nLARRY HARVEY (co-creator): My friend had a party on Baker Beach.\n\n"
    "IN THE BEGINNING: 1986–1989\n\nJAMES: It was June. A foggy night on a beach."
)


def test_labels_open_paragraphs_of_a_transcript_with_two_speakers_or_more() -> None:
    labels = speaker_labels(ORAL_HISTORY)
    names = [ORAL_HISTORY[x.name_start : x.name_end] for x in labels]
    assert names == ["LARRY HARVEY", "JAMES"]  # a heading before a number labels nothing
    assert ORAL_HISTORY[labels[1].colon :].startswith(": It was June. A foggy night")
    assert labels[1].end == len(ORAL_HISTORY)
    # one capitalised name before a colon is a dateline, not a transcript
    assert speaker_labels("BEIRUT: Vandals desecrated graves.\n\nPolice said so.") == []


def _paragraphs() -> list[Row]:
    """ "JAMES : It was June . A night in Lviv . ¶ LAW : We went to Kyiv . ¶ Odesa is calm ." """
    return [
        ("JAMES", "JAMES", "PROPN", "ROOT", 0),
        (":", ":", "PUNCT", "punct", 0),
        ("It", "it", "PRON", "nsubj", 3),
        ("was", "be", "AUX", "ROOT", 3),
        ("June", "June", "PROPN", "attr", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("A", "a", "DET", "det", 7),
        ("night", "night", "NOUN", "ROOT", 7),
        ("in", "in", "ADP", "prep", 7),
        ("Lviv", "Lviv", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 7),
        ("\n\n", "\n\n", "SPACE", "dep", 10),
        ("LAW", "LAW", "PROPN", "ROOT", 12),
        (":", ":", "PUNCT", "punct", 12),
        ("We", "we", "PRON", "nsubj", 15),
        ("went", "go", "VERB", "ROOT", 15),
        ("to", "to", "ADP", "prep", 15),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 16),
        (".", ".", "PUNCT", "punct", 15),
        ("\n\n", "\n\n", "SPACE", "dep", 18),
        ("Odesa", "Odesa", "PROPN", "nsubj", 21),
        ("is", "be", "AUX", "ROOT", 21),
        ("calm", "calm", "ADJ", "acomp", 21),
        (".", ".", "PUNCT", "punct", 21),
    ]


def test_a_labelled_paragraph_is_its_speakers_to_its_end() -> None:
    doc = parsed(_paragraphs(), sent_starts=(0, 2, 6, 12, 14, 20))
    lviv, kyiv, odesa = mark(doc, "Lviv", "Kyiv", "Odesa")
    Attribution()(doc)
    assert lviv._.speaker.text == "JAMES"  # a narrative sentence of the paragraph
    assert kyiv._.speaker.text == "LAW"
    assert kyiv._.source.lemma == "say"
    assert kyiv._.source.kind == lviv._.source.kind == "person"  # who was interviewed
    assert odesa._.speaker is None  # an unlabelled paragraph: the journalist's
