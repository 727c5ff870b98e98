"""Place names in a sentence written in another script than the article's language.

An English Telegram paste quotes a Russian sentence: «"Украинские дроны атаковали
нефтебазу под Белгородом," — заявил Гладков». The English model reads nothing there
and the English lookups do not know "Белгородом". :func:`foreign_script_names` reads
such a sentence (in an article whose pipeline is not Cyrillic, a sentence whose
letters are at least :data:`MIN_SHARE` Cyrillic) by the gazetteer's names in Russian
or Ukrainian (the lemma lookups of :mod:`geomap.gazetteer.local_names`, as the
Russian and Ukrainian pipelines do): a capitalised word, or two, that is a place's
own name, alias or exonym there. The span is fixed to its best candidate (a country,
then an admin-1 unit, then the most populous) as a demonym is (``span._.hint``);
the model of the sentence's own language is not run. The language sets hold no such
sentence (bench/results/plc68-summary.md): this is for pasted and quoted text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.records import Candidate, Place

#: Least share of a sentence's letters that must be Cyrillic for it to be read so.
MIN_SHARE = 0.8
#: Fewest letters a sentence needs to be judged by its script.
MIN_LETTERS = 12
#: Ukrainian letters absent from Russian: a sentence holding one is read as Ukrainian.
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_RANK = {"country": 0, "admin1": 1}


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _foreign(sent: Span) -> bool:
    letters = [ch for ch in sent.text if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(map(_cyrillic, letters)) >= MIN_SHARE * len(letters)


def _best(cands: Sequence[Candidate]) -> Place | None:
    own = [c.place for c in cands if c.match in {"name", "alias", "exonym"}]
    if not own:
        return None
    return min(own, key=lambda p: (_RANK.get(p.feature_type, 2), -p.population))


def foreign_script_names(doc: Doc, gazetteer: Any, taken: Sequence[Span]) -> list[Span]:
    """The places named in the doc's Cyrillic sentences, each fixed to its place (module doc)."""
    if not doc.has_annotation("SENT_START") or doc.lang_ in {"ru", "uk"}:
        return []
    used = {i for s in taken for i in range(s.start, s.end)}
    out: list[Span] = []
    for sent in doc.sents:
        if not _foreign(sent):
            continue
        lang = "uk" if any(ch in _UKRAINIAN for ch in sent.text) else "ru"
        i = sent.start
        while i < sent.end:
            found = None
            for j in (i + 2, i + 1):
                words = doc[i:j]
                if j > sent.end or any(k in used for k in range(i, j)):
                    continue
                if not all(t.is_alpha and _cyrillic(t.text[0]) for t in words):
                    continue
                if not words[0].text[0].isupper():
                    continue
                place = _best(gazetteer.candidates(words.text, lang))
                if place is not None:
                    found = Span(doc, i, j, label="GAZ")
                    found._.hint = place
                    break
            if found is not None:
                out.append(found)
                i = found.end
            else:
                i += 1
    return out
