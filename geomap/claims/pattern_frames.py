"""Saying frames of German, Polish and Ukrainian sentences, found by word order.

No parser of these languages is on PyPI: a sentence's cues are found by their
words (:mod:`geomap.claims.pattern_lexicon`) and their sources by where they
stand (:mod:`geomap.claims.pattern_phrases` reads the phrase):

* a verb of saying (its lemma; a German verb with its particle: "teilte … mit")
  has its subject before it in its clause ("Ministerpräsident Donald Tusk
  erklärte", "ale Wadim Krasnosielski oświadczył"), or after it when it opens its
  clause after a quotation, a comma or a dash ("…“, sagte Oberbürgermeister René
  Wilke", "– powiedział wojewoda …", "повідомило латвійське МВС") or, in German,
  after one other word ("Das sagte Außenministerin …", "Zugleich kündigte sie");
  words of a time, a preposition's noun and the people told are passed over
  ("ocenił w rozmowie z PAP ekspert …", "сказав журналістам …"); a Polish or
  Ukrainian singular verb with no subject left it out ("– zapowiedział", "Додала,
  що"): its speaker is the last one named, as a pronoun's is; a plural one with no
  subject is the body after "w"/"в" ("повідомили в Генеральному штабі ЗСУ");
* "laut X", "nach Angaben X", "X zufolge", "…, so X", "według X", "zdaniem X",
  "за словами X", "за даними X", "згідно з X" ("Według niego", "За її словами":
  a pronoun);
* "heißt es in X", "Aus X hieß es", "Wynika to z X", "йдеться у X": a body or a
  document.

A cue holds the clause it stands in, up to a contrast ("ale", "але", "aber"): in
"Władze Mołdawii zaproponowały pomoc, ale Krasnosielski oświadczył, że …" the
clause after "ale" is his.  A place takes the latest such clause that holds it.
Everything else (quotations over several sentences, a sentence pointing back,
"Name: …" headlines, pronouns) is :class:`geomap.claims.local_frames.DocSources`'
as for French and Russian.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from geomap.claims.local_frames import DocSources, Frame
from geomap.claims.local_sources import Cue
from geomap.claims.local_syntax import Word
from geomap.claims.pattern_lexicon import PatternWords
from geomap.claims.pattern_phrases import Tok, lemma, nominative, speaker, tokens, word_class
from geomap.records import Speaker

#: Marks that end a clause.
MARKS = frozenset(',;:–—()„“”«»"')
#: Marks after which a verb opening its clause has its subject after it.
OPENERS = frozenset(',„“”«»"–—-')


class PatternSources(DocSources):
    """:class:`DocSources` whose sentences are read by :class:`SentenceReader`."""

    @property
    def patterns(self) -> PatternWords:
        """The language's pattern words."""
        patterns = self.owner.patterns
        assert patterns is not None  # a PatternSources is made only for those languages
        return patterns

    def name_forms(
        self,
    ) -> tuple[Callable[[str], str] | None, Callable[[str], set[str]] | None]:
        """Persons' names compared in their lemma's form ("Zełenskiego": "Zełenski")."""
        lang = str(self.doc.lang_)
        return (lambda name: nominative(name, lang)), None

    def parse(self, todo: set[int]) -> None:
        """Read the sentences ``todo`` and find their frames."""
        for k in sorted(todo):
            if k in self.parsed:
                continue
            self.parsed[k] = ([], [])
            sent = self.sents[k]
            toks = tokens(self.text, sent.start_char, sent.end_char)
            reader = SentenceReader(self, k, toks)
            self.parsed[k] = ([], reader.frames())

    def held(self, words: list[Word], spoken: list[Frame], span: Span) -> Frame | None:
        """The frame of the latest clause of a cue that holds ``span``."""
        at = span.start_char
        inside = [
            f for f in spoken if self.regions[f[0].start][0] <= at < self.regions[f[0].start][1]
        ]
        if not inside:
            return None
        return max(inside, key=lambda f: self.regions[f[0].start][0])

    @property
    def regions(self) -> dict[int, tuple[int, int]]:
        """Each cue's clause (its offsets), by the cue's start."""
        if not hasattr(self, "_regions"):
            self._regions: dict[int, tuple[int, int]] = {}
        return self._regions

    def headline_person(self, name: str) -> bool:
        """Whether a headline's ``name`` before its colon ends a speaker the article names."""
        self.parse(set(range(len(self.sents))))
        if not all(w[:1].isupper() for w in name.split()):
            return False  # "Вибухи у Криму: …" is no one's name
        last = nominative(name, str(self.doc.lang_)).split()[-1:]
        for _, frames in self.parsed.values():
            for _, record, pronoun in frames:
                if record is not None and pronoun is None and record.kind == "person":
                    own = nominative(record.name, str(self.doc.lang_))
                    if own.split()[-1:] == last:
                        return True
        return False

    def _persons_in(self, j: int, before: int) -> list[tuple[Speaker, bool]]:
        """As :meth:`DocSources._persons_in`, with a body's spokesperson a person too."""
        found = super()._persons_in(j, before)
        if self.starts[j] <= before < self.sents[j].end_char:
            return found  # its own sentence's frames are not known yet
        for _, record, pronoun in self.sentence(j)[1]:
            spokesperson = record is not None and record.kind != "person" and record.role
            if spokesperson and pronoun is None:  # "ein Sprecher des Netzbetreibers Ukrenergo"
                found.append((record, True))  # type: ignore[arg-type]
        return sorted(found, key=lambda p: p[0].start)


class SentenceReader:
    """One sentence's cues and their sources, read by word order."""

    def __init__(self, owner: PatternSources, k: int, toks: list[Tok]) -> None:
        self.owner = owner
        self.k = k
        self.toks = toks
        self.lex = owner.patterns
        self.lang = str(owner.doc.lang_)
        self.text = owner.text
        sent = owner.sents[k]
        self.bounds = (sent.start_char, sent.end_char)
        spans = owner.doc.spans.get(owner.owner.spans_key, [])
        marks = [(s.start_char, s.end_char) for s in spans]
        self.places = frozenset(
            n for n, t in enumerate(toks) if any(a <= t.start < b for a, b in marks)
        )

    def frames(self) -> list[Frame]:
        """The sentence's frames, in order."""
        out: list[Frame] = []
        toks, lex = self.toks, self.lex
        for i, t in enumerate(toks):
            low = t.low
            pair = f"{low} {toks[i + 1].low}" if i + 1 < len(toks) else ""
            if pair in lex.opening or low in lex.opening:
                j = i + 2 if pair in lex.opening else i + 1
                cue = self._cue(i, j, pair if pair in lex.opening else low)
                out.append(self._after(cue, j))
            elif low in lex.closing:
                cue = self._cue(i, i + 1, low)
                out.append(self._source(cue, self._clause_start(i), i))
            elif low in lex.so and i and toks[i - 1].text in OPENERS and i + 1 < len(toks):
                out.append(self._after(self._cue(i, i + 1, low), i + 1))
            elif low == "за" and i + 2 < len(toks) and f"за {toks[i + 2].low}" in lex.opening:
                cue = self._cue(i, i + 3, f"за {toks[i + 2].low}")  # "За її словами"
                out.append(self._pronoun(cue, toks[i + 1]))
            elif t.word and (verb := self._verb(i)) is not None:
                out.append(self._verb_frame(i, verb))
        return [f for f in out if f[1] is not None]

    def _cue(self, i: int, j: int, lem: str) -> Cue:
        start, end = self.toks[i].start, self.toks[j - 1].end
        self.owner.regions[start] = self._region(i)
        return Cue(self.text[start:end], lem, start, end, i, None)

    def _region(self, i: int) -> tuple[int, int]:
        """The clause of word ``i`` up to a contrast on either side."""
        lo, hi = self.bounds
        cuts = [
            t.start
            for t in self.toks
            if (t.low in self.lex.contrast or t.text == ";") and not self.owner._quoted(t.start)
        ]  # "„Wały w Oławie są bezpieczne, ale …” – powiedział X": one clause, X's
        at = self.toks[i].start
        lo = max([c for c in cuts if c < at], default=lo)
        hi = min([c for c in cuts if c > at], default=hi)
        return lo, hi

    def _clause_start(self, i: int) -> int:
        n = i
        while n > 0 and not self._boundary(n - 1):
            n -= 1
        return n

    def _clause_end(self, i: int) -> int:
        n = i + 1
        while n < len(self.toks) and not self._boundary(n):
            n += 1
        return n

    def _boundary(self, n: int) -> bool:
        t = self.toks[n]
        return t.text in MARKS or t.low in self.lex.boundaries or t.text in ".!?"

    def _verb(self, i: int) -> str | None:
        """The lemma of the verb of saying at word ``i``, with a German particle."""
        low = self.toks[i].low
        lem = lemma(low, self.lang).lower()
        if lem in self.lex.particles:
            for t in self.toks[i + 1 : self._clause_end(i)]:
                if t.low in self.lex.particles[lem]:
                    return self.lex.particles[lem][t.low]
            return None
        return lem if lem in self.lex.words.verbs else None

    def _verb_frame(self, i: int, lem: str) -> Frame:
        toks, lex = self.toks, self.lex
        cue = self._cue(i, i + 1, lem)
        start, end = self._clause_start(i), self._clause_end(i)
        subjectless = lem in lex.subjectless or toks[i].low.endswith(lex.impersonal or ("\0",))
        if lem in lex.places and subjectless:
            for n in [*range(i + 1, end), *range(start, i)]:
                if toks[n].low in lex.places[lem]:
                    return self._after(cue, n + 1)
        before = [n for n in range(start, i) if toks[n].word]
        opens = not before and (start == 0 or toks[start - 1].text in OPENERS)
        if (
            self.lang == "de"
            and len(before) == 1
            and word_class(toks[before[0]], lex, self.lang) != "pron"
        ):
            opens = opens or toks[before[0]].low in lex.words.determiners or not toks[before[0]].cap
            opens = (
                opens or word_class(toks[i + 1], lex, self.lang) in ("pron", "role")
                if i + 1 < end
                else opens
            )
        if not opens and before:
            lo = self._trim(start, i)
            if lo < i:
                if toks[lo].low in lex.words.singular and lo == i - 1:
                    return self._pronoun(cue, toks[lo])
                frame = self._source(cue, lo, self._before_preposition(lo, i))
                if frame[1] is not None:  # else "Im Gebiet X meldete die Armee": after it
                    return frame
        frame = self._after(cue, i + 1)
        dropped = lex.dropped and toks[i].low.endswith(lex.dropped)
        if frame[1] is None and dropped and (opens or not before):  # not "Polska przekazała"
            return self._pronoun(cue, toks[i])  # "– zapowiedział": the last one named
        return frame

    def _trim(self, lo: int, hi: int) -> int:
        """The start of the subject in words ``lo:hi``: leading prepositions and times dropped."""
        toks, lex = self.toks, self.lex
        while lo < hi:
            t = toks[lo]
            if t.low in lex.prepositions:
                lo += 2
            elif self._skipped(t) or (word_class(t, lex, self.lang) == "other" and lo + 1 < hi):
                lo += 1
            else:
                break
        return min(lo, hi)

    def _before_preposition(self, lo: int, hi: int) -> int:
        """Where a subject before its verb ends: at a preposition after a noun of it.

        "Міністр оборони США в інтерв'ю заявив": the interview is no part of the name.
        """
        seen = False
        for n in range(lo, hi):
            if seen and self.toks[n].low in self.lex.prepositions:
                return n
            seen = seen or word_class(self.toks[n], self.lex, self.lang) != "other"
        return hi

    def _skipped(self, t: Tok) -> bool:
        """Whether ``t`` is a mark, a word of a time or a determiner (never a subject)."""
        return not t.word or t.low in self.lex.words.times or t.low in self.lex.words.determiners

    def _after(self, cue: Cue, j: int) -> Frame:
        """The frame whose source is the phrase from word ``j`` on."""
        toks, lex = self.toks, self.lex
        end = self._clause_end(j - 1) if j else len(toks)
        n = j
        while n < end:  # times, prepositions with their noun, people told: passed over
            low = toks[n].low
            if low in lex.words.times or low in lex.addressees or low == "es":
                n += 1
            elif low in lex.prepositions and n + 1 < end:
                n += 2
            else:
                break
        if n < end and toks[n].low in lex.words.singular | lex.words.plural:
            return self._pronoun(cue, toks[n])
        return self._source(cue, n, self._phrase_end(n, end))

    def _phrase_end(self, n: int, end: int) -> int:
        """Where the noun phrase from word ``n`` ends (before ``end``)."""
        toks, lex = self.toks, self.lex
        seen_name = seen_noun = False
        m = n
        while m < end:
            t = toks[m]
            cls = word_class(t, lex, self.lang)
            name_ahead = any(word_class(x, lex, self.lang) == "name" for x in toks[m + 1 : end])
            if t.low in lex.prepositions and (seen_noun or not name_ahead):
                break  # "один з лідерів опозиції Ніка Меліа": before any noun, kept
            if t.low in lex.words.times or (seen_name and m in self.places):
                break  # "Według prezydent Salome Zurabiszwili | Rosja okupuje …"
            if (
                t.low in lex.words.determiners
                and m > n
                and (seen_name or t.low not in lex.words.genitive)
            ):
                break
            if (
                cls == "other"
                and t.low not in lex.words.determiners
                and t.low not in lex.prepositions
            ):
                joiner = t.low in ("i", "und", "та", "і", "й") and m + 1 < end and toks[m + 1].cap
                if seen_name and not joiner:
                    break
                if self.lang == "de" and seen_noun:
                    break
            if cls == "name":
                seen_name = True
            if cls != "other":
                seen_noun = True
            if cls in ("anonymous", "document") and not (m + 1 < end and toks[m + 1].cap):
                m += 1
                break  # "Według raportu najbardziej …"; "z raportu Instytutu …" goes on
            m += 1
        return m

    def _source(self, cue: Cue, lo: int, hi: int) -> Frame:
        record = None
        if lo < hi:
            record = speaker(self.toks, lo, hi, cue, self.text, self.lex, self.lang, self.places)
        return cue, record, None

    def _pronoun(self, cue: Cue, tok: Tok) -> Frame:
        """A frame whose source is the person (or body) named last before ``tok``."""
        word = Word(tok.text, tok.low, "PRON", "nsubj", 0, tok.start, tok.end)
        record = self.owner._antecedent(word, cue, self.k)
        pronoun = self.owner.doc.char_span(tok.start, tok.end, alignment_mode="expand")
        if tok.low not in self.lex.words.singular:
            pronoun = None  # a verb whose subject is left out
        return cue, record, pronoun
