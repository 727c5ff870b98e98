"""Where a French or Russian source phrase ends at a comma, and the name apposed to its noun.

Read by :mod:`geomap.claims.local_sources`.  The parser often hangs the words
after the comma that closes a source phrase on its noun ("Selon le ministre
Ionuț Moșteanu, des soldats seront postés": "soldats" read as the minister's
dependent), so a phrase stops at its first comma (:func:`comma_bound`), unless a
name follows it closed by its own comma: "Selon le gouverneur de la région
d'Odessa, Oleh Kiper, deux chauffeurs …".  And the model does not always label a
person's name after an office ("le ministre roumain de la Défense Ionuț
Moșteanu", read as ``MISC``): the run of proper nouns that ends the phrase is
then the name (:func:`trailing_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.local_kinds import joined
from geomap.claims.local_syntax import Word, children

#: Entity labels of a place or a body: a run of them after the noun names whose it is
#: ("глава Минобороны России"), not who, unless commas set it apart.
_NOT_PERSON = frozenset({"LOC", "GPE", "ORG"})


def name_run(words: Sequence[Word], i: int) -> tuple[int, int] | None:
    """The first and last index of the proper name that opens at word ``i``, if one does.

    Capitalised proper nouns (or words of a ``PER`` entity; hyphens join them), not
    acronyms: a name the model labels a person, else two words at least closed by a
    comma or the sentence's end ("Oleh Kiper,").
    """
    n = i
    while n < len(words) and _name_word(words[n]):
        n = joined(words, n)[-1] + 1  # "Georges-François": three words
    if n == i:
        return None
    if words[i].ent == "PER":
        return i, n - 1
    if n - i < 2 or (n < len(words) and words[n].text not in ",.;"):
        return None
    return i, n - 1


def _name_word(word: Word) -> bool:
    text = word.text
    if not text[:1].isupper() or (len(text) > 1 and text.isupper()):
        return False
    return word.pos == "PROPN" or word.ent == "PER"


def comma_bound(words: Sequence[Word], head: int) -> tuple[int, tuple[int, int] | None]:
    """The last index a phrase headed by ``head`` may reach, and the name apposed to it.

    The phrase ends before the first comma after its head, or with a name set
    between that comma and another one (:func:`name_run`), which is then returned,
    or with a role so set after a person's name (:func:`_apposed_role`).
    """
    comma = next((n for n in range(head + 1, len(words)) if words[n].text == ","), None)
    if comma is None:
        return len(words) - 1, None
    run = name_run(words, comma + 1) or titled_closing_name(words, comma + 1)
    if run is None:
        return _apposed_role(words, head, comma), None
    return run[1], run


#: Words a title before a closing name may have: its article and its nouns.
_TITLE_POS = frozenset({"DET", "NOUN", "ADJ"})


def titled_closing_name(words: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A person's name after a title, opening at word ``i`` and closing the sentence.

    "…, a indiqué le ministre de la Défense, le général Salifou Mody.": after the comma,
    an article and up to three lower-case nouns or adjectives, then a ``PER`` name that
    ends the sentence: the name apposed to the phrase, whatever the parser hung it on.
    """
    n = i
    while n < len(words) and n - i < 4 and (words[n].pos in _TITLE_POS or _of(words, n, i)):
        if not words[n].text[:1].islower():
            return None
        n += 1
    run = name_run(words, n) if n > i else None
    if run is None or (words[run[0]].ent != "PER" and run[1] == run[0]):
        return None
    rest = [w for w in words[run[1] + 1 :] if w.text.strip()]
    if rest and rest[0].text == "," and n - i > 1:
        return run  # "…, le général de brigade Al-Fateh Qurashi, dans une vidéo …"
    return run if all(w.pos == "PUNCT" and w.text in ".!…" for w in rest) else None


def _of(words: Sequence[Word], n: int, i: int) -> bool:
    """Whether word ``n`` is a "de" inside a title after its noun ("général de brigade")."""
    return words[n].text == "de" and n > i and words[n - 1].pos == "NOUN"


def _apposed_role(words: Sequence[Word], head: int, comma: int) -> int:
    """The last index before the comma that closes a role apposed to a person's name.

    "Selon Jean Dupont, maire de Lyon, la ville …": a noun the parser reads in
    apposition to the name, set between two commas, is the name's role; else the
    phrase ends before ``comma``.
    """
    closing = next((n for n in range(comma + 1, len(words)) if words[n].text == ","), None)
    if words[head].ent != "PER" or closing is None:
        return comma - 1
    role = [n for n in range(comma + 1, closing) if words[n].dep == "appos"]
    if not role or words[role[0]].pos != "NOUN":
        return comma - 1
    owner = words[role[0]].head
    return closing - 1 if owner < comma and words[owner].ent == "PER" else comma - 1


def trailing_name(words: Sequence[Word], head: int, hi: int) -> tuple[int, int] | None:
    """The proper name that ends the phrase at ``hi`` after its noun ``head``, if any.

    A run of at least two capitalised proper nouns after the head and not after a
    preposition or a determiner, its first word taking none ("ministre de la Défense
    Ionuț Moșteanu", not "ministère de la Défense", "президент Франции"); a run of
    place or body labels only when a comma sets it apart ("gouverneur de la région
    d'Odessa, Oleh Kiper").
    """
    lo = hi
    while lo - 1 > head and _name_word(words[joined(words, lo - 1)[0]]):
        lo = joined(words, lo - 1)[0]
    if lo <= head or hi - lo < 1 or not _name_word(words[lo]) or not _name_word(words[hi]):
        return None
    if words[lo - 1].pos in ("ADP", "DET"):
        return None
    if any(words[c].dep.startswith("case") for c in children(words, lo)):
        return None
    apart = words[lo - 1].text == ","
    if not apart and any(words[n].ent in _NOT_PERSON for n in range(lo, hi + 1)):
        return None
    return lo, hi
