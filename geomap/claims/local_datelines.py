"""The subject natasha hung on a Russian story's dateline ("РИГА – Александр Лукашенко заявил").

Moved from :mod:`geomap.claims.local_frames`, whose frames take it as a verb's subject.
"""

from __future__ import annotations

from geomap.claims.local_sources import Cue
from geomap.claims.local_syntax import Word

#: Dashes that close a dateline ("РИГА – …").
_DASHES = frozenset({"—", "–", "-", "--"})


def hung_on_dateline(words: list[Word], cue: Cue) -> int | None:
    """The subject natasha hung on a dateline, for a verb it left without one.

    "РИГА – Александр Лукашенко заявил …": the parser made the name an apposition of
    "РИГА" and the verb has no subject; the noun opening the sentence after the dateline's
    dash (a word in capitals before it), before the verb and hung on the dateline, is it.
    """
    dash = next((n for n, w in enumerate(words[:12]) if w.text in _DASHES), None)
    if dash is None or dash == 0 or dash + 1 >= cue.scope:
        return None
    if not any(w.text.isupper() and len(w.text) > 2 for w in words[:dash]):
        return None
    first = dash + 1
    if words[first].pos not in ("NOUN", "PROPN") or not 0 <= words[first].head < dash:
        return None
    return first
