"""Lakes, rivers and passes the gazetteer lacks, named with the word for their kind.

Regional news names small waters and passes that no gazetteer holds, and says what
they are. The local recogniser (:mod:`geomap.nlp.local`) takes such a name when the
words around it say its kind (:func:`kind_named`):

* in Russian, Ukrainian and Polish, a capitalised word inside a sentence right after
  a word for a lake, river, island or pass is the name, alone ("река Олонка", "на
  озере Имандра", "jeziorze Niegocin", "przełęczy Kubalonka");
* an adjective with that word is the name whole: capitalised before it in Russian and
  Ukrainian ("Ужоцький перевал", "Крестовый перевал"), a place's adjective after it in
  Polish ("Jeziora Żywieckiego"); so is a name after the word capitalised inside a
  sentence ("w Zbiorniku Jeziorsko"; at a sentence's start the capital may be the
  sentence's: "Річка Ворскла" is Ворскла);
* French names them whole with the word and its "de" ("col du Lautaret", "lac du
  Bourget", "col de la Croix-Haute", "lac Débo", "rivière des Galets"), a river's
  apposed name alone ("le fleuve Niger", "la rivière Oskil");
* German joins the kind to the name ("am Walchensee", "über den Albulapass", "das
  Timmelsjoch", "im Passeiertal"): a word after an article or a preposition that ends
  in such a word and is no word of the language itself (simplemma's dictionary:
  "Reisepass", "Stausee", "Kapital" are words).

Words for a bank, a mouth or a delta say where, not what a name is ("берег", "rive"),
and name nothing. The resolver places these names as it places others the gazetteer
lacks (:func:`geomap.nlp.focus.placement`, which :func:`named_by_kind` lets through).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_context import capitalised, straight_apostrophe
from geomap.nlp.local_words import KIND_WORDS

#: Words for a mountain pass, which :data:`~geomap.nlp.local_words.KIND_WORDS` lacks.
PASS_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"перевал"}),
    "uk": frozenset({"перевал"}),
    "pl": frozenset({"przełęcz"}),
    "fr": frozenset({"col"}),
}
#: Words of KIND_WORDS that say where on a water a thing is, not what a name is.
NOT_NAMING = frozenset(
    {"берег", "дельта", "устье", "гирло", "brzeg", "delta", "ujście", "rive", "embouchure",
     "long", "estuaire", "ufer", "mündung", "море", "morze", "mer", "meer"}
)  # fmt: skip
#: Languages that capitalise only names, each word of a name of several.
WORD_NAMES = frozenset({"ru", "uk", "pl", "fr"})
#: Endings of Russian and Ukrainian adjectives (before the kind: "Крестовый перевал").
CYRILLIC_ADJECTIVE = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом",
    "ем", "ую", "юю", "ій", "ім", "ої", "ою", "ька", "ьке", "ьку", "ька",
)  # fmt: skip
#: Polish adjectives made from a place's name (after the kind: "Jeziora Żywieckiego").
POLISH_ADJECTIVE = tuple(
    stem + end
    for stem in ("sk", "ck", "dzk")
    for end in ("i", "a", "ie", "iego", "iej", "im", "ą", "iemu")
)
#: French words that link a kind to its name ("col du Lautaret", "lac d'Annecy").
FRENCH_LINKS = frozenset({"du", "des", "de", "d'"})
#: French words that open a name whole ("lac Débo", "col du Lautaret"); not an island's,
#: which is named alone ("l'île d'Ouessant": Ouessant).
FRENCH_KINDS = frozenset(
    {"lac", "col", "fleuve", "rivière", "étang", "golfe", "baie", "détroit", "massif", "canal",
     "mont"}
)  # fmt: skip
#: French words for a river, which a name follows alone ("le fleuve Niger": Niger).
FRENCH_RIVERS = frozenset({"fleuve", "rivière"})
#: French articles after "de" ("col de la Croix-Haute").
FRENCH_ARTICLES = frozenset({"la", "l'"})
#: German heads of a compound name and the kind of place they make.
GERMAN_HEADS: tuple[tuple[str, str], ...] = (
    ("see", "water"), ("joch", "landform"), ("pass", "landform"), ("tal", "region"),
)  # fmt: skip
#: German words before such a compound (an article or a preposition).
GERMAN_BEFORE = frozenset(
    {"am", "im", "vom", "zum", "beim", "ins", "den", "der", "dem", "des", "das", "die", "über",
     "an", "auf"}
)  # fmt: skip
#: Letters the first part of such a German compound has at least ("Kom-pass" has not).
GERMAN_STEM = 4
#: Entity labels whose words name no place (a person's, an organisation's).
NOT_PLACES = frozenset({"PER", "PERSON", "ORG"})


def naming_kind(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a word for a lake, river, island or pass that names what follows."""
    word = straight_apostrophe(tok.lower_)
    lemma = word_lemma(word, lang).lower() if word.isalpha() else word
    if word in PASS_WORDS.get(lang, ()) or lemma in PASS_WORDS.get(lang, ()):
        return True
    kinds = KIND_WORDS.get(lang, {})
    kind = kinds.get(word) or kinds.get(lemma)
    return kind in ("water", "landform") and not {word, lemma} & NOT_NAMING


def _free(tok: Token) -> bool:
    """A capitalised word inside a sentence that no person or organisation entity holds."""
    return (
        capitalised(tok)
        and tok.is_alpha
        and not tok.is_sent_start
        and tok.ent_type_ not in NOT_PLACES
    )


def _name_end(doc: Doc, i: int, lang: str) -> int:
    """The end of a name that starts at word ``i``: its hyphenated, capitalised, "de" parts."""
    end = i + 1
    while end + 1 < len(doc):
        joint, nxt = doc[end], doc[end + 1]
        hyphen = joint.text == "-" and not doc[end - 1].whitespace_ and not joint.whitespace_
        link = lang == "fr" and straight_apostrophe(joint.lower_) in FRENCH_LINKS
        if (hyphen or link) and capitalised(nxt) and nxt.is_alpha:
            end += 2
        elif lang in WORD_NAMES and _free(joint):
            end += 1  # "острове Большой Уссурийский", "rivière Nysa Kłodzka": two words
        else:
            break
    return end


def _german(tok: Token) -> bool:
    """A German compound name of a lake, pass or valley (module docstring)."""
    import simplemma  # imported here: an English run loads no lemmatiser

    word = tok.lower_
    if not _free(tok) or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in GERMAN_BEFORE:
        return False
    head = next((h for h, _ in GERMAN_HEADS if word.endswith(h)), None)
    if head is None or len(word) - len(head) < GERMAN_STEM:
        return False

    def known(part: str) -> bool:
        return bool(simplemma.is_known(part.capitalize(), lang="de"))

    if known(tok.text):
        return False
    # "Kundenportal" ends in a longer word than "tal" ("Portal"): no valley
    if any(known(word[-n:]) for n in range(len(head) + 1, len(word))):
        return False
    stem = word[: -len(head)]
    # "Digitalpass", "Bibliothekspass": a pass (a card) of a thing the language names
    return not (head == "pass" and (known(stem) or (stem.endswith("s") and known(stem[:-1]))))


def _french(doc: Doc, i: int) -> tuple[int, int] | None:
    """The span of a French name that the kind word at ``i`` opens ("col de la Croix-Haute")."""
    j = i + 1
    linked = j < len(doc) and straight_apostrophe(doc[j].lower_) in FRENCH_LINKS
    if linked:
        j += 1
        if j < len(doc) and straight_apostrophe(doc[j].lower_) in FRENCH_ARTICLES:
            j += 1
    if j >= len(doc) or not _free(doc[j]):
        return None
    # "le fleuve Niger", "la rivière Oskil": the river's name alone, as the recogniser
    # reads a known one; "la rivière des Galets" is named whole
    start = j if doc[i].lower_ in FRENCH_RIVERS and not linked else i
    return start, _name_end(doc, j, "fr")


def _adjective(tok: Token) -> bool:
    """A capitalised Russian or Ukrainian adjective inside a sentence ("Крестовый")."""
    return _free(tok) and tok.lower_.endswith(CYRILLIC_ADJECTIVE)


def _slavic(doc: Doc, i: int, lang: str) -> Iterable[tuple[int, int]]:
    """The spans of names that the kind word at ``i`` names, before or after it."""
    before = doc[i - 1] if i > 0 else None
    if lang in ("ru", "uk") and before is not None and _adjective(before):
        yield i - 1, i + 1
        return
    if doc[i].is_sent_start:
        return  # "Річка Ворскла …", "Zbiornik Jeziorsko …": the word's or the name's capital
    if i + 1 < len(doc) and _free(nxt := doc[i + 1]):
        end = _name_end(doc, i + 1, lang)
        if lang == "pl" and nxt.lower_.endswith(POLISH_ADJECTIVE):
            yield i, i + 2
        elif capitalised(doc[i]):
            yield i, end  # "w Zbiorniku Jeziorsko": the kind's word capitalised is the name's
        else:
            yield i + 1, end


def kind_spans(doc: Doc, words: range | None = None) -> Iterable[tuple[int, int]]:
    """Every ``(start, end)`` of a name its kind's word names in ``doc`` (module docstring).

    ``words``: only the kind's words (a German compound's own word) at these indices.
    """
    lang = doc.lang_
    for tok in doc if words is None else (doc[i] for i in words):
        if lang == "de":
            if _german(tok):
                yield tok.i, tok.i + 1
        elif naming_kind(tok, lang):
            if lang == "fr":
                if tok.lower_ in FRENCH_KINDS and (found := _french(doc, tok.i)) is not None:
                    yield found
            elif lang in ("ru", "uk", "pl"):
                yield from _slavic(doc, tok.i, lang)


def kind_named(gazetteer: Any, doc: Doc, spans: Sequence[Span], blocked: set[int]) -> list[Span]:
    """Names of lakes, rivers and passes ``spans`` leave out (module docstring).

    A name whose words a found span holds stays that span's, unless the name holds the
    whole span and more and that span names no water or landform ("lac d'Annecy" over
    the town Annecy; not "Rzeka Wisła" over the river Wisła); ``blocked`` words (the
    model's entities) are taken only when they are a place's entity.
    """
    lang = doc.lang_
    out: list[Span] = []
    for start, end in kind_spans(doc):
        inside = [s for s in spans if s.start < end and start < s.end]
        if any(not (start <= s.start and s.end <= end) for s in inside):
            continue
        if any(
            c.place.feature_type in ("water", "landform")
            for s in inside
            for c in gazetteer.candidates(s.text, lang)
        ):
            continue
        if any(k in blocked and doc[k].ent_type_ in NOT_PLACES for k in range(start, end)):
            continue
        out.append(Span(doc, start, end, label="GAZ"))
    return out


def named_by_kind(span: Span) -> bool:
    """Whether ``span`` is a name :func:`kind_spans` reads (the resolver may place it)."""
    if span.doc.lang_ not in KIND_WORDS:
        return False
    # the kind's word is the name's first word or the one before it, or (an adjective
    # before it: "Ужоцький перевал") its second: no need to read the whole doc
    words = range(max(span.start - 1, 0), min(span.start + 2, len(span.doc)))
    return any(s == span.start and e == span.end for s, e in kind_spans(span.doc, words))


#: Kinds of the places a kind-named name is placed beside, the nearer kinds first.
NEIGHBOUR_TYPES: tuple[frozenset[str], ...] = (
    frozenset({"city", "admin2"}),
    frozenset({"admin1", "region"}),
)


def kind_neighbour(
    spans: Sequence[Span], located: Sequence[tuple[Span, Any, float]], focus: Any = None
) -> tuple[Any, float] | None:
    """The place named nearest a kind-named name in its sentence: where the name lies.

    "на озере Имандра под Мончегорском", "In Graubünden sind der Flüelapass ... gesperrt":
    a small lake or pass lies by the town (else the admin-1 unit or region) its sentence
    names nearest to it, in words, rather than at the article's focus (not by a river named
    beside it, whose own point may be far). ``located``
    holds the article's resolved mentions with their place and confidence. A place in the
    country of the article's ``focus`` goes before a nearer one abroad ("nad Jezioro
    Solińskie i remont mostu na Sanie w Lesku": Lesko, should "Sanie" have gone to a San
    abroad). ``None`` when ``spans`` are no name :func:`named_by_kind` reads, or their
    sentences name no such place.
    """
    home = getattr(focus, "country_code", None)
    named = [s for s in spans if named_by_kind(s)]
    for kinds in NEIGHBOUR_TYPES:
        best: tuple[tuple[bool, int], Any, float] | None = None
        for span in named:
            sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
            for other, place, conf in located:
                if place is None or place.feature_type not in kinds or other == span:
                    continue
                if not (sent.start <= other.start and other.end <= sent.end):
                    continue
                gap = other.start - span.end if other.start >= span.end else span.start - other.end
                rank = (home is not None and place.country_code != home, gap)
                if best is None or rank < best[0]:
                    best = (rank, place, conf)
        if best is not None:
            return best[1], best[2]
    return None
