"""Which mentions of an article name the same place: one sense per name per article.

The resolver (:mod:`geomap.nlp.resolver`) resolves each group once and gives every
mention of it that place. Mentions group by their normalised name (by their lemma in
the local languages: "Харкові" and "Харків" are one name), a name qualified by a
following admin unit or country ("Paris, Texas") by name and qualifier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from spacy.tokens import Span

from geomap.gazetteer.lemmas import lemma_key
from geomap.nlp.mention_evidence import following_toponym

#: The mentions of one name in one article.
Group = list[Span]


def lemma_grouping(lang: str) -> Callable[[str], str]:
    """The grouping key of names in ``lang``: "Харкові" and "Харків" are one name."""
    return lambda text: lemma_key(text, lang)


def group_mentions(spans: list[Span], norm: Callable[[str], str]) -> dict[str, Group]:
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
        nxt = following_toponym(span)
        key = name_key(span)
        if nxt is not None:
            key = f"{key}|{name_key(nxt)}"
            qualified[name_key(span)].add(key)
        keys.append(key)
    groups: dict[str, Group] = defaultdict(list)
    for span, key in zip(spans, keys, strict=True):
        if "|" not in key and len(qualified.get(key, ())) == 1:
            key = next(iter(qualified[key]))
        groups[key].append(span)
    return groups
