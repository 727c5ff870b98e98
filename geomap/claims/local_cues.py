"""The cues of saying of a parsed French or Russian sentence, and their sources.

:func:`cues` finds a sentence's verbs of saying (with their subject:
:func:`subject`; "a fait savoir" is one), "selon X"/"по словам X" and "de
source X"; used by :mod:`geomap.claims.local_attribution`.  The verb of an
incise after what it reports has its subject after it (:func:`incise`,
:func:`inverted`: "…, a annoncé le ministère", "…, a précisé dimanche la SNCF"),
where the parser usually reads an object.
"""

from __future__ import annotations

from geomap.claims.contrasts import CONTRASTS as _CONTRASTS
from geomap.claims.local_addressees import without_addressee
from geomap.claims.local_lexicon import SayingWords, verb_lemma
from geomap.claims.local_sources import Cue, can_speak
from geomap.claims.local_syntax import Word, children

#: Parts of speech a source's head may have.
SOURCE_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "X", "NUM"})


def cues(words: list[Word], lex: SayingWords) -> list[Cue]:
    """The cues of saying of a parsed sentence, in order."""
    found = []
    for i, w in enumerate(words):
        low = w.text.lower()
        pair = (words[i - 1].text + w.text).lower() if i else low
        lemma = verb_lemma(w.text, w.lemma, lex) if w.pos == "VERB" else None
        maker = made_by(words, i, lex) if w.pos == "VERB" else None
        if maker is not None:
            said = f"{words[maker].text} {w.text}"
            lemma = f"{words[maker].lemma} {w.lemma}"
            at = maker if w.head == maker else i  # "a fait savoir que": "fait" may head
            found.append(Cue(said, lemma, words[maker].start, w.end, at, subject(words, at, lex)))
        elif lemma is not None:
            at = aside(words, i, lex)
            by = subject(words, i, lex)
            found.append(Cue(w.text, lemma, w.start, w.end, at, by, aside=at != i))
        elif low in lex.prepositions or pair in lex.prepositions:
            first = i if low in lex.prepositions else i - 1
            noun = w.head
            if words[noun].pos == "ADP" and words[noun].head != noun:  # "D'" + "après"
                noun = words[noun].head
            cue_text = " ".join(x.text for x in words[first : i + 1]).replace("' ", "'")
            found.append(
                Cue(cue_text, cue_text.lower(), words[first].start, w.end, words[noun].head, noun)
            )
        elif (view := opening_view(words, i)) is not None:
            found.append(Cue(w.text, low, w.start, w.end, words[view].head, view))
        elif w.lemma in lex.phrase_nouns:
            case = [c for c in children(words, i) if words[c].text.lower() in lex.phrase_case]
            if not case:
                continue
            source = [
                c
                for c in children(words, i)
                if words[c].dep.split(":")[0] in ("nmod", "det", "appos") and c > i - 2
                and words[c].pos in SOURCE_POS
            ]  # fmt: skip
            head = source[0] if source else (i if w.lemma in lex.anonymous else None)
            said = f"{words[case[0]].text} {w.text}"
            found.append(Cue(said, said.lower(), words[case[0]].start, w.end, w.head, head))
    return found


#: Prepositions that open a sentence with whose view it tells ("Pour X, « … »").
VIEW_PREPOSITIONS = frozenset({"pour"})
#: Marks that open a quotation.
_OPENING_MARKS = frozenset({"«", "“", '"'})


def opening_view(words: list[Word], i: int) -> int | None:
    """The person whose view a sentence opening with "Pour" quotes, if it does.

    "Pour Jean-Marc Vidal, chercheur à l'IFRI, « le détroit … »": as English "For X, …"
    (:mod:`geomap.claims.views`), the view is the person's; only a person's name
    (``PER``) set off by a comma before a quotation, so "Pour Kyiv, la guerre …" and
    "Pour la première fois, …" are no views.
    """
    if i != 0 or words[i].text.lower() not in VIEW_PREPOSITIONS:
        return None
    name = words[i].head
    if name <= i or words[name].ent != "PER":
        return None
    comma = next((n for n in range(name + 1, len(words)) if words[n].text == ","), None)
    if comma is None or not any(w.text in _OPENING_MARKS for w in words[comma + 1 :]):
        return None
    return name


def aside(words: list[Word], verb: int, lex: SayingWords) -> int:
    """The word the clause of saying of ``verb`` reports: its own, or the one it is set by.

    "Как сообщил глава МИД, Бухарест потребует объяснений": a verb opened by one of
    :attr:`SayingWords.asides` ("как", "comme") before it gives the source of the clause
    it hangs from, as "selon X" does.
    """
    head = words[verb].head
    if head == verb:
        return verb
    for c in children(words, verb):
        dep = words[c].dep.split(":")[0]
        if c < verb and words[c].text.lower() in lex.asides and dep in ("mark", "advmod"):
            return head
    return verb


def made_by(words: list[Word], verb: int, lex: SayingWords) -> int | None:
    """The verb that makes ``verb`` one of saying ("fait" of "a fait savoir"), or ``None``."""
    for said, maker in lex.made:
        if words[verb].lemma != said or f"{maker} {said}" not in lex.verbs:
            continue
        makers = [c for c in children(words, verb) if words[c].lemma == maker]
        if words[words[verb].head].lemma == maker and words[verb].head < verb:
            makers.append(words[verb].head)
        if makers:
            return min(makers)
    return None


#: The euphonic "t" of an inverted subject ("a-t-elle déclaré"): the parser makes it a
#: subject of its own before the pronoun that is the subject.
EUPHONIC_T = frozenset({"-t", "t", "-t-"})


def subject(words: list[Word], verb: int, lex: SayingWords) -> int | None:
    """The subject of ``verb`` (a conjoined verb's shared one; a relative's noun).

    A pronoun the parser read as an expletive is one ("a-t-il ajouté"), the
    euphonic "-t" before it is none (:data:`EUPHONIC_T`), a word
    that cannot head a source is none; a verb of an incise has its subject after
    it (:func:`inverted`).
    """
    pronouns = lex.singular | lex.plural
    subj = [
        c
        for c in children(words, verb)
        if (words[c].dep == "nsubj" and words[c].pos in SOURCE_POS)  # not "calme" of "… est
        or (
            words[c].dep in ("expl:subj", "expl:comp")  # "a-t-il déclaré": "-il" either
            and words[c].text.lower().lstrip("-") in pronouns
        )
    ]  # calme, ont affirmé …": a misparse
    subj = [c for c in subj if words[c].text.lower() not in EUPHONIC_T]  # "a-t-elle": elle
    subj = without_addressee(words, verb, subj)  # "рассказал Би-би-си житель"
    w = words[verb]
    if not subj and _after_quotation(words, verb):  # before a conjunct's: the parser may join
        subj = [  # "a dit" to the quoted verb ("« Nous tiendrons », a dit un officier")
            c
            for c in children(words, verb)
            if c > verb and words[c].pos in ("NOUN", "PROPN") and words[c].dep != "nsubj:pass"
            and words[c].lemma not in lex.times
        ][:1]  # fmt: skip
    if not subj and lex.inside:
        subj = [c for c in children(words, verb) if _body_inside(words, c, lex)][:1]
    if not subj and incise(words, verb):  # before a conjunct's: "…, a précisé la SNCF"
        subj = inverted(words, verb, lex)
    own = any(words[c].dep == "nsubj" for c in children(words, verb))  # "но X заявил": X's
    if not subj and not own and w.dep.startswith("conj") and words[w.head].pos == "VERB":
        subj = [c for c in children(words, w.head) if words[c].dep == "nsubj"]
    if not subj:
        return None
    s = subj[0]
    if words[s].lemma in lex.relatives or words[s].text.lower() in lex.relatives:
        return w.head if w.dep.startswith("acl") and w.head != verb else None
    return s


def incise(words: list[Word], verb: int) -> bool:
    """Whether ``verb`` opens an incise after what it reports ("…, a annoncé le ministère").

    It follows a comma, a closing quote or a dash (its auxiliaries aside) and has
    no clause of its own after it ("…, a annoncé que …" is a conjoined verb's).
    """
    k = verb - 1
    while k >= 0 and (
        words[k].pos == "AUX"
        or words[k].text.startswith("-")
        or (words[k].pos == "VERB" and words[k].head == verb)  # "a fait savoir"
    ):
        k -= 1
    if k < 0 or words[k].text not in ',»”"—–':
        return False
    after = [c for c in children(words, verb) if c > verb]
    return not any(
        words[c].dep.split(":")[0] in ("ccomp", "xcomp") or words[c].text.lower() in ("que", "qu'")
        for c in after
    )


def inverted(words: list[Word], verb: int, lex: SayingWords) -> list[int]:
    """The subject after the verb of an incise: its first noun, if it can speak.

    Read in order, not by the parse (it often hangs the words after an incise on
    the wrong head): words of a time ("a précisé dimanche la SNCF") and nouns
    after a preposition ("à la télévision", "à l'AFP", with what follows them without
    a determiner: "в штабе Крыма") are passed over; the first
    other noun is the subject when it names someone who can speak
    (:func:`can_speak`), else there is none ("…, a annoncé la fermeture" is an
    object).
    """
    passed: set[int] = set()
    for c in range(verb + 1, len(words)):
        w = words[c]
        if w.text in ".;:,«":
            break
        if w.pos not in ("NOUN", "PROPN") or w.lemma in lex.times:
            continue
        j, new = c - 1, False
        while j > verb and words[j].pos in ("DET", "ADJ", "NUM"):
            new, j = new or words[j].pos == "DET", j - 1
        if words[j].pos == "ADP" or (j in passed and not new):  # "в штабе Крыма": its noun's
            passed.add(c)
            continue
        return [c] if can_speak(words, c, lex) else []
    return []


def _body_inside(words: list[Word], i: int, lex: SayingWords) -> bool:
    """Whether word ``i`` names a body or a document as where it is said.

    "В ведомстве (заявили)", "(говорится) в сообщении мэрии".
    """
    w = words[i]
    if w.dep != "obl" or w.lemma not in lex.government | lex.organisation | lex.document:
        return False
    return any(words[c].text.lower() in lex.inside for c in children(words, i))


def _after_quotation(words: list[Word], verb: int) -> bool:
    """Whether ``verb`` follows a quotation ("», assure un officier"): its subject is after it.

    The parser then often reads that subject as the verb's object.
    """
    before = [w.text for w in words[:verb] if w.pos != "AUX"]
    return len(before) >= 2 and before[-1] in ",—–" and before[-2] in '»”"—–,'


#: Conjunctions of contrast: the clause after one has its own source.
CONTRASTS = _CONTRASTS["ru"] | _CONTRASTS["fr"]


def contrasted(words: list[Word], verb: int, at: int) -> bool:
    """Whether ``verb`` is set by a contrast after offset ``at`` ("…, но X заявил").

    "Власти Молдавии в Кишинёве предложили помощь, но Красносельский заявил, что …":
    his saying holds the clause after "но", not the authorities' offer before it.
    """
    return any(
        words[c].dep == "cc" and words[c].text.lower() in CONTRASTS and words[c].start > at
        for c in children(words, verb)
    )
