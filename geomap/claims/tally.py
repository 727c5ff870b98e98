"""Which places each outlet (or source, or language) claims most about: ``claims --by``.

A media study asks "which places did each outlet talk about most this month?".
:func:`tally_claims` counts the claims chosen (after ``--place``, ``--speaker``,
``--article``, ``--since`` ...) by group and place: the claims, the articles that
make them, and the articles whose text is their own (``copy_of`` empty: a wire
story fifty outlets ran counts once there); a place named only inside the name of a
body that speaks ("Ukraine's Air Force said") is not counted
(:attr:`~geomap.records.Claim.in_speaker_name`).  :func:`tally_text` prints the first
places of each group as a table, :func:`tally_records` gives every row to ``--json``
and ``--csv``.  Text from the inputs is made terminal-safe by the console.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from geomap.claims.place_names import told_apart
from geomap.claims.run_speakers import group_key, speaker_groups
from geomap.metadata import COPY_FIELD
from geomap.records import Claim, Place

#: What ``--by`` groups by, and where a claim's group is read.
GROUPINGS = ("outlet", "speaker", "language")
#: A group's name when the article does not give it.
NOT_GIVEN = {"outlet": "(outlet not given)", "speaker": "(no source named)", "language": "(?)"}


@dataclass(frozen=True, slots=True)
class PlaceTally:
    """One group's count of claims about one place."""

    group: str
    place_id: str
    place: str
    claims: int
    articles: int
    original_articles: int
    kind: str = ""
    country: str = ""


def _source_name(claim: Claim) -> str:
    speaker = claim.speaker
    return (speaker.entity or speaker.name) if speaker is not None else ""


def _group(
    claim: Claim, info: Mapping[str, str], by: str, sources: Mapping[str, str] | None = None
) -> str:
    if by == "speaker":
        name = _source_name(claim)
        at = group_key(name, claim.speaker.kind, claim.article_id) if claim.speaker else name
        name = (sources or {}).get(at, name)  # "Lavrov", "Сергей Лавров": one source
    else:
        name = info.get(by) or ""
    return name or NOT_GIVEN[by]


def tally_claims(
    claims: Iterable[Claim],
    places: Mapping[str, Place],
    article_info: Mapping[str, Mapping[str, str]],
    by: str,
) -> list[PlaceTally]:
    """The claims counted by group and place, groups with most articles first.

    By speaker, one source's names in several scripts or a lone surname of one fuller
    name are one group, named in the run's main script
    (:func:`~geomap.claims.run_speakers.speaker_groups`); an anonymous source
    ("officials") is one group per article, named by its article's headline when the
    run has it in several (:func:`~geomap.claims.run_speakers.article_note`).

    The claims of articles that do not give the group ("(outlet not given)") come last.

    Within a group, places with most claims come first (then most articles, then name).
    """
    counts: Counter[tuple[str, str]] = Counter()
    articles: dict[tuple[str, str], set[str]] = {}
    group_articles: dict[str, set[str]] = {}
    sources = None
    if by == "speaker":  # read twice: the run's names first (only here: others stream)
        claims = list(claims)
        sources = speaker_groups(
            [(_source_name(c), c.speaker.kind, c.article_id) for c in claims if c.speaker],
            article_info,
        )
    for c in claims:
        if c.in_speaker_name:  # "Ukraine's Air Force said": not a claim about Ukraine
            continue
        info = article_info.get(c.article_id) or {}
        key = (_group(c, info, by, sources), c.place_id)
        counts[key] += 1
        articles.setdefault(key, set()).add(c.article_id)
        group_articles.setdefault(key[0], set()).add(c.article_id)
    rows = []
    for (group, pid), n in counts.items():
        ids = articles[(group, pid)]
        own = sum(not (article_info.get(a) or {}).get(COPY_FIELD) for a in ids)
        place = places.get(pid)
        name, kind, country = (
            (place.name, place.feature_type, place.country_code or "") if place else (pid, "", "")
        )
        rows.append(PlaceTally(group, pid, name, n, len(ids), own, kind, country))
    missing = NOT_GIVEN[by]  # last, whatever its size
    order = {g: (g == missing, -len(ids), g) for g, ids in group_articles.items()}
    return sorted(rows, key=lambda r: (order[r.group], -r.claims, -r.articles, r.place))


def tally_records(rows: Iterable[PlaceTally]) -> list[dict[str, object]]:
    """Every row as a plain record (``--json``, ``--csv``)."""
    return [asdict(r) for r in rows]


def tally_text(
    rows: list[PlaceTally], by: str, top: int, labels: Mapping[str, str] | None = None
) -> str:
    """Each group's first ``top`` places as a table; how many more, when there are.

    ``labels`` name the places (the run's: :func:`~geomap.claims.place_names.run_labels`,
    so a filter does not change them); else they are told apart among the rows.

    >>> rows = [PlaceTally("Wire", "1", "Kyiv", 3, 2, 1)]
    >>> print(tally_text(rows, "outlet", 10), end="")
    Wire: 1 place
      claims  articles  own  place
           3         2    1  Kyiv
    """
    if not rows:
        return f"no claims to count by {by}\n"
    label = {**place_labels(rows), **(labels or {})}
    lines: list[str] = []
    groups: dict[str, list[PlaceTally]] = {}
    for r in rows:
        groups.setdefault(r.group, []).append(r)
    for group, members in groups.items():
        plural = "place" if len(members) == 1 else "places"
        lines.append(f"{group}: {len(members)} {plural}")
        lines.append("  claims  articles  own  place")
        for r in members[:top]:
            counts = f"{r.claims:>6}  {r.articles:>8}  {r.original_articles:>3}"
            lines.append(f"  {counts}  {label[r.place_id]}")
        if len(members) > top:
            lines.append(f"  ... {len(members) - top} more (--top N shows more)")
    return "\n".join(lines) + "\n"


def place_labels(rows: Iterable[PlaceTally]) -> dict[str, str]:
    """Each place's name, told apart where two places of the rows share it (:func:`told_apart`).

    >>> rows = [PlaceTally("W", "1", "Kherson", 2, 1, 1, "city", "UA"),
    ...         PlaceTally("W", "2", "Kherson", 1, 1, 1, "admin1", "UA"),
    ...         PlaceTally("W", "3", "Kyiv", 1, 1, 1, "city", "UA")]
    >>> place_labels(rows)
    {'1': 'Kherson (city, UA)', '2': 'Kherson (admin1, UA)', '3': 'Kyiv'}
    """
    return told_apart((r.place_id, r.place, r.kind, r.country) for r in rows)
