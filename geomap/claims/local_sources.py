"""A source phrase of a French or Russian sentence made a speaker: name, role, kind, entity.

The phrase is the source noun with the words that name it (determiners,
adjectives, its "de"/genitive dependents, a name in apposition, quotes), not
what only locates it ("à Kiev", "в Кремле") nor a relative clause.  A person's
name in it (the doc's ``PER`` entity) is the name and the rest its role
("président turc" for "Le président turc Recep Tayyip Erdogan"); otherwise
the whole phrase is the name and its head noun tells its kind
(:class:`geomap.claims.local_lexicon.SayingWords`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geomap.claims.local_appositions import comma_bound, trailing_name
from geomap.claims.local_kinds import can_speak as can_speak
from geomap.claims.local_kinds import joined, kind, located, spoken_for
from geomap.claims.local_lexicon import SayingWords
from geomap.claims.local_syntax import Word, children
from geomap.records import Speaker

#: Relations of a head noun's dependents that belong to its name.
NAME_DEPS = frozenset(
    {"det", "amod", "nmod", "flat", "compound", "fixed", "nummod", "appos", "case", "punct",
     "conj"}
)  # fmt: skip
#: Punctuation that stays inside a name (an organisation's name in quotes).
QUOTE_MARKS = frozenset('«»“”„"')
_EDGE = " ,;:—–-()" + "".join(QUOTE_MARKS)


@dataclass(frozen=True)
class Cue:
    """Where a sentence says who speaks: a verb of saying or a preposition ("selon").

    Attributes
    ----------
    text, lemma
        The words of saying as written ("a déclaré" is "déclaré"; "по словам") and
        their lemma.
    start, end
        Their offsets in the doc.
    scope
        Index of the word the reported clause hangs from (the verb; for a
        preposition, the word its noun depends on).
    source
        Index of the source's head word (``None`` when the cue names none).
    aside
        Whether it is a clause of saying set by "как"/"comme" ("…, как сообщил X"): the
        source of the clause it hangs from, before that clause's own verb of saying.
    """

    text: str
    lemma: str
    start: int
    end: int
    scope: int
    source: int | None
    aside: bool = False


def phrase(words: Sequence[Word], head: int, lex: SayingWords) -> tuple[int, int]:
    """The first and last index of the source phrase headed by word ``head``.

    It ends at the comma after its head, or with a name that comma opens and another
    one closes (:func:`geomap.claims.local_appositions.comma_bound`).
    """
    bound, apposed = comma_bound(words, head)
    kept = set(joined(words, head))
    stack = list(kept)
    while stack:
        i = stack.pop()
        for c in children(words, i):
            dep = words[c].dep.split(":")[0]
            if c > bound or dep not in NAME_DEPS or (dep == "case" and i == head):
                continue
            if dep == "punct" and words[c].text not in QUOTE_MARKS:
                continue
            if dep == "nmod" and located(words, c, lex):
                continue
            if _when(words, c, lex):
                continue  # "le porte-parole de l'armée lundi": when, not who
            if dep == "conj" and not _apposed_name(words, c):
                continue
            kept.add(c)
            stack.append(c)
    titled = apposed is not None and words[apposed[0] - 1].text != ","  # "…, le général X."
    titled = titled or (apposed is not None and _closing(words, apposed[1]))  # "…, Pål Jonson."
    if apposed is not None and (kept & set(range(apposed[0], apposed[1] + 1)) or titled):
        kept.update(range(apposed[0], apposed[1] + 1))  # "Oleh Kiper": "Kiper" read as "dep"
    lo, hi = min(kept), max(kept)
    first, last = entity_run(words, head)
    lo, hi = min(lo, first), max(hi, last)
    while lo < head and words[lo].text.strip(_EDGE) == "":
        lo += 1
    while hi > head and words[hi].text.strip(_EDGE) == "":
        hi -= 1
    return lo, hi


def entity_run(words: Sequence[Word], i: int) -> tuple[int, int]:
    """The first and last index of the run of words of word ``i``'s entity label.

    The model's entity holds the whole name where the parser tore it apart: it
    reads "Macron" in "Emmanuel Macron a assuré" as an adverb, and "sans
    frontières" of "Médecins sans frontières" as a located dependent.  A word
    with no entity label is its own run.
    """
    label = words[i].ent
    lo = hi = i
    if not label:
        return lo, hi
    while lo > 0 and words[lo - 1].ent == label:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].ent == label:
        hi += 1
    return lo, hi


def _closing(words: Sequence[Word], last: int) -> bool:
    """Whether only closing marks follow word ``last`` in the sentence."""
    return all(w.pos == "PUNCT" or not w.text.strip() for w in words[last + 1 :])


def _apposed_name(words: Sequence[Word], i: int) -> bool:
    """Whether conjunct ``i`` is a person's name in apposition ("Le maire, Grégory Doucet,").

    The parser reads a name between commas as a conjunct; a real one has "et"/"и".
    """
    cc = any(words[c].dep == "cc" for c in children(words, i))
    return words[i].ent == "PER" and not cc and i > 0 and words[i - 1].text == ","


def _when(words: Sequence[Word], i: int, lex: SayingWords) -> bool:
    """Whether dependent ``i`` is a bare word of time ("lundi"; not "du dimanche" of a title)."""
    if words[i].lemma not in lex.times and words[i].text.lower() not in lex.times:
        return False
    return not any(words[c].dep.startswith("case") for c in children(words, i))


def _span_text(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text[start:end]`` without edge punctuation, an opened quote kept closed; offsets too."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    piece = text[start:end]
    if piece.count("«") > piece.count("»") and text[end : end + 1] == "»":
        end += 1
    return text[start:end], start, end


def _without_determiner(name: str, lex: SayingWords) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in lex.determiners:
        words = words[1:]
    first = words[0] if words else ""
    for article in ("l'", "l’", "d'", "d’"):
        if first.lower().startswith(article) and len(first) > 2:
            words[0] = first[2:]
    return " ".join(words)


def speaker(
    words: Sequence[Word],
    head: int,
    cue: Cue,
    text: str,
    lex: SayingWords,
    nominative: Callable[[str], str] | None = None,
) -> Speaker | None:
    """The speaker named by the phrase headed by word ``head`` (``text``: the doc's).

    With ``nominative`` (Russian: :func:`geomap.claims.body_cases.body_nominative`), a
    source other than a person that is not its verb's subject ("в пресс-службе
    Балтийского флота", "представитель Балтийского флота": the fleet) is named in the
    nominative, its offsets those of the name as written.
    """
    lo, hi = phrase(words, head, lex)
    whole, start, end = _span_text(text, words[lo].start, words[hi].end)
    if not whole:
        return None
    person = [n for n in range(lo, hi + 1) if words[n].ent == "PER"]
    role, what = "", kind(words, head, lo, hi, lex)
    named = trailing_name(words, head, hi) if not person and what == "person" else None
    if named is not None:  # "le ministre de la Défense Ionuț Moșteanu", read as MISC
        person = list(range(named[0], named[1] + 1))
    apposed = comma_bound(words, head)[1]
    if not person and apposed is not None and lo < apposed[0] and apposed[1] <= hi:
        person = list(range(apposed[0], apposed[1] + 1))  # "le porte-parole des FSR, le général X"
    body = None if person else spoken_for(words, head, lex)
    if body is not None:  # "le porte-parole | de la police": the police, "le porte-parole"
        b_lo, b_hi = phrase(words, body, lex)
        name, start, end = _quoted(text, *_span_text(text, words[b_lo].start, words[b_hi].end))
        role = " ".join(text[words[lo].start : words[joined(words, head)[-1]].end].split())
        what = kind(words, body, b_lo, b_hi, lex)
    elif person:
        last = first = person[0]
        while last + 1 <= hi and (last + 1 in person or words[last + 1].ent == "PER"):
            last += 1
        role = _without_determiner(_role_text(words, text, lo, hi, first, last), lex)
        name, start, end = _span_text(text, words[first].start, words[last].end)
        what = "person"
    else:
        name = whole
    name, end = _closed(name, end)
    entity = "" if person or body is not None else _dictionary_form(words, head, hi, text, lex)
    told = words[body if body is not None else head]
    if nominative is not None and not person and told.dep not in _SUBJECT_DEPS:
        name = nominative(name)  # "в министерстве обороны": "министерство обороны"
        entity = name if name != text[start:end] else entity
    return Speaker(
        name, start, end, role=_past_dateline(role), kind=what, verb=cue.text, lemma=cue.lemma,
        verb_start=cue.start, verb_end=cue.end, phrase=whole, entity=entity,
    )  # fmt: skip


#: Dependencies of a source that is its verb's subject (named in the nominative).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
#: A dateline and its agency before a role ("2 декабря (ТАСС) - Президент Азербайджана").
_DATELINE_HEAD = re.compile(r"^[^()]{0,40}\(\s*[^\W\d_][^()]{0,30}\)\s*[-–—]\s*")


def _closed(name: str, end: int) -> tuple[str, int]:
    """``name`` (ending at ``end``) without a bracket it opens and does not close.

    "Les Forces de soutien rapide (FSR": the phrase ended before the ")".
    """
    cut = name.rfind("(")
    if cut <= 0 or ")" in name[cut:]:
        return name, end
    kept = name[:cut].rstrip()
    return kept, end - (len(name) - len(kept))


def _past_dateline(role: str) -> str:
    """``role`` without a dateline the phrase began with."""
    return _DATELINE_HEAD.sub("", role, count=1)


def _dictionary_form(words: Sequence[Word], head: int, hi: int, text: str, lex: SayingWords) -> str:
    """A body's name told in an oblique case in its dictionary form ("" if written so).

    "(сказали) в министерстве обороны" is the entity "министерство обороны": the head
    noun after one of :attr:`SayingWords.inside` given by its lemma, its dependents as
    written (a genitive stays one).  A proper noun or an acronym keeps its form.
    """
    w = words[head]
    if w.pos != "NOUN" or not w.text[:1].islower() or w.lemma == w.text.lower():
        return ""
    if not any(words[c].text.lower() in lex.inside for c in children(words, head)):
        return ""
    return w.lemma + text[w.end : words[hi].end].rstrip(_EDGE)


def _quoted(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """A body's name with the quotation marks it stands in ("«Интерфакса»"), as written."""
    if start > 0 and end < len(text) and text[start - 1] in '«“„"' and text[end] in '»”“"':
        return text[start - 1 : end + 1], start - 1, end + 1
    return name, start, end


def _role_text(words: Sequence[Word], text: str, lo: int, hi: int, first: int, last: int) -> str:
    """The phrase ``words[lo:hi + 1]`` without the name ``words[first:last + 1]``, as written.

    Each side of the name is cut from the text, so "l'Intérieur" stays one word.
    """
    sides = []
    if lo < first:
        sides.append(text[words[lo].start : words[first - 1].end])
    if last < hi:
        sides.append(text[words[last + 1].start : words[hi].end])
    return " ".join(" ".join(x.strip(_EDGE).split()) for x in sides if x.strip(_EDGE))


def with_entity(
    record: Speaker,
    persons: Sequence[str],
    lex: SayingWords,
    normal: Callable[[str], str] | None = None,
    text: str = "",
    readings: Callable[[str], set[str]] | None = None,
) -> Speaker:
    """``record`` with its ``entity``: the article's fuller person name, or the bare name.

    A person named by a last name ("Песков") is the one longer ``PER`` name of
    the article that ends with it ("Дмитрий Песков"); a body is its name without
    a determiner ("ministère de la Défense"). With ``normal`` (Russian:
    :func:`geomap.claims.name_cases.nominative`), person names are compared and
    given in that form ("Вячеслава Гладкова" is the entity "Вячеслав Гладков"); a name
    the normal form leaves as written whose other ``readings`` end one fuller name of the
    article is that name ("По словам Гладкова" after "Вячеслав Гладков":
    :func:`geomap.claims.name_cases.oblique_nominatives`), and so is a name as written
    that the normal form misread ("Санду" after "Майя Санду": it does not decline).
    A determiner written with a capital inside a sentence (``text``: the doc's) is a
    word of a title, kept: "a rapporté L'Équipe", "selon Le Monde" (:func:`titled`).
    """
    from dataclasses import replace

    if record.kind == "person":
        own = normal(record.name) if normal else record.name
        forms = {normal(p) if normal else p for p in persons}
        longer = {p for p in forms if p != own and p.endswith(" " + own)}
        if not longer and readings is not None:
            other = (readings(record.name) | {record.name}) - {own}  # "Санду" undeclined
            longer = {p for p in forms for o in other if p != o and p.endswith(" " + o)}
        return replace(record, entity=longer.pop() if len(longer) == 1 else own)
    if record.entity:  # a body told in an oblique case, in its dictionary form
        return record
    if titled(record, text):
        return replace(record, entity=record.name)
    return replace(record, entity=_without_determiner(record.name, lex))


def titled(record: Speaker, text: str) -> bool:
    """Whether a name opens with a capital inside its sentence: a title ("L'Équipe").

    A word before it (after spaces) that is a letter, a digit or a comma tells the
    capital is not the sentence's: "a rapporté L'Équipe", "selon Le Monde"; "L'armée a
    dit" opening a sentence stays the army's.
    """
    if not record.name[:1].isupper() or record.start <= 0 or not text:
        return False
    before = text[: record.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")
