"""Speaker labels of a transcript: "LAW: We did two Zone Trips to L.A." (issue 17).

Oral histories and interview transcripts open each paragraph with the speaker's name
in capitals, a role in brackets perhaps, and a colon ("LARRY HARVEY (co-creator):
My friend …"; "JAMES: It was June."). Everything in that paragraph after the colon is
the labelled speaker's, as a quotation is its speaker's: the narrative sentences that
name other people ("The idea … came from Kevin Evans.") and the speaker's own "I
suggested …" alike. A text is a transcript only when at least two different names
label paragraphs so; a heading with a colon before a number ("IN THE BEGINNING:
1986–1989") or a single capitalised dateline ("BEIRUT: …") labels nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from geomap.claims.frames import Frame

#: A paragraph's opening label: a name in capitals (one to four words, a letter or an
#: initial each), an optional role in brackets, a colon, and a sentence starting.
_LABEL = re.compile(
    r"(?:^|(?<=\n))[ \t]*"
    r"(?P<name>[A-Z][A-Z'’.\-]*[A-Z.](?:[ \t][A-Z][A-Z'’.\-]*){0,3})"
    r"(?:[ \t]+\([^()\n]{1,200}\))?[ \t]*(?P<colon>:)[ \t]+(?=[A-Z“\"‘'\[])"
)
#: A paragraph opened by an interview's question or answer mark ("Q: …", "A: …").
_QA = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<who>[QA])[ \t]*(?P<colon>:)[ \t]+(?=\S)")
#: A paragraph opened by a name in title case and a colon ("Nowak: Completely. …").
_NAMED = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?P<name>[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+){0,2})"
    r"[ \t]*(?P<colon>:)[ \t]+(?=[A-Z“\"‘'])"
)
#: Words before a person's name that introduce whom an interview is with ("we spoke to X").
_INTERVIEW_WORDS = frozenset(
    {"interview", "interviewed", "interviews", "spoke", "speaks", "talked", "talks", "asked"}
)
#: A paragraph that is one question put to someone: a line of up to 300 characters ending "?".
_QUESTION = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<q>[^\n]{1,300}\?)[”\"’']?[ \t]*(?=\n|$)")
#: Words that address the interviewee in a question, and that answer in the first person.
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_I = re.compile(r"\b(?:I|I’m|I'm|my|me)\b")
#: The fewest question paragraphs (and answers in the first person) of an unmarked interview.
MIN_QUESTIONS = 3
MIN_ADDRESSED = 2
#: Entity types that make a label a body's, not a person's ("CNN: …").
_BODY_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: The fewest different names that make a text a transcript.
MIN_SPEAKERS = 2


@dataclass(frozen=True)
class Label:
    """One labelled paragraph: its speaker's name and colon, and where its body runs.

    Attributes
    ----------
    name_start, name_end
        Character offsets of the name in capitals.
    colon
        Character offset of the label's colon.
    end
        Character offset where the paragraph ends (its line break, or the text's end).
    """

    name_start: int
    name_end: int
    colon: int
    end: int


def speaker_labels(text: str) -> list[Label]:
    """The labelled paragraphs of ``text``, in order; none unless it is a transcript."""
    labels = []
    for m in _LABEL.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        labels.append(Label(m.start("name"), m.end("name"), m.start("colon"), end))
    if len({text[x.name_start : x.name_end] for x in labels}) < MIN_SPEAKERS:
        return []
    return labels


def answer_labels(doc: Doc, text: str) -> list[Label]:
    """The answers of a Q&A interview, each labelled with the interviewee's name.

    A text with "Q: …" and "A: …" paragraphs is an interview: every "A:" paragraph is the
    interviewee's, as a transcript label's paragraph is its speaker's (the questions are
    the interviewer's: they claim nothing). The interviewee is the PERSON named before
    the first question, the first one a few words after "interview", "spoke", "talked" …
    ("we spoke to Ana Ribeiro, who leads …"), else the last one.
    """
    marks = list(_QA.finditer(text))
    questions = [m.start() for m in marks if m["who"] == "Q"]
    if not questions or all(m["who"] == "Q" for m in marks):
        return []
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= questions[0]]
    if not people:
        return []
    introduced = (
        e
        for e in people
        if any(t.lower_ in _INTERVIEW_WORDS for t in doc[max(0, e.start - 6) : e.start])
    )
    who = next(introduced, people[-1])
    labels = []
    for m in (m for m in marks if m["who"] == "A"):
        end = text.find("\n", m.end())
        labels.append(
            Label(who.start_char, who.end_char, m.start("colon"), end if end >= 0 else len(text))
        )
    return labels


def name_labels(doc: Doc, text: str) -> list[Label]:
    """The answers of an interview labelled with the interviewee's name ("Nowak: …").

    Interviews printed with the questions in bold and each answer opened by the
    interviewee's surname: two or more paragraphs opened by the same name in title case
    and a colon, that name the last words (or the whole) of a PERSON named before the
    first of them; each such paragraph is that person's (the unlabelled questions claim
    nothing of the interviewee's).
    """
    marks = list(_NAMED.finditer(text))
    names = {m["name"] for m in marks}
    if len(marks) < MIN_SPEAKERS or len(names) != 1:
        return []
    (name,) = names
    first = marks[0].start()
    people = [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and e.end_char <= first
        and e.text.split()[-len(name.split()) :] == name.split()
    ]
    if not people:
        return []
    who = people[0]
    labels = []
    for m in marks:
        end = text.find("\n", m.end())
        labels.append(
            Label(who.start_char, who.end_char, m.start("colon"), end if end >= 0 else len(text))
        )
    return labels


def question_labels(doc: Doc, text: str) -> list[Label]:
    """The answers of an interview printed without marks, each the interviewee's.

    Interviews printed as paragraphs of questions ("How did you go about studying it?")
    each followed by the answer in paragraphs of its own: a text with at least
    :data:`MIN_QUESTIONS` question paragraphs, :data:`MIN_ADDRESSED` of them putting
    "you" to someone and as many answers speaking in the first person ("I kept a
    notebook …"), is such an interview when a PERSON is named before the first question.
    The paragraphs from each question to the next are the interviewee's (the questions
    are the interviewer's: they claim nothing): the PERSON introduced a few words after
    "interview", "spoke", "talked" …, else the first one named, as the introduction
    names whom the interview is with first. FAQs ("Who needs a visa for travel to Peru?")
    put no "you" to anyone, nor answer as "I".
    """
    marks = list(_QUESTION.finditer(text))
    if len(marks) < MIN_QUESTIONS or sum(bool(_YOU.search(m["q"])) for m in marks) < MIN_ADDRESSED:
        return []
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= marks[0].start()]
    if not people:
        return []
    introduced = (
        e
        for e in people
        if any(t.lower_ in _INTERVIEW_WORDS for t in doc[max(0, e.start - 6) : e.start])
    )
    who = next(introduced, people[0])
    labels = []
    for m, after in zip(marks, [*(x.start() for x in marks[1:]), len(text)], strict=True):
        answer = text[m.end() : after]
        start = m.end() + len(answer) - len(answer.lstrip())
        end = m.end() + len(answer.rstrip())
        if start < end:
            labels.append(Label(who.start_char, who.end_char, start, end))
    if sum(bool(_I.search(text[x.colon : x.end])) for x in labels) < MIN_ADDRESSED:
        return []
    return labels


class LabelFrames:
    """The label frames of one doc, found by character offset.

    Parameters
    ----------
    doc
        The parsed doc.
    text
        Its text (the newlines at ``doc._.line_breaks`` put back: labels open paragraphs).
    places
        Token indices of the doc's place mentions: a place is no speaker's label.
    """

    def __init__(self, doc: Doc, text: str, places: Collection[int] = ()) -> None:
        self.doc = doc
        breaks = doc._.line_breaks if Doc.has_extension("line_breaks") else None
        if breaks:  # the geoparser reads newlines as spaces and keeps where they were
            chars = list(text)
            for b in breaks:
                chars[b] = "\n"
            text = "".join(chars)
        self.labels = [x for x in speaker_labels(text) if not self._is_place(x, places)]
        self.labels = self.labels or answer_labels(doc, text)  # "A: It was the worst …"
        self.labels = self.labels or name_labels(doc, text)  # "Nowak: Completely. …"
        self.labels = self.labels or question_labels(doc, text)  # "How did you …?" ¶ "I kept …"
        self._colons = [x.colon for x in self.labels]

    def _is_place(self, label: Label, places: Collection[int]) -> bool:
        name = self.doc.char_span(label.name_start, label.name_end, alignment_mode="expand")
        return name is None or any(t.i in places for t in name)

    def frame_at(self, span: Span) -> Frame | None:
        """The frame of the label whose paragraph body holds ``span``, if any."""
        k = bisect.bisect_right(self._colons, span.start_char) - 1
        if k < 0 or span.end_char > self.labels[k].end:
            return None
        label = self.labels[k]
        name = self.doc.char_span(label.name_start, label.name_end, alignment_mode="expand")
        colon = self.doc.char_span(label.colon, label.colon + 1, alignment_mode="expand")
        if name is None or colon is None:
            return None
        return Frame("label", colon[0], name, name, colon[0])


def label_kind(frame: Frame) -> str | None:
    """The kind of a transcript label's speaker: a person, unless the model names a body.

    Names in capitals ("LAW", "FLASH") tell the model little; a label is who was
    interviewed. ``None`` for other frames and for a label tagged a body's name.
    """
    if frame.kind != "label" or any(t.ent_type_ in _BODY_ENTS for t in frame.speaker):
        return None
    return "person"
