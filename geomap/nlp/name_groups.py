"""Which mentions of an article name the same place: one sense per name per article.

The resolver (:mod:`geomap.nlp.resolver`) resolves each group once and gives every
mention of it that place. Mentions group by their normalised name (by their lemma in
the local languages: "Харкові" and "Харків" are one name), a name qualified by a
following admin unit or country ("Paris, Texas") by name and qualifier, and a name that
qualifies a town by name and town: in a story naming "Tbilisi, Georgia" and "Atlanta,
Georgia" the two Georgias are two names, each resolved with its town
(:mod:`geomap.nlp.qualifiers`). In French a name after "au", "aux" or "en" is a
name of its own: "au Québec" is the province where "à Québec" is the city; in English a
name before a lower-case admin word is: "the Odesa region" is the oblast where "in
Odesa" is the city (:func:`~geomap.nlp.name_kinds.unit_by_full_name` keeps the units of
a group whose every mention has the word), and so is a name a water word or "along" goes
with: "floods along the Niger river" is the river where "in Mali and Niger" is the country.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from spacy.tokens import Span

from geomap.gazetteer.lemmas import LOCAL_LANGUAGES, lemma_key
from geomap.nlp.compounds import compound_part
from geomap.nlp.local_filters import on_region
from geomap.nlp.mention_evidence import following_toponym
from geomap.nlp.name_kinds import before_admin_word, water_context

#: The mentions of one name in one article.
Group = list[Span]
#: Joins a name's key to its qualifier's ("paris|texas") and to the town it qualifies
#: ("georgia<tbilisi") in a group key.
QUALIFIED_BY, QUALIFIES = "|", "<"


def lemma_grouping(lang: str) -> Callable[[str], str]:
    """The grouping key of names in ``lang``: "Харкові" and "Харків" are one name."""
    return lambda text: lemma_key(text, lang)


def group_mentions(
    spans: list[Span],
    norm: Callable[[str], str],
    alone: frozenset[int] = frozenset(),
    own: Mapping[int, str] | None = None,
) -> dict[str, Group]:
    """Group mentions that name the same place: one sense per name per article.

    A mention qualified by a following admin unit or country ("Paris, Texas") is
    grouped by name *and* qualifier, so "Paris, Texas" and "Paris, Kentucky" stay
    apart; a mention that qualifies a town is grouped by name *and* town ("Georgia"
    after "Tbilisi," apart from "Georgia" after "Atlanta,"). A bare mention joins
    the qualified or qualifying group when the article writes the name in exactly
    one such way, and otherwise forms the group of the bare name. A bare mention
    starting at a token in ``alone`` (its own sentence says it is another place:
    :func:`geomap.nlp.own_senses.contrary_mentions`) forms the bare name's group, and
    the name's other bare mentions then follow the mention of it written last before
    them (the qualified group before any such mention). A mention starting at a token
    in ``own`` (its neighbours name another place of the name:
    :func:`geomap.nlp.split_senses.split_senses`) is grouped with the mentions sent to
    the same place id, apart from all the others.
    """

    def name_key(span: Span) -> str:
        return norm(span.text) or span.text.lower()

    following = [following_toponym(span) for span in spans]
    pairs = list(zip(spans, following, strict=True))
    town_of = {nxt.start: name_key(span) for span, nxt in pairs if nxt is not None}
    qualified: dict[str, set[str]] = defaultdict(set)
    keys: list[str] = []
    for span, nxt in pairs:
        bare = key = name_key(span)
        if nxt is not None:
            key = f"{key}{QUALIFIED_BY}{name_key(nxt)}"
        if span.start in town_of:
            key = f"{key}{QUALIFIES}{town_of[span.start]}"
        if key != bare:
            qualified[bare].add(key)
        keys.append(key)
    groups: dict[str, Group] = defaultdict(list)
    apart = {keys[i] for i, span in enumerate(spans) if span.start in alone}
    last: dict[str, str] = {}
    for span, key in zip(spans, keys, strict=True):  # in the order written
        if own and span.start in own:
            key = f"{name_key(span)}{OWN_SENSE}{own[span.start]}"  # "Georgia" by Tbilisi
        elif span.start in alone:
            pass  # its own sentence says it is another place: the bare name's group
        elif key in apart and key in last:
            key = last[key]  # the sense of the name's mention written last
        elif len(qualified.get(key, ())) == 1:  # a bare name written one qualified way
            key = next(iter(qualified[key]))
        last[name_key(span)] = key
        if after_area_article(span):
            key = f"{key}{AREA_ARTICLE}"
        elif unit_mention(span) or described_as_territory(span) or on_region(span):
            key = f"{key}{UNIT_WORD}"  # "the Odesa region", "на Запоріжжі", apart from "in Odesa"
        elif water_mention(span):
            key = f"{key}{WATER_WORD}"  # "along the Niger river", apart from "in Niger"
        groups[key].append(span)
    return groups


#: Joins a name's key to the place id its neighbours point to ("georgia%614540").
OWN_SENSE = "%"
#: Marks the key of an English name before a lower-case admin word ("the Odesa region").
UNIT_WORD = "#"


def unit_mention(span: Span) -> bool:
    """Whether an English name is a unit's by the lower-case admin word after it.

    "the Odesa region"; not the last part of a hyphenated compound, whose word the
    compound's is ("the Asian-Pacific region": :func:`~geomap.nlp.compounds.compound_part`).
    """
    return (
        span.doc.lang_ not in LOCAL_LANGUAGES
        and before_admin_word(span)
        and not compound_part(span)
    )


#: Nouns of an apposition that say a bare name is a territory, not its city.
TERRITORY_NOUNS = frozenset(
    {"exclave", "enclave", "region", "province", "oblast", "territory", "peninsula"}
)
#: Most words between the apposition's comma and its territory noun ("a Russian exclave").
MAX_APPOSITION_WORDS = 3


def described_as_territory(span: Span) -> bool:
    """Whether an English mention's apposition calls it a territory.

    "Kaliningrad, a Russian exclave bordering Poland": the name is the unit its "the
    Kaliningrad region" names elsewhere in the story, not the city; it joins that group.
    """
    doc = span.doc
    if doc.lang_ in LOCAL_LANGUAGES or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for tok in doc[span.end + 1 : span.end + 2 + MAX_APPOSITION_WORDS]:
        if tok.lower_ in TERRITORY_NOUNS:
            return True
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP"}:
            return False
    return False


#: Marks the key of an English name a water word or "along" goes with ("the Niger river").
WATER_WORD = "~"


def water_mention(span: Span) -> bool:
    """Whether a mention's words say it is a water's.

    In English by :func:`~geomap.nlp.name_kinds.water_context` ("along the Niger river");
    in the local languages by a strong cue (:func:`~geomap.nlp.water_context.water_cue`:
    "au confluent du Niger"), so "au Niger" in the same article stays the country.
    """
    if span.doc.lang_ not in LOCAL_LANGUAGES:
        return water_context(span)
    from geomap.nlp.water_context import water_cue

    return water_cue(span) == "strong"


#: Marks the key of a French name after the article of countries and provinces.
AREA_ARTICLE = "@"
#: French words before a country's or a province's name, never a town's ("au Québec",
#: "en Corse"; a town takes "à"), unless the town's name has its own article ("au Havre").
_AREA_ARTICLES: dict[str, frozenset[str]] = {"fr": frozenset({"au", "aux", "en"})}


def after_area_article(span: Span) -> bool:
    """Whether a French name follows "au", "aux" or "en": "au Québec" is the province.

    Such a mention is its own group, apart from the town of the same name in the
    same story ("à Québec"), so each is resolved by its own context
    (:func:`geomap.nlp.local_filters.no_town`).
    """
    words = _AREA_ARTICLES.get(span.doc.lang_, frozenset())
    return span.start > 0 and span.doc[span.start - 1].lower_ in words
