"""Which saying frames a French or Russian doc's place mentions fall in, parsed on demand.

Split from :mod:`geomap.claims.local_attribution` (the component, which documents
the rules): :class:`DocSources` parses the sentences holding a mention and a cue,
builds each cue's frame (cue, speaker, pronoun), resolves pronouns to the person
or body named before, and finds the frame a mention belongs to: its sentence's,
its quotation's, or the next sentence's when that points back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from geomap.claims.local_cues import SOURCE_POS, contrasted, cues
from geomap.claims.local_datelines import hung_on_dateline
from geomap.claims.local_lexicon import SayingWords
from geomap.claims.local_sources import Cue, can_speak, speaker, with_entity
from geomap.claims.local_syntax import Word, ancestors, children, in_subject
from geomap.claims.russian_names import russian_body_nominative as body_nominative
from geomap.claims.russian_names import russian_name, russian_nominative, russian_readings
from geomap.claims.scene import in_dateline
from geomap.extensions import doc_text
from geomap.records import Speaker

if TYPE_CHECKING:
    from geomap.claims.local_attribution import LocalAttribution

#: Quotations in guillemets or curly quotes, which may run over several sentences.
QUOTATION = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]")
#: A dialogue line: a dash, the words said, then ", —" before who said them.
DIALOGUE = re.compile(r"[—–]\s[^—–]{1,1000}?[,!?…]\s?[—–]\s")
Frame = tuple[Cue, Speaker | None, Span | None]


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
        normal, readings = self.name_forms()
        self.parse({bisect_right(self.starts, s.start_char) - 1 for s in spans})
        for span in spans:
            frame = self.frame_for(span)
            if frame is None:
                continue
            _, record, pronoun = frame
            if record is None:
                continue
            span._.source = with_entity(record, names, self.lex, normal, self.text, readings)
            span._.speaker = self.doc.char_span(record.start, record.end, alignment_mode="expand")
            span._.speaker_mention = pronoun

    def frame_for(self, span: Span) -> Frame | None:
        """The frame that holds ``span``: its sentence's, its quotation's, or the next one's.

        The next sentence's when it points back ("Об этом сообщил губернатор"); a
        headline's person before its colon ("Лавров: Прибалтика …"). A
        cue inside a quotation ("« La Russie menace la Transnistrie », a-t-elle déclaré")
        is the quoted speaker's words: when the sentence has a cue outside quotations,
        that one holds its mentions, inside the quotation too, as in English. A
        place in the dateline ("МОСКВА, 28 ноября — ...") is where the story was
        filed: no one's claim.
        """
        if in_dateline(span):
            return None
        k = bisect_right(self.starts, span.start_char) - 1
        words, frames = self.sentence(k)
        spoken = [f for f in frames if f[1] is not None]
        outside = [f for f in spoken if not self._quoted(f[0].start)]
        spoken = outside or spoken  # "« La Russie menace … », a-t-elle déclaré": elle
        if spoken:
            return self.held(words, spoken, span)
        for q_start, q_end in self.quotes:
            if q_start <= span.start_char < q_end:
                first = bisect_right(self.starts, q_start) - 1
                last = bisect_right(self.starts, q_end - 1) - 1
                for other in range(first, last + 1):
                    said = [f for f in self.sentence(other)[1] if f[1] is not None]
                    if other != k and said:
                        return said[0]
                if (went_on := self._quote_went_on(first, q_start)) is not None:
                    return went_on
        if (headline := self._colon_source(k, span)) is not None:
            return headline
        if k + 1 < len(self.sents):
            after = self.sents[k + 1]
            if self.lex.back.match(self.text[after.start_char : after.end_char].lower()):
                said = [f for f in self.sentence(k + 1)[1] if f[1] is not None]
                return said[0] if said else None
        return None

    def name_forms(
        self,
    ) -> tuple[Callable[[str], str] | None, Callable[[str], set[str]] | None]:
        """How persons' names are compared: Russian names in the nominative, else as written."""
        natasha = self.owner.parser == "natasha"
        return (russian_nominative, russian_readings) if natasha else (None, None)

    def held(self, words: list[Word], spoken: list[Frame], span: Span) -> Frame | None:
        """Which of a sentence's ``spoken`` frames holds ``span``: the outermost cue above it."""
        at = [n for n, w in enumerate(words) if span.start_char <= w.start < span.end_char]
        above = ancestors(words, at[0]) if at else []
        outer = sorted(spoken, key=lambda f: (len(ancestors(words, f[0].scope)), not f[0].aside))
        for f in outer:  # the outermost first; "как сообщил X" before its clause's verb
            if f[0].scope in above:
                return f
        main = [
            f
            for f in spoken
            if not words[f[0].scope].dep.startswith("acl")
            and not contrasted(words, f[0].scope, span.start_char)
        ]
        return main[0] if main else None

    def headline_person(self, name: str) -> bool:
        """Whether a headline's ``name`` before its colon is a person (read without NER)."""
        return self.owner.parser == "natasha" and russian_name(name)

    def _colon_source(self, k: int, span: Span) -> Frame | None:
        """A headline's person before its colon: "Лавров: Прибалтика хочет …".

        The sentence opens with a person's name (a ``PER`` entity, or in Russian words
        of names in the nominative: :func:`geomap.claims.name_cases.is_name`; one to
        three capitalised words) and a colon right after it; a place after the colon is
        that person's claim, as in English
        (:func:`geomap.claims.name_sources.colon_source`).
        """
        sent = self.sents[k]
        head = _HEADLINE_NAME.match(self.text, sent.start_char, sent.end_char)
        if head is None or span.start_char <= head.end(1):  # "Лавров: Прибалтика": after it
            return None
        start, end = head.span(1)
        person = any(e.start_char == start and e.end_char == end for e in self.persons)
        if not person and not self.headline_person(head[1]):
            return None  # natasha's NER leaves a lone "Лавров" untagged: its morphology
        cue = Cue(":", "", head.end(0) - 1, head.end(0), 0, None)
        return cue, Speaker(head[1], start, end, kind="person"), None

    def _quote_went_on(self, first: int, q_start: int) -> Frame | None:
        """The frame of a quotation the sentence before a quotation ``first`` ends with.

        "„…“, sagte X am Mittwoch. „… (next paragraph) …“": a quotation opened right
        after a sentence that attributed one, with no cue of its own, goes on with the
        same speaker's words.
        """
        if first < 1 or q_start - self.sents[first].start_char > 1:
            return None
        said = [f for f in self.sentence(first - 1)[1] if f[1] is not None]
        if not said:
            return None
        cue = said[-1][0]
        attributed = any(
            q_end <= cue.start and q_start_ >= self.sents[first - 1].start_char
            for q_start_, q_end in self.quotes
        )
        return said[-1] if attributed and not self._quoted(cue.start) else None

    def _quoted(self, at: int) -> bool:
        """Whether offset ``at`` lies inside a quotation or dialogue line."""
        return any(q_start < at < q_end for q_start, q_end in self.quotes)

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
        if cue.source is None and (hung := hung_on_dateline(words, cue)) is not None:
            cue = replace(cue, source=hung)  # "РИГА – Александр Лукашенко заявил"
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
        bodies = body_nominative if self.owner.parser == "natasha" else None  # "в министерстве"
        return cue, speaker(words, head, cue, self.text, self.lex, bodies), None

    def _after_dateline(self, words: list[Word], cue: Cue) -> int | None:
        """Another subject of the cue's verb, after the dateline the parser also made one.

        "МОСКВА, 28 ноября — Министерство обороны сообщило ...": natasha reads both
        МОСКВА and Министерство as subjects; the second is the source.  "КИШИНЁВ –
        Президент Молдавии Майя Санду обвинила …": natasha hangs the subject on the
        dateline as its apposition (or a conjunct); that one is the source, as in
        English (:func:`geomap.claims.datelines.past_dateline`).
        """
        for c in children(words, cue.scope):
            if c <= (cue.source or 0) or words[c].dep != "nsubj":
                continue
            named = self.doc.char_span(words[c].start, words[c].end, alignment_mode="expand")
            if named is not None and not in_dateline(named):
                return c
        for c in children(words, cue.source or 0):  # "РИГА – Александр Лукашенко заявил"
            if c <= (cue.source or 0) or words[c].dep not in ("appos", "conj"):
                continue
            if words[c].pos not in SOURCE_POS:
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


#: A headline opened by one to three capitalised words and a colon ("Лавров: …").
_HEADLINE_NAME = re.compile(r"\s*((?:[^\W\d_][\w\-]*\s){0,2}[^\W\d_][\w\-]*)\s?:\s")
