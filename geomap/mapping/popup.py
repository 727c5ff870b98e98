"""Popup content: claims grouped per article with the mention marked, comparisons.

The runtime (``templates/geomap.js``) turns these lists into DOM nodes with
``textContent``; the highlight is a pair of offsets, never markup.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from geomap.sanitize import inert_bidi
from geomap.serialize import NOT_ANALYSED


def as_list(value: Any) -> list[Any]:
    """Return ``value`` as a list: lists, tuples, arrays, JSON text or null."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        try:
            parsed = json.loads(text)
        except ValueError:
            return [value]
        return parsed if isinstance(parsed, list) else [parsed]
    if isinstance(value, float) and math.isnan(value):
        return []
    if isinstance(value, (list, tuple, np.ndarray, pd.Series)):
        return list(value)
    return [value]


def text_of(value: Any) -> str:
    """Return ``value`` as text; ``None``/NaN become ``""``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def int_of(value: Any, default: int = 0) -> int:
    """Return ``value`` as an int, or ``default`` when it is missing or not a number."""
    try:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return default
        return int(value)
    except (TypeError, ValueError):
        return default


def highlight(sentence: str, claim: Mapping[str, Any], name: str) -> list[int] | None:
    """Return ``[start, end]`` of the place mention inside ``sentence``.

    Uses the claim's article offsets (``mention_start - start``); falls back to
    a case-insensitive search for ``name`` when the offsets do not fit.
    """
    s0 = int_of(claim.get("sentence_start", claim.get("start")), -1)
    ms, me = int_of(claim.get("mention_start"), -1), int_of(claim.get("mention_end"), -1)
    if s0 >= 0 and 0 <= ms < me:
        a, b = ms - s0, me - s0
        if 0 <= a < b <= len(sentence):
            return [a, b]
    if name:
        i = sentence.lower().find(name.lower())
        if i >= 0:
            return [i, i + len(name)]
    return None


#: What a popup says of a claim in a language whose speakers geomap does not look for.
NOT_ANALYSED_LABEL = "speaker not analysed (not looked for in this language)"


def speaker_label(claim: Mapping[str, Any]) -> str:
    """Who says it, as a popup shows it: "denied — the Russian Ministry of Defence".

    The verb as written, then the clean name and its role ("said — Ivan Petrov,
    regional police spokesman"); ``""`` when the claim names no source (the
    journalist's own), :data:`NOT_ANALYSED_LABEL` when its language's speakers are
    not looked for (``speaker_kind`` ``"not analysed"``).
    """
    name = text_of(claim.get("speaker"))
    if not name:
        return NOT_ANALYSED_LABEL if text_of(claim.get("speaker_kind")) == NOT_ANALYSED else ""
    role = text_of(claim.get("speaker_role"))
    verb = text_of(claim.get("verb"))
    who = f"{name}, {role}" if role else name
    return f"{verb} — {who}" if verb else who


def group_claims(
    claims: Iterable[Any], name: str, art_index: Mapping[str, int]
) -> list[dict[str, Any]]:
    """Group a place's claims by article (the payload's ``claims``; see docs/map-payload.md).

    Returns ``[{"article": index, "items": [{"sentence", "marks", "speaker",
    "note", "confidence", "reason"}]}]``.  Claims of one article that share a sentence are
    merged (all marks kept, the highest confidence).  ``note`` names the
    mentions placed here by the article's focus, or is ``""``.
    """
    per_article: dict[int, dict[tuple[int, str], dict[str, Any]]] = {}
    for claim in claims:
        if not isinstance(claim, Mapping):
            continue
        art = text_of(claim.get("article"))
        if art not in art_index:
            continue
        sentence = text_of(claim.get("sentence"))
        key = (int_of(claim.get("sentence_start", claim.get("start")), -1), sentence)
        entry = per_article.setdefault(art_index[art], {}).setdefault(
            key,
            {
                "sentence": inert_bidi(sentence),  # one for one: the marks still fit
                "marks": [],
                "speaker": inert_bidi(speaker_label(claim)),
                "note": "",
                "confidence": 0.0,
                "reason": "",
            },
        )
        context = [text_of(n) for n in as_list(claim.get("context_names")) if text_of(n)]
        if context and not entry["note"]:
            entry["note"] = "placed here as the article's main locality: " + ", ".join(context)
        mark = highlight(sentence, claim, name)
        if mark and mark not in entry["marks"]:
            entry["marks"].append(mark)
            entry["marks"].sort()
        if not entry["speaker"] and speaker_label(claim):
            entry["speaker"] = inert_bidi(speaker_label(claim))
        conf = _number(claim.get("confidence"))
        if conf >= entry["confidence"] and (conf > entry["confidence"] or not entry["reason"]):
            entry["reason"] = inert_bidi(text_of(claim.get("reason")))  # "one of 7 places ..."
        entry["confidence"] = max(entry["confidence"], conf)
    return [
        {
            "article": idx,
            "items": [v for _, v in sorted(per_article[idx].items(), key=lambda kv: kv[0][0])],
        }
        for idx in sorted(per_article)
    ]


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return round(number, 2) if math.isfinite(number) else 0.0


def _claim_text(value: Any) -> str:
    if isinstance(value, Mapping):
        return inert_bidi(text_of(value.get("sentence")))
    return inert_bidi(text_of(value))


def normalise_comparison(comparison: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return ``place_id -> entry`` from either comparison form.

    Accepts the map form (``Comparison.by_place()``: ``place_id -> {"articles",
    "pairs", "only_in"}``) and the ``comparison.json`` form (``Comparison.to_dict()``:
    ``{"articles", "places": [{"place_id", "claims", "pairs", "unpaired", ...}], ...}``,
    whose pairs and unpaired claims are positions in the place's ``claims``; a claim
    written out in full, as earlier versions wrote it, is read as it is).
    """
    if not comparison:
        return {}
    places = comparison.get("places")
    if isinstance(places, list) and all(isinstance(p, Mapping) for p in places):
        out: dict[str, Any] = {}
        for place in places:
            claims = as_list(place.get("claims"))
            unpaired = [_claim_at(claims, c) for c in as_list(place.get("unpaired"))]
            unpaired = [c for c in unpaired if isinstance(c, Mapping)]
            pairs = [
                {**p, "claim_a": _claim_at(claims, p.get("claim_a")),
                 "claim_b": _claim_at(claims, p.get("claim_b"))}
                for p in as_list(place.get("pairs"))
                if isinstance(p, Mapping)
            ]  # fmt: skip
            out[text_of(place.get("place_id"))] = {
                "articles": as_list(place.get("articles")),
                "pairs": pairs,
                "other_languages": as_list(place.get("other_languages")),
                "only_in": list(dict.fromkeys(text_of(c.get("article")) for c in unpaired)),
                "only_claims": unpaired,
            }
        return out
    return dict(comparison)


def _claim_at(claims: list[Any], ref: Any) -> Any:
    """The claim ``ref`` names: its position in ``claims``, or the claim itself (older files)."""
    if isinstance(ref, int) and not isinstance(ref, bool):
        return claims[ref] if 0 <= ref < len(claims) else None
    return ref


def comparison_entry(entry: Any) -> dict[str, Any] | None:
    """Return the compact popup form of one place's comparison, or ``None`` if empty."""
    if not isinstance(entry, Mapping):
        return None
    pairs = []
    for pair in as_list(entry.get("pairs")):
        if not isinstance(pair, Mapping):
            continue
        sim = pair.get("similarity")
        try:
            simf = float(sim) if sim is not None else None
        except (TypeError, ValueError):
            simf = None
        if simf is None or math.isnan(simf):
            continue  # an older file's claims in two languages, matched by position only
        evidence = pair.get("evidence")
        names = as_list(evidence.get("shared_names")) if isinstance(evidence, Mapping) else []
        pairs.append(
            {
                "a": text_of(pair.get("a")),
                "b": text_of(pair.get("b")),
                "sim": round(simf, 3),
                "ca": _claim_text(pair.get("claim_a")),
                "cb": _claim_text(pair.get("claim_b")),
                # why the two are one story: names both articles use (a few)
                "why": [text_of(n) for n in names[:6]],
            }
        )
    other = [_other_language(o) for o in as_list(entry.get("other_languages"))[:MAX_OTHER]]
    other = [o for o in other if o is not None]
    only = [text_of(a) for a in as_list(entry.get("only_in")) if text_of(a)]
    if not pairs and not only and not other:
        return None
    # what each article says that no other does: its first claim without a counterpart
    first: dict[str, str] = {}
    for claim in as_list(entry.get("only_claims")):
        if isinstance(claim, Mapping) and text_of(claim.get("article")) not in first:
            first[text_of(claim.get("article"))] = _claim_text(claim)
    claims = [{"a": a, "c": first[a]} for a in only if first.get(a)]
    # the place's articles are already in the payload (as indices): not repeated here
    return {"pairs": pairs, "other": other, "only_in": only, "only_claims": claims[:10]}


#: Articles in other languages listed per popup.
MAX_OTHER = 5


def _other_language(item: Any) -> dict[str, Any] | None:
    """The popup form of one "other languages" entry: two articles, days, what both name."""
    if not isinstance(item, Mapping) or not text_of(item.get("a")) or not text_of(item.get("b")):
        return None
    days = item.get("days_apart")
    return {
        "a": text_of(item.get("a")),
        "b": text_of(item.get("b")),
        "days": days if isinstance(days, int) and not isinstance(days, bool) else None,
        "places": [text_of(n) for n in as_list(item.get("shared_places"))[:6]],
        "figures": [text_of(f) for f in as_list(item.get("shared_figures"))[:6]],
    }
