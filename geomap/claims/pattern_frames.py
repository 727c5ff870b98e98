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
from geomap.claims.local_syntax import Word
from geomap.claims.pattern_lexicon import PatternWords
from geomap.claims.pattern_phrases import nominative, tokens
from geomap.claims.pattern_sentences import SentenceReader
from geomap.records import Speaker


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
