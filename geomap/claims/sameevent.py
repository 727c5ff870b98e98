"""Whether two claims about one place tell the same event, from evidence beyond shared words.

Two sentences about one place share words whenever they share a topic ("a fire in
Lyon", "the Lyon fire brigade"), and the sentences of two reports of one event often
share none ("Dockers walked off the job" / "cargo handling came to a standstill").
What ties two reports to the same event is measured on labelled pairs
(``bench/bench_pairs.py``, ``docs/claims.md``) to be their *articles*:

* the TF-IDF cosine of the two articles' *contexts* (the sentences the run holds as
  their claims, joined), under the run's article frequencies;
* the *names* the two contexts share: capitalised words not at the start of a
  sentence, lower-cased, stop words, weekdays, months and the place's own words left
  out ("skripal", "salisbury", "lavrov");
* the articles' publication dates, when both have one: more than :data:`Rule.max_days`
  apart is never the same event.

A pair is shown as the same event when :meth:`Rule.holds` for its :class:`Evidence`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Any

from geomap.claims.similarity import english_stop_words
from geomap.dates import day_of

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_CAPITAL = re.compile(r"[A-Z][\w’'-]*\w")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: Relative difference under which two figures are the same one rounded differently.
FIGURE_TOLERANCE = 0.1
_OPENS = frozenset('.!?:"“”‘’«»—()[]')
_CALENDAR = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    }
)


def names(text: str, place_words: str = "") -> dict[str, str]:
    """The names of ``text``: capitalised words not opening a sentence.

    Keys are lower-cased (for comparing articles), values as first written (for
    showing them). Stop words, weekdays, months and the words of ``place_words``
    are left out; a possessive ``'s`` is dropped.

    >>> names("On Monday Mayor Ivan Petrov said Kharkiv's NATO mayor left. The end.", "Kharkiv")
    {'mayor': 'Mayor', 'ivan': 'Ivan', 'petrov': 'Petrov', 'nato': 'NATO'}
    """
    own = {w.lower() for w in _TOKEN.findall(place_words)}
    stop = english_stop_words()
    out: dict[str, str] = {}
    start = True
    for tok in _TOKEN.findall(text):
        if not tok[0].isalnum():
            start = start or tok in _OPENS
            continue
        if not start and _CAPITAL.fullmatch(tok):
            written = tok.removesuffix("’s").removesuffix("'s")
            word = written.lower()
            if word not in own and word not in stop and word not in _CALENDAR:
                out.setdefault(word, written)
        start = False
    return out


def figures(text: str) -> tuple[float, ...]:
    """The figures of ``text``: numbers of 10 and more that are not years (1900-2099).

    >>> figures("In 2022, 1,200 people and 3 dogs left; 4.5 per cent or 45.5 in all.")
    (45.5, 1200.0)
    """
    out = set()
    for match in _NUMBER.findall(text):
        value = float(match.replace(",", ""))
        year = 1900 <= value <= 2099 and "." not in match and "," not in match
        if value >= 10 and not year:
            out.add(value)
    return tuple(sorted(out))


def shared_figures(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """The figures of ``a`` that ``b`` gives too, within :data:`FIGURE_TOLERANCE` (rounding)."""
    return tuple(x for x in a if any(abs(x - y) <= FIGURE_TOLERANCE * max(x, y) for y in b))


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two ISO dates (their first 10 characters); ``None`` if either is unknown."""
    da, db = day_of(a), day_of(b)
    if da is None or db is None:
        return None
    return abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days)


@dataclass(frozen=True)
class Evidence:
    """What two claims' sentences and articles have in common."""

    cosine: float  # TF-IDF cosine of the two sentences
    article_cosine: float  # TF-IDF cosine of the two articles' contexts
    shared_names: tuple[str, ...]  # names both articles use (as written), the place's own left out
    shared_figures: tuple[float, ...]  # figures both articles give (within rounding)
    days: int | None  # days between the publication dates, None if either is unknown
    #: Anchors the article with fewer has at all (names other than the place's, figures):
    #: a short report cannot share more.
    fewest: int = 1_000_000

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (``comparison.json``'s ``evidence`` of a pair)."""
        return {
            "article_similarity": round(self.article_cosine, 4),
            "shared_names": list(self.shared_names),
            "shared_figures": list(self.shared_figures),
            "days_apart": self.days,
        }


@dataclass(frozen=True)
class Rule:
    """The minimum evidence for two claims to be shown as the same event.

    The defaults are the rule chosen on the dev half of the labelled pairs
    (``bench/bench_pairs.py --fit``; ``docs/claims.md``).
    """

    min_cosine: float = 0.05
    min_article_cosine: float = 0.1
    min_anchors: float = 3
    #: Fewer anchors are enough when they are all the anchors one article has (a short
    #: report: "Drones hit the port of Odesa, governor Oleh Kiper said"), but never
    #: fewer than these.
    min_short_anchors: float = 2
    figure_weight: float = 1
    max_days: int = 3
    #: Sentences this alike are one sentence copied (a wire story two outlets run, a
    #: statement both quote): the same event without the anchors a longer story gives.
    copy_cosine: float = 0.9

    def anchors(self, e: Evidence) -> float:
        """Shared names, plus shared figures times :attr:`figure_weight`."""
        return len(e.shared_names) + self.figure_weight * len(e.shared_figures)

    def holds(self, e: Evidence) -> bool:
        """Whether ``e`` is enough."""
        if e.days is not None and e.days > self.max_days:
            return False
        if e.article_cosine < self.min_article_cosine:
            return False
        if e.cosine >= self.copy_cosine:
            return True  # the same sentence in both: a short wire story has few anchors
        needed = self.min_anchors
        if e.days is not None:  # dated the same days: a short report's anchors suffice
            needed = max(self.min_short_anchors, min(self.min_anchors, e.fewest))
        return e.cosine >= self.min_cosine and self.anchors(e) >= needed

    def to_dict(self) -> dict[str, Any]:
        """The rule as recorded in ``comparison.json``'s ``method``."""
        return asdict(self)


DEFAULT_RULE = Rule()
