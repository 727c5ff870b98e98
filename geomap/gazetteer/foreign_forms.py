"""Other spellings to try for a name an article writes in its own language's way.

Two regular ways French, German and Polish write a foreign place that the
gazetteer holds under its English or its own spelling:

* a compass word fused to the name: "Nord-Kivu", "Sud-Kivu" (French),
  "Süd-Kivu", "Südsudan" (German) are "North Kivu", "South Kivu", "South Sudan";
* a French word for a lake or a mountain before the name: "lac Kivu", "mont Elbrouz"
  are "Lake Kivu", "Mount Elbrouz"; a French word for a kind of water or landform and
  "de" before it: "estuaire de la Seine", "massif des Vosges" are the Seine and the
  Vosges (:func:`kind_phrase`);
* Polish writes w for v in foreign names: "w Mitrowicy" is Mitrovica, "Wojwodina"
  is Vojvodina;
* German names the land around a city or along a river by compounding it with a
  word for an area: "Münsterland" is the country around Münster, "Ruhrgebiet" the
  Ruhr's (:func:`area_compound`);
* Russian and Ukrainian name a reservoir or a lake by the adjective of its town:
  "Цимлянское водохранилище", "Каховське водосховище" are the Tsimlyansk and Kakhovka
  Reservoirs (:func:`water_stem`);
* a Persian name's ezafe, the "of" between its words, is romanised as "-i-", "-e-",
  "-e " or "-i ": the German "Masar-i-Scharif" is GeoNames' "Masar-e Scharif"
  (:func:`ezafe_forms`).

The store (:mod:`geomap.gazetteer.local_names`) tries these only when the name
as written matches nothing.
"""

from __future__ import annotations

import re

from geomap.gazetteer.lemmas import MIN_STEM, romanize_uk
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.unit_words import _ADJECTIVE, LOCATIVE_ADJECTIVE

#: Compass words that start a French or German name, longest first, with the English word.
_COMPASS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("nord-ouest-", "Northwest"), ("nord-est-", "Northeast"),
           ("sud-ouest-", "Southwest"), ("sud-est-", "Southeast"), ("nord-", "North"),
           ("sud-", "South"), ("est-", "East"), ("ouest-", "West")),
    "de": (("nordwest", "Northwest"), ("nordost", "Northeast"), ("südwest", "Southwest"),
           ("südost", "Southeast"), ("nord", "North"), ("süd", "South"), ("ost", "East"),
           ("west", "West")),
}  # fmt: skip


def compass_english(name: str, lang: str) -> str | None:
    """The English form of a name a French or German compass word starts or closes.

    "Nord-Kivu" -> "North Kivu", "Süd-Kivu" and "Südkivu" -> "South Kivu"; in French
    also "Kivu du Sud" -> "South Kivu" (:func:`_french_compass_after`).  The rest
    must be one capitalised word of at least ``MIN_STEM + 1`` letters (German fuses
    the word: "Südsudan"; French joins it by a hyphen).
    """
    if lang == "fr":
        after = _french_compass_after(name)
        if after is not None:
            return after
    if " " in name:
        return None
    low = name.lower()
    for word, english in _COMPASS.get(lang, ()):
        if not low.startswith(word):
            continue
        rest = name[len(word) :].lstrip("-")
        if len(rest) < MIN_STEM + 1 or "-" in rest:
            return None
        return f"{english} {rest[:1].upper()}{rest[1:]}"
    return None


#: French compass words after "du"/"de l'" closing a name ("Kivu du Sud"), in English.
_COMPASS_AFTER = {"nord": "North", "sud": "South", "est": "East", "ouest": "West"}
_FRENCH_AFTER = re.compile(r"^(\w[\w'’-]*)(?:-| du | de l['’])(Nord|Sud|Est|Ouest)$")


def _french_compass_after(name: str) -> str | None:
    """The English form of a French name a compass word closes: "Kivu du Sud" -> "South Kivu".

    "Darfour du Nord", "Darfour-Nord" -> "North Darfour" (the store's respellings then
    meet "North Darfur"); the rest must be one word of at least ``MIN_STEM + 1`` letters.
    """
    m = _FRENCH_AFTER.match(name.strip())
    if m is None or len(m.group(1)) < MIN_STEM + 1 or not m.group(1)[:1].isupper():
        return None
    return f"{_COMPASS_AFTER[m.group(2).lower()]} {m.group(1)}"


#: French "ou" after a consonant, which English transliterations write "u" ("Darfour").
_FRENCH_OU = re.compile(r"(?<=[b-df-hj-np-tv-z])ou", re.IGNORECASE)


def english_spellings(english: str, lang: str) -> list[str]:
    """An English form made from a French name, and as English spells its "ou".

    French writes "ou" where English transliterates a "u" ("Darfour", "Soudan"): the
    English form of "Darfour du Nord", "North Darfour", is also tried as "North
    Darfur". Other languages' forms are taken as they are.
    """
    out = [english]
    if lang == "fr":
        other = _FRENCH_OU.sub(lambda m: m.group(0)[1], english)
        if other != english:
            out.append(other)
    return out


#: French words for a lake or a mountain that English puts before a name too.
_KIND_FIRST: dict[str, dict[str, str]] = {"fr": {"lac": "Lake", "mont": "Mount"}}


def kind_english(name: str, lang: str) -> str | None:
    """The English form of a lake's or a mountain's name: "lac Kivu" -> "Lake Kivu"."""
    word, _, rest = name.partition(" ")
    english = _KIND_FIRST.get(lang, {}).get(word.lower())
    if english is None or not rest[:1].isupper():
        return None
    return f"{english} {rest}"


#: French words for a kind of water or landform that a name follows after "de": the
#: kind of feature the phrase names ("estuaire de la Seine", "massif des Vosges").
_KIND_PHRASE: dict[str, dict[str, str]] = {
    "fr": {
        **dict.fromkeys(("estuaire", "étang", "baie", "golfe", "embouchure"), "water"),
        **dict.fromkeys(("massif", "col", "cap", "chaîne", "monts"), "landform"),
        # a country named by its title: "Grand-Duché de Luxembourg", "royaume du Maroc"
        **dict.fromkeys(("grand-duché", "royaume", "principauté", "sultanat", "émirat"), "country"),
    }
}
_FRENCH_LINK = re.compile(r"^(?:de la |de l['’]|du |des |de |d['’])(?=\w)")
#: French words for a river the name follows with no "de": "fleuve Sénégal", "rivière Chari".
#: An island country is named with the word for an island the same way: "île Maurice".
_KIND_APPOSED: dict[str, dict[str, str]] = {
    "fr": {**dict.fromkeys(("fleuve", "rivière"), "water"), "île": "country"}
}


def river_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a French word for a river its name follows ("fleuve", "rivière")."""
    return _KIND_APPOSED.get(lang, {}).get(word.lower()) == "water"


def kind_phrase(name: str, lang: str) -> tuple[str, str] | None:
    """The name and the kind of a French phrase that names a feature by its kind's word.

    "estuaire de la Seine" -> ``("Seine", "water")``, "massif des Vosges" -> ``("Vosges",
    "landform")``: the phrase is the feature of that name, a river or a range, where the
    gazetteer holds no entry for the whole phrase; a river's word takes its name with no
    "de" ("fleuve Sénégal" -> ``("Sénégal", "water")``, not the country). A country's
    title or an island's word names the country ("Grand-Duché de Luxembourg" ->
    ``("Luxembourg", "country")``, "île Maurice" -> ``("Maurice", "country")``).
    """
    word, _, rest = name.partition(" ")
    apposed = _KIND_APPOSED.get(lang, {}).get(word.lower())
    if apposed is not None and rest[:1].isupper():  # "fleuve Sénégal": the river Sénégal
        return rest, apposed
    kind = _KIND_PHRASE.get(lang, {}).get(word.lower())
    link = _FRENCH_LINK.match(rest) if kind is not None else None
    if kind is None or link is None:
        return None
    core = rest[link.end() :]
    return (core, kind) if core[:1].isupper() else None


def polish_v_keys(keys: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Keys of a Polish name with v for w: "mitrowica" -> "mitrovica".

    Polish writes foreign names' v as w ("Mitrowica", "Nowi Sad"); the keys that
    have no w are left out.
    """
    return tuple(dict.fromkeys(k.replace("w", "v") for k in keys if "w" in k))


#: German words for an area that end a compound with the name of the place it lies
#: around, and the shortest name such a compound is read from: "Münsterland",
#: "Ruhrgebiet" ("Ausland", "Umland" are none), a river's valley or delta ("Ahrtal",
#: "Nildelta").
_AREA_ENDINGS: dict[str, tuple[tuple[str, int], ...]] = {
    "de": (("gebiet", 4), ("land", 4), ("tal", 3), ("delta", 3))
}
#: Shortest place name an area compound ending in "land" is read from.
MIN_AREA_STEM = 4


def area_compound(name: str, lang: str) -> str | None:
    """The place a German area compound is named after: "Münsterland" -> "Münster".

    A genitive "s" may follow ("des Ahrtals" -> "Ahr").  ``None`` for any other
    name, or when the name before the ending is shorter than the ending allows
    (:data:`_AREA_ENDINGS`).
    """
    if " " in name or "-" in name or not name[:1].isupper():
        return None
    low = name.lower()
    for ending, shortest in _AREA_ENDINGS.get(lang, ()):
        for tail in (ending, ending + "s", ending + "es"):
            stem = name[: len(name) - len(tail)]
            if low.endswith(tail) and len(stem) >= shortest:
                return stem
    return None


def valley_compound(name: str, lang: str) -> bool:
    """Whether ``name`` is a German valley named after its river or its town ("Zillertal").

    A valley is named after its main town as often as after its river, however
    small the town ("Ötztal", "Aostatal", "Zillertal"), where the land around a
    place ("Münsterland") is a big city's.
    """
    stem = area_compound(name, lang)
    return stem is not None and name.lower()[len(stem) :].startswith("tal")


#: Russian and Ukrainian words for a reservoir or a lake (their stems, any case) and
#: the English word the gazetteer's name of such water has.
_WATER_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("водохранилищ", "reservoir"), ("озер", "lake")),
    "uk": (("водосховищ", "reservoir"), ("озер", "lake")),
}


def water_stem(name: str, lang: str) -> tuple[str, str] | None:
    """The town stem and English kind of a reservoir or lake named by an adjective.

    "Цимлянского водохранилища" -> ``("tsimlyan", "reservoir")``, "Каховського
    водосховища" -> ``("kakhov", "reservoir")``: two words, a word for the water and
    an adjective (its ending dropped as for an admin unit's), matched by prefix
    against the English names of water (:meth:`geomap.gazetteer.Gazetteer.candidates`).
    """
    words = name.split()
    if len(words) != 2:
        return None
    for stem_word, english in _WATER_WORDS.get(lang, ()):
        kinds = [w for w in words if w.lower().startswith(stem_word)]
        if len(kinds) != 1:
            continue
        other = words[1] if kinds[0] is words[0] else words[0]
        roman = normalize_name(romanize_uk(other) if lang == "uk" else other)
        stem = _ADJECTIVE.sub("", LOCATIVE_ADJECTIVE.sub("", roman))
        if stem == roman or len(stem) < MIN_STEM + 1 or " " in stem:
            return None
        return stem, english
    return None


#: A Persian ezafe between two words of a name, in any of its romanisations.
_EZAFE = re.compile(r"(?<=\w)(?:-[ie]-|-[ie] | [ie]-)(?=\w)")
#: The romanisations of the ezafe tried, most common first.
_EZAFE_SPELLINGS = ("-e ", "-i-", "-e-", "-i ")


def ezafe_forms(name: str) -> tuple[str, ...]:
    """The name with its ezafe spelt each other way: "Masar-i-Scharif" -> "Masar-e Scharif" ...

    Empty when the name has no ezafe ("-i-", "-e-", "-e " or "-i " between words).
    """
    if not _EZAFE.search(name):
        return ()
    forms = dict.fromkeys(_EZAFE.sub(spelling, name) for spelling in _EZAFE_SPELLINGS)
    return tuple(f for f in forms if f != name)
