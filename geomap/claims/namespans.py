"""Where the name is in a speaker phrase, read off the parse and the entities.

* a PERSON name: the phrase's head or its apposition ("The Russian defense chief,
  General Valery Gerasimov"), or a name closing a title ("Deputy Inspector of Police
  Ivan Petrov"), with the parts the tokenizer split off ("Al-" of "Al-Rashid");
* a titled name the model did not tag PERSON ("Outgoing PM Cerar"), not a body
  ("Justice Department"): :func:`geomap.claims.titles.titled_name`;
* a name after a common noun describing it ("the Lviv tabloid Vechir");
* the body a spokesperson speaks for ("a spokesperson for the ministry", "a Kremlin
  spokesman").
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from geomap.claims.appositions import appositions
from geomap.claims.name_edges import (
    POST_NOMINALS,
    bracketed,
    first_name_start,
    title_word,
    whole_words,
)
from geomap.claims.nps import core_np
from geomap.claims.source_nouns import (
    BODY_WORDS,
    GOVERNMENT_WORDS,
    ORGANISATION_NOUNS,
    THING_ENTS,
    descriptor_kind,
)
from geomap.claims.titles import HONORIFICS, TITLE_WORDS, word
from geomap.extensions import TOPONYMS

#: Nouns of people who speak for a body: the body is the source, the noun the role.
SPOKES_NOUNS: frozenset[str] = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "spokesmen", "representative", "spokewoman"}
)
#: Prepositions of a person's affiliation after the name ("X from the ministry").
_AFFILIATION = frozenset({"from", "at", "with"})
#: Each doc's place tokens, with the toponym group they were read from (identity, size, ends).
_PLACE_TOKENS: WeakKeyDictionary[Doc, tuple[tuple[int, int, int, int], frozenset[int]]] = (
    WeakKeyDictionary()
)


def person_name(phrase: Span) -> Span | None:
    """The PERSON name the phrase is about, or the body a common noun is in apposition with.

    The head's PERSON name, else its apposition's ("The Russian defense chief, General
    Valery Gerasimov"); a named body ("The medical charity Médecins Sans Frontières");
    else a name followed by its affiliation ("Olena Bondar from the People's
    Party"), an untagged proper name in apposition to a title ("India's ambassador to
    Egypt Navdeep Suri"), or a PERSON name that closes a title ("Deputy Inspector of
    Police Ivan Petrov").
    """
    root = phrase.root
    doc = phrase.doc
    places = place_tokens(doc)
    heads = [root, *appositions(root, places)]
    for tok in heads:
        if not phrase.start <= tok.i < phrase.end:
            continue
        if tok.i != root.i and bracketed(tok):
            continue  # "an official from the Administration … (NASMG)": its initials
        named_body = tok.i != root.i and root.pos_ == "NOUN" and tok.ent_type_ == "ORG"
        if _body_appos(root, tok):  # "Low-cost airline Norwegian" (tagged NORP)
            return core_np(tok)
        if tok.ent_type_ != "PERSON" and not named_body:
            continue
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        start, end = max(ent.start, phrase.start), min(ent.end, phrase.end)
        if ent.label_ == "PERSON":
            start = first_name_start(doc, start, end, phrase.start, places)
        while end - start > 1 and title_word(doc[start]):
            start += 1  # "Virologist | Christian Drosten": a title the model joined
        if start > phrase.start and word(doc[start - 1]) in HONORIFICS:
            start -= 1
        return whole_words(doc[start:end], phrase)
    if root.pos_ == "PROPN" and not root.ent_type_ and not root.is_lower:
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in _AFFILIATION]
        if preps and all(c.i > root.i for c in preps):  # "Olena Bondar from the party ..."
            start = root.i
            while start > phrase.start and doc[start - 1].dep_ == "compound":
                start -= 1
            if doc[start].pos_ == "PROPN":
                return doc[start : root.i + 1]
    appos = _untagged_appos(phrase)
    if appos is not None:
        return appos
    if word(root) in POST_NOMINALS and root.i == phrase.end - 1 and root.i > phrase.start:
        named = [e for e in doc.ents if e.end == root.i and e.label_ == "PERSON"]
        if named and named[0].start >= phrase.start:  # "Keith Vaz | MP said"
            return whole_words(named[0], phrase)
    last = [e for e in doc.ents if e.label_ == "PERSON" and e.end == phrase.end]
    last = [e for e in last if not places.intersection(range(e.start, e.end))]  # "of Kherson"
    last = [e for e in last if e.start == 0 or word(doc[e.start - 1]) not in _SITE_PREPOSITIONS]
    if last and last[0].start > phrase.start:
        before = doc[phrase.start : last[0].start]
        if any(word(t) in TITLE_WORDS or _person_noun(t) for t in before):
            return whole_words(last[0], phrase)
    return None


#: Prepositions of where a speaker is: a PERSON name after them closing the phrase is a
#: place the model mistook ("Officials in Kyiv told the BBC": the officials speak).
_SITE_PREPOSITIONS = frozenset({"in", "at"})


def place_tokens(doc: Doc) -> frozenset[int]:
    """The token indices of the doc's place mentions (``doc.spans["toponyms"]``).

    A place in apposition to a title is where the holder serves, never the holder's
    name: "Vice Chancellor of the Federal University of Technology, Owerri (FUTO),
    Prof. Francis Eze" (the model tagged "Owerri" PERSON).
    Built once per doc and toponym group, not once for each speaker phrase.
    """
    spans = doc.spans.get(TOPONYMS, ())
    n = len(spans)
    key = (id(spans), n, spans[0].start if n else -1, spans[-1].end if n else -1)
    cached = _PLACE_TOKENS.get(doc)
    if cached is None or cached[0] != key:
        cached = (key, frozenset(i for span in spans for i in range(span.start, span.end)))
        _PLACE_TOKENS[doc] = cached
    return cached[1]


def _body_appos(root: Token, tok: Token) -> bool:
    """Whether ``tok`` is a body's name in apposition to a noun for a body.

    "Low-cost airline Norwegian": the model tagged the name as a nationality (NORP), as a
    thing ("The insurer Aviva": PRODUCT) or not at all; a body noun before it says what
    it is.  A name tagged as a state right after a noun for a firm or another
    organisation is that body too ("state nuclear company Energoatom reported": no state
    is called a company).
    """
    firm_named = (
        tok.ent_type_ == "GPE" and tok.i == root.i + 1 and root.lemma_.lower() in ORGANISATION_NOUNS
    )
    return (
        tok.i != root.i
        and tok.dep_ == "appos"
        and tok.pos_ == "PROPN"
        and (tok.ent_type_ in ("NORP", "") or tok.ent_type_ in THING_ENTS or firm_named)
        and root.pos_ == "NOUN"
        and root.lemma_.lower() in BODY_WORDS
    )


def _untagged_appos(phrase: Span) -> Span | None:
    """A proper name in apposition to a title the model tagged as nothing.

    "India's ambassador to Egypt Navdeep Suri": the head is a noun for a person, its
    apposition a run of capitalised proper nouns no entity covers (not a body's name).
    """
    root = phrase.root
    nominal = root.pos_ in ("NOUN", "PROPN") or hyphen_tail(root)  # "director-general"
    titled = word(root) in TITLE_WORDS and nominal
    if not titled and (root.pos_ != "NOUN" or not _person_noun(root)):
        return None
    # After a title ("Sweden's Minister of Agriculture, Ann-Christin Nykvist") the
    # apposition is the holder's name, whatever the model tagged it.
    tags = ("", "ORG", "PERSON") if titled else ("",)
    doc = phrase.doc
    places = place_tokens(doc)
    for tok in root.children:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ not in tags or tok.is_lower:
            continue
        if tok.i in places:
            continue
        if not phrase.start <= tok.i < phrase.end:
            continue
        start = tok.i
        while start > phrase.start:  # over compounds and the parts of hyphenated words
            whole = whole_words(doc[start : tok.i + 1], phrase).start  # "Femi Oke-Osanyintolu"
            before = doc[whole - 1]
            if whole < start:
                start = whole
            elif before.dep_ == "compound" and before.pos_ == "PROPN" and before.ent_type_ in tags:
                start -= 1
            else:
                break
        name = whole_words(doc[start : tok.i + 1], phrase)
        if not any(t.lower_ in BODY_WORDS or t.is_lower for t in name):
            return name
    return None


def hyphen_tail(tok: Token) -> bool:
    """Whether ``tok`` ends a hyphenated noun the tagger split: "director-general".

    "Its director-general, Femi Oke-Osanyintolu,": the model tags "general" an
    adjective after the hyphen; the word is the noun "director-general".
    """
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return False
    return not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].pos_ == "NOUN"


def _person_noun(tok: Token) -> bool:
    """Whether ``tok`` is a common noun for a person ("the head of the delegation")."""
    return tok.pos_ == "NOUN" and descriptor_kind(tok) == "person"


def described_name(phrase: Span) -> tuple[Span, Token] | None:
    """The name after a common noun that describes it, and that noun.

    "the Lviv tabloid Vechir" -> ("Vechir", "tabloid"); "Kyiv producer Ivan
    Petrov" is a PERSON name (:func:`person_name`) found first; "the trade Union of
    Journalists" is one name.
    """
    root = phrase.root
    if root.pos_ != "PROPN" or root.ent_type_ == "PERSON":
        return None
    doc = phrase.doc
    i = root.i
    while i > phrase.start and doc[i - 1].pos_ == "PROPN":
        i -= 1
    noun = doc[i - 1] if i > phrase.start else None
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower or root.is_lower:
        return None
    name = doc[i : root.i + 1]
    if any(t.lower_ in BODY_WORDS for t in name):
        return None  # "the trade Union of journalists", "health ministry": one name
    return name, noun


#: Prepositions that go on with a body's name ("the UN Office for the Coordination of
#: Humanitarian Affairs") or tell which one ("the junta in Ouagadougou").
_NAME_GOES_ON = frozenset({"for", "of", "in", "on"})
#: Entity types of a name or place that goes on a body's name after such a preposition.
_NAME_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _named_body(obj: Token) -> Span:
    """The body ``obj`` heads, with the name or place that goes on after it.

    "a spokesperson for the UN Office for the Coordination of Humanitarian Affairs": the
    whole name, not "the UN Office" with the rest left in the role; "a spokesperson for
    the junta in Ouagadougou": the junta as the article names it elsewhere ("The junta in
    Ouagadougou denied …"). A preposition of :data:`_NAME_GOES_ON` right after the body,
    whose object is a proper name or a named place, body or site.
    """
    body = core_np(obj)
    doc = obj.doc
    end = body.end
    while end < len(doc) and doc[end].dep_ == "prep" and doc[end].lower_ in _NAME_GOES_ON:
        prep = doc[end]
        if prep.head.i < body.start or prep.head.i >= end:
            break
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.pos_ == "PROPN" or pobj.ent_type_ in _NAME_ENTS):
            break
        end = prep.right_edge.i + 1
    return doc[body.start : end]


def spokes_body(phrase: Span) -> Span | None:
    """The body a spokesperson speaks for.

    "a spokesperson for the ministry" -> "the ministry" ("… for the UN Office for the
    Coordination of Humanitarian Affairs": the whole name); "A Kremlin spokesman" -> "Kremlin",
    "A U.S. Embassy spokesperson" -> "U.S. Embassy", "a police spokesman" -> "police".
    """
    root = phrase.root
    if root.lemma_.lower() not in SPOKES_NOUNS:
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "from", "of", "at", "with"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN"
                or obj.ent_type_ in ("ORG", "GPE")
                or obj.lemma_.lower() in BODY_WORDS
            ):
                return _named_body(obj)
    doc = phrase.doc
    start = root.i
    while start > phrase.start and doc[start - 1].dep_ in ("compound", "amod", "nmod"):
        if doc[start - 1].pos_ not in ("PROPN", "NOUN") and doc[start - 1].ent_type_ != "NORP":
            break
        start -= 1
    body = doc[start : root.i]
    if any(t.pos_ == "PROPN" for t in body):  # a name
        return body
    if len(body) == 1 and body[0].lower_ in GOVERNMENT_WORDS:
        return body  # "a police spokesman": the police, by the annotation convention
    if any(t.lower_ in BODY_WORDS for t in body) and any(
        t.ent_type_ in ("NORP", "GPE") for t in body
    ):  # "the Syrian army spokesman": a state's body
        return body
    return None
