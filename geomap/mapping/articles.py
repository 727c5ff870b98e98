"""The articles of a map page: their order, how each is named, the metadata shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from geomap.language_labels import language_name
from geomap.mapping.popup import as_list, text_of
from geomap.sanitize import terminal_text

#: Article metadata the page shows.
INFO_FIELDS = ("title", "outlet", "published", "url", "language")


def article_order(places: pd.DataFrame, mentions: pd.DataFrame | None) -> list[str]:
    """Return article ids in first-seen order (mentions first, then places)."""
    seen: dict[str, None] = {}
    if mentions is not None and "article" in mentions:
        for art in mentions["article"]:
            if text_of(art):
                seen.setdefault(text_of(art), None)
    for arts in places.get("articles", pd.Series(dtype=object)):
        for art in as_list(arts):
            seen.setdefault(text_of(art), None)
    return list(seen)


def article_label(article_id: str, meta: Mapping[str, str] | None) -> str:
    """How an article is named on the map: "headline · outlet · date", or its id.

    >>> meta = {"title": "Troops move", "outlet": "Reuters", "published": "2024-03-01T10:00Z"}
    >>> article_label("a1", meta)
    'Troops move · Reuters · 2024-03-01'
    >>> article_label("a1", {})
    'a1'

    An id keeps the control and bidirectional characters of a file name; they are
    shown as escapes (``\\u202e``), as on the terminal, so that "bidi\u202etxt.exe"
    cannot read as "bidiexe.txt" (metadata loses them when read).
    """
    meta = meta or {}
    title = _cut(text_of(meta.get("title")), 90)
    outlet = _cut(text_of(meta.get("outlet")), 60)  # a 1,000-character outlet would fill a popup
    date = text_of(meta.get("published"))[:10]
    parts = [p for p in (title, outlet, date) if p]
    if not title:
        parts.insert(0, terminal_text(article_id, keep_newlines=False))
    return " · ".join(parts)


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def labelled_articles(
    articles: Sequence[str], info: Mapping[str, Mapping[str, str]]
) -> tuple[list[str], list[dict[str, str]]]:
    """Each article's label and the metadata the page shows (:data:`INFO_FIELDS`).

    With several languages in the run, each label ends with its language code ("… · RU").
    An article that repeats another's text says whose first ("copy of AP: …": its outlet,
    else its id).

    >>> info = {"a": {"title": "Port hit", "outlet": "AP"}}
    >>> info["b"] = {"title": "Port hit", "copy_of": "a"}
    >>> labelled_articles(["a", "b"], info)[0]
    ['Port hit · AP', 'copy of AP: Port hit']
    """
    labels = [article_label(a, info.get(a)) for a in articles]
    for n, a in enumerate(articles):  # a wire story other outlets ran: whose text it is
        first = text_of((info.get(a) or {}).get("copy_of"))
        if first:
            source = _cut(text_of((info.get(first) or {}).get("outlet")), 60)
            source = source or terminal_text(first, keep_newlines=False)
            labels[n] = f"copy of {source}: {labels[n]}"  # first: a narrow panel cuts the end
    codes = [text_of((info.get(a) or {}).get("language")) for a in articles]
    if len(set(codes) - {""}) > 1:  # several languages: each label says which
        pairs = zip(labels, codes, strict=True)
        labels = [f"{lab} · {c.upper()}" if c else lab for lab, c in pairs]
    shown = [{k: text_of((info.get(a) or {}).get(k)) for k in INFO_FIELDS} for a in articles]
    return labels, shown


def language_names(shown: Sequence[Mapping[str, str]]) -> dict[str, str]:
    """The English name of each language the articles are in, where geomap knows it.

    The page's language filter prefers them to the browser's ``Intl.DisplayNames``,
    which calls "und" "root" and leaves "mis" a code.

    >>> language_names([{"language": "und"}, {"language": "ru"}, {"language": "tlh"}])
    {'ru': 'Russian', 'und': 'undetermined language'}
    """
    codes = sorted({a["language"] for a in shown if a.get("language")})
    return {code: name for code in codes if (name := language_name(code))}
