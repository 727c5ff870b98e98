"""Posts on social media, a clause after a colon, trips, and Q&A interviews (issue 17, spk44).

"The company posted on its website that the plant in Busan would close" (a post reports a
clause; "posted a loss" does not); "The governor posted on Telegram: “Dnipro was attacked”"
(the parser made the quoted clause the head); "said on a trip to Riga that …" (the scene);
"Q: … A: …" paragraphs after "we spoke to X" (the answers are X's); "Petrov, asked whether
troops would leave Kherson, said …" (the question is the journalist's, the saying Petrov's).

Hand-built parses and texts on ``spacy.blank("en")``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.claims.labels import LabelFrames
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _posted(clause: bool) -> list[Row]:
    """ "The company posted on its website that the plant in Busan would close ." """
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("company", "company", "NOUN", "nsubj", 2),
        ("posted", "post", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("its", "its", "PRON", "poss", 5),
        ("website", "website", "NOUN", "pobj", 3),
        ("that", "that", "SCONJ", "mark", 12),
        ("the", "the", "DET", "det", 8),
        ("plant", "plant", "NOUN", "nsubj", 12),
        ("in", "in", "ADP", "prep", 8),
        ("Busan", "Busan", "PROPN", "pobj", 9),
        ("would", "would", "AUX", "aux", 12),
        ("close", "close", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    if not clause:  # "The company posted a loss in Busan ."
        rows = [
            *rows[:2],
            ("posted", "post", "VERB", "ROOT", 2),
            ("a", "a", "DET", "det", 4),
            ("loss", "loss", "NOUN", "dobj", 2),
            ("in", "in", "ADP", "prep", 2),
            ("Busan", "Busan", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 2),
        ]
    return rows


def test_a_post_reports_a_clause_not_a_plain_object() -> None:
    assert speaker_of(_posted(True), "Busan") == "The company"
    assert speaker_of(_posted(False), "Busan") is None


def test_a_quoted_clause_after_a_colon_is_what_was_posted() -> None:
    # 'The governor posted on Telegram : " Dnipro was attacked . "' (the clause made the head)
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("governor", "governor", "NOUN", "nsubj", 2),
        ("posted", "post", "VERB", "ccomp", 9),
        ("on", "on", "ADP", "prep", 2),
        ("Telegram", "Telegram", "PROPN", "pobj", 3),
        (":", ":", "PUNCT", "punct", 9),
        ("\u201c", "\u201c", "PUNCT", "punct", 9),
        ("Dnipro", "Dnipro", "PROPN", "nsubjpass", 9),
        ("was", "be", "AUX", "auxpass", 9),
        ("attacked", "attack", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
        ("\u201d", "\u201d", "PUNCT", "punct", 9),
    ]
    assert speaker_of(rows, "Dnipro") == "The governor"
    # "The governor posted on Telegram as Dnipro was attacked .": no colon, nothing posted
    unquoted = [*rows[:5], ("as", "as", "SCONJ", "mark", 9), *rows[7:11]]
    unquoted = [(w, lemma, pos, dep, h - 1 if h > 5 else h) for w, lemma, pos, dep, h in unquoted]
    assert speaker_of(unquoted, "Dnipro") is None


def test_a_trip_is_the_scene_of_the_saying() -> None:
    # "The minister said on a trip to Riga that the alliance was united ."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("minister", "minister", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5),
        ("trip", "trip", "NOUN", "pobj", 3),
        ("to", "to", "ADP", "prep", 5),
        ("Riga", "Riga", "PROPN", "pobj", 6),
        ("that", "that", "SCONJ", "mark", 11),
        ("the", "the", "DET", "det", 10),
        ("alliance", "alliance", "NOUN", "nsubj", 11),
        ("was", "be", "AUX", "ccomp", 2),
        ("united", "united", "ADJ", "acomp", 11),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert speaker_of(rows, "Riga") is None


INTERVIEW = (
    "Before the vote we spoke to Anna Weber, who knows Otto Brandt well.\n\n"
    "Q: Why Leipzig?\n\n"
    "A: Because the protests began there. Dresden followed a week later.\n\n"
    "Brandt lives in Halle."
)


def _interview(text: str) -> tuple[LabelFrames, dict[str, Span]]:
    doc = spacy.blank("en")(text)
    people = [
        doc.char_span(text.index(n), text.index(n) + len(n)) for n in ("Anna Weber", "Otto Brandt")
    ]
    doc.ents = [Span(doc, p.start, p.end, label="PERSON") for p in people if p is not None]
    words = {t.text: doc[t.i : t.i + 1] for t in doc if t.text in ("Leipzig", "Dresden", "Halle")}
    return LabelFrames(doc, text), words


def test_an_interviews_answers_are_the_interviewees() -> None:
    frames, words = _interview(INTERVIEW)
    answer = frames.frame_at(words["Dresden"])
    assert answer is not None and answer.speaker.text == "Anna Weber"
    assert frames.frame_at(words["Leipzig"]) is None  # the question: the interviewer's
    assert frames.frame_at(words["Halle"]) is None  # after the answer: the journalist's


def test_no_question_mark_paragraph_makes_no_interview() -> None:
    frames, words = _interview(INTERVIEW.replace("Q: ", ""))
    assert frames.frame_at(words["Dresden"]) is None


def _aside(root_asked: bool) -> list[Row]:
    """ "Petrov , asked whether troops would leave Kherson , said they would stay in Lviv ." """
    said_head, asked_head = (2, 9) if root_asked else (9, 9)
    return [
        ("Petrov", "Petrov", "PROPN", "nsubj", 2),
        (",", ",", "PUNCT", "punct", 0),
        ("asked", "ask", "VERB", "ROOT" if root_asked else "ccomp", 2 if root_asked else 9),
        ("whether", "whether", "SCONJ", "mark", 6),
        ("troops", "troop", "NOUN", "nsubj", 6),
        ("would", "would", "AUX", "aux", 6),
        ("leave", "leave", "VERB", "ccomp", 2),
        ("Kherson", "Kherson", "PROPN", "dobj", 6),
        (",", ",", "PUNCT", "punct", asked_head),
        ("said", "say", "VERB", "ccomp" if root_asked else "ROOT", said_head),
        ("they", "they", "PRON", "nsubj", 12),
        ("would", "would", "AUX", "aux", 12),
        ("stay", "stay", "VERB", "ccomp", 9),
        ("in", "in", "ADP", "prep", 12),
        ("Lviv", "Lviv", "PROPN", "pobj", 13),
        (".", ".", "PUNCT", "punct", said_head),
    ]


def test_the_question_put_to_a_speaker_is_no_claim_and_the_saying_after_is_theirs() -> None:
    for root_asked in (True, False):  # the parser makes either verb the root
        rows = _aside(root_asked)
        assert speaker_of(rows, "Kherson") is None, root_asked
        assert speaker_of(rows, "Lviv") == "Petrov", root_asked
    # "Petrov asked whether troops would leave Kherson , said …" (no comma after the
    # subject): not an aside, Petrov asks
    finite = [r for i, r in enumerate(_aside(True)) if i != 1]
    finite = [(w, lemma, pos, dep, h - 1 if h > 1 else h) for w, lemma, pos, dep, h in finite]
    assert speaker_of(finite, "Kherson") == "Petrov"
