"""Toponym recognition: the model's entities plus gazetteer rules.

``geomap_toponyms`` fills ``doc.spans["toponyms"]`` from

1. the statistical NER's GPE, LOC and FAC entities, trimmed to the place they
   name ("the United Kingdom's Foreign Office" -> "United Kingdom");
2. ORG, PRODUCT and NORP entities only where the gazetteer corroborates the
   whole name (the small English model labels "Crimea" ORG and one
   "Kaliningrad" PRODUCT); demonyms ("Russian") only with ``demonyms=True``;
3. a gazetteer scan of capitalised n-grams for the multi-word regions, waters
   and landforms that the model splits or misses ("the Baltic states",
   "the Black Sea").

Overlaps are settled in favour of the longest span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from geomap.nlp import registry  # noqa: F401  (registry functions used in the config)
from geomap.nlp.extensions import TOPONYMS, register_extensions
from geomap.nlp.patterns import datelines, state_abbreviations
from geomap.records import Candidate

#: Feature types a gazetteer match may have to count without the model's support.
SCAN_TYPES = frozenset({"country", "admin1", "region", "continent", "water", "landform"})
#: Feature types a one-word name may have to be found by the scan alone; one-word rivers
#: and mountains ("White", "Fox", "Orange") are too often ordinary words.
SINGLE_WORD_TYPES = frozenset({"country", "admin1", "region", "continent"})
#: Lower-case particles inside proper names ("Mocimboa da Praia", "Rio de Janeiro").
NAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "della", "di", "el", "al", "la", "le", "van", "von"}
)
#: Prepositions after which a one-word name is most likely a place.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "around", "toward",
     "towards", "inside", "throughout", "via"}
)  # fmt: skip
#: Entity labels that may hold a demonym ("Russian", "Canadians", "English").
DEMONYM_LABELS = frozenset({"NORP", "LANGUAGE"})
#: Longest all-capitals word taken as an acronym ("NATO"); longer ones are shouted
#: words ("CHARLESTON" in a dateline).
ACRONYM_MAX = 5
#: A one-word city name the model left untagged (a proper noun, in no person or other
#: entity) is taken by the gazetteer scan from this population up.
BIG_CITY = 100_000
#: A city corroborates an ORG/PRODUCT/NORP entity only from this population up.
CORROBORATING_POPULATION = 200_000
#: Entity labels whose tokens the gazetteer scan never enters (people, works, dates ...).
BLOCKING_LABELS = frozenset(
    {
        "PERSON",
        "WORK_OF_ART",
        "EVENT",
        "LAW",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
        "CARDINAL",
        "LANGUAGE",
    }
)
#: Generic geographic words that are also the names of some admin units or features;
#: alone, capitalised at a sentence start or in a title, they are not evidence of a place.
GENERIC_WORDS = frozenset(
    """
    north south east west northern southern eastern western central centre center capital
    northeast northwest southeast southwest north-east north-west south-east south-west
    delta plateau lakes coast coastal unity upper lower bay sea ocean gulf island islands
    mountains river lake valley highlands lowlands interior border frontier region state
    city county district province national federal middle great new grand royal
    road street avenue highway route bridge park square college university school
    hospital airport church station center centre court hall tower metro village town
    """.split()  # noqa: SIM905
)
_CONNECTORS = frozenset({"of", "and", "the", "de", "del", "la", "le", "du", "da", "-", "&", "'s"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    label: str


class ToponymRecognizer:
    """Find place mentions; see the module docstring."""

    def __init__(
        self,
        gazetteer: Any,
        ner_labels: Sequence[str],
        corroborated_labels: Sequence[str],
        scan: bool,
        demonyms: bool,
        max_tokens: int,
    ) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        self.ner_labels = frozenset(ner_labels)
        self.corroborated_labels = frozenset(corroborated_labels)
        self.scan = scan
        self.demonyms = demonyms
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans["toponyms"]``."""
        found: list[Span] = []
        demonym_spans: list[Span] = []
        person_words = _person_words(doc)
        for ent in doc.ents:
            span = self._from_entity(ent, person_words)
            if span is not None:
                found.append(span)
            elif ent.label_ in DEMONYM_LABELS and self.demonyms:
                place = lookup_demonym(self.gazetteer, ent.text)
                if place is not None:
                    dem = Span(doc, ent.start, ent.end, label=ent.label_)
                    dem._.role = "demonym"
                    dem._.hint = place
                    demonym_spans.append(dem)
        if self.scan:
            found.extend(self._scan(doc))
        found.extend(datelines(doc, self.gazetteer))
        found.extend(state_abbreviations(doc, self.gazetteer))
        spans = filter_spans([s for s in (self._trim(s) for s in found) if s is not None])
        spans = filter_spans(spans + _repeats(doc, spans, person_words, self.gazetteer))
        spans = filter_spans(spans + [d for d in demonym_spans if not _overlaps(d, spans)])
        doc.spans[TOPONYMS] = sorted(spans, key=lambda s: s.start)
        return doc

    # -- entities -------------------------------------------------------------------------
    def _from_entity(self, ent: Span, person_words: frozenset[str]) -> Span | None:
        label = ent.label_
        if label in self.ner_labels:
            sub = self._best_subspan(ent, strict=False)
            if sub is not None:
                if not sub.text[:1].isupper() and not sub.text[:1].isdigit():
                    return None
                if _is_acronym(sub.text) and not self._corroborated(sub, label):
                    return None
                if len(sub) == 1 and self._weak_word(sub[0], person_words):
                    return None
                return sub
            if _not_a_name(ent, person_words):
                return None
            return Span(ent.doc, ent.start, ent.end, label=label)
        if label in self.corroborated_labels:
            head = self._head_name(ent)
            if head is not None and self._corroborated(head, label):
                return Span(ent.doc, head.start, head.end, label=label)
        if len(ent) == 1 and self._after_locative(ent, person_words):
            return Span(ent.doc, ent.start, ent.end, label=label)
        return None

    def _after_locative(self, ent: Span, person_words: frozenset[str]) -> bool:
        """A one-word entity of any label after "in", "to", "near" ... naming a big place.

        The small model tags some cities PERSON or ORG ("Officials in Kyiv said");
        after a locative preposition, a name that is a country, an admin-1 unit or
        a city of 100,000 or more is taken as the place, unless it is part of a
        person's name elsewhere in the article.
        """
        doc = ent.doc
        if ent.start == 0 or doc[ent.start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        if ent.text in person_words or _is_acronym(ent.text):
            return False
        return any(
            c.match in {"name", "alias"}
            and (
                c.place.feature_type in {"country", "admin1"}
                or (c.place.feature_type == "city" and c.place.population >= 100_000)
            )
            for c in self.gazetteer.candidates(ent.text)
        )

    def _weak_word(self, tok: Token, person_words: frozenset[str]) -> bool:
        """Whether a one-word name is too weak to stand as a place on the model's word.

        Generic words ("North", "Road") are; so is a word that is part of a person's
        name elsewhere in the article ("Petrova" after "Elena Petrova") unless it
        names a country or admin-1 unit ("Washington" after "George Washington").
        """
        if tok.lower_ in GENERIC_WORDS:
            return True
        if tok.text not in person_words:
            return False
        return not any(
            c.match in {"name", "alias"} and c.place.feature_type in {"country", "admin1"}
            for c in self.gazetteer.candidates(tok.text)
        )

    def _head_name(self, ent: Span) -> Span | None:
        """The entity up to a possessive, without a leading determiner."""
        start, end = ent.start, ent.end
        doc = ent.doc
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        for i in range(start, end):
            if doc[i].text in _POSSESSIVE:
                end = i
                break
        return Span(doc, start, end) if end > start else None

    def _corroborated(self, span: Span, label: str) -> bool:
        """Whether the gazetteer confirms an ORG/PRODUCT/NORP entity as a place.

        An acronym ("NATO") needs a curated alias (it is not a village of that
        name). Otherwise the name must be an entry's own name: for ORG and NORP
        an entry that stands alone in news (country, admin-1 unit, region ...:
        "Crimea" tagged ORG), never a town that shares a company's or a party's
        name ("Toyota", "Republican"), except a capital or a city of a million
        speaking as its government ("Kyiv said", tagged ORG); for PRODUCT also a
        large city ("Kaliningrad" tagged PRODUCT).
        """
        cands: list[Candidate] = self.gazetteer.candidates(span.text)
        if _is_acronym(span.text):
            return any(c.match == "alias" for c in cands)
        types = SINGLE_WORD_TYPES if label == "NORP" else SCAN_TYPES
        return any(
            c.match in {"name", "alias"}
            and (
                c.place.feature_type in types
                or (label == "PRODUCT" and c.place.population >= CORROBORATING_POPULATION)
                or (
                    label == "ORG"
                    and c.place.feature_type == "city"
                    and (c.place.feature_code == "PPLC" or c.place.population >= 1_000_000)
                )
            )
            for c in cands
        )

    def _best_subspan(self, ent: Span, *, strict: bool) -> Span | None:
        """The longest (then earliest) run of the entity's tokens that the gazetteer knows."""
        doc = ent.doc
        tokens = range(ent.start, ent.end)
        n = len(tokens)
        for length in range(min(n, self.max_tokens), 0, -1):
            for i in range(ent.start, ent.end - length + 1):
                sub = doc[i : i + length]
                if sub[0].is_punct or sub[-1].is_punct or sub[0].text in _POSSESSIVE:
                    continue
                if sub[0].lower_ in {"the", "a", "an"}:
                    continue
                cands = self.gazetteer.candidates(sub.text)
                if not cands:
                    continue
                if strict and not any(c.match in {"name", "alias"} for c in cands):
                    continue
                return Span(doc, sub.start, sub.end, label=ent.label_)
        return None

    # -- gazetteer scan -------------------------------------------------------------------
    def _scan(self, doc: Doc) -> Iterable[Span]:
        blocked = _blocked_tokens(doc)
        i = 0
        while i < len(doc):
            tok = doc[i]
            if i in blocked or not _can_start(tok):
                i += 1
                continue
            match = self._longest_match(doc, i, blocked)
            if match is None:
                i += 1
                continue
            yield match
            i = match.end

    def _longest_match(self, doc: Doc, i: int, blocked: set[int]) -> Span | None:
        sent_end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
        limit = min(len(doc), i + self.max_tokens, sent_end)
        end = i + 1
        while end < limit and end not in blocked and _can_continue(doc[end]):
            end += 1
        for j in range(end, i, -1):
            span = doc[i:j]
            if span[-1].lower_ in _CONNECTORS or span[-1].is_punct:
                continue
            if self._acceptable(span) and not _inside_longer_name(span):
                return Span(doc, i, j, label="GAZ")
        return None

    def _acceptable(self, span: Span) -> bool:
        cands: list[Candidate] = self.gazetteer.candidates(span.text)
        good = [c for c in cands if c.match in {"name", "alias"}]
        if not good:
            return False
        if _is_acronym(span.text):
            return any(c.match == "alias" for c in good)
        if len(span) == 1 or (len(span) == 2 and span[0].lower_ == "the"):
            tok = span[-1]
            if tok.lower_ in GENERIC_WORDS or tok.pos_ not in {"PROPN", ""}:
                return False
            return any(
                c.place.feature_type in SINGLE_WORD_TYPES
                or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
                for c in good
            )
        return any(c.place.feature_type in SCAN_TYPES for c in good) or (
            span[-1].is_title and any(c.place.population >= 100_000 for c in good)
        )

    # -- trimming -------------------------------------------------------------------------
    @staticmethod
    def _trim(span: Span) -> Span | None:
        doc = span.doc
        start, end = span.start, span.end
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        if end <= start:
            return None
        return Span(doc, start, end, label=span.label_)


def lookup_demonym(gazetteer: Any, text: str) -> Any:
    """The place a demonym refers to, also for plurals ("Canadians", "Saudis"), or ``None``."""
    place = gazetteer.demonym(text)
    if place is None and len(text) > 3 and text.endswith("s"):
        place = gazetteer.demonym(text[:-1])
        if place is None and text.endswith("es"):
            place = gazetteer.demonym(text[:-2])
    return place


def _is_acronym(text: str) -> bool:
    """Whether a name is an acronym ("AI", "MoD", "NATO"), not a word."""
    letters = text.replace(".", "").replace(" ", "")
    if len(letters) < 2 or len(letters) > ACRONYM_MAX or not letters.isalpha():
        return False
    uppers = sum(ch.isupper() for ch in letters)
    return letters.isupper() or (uppers >= 2 and uppers * 2 >= len(letters))


def _not_a_name(ent: Span, person_words: frozenset[str]) -> bool:
    """Whether an entity without any gazetteer entry is unlikely to be a place name.

    True for acronyms ("AI", "MoD"), lower-case text ("on", "north west"), single
    common or generic words ("However", "West") and single words that are part of a
    person's name elsewhere in the article ("Buhari" after "Muhammadu Buhari").
    """
    if _is_acronym(ent.text) or not ent.text[:1].isupper():
        return True
    if len(ent) == 1:
        tok = ent[0]
        return tok.is_stop or tok.lower_ in GENERIC_WORDS or tok.text in person_words
    return False


def _person_words(doc: Doc) -> frozenset[str]:
    """Words that are part of a multi-word PERSON entity somewhere in the doc."""
    return frozenset(
        tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for tok in ent
    )


def _inside_longer_name(span: Span) -> bool:
    """Whether a match continues a proper name to its left ("Mocimboa da Praia")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in NAME_PARTICLES:
        i -= 1
    return i >= 0 and i < span.start and doc[i].pos_ == "PROPN" and not doc[i].is_sent_start


def _repeats(
    doc: Doc, spans: Sequence[Span], person_words: frozenset[str], gazetteer: Any
) -> list[Span]:
    """Other occurrences of names already taken as places, which the model mislabelled.

    "Odesa" found once as GPE is a place wherever else the article names it, even
    where the model tagged it PERSON or ORG; words of multi-word person names are not
    carried over, nor names the gazetteer does not know as a name or alias.
    """
    names = {
        s.text
        for s in spans
        if s.label_ not in {"NORP", "LANGUAGE"}
        and s.text[:1].isupper()
        and not (len(s) == 1 and (s[0].is_stop or s[0].lower_ in GENERIC_WORDS))
        and s.text not in person_words
        and any(
            _notable(c, single=len(s) == 1, model_said=s.label_ in {"GPE", "LOC"})
            for c in gazetteer.candidates(s.text)
        )
    }
    if not names:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    lengths = {len(s) for s in spans if s.text in names}
    out: list[Span] = []
    for n in sorted(lengths):
        for i in range(len(doc) - n + 1):
            if i in taken or doc[i : i + n].text not in names:
                continue
            if any(j in taken for j in range(i, i + n)):
                continue
            out.append(Span(doc, i, i + n, label="REPEAT"))
    return out


def _notable(cand: Candidate, *, single: bool, model_said: bool) -> bool:
    """A name match that can stand for a place on its own.

    One word must name a country, admin-1 unit, region or city of 100,000 or more,
    or a town of 1,000 or more that the model itself tagged as a place once.
    """
    if cand.match not in {"name", "alias"}:
        return False
    if not single:
        return True
    p = cand.place
    big = p.feature_type in SINGLE_WORD_TYPES or (
        p.feature_type == "city" and p.population >= 100_000
    )
    return big or (model_said and p.feature_type == "city" and p.population >= 1_000)


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _blocked_tokens(doc: Doc) -> set[int]:
    blocked: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS:
            blocked.update(range(ent.start, ent.end))
    return blocked


def _can_start(tok: Token) -> bool:
    text = tok.text
    return text[:1].isupper() and text[:1].isalpha() and tok.pos_ not in {"PRON", "DET", "VERB"}


def _can_continue(tok: Token) -> bool:
    if tok.is_space or tok.is_sent_start:
        return False
    if tok.is_punct:
        return tok.text in {"-", "'", "’", "&", "."}
    return True


@Language.factory(
    "geomap_toponyms",
    default_config={
        "gazetteer": {"@misc": "geomap.gazetteer.v1", "path": None},
        "ner_labels": ["GPE", "LOC", "FAC"],
        "corroborated_labels": ["ORG", "PRODUCT", "NORP"],
        "scan": True,
        "demonyms": False,
        "max_tokens": 6,
    },
)
def make_toponym_recognizer(
    nlp: Language,
    name: str,
    gazetteer: Any,
    ner_labels: list[str],
    corroborated_labels: list[str],
    scan: bool,
    demonyms: bool,
    max_tokens: int,
) -> ToponymRecognizer:
    """Create the ``geomap_toponyms`` component."""
    return ToponymRecognizer(gazetteer, ner_labels, corroborated_labels, scan, demonyms, max_tokens)
