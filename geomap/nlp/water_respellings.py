"""A river the words around it name, found under its name with one letter doubled or single.

Transcriptions of a river's name differ by a doubled letter: German and French news
write "der Fluss Juba" and "la Shabelle" for the rivers Natural Earth calls Jubba and
Shabeelle. A name with no water candidate whose mentions have a strong water cue
(:func:`geomap.nlp.water_context.water_cue`: "der Fluss Juba", "die Pegel von Juba")
found the town of Juba in South Sudan, then the article's focus.
:func:`respelled_waters` adds, for such a name, the water entries found under each
:func:`respellings` of its mentions' text (one letter doubled, or one doubled letter
written once), so the cue keeps the river (:func:`~geomap.nlp.water_context.by_water_context`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Span

from geomap.nlp.water_context import water_cue
from geomap.records import Candidate


def respellings(name: str) -> list[str]:
    """``name`` with one letter after the first doubled, or one doubled letter written once.

    >>> respellings("Juba")
    ['Juuba', 'Jubba', 'Jubaa']
    >>> respellings("Jubba")
    ['Juubba', 'Juba', 'Jubbaa']
    """
    out: list[str] = []
    for i in range(1, len(name)):
        ch = name[i]
        if not ch.isalpha():
            continue
        if name[i - 1] == ch:
            form = name[:i] + name[i + 1 :]  # the doubled letter once
        elif i + 1 < len(name) and name[i + 1] == ch:
            continue  # the first of a pair: the second one undoubles it
        else:
            form = name[: i + 1] + ch + name[i + 1 :]
        if form not in out:
            out.append(form)
    return out


def _waters(gazetteer: Any, group: Sequence[Span]) -> list[Candidate]:
    """The water entries under the respellings of the group's mentions."""
    lang = group[0].doc.lang_
    seen: dict[str, Candidate] = {}
    for text in dict.fromkeys(span.text for span in group):
        for form in respellings(text):
            for cand in gazetteer.candidates(form, lang):
                if cand.place.feature_type == "water":
                    seen.setdefault(cand.place.place_id, Candidate(cand.place, "alternate"))
    return list(seen.values())


def respelled_waters(
    gazetteer: Any,
    cands: dict[str, list[Candidate]],
    groups: Mapping[str, Sequence[Span]],
) -> dict[str, list[Candidate]]:
    """Each name's candidates, with respelled rivers for a name on the water that has none.

    Parameters
    ----------
    gazetteer
        Anything with ``candidates(name, lang)``.
    cands
        Each name's candidates by its group key.
    groups
        Each name's mentions by the same key.
    """
    out: dict[str, list[Candidate]] = {}
    for key, options in cands.items():
        group = groups[key]
        if any(c.place.feature_type == "water" for c in options) or not any(
            water_cue(span) == "strong" for span in group
        ):
            out[key] = options
            continue
        out[key] = options + _waters(gazetteer, group)
    return out
