"""A speaker phrase split into a clean name and a role, and made a record.

"regional police spokesman Ivan Petrov" -> name "Ivan Petrov", role "regional
police spokesman"; "Ray Chambers, a special envoy for malaria" -> "Ray Chambers",
"a special envoy for malaria"; "a spokesperson for the Russian Ministry of
Defense" -> "the Russian Ministry of Defense", "a spokesperson"; "The expert, a
former U.S. defense official" -> "The expert", "a former U.S. defense official".
Names are cleaned of markup: HTML entities decoded, tags and Markdown link targets
dropped (``[Vilnius](link)`` -> "Vilnius").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from geomap.claims.appos_names import trim, without_appos
from geomap.claims.body_names import states_named
from geomap.claims.frames import Frame
from geomap.claims.labels import label_kind
from geomap.claims.name_kinds import acronym_expansion as acronym_expansion
from geomap.claims.name_kinds import name_kind
from geomap.claims.name_kinds import person_in_context as person_in_context
from geomap.claims.name_noise import without_noise
from geomap.claims.name_runs import run_start
from geomap.claims.name_text import clean_text
from geomap.claims.namespans import described_name, person_name, place_tokens, spokes_body
from geomap.claims.nametails import (
    DESCRIPTORS,
    after_place,
    closing_name,
    leading_person,
    proper_tail,
)
from geomap.claims.nps import core_np
from geomap.claims.person_bodies import body_of_person
from geomap.claims.split_roles import apposed_role, split_role
from geomap.claims.titles import HONORIFICS as HONORIFICS
from geomap.claims.titles import TITLE_WORDS, word
from geomap.claims.titles import titled_name as titled_name
from geomap.claims.views import opening_view
from geomap.records import Speaker


def split_name(phrase: Span) -> tuple[Span, str]:
    """Return ``(name, role)`` for a speaker phrase; the role is ``""`` when there is none."""
    doc = phrase.doc
    if phrase.root.pos_ == "PRON":
        return phrase, ""
    phrase = without_noise(phrase)  # "a witness named <script>…", "=1+1 Russian officials"
    role_end = phrase.end
    described = described_name(phrase)
    name = body_of_person(phrase) or person_name(phrase) or leading_person(phrase)
    name = name or titled_name(phrase)
    name = name or closing_name(phrase)
    name = name or spokes_body(phrase) or _account_owner(phrase)
    name = name or (described[0] if described else None) or _organisation(phrase)
    if name is None:
        name, role_end = without_appos(phrase)
    if word(doc[name.end - 1]) in TITLE_WORDS and name.end < len(doc):
        # "said Laconia police Capt. | William Clary." (a sentence split after "Capt.")
        end = name.end + (doc[name.end].text == ".")
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_punct:
            end += 1
        if end > name.end + 1 or (end > name.end and doc[name.end].text != "."):
            name = doc[name.end + (doc[name.end].text == ".") : end]
    if name.root.pos_ != "PRON":
        name = proper_tail(name)
    name = _with_possessive_s(name)  # "Jersey Mike's said": the firm's name, not Mike
    if (
        name.end < len(doc)
        and doc[name.end].text == ")"
        and name.text.count("(") > name.text.count(")")
    ):
        name = doc[name.start : name.end + 1]  # "… (NASMG)": the bracket it opened closed
    lead = [t.i for t in doc[phrase.start : name.start] if t.pos_ in ("VERB", "AUX")]
    role_start = max(lead, default=phrase.start - 1) + 1  # "continued | GTM Research"
    role_start = after_place(doc, role_start, name.start)
    while role_start < name.start and _when(doc, role_start):  # "(On) Monday | Mayor X said"
        role_start += 1
    before = trim(doc[role_start : name.start]) if name.start > role_start else None
    if before is not None and _given_name(before[-1:], name):
        name = doc[before.end - 1 : name.end]  # "(Governor) Oleksandr | Prokudin"
        before = trim(doc[before.start : before.end - 1]) if len(before) > 1 else None
    if before is not None and _abbreviated(before):
        before = doc[before.start : before.end + 1]  # "Lt. Col. | Anna Berg": its full stop
    after = trim(doc[name.end : role_end]) if name.end < role_end else None
    if after is not None and all(t.lower_ in DAY_WORDS or t.is_punct for t in after):
        after = None  # "Palestinian President Mahmoud Abbas | Saturday said": when, not who
    if after is not None and after[0].lower_ in ("in", "at") and after[0].dep_ == "prep":
        after = None  # "Zelensky | in Odesa: …": where, not who (a role names an office)
    inside = name.start > phrase.start and name.end < role_end
    inside = inside and not name.start <= phrase.root.i < name.end  # "Prof. X of Y": X's own
    if inside and not doc[name.start - 1].is_punct and not doc[name.end].is_punct:
        before, after = phrase, None  # "A Kremlin spokesman": the whole phrase is the role
    parts = [clean_text(p.text) for p in (before, after) if p is not None]
    parts = [p[3:] if p[:3] in ("'s ", "’s ") else p for p in parts]  # "'s Telegram channel"
    role = ", ".join(p for p in parts if p and p.lower() not in ("the", "a", "an"))
    return name, role


#: The possessive "'s" as the tokenizer splits it off a word.
_POSSESSIVE_S = frozenset({"'s", "’s"})


def _with_possessive_s(name: Span) -> Span:
    """``name`` with the "'s" written onto it when a verb follows: a firm named so speaks.

    "Jersey Mike's said", "McDonald's said": the "'s" ends the name, it owns nothing
    (a possessive is followed by what it owns: "Mike's spokesman said").
    """
    doc = name.doc
    end = name.end
    if end + 1 >= len(doc) or doc[end].text not in _POSSESSIVE_S or doc[end - 1].whitespace_:
        return name
    if doc[end + 1].pos_ not in ("VERB", "AUX"):
        return name
    return doc[name.start : end + 1]


def _given_name(before: Span, name: Span) -> bool:
    """Whether the one word before a one-word name is its first name the model split off.

    "Oleksandr Prokudin said": the model tagged "Oleksandr" ORG and "Prokudin" PERSON,
    and "Oleksandr" became the role (or the role's last word: "Governor Oleksandr"). A
    capitalised proper noun right before the name, of no title and no place or people
    ("Kremlin", "Ukrainian" are labelled so), is part of it.
    """
    if len(before) != 1 or len(name) != 1 or before.end != name.start:
        return False
    tok = before[0]
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and word(tok) not in TITLE_WORDS | HONORIFICS | DESCRIPTORS  # not "Rival | Digi"
        and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
        and name[0].ent_type_ == "PERSON"
        and bool(tok.whitespace_)
    )


def _abbreviated(role: Span) -> bool:
    """Whether a role ends in an abbreviated title whose full stop the tokenizer split off.

    "Lt. Col. Anna Berg": "Col" and "." are two tokens, and trimming the role's edge
    punctuation would leave "Lt. Col"; the stop written right after a title word
    (:data:`~geomap.claims.titles.TITLE_WORDS`) belongs to it.
    """
    doc = role.doc
    last = doc[role.end - 1]
    stop = doc[role.end] if role.end < len(doc) else None
    if stop is None or stop.text != "." or last.whitespace_:
        return False
    return word(last) in TITLE_WORDS


#: Words of a day that the parse may put before a speaker's title ("Monday Mayor X said").
DAY_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight",
    }
)  # fmt: skip


def _when(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a role with when, not who: a day word, its "on" or comma."""
    tok = doc[i]
    if tok.lower_ in DAY_WORDS or (tok.is_punct and i > 0 and doc[i - 1].lower_ in DAY_WORDS):
        return True
    return tok.lower_ == "on" and i + 1 < len(doc) and doc[i + 1].lower_ in DAY_WORDS


#: Nouns of an account someone posts on: its owner speaks, not the platform.
ACCOUNT_NOUNS = frozenset({"channel", "account", "page", "feed", "profile", "handle", "blog"})


def _account_owner(phrase: Span) -> Span | None:
    """The owner of the account a post went out on ("The governor's Telegram channel").

    A platform is where a source speaks, not the source: the possessor of a channel,
    account, page or feed is the name, the account its role.
    """
    root = phrase.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in ACCOUNT_NOUNS:
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.left_edge.i < phrase.start:
        return None
    return phrase.doc[owner.left_edge.i : owner.i + 1]


def _organisation(phrase: Span) -> Span | None:
    """The ORG name closing a phrase that describes it ("the broadcaster BBC News")."""
    root = phrase.root
    if root.ent_type_ != "ORG":
        return None
    doc = phrase.doc
    ent = next(e for e in doc.ents if e.start <= root.i < e.end)
    if ent.start > phrase.start + 1 and ent.end >= core_np(root).end:
        owner = _possessor(phrase, ent.start)
        start = owner if owner is not None else run_start(doc, ent.start, ent.end, phrase.start)
        return doc[start : min(ent.end, phrase.end)]  # "Ärzte ohne | Grenzen": one name
    return None  # "the Kyiv trade Union of Journalists": the entity is cut short


def _possessor(phrase: Span, start: int) -> int | None:
    """Where a possessive naming whose body it is begins, right before the body's name.

    "the United Kingdom's Health Ministry", "the state's Emergency Management Agency":
    the owner is part of the body's name (a role is a person's); only a place (tagged
    so, or a place mention of the article's geoparse whatever the model tagged it) or a
    state noun ("state", "country", "city") that owns the name.
    """
    doc = phrase.doc
    case = doc[start - 1]
    if case.dep_ != "case" or case.head.dep_ != "poss":
        return None
    owner = case.head
    place = owner.ent_type_ == "GPE" or owner.i in place_tokens(doc)  # "Azerbaijan" tagged PERSON
    if not place and owner.lemma_.lower() not in _STATE_NOUNS:
        return None
    first = owner.left_edge.i
    return first if first >= phrase.start else None


#: Nouns of a state that owns a body ("the state's Emergency Management Agency").
_STATE_NOUNS = frozenset({"state", "country", "city", "county", "province", "nation"})


def verb_of(frame: Frame) -> tuple[str, str, int, int]:
    """The words of saying as written, their lemma, and their offsets.

    "said"/"say", "called for"/"call for", "according to", and a speech noun
    with the verb that issues it ("issued a statement"/"issue statement").
    """
    cue = frame.cue
    doc = cue.doc
    if frame.kind in ("colon", "quote", "label"):  # "Petrenko: Kharkiv …", "X was blunt. “…”"
        return cue.text, "say", cue.idx, cue.idx + len(cue)
    if frame.kind == "view":  # "For the mayor, …", "In the view of X, …"
        _, _, lemma, end = opening_view(cue.sent) or (cue, cue, cue.lower_, cue)
        return doc[cue.i : end.i + 1].text, lemma, cue.idx, end.idx + len(end)
    if frame.kind == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), cue)
        return doc[cue.i : to.i + 1].text, "according to", cue.idx, to.idx + len(to)
    if frame.kind == "noun":
        head = cue.head
        if cue.dep_ == "dobj" and head.pos_ == "VERB":
            span = doc[head.i : cue.i + 1]
            lemma = f"{head.lemma_.lower()} {cue.lemma_.lower()}"
            return span.text, lemma, span.start_char, span.end_char
        return cue.text, cue.lemma_.lower(), cue.idx, cue.idx + len(cue)
    particle = next(
        (c for c in cue.children if c.dep_ in ("prt", "prep") and c.i == cue.i + 1), None
    )
    lemma = cue.lemma_.lower()
    if particle is not None and f"{lemma} {particle.lower_}" in _PHRASAL:
        return (
            doc[cue.i : particle.i + 1].text,
            f"{lemma} {particle.lower_}",
            cue.idx,
            particle.idx + len(particle),
        )
    return cue.text, lemma, cue.idx, cue.idx + len(cue)


_PHRASAL = frozenset({"call for", "call on", "point out"})


def speaker_record(frame: Frame) -> Speaker:
    """The :class:`~geomap.records.Speaker` of a frame: name, role, kind, verb, offsets."""
    name, role = split_name(frame.speaker)
    role = role or split_role(name)  # "Niger's interior minister, Mohamed Toumba said"
    role = role or apposed_role(name)  # a pronoun's antecedent "X, the director of Y, …"
    verb, lemma, v_start, v_end = verb_of(frame)
    states = states_named(name)  # "Neighbouring | Burkina Faso and Niger … condemned"
    if states is not None:
        name = states
    return Speaker(
        name=clean_text(name.text) or name.text,
        start=name.start_char,
        end=name.end_char,
        role=role,
        kind=label_kind(frame)
        or ("government" if states is not None else name_kind(frame.speaker, name)),
        verb=verb,
        lemma=lemma,
        verb_start=v_start,
        verb_end=v_end,
        phrase=frame.speaker.text,
    )
