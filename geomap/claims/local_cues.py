"""The cues of saying of a parsed French or Russian sentence, and their sources.

:func:`cues` finds a sentence's verbs of saying (with their subject:
:func:`subject`), "selon X"/"по словам X" and "de source X"; used by
:mod:`geomap.claims.local_attribution`.
"""

from __future__ import annotations

from geomap.claims.local_lexicon import SayingWords, verb_lemma
from geomap.claims.local_sources import Cue
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
        if lemma is not None:
            found.append(Cue(w.text, lemma, w.start, w.end, i, subject(words, i, lex)))
        elif low in lex.prepositions or pair in lex.prepositions:
            first = i if low in lex.prepositions else i - 1
            noun = w.head
            if words[noun].pos == "ADP" and words[noun].head != noun:  # "D'" + "après"
                noun = words[noun].head
            cue_text = " ".join(x.text for x in words[first : i + 1]).replace("' ", "'")
            found.append(
                Cue(cue_text, cue_text.lower(), words[first].start, w.end, words[noun].head, noun)
            )
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


def subject(words: list[Word], verb: int, lex: SayingWords) -> int | None:
    """The subject of ``verb`` (a conjoined verb's shared one; a relative's noun)."""
    subj = [c for c in children(words, verb) if words[c].dep == "nsubj"]
    w = words[verb]
    if not subj and _after_quotation(words, verb):  # before a conjunct's: the parser may join
        subj = [  # "a dit" to the quoted verb ("« Nous tiendrons », a dit un officier")
            c
            for c in children(words, verb)
            if c > verb and words[c].pos in ("NOUN", "PROPN") and words[c].dep != "nsubj:pass"
        ][:1]
    if not subj and w.dep.startswith("conj") and words[w.head].pos == "VERB":
        subj = [c for c in children(words, w.head) if words[c].dep == "nsubj"]
    if not subj and lex.inside:
        subj = [c for c in children(words, verb) if _body_inside(words, c, lex)][:1]
    if not subj:
        return None
    s = subj[0]
    if words[s].lemma in lex.relatives or words[s].text.lower() in lex.relatives:
        return w.head if w.dep.startswith("acl") and w.head != verb else None
    return s


def _body_inside(words: list[Word], i: int, lex: SayingWords) -> bool:
    """Whether word ``i`` names a body as where it is said: "В ведомстве (заявили)"."""
    w = words[i]
    if w.dep != "obl" or w.lemma not in lex.government | lex.organisation:
        return False
    return any(words[c].text.lower() in lex.inside for c in children(words, i))


def _after_quotation(words: list[Word], verb: int) -> bool:
    """Whether ``verb`` follows a quotation ("», assure un officier"): its subject is after it.

    The parser then often reads that subject as the verb's object.
    """
    before = [w.text for w in words[:verb] if w.pos != "AUX"]
    return len(before) >= 2 and before[-1] in ",—–" and before[-2] in '»”"—–,'
