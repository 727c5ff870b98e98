"""The model's attribute ruler, finding the same matches faster.

spaCy's ``attribute_ruler`` maps each token's tag (and a few words) to its
part of speech and morphology with about 180 token patterns, run through the
general :class:`~spacy.matcher.Matcher` over every token of every doc.  Nearly
all are one-token patterns: whether one matches a token depends only on the
token's attributes that the patterns test (tag, lower-case form, dependency,
space).  :class:`CachedMatches` looks up which one-token patterns match each
combination of those attributes, asking the matcher once per combination, and
runs the matcher over the doc for the few longer patterns only.  A word whose
lower-case form no one-token pattern names (nor matches by ``REGEX``) cannot
decide any pattern that tests it: such words share one cache entry per
combination of the other attributes, so new words do not each cost a match.
The matches, and so the annotations, are the same.
"""

from __future__ import annotations

import re
from typing import Any, cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: Combinations remembered at most (the cache starts again when full).
MAX_CACHED = 50_000
#: Pattern keys whose meaning is not the token's own attributes: such a ruler is left alone.
_UNCACHEABLE = frozenset({"OP", "_"})

Match = tuple[int, int, int, int]
Pattern = list[dict[str, Any]]


def rule_patterns(ruler: AttributeRuler) -> list[list[Pattern]]:
    """Each rule's token patterns, in the ruler's order (rule ``i``'s key is ``str(i)``)."""
    entries = cast("list[dict[str, Any]]", ruler.patterns)
    return [list(entry["patterns"]) for entry in entries]


class CachedMatches:
    """``AttributeRuler.match`` with the one-token patterns' matches cached by attributes.

    Parameters
    ----------
    ruler
        The attribute ruler; its patterns must not change afterwards (if they do,
        its own matcher is used again).
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.n_rules = len(ruler.attrs)
        self.single = Matcher(ruler.vocab)
        self.multi = Matcher(ruler.vocab)
        names: set[str] = set()
        for i, patterns in enumerate(rule_patterns(ruler)):
            key = str(i)  # the ruler's own key of rule i
            singles = [p for p in patterns if len(p) == 1]
            longer = [p for p in patterns if len(p) != 1]
            if singles:
                self.single.add(key, singles)
                names.update(str(name).upper() for p in singles for name in p[0])
            if longer:
                self.multi.add(key, longer)
        ordered = sorted(names)
        self.attrs = [IDS[name] for name in ordered]
        self.cache: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.lower = _LowerForms.of(self, ordered)

    @staticmethod
    def supports(ruler: AttributeRuler) -> bool:
        """Whether every pattern token tests the token's own attributes only."""
        for patterns in rule_patterns(ruler):
            for pattern in patterns:
                for token in pattern:
                    if any(str(name).upper() in _UNCACHEABLE for name in token):
                        return False
                    if any(str(name).upper() not in IDS for name in token):
                        return False
        return True

    def __call__(self, doc: Doc) -> list[Match]:
        """The ruler's matches in ``doc``: ``(rule, match id, start, end)``, sorted."""
        if len(self.ruler.attrs) != self.n_rules:  # patterns added since: the slow way
            return list(AttributeRuler.match(self.ruler, doc))
        found: list[tuple[int, int, int]] = []
        if self.attrs and len(doc):
            rows = cast("list[list[int]]", doc.to_array(self.attrs).reshape(len(doc), -1).tolist())
            cache = self.cache
            lower = self.lower
            for i, row in enumerate(rows):
                if lower is not None:
                    lower.fold(row)
                key = tuple(row)
                ids = cache.get(key)
                if ids is None:
                    ids = self._single_ids(doc, i)
                    if len(cache) >= MAX_CACHED:
                        cache.clear()
                    cache[key] = ids
                for match_id in ids:
                    found.append((match_id, i, i + 1))
        if len(self.multi):
            found.extend(self.multi(doc, allow_missing=True, as_spans=False))
        strings = self.vocab.strings
        matches = [(int(strings[m_id]), m_id, start, end) for m_id, start, end in found]
        matches.sort()
        return matches

    def _single_ids(self, doc: Doc, i: int) -> tuple[int, ...]:
        """The match ids of the one-token patterns that token ``i`` matches."""
        found: Any = self.single(doc[i : i + 1], allow_missing=True, as_spans=False)
        return tuple(sorted({m_id for m_id, _start, _end in found}))


class _LowerForms:
    """The lower-case forms the one-token patterns name, and their ``REGEX`` tests.

    Made only when every one-token test of ``LOWER`` is a string, an ``IN``
    list or a ``REGEX``: then a form none of them names or matches fails every
    such test, whatever it is.
    """

    #: The key value of a lower-case form no pattern can tell apart.
    OTHER = -1

    def __init__(self, column: int, named: set[int], regexes: list[re.Pattern[str]], vocab: Any):
        self.column = column
        self.named = named
        self.regexes = regexes
        self.vocab = vocab
        self.decides: dict[int, bool] = {}

    @classmethod
    def of(cls, matches: CachedMatches, ordered: list[str]) -> _LowerForms | None:
        """The forms of ``matches``' one-token patterns, or ``None`` if they cannot be told."""
        if "LOWER" not in ordered:
            return None
        named: set[int] = set()
        regexes: list[re.Pattern[str]] = []
        strings = matches.vocab.strings
        for patterns in rule_patterns(matches.ruler):
            for pattern in patterns:
                if len(pattern) != 1:
                    continue
                for name, value in pattern[0].items():
                    if str(name).upper() != "LOWER":
                        continue
                    if isinstance(value, str):
                        named.add(strings.add(value))
                    elif isinstance(value, dict) and set(value) <= {"IN", "REGEX"}:
                        named.update(strings.add(str(v)) for v in value.get("IN", ()))
                        if "REGEX" in value:
                            regexes.append(re.compile(str(value["REGEX"])))
                    else:
                        return None
        return cls(ordered.index("LOWER"), named, regexes, matches.vocab)

    def fold(self, row: list[int]) -> None:
        """Put :data:`OTHER` in ``row`` for a lower-case form no pattern can tell apart."""
        form = row[self.column]
        decides = self.decides.get(form)
        if decides is None:
            if len(self.decides) >= MAX_CACHED:
                self.decides.clear()
            try:
                text = str(self.vocab.strings[form])
            except KeyError:  # not a string the vocabulary holds: no pattern can name it
                text = ""
            decides = form in self.named or any(r.search(text) for r in self.regexes)
            self.decides[form] = decides
        if not decides:
            row[self.column] = self.OTHER


def cache_attribute_matches(nlp: Language) -> None:
    """Give every attribute ruler of ``nlp`` :class:`CachedMatches` (in place, once)."""
    for _name, proc in nlp.pipeline:
        if not isinstance(proc, AttributeRuler) or isinstance(proc.match, CachedMatches):
            continue
        if CachedMatches.supports(proc):
            proc.match = CachedMatches(proc)  # type: ignore[method-assign]
