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
* a document as the agent of a passive ("ranked … by a study",
  :mod:`geomap.claims.agents`) speaks for the clause;
* a speech noun as subject stands for its source (``poss``, "from"/"by" PP, or
  the subject of "issued a statement");
* he/she/they/it, "the ministry": :mod:`~geomap.claims.antecedents`, :mod:`~.descriptions`;
* quotations over several sentences take the speaker of the quotation
  (:meth:`DocAttribution.quote_frame`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.according import outer_source, pronoun_named_after
from geomap.claims.agents import passive_by_document
from geomap.claims.antecedents import place_tokens
from geomap.claims.clauses import across_connective, across_dash, as_clause_head, reports_content
from geomap.claims.conjuncts import other_act
from geomap.claims.cues import is_reporting_verb, is_speech_noun, issuing_anchor, possible_cues
from geomap.claims.frames import (
    Frame,
    SentenceFrames,
    bracketed_clause,
    closes_sentence,
    in_relative_clause,
    main_frame,
)
from geomap.claims.labels import LabelFrames
from geomap.claims.lexicon import Lexicon
from geomap.claims.link_lines import in_link_line
from geomap.claims.misparses import before_cue, closing_saying, nominal_saying, stray_subject
from geomap.claims.name_sources import colon_source, name_after, split_colon_source
from geomap.claims.opening_sayings import adjective_saying, opening_saying
from geomap.claims.quoteframes import QuoteFrames
from geomap.claims.quotetags import quote_tag
from geomap.claims.scene import in_dateline, in_setting
from geomap.claims.setting_sources import setting_source
from geomap.claims.source_nouns import can_speak
from geomap.claims.subject_speakers import SubjectSpeakers
from geomap.claims.subjects import speech_source, verb_subject
from geomap.claims.subordinate import outside_subordinate_saying
from geomap.claims.views import opening_view
from geomap.extensions import doc_text
from geomap.quotations import asked, quote_regions, region_at


class DocAttribution(SubjectSpeakers, QuoteFrames):
    """Attribution over one parsed doc; each sentence is analysed once, on demand.

    Parameters
    ----------
    doc
        A doc with a dependency parse and sentence boundaries.
    lexicon
        Word lists; :meth:`Lexicon.default` when omitted.
    places
        The doc's place mentions: neither they nor entities named like them are
        taken as the antecedent of "he"/"she" (the small model tags some city names
        PERSON).
    """

    def __init__(
        self, doc: Doc, lexicon: Lexicon | None = None, places: Iterable[Span] = ()
    ) -> None:
        self.doc = doc
        self.lex = lexicon or Lexicon.default()
        self._place_tokens = place_tokens(doc, places)
        self.sents = list(doc.sents)
        self._starts = [s.start for s in self.sents]
        self._cache: list[SentenceFrames] = []
        self._token_starts: list[int] | None = None
        self.text = doc_text(doc)
        self.quotes = quote_regions(self.text)
        self.labels = LabelFrames(doc, self.text, self._place_tokens)  # "LAW: We did …"
        self._cues = possible_cues(doc)
        self._quote_frames: list[Frame | None] = []  # None: unknown or no frame
        self._subjects = {}
        self.pronoun_persons = set()

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

        A mention in a quotation takes the quotation's frame, not that of a speaker
        quoted inside it ("“... the Ministry of Defence must confirm ...”", a Kremlin
        spokesman said); a mention in a sentence without attribution that lies in a
        quotation takes the quotation's frame too (:meth:`quote_frame`).  A mention in
        a relative clause of the speaker phrase ("X, who faces charges in Britain,
        said ..."), in the scene of the saying ("Speaking in Berlin, X said ...",
        :func:`~geomap.claims.scene.in_setting`), in a dateline or in an act done beside
        the saying (:func:`~geomap.claims.conjuncts.other_act`) is narrative.
        """
        if (label := self.labels.frame_at(span)) is not None:
            return label  # a transcript's paragraph is its labelled speaker's, as a quote
        index = self.sentence_index(span.root)
        if in_dateline(span):
            return None
        frame = self.frames(index).frame_for(span)
        if frame is not None and in_link_line(span, frame.cue.idx):
            return None  # "Read more: What Lavrov said: Germany, … expel …": a link's line
        region = region_at(self.quotes, span.start_char, span.end_char)
        if region is not None:
            outer = self.quote_frame(self.quotes.index(region))
            if frame is None or (outer is not None and self._quoted_in(frame, region)):
                return outer
        if frame is None or in_relative_clause(span, frame) or in_setting(span, frame):
            return setting_source(span)  # "In a poll by the American Society …": the poll
        if across_dash(span, frame) or across_connective(span, frame):
            return None
        acted = other_act(span, frame, self.frames(index).by_anchor)  # "… and left for X"
        if acted or outside_subordinate_saying(span, frame.anchor):
            return None  # "After X declared …, storms pushed toward Atlanta"
        return frame

    def sentence_speaker(self, j: int) -> Span | None:
        """Who speaks in sentence ``j``, read from sentences up to ``j`` only.

        Its main frame's speaker when it is a verb's subject, else the last subject of a
        verb of saying ("..., according to Ivan Petrov, and Oleh Petrenko declared
        ...": Petrenko), else that of the quotation it is in; the source of a speech noun
        ("despite the president's declaration") is no antecedent.
        """
        frames = self.frames(j)
        verbs = [f for f in frames.frames if f.kind == "verb"]
        frame = frames.main if frames.main is not None and frames.main.kind == "verb" else None
        frame = frame or (verbs[-1] if verbs else frames.main)
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
        if asked(self.text, self.quotes, sent.start_char, sent.end_char):
            return result  # a question outside quotation marks: an interviewer's, no claim
        lo = bisect.bisect_left(self._cues, sent.start)
        for i in self._cues[lo : bisect.bisect_left(self._cues, sent.end, lo)]:
            frame = self._frame_at(self.doc[i], index, result.frames)
            if frame is not None:
                result.frames.append(frame)
        result.frames = pronoun_named_after(result.frames)  # "She said …, according to X"
        result.frames = outer_source(result.frames, self.lex.speech_nouns)  # "X claimed …, acc…"
        result.main = main_frame(sent, result.frames)
        if result.main is None and (tag := quote_tag(sent)) is not None:
            found = self._resolve(tag[1], index, result.frames, fallback=True)
            if found is not None and can_speak(found[1]):  # `“…,” the court ruled.`
                result.main = Frame("closing", sent.root, *found, tag[0])
                result.frames.append(result.main)
        headline = colon_source(sent, self._place_tokens)
        if headline is None and index > 0:  # "Hamas: | Lviv talks have collapsed"
            headline = split_colon_source(self.sents[index - 1], sent, self._place_tokens)
        if headline is not None and result.main is None:
            result.main = Frame("colon", sent.root, headline, headline, headline.doc[headline.end])
            result.frames.insert(0, result.main)
        view = opening_view(sent) if result.main is None else None
        if view is not None:  # "For the mayor, the bridge is …"
            found = self._resolve(view[1], index, result.frames, fallback=True)
            if found is not None:
                result.main = Frame("view", sent.root, *found, view[0])
                result.frames.append(result.main)
        for frame in result.frames:
            result.by_anchor.setdefault(frame.anchor.i, frame)
        return result

    def _frame_at(self, tok: Token, index: int, earlier: list[Frame]) -> Frame | None:
        if is_reporting_verb(tok, self.lex):
            adjective = adjective_saying(tok)  # "…, continued GTM Research, which added"
            if adjective is not None:
                found = self._resolve(adjective, index, earlier, fallback=True)
                if found is not None and can_speak(found[1]):
                    return Frame("closing", tok.sent.root, *found, tok)
            stray = stray_subject(tok)
            if stray is not None and can_speak(stray[-1:]):  # "… Let Them Stay organisation said"
                return Frame("verb", tok, stray, stray, tok)
            subject = verb_subject(tok, self.lex)
            named = name_after(tok) if subject is None else None
            if named is not None and tok.lemma_.lower() in self.lex.saying:
                return Frame("verb", tok, named, named, tok)  # "…,” says X dos Santos"
            if subject is None or (subject.lower_ in lx.FIRST_PERSON and self._quoted(tok)):
                return None  # "We believe ..." inside a quote: the quote's speaker
            if subject.lower_ in lx.READER_PRONOUNS:
                return None  # "You might say that …" outside one: the journalist's
            found = self._resolve(subject, index, earlier, fallback=True)
            saying = tok.lemma_.lower() in self.lex.saying and found is not None
            if found is not None and (saying or can_speak(found[1])):
                anchor = as_clause_head(tok)  # "As X reported, the statue was …"
                if anchor is None or is_reporting_verb(anchor, self.lex):
                    anchor = tok
                return Frame("verb", anchor, *found, tok)
        elif tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None:  # "according to X" names its own source
                found = self._resolve(pobj, index, earlier, fallback=True, own=True)
                if found is not None:
                    anchor = tok.head if tok.head.i != tok.i else tok
                    anchor = bracketed_clause(tok, pobj.head) or anchor
                    root = tok.sent.root
                    if closes_sentence(tok, pobj.head) and all(
                        f.anchor.i != root.i for f in earlier
                    ):
                        anchor = root  # "It happened in X after … said …, according to Y."
                    return Frame("according", anchor, *found, tok)
        elif (closing := closing_saying(tok)) is not None:
            found = self._resolve(closing, index, earlier, fallback=True)
            if found is not None:  # "…, police allege.": the tagger made the verb a noun
                mention, speaker = (before_cue(s, tok) for s in found)  # "… Agency show."
                return Frame("closing", tok.sent.root, mention, speaker, tok)
        elif (opening := opening_saying(tok)) is not None:
            found = self._resolve(opening[0], index, earlier, fallback=True)
            if found is not None and can_speak(found[1]):  # "Detectives from X allege the man"
                mention, speaker = (before_cue(s, tok) for s in found)
                return Frame("closing", opening[1], mention, speaker, tok)
        elif (nominal := nominal_saying(tok)) is not None:
            found = self._resolve(nominal, index, earlier, fallback=True)
            if found is not None and can_speak(found[1]):  # "her letters back home show that"
                return Frame("closing", tok, *found, tok)
        elif (passive := passive_by_document(tok)) is not None:
            found = self._resolve(tok, index, earlier, fallback=True)
            if found is not None:  # "Rio was ranked as … by an Education First study"
                return Frame("agent", passive, *found, passive)
        elif is_speech_noun(tok, self.lex) and not self._answered(tok):
            source = speech_source(tok, self.lex)
            if source is not None and reports_content(tok, self.lex.verbs):
                found = self._resolve(source, index, earlier, fallback=True)
                if found is not None:
                    return Frame("noun", issuing_anchor(tok), *found, tok)
        return None

    def _answered(self, noun: Token) -> bool:
        """Whether a speech noun is what a speaker of the sentence answers.

        "Pakistan rejects India's statement on Kashmir", "Russia denied Ukraine's claims
        about Kupiansk": the sentence is Pakistan's (Russia's), who speaks in it; the
        statement's source only made what is answered.
        """
        verb = noun.head
        if noun.dep_ != "dobj" or not is_reporting_verb(verb, self.lex):
            return False
        return (
            verb.lemma_.lower() not in lx.ISSUE_VERBS and verb_subject(verb, self.lex) is not None
        )

    def _quoted(self, tok: Token) -> bool:
        return region_at(self.quotes, tok.idx, tok.idx + len(tok)) is not None
