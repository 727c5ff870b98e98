"""One German, Polish or Ukrainian sentence's cues and sources, read by word order.

The reader :class:`geomap.claims.pattern_frames.PatternSources` runs on each sentence
(split from ``pattern_frames``; the rules are described there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.claims.local_frames import Frame
from geomap.claims.local_sources import Cue
from geomap.claims.local_syntax import Word
from geomap.claims.pattern_offices import apposed, titled, titled_before
from geomap.claims.pattern_phrases import Tok, lemma, speaker, word_class

if TYPE_CHECKING:
    from geomap.claims.pattern_frames import PatternSources

#: Marks that end a clause.
MARKS = frozenset(',;:–—()„“”«»"')
#: Marks after which a verb opening its clause has its subject after it.
OPENERS = frozenset(',„“”«»"–—-')


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
                if self._subject_first(before[0]):
                    return frame  # "Ruanda bestreitet jede Beteiligung": the object is no one
        frame = self._after(cue, i + 1)
        dropped = lex.dropped and toks[i].low.endswith(lex.dropped)
        if frame[1] is None and dropped and (opens or not before):  # not "Polska przekazała"
            return self._pronoun(cue, toks[i])  # "– zapowiedział": the last one named
        return frame

    def _subject_first(self, n: int) -> bool:
        """Whether German word ``n``, first of its clause before the verb, opens its subject.

        A German verb stands second: a noun before it (no preposition, time or adverb)
        is its subject, and the phrase after the verb its object.
        """
        t = self.toks[n]
        lex = self.lex
        return (
            self.lang == "de"
            and t.cap
            and t.low not in lex.prepositions
            and t.low not in lex.words.times
            and word_class(t, lex, self.lang) != "other"
        )

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
            elif self._of(cue, n):
                n += 1
                break
            elif low in lex.prepositions and n + 1 < end:
                n += 2
            else:
                break
        if n < end and toks[n].low in lex.words.singular | lex.words.plural:
            return self._pronoun(cue, toks[n])
        frame = self._source(cue, n, self._phrase_end(n, end))
        frame = apposed(self, frame, n, end)
        definite = self.lang == "de" and toks[n].low in ("der", "die", "das")
        if frame[1] is None and definite and n + 1 < end and toks[n + 1].cap:
            return cue, titled_before(self, cue, toks[n + 1].text), None  # "sagte der Politiker"
        return frame

    def _of(self, cue: Cue, n: int) -> bool:
        """Whether word ``n`` is "von" right after "nach Angaben" ("nach Angaben von Zeugen")."""
        return (
            self.lang == "de"
            and cue.lemma in self.lex.opening
            and self.toks[n].low == "von"
            and self.toks[n].start - cue.end <= 1
        )

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
        return self._clause_left(n, m)

    def _clause_left(self, n: int, m: int) -> int:
        """Where a phrase ``n:m`` ends once a clause run on after a person is left out.

        "Według ekspertów wyspa ma kluczowe znaczenie": three or more lower-case words
        after a role or an unnamed source, with no name among them, are the sentence
        going on, not the source's description.
        """
        toks, lex = self.toks, self.lex
        classes = [word_class(toks[k], lex, self.lang) for k in range(n, m)]
        heads = [k for k, c in enumerate(classes) if c != "other"]
        if not heads or classes[heads[-1]] not in ("role", "anonymous"):
            return m
        tail = toks[n + heads[-1] + 1 : m]
        if len(tail) >= 3 and all(t.word and not t.cap for t in tail):
            return n + heads[-1] + 1
        return m

    def _source(self, cue: Cue, lo: int, hi: int) -> Frame:
        record = None
        if lo < hi:
            record = speaker(self.toks, lo, hi, cue, self.text, self.lex, self.lang, self.places)
        if record is not None and record.kind == "anonymous" and record.name.islower():
            holder = titled(self, record.name, cue)
            if holder is not None:  # "– powiedział minister": the minister named before
                return cue, holder, None
        return cue, record, None

    def _pronoun(self, cue: Cue, tok: Tok) -> Frame:
        """A frame whose source is the person (or body) named last before ``tok``."""
        word = Word(tok.text, tok.low, "PRON", "nsubj", 0, tok.start, tok.end)
        record = self.owner._antecedent(word, cue, self.k)
        pronoun = self.owner.doc.char_span(tok.start, tok.end, alignment_mode="expand")
        if tok.low not in self.lex.words.singular:
            pronoun = None  # a verb whose subject is left out
        return cue, record, pronoun
