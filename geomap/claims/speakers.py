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
* he/she/they/it and "the ministry": :mod:`geomap.claims.antecedents`;
* quotations over several sentences take the speaker of the quotation
  (:meth:`DocAttribution.quote_frame`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.antecedents import Antecedents
from geomap.claims.frames import (
    Frame,
    SentenceFrames,
    in_relative_clause,
    inverted_source,
    is_bare_definite,
    main_frame,
    negated,
    not_saying,
)
from geomap.claims.kinds import can_speak
from geomap.claims.lexicon import Lexicon
from geomap.claims.nps import full_np
from geomap.claims.quotes import quote_regions, region_at

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


class DocAttribution(Antecedents):
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
        self._token_starts: list[int] | None = None
        self.quotes = quote_regions(doc.text)
        self._quote_frames: list[Frame | None] = []  # None: unknown or no frame

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

        A mention in a relative clause of the speaker phrase is narrative ("X, who
        faces charges in Britain, said ..." does not make X the source on Britain).
        A mention in a sentence without attribution that lies in a quotation takes
        the quotation's frame (:meth:`quote_frame`).
        """
        index = self.sentence_index(span.root)
        frame = self.frames(index).frame_for(span)
        if frame is not None:
            return None if in_relative_clause(span, frame) else frame
        region = region_at(self.quotes, span.start_char, span.end_char)
        return None if region is None else self.quote_frame(self.quotes.index(region))

    def quote_frame(self, k: int, limit: int | None = None) -> Frame | None:
        """The frame of quotation ``k`` (cached).

        The main frame of the sentence where it opens or closes, outside the
        quotation ("“We will hold Kherson. Odesa is safe,” the governor said."), or
        a frame before it in its opening sentence ("X released a statement: “...");
        else, when the quotation follows an attributed one in the next sentence (a
        speaker's quote paragraphs), that quotation's frame.

        With ``limit``, only sentences before ``limit`` are read (a pronoun being
        resolved in sentence ``limit`` looks back only).
        """
        if limit is None and k < len(self._quote_frames):
            return self._quote_frames[k]
        found = None
        for j in range(k, max(-1, k - 8), -1):
            start, end = self.quotes[j]
            for char in (start, end - 1, min(end + 1, len(self.doc.text) - 1)):
                index = self._sentence_at_char(char)
                if limit is not None and index >= limit:
                    continue
                frames = self.frames(index)
                before = [f for f in frames.frames if f.anchor.idx < start]
                main = frames.main or (before[-1] if char == start and before else None)
                if main is not None and not start <= main.anchor.idx < end:
                    found = main
                    break
            if found is not None or not j:
                break
            if (
                self._sentence_at_char(self.quotes[j - 1][1] - 1)
                < self._sentence_at_char(start) - 1
            ):
                break
        if limit is None:
            self._quote_frames.extend([None] * (k + 1 - len(self._quote_frames)))
            self._quote_frames[k] = found
        return found

    def sentence_speaker(self, j: int) -> Span | None:
        """Who speaks in sentence ``j``, read from sentences up to ``j`` only.

        Its main (or first) frame's speaker, else that of the quotation it is in.
        """
        frames = self.frames(j)
        frame = frames.main or (frames.frames[0] if frames.frames else None)
        if frame is None:
            sent = self.sents[j]
            region = region_at(self.quotes, sent.start_char, sent.start_char + 1)
            if region is None:
                region = region_at(self.quotes, sent.end_char - 1, sent.end_char - 1)
            if region is not None:
                frame = self.quote_frame(self.quotes.index(region), limit=j + 1)
        if frame is None or frame.speaker.root.pos_ == "PRON":
            return None
        return frame.speaker

    # -- analysis ---------------------------------------------------------------

    def _analyse(self, index: int) -> SentenceFrames:
        sent = self.sents[index]
        result = SentenceFrames(sent)
        for tok in sent:
            frame = self._frame_at(tok, index, result.frames)
            if frame is not None:
                result.frames.append(frame)
        result.main = main_frame(sent, result.frames)
        for frame in result.frames:
            result.by_anchor.setdefault(frame.anchor.i, frame)
        return result

    def _frame_at(self, tok: Token, index: int, earlier: list[Frame]) -> Frame | None:
        if self._is_reporting_verb(tok):
            subject = self._verb_subject(tok)
            if subject is None or (subject.lower_ in lx.FIRST_PERSON and self._quoted(tok)):
                return None  # "We believe ..." inside a quote: the quote's speaker
            found = self._resolve(subject, index, earlier, fallback=True)
            if found is not None and can_speak(found[1]):
                return Frame("verb", tok, *found, tok)
        elif tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None:
                found = self._resolve(pobj, index, earlier, fallback=True)
                if found is not None:
                    anchor = tok.head if tok.head.i != tok.i else tok
                    return Frame("according", anchor, *found, tok)
        elif self._is_speech_noun(tok):
            source = self._speech_source(tok)
            if source is not None:
                found = self._resolve(source, index, earlier, fallback=True)
                if found is not None:
                    return Frame("noun", tok, *found, tok)
        return None

    def _is_reporting_verb(self, tok: Token) -> bool:
        if tok.pos_ != "VERB":
            return False
        lemma = tok.lemma_.lower()
        particles = self.lex.verbs.get(lemma)
        if particles is None or negated(tok):
            return False
        if particles and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in particles for c in tok.children
        ):
            return False
        if lemma in self.lex.no_object and any(c.dep_ == "dobj" for c in tok.children):
            return False
        return not not_saying(tok, lemma, self.lex.speech_nouns)

    def _quoted(self, tok: Token) -> bool:
        return region_at(self.quotes, tok.idx, tok.idx + len(tok)) is not None

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
            return inverted_source(subj, verb) or subj
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
        if is_bare_definite(tok):
            found = self._definite_antecedent(tok, index, earlier)
            if found is not None:
                return phrase, found
        return phrase, phrase
