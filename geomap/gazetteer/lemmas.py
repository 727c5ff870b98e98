"""Keys of place names in inflected languages, shared by the builder and the store.

"под Харьковом", "we Lwowie", "Polens": the name as written is not the name in
the gazetteer.  Names in Russian, Ukrainian, Polish, German and French are
indexed, and looked up, by the key of their lemmas (simplemma, offline): each
token lemmatised in the article's language, then normalised like every other
name (:func:`geomap.gazetteer.names.normalize_name`, which transliterates
Cyrillic).  Both sides use :func:`lemma_key`, so "Харкові" and "Харків" meet.

An adjective-noun name ("Одеській області", "Чорному морі") lemmatises to the
adjective's masculine form; :func:`agreement_keys` adds its feminine and
neuter forms (in any position: Polish puts it after the noun), so the phrase
meets "Odes'ka Oblast'" and "Чорне море".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, product

from geomap.gazetteer.names import normalize_name
from geomap.text import is_cyrillic, word_sets

#: Languages indexed by lemma (English names use :func:`normalize_name` alone).
LOCAL_LANGUAGES: tuple[str, ...] = ("de", "fr", "pl", "ru", "uk")


_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")

#: Masculine adjective endings (of a lemma) -> the feminine and neuter nominative.
_AGREEMENT: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ский", ("ская", "ское")), ("ый", ("ая", "ое")), ("ий", ("яя", "ая", "ее")),
           ("ой", ("ая", "ое"))),
    "uk": (("ський", ("ська", "ське")), ("ий", ("а", "е")), ("ій", ("я", "є"))),
    "pl": (("ski", ("ska", "skie")), ("cki", ("cka", "ckie")), ("y", ("a", "e")),
           ("i", ("a", "ie"))),
    "de": (),
    "fr": (),
}  # fmt: skip


def script_languages(name: str) -> tuple[str, ...]:
    """The local languages a name written in its script may belong to.

    Cyrillic names are Russian or Ukrainian; Latin ones German, French or Polish.
    """
    if is_cyrillic(name):
        return ("ru", "uk")
    if _LATIN_LETTER.search(name):
        return ("de", "fr", "pl")
    return ()


@lru_cache(maxsize=65536)
def _lemma(token: str, lang: str) -> str:
    import simplemma

    if not token:  # simplemma raises on an empty string
        return token
    lemma = str(simplemma.lemmatize(token, lang=lang))
    # simplemma's lists hold a few wrong entries for capitalised forms ("Балтийского" ->
    # "моря"): a lemma that does not begin like its word gives way to the lowercase one's.
    if lemma[:2].casefold() != token[:2].casefold():
        lower = str(simplemma.lemmatize(token.lower(), lang=lang))
        lemma = lower if lower[:2].casefold() == token[:2].casefold() else token
    return lemma


def lemmas(name: str, lang: str) -> list[str]:
    """The lemma of each word of ``name`` in ``lang`` (words kept as written otherwise)."""
    return [_lemma(tok, lang) for tok in re.split(r"[\s\-]+", name) if tok]


def index_keys(name: str, lang: str) -> set[str]:
    """The keys a name in ``lang`` is indexed under: as written, and by its lemmas."""
    return {k for k in (normalize_name(name), lemma_key(name, lang)) if k}


def lemma_key(name: str, lang: str) -> str:
    """The lookup key of ``name`` in ``lang``: its words' lemmas, normalised."""
    return normalize_name(" ".join(lemmas(name, lang)))


def _agreement_forms(name: str, lang: str) -> list[str]:
    words = lemmas(name, lang)
    if len(words) < 2:
        return []
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        for ending, forms in _AGREEMENT.get(lang, ()):
            if low.endswith(ending) and len(low) > len(ending) + 2:
                stem = word[: len(word) - len(ending)]
                out.extend(" ".join([*words[:i], stem + f, *words[i + 1 :]]) for f in forms)
                break
    return out


def agreement_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys of ``name`` with an adjective in each gender (``()`` if none applies).

    Each word that ends like a masculine adjective lemma is tried in the other
    genders, one word at a time ("morze czarny" -> "morze czarne").
    """
    return _keys(_agreement_forms(name, lang), lang)


#: Ukraine's official romanisation (2010), which GeoNames uses for Ukrainian names
#: ("Волинь" -> "Volyn", "Хмельницький" -> "Khmelnytskyi"); a word's first letter
#: differs for є, ї, й, ю, я.
_UK_ROMAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
})  # fmt: skip
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanize_uk(text: str) -> str:
    """``text`` in Ukraine's official romanisation (lowercase)."""
    words = []
    for word in text.lower().split():
        head = _UK_INITIAL.get(word[:1])
        words.append((head + word[1:].translate(_UK_ROMAN)) if head else word.translate(_UK_ROMAN))
    return " ".join(words)


def _keys(forms: list[str], lang: str) -> tuple[str, ...]:
    """The normalised keys of ``forms`` (Ukrainian: also their official romanisation)."""
    keys = [normalize_name(f) for f in forms]
    if lang == "uk":
        keys += [normalize_name(romanize_uk(f)) for f in forms if is_cyrillic(f)]
    return tuple(dict.fromkeys(k for k in keys if k))


def lookup_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys under which ``name`` as written in ``lang`` is indexed, best first."""
    forms = [name, " ".join(lemmas(name, lang)), *_agreement_forms(name, lang)]
    return _keys(forms, lang)


#: Case endings -> nominative endings, tried word by word when the lemmatiser does
#: not know a name ("Балтии" -> "Балтия", "Suwałkach" -> "Suwałki", "Polens" -> "Polen",
#: "Мозиря" -> "Мозир", "областю" -> "область", "Stanów Zjednoczonych" -> "Stany Zjednoczone",
#: a neuter town's locative and instrumental: "Шебекине" -> "Шебекино", "Gnieznem" -> "Gniezno",
#: a plural town's genitive: "Валуек" -> "Валуйки", "Химок" -> "Химки", "Люберец" -> "Люберцы",
#: "Нидерландах" -> "Нидерланды", "do Niemiec" -> "Niemcy", "Онежского озера" ->
#: "Онежское озеро", "Тянь-Шаня" -> "Тянь-Шань", "Момбасу" -> "Момбаса", a feminine in
#: "-ея"'s genitive: "Гвинеи" -> "Гвинея", "Кореи" -> "Корея"; an adjective's dative,
#: locative and instrumental: "Охотскому", "Камчатском", "Баренцевым" -> "-ий", "-ое";
#: Polish "k" and "g" softened before the locative's "e": "Ameryce" -> "Ameryka",
#: "Pradze" -> "Praga").
_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ией", ("ия",)), ("ии", ("ия",)), ("ие", ("ия",)), ("ью", ("ь",)),
           ("ого", ("ий", "ый", "ое")), ("ому", ("ий", "ый", "ое")), ("ой", ("а", "ая")),
           ("ей", ("я",)), ("ском", ("ск", "ский", "ское")), ("ом", ("", "о", "ый")),
           ("ем", ("", "ь", "ий")), ("ую", ("ая",)),
           # "Новом Уренгое" -> "Новый Уренгой", "Сегежей" -> "Сегежа", "Сергиевым Посадом"
           # -> "Сергиев Посад" (a possessive adjective's instrumental)
           ("ое", ("ой",)), ("жей", ("жа",)), ("шей", ("ша",)), ("чей", ("ча",)),
           ("щей", ("ща",)), ("цей", ("ца",)), ("евым", ("ев",)), ("овым", ("ов",)),
           ("иным", ("ин",)), ("ья", ("ье",)), ("ьем", ("ье",)),
           ("е", ("", "а", "я", "о")), ("у", ("", "а", "о")), ("ы", ("а",)), ("и", ("а", "ь", "я")),
           ("а", ("", "о")), ("я", ("ь", "й")),
           ("ю", ("я",)), ("ах", ("ы", "и")), ("ам", ("ы", "и")), ("ов", ("ы",)),
           ("ых", ("ые",)), ("ским", ("ский", "ское", "ские")), ("ым", ("ые", "ый", "ое")),
           ("их", ("ие",)),
           ("ек", ("йки", "ки")), ("ок", ("ки",)), ("ец", ("цы",)),
           # a fleeting vowel: "Ельца", "Ельце" -> "Елец"
           ("ьца", ("ец",)), ("ьце", ("ец",)), ("ьцу", ("ец",)), ("ьцом", ("ец",))),
    "uk": (("ці", ("ка", "к")), ("зі", ("га", "г")), ("сі", ("ха", "х")),
           ("ові", ("",)), ("ого", ("ий",)), ("ому", ("ий",)),
           # "Кам’янці-Подільському" -> "Кам’янець-Подільський" (a fleeting "е")
           ("нці", ("нець",)), ("нця", ("нець",)),
           ("ої", ("а",)), ("ій", ("а", "ий")), ("ою", ("а",)),
           ("ею", ("я",)), ("ом", ("",)), ("і", ("", "а", "я")), ("ї", ("я",)), ("у", ("", "а")),
           ("и", ("а",)), ("а", ("",)), ("я", ("", "ь", "й")), ("ю", ("ь", "я")),
           ("ах", ("и",)), ("ам", ("и",)), ("ів", ("и",)), ("их", ("і",)), ("им", ("і",)),
           # a fleeting vowel: "Козельця", "Козельці" -> "Козелець"
           ("ьця", ("ець",)), ("ьці", ("ець",)), ("ьцю", ("ець",)), ("ьцем", ("ець",))),
    "pl": (("rze", ("r", "ra")), ("dzie", ("d", "da")), ("cie", ("t", "ta")), ("iem", ("",)),
           ("ce", ("ka",)), ("dze", ("ga",)),
           ("owi", ("",)), ("ach", ("y", "i")), ("ami", ("y",)), ("iej", ("a",)), ("ej", ("a",)),
           ("ie", ("a", "")), ("em", ("", "o", "e")), ("im", ("i",)), ("ym", ("y",)), ("ą", ("a",)),
           ("owa", ("ów",)), ("ia", ("", "ie")), ("rza", ("rze",)), ("a", ("", "o")), ("u", ("",)),
           ("y", ("a", "")), ("i", ("a", "")), ("ów", ("y", "i", "")), ("ych", ("e", "y", "a")),
           ("ich", ("ie", "i")), ("iego", ("i", "ie")), ("ego", ("y", "e")), ("iec", ("cy",)),
           ("ier", ("ry",)), ("", ("i", "y"))),
    "de": (("es", ("",)), ("en", ("", "es", "er", "e")), ("em", ("es", "er")), ("s", ("",))),
    "fr": (),
}  # fmt: skip

#: Ukrainian "о", "е" and "є" become "і" and "ї" in a closed final syllable: the
#: nominative of "Рогу", "Миколаєва" is "Ріг", "Миколаїв".
_UK_CLOSED = re.compile("([оеєОЕЄ])([бвгґджзклмнпрстфхцчшщ]+)$")
_UK_CLOSING = {"о": "і", "е": "і", "є": "ї", "О": "І", "Е": "І", "Є": "Ї"}


def _closed_syllable(word: str) -> str:
    """``word`` with the vowel of its closed final syllable as the nominative has it."""
    return _UK_CLOSED.sub(lambda m: _UK_CLOSING[m.group(1)] + m.group(2), word)


#: Shortest stem an ending may be taken from.
MIN_STEM = 3
#: Names of more words are not guessed at; at most this many guesses per name.
MAX_GUESSED_WORDS = 3
MAX_GUESSES = 64


def ending_keys(name: str, lang: str) -> tuple[str, ...]:
    """Keys of ``name`` with its words' case endings replaced by nominative ones.

    A guess for names the lemmatiser does not know; the store ranks these
    matches as alternates.
    """
    # "Bielska-Białej": both parts inflected; a span cut inside a word ("Онежского р-" of "р-на")
    # leaves an empty part, which has no ending to guess and no lemma
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if not words or len(words) > MAX_GUESSED_WORDS:
        return ()
    options: list[list[str]] = []
    for word in words:
        low = word.lower()
        # the word's lemma too: in "Охотского моря" the lemmatiser knows "моря" -> "море"
        # though not the adjective, which only an ending guess reaches
        forms = [word, _lemma(word, lang)] if len(words) > 1 else [word]
        for ending, endings in _ENDINGS.get(lang, ()):
            if low.endswith(ending) and len(low) - len(ending) >= MIN_STEM:
                stem = word[: len(word) - len(ending)]
                forms.extend(stem + e for e in endings)
        if lang == "uk":  # "Рогу" -> "Ріг", "Миколаєва" -> "Миколаїв"
            forms.extend(_closed_syllable(f) for f in list(forms) if _UK_CLOSED.search(f))
        options.append(list(dict.fromkeys(forms)))
    # every word may be inflected ("Zielonej Góry" -> "Zielona Góra")
    out = [" ".join(combo) for combo in islice(product(*options), MAX_GUESSES)]
    exact = set(lookup_keys(name, lang))
    return tuple(k for k in _keys(out, lang) if k not in exact)


#: Words of an administrative unit ("Одеська область", "obwód zaporoski", "Gebiet Cherson").
ADMIN_WORDS: dict[str, frozenset[str]] = {
    "uk": frozenset({"область", "край", "автономний", "округ"}),
    # "Горно-Бадахшанской автономной области", "Ханты-Мансийском автономном округе"
    # (the lemmatiser reads "округе" as "округа")
    "ru": frozenset({"область", "край", "автономный", "округ", "округа"}),
    "pl": frozenset({"obwód", "województwo"}),
    # "Provinz Idlib", "Region Kursk", "Woiwodschaft Westpommern", "Kanton Zürich",
    # "Bundesstaat Texas", "Gouvernement Idlib", "Präfektur Fukushima"
    "de": frozenset(
        {
            "gebiet",
            "oblast",
            "provinz",
            "region",
            "woiwodschaft",
            "kanton",
            "bundesstaat",
            "gouvernement",
            "präfektur",
        }
    ),
    "fr": frozenset({"oblast", "région", "province"}),  # "province d'Idlib"
}
#: Suffixes of a region named after its city ("Харківщина", "Opolszczyzna"; after a "d",
#: "-чина": "Белгородчина", "Новгородчина").
_REGION_SUFFIX = re.compile(r"(?:shchyn|shchin|szczyzn|chchyn|chchin|(?<=d)ch[iy]n)[a-z]{0,3}$")
#: Adjective endings of a unit named after its city ("kharkivska", "zaporoski").
_ADJECTIVE = re.compile(
    r"(?:s?k(?:aya|aia|iy|ii|yi|oy|oi|oe|oiu|oyu|oho|ogo|iego|im|iej|ikh|ich|a|e|i|y)"
    r"|c(?:ka|ki|kie|kiego|kim))$"
)
#: Shortest stem compared with admin unit names.
MIN_ADMIN_STEM = 3


def _compound_lemma(word: str, lang: str) -> str:
    """A word's lemma; a hyphenated one's parts but the last as written, spaced.

    Only the last part of "Горно-Бадахшанской" is inflected: "Горно Бадахшанский"
    (the lemmatiser would read "Горно" as "горный").
    """
    *head, last = word.split("-")
    return " ".join([*head, *lemmas(last, lang)]) if last else word


def admin_stem(name: str, lang: str) -> str | None:
    """The stem of the city an admin unit's name is formed from, or ``None``.

    "Одеській області" -> "ode", "на Харківщині" -> "kharkiv", "obwodu
    zaporoskiego" -> "zapor": matched against admin-1 names by prefix
    (:meth:`geomap.gazetteer.Gazetteer.candidates`).  A hyphenated seat keeps both
    parts: "Джалал-Абадской области" -> "dzhalal abad" (Jalal-Abad).
    """
    words = [_compound_lemma(word, lang) for word in name.split()]
    admin = ADMIN_WORDS.get(lang, frozenset())
    rest = [w for w in words if w.lower() not in admin]
    if len(rest) != 1 or (len(rest) == len(words) and len(words) != 1):
        return None
    word = rest[0]
    roman = normalize_name(romanize_uk(word) if lang == "uk" else word)
    if len(words) == 1:
        stem = _REGION_SUFFIX.sub("", roman)
        if stem == roman:
            return None
    elif lang in ("de", "fr"):
        return None  # "Gebiet Charkiw": the city's own name (:func:`admin_city`)
    else:
        stem = _ADJECTIVE.sub("", roman)
        if stem == roman and not word[:1].isupper():  # the lemmatiser may give the city
            return None  # itself ("obwodzie ługańskim" -> "Ługańsk")
    hyphenated = " " in word and len(words) > 1
    return stem if len(stem) >= MIN_ADMIN_STEM and (hyphenated or " " not in stem) else None


def admin_city(name: str, lang: str) -> str | None:
    """The city an admin unit is named by in German or French ("Gebiet Charkiw" -> "Charkiw").

    German may name the unit by the city's adjective before the word: "Kursker
    Gebiet" -> "Kursk".
    """
    if lang not in ("de", "fr"):
        return None
    words = name.split()
    admin = ADMIN_WORDS.get(lang, frozenset())
    rest = [w for w in words if w.lower() not in admin and w.lower() not in _OF_WORDS]
    if len(words) < 2 or len(rest) != 1 or len(rest) == len(words):
        return None
    city = rest[0]
    if lang == "de" and words[0] == city and len(city) > 5 and city.endswith("er"):
        city = city[:-2]  # "Kursker Gebiet", "Moskauer Gebiet": the city's adjective
    return city if city[:1].isupper() and city.lower() not in DETERMINERS[lang] else None


#: German compass words compounded with a country's or a region's name ("Ostukraine").
_DIRECTIONS = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west",
               "zentral", "mittel")  # fmt: skip


def direction_part(name: str, lang: str) -> str | None:
    """The place a German compass compound is part of: "Ostukraine" -> "Ukraine"."""
    low = name.lower()
    if lang != "de" or " " in name:
        return None
    for word in _DIRECTIONS:
        rest = name[len(word) :].lstrip("-")
        if low.startswith(word) and len(rest) >= MIN_STEM + 1:
            return rest[:1].upper() + rest[1:]
    return None


#: "de" in "région de Soumy".
_OF_WORDS = frozenset({"de", "d'", "du"})
#: German and French articles, prepositions fused with one, and demonstratives: never a
#: place's name ("das Gebiet", "die Oblast"), and a town takes none ("das Essen", "le Stade").
DETERMINERS: dict[str, frozenset[str]] = word_sets(
    {
        "de": "der die das den dem des ein eine einen einem einer eines im am vom zum zur beim "
        "ins ans dieses diese dieser",
        "fr": "le la les l' un une du des au aux cette ce",
    }
)
