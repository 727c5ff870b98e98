"""A story's dateline: where it was filed, not what anyone claims ("LVIV, Ukraine (AP) —").

Moved from :mod:`geomap.claims.scene` (which re-exports :func:`in_dateline`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Dashes that close a dateline ("LVIV, Ukraine (AP) — ...").
_DATELINE_DASHES = frozenset({"—", "–", "--", "-"})


def in_dateline(span: Span) -> bool:
    """Whether ``span`` is in the dateline opening its sentence ("LVIV, Ukraine (AP) —").

    A dateline is up to a dozen words before a dash, with a word in capitals or an
    agency in brackets, or a place name in capitals opening the sentence before a
    capitalised word ("SAN ANTONIO Turner Sports analyst …"); it says where the story
    was filed, not what anyone claims.
    """
    sent = span.sent
    doc = sent.doc
    if _capital_opening(span):
        return True
    for tok in sent[1:12]:
        spaced = tok.text != "-" or bool(doc[tok.i - 1].whitespace_)
        if tok.text in _DATELINE_DASHES and spaced:
            prefix = doc[sent.start : tok.i]
            dateline = any(t.is_upper and len(t) > 2 for t in prefix) or "(" in prefix.text
            return dateline and span.end <= tok.i
    return False


def _capital_opening(span: Span) -> bool:
    """Whether ``span`` is a place name in capitals that opens its sentence, dash or not.

    At least four capital letters ("UK police said" is no dateline) and a word in
    title case after it ("SAN ANTONIO Turner Sports …"; not a headline in capitals).
    """
    sent = span.sent
    doc = sent.doc
    if any(not t.is_punct for t in doc[sent.start : span.start]) or span.end >= sent.end:
        return False
    letters = [ch for ch in span.text if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters):
        return False
    after = doc[span.end]
    return after.is_title and after.is_alpha


def main_subject(root: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Token | None:
    """The first subject of ``root``, past a dateline the parser made a subject before it.

    "PORT SUDAN — Dr. Hiba Omer, the director …, has not slept": the parser gives
    "slept" two subjects, "SUDAN" and "Omer"; the dateline files the story, Omer is the
    subject.
    """
    subjects = [c for c in root.children if c.dep_ in deps]
    if len(subjects) > 1 and in_dateline(root.doc[subjects[0].i : subjects[0].i + 1]):
        return subjects[1]
    return next(iter(subjects), None)


def past_dateline(subj: Token) -> Token:
    """The speaker the parser hung below a dateline it made the subject, else ``subj``.

    "BAMAKO (Reuters) - Mali's ruling junta said …": the parser made "BAMAKO" the
    subject and "junta" its apposition; the dateline files the story, the apposition
    after its dash speaks, and so does a conjunct the parser made of it ("GOMA, Congo
    (Reuters) - M23 rebels said …": "rebels" a conjunct of "GOMA").
    """
    doc = subj.doc
    if not in_dateline(doc[subj.i : subj.i + 1]):
        return subj
    dash = next((t.i for t in doc[subj.i : subj.sent.end] if t.text in _DATELINE_DASHES), None)
    if dash is None:
        return subj
    after = [c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > dash]
    if not after:
        return subj
    return named_after_title(after) or after[0]


def named_after_title(apposed: list[Token]) -> Token | None:
    """The person's name the parser hung beside the title before it, under a dateline.

    "MELITOPOL (TASS) - Acting governor of the X region Yevgeny Balitsky said": the
    parser made both "governor" and "Balitsky" appositions of the dateline's
    "MELITOPOL"; without the dateline the name is the title's own apposition, and the
    speaker is the person, the title its role. The first apposition after the dash is a
    common noun and the next one, starting right after its words, a person's name:
    that name. ``None`` otherwise.
    """
    if len(apposed) < 2:
        return None
    title, name = apposed[0], apposed[1]
    right_after = title.right_edge.i + 1 == name.left_edge.i
    person = name.ent_type_ == "PERSON" and name.pos_ == "PROPN"
    return name if title.pos_ == "NOUN" and right_after and person else None


def titled_dateline_name(name: Token) -> Span | None:
    """The title and the name that :func:`named_after_title` found, as one phrase.

    "Acting governor of the X region Yevgeny Balitsky", the speaker's phrase its
    name and role are read from as when no dateline comes before it; ``None`` when
    ``name`` is no such name.
    """
    head = name.head
    if name.dep_ not in ("appos", "conj") or head.i == name.i or head.i > name.i:
        return None
    if past_dateline(head).i != name.i:
        return None
    title = name.doc[name.left_edge.i - 1].head  # the title's last word hangs below it
    while title.i != head.i and title.head.i != head.i:
        if title.head.i == title.i:  # the root, and ``head`` not above: no such title
            return None
        title = title.head
    if title.i == head.i:
        return None
    between = name.doc[title.left_edge.i : name.left_edge.i]
    if any(t.text in _DATELINE_DASHES for t in between):
        return None  # "KHARTOUM, Sudan — Sudan's army chief": "Sudan" files the story
    return name.doc[title.left_edge.i : name.right_edge.i + 1]
