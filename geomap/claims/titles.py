"""Titles before a person's name: their words, and the name a title introduces.

"Capt.", "Deputy Coroner", "Outgoing PM" belong to the role (:data:`TITLE_WORDS`),
"Dr.", "Ms." to the name (:data:`HONORIFICS`); :func:`titled_name` finds a person's
name after a title even where the model tagged no PERSON ("Cllr Morris", "NYPD Chief
of Department Terence Monahan"). Read by :mod:`geomap.claims.namespans` and
:mod:`geomap.claims.names`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geomap.claims.source_nouns import BODY_WORDS, descriptor_kind, listed

#: Words of a title that precede a name and belong to the role ("Capt.", "Deputy Coroner").
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "inspector", "capt", "captain", "lt", "sgt", "gen", "general", "gov", "governor",
        "sen", "senator", "rep", "president", "minister", "secretary", "mayor", "chief",
        "deputy", "coroner", "sheriff", "director", "ambassador", "councillor", "cllr",
        "councilman", "councilwoman", "commissioner", "judge", "officer", "spokesman",
        "spokeswoman", "spokesperson", "pm", "gm", "ceo", "chairman", "chairwoman", "det",
        "sergeant", "lieutenant", "colonel", "col", "maj", "major", "adm", "admiral",
        "justice", "supt", "superintendent", "constable", "pc", "chancellor", "premier",
        "father", "fr", "rev", "reverend", "pastor", "bishop", "archbishop", "cardinal",
        "rabbi", "imam", "sheikh", "cpl", "corporal", "cmdr", "doctor", "atty", "insp", "pvt",
        "cdr", "ofc",
    }
)  # fmt: skip
#: Honorifics kept with the name ("Dr. Elena Petrova", "Ms. Hanabusa").
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})


def word(tok: Token) -> str:
    """The token lowercased without dots ("Capt." -> "capt")."""
    return tok.lower_.strip(".")


def titled_name(phrase: Span) -> Span | None:
    """The name after a title word ("Outgoing PM | Cerar", "Cllr | Morris"), if any.

    A name the model did not tag PERSON is still a person's when a title precedes it;
    a body is not ("the Justice Department": "justice" is no title there).
    """
    root = phrase.root
    if root.pos_ != "PROPN":
        return None
    doc = phrase.doc
    i = root.i
    while i > phrase.start and doc[i - 1].pos_ == "PROPN" and word(doc[i - 1]) not in TITLE_WORDS:
        i -= 1
    if i > phrase.start and (word(doc[i - 1]) in TITLE_WORDS or _person_word(doc, i, root.i)):
        name = doc[i : root.i + 1]
        common = all(listed(t) for t in name)  # "General Staff": a body's name, no title
        common = common or all(word(t) in TITLE_WORDS for t in name)  # "General | Secretary"
        if not common and not any(t.lower_ in BODY_WORDS for t in name):
            return name
    return _name_after_titled_body(phrase)


def _person_word(doc: Doc, start: int, last: int) -> bool:
    """Whether a capitalised noun for a person opens a name of two or more words.

    "Resident | Landry Burdine said": the noun before the name is a description, as a
    title is ("Capt. | Ivan Petrov"); "Resident Burdine" is left whole (one word could
    be a body's).
    """
    noun = doc[start - 1]
    if last - start < 1 or noun.pos_ != "NOUN" or not noun.text[:1].isupper():
        return False
    return descriptor_kind(noun) == "person" and all(
        t.ent_type_ in ("", "PERSON") for t in doc[start : last + 1]
    )


def _name_after_titled_body(phrase: Span) -> Span | None:
    """The name after a title that ends with a body ("Chief of Department | Ivan Petrov").

    "NYPD Chief of Department Terence Monahan", "Head of the Press Office Ivan Petrov":
    two or more capitalised words no place or body entity covers, after a body word,
    with a title word (or "Head") before it. The name ends the phrase's root, or the
    phrase itself when the title is its root ("Head of Odesa Regional Military
    Administration Oleh Kiper", one organisation to the model: the entity that covers
    the body may run on over the name).
    """
    doc = phrase.doc
    for last in dict.fromkeys((phrase.root.i, phrase.end - 1)):
        i = last
        while (
            i > phrase.start and doc[i - 1].pos_ == "PROPN" and doc[i - 1].lower_ not in BODY_WORDS
        ):
            i -= 1
        name = doc[i : last + 1]
        if len(name) < 2 or i == phrase.start or doc[i - 1].lower_ not in BODY_WORDS:
            continue
        body = doc[i - 1]
        if any(word(t) in TITLE_WORDS or not _outside_other_entity(t, body) for t in name):
            continue
        if any(word(t) in TITLE_WORDS | _TITLE_HEADS for t in doc[phrase.start : i]):
            return name
    return None


#: Words that open a title ending with a body ("Head of the Press Office").
_TITLE_HEADS = frozenset({"head"})


def _outside_other_entity(tok: Token, body: Token) -> bool:
    """Whether ``tok`` is in no entity, a PERSON, or the entity of the ``body`` word before it."""
    if tok.ent_type_ in ("", "PERSON"):
        return True
    return body.ent_type_ == tok.ent_type_ and tok.ent_iob_ == "I" and body.ent_iob_ in ("B", "I")
