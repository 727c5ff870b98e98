"""Words of place in French, German, Polish, Russian and Ukrainian (:mod:`.local_context`).

Prepositions, conjunctions, articles and the nouns that say a place's kind, as
each language writes them; words compared by lemma are listed as lemmas.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.gazetteer.unit_words import DETERMINERS
from geomap.text import word_sets

#: Prepositions after which a capitalised name is a place ("в Харкові", "nach Kiew",
#: "уздовж Прута").
LOCATIVES: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "в во на под подо из изо с со к ко до от около возле у через над близ вблизи по "
        "вдоль между вокруг",
        "uk": "в у на під з із зі до від біля поблизу через над по коло попід уздовж вздовж між "
        "навколо довкола",
        "pl": "w we na pod z ze do od koło obok przez nad przy po k między pomiędzy wzdłuż spod "
        "znad zza wokół",
        "de": "in im nach bei aus von vom um nahe an am auf über durch zwischen bis gegen vor ab "
        "richtung",  # "Richtung Lyman": a preposition of direction
        "fr": "à a en au aux de du des d' près vers dans sur entre depuis par",
    }
)
#: Prepositions of place that also make idioms with common nouns ("vor Ort", "vor Augen"):
#: a town after one is taken by its own name only, never by another place's alternate.
IDIOM_PREPOSITIONS: dict[str, frozenset[str]] = {"de": frozenset({"vor"})}
#: Prepositions of "in, from, near" that take a town or a country without an article:
#: a name right after one reads as a settlement or state (``GPE``).
TOWN_PREPOSITIONS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "в во из изо под подо около возле близ вблизи",
        "uk": "в у з із зі під біля поблизу",
        "pl": "w we z ze do pod spod koło obok",  # "spod Bachmutu": from near a town
        "de": "in nach aus bei",
        "fr": "à a en",
    }
)
#: Prepositions of a river bank or a mountain side ("над Дніпром", "nad Wisłą", "am Rhein",
#: "an Mosel").
BANK_PREPOSITIONS: dict[str, frozenset[str]] = {
    "ru": frozenset({"над"}),
    "uk": frozenset({"над"}),
    "pl": frozenset({"nad", "znad"}),
    "de": frozenset({"am", "an"}),  # "an Mosel und Lahn": a town takes "in"
    "fr": frozenset(),
}
#: Prepositions after which a bare name is a river or a mountain, never a town ("an
#: Mosel und Lahn", "am Main"); the bank prepositions of the other languages also mean
#: "over" ("над Москвою", "nad Warszawą").
NATURAL_PREPOSITIONS: dict[str, frozenset[str]] = {"de": frozenset({"am", "an"})}
#: Words of "where" that open a clause about a place after its name and a comma
#: ("besuchte Hameln, wo die Weser ...").
WHERE_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "где куда откуда",
        "uk": "де куди звідки",
        "pl": "gdzie dokąd skąd",
        "de": "wo wohin woher",
        "fr": "où",
    }
)
#: Conjunctions of a list of places ("Харків і Одеса").
CONJUNCTIONS: dict[str, frozenset[str]] = {
    "ru": frozenset({"и", "или", ","}),
    "uk": frozenset({"і", "й", "та", "або", "чи", ","}),
    "pl": frozenset({"i", "oraz", "lub", "albo", ","}),
    "de": frozenset({"und", "oder", "sowie", ","}),
    "fr": frozenset({"et", "ou", ","}),
}
#: Lemmas of words for an area or a direction, between a preposition and a name ("в районі
#: Ворохти", "у бік Ямполя", "в сторону Купянска", "w kierunku Pokrowska", "in Richtung Lyman";
#: a gmina by its name: "w gminie Cisna").
AREA_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"район", "окрестность", "пригород", "сторона", "направление"}),
    "uk": frozenset({"район", "околиця", "передмістя", "бік", "напрямок", "напрям"}),
    "pl": frozenset({"rejon", "okolica", "okolice", "pobliże", "kierunek", "strona", "gmina"}),
    "de": frozenset({"raum", "umgebung", "nähe", "richtung"}),
    "fr": frozenset({"région", "environs", "alentours"}),
}
#: Lemmas of the words for a republic, a state's or a unit's title before its name ("Глава
#: Республики Крым", "w Republice Czeskiej"): a place, not an organisation, follows them.
STATE_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset({"республика"}),
    "uk": frozenset({"республіка"}),
    "pl": frozenset({"republika"}),
    "de": frozenset({"republik"}),
}
#: Lemmas of words that say a place's kind, right before its name -> the feature type
#: (a bank, a delta or a mouth is a river's or a sea's: "з лівого берега Дніпра"; "admin":
#: an admin-1 or admin-2 unit, :func:`~geomap.nlp.local_kinds.of_kind`).
KIND_WORDS: dict[str, dict[str, str]] = {
    lang: {word: kind for kind, words in kinds.items() for word in words.split()}
    for lang, kinds in {
        "ru": {"water": "река озеро пролив залив море водохранилище берег дельта устье канал",
               "landform": "остров полуостров гора", "city": "город село посёлок поселок"},
        "uk": {"water": "річка ріка озеро протока затока море водосховище берег дельта гирло "
                          "канал",
               "landform": "острів півострів гора", "city": "місто село селище"},
        "pl": {"water": "rzeka jezioro cieśnina zatoka morze zbiornik brzeg delta ujście kanał",
               "landform": "wyspa półwysep góra", "city": "miasto wieś"},
        "de": {"water": "fluss see meerenge bucht meer stausee ufer delta mündung kanal",
               "landform": "insel halbinsel berg", "city": "stadt dorf gemeinde"},
        "fr": {"water": "fleuve rivière lac détroit golfe mer réservoir rive delta embouchure "
                          "canal long estuaire étang baie",
               "landform": "île presqu'île péninsule mont",
               "city": "ville village commune",
               # "la préfecture du Rhône", "le préfet de la Drôme", "le conseil
               # départemental du Gard": the unit, not its river or seat's namesake
               "admin": "département préfecture préfet préfète départemental "
                        "départementale"},
    }.items()
}  # fmt: skip
#: The last parts of German compound nouns that name a kind of place, and the kind
#: ("Hafenstadt", "Donauhafen", "Grenzfluss", "Ferieninsel"; :func:`compound_kind`).
#: "-ort" is a town's ("Kurort", "Grenzort"), not "-port" ("Export", "Sport").
COMPOUND_KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("stadt", "city"), ("dorf", "city"), ("gemeinde", "city"), ("hafen", "city"),
        ("kurort", "city"), ("grenzort", "city"), ("ferienort", "city"), ("badeort", "city"),
        ("küstenort", "city"), ("skiort", "city"), ("fluss", "water"), ("insel", "landform"),
    ),
}  # fmt: skip
#: Countries whose towns go by their names in the language (GeoNames' own names).
HOME_COUNTRIES: dict[str, frozenset[str]] = {
    "ru": frozenset({"RU", "BY", "KZ", "KG"}),
    "uk": frozenset({"UA"}),
    "pl": frozenset({"PL"}),
    "de": frozenset({"DE", "AT", "CH", "LI", "LU"}),
    "fr": frozenset({"FR", "BE", "CH", "LU", "MC"}),
}
#: Languages that capitalise only names, where a capitalised word that is no place right
#: before a name makes it part of an organisation's name ("Sojusz Państw Sahelu",
#: "Нафтогаз України").
NAME_CAPITALS = frozenset({"pl", "ru", "uk"})
#: Languages that capitalise every noun.
NOUN_CAPITALS = frozenset({"de"})
#: Articles, fused prepositions and demonstratives: a town's name takes none ("im Osten",
#: "das Essen", "le Stade" are no towns), a country's or a river's may ("die Ukraine").
ARTICLES = DETERMINERS
#: Definite articles, the "the" of rivers, mountains and regions ("die Neiße", "le Danube").
DEFINITE: dict[str, frozenset[str]] = {
    "de": frozenset({"der", "die", "das", "den", "dem", "des"}),
    "fr": frozenset({"le", "la", "les", "l'"}),
}
#: Prepositions a model's entity may start with, which no name does ("de Bayonne").
OF_PREPOSITIONS: dict[str, frozenset[str]] = {
    "fr": frozenset({"de", "d'"}),
    "de": frozenset({"von"}),
}
#: French prepositions fused with the article of a name: "au Havre" is in Le Havre.
CONTRACTED: dict[str, str] = {"au": "Le", "du": "Le", "aux": "Les", "des": "Les"}
#: Words capitalised as nouns or at a sentence's start that name no place by themselves:
#: months ("bis März 2028" is no village Marz) and the points of the compass ("im Süden",
#: "dans l'Est": not the Haitian department Sud, nor the town Norden).
COMMON_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "de": "januar jänner februar märz april mai juni juli august september oktober "
        "november dezember norden süden osten westen nordosten nordwesten südosten südwesten",
        "fr": "nord sud est ouest nord-est nord-ouest sud-est sud-ouest",
        "pl": "północ południe wschód zachód",
        "ru": "север юг восток запад",
        "uk": "північ південь схід захід",
    }
)
#: Lemmas of treaties named after a town ("Vertrag von Montreux", "traité de Lisbonne"):
#: the town is part of the treaty's name, not a place of the news.
TREATY_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "de": "vertrag abkommen übereinkommen konvention",
        "fr": "traité accord accords convention",
        "pl": "traktat układ porozumienie konwencja",
    }
)
#: Words of a sports club's name written before its town ("VfB Stuttgart", "1. FC Köln",
#: "Eintracht Frankfurt", "Legia Warszawa"): the abbreviations of the kinds of club (German
#: Fußball-Club, Sport-Club, Sportverein, Verein für Bewegungsspiele / Leibesübungen,
#: Turn- und Sportverein...; Polish Klub Sportowy, Gminny / Miejski / Łódzki Klub
#: Sportowy, Akademicki Związek Sportowy) and the traditional words of club names (Latin
#: and German mottos, patrons, industries), from general knowledge of how clubs are named
#: in each country; none is a place's name, so the town after one belongs to the club.
CLUB_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "de": "fc sc sv vfb vfl tsv tsg fsv bsc spvgg ssv sg rb eintracht borussia fortuna "
        "alemannia arminia hertha union werder dynamo hansa holstein kickers preußen viktoria "
        "wacker germania stahl lok chemie bayer",
        "pl": "ks gks mks łks kks azs legia lech lechia jagiellonia pogoń cracovia górnik "
        "zagłębie korona widzew arka ruch stal motor polonia resovia sandecja olimpia unia "
        "miedź chrobry puszcza znicz zawisza",
    }
)
#: Quotation marks around the name of a club, newspaper or company («Говерла», „Rzeczpospolita“).
OPENING_QUOTES = frozenset({"«", "„", "“", '"', "‚", "‹"})
CLOSING_QUOTES = frozenset({"»", "“", "”", '"', "‘", "›"})


#: Languages that capitalise every noun: a capitalised word after a preposition is no name.
NOUNS_CAPITALISED = frozenset({"de"})


def listed_positions(span: Span, lang: str) -> tuple[int, ...]:
    """Where a list's other member may stand beside ``span``: past a conjunction.

    The word after "X і" or before "і X"; where each member opens with a preposition of
    place, past it too ("у Кременной и под Лиманом", "в Ізюмі та в Балаклії"), but not in
    German, whose nouns are all capitalised ("im Süden Äthiopiens und im Norden Kenias"). The
    caller checks that the word between is a conjunction (:data:`CONJUNCTIONS`).
    """
    doc = span.doc
    places = LOCATIVES.get(lang, frozenset())
    found = [span.end + 1, span.start - 2]
    if lang in NOUNS_CAPITALISED:  # "im Süden Äthiopiens und im Norden Kenias": no Norden
        return tuple(found)
    if span.end + 2 < len(doc) and doc[span.end + 1].lower_ in places:
        found.append(span.end + 2)
    if span.start >= 3 and doc[span.start - 1].lower_ in places:
        found.append(span.start - 3)
    return tuple(found)
