"""Speaker rules of round 65 (issue 17, spk65), on ``spacy.blank("en")``.

From the 100 dev items of ``speakers_gold`` set ``spk65`` (real news): an interview printed
as question paragraphs, each followed by its answer in paragraphs of its own, without
"Q:"/"A:" marks or names: the answers are the interviewee's, the PERSON the introduction
names first (a FAQ, answers not in the first person, or fewer questions: no interview);
"authorities arrived … to find the child unresponsive" is what they came upon, no finding
reported; "the principal", sentences after "Principal Mark Lee" was named, is that person
when he spoke last; "the Health and Safety Executive" is a government body. Hand-built
parses, with controls.
"""

from __future__ import annotations

import spacy

from geomap.claims.attribution import Attribution
from geomap.claims.labels import question_labels
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, mark, parsed

_NLP = spacy.blank("en")

_INTERVIEW = (
    "Travel writer Anna Nowak, who met Piotr Zielinski in Gdansk, wrote a new book.\n\n"
    "Have you been surprised by the reactions to your work?\n\n"
    "Astonished. I had no idea.\n\n"
    "How did you go about studying it?\n\n"
    "I kept a notebook. I did interviews in Sopot.\n\nThree years of research.\n\n"
    "Is it fair to say ports matter more in Poland?\n\n"
    "Yes, they do."
)


def _answers(text: str) -> list[str]:
    """Speaker and answer text of each label :func:`question_labels` gives ``text``."""
    doc = _NLP(text)
    ents = []
    for name in ("Anna Nowak", "Piotr Zielinski"):
        if name in text:
            start = text.index(name)
            ents.append(doc.char_span(start, start + len(name), label="PERSON"))
    doc.ents = ents
    return [
        text[x.name_start : x.name_end] + ": " + text[x.colon : x.end]
        for x in question_labels(doc, text)
    ]


def test_answers_after_unmarked_questions_are_the_interviewees() -> None:
    assert _answers(_INTERVIEW) == [
        "Anna Nowak: Astonished. I had no idea.",
        "Anna Nowak: I kept a notebook. I did interviews in Sopot.\n\nThree years of research.",
        "Anna Nowak: Yes, they do.",
    ]


def test_a_faq_or_an_essay_with_questions_is_no_interview() -> None:
    # questions that put "you" to no one (a FAQ's headings)
    faq = _INTERVIEW.replace(
        "Have you been surprised by the reactions to your work?", "Who needs a visa?"
    )
    faq = faq.replace("How did you go about studying it?", "What happens on arrival?")
    assert _answers(faq) == []
    # answers that never speak as "I"
    assert (
        _answers(
            _INTERVIEW.replace("I had", "We had")
            .replace("I kept", "We kept")
            .replace("I did", "We did")
        )
        == []
    )
    # fewer than three question paragraphs
    assert (
        _answers(
            _INTERVIEW.split("\n\nIs it fair")[0].replace(
                "How did you go about studying it?", "Later."
            )
        )
        == []
    )
    # no one named before the first question
    assert _answers(_INTERVIEW.replace("Anna Nowak", "she").replace("Piotr Zielinski", "him")) == []


# "Police arrived at noon to find the child unresponsive in Buford ."
_ARRIVED_TO_FIND: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("arrived", "arrive", "VERB", "ROOT", 1),
    ("at", "at", "ADP", "prep", 1),
    ("noon", "noon", "NOUN", "pobj", 2),
    ("to", "to", "PART", "aux", 5),
    ("find", "find", "VERB", "advcl", 1),
    ("the", "the", "DET", "det", 7),
    ("child", "child", "NOUN", "nsubj", 8),
    ("unresponsive", "unresponsive", "ADJ", "ccomp", 5),
    ("in", "in", "ADP", "prep", 8),
    ("Buford", "Buford", "PROPN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 1),
]


def test_arriving_to_find_something_is_no_finding_reported() -> None:
    ents = ["O"] * 10 + ["B-GPE", "O"]
    assert speaker_of(_ARRIVED_TO_FIND, "Buford", ents=ents, tags={4: "TO"}) is None
    # a study that found it reports it
    rows = [("The", "the", "DET", "det", 1), ("study", "study", "NOUN", "nsubj", 2)]
    rows += [("found", "find", "VERB", "ROOT", 2)] + [
        (w, lem, pos, dep, head - 3) for w, lem, pos, dep, head in _ARRIVED_TO_FIND[6:]
    ]
    rows[-1] = (".", ".", "PUNCT", "punct", 2)
    rows[4] = ("child", "child", "NOUN", "nsubj", 5)
    rows[5] = ("unresponsive", "unresponsive", "ADJ", "ccomp", 2)
    assert speaker_of(rows, "Buford", ents=["O"] * 7 + ["B-GPE", "O"]) == "The study"


def _principal(closer: str) -> tuple[list[Row], list[str], tuple[int, ...]]:
    """ "Principal Mark Lee spoke . Pupils sang . Classes ended . Parents left . “ We won , ”
    said CLOSER . The principal stressed Shiloh grew ." """
    rows: list[Row] = [
        ("Principal", "principal", "PROPN", "compound", 2),
        ("Mark", "Mark", "PROPN", "compound", 2),
        ("Lee", "Lee", "PROPN", "nsubj", 3),
        ("spoke", "speak", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("Pupils", "pupil", "NOUN", "nsubj", 6),
        ("sang", "sing", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
        ("Classes", "class", "NOUN", "nsubj", 9),
        ("ended", "end", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9),
        ("Parents", "parent", "NOUN", "nsubj", 12),
        ("left", "leave", "VERB", "ROOT", 12),
        (".", ".", "PUNCT", "punct", 12),
        ("“", "“", "PUNCT", "punct", 21),
        ("We", "we", "PRON", "nsubj", 16),
        ("won", "win", "VERB", "ccomp", 21),
        (",", ",", "PUNCT", "punct", 21),
        ("”", "”", "PUNCT", "punct", 21),
        ("said", "say", "VERB", "ROOT", 19),
        (closer, closer, "PROPN", "nsubj", 19),
        (".", ".", "PUNCT", "punct", 19),
        ("The", "the", "DET", "det", 23),
        ("principal", "principal", "NOUN", "nsubj", 24),
        ("stressed", "stress", "VERB", "ROOT", 24),
        ("Shiloh", "Shiloh", "PROPN", "nsubj", 26),
        ("grew", "grow", "VERB", "ccomp", 24),
        (".", ".", "PUNCT", "punct", 24),
    ]
    ents = ["O", "B-PERSON", "I-PERSON"] + ["O"] * 17 + ["B-PERSON", "O", "O", "O", "O", "B-GPE"]
    ents += ["O", "O"]
    return rows, ents, (0, 5, 8, 11, 14, 22)


def test_the_principal_is_the_titled_person_who_spoke_last() -> None:
    rows, ents, starts = _principal("Lee")
    tags = {23: "NN"}
    assert speaker_of(rows, "Shiloh", starts=starts, ents=ents, tags=tags) == "Principal Mark Lee"
    # the last speaker bears no such title: the description names no one
    rows, ents, starts = _principal("Kim")
    assert speaker_of(rows, "Shiloh", starts=starts, ents=ents, tags=tags) == "The principal"


def _body_kind(head: str) -> tuple[str, str]:
    """The speaker and its kind in "The Health and Safety HEAD confirmed Leeds was hit ." """
    rows: list[Row] = [
        ("The", "the", "DET", "det", 4),
        ("Health", "Health", "PROPN", "compound", 4),
        ("and", "and", "CCONJ", "cc", 1),
        ("Safety", "Safety", "PROPN", "conj", 1),
        (head, head, "PROPN", "nsubj", 5),
        ("confirmed", "confirm", "VERB", "ROOT", 5),
        ("Leeds", "Leeds", "PROPN", "nsubjpass", 8),
        ("was", "be", "AUX", "auxpass", 8),
        ("hit", "hit", "VERB", "ccomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "O", "O"]
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, "Leeds")
    Attribution()(doc)
    return span._.speaker.text, span._.source.kind


def test_a_body_named_an_executive_is_a_government_one() -> None:
    assert _body_kind("Executive") == ("The Health and Safety Executive", "government")
    assert _body_kind("Trust") == ("The Health and Safety Trust", "organisation")
