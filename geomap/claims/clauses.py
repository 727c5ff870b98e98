"""What a verb of saying does not report, though the parse hangs it there.

* :func:`across_dash`: a clause before a dash, when the verb after the dash reports
  a clause of its own ("…, with Brazil being the most Catholic country – 64.6 percent
  of its citizens say they are faithful to Rome");
* :func:`across_connective`: a clause before a consequence the verb's own clause draws
  ("The steroids reduced his bone density, so the fan found he was too weak");
* :func:`instruction`: "asked him to leave", "told her to wait": an act in the story,
  not a claim;
* :func:`byline`: "…, writes Brad Halcrow." closing a sentence without quotation: the
  article's author, not a source;
* :func:`inverted_object`: `“…,” added the spokesman.` with "the spokesman" parsed
  as the object: the speaker;
* :func:`hypothetical`: "If …, economists would call it a failure": said by no one;
* :func:`as_clause_head`: "As the press office reported, the statue was cast in …": the
  clause "as" attributes;
* :func:`reports_content`: "witnessed a speech by X": a speech noun naming an event
  reports nothing.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.frames import Frame
from geomap.claims.source_nouns import web_name

#: Dashes that set off a clause (a hyphen inside a word is no dash).
DASHES: frozenset[str] = frozenset({"–", "—", "--", "―"})
#: Verbs of saying that also give instructions ("asked him to leave").
INSTRUCTION_VERBS: frozenset[str] = frozenset({"ask", "tell", "order", "instruct"})
#: Verbs of an author's byline ("writes Brad Halcrow").
BYLINE_VERBS: frozenset[str] = frozenset({"write", "report"})
_QUOTES = frozenset({'"', "“", "”", "«", "»", "''", "``"})
_REPORTED = frozenset({"ccomp", "parataxis", "xcomp"})
#: Marks that end a clause a later verb of saying does not report: dashes, ":" and ";".
_BREAKS = DASHES | {":", ";"}
#: Adverbs that open a clause drawing a consequence from the one before ("…, so …").
CONNECTIVES: frozenset[str] = frozenset({"so", "therefore", "thus", "hence", "then"})
#: Marks that close a quotation (and its comma) before an inverted verb of saying.
_CLOSERS = frozenset({'"', "”", "’", "'", "''", "»", ","})
#: Verbs of saying whose object is whom they tell, never who speaks ("told Reuters").
LISTENER_VERBS = frozenset({"tell", "inform", "brief", "notify", "assure"})


def _reported_before(span: Span, frame: Frame) -> Token | None:
    """The clause head under which the frame's verb holds ``span`` as reported, before the verb.

    ``None`` unless the frame is a verb of saying and ``span`` lies in a clause the
    parser hung on it as what it reports (:data:`_REPORTED`), left of it.
    """
    if frame.kind != "verb":
        return None
    verb = frame.anchor
    tok = span.root
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    if tok.head.i != verb.i or tok.i > verb.i or tok.dep_ not in _REPORTED:
        return None
    return tok


def across_dash(span: Span, frame: Frame) -> bool:
    """Whether ``span`` lies in a clause before a dash the frame's verb reports only by parse.

    A verb of saying reports one clause: when it has one after it, a clause the parser
    hung on it from before a dash that precedes its speaker is the journalist's.
    "Russia shelled Kyiv – officials said." keeps its speaker (nothing follows "said").
    A colon or semicolon breaks the same way ("Tunisian authorities seemed motivated by
    …: during his committee appearance, Zbidi said NATO had demanded …").
    """
    tok = _reported_before(span, frame)
    if tok is None:
        return False
    verb = frame.anchor
    if not any(c.dep_ in _REPORTED and c.i > verb.i for c in verb.children):
        return False
    doc = span.doc
    end = min(frame.mention.start, verb.i)
    return any(doc[i].text in _BREAKS for i in range(span.end, end))  # the parse may hang it inside


def across_connective(span: Span, frame: Frame) -> bool:
    """Whether ``span`` lies in a clause before a connective that opens the verb's own.

    "The steroids … in Bicester … reduced his bone density, so the young rugby fan found
    he was too weak": the parser hung the clause before "so" on "found", but a verb
    whose clause draws a consequence from the one before ("so", "therefore", "then")
    does not report it; "Kyiv fell, or so officials say" still reports.
    """
    tok = _reported_before(span, frame)
    if tok is None:
        return False
    verb, doc = frame.anchor, span.doc
    return any(
        c.lower_ in CONNECTIVES and tok.right_edge.i < c.i < verb.i and doc[c.i - 1].lower_ != "or"
        for c in verb.children
    )


def instruction(verb: Token) -> bool:
    """Whether ``verb`` tells a person in the story to do something ("asked him to leave").

    A pronoun object and an infinitive: an act; "asked the UN to intervene" (a named
    addressee: a public call) and "told reporters that …" still report.
    """
    if verb.lemma_.lower() not in INSTRUCTION_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "ccomp" for c in children):
        return False
    pronoun = any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in children)
    infinitive = any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in children
    )
    return pronoun and infinitive


def byline(verb: Token) -> bool:
    """Whether ``verb`` is an author's byline: "…, writes Brad Halcrow." with no quotation.

    The verb in the present, its subject after it and closing the sentence, and no
    quotation mark in the sentence (``"“…,” writes Smith"`` quotes him).
    """
    if verb.lemma_.lower() not in BYLINE_VERBS or verb.tag_ != "VBZ":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i < verb.i:
        return False
    if verb.lemma_.lower() == "report" and _outlet(subjects[0]):
        return False  # "…, reports eonline.com.": a site reports, no author signs
    sent = verb.sent
    rest = sent.doc[subjects[0].right_edge.i + 1 : sent.end]
    if not all(t.is_punct or t.is_space for t in rest):
        return False
    return not any(t.text in _QUOTES for t in sent)


def _outlet(subj: Token) -> bool:
    """Whether a byline verb's subject names a body or a site, not an author."""
    return subj.ent_type_ == "ORG" or web_name(subj)


def inverted_object(verb: Token) -> Token | None:
    """The speaker the parser made an object: `“…,” added the spokesman.`.

    A verb of saying right after a quotation's closing mark (or its comma), without a
    subject, whose object closes the sentence: the object is who speaks.  Never after
    a gerund: "The bank kept rates on hold, citing weak demand in Lithuania." cites.
    Never the object of a verb that tells someone (:data:`LISTENER_VERBS`): it is the
    listener (`“…,” a senior official, speaking on condition of anonymity, told Reuters.`).
    """
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _CLOSERS or verb.tag_ == "VBG":
        return None
    if verb.lemma_.lower() in LISTENER_VERBS:
        return None
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return None
    obj = split_object(verb)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    rest = doc[obj.right_edge.i + 1 : verb.sent.end]
    return obj if all(t.is_punct or t.is_space for t in rest) else None


def split_object(verb: Token) -> Token | None:
    """The verb's first object after it, the noun of a hyphenated one the parser split.

    "clarified the sub-prefect": the parser made "sub", "-" and "prefect" three objects;
    the noun that ends the run of adjacent objects is the object.
    """
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objs:
        return None
    obj = objs[0]
    for nxt in objs[1:]:
        if nxt.i != obj.i + 1 or obj.pos_ in ("NOUN", "PROPN"):
            break
        obj = nxt
    return obj


#: Modal auxiliaries of a saying that is only supposed ("… would call it a failure").
_SUPPOSED = frozenset({"would", "could", "might"})


def hypothetical(verb: Token) -> bool:
    """Whether ``verb`` says something only on a condition: "If …, economists would call it …".

    A modal (would, could, might) and an "if" clause hung on the verb: no one says it.
    """
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSED for c in verb.children):
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in verb.children
    )


def as_clause_head(verb: Token) -> Token | None:
    """The clause an "As X reported, …" attributes: the verb's head.

    A verb of saying opened by "as", hung as an adverbial clause and reporting nothing of
    its own (no object or clause): what it reports is the clause it modifies.
    """
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.lemma_.lower() in _DEFINING:
        return None  # "genocide as defined by the Convention" restricts a term: no report
    children = list(verb.children)
    opened = any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in children)
    if not opened and not _closing_clause(verb):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in children):
        return None
    return verb.head


def _closing_clause(verb: Token) -> bool:
    """A verb closing its sentence after ", X", hung below the verb whose clause it reports.

    "A man died … on Old Lexington Highway, the S.C. Highway Patrol reported.": the parser
    hung "the Patrol" on the highway and "reported", with no subject of its own, on "died".
    """
    doc = verb.doc
    if verb.i < verb.head.i or doc[verb.i - 1].is_punct:
        return False
    if verb.i + 1 < verb.sent.end and not doc[verb.i + 1].is_punct:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    return any(doc[k].text == "," for k in range(verb.head.i + 1, verb.i))


#: Verbs whose "as …-ed by X" restricts a term ("crimes as defined by the Rome Statute").
_DEFINING = frozenset({"define"})
#: Prepositions that give a speech noun its topic ("claims about Crimea", "blame on …").
_TOPICS = frozenset({"about", "on", "over", "regarding", "concerning", "against"})


def reports_content(noun: Token, saying: Collection[str]) -> bool:
    """Whether a speech noun reports what was said, so its source speaks for what it holds.

    A subject ("statements from U.S. officials suggest …"), a clause ("Paul's assertions
    that …", "a letter calling for …"; ``saying`` holds the lemmas of verbs of saying), a
    topic ("claims about Crimea") or a quotation after it ("a statement: “…”") report;
    "witnessed a speech by X" or "was the announcement by X of tariffs" name an event:
    nothing said is reported, and a place in the source's name or role is the narrative's.
    """
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.ISSUE_VERBS:
        return True  # "the police released a statement to … about …"
    for child in noun.children:
        if child.dep_ in ("ccomp", "appos"):
            return True
        if child.dep_ == "acl" and (
            child.lemma_.lower() in saying or any(c.dep_ == "mark" for c in child.children)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in _TOPICS:
            return True
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].text in _QUOTES | {":"}


def relative_that(tok: Token) -> Token | None:
    """A "that" clause after a noun of ``tok`` the parser read as a relative clause.

    "Hemedti said in a speech that Lviv would fall": "that" made the object of "fall"
    and the clause a relative one of "speech".  A clause right after the noun, opened by
    "that" and with a subject of its own, when the verb of saying reports no other
    clause, is what is said (the caller checks that last): "said in a statement that he
    posted on X" after a quotation keeps its relative clause, and so does one followed by
    another "that" clause.
    """
    if tok.dep_ != "prep":
        return None
    for noun in (c for c in tok.children if c.dep_ == "pobj"):
        for sub in (c for c in noun.children if c.dep_ == "relcl"):
            first = tok.doc[noun.i + 1]
            if first.lower_ != "that" or first.head.i != sub.i or first.i != sub.left_edge.i:
                continue
            if any(t.lower_ == "that" and t.i != first.i for t in sub.subtree):
                continue  # "in a speech that he gave in Lviv that the war would end"
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in sub.children):
                return sub
    return None
