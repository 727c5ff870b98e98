"""The sex the text tells of a speaker, and whether he/she may refer to one.

Read off the phrase's head noun ("his wife", "spokeswoman") and an honorific before the
name ("Mr Levinson"); names alone tell nothing (no first-name list is used).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Words that tell a man: an honorific before the name, or the phrase's head noun.
MALE_WORDS: frozenset[str] = frozenset(
    {
        "mr", "sir", "lord", "king", "prince", "man", "boy", "husband", "father", "son",
        "brother", "uncle", "grandfather", "nephew", "spokesman", "chairman", "councilman",
        "businessman", "congressman", "gentleman",
    }
)  # fmt: skip
#: Words that tell a woman.
FEMALE_WORDS: frozenset[str] = frozenset(
    {
        "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "woman", "girl",
        "wife", "mother", "daughter", "sister", "aunt", "grandmother", "niece",
        "spokeswoman", "chairwoman", "councilwoman", "businesswoman", "congresswoman",
    }
)  # fmt: skip
_MALE_PRONOUNS = frozenset({"he", "him", "his"})
_FEMALE_PRONOUNS = frozenset({"she", "her"})


def gender(span: Span) -> str | None:
    """``"m"`` or ``"f"`` when the text tells a person's sex, else ``None``.

    Read off the phrase's head noun ("his wife") and the honorific before its name
    ("Mr Levinson", also when the entity starts after it).
    """
    root = span.root
    doc = span.doc
    cues = [root, *(c for c in root.lefts if c.dep_ == "compound")]
    if span.start > 0:
        cues.append(doc[span.start - 1])
    found = {t.lower_.strip(".") for t in cues}
    male, female = bool(found & MALE_WORDS), bool(found & FEMALE_WORDS)
    if male == female:
        return None
    return "m" if male else "f"


def same_gender(pronoun: Token, antecedent: Span) -> bool:
    """Whether he/she may refer to ``antecedent`` as far as its sex is told."""
    sex = gender(antecedent)
    low = pronoun.lower_
    return not ((sex == "f" and low in _MALE_PRONOUNS) or (sex == "m" and low in _FEMALE_PRONOUNS))
