"""Word lists and thresholds of toponym recognition (:mod:`geomap.nlp.recognizer`)."""

from __future__ import annotations

from geomap import landform_words

#: Feature types a gazetteer match may have to count without the model's support.
SCAN_TYPES = frozenset({"country", "admin1", "region", "continent", "water", "landform"})
#: Feature types a one-word name may have to be found by the scan alone; one-word rivers
#: and mountains ("White", "Fox", "Orange") are too often ordinary words.
SINGLE_WORD_TYPES = frozenset({"country", "admin1", "region", "continent"})
#: Lower-case particles inside proper names ("Mocimboa da Praia", "Rio de Janeiro").
NAME_PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "della", "des", "di", "du", "el", "al", "la", "le",
     "van", "von"}
)  # fmt: skip
#: Prepositions after which a one-word name is most likely a place.
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "around", "toward",
     "towards", "inside", "throughout", "via"}
)  # fmt: skip
#: English month names: "in March" is no town named March.
MONTHS = frozenset(
    """
    january february march april may june july august september october november december
    """.split()  # noqa: SIM905
)
#: Smallest town taken from an ORG entity after such a preposition.
ORG_TOWN_MIN_POPULATION = 10_000
#: Entity labels that may hold a demonym ("Russian", "Canadians", "English").
DEMONYM_LABELS = frozenset({"NORP", "LANGUAGE"})
#: Smallest town taken from an untagged name or a PERSON entity after a locative
#: preposition ("a cottage in Dewsbury").
LOCATIVE_MIN_POPULATION = 1_000
#: Entity labels whose names may embed a demonym ("BBC Russian Service").
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
#: Longest all-capitals word taken as an acronym ("NATO"); longer ones are shouted
#: words ("CHARLESTON" in a dateline).
ACRONYM_MAX = 5
#: A one-word city name the model left untagged (a proper noun, in no person or other
#: entity) is taken by the gazetteer scan from this population up.
BIG_CITY = 100_000
#: Words after a hyphen that make a place's name before it a mention of the place
#: ("US-based", "Kent-born", "Saudi-led"; not "Bush-era", "Manhattan-style").
PLACE_SUFFIXES = frozenset(
    """
    based born bred bound led backed brokered run owned held controlled administered
    occupied registered headquartered made wide
    """.split()  # noqa: SIM905
)
#: Lemmas of verbs of saying: a small town named as their subject again and again is a
#: person ("Noma said"; geomap.nlp.people).
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "explain", "recall", "ask", "write"})
#: Words that join the items of a list of places ("Kharkiv, Sumy and Odesa").
LIST_GLUE = frozenset({",", "and", "or", "&"})
#: A city corroborates an ORG/PRODUCT/NORP entity only from this population up.
CORROBORATING_POPULATION = 200_000
#: Entity labels whose tokens the gazetteer scan never enters (people, works, dates ...).
BLOCKING_LABELS = frozenset(
    {
        "PERSON",
        "WORK_OF_ART",
        "EVENT",
        "LAW",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
        "CARDINAL",
        "LANGUAGE",
    }
)
#: Generic geographic words that are also the names of some admin units or features;
#: alone, capitalised at a sentence start or in a title, they are not evidence of a place.
GENERIC_WORDS = frozenset(
    """
    north south east west northern southern eastern western central centre center capital
    northeast northwest southeast southwest north-east north-west south-east south-west
    delta plateau lakes coast coastal unity upper lower bay sea ocean gulf island islands
    mountains river lake valley highlands lowlands interior border frontier region state
    city county district province national federal middle great new grand royal
    road street avenue highway route bridge park square college university school
    hospital airport church station center centre court hall tower metro village town
    """.split()  # noqa: SIM905
)
#: Capitalised common nouns of a state's institutions that news name as places ("testify
#: before Congress"): their seat, never a town that shares the word (Congress, Arizona).
INSTITUTION_NOUNS = frozenset({"congress", "parliament", "senate"})
#: Last words of the names of streets and buildings ("Elm Street", "Westfield Mall"). A
#: place name inside such a name is what it is named after, not where it is.
FACILITY_WORDS = frozenset(
    """
    street st st. road rd rd. avenue ave ave. boulevard blvd blvd. lane drive way place
    square plaza mall mill bridge park parkway highway terrace crescent hospital clinic
    school university college academy church cathedral chapel mosque temple synagogue
    station airport stadium arena center centre building tower hotel court hall house
    library museum theatre theater market embassy consulate prison factory plant
    """.split()  # noqa: SIM905
)
#: Plural nouns of groups of states or peoples that end an organisation's name with a
#: place's name before them ("the Alliance of Sahel States", "the League of Arab
#: States"): written with a capital after the name, the name is what the group is
#: named after, not a place of its own.
GROUP_NOUNS = frozenset({"states", "nations", "countries", "peoples", "republics"})
#: Entity labels besides the NER's place labels under which a name ending in a
#: facility word is a street or a building, with ``facilities=True``: the small model
#: tags "Holy Redeemer Church", "the Carnegie Library" and "Royal Street" ORG.
FACILITY_LABELS = frozenset({"ORG"})
#: Words that say a local feature's kind ("Neches River", "Lake Harriet", "Pleasant Township").
LOCAL_KIND_WORDS = frozenset(
    """
    river creek lake reservoir pond bay harbor harbour township borough neighborhood
    neighbourhood quarter
    """.split()  # noqa: SIM905
)
#: Words that say a name is a settlement's or a camp's ("Tennessee Colony", "Roj camp"):
#: one named after a country, a unit or a town is a place of its own, not that one.
SETTLEMENT_WORDS = frozenset(
    """
    colony camp camps village township twp twp. settlement hamlet kibbutz moshav encampment
    """.split()  # noqa: SIM905
)
#: Words that make a name a sea's or a strait's when they end it ("the Red Sea", "the
#: English Channel") or begin it before "of" ("the Gulf of Aden", "the Sea of Azov").
SEA_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel"})
#: First or last words that say a name is a natural feature's ("the Matsu Islands").
FEATURE_KIND_WORDS = frozenset(
    """
    river lake sea gulf bay strait straits channel canal island islands isles archipelago
    peninsula mountains mountain hills range valley plateau desert plain plains coast
    delta basin gap shoal reef atoll dam corridor line
    """.split()  # noqa: SIM905
)
#: Words of a kind of feature that English writes before the name ("Lake Albert").
KIND_FIRST = frozenset({"lake", "mount"})
#: The English articles a name may follow inside an entity ("the Rogers Centre").
ARTICLES = frozenset({"a", "an", "the"})
CONNECTORS = frozenset({"of", "and", "the", "de", "del", "la", "le", "du", "da", "-", "&", "'s"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


#: The points of the compass as words: "40 km north of Kaya", "North Mitrovica" (a part of
#: the town), "South Arlington".
COMPASS_POINTS = frozenset(
    """
    north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west
    """.split()  # noqa: SIM905
)

#: Generic words of a landform (:mod:`geomap.landform_words`).
LANDFORM_WORDS = landform_words.LANDFORM_WORDS
