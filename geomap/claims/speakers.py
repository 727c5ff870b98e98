"""Who says what: attribution frames of a sentence, read off the dependency parse.

A *frame* ties an anchor token to a speaker.  The anchor is a reporting verb
("stated", "warned", "called for"), the clause an "according to X" phrase
modifies, or a speech noun with a named source ("the expert's claims", "a
statement from the ministry").  A place mention takes the frame of its nearest
ancestor anchor; failing that, the sentence's main frame (one anchored at the
root or at a verb coordinated with it), else no speaker.

Speakers are resolved as follows (see ``docs/claims.md``):

* the ``nsubj`` of an active reporting verb, the ``agent`` of a passive one; a
  verb without subject inherits it from the verb it is coordinated with
  (``conj``), or whose complement or adverbial clause it is;
* a speech noun as subject stands for its source (``poss``, "from"/"by" PP, or
  the subject of "issued a statement");
* he/she/they/it: an earlier speaker in the sentence, else the main speaker of
  one of the previous ``window`` sentences (for he/she its PERSON name), else
  the nearest previous entity; the pronoun itself when nothing is found;
* a bare definite description ("the ministry") refers back to a proper name
  with the same head word among recent speakers and entities, if there is one.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.lexicon import Lexicon
from geomap.claims.nps import entity_phrase, full_np, head_name
from geomap.claims.quotes import quote_regions, region_at

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class Frame:
    """One attribution in a sentence.

    Attributes
    ----------
    kind
        ``"verb"``, ``"according"`` or ``"noun"``.
    anchor
        The token whose subtree the attribution covers.
    mention
        The phrase in the sentence naming the speaker ("She", "The ministry").
    speaker
        The resolved speaker ("Dr. Elena Petrova", "the Russian Ministry of Defense").
    """

    kind: str
    anchor: Token
    mention: Span
    speaker: Span


@dataclass
class SentenceFrames:
    """The frames of one sentence, indexed by anchor token."""

    sent: Span
    frames: list[Frame] = field(default_factory=list)
    main: Frame | None = None
    by_anchor: dict[int, Frame] = field(default_factory=dict)

    def frame_for(self, span: Span) -> Frame | None:
        """Return the frame governing ``span``: nearest anchor among its ancestors, else main."""
        by_anchor = self.by_anchor
        tok = span.root
        while True:
            if tok.i in by_anchor:
                return by_anchor[tok.i]
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return self.main


class DocAttribution:
    """Attribution over one parsed doc; each sentence is analysed once, on demand.

    Parameters
    ----------
    doc
        A doc with a dependency parse and sentence boundaries.
    lexicon
        Word lists; :meth:`Lexicon.default` when omitted.
    places
        The doc's place mentions: never taken as the antecedent of "he"/"she"
        (the small model tags some city names PERSON).
    """

    def __init__(
        self, doc: Doc, lexicon: Lexicon | None = None, places: Iterable[Span] = ()
    ) -> None:
        self.doc = doc
        self.lex = lexicon or Lexicon.default()
        self._place_tokens = {i for span in places for i in range(span.start, span.end)}
        self.sents = list(doc.sents)
        self._starts = [s.start for s in self.sents]
        self._cache: list[SentenceFrames] = []
        self._quotes: list[tuple[int, int]] | None = None
        self._token_starts: list[int] | None = None

    def sentence_index(self, token: Token) -> int:
        """Index of the sentence that holds ``token``."""
        return bisect.bisect_right(self._starts, token.i) - 1

    def _sentence_at_char(self, char: int) -> int:
        """Index of the sentence holding the token at (or last starting before) ``char``."""
        if self._token_starts is None:
            self._token_starts = [t.idx for t in self.doc]
        token = max(0, bisect.bisect_right(self._token_starts, char) - 1)
        return self.sentence_index(self.doc[token])

    def frames(self, index: int) -> SentenceFrames:
        """The (cached) frames of sentence ``index``.

        Sentences are analysed once each, in order (a pronoun's antecedent
        comes from earlier sentences), so no analysis recurses deeply.
        """
        while len(self._cache) <= index:
            self._cache.append(self._analyse(len(self._cache)))
        return self._cache[index]

    def frame_for(self, span: Span) -> Frame | None:
        """The frame attributing the sentence part that holds ``span``, if any.

        A mention in a sentence without attribution that lies in a quotation
        running over several sentences takes the main frame of a sentence
        where the quotation opens or closes ("“We will hold Kherson. Odesa is
        safe,” the governor said."), if that frame is outside the quotation.
        """
        index = self.sentence_index(span.root)
        frame = self.frames(index).frame_for(span)
        if frame is not None:
            return frame
        if self._quotes is None:
            self._quotes = quote_regions(self.doc.text)
        region = region_at(self._quotes, span.start_char, span.end_char)
        if region is None:
            return None
        for char in (region[0], region[1] - 1):
            other = self._sentence_at_char(char)
            main = self.frames(other).main if other != index else None
            if main is not None and region_at([region], main.anchor.idx, main.anchor.idx) is None:
                return main
        return None

    # -- analysis ---------------------------------------------------------------

    def _analyse(self, index: int) -> SentenceFrames:
        sent = self.sents[index]
        result = SentenceFrames(sent)
        for tok in sent:
            frame = self._frame_at(tok, index, result.frames)
            if frame is not None:
                result.frames.append(frame)
        result.main = _main_frame(sent, result.frames)
        for frame in result.frames:
            result.by_anchor.setdefault(frame.anchor.i, frame)
        return result

    def _frame_at(self, tok: Token, index: int, earlier: list[Frame]) -> Frame | None:
        if self._is_reporting_verb(tok):
            subject = self._verb_subject(tok)
            if subject is not None:
                found = self._resolve(subject, index, earlier, fallback=True)
                if found is not None:
                    return Frame("verb", tok, *found)
        elif tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None:
                found = self._resolve(pobj, index, earlier, fallback=True)
                if found is not None:
                    anchor = tok.head if tok.head.i != tok.i else tok
                    return Frame("according", anchor, *found)
        elif self._is_speech_noun(tok):
            source = self._speech_source(tok)
            if source is not None:
                found = self._resolve(source, index, earlier, fallback=True)
                if found is not None:
                    return Frame("noun", tok, *found)
        return None

    def _is_reporting_verb(self, tok: Token) -> bool:
        if tok.pos_ != "VERB":
            return False
        lemma = tok.lemma_.lower()
        particles = self.lex.verbs.get(lemma)
        if particles is None or _negated(tok):
            return False
        if particles and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in particles for c in tok.children
        ):
            return False
        return not (lemma in self.lex.no_object and any(c.dep_ == "dobj" for c in tok.children))

    def _is_speech_noun(self, tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.speech_nouns

    def _verb_subject(self, verb: Token) -> Token | None:
        """The token naming who speaks for ``verb`` (before pronoun/anaphor resolution)."""
        children = list(verb.children)
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
            agent = next((c for c in children if c.dep_ == "agent"), None)
            if agent is None:
                return None
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            return self._verb_subject(head)
        if verb.dep_ in ("acl", "relcl") and head.pos_ in _NOMINAL:
            if self._is_speech_noun(head):
                return head if self._speech_source(head) is not None else None
            if head.pos_ == "PROPN" or head.ent_type_ in _SPEAKER_ENTS:
                return head
        return None

    def _speech_source(self, noun: Token) -> Token | None:
        """Source of a speech noun: "X's claims", "a statement from X", "X issued a statement"."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.ISSUE_VERBS:
            return self._verb_subject(noun.head)
        return None

    def _resolve(
        self, tok: Token, index: int, earlier: list[Frame], *, fallback: bool
    ) -> tuple[Span, Span] | None:
        """Return ``(mention, speaker)`` for a subject/source token."""
        low = tok.lower_
        if low in lx.RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            return self._resolve(tok.head.head, index, earlier, fallback=fallback)
        if tok.pos_ == "PRON":
            mention = self.doc[tok.i : tok.i + 1]
            if low in lx.PERSON_PRONOUNS or low in lx.GROUP_PRONOUNS:
                found = self._pronoun_antecedent(tok, index, earlier)
                return mention, found if found is not None else mention
            return mention, mention
        if self._is_speech_noun(tok):
            source = self._speech_source(tok)
            if source is not None and source.i != tok.i:
                return self._resolve(source, index, earlier, fallback=fallback)
            if not fallback:
                return None
        phrase = full_np(tok)
        if _is_bare_definite(tok):
            found = self._definite_antecedent(tok, index, earlier)
            if found is not None:
                return phrase, found
        return phrase, phrase

    def _recent_frames(self, index: int, earlier: list[Frame]) -> list[Frame]:
        """Frames before this point: the sentence's, then previous sentences' (newest first)."""
        out = list(reversed(earlier))
        for j in range(index - 1, max(-1, index - 1 - self.lex.window), -1):
            out.extend(reversed(self.frames(j).frames))
        return out

    def _window_start(self, index: int) -> int:
        return self.sents[max(0, index - self.lex.window)].start

    def _pronoun_antecedent(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        person = tok.lower_ in lx.PERSON_PRONOUNS
        for frame in reversed(earlier):
            if frame.speaker.root.pos_ != "PRON" and frame.speaker.end <= tok.i:
                return head_name(frame.speaker, person)
        for j in range(index - 1, max(-1, index - 1 - self.lex.window), -1):
            previous = self.frames(j)
            main = previous.main or (previous.frames[0] if previous.frames else None)
            if main is not None and main.speaker.root.pos_ != "PRON":
                return head_name(main.speaker, person)
        labels = {"PERSON"} if person else {"ORG", "GPE", "NORP"}
        start = self._window_start(index)
        for ent in reversed(self.doc.ents):
            if ent.end <= tok.i and ent.start >= start and ent.label_ in labels:
                if person and self._place_tokens.intersection(range(ent.start, ent.end)):
                    continue
                return entity_phrase(ent)
        return None

    def _definite_antecedent(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        lemma = tok.lemma_.lower()
        for frame in self._recent_frames(index, earlier):
            for cand in frame.speaker:
                if cand.i != tok.i and cand.pos_ == "PROPN" and cand.lemma_.lower() == lemma:
                    return entity_phrase(self.doc[cand.i : cand.i + 1])
        start = self._window_start(index)
        for ent in reversed(self.doc.ents):
            if (
                ent.end <= tok.i
                and ent.start >= start
                and ent.label_ in _SPEAKER_ENTS
                and any(t.lemma_.lower() == lemma for t in ent)
            ):
                return entity_phrase(ent)
        return None


def _negated(verb: Token) -> bool:
    """Whether ``verb`` is negated, directly or as part of "not X or Y"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "neg" for c in verb.head.children):
        return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)
    return False


def _is_bare_definite(tok: Token) -> bool:
    """A common noun with only a definite determiner: "the ministry", "this agency"."""
    if tok.pos_ != "NOUN":
        return False
    children = list(tok.children)
    return bool(children) and all(
        c.dep_ == "det" and c.lower_ in lx.DEFINITE_DETERMINERS for c in children
    )


def _main_frame(sent: Span, frames: list[Frame]) -> Frame | None:
    """The frame that speaks for the whole sentence, if any."""
    root = sent.root
    clause = [f for f in frames if f.kind in ("verb", "according")]
    for frame in clause:
        if frame.anchor.i == root.i:
            return frame
    for frame in clause:
        tok = frame.anchor
        while tok.dep_ in ("conj", "parataxis") and tok.head.i != tok.i:
            tok = tok.head
        if tok.i == root.i:
            return frame
        if root.pos_ in _NOMINAL and frame.anchor.head.i == root.i:
            return frame  # parse hung the verb on its subject ("China, which ..., called for")
    return None
