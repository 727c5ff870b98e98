"""The words of administrative units and directions in other languages, and their stems.

"Одеській області", "obwód zaporoski", "Gebiet Cherson", "Харківщина", "Ostukraine":
:func:`admin_stem` reads the stem of the seat a unit is named by, :func:`admin_city`
the city a German or Polish unit word names, :func:`direction_part` the whole a
German compass compound is a part of.  Used by the store's lookups
(:mod:`geomap.gazetteer.local_names`) and the recognisers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geomap.gazetteer.lemmas import MIN_STEM, lemmas, romanize_uk
from geomap.gazetteer.names import normalize_name
from geomap.text import word_sets

#: Words for a territory cut off from its country, written before its name ("l’enclave de
#: Kaliningrad", "die russische Exklave Kaliningrad", "w eksklawie", "анклав", "ексклав"):
#: in news the admin unit that is cut off, not its seat town, so they count among the
#: :data:`ADMIN_WORDS` ("région de Kaliningrad"). Lemmas, written by the maintainers (round
#: 70) from each language's common nouns for an enclave and an exclave as the general
#: dictionaries give them (Larousse, Duden, SJP, Ozhegov, SUM); CC0.
TERRITORY_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "анклав эксклав",
        "uk": "анклав ексклав",
        "pl": "enklawa eksklawa",
        "de": "enklave exklave",
        "fr": "enclave exclave",
    }
)
#: Words of an administrative unit ("Одеська область", "obwód zaporoski", "Gebiet Cherson").
_UNIT_WORDS: dict[str, frozenset[str]] = {
    "uk": frozenset({"область", "край", "автономний", "округ"}),
    # "Горно-Бадахшанской автономной области", "Ханты-Мансийском автономном округе"
    # (the lemmatiser reads "округе" as "округа")
    "ru": frozenset({"область", "край", "автономный", "округ", "округа"}),
    "pl": frozenset({"obwód", "województwo"}),
    # "Provinz Idlib", "Region Kursk", "Woiwodschaft Westpommern", "Kanton Zürich",
    # "Bundesstaat Texas", "Gouvernement Idlib", "Präfektur Fukushima"; the genitive of
    # the neuter and masculine ones: "des Gebiets Donezk", "des Kantons Zürich"
    "de": frozenset(
        {
            "gebiet",
            "gebiets",
            "gebietes",
            "kantons",
            "bundesstaats",
            "bundesstaates",
            "gouvernements",
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
    "fr": frozenset(
        {"oblast", "région", "province", "état"}
    ),  # "province d'Idlib", "État de Borno"
}
#: The words of an admin unit and of an enclave, by language (:data:`TERRITORY_WORDS`).
ADMIN_WORDS: dict[str, frozenset[str]] = {
    lang: words | TERRITORY_WORDS.get(lang, frozenset()) for lang, words in _UNIT_WORDS.items()
}
#: Words of a unit abroad written before its name, the name left as it is ("в уезде Тулча",
#: "im Kreis Tulcea", "dans le comté de Tulcea"): the name is the unit's, not its seat town's.
APPOSED_UNIT_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"уезд", "жудец", "повят", "воеводство", "департамент", "графство",
                     "провинция", "префектура", "кантон"}),
    "uk": frozenset({"повіт", "жудець", "воєводство", "департамент", "графство",
                     "провінція", "префектура", "кантон"}),
    "pl": frozenset({"okręg", "departament", "hrabstwo", "prowincja", "prefektura", "kanton"}),
    "de": frozenset({"kreis", "landkreis", "departement", "komitat", "grafschaft"}),
    "fr": frozenset({"département", "comté", "district", "préfecture"}),
}  # fmt: skip


def apposed_name(name: str, lang: str) -> str | None:
    """The name after a unit abroad's word, as written ("провинции Софала" -> "Софала").

    Russian, Ukrainian and Polish write a unit abroad as its word, inflected, and its
    name left as it is (:data:`APPOSED_UNIT_WORDS`: "в провинции Хатай", "у провінції
    Тете", "w prowincji Gauteng"); ``None`` for another name or language.
    """
    words = name.split()
    if lang not in ("ru", "uk", "pl") or len(words) < 2 or not words[1][:1].isupper():
        return None
    unit = APPOSED_UNIT_WORDS[lang]
    if not any(w.lower() in unit for w in (words[0], *lemmas(words[0], lang))):
        return None
    return " ".join(words[1:])


#: Suffixes of a region named after its city ("Харківщина", "Opolszczyzna"; after a "d",
#: "-чина": "Белгородчина", "Новгородчина").
_REGION_SUFFIX = re.compile(r"(?:shchyn|shchin|szczyzn|chchyn|chchin|(?<=d)ch[iy]n)[a-z]{0,3}$")
#: Adjective endings of a unit named after its city ("kharkivska", "zaporoski").
_ADJECTIVE = re.compile(
    r"(?:s?k(?:aya|aia|iy|ii|yi|oy|oi|oe|oiu|oyu|oho|ogo|iego|im|iej|ikh|ich|a|e|i|y)"
    r"|c(?:ka|ki|kie|kiego|kim))$"
)
#: The locative and dative of an adjective ("в Куйбышевском водохранилище", "у
#: Шепетівському районі"), dropped before :data:`_ADJECTIVE`'s endings.
LOCATIVE_ADJECTIVE = re.compile(r"s?k(?:om|omu|ym)$")
#: Shortest stem compared with admin unit names.
MIN_ADMIN_STEM = 3


def _compound_lemma(word: str, lang: str) -> str:
    """A word's lemma; a hyphenated one's parts but the last as written, spaced.

    Only the last part of "Горно-Бадахшанской" is inflected: "Горно Бадахшанский"
    (the lemmatiser would read "Горно" as "горный").
    """
    *head, last = word.split("-")
    return " ".join([*head, *lemmas(last, lang)]) if last else word


#: A Russian region named by a city or a land with the noun suffix "-ье" ("Ставрополье",
#: "Забайкалье"), or by "под" ("near") and a city ("Подмосковье": the Moscow region),
#: in any case ("Подмосковья", "Подмосковьем").
_RU_AROUND = re.compile(r"^(под)?([а-яё]+?)ь(?:е|я|ю|ем)$")
#: Shortest stem such a name is matched by (no "Поморье" -> "Pomorskie").
MIN_AROUND_STEM = 6


def around_stem(name: str, lang: str) -> str | None:
    """The stem of a Russian region's name in "-ье" ("Подмосковье" -> "moskov"), or ``None``.

    Russian names a region after its city or land with the suffix "-ье", and the
    land around a city with "под" before it: "Ставрополье" (Stavropol Krai),
    "Забайкалье" (Zabaykalsky Krai), "Подмосковье" (Moscow Oblast).  The stem is
    matched against admin-1 names and seats by prefix, as :func:`admin_stem`'s.
    """
    m = _RU_AROUND.match(name.lower()) if lang == "ru" and name[:1].isupper() else None
    if m is None:
        return None
    stem = normalize_name(m.group(2) if m.group(1) else name[: m.end(2)])
    return stem if len(stem) >= MIN_AROUND_STEM and " " not in stem else None


def admin_stem(name: str, lang: str) -> str | None:
    """The stem of the city an admin unit's name is formed from, or ``None``.

    "Одеській області" -> "ode", "на Харківщині" -> "kharkiv", "obwodu
    zaporoskiego" -> "zapor": matched against admin-1 names by prefix
    (:meth:`geomap.gazetteer.Gazetteer.candidates`).  A hyphenated seat keeps both
    parts: "Джалал-Абадской области" -> "dzhalal abad" (Jalal-Abad).
    """
    around = around_stem(name, lang)
    if around is not None:
        return around
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
    words = _unelided(name.split()) if lang == "fr" else name.split()
    admin = ADMIN_WORDS.get(lang, frozenset())
    rest = [w for w in words if w.lower() not in admin and w.lower() not in _OF_WORDS]
    if len(words) < 2 or len(rest) != 1 or not any(w.lower() in admin for w in words):
        return None
    city = rest[0]
    if lang == "de" and words[0] == city and len(city) > 5 and city.endswith("er"):
        city = city[:-2]  # "Kursker Gebiet", "Moskauer Gebiet": the city's adjective
    return city if city[:1].isupper() and city.lower() not in DETERMINERS[lang] else None


#: French elided "de" and article written against the next word ("province d’Idleb"); a unit
#: named by its seat takes no article, so "région de l’Est" names no city.
_ELISIONS = ("d'", "l'")


def _unelided(words: list[str]) -> list[str]:
    """French words with an elided "d'" or "l'" split off ("d’Idleb" -> "d'", "Idleb")."""
    out: list[str] = []
    for word in words:
        plain = word.replace("\u2019", "'")
        head = plain[:2].lower()
        if head in _ELISIONS and len(plain) > 2:
            out += [head, plain[2:]]
        else:
            out.append(word)
    return out


#: German compass words compounded with a country's or a region's name ("Ostukraine"),
#: and the words for its upper and lower part ("Oberwallis": the upper Valais).
_DIRECTIONS = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west",
               "zentral", "mittel", "ober", "unter", "nieder")  # fmt: skip


def direction_part(name: str, lang: str, known: Callable[[str], bool] | None = None) -> str | None:
    """The place a German compass compound is part of ("Ostukraine" -> "Ukraine").

    Also of an upper or lower part's: "Oberwallis" -> "Wallis". The direction word is
    one element of the compound only where a hyphen follows it ("Süd-Kivu") or where the
    rest is a place's name (``known``: "Wallis" is the Valais'); "Oberstdorf" is no
    "Ober" + "stdorf", nor "Westerwald" "West" + "erwald". Without ``known`` only a
    hyphenated compound is split.
    """
    low = name.lower()
    if lang != "de" or " " in name:
        return None
    for word in _DIRECTIONS:
        if not low.startswith(word):
            continue
        after = name[len(word) :]
        rest = after.lstrip("-")
        if len(rest) < MIN_STEM + 1:
            continue
        rest = rest[:1].upper() + rest[1:]
        if after.startswith("-") or (known is not None and known(rest)):
            return rest
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
