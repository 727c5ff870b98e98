"""Where a speaker's name begins and ends inside its phrase.

A first name the model left out of a PERSON name ("Minister of Health | Hatem Mostafa
El-Gabaly"), never a title it joined to one ("Detective | Robert Huffman"); letters of an
office after a name ("Keith Vaz | MP"); the parts of a word the tokenizer split off
("Al-" of "Al-Rashid"); initials in brackets and appositions inside a body's own
entity, which are words of the name before them.  Read by
:mod:`geomap.claims.namespans`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geomap.claims.name_runs import foreign_noun
from geomap.claims.source_nouns import (
    BODY_KINDS,
    BODY_WORDS,
    PEOPLE_NOUNS,
    descriptor_kind,
    listed_lemma,
)
from geomap.claims.titles import HONORIFICS, TITLE_WORDS, word
from geomap.english_words import known_word

#: Hyphens inside a word, as :data:`geomap.nlp.compounds.HYPHENS` (claims imports no nlp).
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})

#: Letters after a person's name that tell an office, not the name (by hand: members of
#: parliaments and assemblies, senior counsel): "Keith Vaz MP" is "Keith Vaz", role "MP".
POST_NOMINALS: frozenset[str] = frozenset({"mp", "mep", "msp", "mla", "mpp", "qc", "kc", "td"})


#: Endings of agent nouns that make a capitalised word before a PERSON name a title
#: ("Detective", "Marshal", "Comptroller", "Investigator", "Virologist"), besides the
#: listed nouns for people and title words: the derivational suffixes narrowed to what
#: given names do not end with ("Christian", "Victor", "Oliver", "Vincent", "Herman",
#: "Osman", "Mary" end in "ian", "or", "er", "ent", "man", "ary": first names, no titles).
TITLE_ENDINGS: tuple[str, ...] = (
    "tive", "shal", "ipal", "ator", "itor", "utor", "uctor", "ssor", "isor", "rnor", "oller",
    "ager", "oner", "eader", "aker", "rooper", "eer", "eant", "nant", "stant", "ltant",
    "dant", "dent", "ist", "ician", "brarian", "narian", "storian", "tary", "sary", "nary",
    "esman", "ssman", "tsman", "ksman", "lman", "irman", "ceman", "reman", "woman", "smen",
    "stee", "inee", "ntee", "oyee", "ndee",
)  # fmt: skip


def title_word(tok: Token) -> bool:
    """Whether a capitalised word before a person's name is a word of a title.

    A title word ("Capt.", "Governor"), a listed noun for people ("Resident") or an
    agent noun by its ending ("Detective", "Virologist"); never a given name such as
    "Christian" or "Victor", whose endings the broad lists of nouns for people share, nor
    a word no English dictionary knows ("Aboubaker Omar Hadi": "-aker", a given name).
    """
    low = word(tok)
    if low in TITLE_WORDS or listed_lemma(tok) in PEOPLE_NOUNS:
        return True
    return low.endswith(TITLE_ENDINGS) and known_word(low)  # not "Aboubaker"


def first_name_start(doc: Doc, start: int, end: int, floor: int, places: frozenset[int]) -> int:
    """Where a PERSON name the model cut short on the left really starts.

    "Minister of Health Hatem | Mostafa El-Gabaly": an untagged capitalised proper noun
    right before the entity, compounded into the name, is its first name, and so is a
    PERSON the model cut off it ("Al-Harith | Idriss al-Harith Mohamed"); never a title
    word, a place, a word of a body or a word of another kind of entity.
    """
    while start > floor:
        tok = doc[start - 1]
        proper = tok.pos_ == "PROPN" or foreign_noun(tok)  # "Médecins | Sans Frontières"
        if not proper or tok.dep_ != "compound" or not start <= tok.head.i < end:
            break
        first = _hyphened_start(doc, tok.i, floor)  # "Chia-lung | Lin": read from "Chia"
        parts = doc[first : tok.i + 1]
        other = any(t.ent_type_ not in ("", "PERSON") for t in parts)  # a PERSON cut in two
        lead = doc[first]
        if other or any(t.i in places for t in parts):
            break
        if not lead.text[:1].isupper() or lead.is_upper:
            break
        if any(_titled_part(t) for t in parts if t.is_alpha):
            break  # "Detective | Robert Huffman", "Vice-President | Jyrki Katainen": a title
        start = first
    return start


def _titled_part(tok: Token) -> bool:
    """Whether a word (or part of a hyphenated one) before a name is a title's or a body's."""
    if title_word(tok) or tok.lower_ in BODY_WORDS or word(tok) in HONORIFICS:
        return True  # "Fire Marshal | David Dollins"
    return descriptor_kind(tok) in BODY_KINDS


def _hyphened_start(doc: Doc, i: int, floor: int) -> int:
    """The first token of the hyphenated word token ``i`` ends ("Chia" of "Chia-lung").

    The tokenizer splits "Chia-lung" into "Chia", "-", "lung"; a given name so written is
    one word, read by its first part (its capital), never past ``floor``.
    """
    first = i
    while (
        first - 2 >= floor
        and doc[first - 1].text in HYPHENS
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
        and doc[first - 2].is_alpha
    ):
        first -= 2
    return first


def whole_words(name: Span, phrase: Span) -> Span:
    """``name`` widened over the parts of its words the tokenizer split off ("Al-" "Rashid")."""
    doc = name.doc
    start, end = name.start, name.end
    while start > phrase.start and not doc[start - 1].whitespace_ and _in_word(doc[start - 1]):
        start -= 1
    while end < phrase.end and not doc[end - 1].whitespace_ and _in_word(doc[end]):
        end += 1
    return doc[start:end]


def _in_word(tok: Token) -> bool:
    return tok.is_alpha or tok.text in ("-", "'", "’") or tok.text.endswith("-")


def inside_name(root: Token, appos: Token) -> bool:
    """Whether an apposition is a word of the entity its head's name is, no comma between.

    "The United Kingdom Department for Environment Food and Rural Affairs": the parser
    made "Food" an apposition; the model's ORG entity holds the whole name.
    """
    doc = root.doc
    if appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].is_punct:
        return False
    if not root.ent_type_ or appos.ent_iob_ != "I":
        return False
    if appos.left_edge.is_punct or bracketed(appos):
        return False  # "the World Health Organisation (WHO)": initials, after a mark
    ent = next((e for e in doc.ents if e.start <= root.i < e.end), None)
    return ent is not None and ent.start <= appos.left_edge.i and appos.right_edge.i < ent.end


def bracketed(tok: Token) -> bool:
    """Whether an apposition stands alone in brackets: the initials of the name before it.

    "the National Administration of Surveying, Mapping and Geoinformation (NASMG)".
    """
    doc = tok.doc
    inside = [t.i for t in tok.subtree if not t.is_punct]
    if not inside:  # a mark the parser made an apposition (an odd parse)
        return False
    start, end = min(inside), max(inside) + 1
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"
