"""A sentence's words with their lemma, part of speech and dependency, from spaCy or natasha.

The attribution of French and Russian (:mod:`geomap.claims.local_attribution`)
parses only the sentences that hold a cue of saying, so the parse is made on
demand, sentence by sentence, into :class:`Word` records:

* French: the model's own tagger, parser and lemmatiser (disabled in the
  pipeline, which needs only entities and sentences) run over the sentence
  as a doc of its own (:func:`spacy_words`);
* Russian: natasha's syntax parser (shipped in its wheel), each word's lemma
  and part of speech from pymorphy2's likeliest reading, a capitalised noun
  inside a sentence a proper noun (:func:`natasha_words`). natasha's
  morphological tagger took most of the time (the attribution of
  ``bench/languages/ru.jsonl`` 0.9-1.9 s with it, 0.05-0.13 s without) and
  changed none of its speakers.

Either way a word's offsets are the doc's and its entity label is the doc's
(the pipeline's NER), so what follows reads one structure for both.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Span

from geomap import natasha_models

#: Components of a spaCy model that parse a sentence (those present run, in this order).
PARSE_PIPES = ("tok2vec", "morphologizer", "tagger", "parser", "attribute_ruler", "lemmatizer")


@dataclass(frozen=True)
class Word:
    """One word of a parsed sentence.

    Attributes
    ----------
    text, lemma
        The word as written and its lemma (lower case).
    pos
        Universal part of speech (``"VERB"``, ``"PROPN"``, ...).
    dep
        Universal dependency relation to the head, lower case (``"nsubj"``, ``"nmod"``).
    head
        Index of the head word in the sentence (its own index for a root).
    start, end
        Character offsets in the doc.
    ent
        The doc's entity label at the word (``"PER"``, ``"ORG"``, ``"LOC"``), or ``""``.
    """

    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    start: int
    end: int
    ent: str = ""


def _ent_label(sent: Span, start: int) -> str:
    for ent in sent.ents:
        if ent.start_char <= start < ent.end_char:
            return str(ent.label_)
    return ""


def spacy_words(nlp: Language, sent: Span) -> list[Word]:
    """Parse ``sent`` with ``nlp``'s parsing components (run even when disabled)."""
    doc = sent.as_doc()
    for name in PARSE_PIPES:
        if name in nlp.component_names:
            doc = nlp.get_pipe(name)(doc)
    base = sent.start_char
    return [
        Word(
            text=t.text,
            lemma=t.lemma_.lower(),
            pos=t.pos_,
            dep=t.dep_.lower(),
            head=t.head.i,
            start=base + t.idx,
            end=base + t.idx + len(t.text),
            ent=_ent_label(sent, base + t.idx),
        )
        for t in doc
    ]


def natasha_words(sents: Sequence[Span], text: str) -> list[list[Word]]:
    """Parse ``sents`` (of a doc whose text is ``text``) with natasha, in one batch.

    The sentences are joined by line breaks into one natasha document (its
    models run per call, so one call for all is several times faster than one
    per sentence); each word is mapped back to its sentence by its offset.
    """
    from natasha import Doc as NatashaDoc

    parser, vocab = natasha_models.syntax_models()
    pieces = [text[s.start_char : s.end_char] for s in sents]
    starts, at = [], 0
    for piece in pieces:
        starts.append(at)
        at += len(piece) + 1
    ndoc = NatashaDoc("\n".join(pieces))
    ndoc.segment(natasha_models.segmenter())
    ndoc.parse_syntax(parser)
    out: list[list[Word]] = [[] for _ in sents]
    for nsent in ndoc.sents:
        placed = [(bisect_right(starts, t.start) - 1, t) for t in nsent.tokens]
        index, counts = {}, [len(words) for words in out]
        for k, t in placed:
            index[t.id] = counts[k]
            counts[k] += 1
        owner = {t.id: k for k, t in placed}
        for n, (k, t) in enumerate(placed):
            forms = vocab(t.text) if t.text.strip() else []
            form = forms[0] if forms else None
            lemma, pos = (t.text, "X") if form is None else (form.normal, form.pos)
            opening = not n or placed[n - 1][1].text in ".!?—–«"
            if pos == "NOUN" and t.text[:1].isupper() and not opening:
                pos = "PROPN"
            ent = _ent_label(sents[k], sents[k].start_char - starts[k] + t.start)
            if pos == "ADJ" and ent == "PER":  # "Красносельский заявил": a surname, not ADJ
                pos = "PROPN"
            base = sents[k].start_char - starts[k]
            head = index[t.id]
            if owner.get(t.head_id) == k:
                head = index[t.head_id]
            out[k].append(
                Word(
                    text=t.text,
                    lemma=lemma.lower(),
                    pos=pos,
                    dep=(t.rel or "").lower(),
                    head=head,
                    start=base + t.start,
                    end=base + t.stop,
                    ent=_ent_label(sents[k], base + t.start),
                )
            )
    return out


def children(words: Sequence[Word], i: int) -> list[int]:
    """Indices of the words whose head is word ``i`` (not ``i`` itself)."""
    return [n for n, w in enumerate(words) if w.head == i and n != i]


def ancestors(words: Sequence[Word], i: int) -> list[int]:
    """Word ``i`` and its heads up to the root (cycles stop)."""
    out = [i]
    while words[out[-1]].head != out[-1] and words[out[-1]].head not in out:
        out.append(words[out[-1]].head)
    return out


def in_subject(words: Sequence[Word], start: int) -> bool:
    """Whether the word at offset ``start`` is (in apposition to) a verb's subject."""
    at = [n for n, w in enumerate(words) if w.start == start]
    if not at:
        return False
    for n in ancestors(words, at[0]):
        if words[n].pos in ("VERB", "AUX"):
            return False
        if words[n].dep.startswith("nsubj"):
            return True
    return False
