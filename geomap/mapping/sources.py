"""The map's sources view: who speaks in the run, and about which places.

Counted over every claim of the run: a streamed run's places carry only their
first claims for the popups (:data:`geomap.io.map_html.MAP_CLAIMS`), so the map
writer hands the store's claims of each place here.  Each source keeps its
claims per (article, place), so the panel counts again what the article
filters (toggles, timeline, outlet, language) let through.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from geomap.claims.identity import surname_owners
from geomap.claims.run_speakers import PER_ARTICLE_KINDS, group_label, script_of, source_key
from geomap.mapping.popup import as_list, int_of, text_of
from geomap.records import BODY_KINDS
from geomap.sanitize import inert_bidi

#: Sources listed in the payload at most (the most claims first).
MAX_SOURCES = 500


def _claims(value: Any) -> Iterable[Any]:
    """A place's claims: an iterator as it comes (one at a time), anything else as a list."""
    return value if isinstance(value, Iterator) else as_list(value)


def _in_speaker_name(claim: Mapping[str, Any]) -> bool:
    """A serialised claim's :attr:`~geomap.records.Claim.in_speaker_name`."""
    if text_of(claim.get("speaker_kind")) not in BODY_KINDS:
        return False
    ms, me = int_of(claim.get("mention_start"), -1), int_of(claim.get("mention_end"), -1)
    ss, se = int_of(claim.get("speaker_start"), -1), int_of(claim.get("speaker_end"), -1)
    return 0 <= ss <= ms < me <= se and (ss, se) != (ms, me)


def _join_surnames(
    by_name: dict[str, dict[str, Any]],
    per: dict[str, dict[tuple[int, int], int]],
    names: dict[str, dict[str, int]],
) -> None:
    """Fold each lone surname into the one fuller person of the run it names, in place.

    :func:`~geomap.claims.identity.surname_owners`: "Lavrov" (kind organisation in one
    article) joins "Sergueï Lavrov"; a surname two persons share stays apart.
    """
    owners = surname_owners((key, e["kind"], e["name"]) for key, e in by_name.items())
    for lone, owner in owners.items():
        entry, into = by_name.pop(lone), by_name[owner]
        into["n"] += entry["n"]
        into["places"].extend(p for p in entry["places"] if p not in into["places"])
        counts = per[owner]
        for cell, n in per.pop(lone).items():
            counts[cell] = counts.get(cell, 0) + n
        into_names = names[owner]
        for name, n in names.pop(lone).items():
            into_names[name] = into_names.get(name, 0) + n


def _label(
    by_name: dict[str, dict[str, Any]], names: dict[str, dict[str, int]], scripts: Counter[str]
) -> None:
    """Name each source by :func:`~geomap.claims.run_speakers.group_label`, in place.

    An anonymous source named as another source is ("officials" of two articles) says
    its article: "officials (a2)".
    """
    for key, entry in by_name.items():
        entry["name"] = group_label(names[key], scripts)
    shared = Counter(e["name"] for e in by_name.values())
    for key, entry in by_name.items():
        article = key.partition("\x00")[2]
        if article and shared[entry["name"]] > 1:
            entry["name"] = f"{entry['name']} ({article})"


def sources_payload(
    place_claims: Iterable[tuple[int, Any]],
    art_index: Mapping[str, int] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """The run's sources, most claims first, and how many there are in all.

    Parameters
    ----------
    place_claims
        ``(place index in the payload, the place's claims)`` pairs, every claim of
        the run (an iterator of claims is read one at a time); a claim's source is
        its ``speaker_entity`` (the source merged over its article), else its
        ``speaker``; names with one :func:`~geomap.claims.identity.speaker_key` are one
        source ("Антон Белов", "Anton Belov"), listed under its name in the run's main
        script (:func:`~geomap.claims.run_speakers.group_label`), and a lone surname is
        the one fuller person of the run it names ("Lavrov"); an anonymous source
        ("officials") is one source per article.  Claims without a speaker (the
        journalist's) are left out, and so are places named only inside a body's name
        that speaks ("Ukraine's Air Force said").
    art_index
        Article id -> index in the payload's ``articles``: a claim's ``article``
        gives the ``per`` entries the panel filters by.

    Returns
    -------
    tuple
        ``[{"name", "kind", "n", "places": [place index], "per": [[article index,
        place index, claims]]}]`` (at most :data:`MAX_SOURCES`; article index -1 when
        unknown) and the number of sources before that cut.
    """
    by_name: dict[str, dict[str, Any]] = {}
    aliases: dict[tuple[str, str], str] = {}
    names: dict[str, dict[str, int]] = {}
    scripts: Counter[str] = Counter()
    per: dict[str, dict[tuple[int, int], int]] = {}
    arts = art_index or {}
    for index, claims in place_claims:
        for claim in _claims(claims):
            if not isinstance(claim, Mapping):
                continue
            name = inert_bidi(text_of(claim.get("speaker_entity")) or text_of(claim.get("speaker")))
            if not name or _in_speaker_name(claim):
                continue
            kind = text_of(claim.get("speaker_kind"))
            article = text_of(claim.get("article"))
            # one source in two scripts; one name is one source whatever kind it was given
            # (but "officials" one per article)
            at = (name.casefold(), article if kind in PER_ARTICLE_KINDS else "")
            key = aliases.setdefault(at, source_key(name, kind, article))
            own = names.setdefault(key, {})
            own[name] = own.get(name, 0) + 1
            scripts[script_of(name)] += 1
            entry = by_name.setdefault(
                key,
                {"name": name, "kind": kind, "n": 0, "places": []},
            )
            entry["n"] += 1
            if index not in entry["places"]:
                entry["places"].append(index)
            cell = (arts.get(article, -1), index)
            counts = per.setdefault(key, {})
            counts[cell] = counts.get(cell, 0) + 1
    _join_surnames(by_name, per, names)  # "Lavrov" and "Sergueï Lavrov": one source
    _label(by_name, names, scripts)
    ranked = sorted(by_name.items(), key=lambda kv: (-kv[1]["n"], kv[1]["name"].casefold()))
    out = [
        {**entry, "per": [[a, p, n] for (a, p), n in per[key].items()]}
        for key, entry in ranked[:MAX_SOURCES]
    ]
    return out, len(by_name)
