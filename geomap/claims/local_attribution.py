"""The ``geomap_local_attribution`` component: who makes each claim in French and Russian.

The English attribution (:mod:`geomap.claims.attribution`) reads the model's
parse of the whole article; here only the sentences that hold a place mention
and a cue of saying (:data:`geomap.claims.local_lexicon.SAYING_WORDS`) are
parsed (:mod:`geomap.claims.local_syntax`: the French model's parser, or
natasha's for Russian), and each mention gets the same fields as in English:
``span._.source`` (a :class:`~geomap.records.Speaker`: clean name, role, kind,
verb of saying, offsets), ``span._.speaker`` (the name's span) and
``span._.speaker_mention`` (the pronoun it was resolved from).

A sentence's cues are its verbs of saying (the source is their subject: "a
déclaré Volodymyr Zelensky", "Кремль опроверг"; a relative pronoun's noun, a
shared subject of a conjoined verb), "selon X"/"d'après X"/"согласно X", "по
словам X"/"по данным X" and "de source X".  A mention takes the outermost cue
whose clause holds it ("X a averti que la France ne reconnaîtrait pas la
Crimée" is X's claim), else the sentence's first cue that names a source and
is not in a relative clause ("X, qui a dénoncé ..., s'est rendu à Strasbourg"
reports nothing about Strasbourg); a
subject in the sentence's dateline ("МОСКВА, 27 января — ...") is no source.  "il",
"elle", "он", "она" and "по его словам" are a person of the latest sentence
(the pronoun's own or the :attr:`LocalAttribution.window` before it) that names
one, as a ``PER`` entity or as a speaker ("Губернатор Курской области заявил"):
its last one named as a subject, else its last ("Le préfet X a rencontré le maire
Y. Il a annoncé" is X); with no person, a body that spoke before ("Министерство
сообщило … Оно уточнило").  A
mention inside a quotation («…», “…”, or a dialogue line opened by a dash and
closed by ", —") that runs over several sentences takes the speaker of the
sentence of the quotation that names one; one in a sentence without a source
takes that of the next sentence when it opens by pointing back at it ("Об этом
сообщил губернатор.", "C'est ce qu'a annoncé le ministère.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.claims.local_cues import SOURCE_POS, cues
from geomap.claims.local_lexicon import SAYING_WORDS, SayingWords
from geomap.claims.local_sources import Cue, can_speak, speaker, with_entity
from geomap.claims.local_syntax import (
    Word,
    ancestors,
    children,
    in_subject,
    natasha_words,
    spacy_words,
)
from geomap.claims.scene import in_dateline
from geomap.containment import guarded, unattributed
from geomap.extensions import doc_text, register_extensions
from geomap.records import Speaker

#: Quotations in guillemets or curly quotes, which may run over several sentences.
QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]")
#: A dialogue line: a dash, the words said, then ", —" before who said them.
DIALOGUE = re.compile(r"[—–]\s[^—–]{1,1000}?[,!?…]\s?[—–]\s")
Frame = tuple[Cue, Speaker | None, Span | None]


class LocalAttribution:
    """Set ``source``, ``speaker`` and ``speaker_mention`` on the place mentions of a doc.

    Parameters
    ----------
    nlp
        The pipeline; with ``parser="spacy"`` its (possibly disabled) tagger,
        parser and lemmatiser parse the sentences with cues.
    parser
        ``"spacy"`` or ``"natasha"``.
    spans_key
        Key of the span group holding the place mentions.
    window
        How many previous sentences a pronoun may refer back to.
    """

    def __init__(
        self, nlp: Language, parser: str = "spacy", spans_key: str = "toponyms", window: int = 3
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.lex = SAYING_WORDS.get(str(nlp.lang))
        self.parser = parser
        self.spans_key = spans_key
        self.window = max(0, int(window))

    def parses(self) -> bool:
        """Whether this pipeline can parse a sentence at all."""
        if self.lex is None:
            return False
        return self.parser == "natasha" or "parser" in self.nlp.component_names

    def __call__(self, doc: Doc) -> Doc:
        """Annotate the place mentions of ``doc`` in place and return it.

        If a rule fails, the mentions keep no speaker (:mod:`geomap.containment`).
        """
        return guarded(doc, "attribution", self._attribute, unattributed)

    def _attribute(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(self.spans_key, []))
        if not spans or not self.parses() or not doc.has_annotation("SENT_START"):
            return doc
        DocSources(self, doc).annotate(spans)
        return doc

    def words(self, sents: list[Span], text: str) -> list[list[Word]]:
        """The parsed words of each of ``sents`` (``text``: the doc's)."""
        if self.parser == "natasha":
            return natasha_words(sents, text)
        return [spacy_words(self.nlp, sent) for sent in sents]


class DocSources:
    """One doc's sentences parsed on demand and their frames (cue, speaker, pronoun)."""

    def __init__(self, owner: LocalAttribution, doc: Doc) -> None:
        self.owner = owner
        self.lex: SayingWords = owner.lex  # type: ignore[assignment]
        self.doc = doc
        self.text = doc_text(doc)
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        self.parsed: dict[int, tuple[list[Word], list[Frame]]] = {}
        self.plain: dict[int, list[Word]] = {}
        self.persons = [e for e in doc.ents if e.label_ == "PER"]
        self.quotes = self._quotations()

    def annotate(self, spans: list[Span]) -> None:
        """Set each span's speaker fields."""
        names = [e.text for e in self.persons]
        self.parse({bisect_right(self.starts, s.start_char) - 1 for s in spans})
        for span in spans:
            frame = self.frame_for(span)
            if frame is None:
                continue
            _, record, pronoun = frame
            if record is None:
                continue
            span._.source = with_entity(record, names, self.lex)
            span._.speaker = self.doc.char_span(record.start, record.end, alignment_mode="expand")
            span._.speaker_mention = pronoun

    def frame_for(self, span: Span) -> Frame | None:
        """The frame that holds ``span``: its sentence's, its quotation's, or the next one's.

        The next sentence's when it points back ("Об этом сообщил губернатор"). A
        place in the dateline ("МОСКВА, 28 ноября — ...") is where the story was
        filed: no one's claim.
        """
        if in_dateline(span):
            return None
        k = bisect_right(self.starts, span.start_char) - 1
        words, frames = self.sentence(k)
        spoken = [f for f in frames if f[1] is not None]
        if spoken:
            at = [n for n, w in enumerate(words) if span.start_char <= w.start < span.end_char]
            above = ancestors(words, at[0]) if at else []
            for f in sorted(spoken, key=lambda f: len(ancestors(words, f[0].scope))):
                if f[0].scope in above:
                    return f
            main = [f for f in spoken if not words[f[0].scope].dep.startswith("acl")]
            return main[0] if main else None
        for q_start, q_end in self.quotes:
            if q_start <= span.start_char < q_end:
                first = bisect_right(self.starts, q_start) - 1
                last = bisect_right(self.starts, q_end - 1) - 1
                for other in range(first, last + 1):
                    said = [f for f in self.sentence(other)[1] if f[1] is not None]
                    if other != k and said:
                        return said[0]
        if k + 1 < len(self.sents):
            after = self.sents[k + 1]
            if self.lex.back.match(self.text[after.start_char : after.end_char].lower()):
                said = [f for f in self.sentence(k + 1)[1] if f[1] is not None]
                return said[0] if said else None
        return None

    def parse(self, todo: set[int]) -> None:
        """Parse the sentences ``todo`` that hold a cue (all at once) and find their frames."""
        todo = {k for k in todo if k not in self.parsed}
        for k in todo:
            self.parsed[k] = ([], [])
        sents = [
            k
            for k in sorted(todo)
            if self.lex.cue.search(
                self.text[self.sents[k].start_char : self.sents[k].end_char].lower()
            )
        ]
        if not sents:
            return
        parses = self.owner.words([self.sents[k] for k in sents], self.text)
        for k, words in zip(sents, parses, strict=True):
            self.parsed[k] = (words, [self._frame(words, cue, k) for cue in cues(words, self.lex)])

    def sentence(self, k: int) -> tuple[list[Word], list[Frame]]:
        """Sentence ``k``'s words and frames (none without a cue), parsed once."""
        self.parse({k})
        return self.parsed[k]

    def _frame(self, words: list[Word], cue: Cue, k: int) -> Frame:
        if cue.source is None or words[cue.source].pos not in SOURCE_POS:
            return cue, None, None
        head: int = cue.source
        source = words[head]
        named = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if named is not None and in_dateline(named):  # "МОСКВА, 27 января — ..." files, not says
            other = self._after_dateline(words, cue)
            if other is None:
                return cue, None, None
            cue, head = replace(cue, source=other), other
            source = words[head]
        if source.pos in ("PRON", "DET"):
            if source.text.lower().lstrip("-") not in self.lex.singular:
                return cue, None, None
            pronoun = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            return cue, self._antecedent(source, cue, k), pronoun
        mute = cue.lemma in self.lex.verbs and cue.lemma not in self.lex.saying
        if mute and not can_speak(words, head, self.lex):
            return cue, None, None
        return cue, speaker(words, head, cue, self.text, self.lex), None

    def _after_dateline(self, words: list[Word], cue: Cue) -> int | None:
        """Another subject of the cue's verb, after the dateline the parser also made one.

        "МОСКВА, 28 ноября — Министерство обороны сообщило ...": natasha reads both
        МОСКВА and Министерство as subjects; the second is the source.
        """
        for c in children(words, cue.scope):
            if c <= (cue.source or 0) or words[c].dep != "nsubj":
                continue
            named = self.doc.char_span(words[c].start, words[c].end, alignment_mode="expand")
            if named is not None and not in_dateline(named):
                return c
        return None

    def _antecedent(self, pronoun: Word, cue: Cue, k: int) -> Speaker | None:
        """The person ``pronoun`` points back to within the window.

        The latest sentence that names a person before it (a ``PER`` entity, or a
        speaker of its own saying: "Губернатор Курской области заявил") gives it:
        its last person named as a subject, else its last person ("Le préfet Marc
        Lefèvre a rencontré le maire Jean Dubois. Il a annoncé" is the préfet).
        """
        window = range(k, max(0, k - self.owner.window) - 1, -1)
        for j in window:
            found = self._persons_in(j, pronoun.start)
            if found:
                subjects = [p for p in found if p[1]]
                return self._as_said((subjects or found)[-1][0], cue, pronoun)
        for j in window[1:]:  # no person: a body that spoke ("Le ministère a annoncé … Il a")
            said = [r for _, r, p in self.sentence(j)[1] if r is not None and p is None]
            if said:
                return self._as_said(said[-1], cue, pronoun)
        return None

    @staticmethod
    def _as_said(record: Speaker, cue: Cue, pronoun: Word) -> Speaker:
        """``record`` as the speaker of ``cue``, named by ``pronoun``."""
        return replace(
            record, verb=cue.text, lemma=cue.lemma, verb_start=cue.start,
            verb_end=cue.end, phrase=pronoun.text,
        )  # fmt: skip

    def _persons_in(self, j: int, before: int) -> list[tuple[Speaker, bool]]:
        """Sentence ``j``'s persons before offset ``before``, each with whether it is a subject.

        A person speaking in its own frame is a subject; a ``PER`` entity is one when
        it heads, or stands in apposition to, a verb's subject (the sentence is parsed
        when it names more than one person).
        """
        sent = self.sents[j]
        out: dict[int, tuple[Speaker, bool]] = {}
        if j != bisect_right(self.starts, before) - 1:  # its own sentence's: not yet known
            for _, record, said in self.sentence(j)[1]:
                if record is not None and said is None and record.kind == "person":
                    out[record.start] = (record, True)
        ents = [
            e
            for e in self.persons
            if sent.start_char <= e.start_char and e.end_char <= min(before, sent.end_char)
        ]
        words = self._plain(j) if len(ents) + len(out) > 1 else []
        for e in ents:
            if any(r.start <= e.start_char < r.end for r, _ in out.values()):
                continue
            record = Speaker(e.text, e.start_char, e.end_char, kind="person")
            out[e.start_char] = (record, in_subject(words, e.start_char))
        return [out[at] for at in sorted(out)]

    def _plain(self, j: int) -> list[Word]:
        """Sentence ``j``'s words, parsed even without a cue (once)."""
        words = self.parsed.get(j, ([], []))[0]
        if not words:
            if j not in self.plain:
                self.plain[j] = self.owner.words([self.sents[j]], self.text)[0]
            words = self.plain[j]
        return words

    def _quotations(self) -> list[tuple[int, int]]:
        """Offsets of the quotations and dialogue lines of the doc."""
        found = [(m.start(), m.end()) for m in QUOTATION.finditer(self.text)]
        opens = {s.start_char + len(s.text) - len(s.text.lstrip()) for s in self.sents}
        found += [(m.start(), m.end()) for m in DIALOGUE.finditer(self.text) if m.start() in opens]
        return found


@Language.factory(
    "geomap_local_attribution",
    default_config={"parser": "spacy", "spans_key": "toponyms", "window": 3},
    assigns=["span._.speaker", "span._.speaker_mention", "span._.source"],
)
def make_local_attribution(
    nlp: Language, name: str, parser: str, spans_key: str, window: int
) -> LocalAttribution:
    """Build the ``geomap_local_attribution`` component (see :class:`LocalAttribution`)."""
    return LocalAttribution(nlp, parser=parser, spans_key=spans_key, window=window)
