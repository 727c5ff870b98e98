"""Subjects of saying the parser hung as appositions, and sayings set off in parentheses.

Wire copy sets the speaker off by commas, and the small model often hangs the phrase
on the noun before it and leaves the verb of saying without subject:

* :func:`fronted_apposition`: "In a post on X, the foreign minister, Mehdi Rastegar,
  wrote that …": the parser made "minister" an apposition of "X", the pobj of the
  fronted "In a post on X"; the apposition running up to the verb is its subject (also
  in an opening participle: "Speaking to the BBC, the head of the charity said").
* :func:`apposed_subject`: "“…,” the WHO’s regional emergency director, Adama Touré,
  said.", "after the governor of Belgorod, Vyacheslav Gladkov, said …": the phrase
  right before the subjectless verb is an apposition chain hung on the noun before it;
  its first member is the subject (its name and role), also when the chain hangs on a
  place in a fronted phrase ("In Crimea, the governor of Sevastopol, Mikhail
  Razvozhayev, said": the role's noun, with the name in apposition to its place).
* :func:`parenthetical_saying`: "Explosions were heard near Isfahan, Iranian state
  media reported, and …": a verb of saying with a subject and nothing said of its
  own, set off by commas after the root, that the parser made an adverbial clause of
  the root (or a participle of the noun before it: :func:`closing_participle`),
  speaks for the sentence as "…, police said." does; :func:`set_off_saying`:
  "he" of such a saying ("Another 15 were wounded, he said, …") is never the reported
  clause's subject.
* :func:`split_quote_subject`: '"The people of Gaza," said Martin Griffiths, …, "have been
  abandoned."': the name after the verb, not the quotation's first words.
* :func:`past_closing_time`: "…, the Kenya Red Cross said Tuesday." closes the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims.source_nouns import can_speak

_NOMINAL = frozenset({"NOUN", "PROPN"})
#: Dependents by which a verb says something of its own (a clause, an object, a predicate).
_SAYS_OWN = frozenset({"ccomp", "dobj", "xcomp", "dative", "oprd", "attr", "csubj"})


def _speaks(tok: Token) -> bool:
    return tok.pos_ in _NOMINAL and can_speak(tok.doc[tok.i : tok.i + 1])


def _last_word_before(verb: Token) -> int:
    """The index of the last token before ``verb`` that is no comma (or -1)."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].text == ",":
        i -= 1
    return i


def fronted_apposition(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition inside a fronted phrase of ``verb``.

    "In a post on X, the Iranian foreign minister, Mehdi Rastegar, wrote that …":
    ``verb`` has no subject and a preposition before it whose object carries an
    apposition (set off by a comma) that runs up to the verb; that apposition speaks.
    So does one in a participle opening the sentence, no comma before the verb needed:
    "Speaking to the BBC, the head of the charity said …" ("head" hung on "BBC").
    """
    comma = verb.doc[verb.i - 1].text == ","
    end = _last_word_before(verb)
    fronted = [c for c in verb.children if c.i < verb.i and c.dep_ == "prep" and comma]
    fronted += [c for c in verb.children if _opening_participle(c, verb)]
    for prep in fronted:
        for tok in prep.subtree:
            if tok.dep_ != "appos" or tok.head.i >= tok.i:
                continue
            if verb.doc[tok.left_edge.i - 1].text != ",":
                continue
            last = max(t.i for t in tok.subtree if not t.is_punct)
            if last == end and _speaks(tok):
                return tok
    return None


def _opening_participle(child: Token, verb: Token) -> bool:
    """Whether ``child`` is a participle opening the sentence: "Speaking to the BBC, …"."""
    return child.dep_ == "advcl" and child.i == child.left_edge.i == verb.sent.start


def apposed_subject(verb: Token) -> Token | None:
    """The head of the apposition chain right before a subjectless ``verb``.

    "“…,” the WHO’s regional emergency director, Adama Touré, said.", "… came hours
    after the governor of Belgorod, Vyacheslav Gladkov, said a drone had hit …": the
    parser hung the name on the noun before it (a quotation's verb, a place) and left
    the verb without subject (or made it a conjunct of the root).  The name set off by
    commas right before the verb speaks; the phrase it is apposed to (after a comma or
    a quotation mark) holds its role.
    """
    doc, sent = verb.doc, verb.sent
    end = _last_word_before(verb)
    if end == verb.i - 1 or end < sent.start:
        return None
    name = doc[end]
    while name.head.i != name.i and name.head.i <= end and name.head.i > name.i:
        name = name.head  # "Touré" of "Adama Touré"
    if name.dep_ != "appos" or not _speaks(name) or doc[name.left_edge.i - 1].text != ",":
        return None
    first = name.head
    if first.i < name.i and first.pos_ in _NOMINAL and _speaks(first):
        before = doc[first.left_edge.i - 1] if first.left_edge.i > sent.start else None
        if before is not None and (before.text == "," or before.is_quote):
            return first
    wider = fronted_apposition(verb)  # "In Crimea, the governor of Sevastopol, X, said"
    return wider if wider is not None and wider.is_ancestor(name) else name


def parenthetical_saying(anchor: Token, root: Token) -> bool:
    """Whether ``anchor``, an adverbial (or relative) clause of ``root``, is a saying set off.

    "Explosions were heard near Isfahan early on Friday, Iranian state media reported,
    and air defence systems were activated", "A drone hit a refinery in Ryazan, a source
    in the security service told Reuters." (also one parsed as a bare conjunct: "…, X
    said in Cairo."): after the root, nothing said of its own (who
    was told is no such thing), no subordinating word but "as", and its subject (or,
    when the parser hung it elsewhere, the phrase before it) after a comma; a comma or
    the sentence's end after it.
    """
    if anchor.i < root.i or not (
        (anchor.dep_ == "advcl" and anchor.head.i == root.i)
        or _bare_conjunct(anchor, root)
        or _closing_relative(anchor, root)
        or closing_participle(anchor, root)
    ):
        return False
    listener = ("dobj", "dative") if anchor.lemma_.lower() == "tell" else ()
    children = [c for c in anchor.children if c.dep_ not in listener]
    if any(c.dep_ in _SAYS_OWN for c in children):
        return False
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in children):
        return False
    doc = anchor.doc
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.i > anchor.i:
        return False
    first = subj.left_edge.i if subj is not None else _phrase_start(anchor)
    if first is None or first == 0 or doc[first - 1].text != ",":
        return False
    last = max(t.i for t in anchor.subtree if not t.is_punct)
    return last + 1 >= anchor.sent.end or doc[last + 1].is_punct


def _bare_conjunct(verb: Token, root: Token) -> bool:
    """Whether the parser made a saying set off by a comma a conjunct of the root's.

    "The EU will send more aid to Gaza, Ursula von der Leyen said in Cairo.": "said"
    hangs on "send" as a conjunct, with no "and" or "but" between them: two clauses are
    not joined by a comma alone, so this is the sentence's attribution.
    """
    if verb.dep_ != "conj" or verb.head.i != root.i:
        return False
    return not any(c.dep_ == "cc" and root.i < c.i < verb.i for c in root.children)


def _closing_relative(verb: Token, root: Token) -> bool:
    """Whether the parser made a saying set off by a comma a relative clause of the root's.

    "The Conservatives have opened a lead over the Liberals, a poll released on Sunday
    suggests, with …": "suggests" hangs on "lead" with a subject of its own that is no
    relative pronoun; a relative clause set off by a comma needs one (no "the lead, a
    poll suggests"), so this is the sentence's attribution.
    """
    if verb.dep_ != "relcl" or verb.head.pos_ not in _NOMINAL:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP", "WP$") or subj.lower_ == "that":
        return False
    head = verb.head
    while head.i != root.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # up to the verb whose clause the noun is in
    return head.i == root.i


def closing_participle(verb: Token, root: Token) -> bool:
    """Whether the parser hung a closing saying on the noun before it, as a participle.

    "The strike has cost the port 40 million euros, the port authority estimated on
    Friday.": "estimated" is an ``acl`` of "authority", an apposition of "euros"; with no
    subject of its own, the noun phrase it follows (set off by a comma, in the root's
    clause, no verb between) is its subject and it speaks for the sentence.
    """
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ not in _NOMINAL or head.i > verb.i or head.i == root.i:
        return False
    start = head.left_edge.i
    if start <= verb.sent.start or verb.doc[start - 1].text != ",":
        return False  # "A Kyiv man admitted in court": the sentence's own noun, no closing
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    if _phrase_start(verb) != head.left_edge.i or not _speaks(head):
        return False
    tok = head
    while tok.i != root.i and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head  # a tree's own root ends the walk (sentence breaks set against the parse)
    return tok.i == root.i


def _phrase_start(verb: Token) -> int | None:
    """Where the words before ``verb`` begin after punctuation, if they hold no verb."""
    doc, i = verb.doc, verb.i
    while i > verb.sent.start and not doc[i - 1].is_punct:
        i -= 1
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
    return i if i < verb.i else None


def set_off_saying(verb: Token) -> bool:
    """Whether ``verb`` is a saying set off in the clause it reports ("…, he said, …").

    The parser hangs "he said" in "Another 15 were wounded, he said, and …" on the
    reported clause (``parataxis``, or an adverbial clause: :func:`parenthetical_saying`);
    that clause's subject is what is reported on, never who "he" is.
    """
    if verb.dep_ == "parataxis":
        return True
    return verb.dep_ == "advcl" and parenthetical_saying(verb, verb.head)


def past_closing_time(verb: Token, end: int) -> int:
    """The index after a time that follows a closing verb at ``end`` ("said Tuesday.").

    "…, the Kenya Red Cross said Tuesday." and "…, police said on Monday." close the
    sentence as "…, police said." does: a day or time hung on the verb (bare or after
    "on"/"at") is skipped.
    """
    for child in verb.children:
        if child.i != end:
            continue
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            return child.right_edge.i + 1
        objects = [c.ent_type_ for c in child.children if c.dep_ == "pobj"]
        timed = bool(objects) and all(e in ("DATE", "TIME") for e in objects)
        if child.dep_ == "prep" and child.lower_ in ("on", "at") and timed:
            return child.right_edge.i + 1
    return end


def split_quote_subject(verb: Token, subj: Token) -> Token | None:
    """The speaker after ``verb`` when the parser took a quotation's words as its subject.

    '"The people of Gaza," said Martin Griffiths, the UN relief chief, "have been
    abandoned."': the quotation opens right before the parser's subject and closes
    right before the verb; the name right after the verb speaks (the parser hung it
    on the rest of the quotation).
    """
    doc = verb.doc
    left = subj.left_edge.i
    if left == 0 or not doc[left - 1].is_quote or not doc[verb.i - 1].is_quote:
        return None
    if subj.right_edge.i >= verb.i - 1 or verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    while after.head.pos_ in _NOMINAL and after.head.left_edge.i == verb.i + 1:
        after = after.head  # "Griffiths" of "Martin Griffiths"
    if after.left_edge.i != verb.i + 1 or not _speaks(after):
        return None
    return after
