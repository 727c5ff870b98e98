"""Other spellings of a name the gazetteer lacks, as English news transliterates names.

Transliterations from Arabic, Persian, Russian, Burmese, Amharic or Somali differ in a
few regular ways, and news and GeoNames often take different ones: a consonant doubled
or not ("Tesseney" for Teseney, "Assosa" for Asosa), a diphthong written with "i" or
"y" ("Graivoron" for Grayvoron, "Daikundi" for Daykundi), the French "ou" for "u"
("Makhmour" for Makhmur), Arabic's diphthong "aw" written "o" ("al-Hol" for Al
Hawl), an aspirate written "ph" or "p" ("Kyaukphyu" for Kyaukpyu),
Arabic's qaf written "q" or "k" ("Bekaa" for Béqaa),
and the Arabic article written as spoken before a "sun letter" or not ("Jisr
al-Shughur" for Jisr ash-Shughur) or as "el" ("Ras el-Ain" for Ras al-Ain).
:func:`respellings` gives a name's spellings by these rules, one rule at a time;
:func:`respelled_candidates` the towns and admin units the first spelling the gazetteer
knows names (the resolver's fallback for an unknown name), and :func:`respelled_town`
whether a name the gazetteer lacks is such a town's (read by the rules for towns,
which still need a town's context).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.gazetteer.names import normalize_name
from geomap.nlp.romanised_support import article_places, corroborated
from geomap.nlp.vocab import LOCATIVE_MIN_POPULATION, ORG_TOWN_MIN_POPULATION
from geomap.records import Candidate

#: Kinds of place a name spelled otherwise may be.
RESPELLED_TYPES = frozenset({"city", "admin1", "admin2"})
#: Diphthongs written with "i" or with "y", and other letter groups written two ways.
LETTER_SWAPS: tuple[tuple[str, str], ...] = (
    ("ai", "ay"),
    ("ay", "ai"),
    ("ei", "ey"),
    ("ey", "ei"),
    ("ou", "u"),
    ("o", "aw"),
    ("ph", "p"),
    ("k", "q"),
    ("q", "k"),
)
#: The Arabic article before a word: "al-", "el-", or assimilated ("ash-", "az-" ...).
_ARTICLE = re.compile(
    r"(?<![^\s-])(al|el|ul|ad|adh|an|ar|as|ash|at|ath|az)-(?=([A-Z][a-z]+))", re.IGNORECASE
)
#: Consonants ("sun letters", as transliterated) the article "al" assimilates to.
SUN_LETTERS: tuple[str, ...] = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
#: Names longer than this get no respellings (the longest place names are under 60).
MAX_NAME_CHARS = 80


def respellings(text: str) -> list[str]:
    """The other spellings of ``text`` by one rule each (module docstring), in order.

    Each doubled letter single in turn, then all of them; each letter group of
    :data:`LETTER_SWAPS` written the other way; the Arabic article assimilated to the
    word after it ("al-Shughur" -> "ash-Shughur"), written "al" ("ash-Shaddadi" ->
    "al-Shaddadi") and "el" or "al" for the other.
    """
    out: list[str] = []
    if len(text) > MAX_NAME_CHARS:
        return out  # no place name is this long; each respelling would copy it
    low = text.lower()
    doubled = [i for i in range(1, len(text)) if low[i] == low[i - 1] and low[i].isalpha()]
    out += [text[:i] + text[i + 1 :] for i in doubled]
    if len(doubled) > 1:
        dropped = set(doubled)
        out.append("".join(ch for i, ch in enumerate(text) if i not in dropped))
    for a, b in LETTER_SWAPS:
        if a in text:
            out.append(text.replace(a, b))
    for m in _ARTICLE.finditer(text):
        art, word = m.group(1), m.group(2).lower()
        sun = next((s for s in SUN_LETTERS if word.startswith(s)), None)
        forms = {"al", "el"} | ({"a" + sun} if sun else set())
        for form in sorted(forms - {art.lower()}):
            out.append(text[: m.start(1)] + form + text[m.end(1) :])
    return [s for s in dict.fromkeys(out) if s != text]


def _kept(cand: Candidate, population: int) -> bool:
    """A town or admin unit by its own, curated or English name, or a big town's other name."""
    p = cand.place
    if p.feature_type not in RESPELLED_TYPES:
        return False
    if cand.match in {"name", "alias", "exonym"}:
        return p.feature_type != "city" or p.population >= population or p.population == 0
    return cand.match == "alternate" and p.population >= ORG_TOWN_MIN_POPULATION


def respelled_candidates(gazetteer: Any, text: str) -> list[Candidate]:
    """The towns and admin units the first known spelling of ``text`` names.

    For a name with no entry: the spellings of :func:`respellings` in turn; the first
    that names towns or admin units (:func:`_kept`) gives them, marked as alternate
    matches so that the article chooses between namesakes.
    """
    for spelled in respellings(text):
        found = [
            Candidate(c.place, "alternate") for c in gazetteer.candidates(spelled) if _kept(c, 0)
        ]
        if found:
            return found
    return []


#: Most places a romanised key may name for its candidates to be offered.
MAX_ROMANISED = 3


def romanised_candidates(gazetteer: Any, spans: list[Span]) -> list[Candidate]:
    """The towns and units whose name a name romanises otherwise ("Bint Jbeil": Bent Jbaïl).

    For a name with no entry and no respelling
    (:meth:`~geomap.gazetteer.Gazetteer.romanised_candidates`: vowels, consonant
    classes, doubled letters and the Arabic article folded), capitalised and no
    acronym: the places with its key that the article corroborates
    (:func:`~geomap.nlp.romanised_support.corroborated`: in the country of one of its
    other toponyms' first own entry, and, when the article names finer places there, big,
    in one of their admin-1 units or near one of its towns), as a folded key is a weak
    match ("Mosquitia" in a story from Nicaragua is no "Mascate", Muscat; "Kyauktaw"
    beside Sittwe is no Kyaikto, in Mon).  None when the key names more than :data:`MAX_ROMANISED`
    places, too common a shape to tell one name by.  Marked as alternate matches, for
    the article to choose between.
    """
    text = spans[0].text
    lookup = getattr(gazetteer, "romanised_candidates", None)
    if lookup is None or not text[:1].isupper() or text.isupper():
        return []
    found = list(lookup(text))
    if not found or len(found) > MAX_ROMANISED:
        return []
    others = spans[0].doc.spans.get(TOPONYMS, [])
    places = article_places(gazetteer, others, but=spans[0])
    return [c for c in found if corroborated(c, places)]


def respelled_town(gazetteer: Any, text: str) -> bool:
    """Whether a capitalised name the gazetteer lacks is a town's or admin unit's other spelling.

    A town of :data:`~geomap.nlp.vocab.LOCATIVE_MIN_POPULATION` or more (or a seat with
    no population given) or an admin unit, by one of :func:`respellings` ("from
    Shebekino and Graivoron" for Grayvoron, "in Bamiyan, Daikundi and Uruzgan" for
    Daykundi); never a name the gazetteer has in any form.  Only the spellings the
    gazetteer holds a name for are looked up (:func:`known_spellings`).
    """
    if not text[:1].isupper() or gazetteer.candidates(text):
        return False
    spellings = respellings(text)
    known = known_spellings(gazetteer, spellings)
    return any(
        _kept(c, LOCATIVE_MIN_POPULATION)
        for spelled in spellings
        if spelled in known
        for c in gazetteer.candidates(spelled)
    )


def known_spellings(gazetteer: Any, spellings: list[str]) -> set[str]:
    """The ``spellings`` whose normalised name the gazetteer holds, asked at once.

    A spelling left out has no candidates
    (:meth:`~geomap.gazetteer.Gazetteer.known_norms`), so it needs no look-up of its
    own; all of them when the gazetteer cannot tell.
    """
    known_norms = getattr(gazetteer, "known_norms", None)
    if known_norms is None or not spellings:
        return set(spellings)
    norms = {s: normalize_name(s) for s in spellings}
    present = known_norms(norms.values())
    return {s for s, norm in norms.items() if norm in present}


#: Shortest name read as another spelling of a town's own name.
ALIKE_MIN_LETTERS = 5


def town_spelled_alike(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is another spelling of a town of 10,000 or more, by its other names.

    GeoNames lists "Babanusa" as Babanusah's, "Garowe" as Garoowe's and "Aghdam" as
    Ağdam's alternate name; a town of :data:`~geomap.nlp.vocab.ORG_TOWN_MIN_POPULATION`
    or more whose own name is spelled alike
    (:func:`geomap.nlp.locatives.spelled_alike`: not a translation or another name) is
    taken as a town's, still in a town's context; not a word of fewer than
    :data:`ALIKE_MIN_LETTERS` letters ("the Lim", a river, is no spelling of Lima).
    """
    from geomap.nlp.locatives import spelled_alike

    if not text[:1].isupper() or len(text) < ALIKE_MIN_LETTERS:
        return False
    return any(
        c.match in {"alternate", "exonym"}
        and c.place.feature_type == "city"
        and c.place.population >= ORG_TOWN_MIN_POPULATION
        and spelled_alike(text, c.place.name)
        for c in gazetteer.candidates(text)
    )


#: Fewest consonants two names share to be read as one name's spellings by them.
MIN_CONSONANTS = 4
#: Letters a transliteration writes for a vowel or a glide ("ei", "ay", "ou", "w").
_VOWELS = re.compile(r"[aeiouyw]")
#: The Arabic article before a name, written apart or with a hyphen ("Al Hudaydah").
_WRITTEN_ARTICLE = re.compile(r"^(al|el)[\s-]+")


def consonants(name: str) -> str:
    """The consonants of ``name``: no case, accents, article, vowels, doubled letters.

    "Hodeidah" and "Al Hudaydah" give "hddh" (a doubled letter is one, before the vowels
    go); "q" is written "k" ("Qiryat", "Kiryat").
    """
    text = re.sub(r"[^a-z]", "", _WRITTEN_ARTICLE.sub("", _plain(name).lower())).replace("q", "k")
    return _VOWELS.sub("", re.sub(r"(.)\1+", r"\1", text))


def _plain(text: str) -> str:
    """``text`` without accents ("Marathónas" -> "Marathonas")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
