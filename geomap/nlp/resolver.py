"""Toponym resolution: pick one gazetteer entry per mention using the whole article.

``geomap_resolver`` reads ``doc.spans["toponyms"]`` and sets ``span._.place``,
``span._.candidates`` and ``span._.confidence``. Mentions with the same name
in one article get the same place (one sense per discourse). Scoring runs in
rounds: first on each name's own evidence (feature type, population, name
match, "Paris, Texas", "the Kaliningrad region"), then again with the
countries, admin-1 units and points the other names of the article resolved
to. A name known only as other places' alternate names or small towns, picked far from all the
article's other places and outside their countries, is left unresolved
(:func:`geomap.nlp.coherence.stray_picks`). A name with no candidate (a
street, a building, a neighbourhood the gazetteer lacks) is placed at the article's
focus, the city or county its other names point to most often, with
``span._.located_by == "focus"``; with ``focus=False``, or in an article with no
such place, it keeps ``place = None``.
It never affects the other names. The confidence set on a span is calibrated
(:mod:`geomap.nlp.confidence`): about that share of such mentions lie within
161 km of the place meant.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES, lemma_key
from geomap.nlp import registry  # noqa: F401  (registry functions used in the config)
from geomap.nlp.coherence import stray_picks, support
from geomap.nlp.confidence import Calibration
from geomap.nlp.local_context import admin_before, local_candidates, reading
from geomap.nlp.local_kinds import natural_only, no_town, over_namesakes
from geomap.nlp.name_kinds import (
    feature_with_the,
    kind_word,
    modifies,
    names_a_settlement,
    standalone,
    water_by_name,
)
from geomap.nlp.patterns import AP_AMBIGUOUS
from geomap.nlp.rules import is_acronym, is_facility, lookup_demonym, names_facility
from geomap.nlp.scoring import (
    ADMIN_PLURALS,
    ADMIN_WORDS,
    Context,
    MentionEvidence,
    features,
    score,
    softmax_top,
)
from geomap.nlp.vocab import GENERIC_WORDS, LIST_GLUE
from geomap.records import Candidate, Place

_Group = list[Span]


@dataclass(frozen=True)
class Trace:
    """One resolved name: where it occurs, its candidates and their features."""

    article_id: str
    offsets: tuple[tuple[int, int], ...]
    candidates: tuple[Place, ...]
    features: tuple[dict[str, float], ...]


class ToponymResolver:
    """Resolve recognised toponyms against the gazetteer; see the module docstring."""

    def __init__(
        self,
        gazetteer: Any,
        weights: Mapping[str, float],
        rounds: int,
        focus: bool = True,
        calibration: Calibration | None = None,
    ) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        self.weights = weights
        #: Maps the raw confidence of each span to a calibrated one; ``None``: raw.
        self.calibration = calibration
        self.rounds = rounds
        #: Place names the gazetteer lacks at the article's focus (see the module docstring).
        self.focus = focus
        #: When a list, every resolved name's candidates and final-round features are
        #: appended to it (used to train the ranker: ``bench/train_resolver.py``).
        self.trace: list[Trace] | None = None
        self._shares: dict[tuple[str, str], float] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set ``place``, ``candidates`` and ``confidence`` on every toponym span."""
        from geomap.gazetteer import normalize_name

        spans: list[Span] = []
        for span in doc.spans.get(TOPONYMS, []):
            if isinstance(span._.hint, Place):  # fixed by the recogniser (a demonym ...)
                span._.place, span._.candidates, span._.confidence = span._.hint, [], 1.0
                span._.located_by = "name"
                if self.calibration is not None:
                    span._.confidence = round(self.calibration(1.0, "name"), 4)
            else:
                spans.append(span)
        lang = doc.lang_ if doc.lang_ in LOCAL_LANGUAGES else None
        groups = _group(spans, normalize_name if lang is None else _lemma_key(lang))

        cands = {
            key: water_by_name(feature_with_the(self._candidates(spans), spans), spans)
            for key, spans in groups.items()
        }
        shares = self._admin1_shares(c.place for options in cands.values() for c in options)
        near = support(cands)
        evidence = {key: self._evidence(key, group, cands, near) for key, group in groups.items()}
        picks: dict[str, tuple[Place, float]] = {}
        for round_ in range(self.rounds + 1):
            totals = _context(picks, groups, shares) if round_ else None
            new: dict[str, tuple[Place, float]] = {}
            for key, options in cands.items():
                if not options:
                    continue
                ctx = _without(totals, picks.get(key), len(groups[key])) if totals else None
                max_pop = max(c.place.population for c in options)
                feats = [features(c, evidence[key], ctx, max_pop) for c in options]
                scored = [score(f, self.weights) for f in feats]
                best = max(range(len(options)), key=scored.__getitem__)
                new[key] = (options[best].place, softmax_top(scored))
                if self.trace is not None and round_ == self.rounds:
                    offsets = tuple((s.start_char, s.end_char) for s in groups[key])
                    places = tuple(c.place for c in options)
                    self.trace.append(Trace(doc._.article_id, offsets, places, tuple(feats)))
            picks = new
        for key in stray_picks(picks, cands):
            del picks[key]
        focus = article_focus(picks, groups) if self.focus else None
        for key, spans in groups.items():
            place, conf = picks.get(key, (None, 0.0))
            located_by = "name" if place is not None else None
            if place is None and not cands[key] and focus is not None and _placeable(spans):
                (place, share), located_by = focus, "focus"
                conf = share * FOCUS_PRECISION
            if self.calibration is not None and place is not None:
                conf = self.calibration(conf, located_by)
            for span in spans:
                span._.place = place
                span._.confidence = round(conf, 4)
                span._.candidates = [c.place for c in cands[key]]
                span._.located_by = located_by
        return doc

    def _lookup(self, text: str, lang: str) -> list[Candidate]:
        if lang in LOCAL_LANGUAGES:
            return list(self.gazetteer.candidates(text, lang))
        return list(self.gazetteer.candidates(text))

    def _admin1_shares(self, places: Iterable[Place]) -> dict[tuple[str, str], float]:
        """Each candidate admin-1 unit's share of its country's population (cached)."""
        out: dict[tuple[str, str], float] = {}
        for p in places:
            if not (p.country_code and p.admin1_code):
                continue
            key = (p.country_code, p.admin1_code)
            if key not in self._shares:
                unit = self.gazetteer.admin1(*key)
                country = self.gazetteer.country(key[0])
                total = country.population if country is not None else 0
                share = unit.population / total if unit is not None and total > 0 else 0.0
                self._shares[key] = min(share, 1.0)
            out[key] = self._shares[key]
        return out

    def _candidates(self, spans: _Group) -> list[Candidate]:
        """Gazetteer candidates for a name, then fallbacks, never raising for an unknown name.

        A demonym ("Russian") adds its country as a candidate. A name with no
        entry falls back to the name without a trailing admin word ("Kaliningrad
        region"), then to the longest run of its words that has candidates
        ("Colorado State University" -> Colorado), marked as an alternate match.
        """
        text = spans[0].text
        lang = spans[0].doc.lang_
        if lang in LOCAL_LANGUAGES:  # French, German, Polish, Russian, Ukrainian: by lemmas
            kept = natural_only(local_candidates(self.gazetteer, spans[0]), spans)
            return over_namesakes(no_town(kept, spans), spans)
        if text in AP_AMBIGUOUS:  # "Ill.": a toponym span, so the state, not the word
            state = self.gazetteer.admin1("US", AP_AMBIGUOUS[text])
            if state is not None:
                return [Candidate(state, "alias")]
        found: list[Candidate] = list(self.gazetteer.candidates(text))
        if names_facility(text.split()):  # a square is its own entry, not another's old name
            found = [c for c in found if c.match in {"name", "alias"}]
        if is_acronym(text):  # "SA" is no village's alternate name "Sa"; "UK" is an alias
            found = [c for c in found if c.match in {"name", "alias"}]
        demonym = lookup_demonym(self.gazetteer, text)
        if demonym is not None and all(c.place.place_id != demonym.place_id for c in found):
            found.append(Candidate(demonym, "demonym"))
        if found:
            return found
        words = text.split()
        if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
            found = [
                c
                for c in self.gazetteer.candidates(" ".join(words[:-1]))
                if c.place.feature_type in {"admin1", "admin2"}
            ]
            if found:
                return found
        if names_facility(words):  # "Oxford Road" is not in Oxford
            return []
        return self._sub_candidates(words)

    def _sub_candidates(self, words: list[str]) -> list[Candidate]:
        """Candidates of the name's leading words when the whole name is unknown.

        Anywhere in the name, a country, admin-1 unit, region or continent counts
        ("University of California" -> California); a city of 100,000 or more or a
        demonym only as the leading modifier ("Tijuana River", "Russian Embassy").
        Generic words and small places give nothing ("Royal Street", "Trump Tower"):
        a wrong point on the map is worse than none.
        """
        for length in range(len(words) - 1, 0, -1):
            for i in range(len(words) - length + 1):
                sub = " ".join(words[i : i + length])
                if sub.lower() in GENERIC_WORDS or not sub[:1].isupper():
                    continue
                found = [
                    Candidate(c.place, "alternate")
                    for c in self.gazetteer.candidates(sub)
                    if c.match in {"name", "alias"} and standalone(c.place, leading=i == 0)
                ]
                demonym = lookup_demonym(self.gazetteer, sub) if i == 0 else None
                if demonym is not None:
                    found.append(Candidate(demonym, "demonym"))
                if found:
                    return found
        return []

    def _evidence(
        self,
        key: str,
        spans: _Group,
        cands: dict[str, list[Candidate]],
        near: dict[tuple[str, str], int],
    ) -> MentionEvidence:
        from geomap.gazetteer import normalize_name

        admin_hint = after_the = False
        containers: list[Place] = []
        labels: Counter[str] = Counter()
        for span in spans:
            doc = span.doc
            local = doc.lang_ in LOCAL_LANGUAGES  # these models tag every place LOC
            label, definite = reading(span) if local else (span.label_, False)
            labels[label] += 1
            after_the = after_the or definite
            words = span.text.split()
            if span.end < len(doc) and doc[span.end].lower_ in ADMIN_WORDS:
                admin_hint = True
            if local and admin_before(span[0], doc.lang_):  # "la province d'Idlib"
                admin_hint = True
            if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
                admin_hint = True
            if _listed_before_plural(span):
                admin_hint = True
            if span.start > 0 and doc[span.start - 1].lower_ == "the" and not modifies(span):
                after_the = True
            nxt = _following_toponym(span)
            if nxt is not None and isinstance(nxt._.hint, Place):
                containers.append(nxt._.hint)
            elif nxt is not None:
                nxt_key = normalize_name(nxt.text) or nxt.text.lower()
                if doc.lang_ in LOCAL_LANGUAGES:
                    nxt_key = lemma_key(nxt.text, doc.lang_) or nxt_key
                containers.extend(
                    c.place
                    for c in cands.get(nxt_key) or self._lookup(nxt.text, doc.lang_)
                    if c.place.feature_type in {"admin1", "country", "region"}
                )
        return MentionEvidence(
            support={pid: n for (k, pid), n in near.items() if k == key},
            text=spans[0].text,
            label=labels.most_common(1)[0][0],
            admin_hint=admin_hint,
            containers=tuple(containers),
            after_the=after_the,
            admin_named=any(names_a_settlement(c, spans[0].text) for c in cands.get(key, [])),
            units=frozenset(
                (c.place.country_code, c.place.admin1_code)
                for c in cands.get(key, [])
                if c.place.feature_type == "admin1" and c.place.country_code and c.place.admin1_code
            ),
        )


#: Feature types that can be an article's focus for names the gazetteer lacks.
FOCUS_TYPES = frozenset({"city", "admin2"})
#: Share of focus placements within 161 km of the gold point, measured on the dev
#: halves of GeoWebNews (111 of 162) and LGL (40 of 64); scales the focus's confidence.
FOCUS_PRECISION = 0.67


def _placeable(spans: _Group) -> bool:
    """Whether unknown names may go to the article's focus.

    Given spans (gold toponyms) always may; recognised ones only when they name a
    street or a building ("Elm Street", a FAC entity) or say their kind in a word of
    their own ("Neches River", "Lake Harriet", "Oakport Township"), not a person the
    model took for a place.
    """
    span = spans[0]
    return bool(span.doc._.given_spans) or any(
        s.label_ == "FAC" or is_facility(s) or kind_word(s) for s in spans
    )


def article_focus(
    picks: Mapping[str, tuple[Place, float]], groups: Mapping[str, _Group]
) -> tuple[Place, float] | None:
    """The city or county an article names most often, with its share of such mentions.

    Mentions count by the confidence of their resolution, so a doubtful pick does
    not become the focus by repetition. Ties go to the place named first. ``None``
    when the article names no city or county. The share (e.g. 0.6 when 3 of 5
    equally sure local mentions are of it) scales the confidence of the names
    placed there.
    """
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    places: dict[str, Place] = {}
    for key, (place, conf) in picks.items():
        if place.feature_type not in FOCUS_TYPES:
            continue
        pid = place.place_id
        counts[pid] = counts.get(pid, 0.0) + len(groups[key]) * conf
        first[pid] = min(first.get(pid, 1 << 62), min(s.start_char for s in groups[key]))
        places[pid] = place
    if not counts:
        return None
    best = min(counts, key=lambda pid: (-counts[pid], first[pid]))
    return places[best], counts[best] / sum(counts.values())


def _lemma_key(lang: str) -> Callable[[str], str]:
    """The grouping key of names in ``lang``: "Харкові" and "Харків" are one name."""
    return lambda text: lemma_key(text, lang)


def _group(spans: list[Span], norm: Callable[[str], str]) -> dict[str, _Group]:
    """Group mentions that name the same place: one sense per name per article.

    A mention qualified by a following admin unit or country ("Paris, Texas") is
    grouped by name *and* qualifier, so "Paris, Texas" and "Paris, Kentucky" stay
    apart. A bare mention joins the qualified group when the article qualifies
    the name in exactly one way, and otherwise forms the group of the bare name.
    """

    def name_key(span: Span) -> str:
        return norm(span.text) or span.text.lower()

    qualified: dict[str, set[str]] = defaultdict(set)
    keys: list[str] = []
    for span in spans:
        nxt = _following_toponym(span)
        key = name_key(span)
        if nxt is not None:
            key = f"{key}|{name_key(nxt)}"
            qualified[name_key(span)].add(key)
        keys.append(key)
    groups: dict[str, _Group] = defaultdict(list)
    for span, key in zip(spans, keys, strict=True):
        if "|" not in key and len(qualified.get(key, ())) == 1:
            key = next(iter(qualified[key]))
        groups[key].append(span)
    return groups


_MAX_LIST_TOKENS = 16


def _span_bounds(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """Token start -> end and end -> start of the doc's toponyms, built once per doc state.

    Cached on the doc for the current span group (its identity and size): one
    dict per call made resolution quadratic in the number of mentions.
    """
    spans = doc.spans.get(TOPONYMS, [])
    key = (id(spans), len(spans), spans[0].start if len(spans) else -1)
    cache = doc.user_data.get("geomap_span_bounds")
    if cache is None or cache[0] != key:
        bounds = [(s.start, s.end) for s in spans]
        cache = (key, dict(bounds), {b: a for a, b in bounds})
        doc.user_data["geomap_span_bounds"] = cache
    return cache[1], cache[2]


def _listed_before_plural(span: Span) -> bool:
    """Whether the span is in a list of two or more names closed by a plural admin word.

    "Clay, Becker and Douglas counties": every name of the list is a county
    ("the Gulf states", a single name, is not a list).
    """
    doc = span.doc
    starts, ends = _span_bounds(doc)
    items, i = 1, span.start
    while True:
        j = i
        while j > 0 and doc[j - 1].lower_ in LIST_GLUE:
            j -= 1
        if j == i or j not in ends:
            break
        items, i = items + 1, ends[j]
    i = span.end
    while i < len(doc) and i - span.end < _MAX_LIST_TOKENS:
        if doc[i].lower_ in ADMIN_PLURALS:
            return items >= 2
        j = i
        while j < len(doc) and doc[j].lower_ in LIST_GLUE:
            j += 1
        if j == i or j not in starts:
            return False
        items, i = items + 1, starts[j]
    return False


def _following_toponym(span: Span) -> Span | None:
    """The toponym that qualifies ``span``, if any.

    After a comma ("Paris, Texas"), or after "of" when the span is an admin unit
    ("the Western Region of Ghana", "the Donetsk region of Ukraine").
    """
    doc = span.doc
    i = span.end
    admin = span[-1].lower_ in ADMIN_WORDS
    if i < len(doc) and doc[i].lower_ in ADMIN_WORDS:  # "Donetsk region of Ukraine"
        i, admin = i + 1, True
    if i >= len(doc) or not (doc[i].text == "," or (admin and doc[i].lower_ == "of")):
        return None
    start = i + 1
    for other in doc.spans.get(TOPONYMS, []):
        if other.start == start:
            return other
    return None


def _contribution(
    place: Place, conf: float, n_mentions: int
) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Votes one resolved name gives the rest of the document, weighted by confidence."""
    countries: Counter[str] = Counter()
    admin1s: Counter[tuple[str, str]] = Counter()
    weight = conf * (1 + min(n_mentions, 3))
    if place.country_code:
        countries[place.country_code] += weight  # type: ignore[assignment]
        if place.admin1_code and place.feature_type in {"city", "admin1", "admin2", "other"}:
            admin1s[(place.country_code, place.admin1_code)] += weight  # type: ignore[assignment]
    for member in place.members:
        countries[member] += conf  # type: ignore[assignment]
    return countries, admin1s


def _context(
    picks: dict[str, tuple[Place, float]],
    groups: dict[str, _Group],
    shares: dict[tuple[str, str], float],
) -> Context:
    ctx = Context(admin1_share=shares)
    for key, (place, conf) in picks.items():
        countries, admin1s = _contribution(place, conf, len(groups[key]))
        ctx.countries.update(countries)
        ctx.admin1s.update(admin1s)
        if place.feature_type in {"city", "admin2", "admin1", "other"} and conf >= 0.5:
            ctx.points.append((place.lon, place.lat))
    return ctx


def _without(ctx: Context, own: tuple[Place, float] | None, n_mentions: int) -> Context:
    """The context minus what a name's own previous pick contributed to it."""
    if own is None:
        return ctx
    countries, admin1s = _contribution(own[0], own[1], n_mentions)
    out = Context(
        ctx.countries - countries, ctx.admin1s - admin1s, list(ctx.points), ctx.admin1_share
    )
    point = (own[0].lon, own[0].lat)
    if point in out.points:
        out.points.remove(point)
    return out


@Language.factory(
    "geomap_resolver",
    default_config={
        "gazetteer": {"@misc": "geomap.gazetteer.v1", "path": None},
        "weights": {"@misc": "geomap.resolver_weights.v1", "path": None},
        "rounds": 2,
        "focus": True,
        "calibration": {"@misc": "geomap.confidence_calibration.v1", "path": None},
    },
)
def make_toponym_resolver(
    nlp: Language,
    name: str,
    gazetteer: Any,
    weights: dict[str, float],
    rounds: int,
    focus: bool,
    calibration: Calibration,
) -> ToponymResolver:
    """Create the ``geomap_resolver`` component."""
    return ToponymResolver(gazetteer, weights, rounds, focus, calibration)
