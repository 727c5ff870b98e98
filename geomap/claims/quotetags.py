"""A quotation's tag: the short clause after it that names who said it.

`“…,” the court ruled.`, `“…,” quipped Petrov.`: a quotation closed by a comma (or "?"
or "!") inside its marks, then a clause of a subject and one verb up to the end of the
sentence, is said by that subject, whatever the verb (journalists vary the verb of the
tag: "ruled", "quipped", "recounted", "conceded").  Read only when the sentence has no
reporting verb of the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.unsaid import negated

#: Marks that end a quoted sentence the tag attributes, inside the closing mark.
_TAG_PUNCTUATION = frozenset({",", "?", "!"})
#: Words a tag holds at most: subject, verb and a short adverbial ("the court ruled on
#: Tuesday", "said Olena Petrenko, a teacher").
_TAG_LENGTH = 10
#: Dependencies of what a verb does rather than says: a tag has none of them.
_ACT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})


def quote_tag(sent: Span) -> tuple[Token, Token] | None:
    """The verb and subject of the tag closing ``sent`` after a quotation, if any.

    The last closing quotation mark of the sentence right after a comma, "?" or "!";
    after it, to the final punctuation, at most :data:`_TAG_LENGTH` words holding one
    verb, not negated, with nothing it does (no object or clause), and its subject
    among them (`the court ruled`, `quipped Petrov`).
    """
    doc = sent.doc
    end = sent.end
    while end > sent.start and doc[end - 1].is_punct:
        end -= 1
    mark = next(
        (
            t
            for t in reversed(doc[sent.start : end])
            if t.text in lx.CLOSING_QUOTES and t.i > sent.start
        ),
        None,
    )
    if mark is None or doc[mark.i - 1].text not in _TAG_PUNCTUATION:
        return None
    tail = doc[mark.i + 1 : end]
    if not 2 <= len(tail) <= _TAG_LENGTH:
        return None
    verbs = [t for t in tail if t.pos_ == "VERB"]
    if len(verbs) != 1 or negated(verbs[0]):
        return None
    verb = verbs[0]
    if any(c.dep_ in _ACT_DEPS for c in verb.children):
        return None
    subject = next(
        (c for c in verb.children if c.dep_ == "nsubj" and tail.start <= c.i < tail.end), None
    )
    return None if subject is None else (verb, subject)
