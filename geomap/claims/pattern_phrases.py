"""A source's noun phrase in a German, Polish or Ukrainian sentence, read without a parser.

:mod:`geomap.claims.pattern_frames` finds where a sentence names a source (before
or after a verb of saying, after "laut"/"według"/"за словами", before
"zufolge"); here the words there are classed by their lemma (simplemma), the
lexicon (:mod:`geomap.claims.pattern_lexicon`) and capitals, and made a
:class:`~geomap.records.Speaker`: a run of capitalised words that are no title nor
body is a person's name and the words before it its role ("Außenministerin
Annalena Baerbock", "rzecznik pomorskiej straży pożarnej Krzysztof Batorski"); a
phrase headed by a body, a document or an unnamed source is that source ("Das
Innenministerium", "ministerstwo energetyki", "прикордонної поліції"); a
spokesperson's body is the source and the spokesperson the role ("ein Sprecher des
Netzbetreibers Ukrenergo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geomap.claims.local_sources import Cue
from geomap.claims.pattern_lexicon import PatternWords
from geomap.records import Speaker

#: A word (letters, digits, apostrophes and inner hyphens) or one mark.
TOKEN = re.compile(r"[^\W_][\w'’]*(?:-[\w'’]+)*|[^\w\s]")
#: Words that join two capitalised words of one name ("Instytut Meteorologii i Gospodarki").
JOINERS = frozenset({"i", "und", "та", "і", "й"})
#: Name runs longer than this keep their last two words ("Rzecznik Kremla | Dmitrij Pieskow").
LONGEST_NAME = 2


@dataclass(frozen=True)
class Tok:
    """One word or mark of a sentence, with its offsets in the doc."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The word in lower case."""
        return self.text.lower()

    @property
    def cap(self) -> bool:
        """Whether the word opens with a capital letter."""
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        """Whether it is a word (not a mark)."""
        return self.text[:1].isalnum()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The words and marks of ``text[start:end]``."""
    return [Tok(m[0], m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """``word``'s lemma (simplemma; lower case in, as simplemma gives it out)."""
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)) if word else word


def word_class(tok: Tok, lex: PatternWords, lang: str) -> str:
    """``"role"``, ``"pron"``, a source kind (``"government"`` ...), ``"name"`` or ``"other"``."""
    w = lex.words
    low = tok.low
    lem = lemma(low, lang).lower()
    if low in w.singular or low in w.plural:
        return "pron"
    if low in w.offices or lem in w.offices or low in w.spokes or lem in w.spokes:
        return "role"
    if lex.roles.match(low):
        return "role"
    for kind, nouns in (
        ("government", w.government),
        ("organisation", w.organisation),
        ("document", w.document),
        ("anonymous", w.anonymous),
    ):
        if low in nouns or lem in nouns:
            return kind
    for stem, kind in lex.stems:
        if kind != "person" and (
            low.startswith(stem) or any(low.endswith(stem + e) for e in _ENDINGS)
        ):
            return kind
    if tok.text.isupper() and len(tok.text) > 1:
        return "organisation"  # an acronym ("BNS"); the known ones are in the lists
    return "name" if tok.cap and tok.word else "other"


def _noun_class(toks: list[Tok], n: int, lex: PatternWords, lang: str) -> str:
    """As :func:`word_class`, with a capitalised noun after a determiner ``"noun"``, no name.

    German capitalises every noun: "jede Beteiligung", "eine direkte Verbindung" are
    common nouns (an object, not a speaker), told by the determiner before them with
    only lower-case words (adjectives) between.
    """
    cls = word_class(toks[n], lex, lang)
    if cls != "name" or not lex.words.determiners:
        return cls
    m = n - 1
    while m >= 0 and toks[m].word and not toks[m].cap and toks[m].low not in lex.words.determiners:
        m -= 1
    return "noun" if m >= 0 and toks[m].low in lex.words.determiners else cls


#: Case endings after a German compound's last noun ("Landesumweltamtes").
_ENDINGS = ("", "s", "es", "en", "e", "n")
SOURCE_KINDS = ("government", "organisation", "document", "anonymous")


def speaker(
    toks: list[Tok],
    lo: int,
    hi: int,
    cue: Cue,
    text: str,
    lex: PatternWords,
    lang: str,
    places: frozenset[int] = frozenset(),
) -> Speaker | None:
    """The speaker named by ``toks[lo:hi]`` (``text``: the doc's), or ``None``.

    Words in ``places`` (indices of words inside place mentions) are no name: "Polska
    przekazała pomoc" has no speaker, "prezydent Salome Zurabiszwili Rosja" ends before
    "Rosja".
    """
    words = [
        (n, "place" if n in places else _noun_class(toks, n, lex, lang))
        for n in range(lo, hi)
        if toks[n].word and toks[n].low not in lex.words.determiners
    ]
    if all(c in ("place", "other", "noun") for _, c in words):
        nouns = [n for n, c in words if c == "noun"]
        if nouns and cue.lemma in lex.opening | lex.closing:  # "laut des Welternährungsprogramms"
            return _record(toks, nouns[0], nouns[-1], cue, text, "organisation", "", lang)
        return None
    classes = [c for _, c in words]
    spoke = next((i for i, (n, _) in enumerate(words) if toks[n].low in lex.words.spokes), None)
    rest = words[spoke + 1 :] if spoke is not None else []
    run = _last_run(toks, rest) if rest else None
    named = run is not None and run[0] != run[1]  # a person's two-word name after the body
    if rest and any(c in SOURCE_KINDS for _, c in rest) and not named:
        # "ein Sprecher des Netzbetreibers Ukrenergo": the body speaks
        kind = next((c for _, c in rest if c in SOURCE_KINDS), "organisation")
        role = toks[words[spoke or 0][0]].text
        return _record(toks, rest[0][0], rest[-1][0], cue, text, kind, role, lang)
    names = _last_run(toks, words)
    body = next((c for c in classes if c in SOURCE_KINDS), None)
    if names and (body is None or "role" in classes[: classes.index(body) + 1]):
        first, last = names
        role = " ".join(toks[n].text for n, _ in words if n < first)
        return _record(toks, first, last, cue, text, "person", role, lang)
    if body is not None:
        return _record(toks, words[0][0], words[-1][0], cue, text, body, "", lang)
    if "role" in classes:  # an office without a name ("за словами президента")
        return _record(toks, words[0][0], words[-1][0], cue, text, "anonymous", "", lang)
    return None


def _last_run(toks: list[Tok], words: list[tuple[int, str]]) -> tuple[int, int] | None:
    """The first and last index of the last run of name words (joiners allowed inside)."""
    run: list[int] = []
    best: list[int] = []
    for i, (n, c) in enumerate(words):
        joined = toks[n].low in JOINERS and run and i + 1 < len(words) and words[i + 1][1] == "name"
        if c == "name" or joined:
            run.append(n)
        else:
            best, run = (run or best), []
    best = run or best
    if not best:
        return None
    if len(best) > LONGEST_NAME:
        best = best[-LONGEST_NAME:]
    return best[0], best[-1]


def _record(
    toks: list[Tok],
    first: int,
    last: int,
    cue: Cue,
    text: str,
    kind: str,
    role: str,
    lang: str = "",
) -> Speaker:
    start, end = toks[first].start, toks[last].end
    name = text[start:end]
    if kind in ("government", "organisation") and first == last:
        name = body_name(name, lang)
    return Speaker(
        name, start, end, role=role, kind=kind, verb=cue.text, lemma=cue.lemma,
        verb_start=cue.start, verb_end=cue.end, phrase=text[toks[first].start : end],
    )  # fmt: skip


#: Endings of a name's oblique cases whose lemma simplemma may be trusted with
#: ("Zełenskiego", "Зеленського"); others ("Zurabiszwili") stay as written.
OBLIQUE = {
    "pl": ("ego", "owi", "em", "a", "y", "u"),
    "uk": ("ого", "ові", "ом", "а", "у", "я", "ю"),
    "de": (),
}


#: Endings of a German body's genitive ("des Welternährungsprogramms", "des Bundestags").
_GERMAN_GENITIVE = ("s", "es")


def body_name(word: str, lang: str) -> str:
    """A one-word body's name in its lemma's form when written in a case ("Kremla": "Kreml").

    Only where the lemma stays a name (capitalised) and the word is the lemma with an
    ending; German only for a genitive "-s"/"-es".
    """
    lem = lemma(word, lang)
    if lem == word or not lem[:1].isupper() or not word.startswith(lem[: max(2, len(lem) - 2)]):
        return word
    if lang == "de" and not word.endswith(_GERMAN_GENITIVE):
        return word
    return lem if len(word) - len(lem) <= 2 else word


def nominative(name: str, lang: str) -> str:
    """A person's name with each word in its lemma where that stays a name ("Zełenskiego")."""
    out = []
    for word in name.split():
        lem = lemma(word, lang)
        oblique = word.lower().endswith(OBLIQUE.get(lang, ())) and lem != word
        same = lem[:1].isupper() and word.startswith(lem[: max(2, len(lem) - 2)])
        out.append(lem if oblique and same else word)
    return " ".join(out)
