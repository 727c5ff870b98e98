"""Places a headline in sentence case or title case names, for :mod:`geomap.nlp.recognizer`.

"Floods swamp X as storm lingers", "Earthquake Jolts X": the small model reads a
headline badly, tagging the place a person or an organisation, or nothing at all, and
the headline is now every article's first line. On a headline line
(:func:`~geomap.nlp.headline_case.headline_lines`), one to :data:`MAX_NAME_WORDS`
capitalised words not yet found are a place (:func:`headline_places`) when

* a headline verb of impact, arrival or action (:data:`HEADLINE_VERBS`, in any of
  its forms: "hit", "swamps", "Batters", "Nears"; the tagger cannot be trusted on a
  headline) or a preposition of place ("in", "near") comes right before them;
* they are a well-known place's own name or alias: a country, an admin-1 unit, a
  region, a water body, a landform or a city of 100,000 people or more;
* nothing in the article makes them a person's name: they are no word of a
  multi-word PERSON entity ("Denzel Washington"), they follow no title ("Mr"), and
  they are nowhere the subject of a verb of saying ("Manning told");
* the article's body supports that place: a place found outside the headline lines,
  or a demonym ("Dutch"), lies in the same country.

No name list: the headline's verbs, the gazetteer and the article's body decide.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.nlp.headline_case import headline_lines
from geomap.nlp.modifiers import CONTEXT_PREPOSITIONS
from geomap.nlp.name_shapes import lookup_demonym
from geomap.nlp.sentences import TITLES
from geomap.nlp.vocab import BIG_CITY, DEMONYM_LABELS, SPEECH_LEMMAS

#: Most words of one name read in a headline.
MAX_NAME_WORDS = 3
#: Kinds of place a headline's verb or preposition makes a place whatever their size.
KNOWN_TYPES = frozenset({"country", "admin1", "region", "continent", "water", "landform"})
#: Verbs whose object in a headline is most often a place: impact, weather, arrival,
#: attack ("Storm batters X", "Quake jolts X", "Troops enter X", "Leader visits X").
HEADLINE_VERBS = frozenset(
    """
    hit strike rock jolt shake rattle swamp flood drench soak inundate lash batter pound
    slam grip sweep engulf scorch bake blanket ravage devastate flatten cripple paralyse
    paralyze idle shut near reach enter visit tour leave seize capture retake shell bomb
    raid storm besiege encircle evacuate threaten menace
    """.split()  # noqa: SIM905
)
#: How a name matches a well-known place: its own name, a curated alias, its English name.
OWN_MATCHES = frozenset({"name", "alias", "exonym"})
#: Labels of a model's entity that makes a place's name a word of another name.
NAME_LABELS = frozenset({"PERSON", "ORG"})
#: Irregular past forms of the verbs above.
_IRREGULAR = frozenset({"struck", "shook", "swept", "left", "shaken", "stricken"})


def headline_verb(word: str) -> bool:
    """Whether ``word`` is a form of a :data:`HEADLINE_VERBS` verb ("Batters", "swamps").

    >>> headline_verb("Batters"), headline_verb("jolted"), headline_verb("Floods")
    (True, True, True)
    >>> headline_verb("Mayor")
    False
    """
    low = word.lower()
    if low in HEADLINE_VERBS or low in _IRREGULAR:
        return True
    stems = {low[:-1], low[:-2], low[:-3]} if len(low) > 4 else {low[:-1]}
    stems |= {low[:-3] + "y"} if low.endswith("ies") else set()
    return any(s in HEADLINE_VERBS for s in stems if s) and low.endswith(("s", "d", "ng"))


def _known(gazetteer: Any, text: str) -> list[Any]:
    """The well-known places ``text`` is the own name, alias or English name of."""
    return [
        c.place
        for c in gazetteer.candidates(text)
        if c.match in OWN_MATCHES
        and (
            c.place.feature_type in KNOWN_TYPES
            or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
        )
    ]


def _title(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in TITLES


def person_words(doc: Doc, headline: set[int]) -> frozenset[str]:
    """Words of people's names: of the multi-word PERSON entities of the article.

    In a headline, every word of one but its last: the small model's "Floods Swamp X"
    is no person, "X Bloom" is.
    """
    out: set[str] = set()
    for ent in doc.ents:
        words = [t.text for t in ent if not t.is_space]
        if ent.label_ != "PERSON" or len(words) < 2:
            continue
        out.update(words[:-1] if ent.start in headline else words)
    return frozenset(out)


def person_named(doc: Doc, text: str, people: frozenset[str]) -> bool:
    """Whether the article makes ``text`` (one word) a person's name (module docstring)."""
    if text in people:
        return True
    for tok in doc:
        if tok.text != text:
            continue
        if tok.i > 0 and _title(doc[tok.i - 1]):
            return True
        if tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_LEMMAS:
            return True
    return False


def body_countries(doc: Doc, found: Sequence[Span], headline: set[int], gazetteer: Any) -> set[str]:
    """The countries of the places and demonyms found outside the headline lines."""
    out: set[str] = set()
    inside = {i for e in doc.ents if e.label_ in NAME_LABELS for i in range(e.start, e.end)}
    for span in found:
        if span.start in headline or (span.start in inside and not _whole_entity(span)):
            continue  # "Joaquin X", "X Hilton": a name's word supports no place
        cands = gazetteer.candidates(span.text)
        if cands and cands[0].place.country_code:
            out.add(cands[0].place.country_code)
    for ent in doc.ents:
        if ent.label_ in DEMONYM_LABELS and ent.start not in headline:
            place = lookup_demonym(gazetteer, ent.text)
            if place is not None and place.country_code:
                out.add(place.country_code)
    return out


def _whole_entity(span: Span) -> bool:
    """Whether ``span`` is a whole entity of the model's (or none's part)."""
    ents = [e for e in span.doc.ents if e.start <= span.start < e.end]
    return not ents or (ents[0].start == span.start and ents[0].end <= span.end + 1)


def _runs(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ``(i, j)`` token ranges of capitalised words after a headline verb or preposition."""
    for i in range(start + 1, end):
        before = doc[i - 1]
        if not doc[i].text[:1].isupper() or not doc[i].is_alpha:
            continue
        if before.lower_ in CONTEXT_PREPOSITIONS or headline_verb(before.text):
            for j in range(min(end, i + MAX_NAME_WORDS), i, -1):
                if all(t.text[:1].isupper() for t in doc[i:j]):
                    yield i, j


def headline_places(doc: Doc, found: Sequence[Span], gazetteer: Any) -> list[Span]:
    """The places a headline line names (module docstring), label ``GAZ``."""
    if doc.lang_ != "en":
        return []
    lines = headline_lines(doc)
    if not lines:
        return []
    headline = {i for start, end in lines for i in range(start, end)}
    taken = {i for s in found for i in range(s.start, s.end)}
    people = person_words(doc, headline)
    countries: set[str] | None = None
    out: list[Span] = []
    for start, end in lines:
        done = -1
        for i, j in _runs(doc, start, end):
            if i <= done or any(k in taken for k in range(i, j)):
                continue
            places = _known(gazetteer, doc[i:j].text)
            if not places or any(person_named(doc, t.text, people) for t in doc[i:j]):
                continue
            if countries is None:
                countries = body_countries(doc, found, headline, gazetteer)
            if any(p.country_code in countries for p in places):
                out.append(Span(doc, i, j, label="GAZ"))
                done = j - 1
    return out


def without_headline_names(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without a place opening a headline as the first word of a longer name.

    "X Hilton launches perfume line", "X, Y Win Acting Awards": the place's name opens a
    headline line (or a list at its start), the model tags it with the capitalised
    words after it on that line as one person or organisation, and the article's body
    names no place, and uses no demonym, of any country a well-known place of that name
    lies in.
    """
    if not spans or doc.lang_ != "en":
        return list(spans)
    lines = headline_lines(doc)
    if not lines:
        return list(spans)
    headline = {i for start, end in lines for i in range(start, end)}
    starts = {s for s, _ in lines}
    longer = {  # an entity run over the line's end into the body is no longer name
        ent.start: ent.end
        for ent in doc.ents
        if ent.label_ in NAME_LABELS and ent.start in headline and ent.end - 1 in headline
    }
    countries: set[str] | None = None
    out: list[Span] = []
    for span in spans:
        opening = span.start in starts or (
            span.start - 2 in starts and doc[span.start - 1].text == ","
        )
        if opening and longer.get(span.start, 0) > span.end:
            if countries is None:
                countries = body_countries(doc, spans, headline, gazetteer)
            if not {p.country_code for p in _known(gazetteer, span.text)} & countries:
                continue
        out.append(span)
    return out
