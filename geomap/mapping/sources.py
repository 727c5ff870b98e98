"""The map's sources view: who speaks in the run, and about which places.

Counted over every claim of the run: a streamed run's places carry only their
first claims for the popups (:data:`geomap.io.map_html.MAP_CLAIMS`), so the map
writer hands the store's claims of each place here.  Each source keeps its
claims per (article, place), so the panel counts again what the article
filters (toggles, timeline, outlet, language) let through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from geomap.claims.run_speakers import group_key, per_article, speaker_groups
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


def sources_payload(
    place_claims: Iterable[tuple[int, Any]],
    art_index: Mapping[str, int] | None = None,
    article_info: Mapping[str, Mapping[str, str]] | None = None,
) -> tuple[list[dict[str, Any]], int, int]:
    """The run's sources, most claims first, how many in all, how many one per article.

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
        ("officials") is one source per article, named by its article's headline
        when the run has it in several (:func:`~geomap.claims.run_speakers.article_note`).
        Claims without a speaker (the
        journalist's) are left out, and so are places named only inside a body's name
        that speaks ("Ukraine's Air Force said").
    art_index
        Article id -> index in the payload's ``articles``: a claim's ``article``
        gives the ``per`` entries the panel filters by.
    article_info
        Article id -> its metadata (``title``, ``outlet``, ``published``): names an
        anonymous source's article in its label.

    Returns
    -------
    tuple
        ``[{"name", "kind", "n", "places": [place index], "per": [[article index,
        place index, claims]]}]`` (at most :data:`MAX_SOURCES`; article index -1 when
        unknown), the number of sources before that cut, and how many of those are an
        article's own (an anonymous "officials" of each article is one source of each:
        :func:`~geomap.claims.run_speakers.per_article`), which claims.csv's
        ``speaker_entity`` names once (user73a B6: "Speakers (1152)" beside 35 entities).
    """
    # each (name, kind, article) with its claims, as they stream; then the run's groups
    # (claims.run_speakers.speaker_groups, as `geomap claims --by speaker` has them)
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
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
            row = rows.setdefault((name, kind, article), {"n": 0, "places": [], "per": {}})
            row["n"] += 1
            if index not in row["places"]:
                row["places"].append(index)
            cell = (arts.get(article, -1), index)
            row["per"][cell] = row["per"].get(cell, 0) + 1
    labels = speaker_groups(
        (who for who, row in rows.items() for _ in range(row["n"])), article_info
    )
    by_name: dict[str, dict[str, Any]] = {}
    per: dict[str, dict[tuple[int, int], int]] = {}
    each: set[str] = set()  # the labels of sources that are one article's own
    for (name, kind, article), row in rows.items():
        label = labels[group_key(name, kind, article)]
        if per_article(name, kind):
            each.add(label)
        entry = by_name.setdefault(label, {"name": label, "kind": kind, "n": 0, "places": []})
        entry["n"] += row["n"]
        entry["places"].extend(p for p in row["places"] if p not in entry["places"])
        counts = per.setdefault(label, {})
        for cell, n in row["per"].items():
            counts[cell] = counts.get(cell, 0) + n
    named: set[str] = set()  # a group's kind: its label's own ("Sergueï Lavrov", not "Lavrov")
    for name, kind, article in rows:
        at = group_key(name, kind, article)
        label = labels[at]
        if label not in named and (label == name or at != name):  # or its article's own
            by_name[label]["kind"] = kind
            named.add(label)
    ranked = sorted(by_name.items(), key=lambda kv: (-kv[1]["n"], kv[1]["name"].casefold()))
    out = [
        {**entry, "per": [[a, p, n] for (a, p), n in per[key].items()]}
        for key, entry in ranked[:MAX_SOURCES]
    ]
    return out, len(by_name), len(each)
