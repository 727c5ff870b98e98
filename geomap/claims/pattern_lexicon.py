"""The words of saying of German, Polish and Ukrainian, read without a parser.

No dependency parser for these languages is on PyPI, so
:mod:`geomap.claims.pattern_frames` reads their sentences by word order, lemmas
(simplemma) and capitals.  Each language has the :class:`SayingWords` fields the
French and Russian attribution reads (pronouns, the kinds of source nouns, how a
sentence points back at the one before), and the :class:`PatternWords` that
stand in for the parse: which words open a source ("laut X", "według X", "за
словами X"), which close one ("X zufolge"), the particles of German verbs of
saying ("teilte … mit"), the words that end a clause and the endings of a verb
whose subject is left out ("– zapowiedział", "Додала, що").

Provenance: written for issues 17 and 18 (branch ``spkl72``) from the grammar of
each language (common verbs of saying and reporting, the bodies and titles of wire
news), not from any benchmark text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.claims.contrasts import CONTRASTS
from geomap.claims.local_lexicon import SayingWords, _set


@dataclass(frozen=True)
class PatternWords:
    """What stands in for a parse in one language (lower case throughout).

    Attributes
    ----------
    words
        The language's :class:`SayingWords`.
    opening
        Phrases (one or two words) whose following noun phrase is the source.
    closing
        Postpositions whose preceding noun phrase is the source ("zufolge").
    so
        Words that after a comma or a quotation name the source ("…, so X").
    particles
        German separable verbs: the finite verb's lemma and a particle later in the
        clause make the verb of saying ("teilen" + "mit": "mitteilen").
    places
        Verbs of saying whose source is a body or a document after one of the
        prepositions given ("heißen": "in", "aus"; "йтися": "у", "в"), or before them.
    roles
        A pattern of role words (titles and offices) in lower case; German compounds
        match by their end ("Außenministerin", "Kremlsprecher").
    prepositions
        Prepositions: a source's phrase stops at one; one after the verb is skipped
        with its noun ("ocenił w rozmowie z PAP ekspert X").
    boundaries
        Words that open a new clause ("dass", "że", "ale", "що").
    contrast
        Of those, the ones after which a clause has its own source ("ale", "але").
    addressees
        Words of whom something is told ("журналістам"), passed over after a verb.
    dropped
        Endings of a singular verb whose subject the language may leave out.
    impersonal
        Endings of a plural verb said by no one named ("повідомили в штабі").
    subjectless
        Verbs of :attr:`places` that never have a speaking subject ("heißt es").
    stems
        Stems of nouns (lower case) and the kind of source they head, for compounds
        and cases the lemma lists miss ("ministerium", "ministerstw", "міністерств").
    """

    words: SayingWords
    opening: frozenset[str]
    closing: frozenset[str]
    so: frozenset[str]
    particles: dict[str, dict[str, str]]
    places: dict[str, frozenset[str]]
    roles: re.Pattern[str]
    prepositions: frozenset[str]
    boundaries: frozenset[str]
    contrast: frozenset[str]
    addressees: frozenset[str]
    dropped: tuple[str, ...] = ()
    impersonal: tuple[str, ...] = ()
    stems: tuple[tuple[str, str], ...] = ()
    subjectless: frozenset[str] = frozenset()


_ANY = re.compile(r".")  # every sentence is read: the patterns are cheap

GERMAN = PatternWords(
    words=SayingWords(
        cue=_ANY,
        back=re.compile(
            r"\W*(?:das|dies)\s+(?:sagte|sagten|teilte|teilten|erklärte|erklärten|betonte|"
            r"berichtete|meldete|schrieb|bestätigte|kündigte|gab|geht)\b"
        ),
        verbs=_set(
            "sagen erklären mitteilen betonen ankündigen hinzufügen berichten melden schreiben "
            "bestätigen warnen fordern versichern unterstreichen bekräftigen behaupten "
            "dementieren bestreiten ergänzen heißen hervorgehen bekanntgeben verkünden "
            "erläutern antworten vorwerfen kritisieren drohen mahnen"
        ),
        saying=_set(
            "sagen erklären mitteilen betonen hinzufügen berichten bestätigen versichern "
            "behaupten ergänzen erläutern antworten unterstreichen bekräftigen heißen"
        ),
        prepositions=_set("laut"),
        phrase_nouns=frozenset(),
        phrase_case=frozenset(),
        endings=(),
        genitive=_set("des der"),
        relatives=_set("der die das welcher welche"),
        singular=_set("er sie"),
        plural=frozenset(),
        determiners=_set(
            "der die das des dem den ein eine eines einem einen jede jeder jedes jeden jedem "
            "kein keine keinen keinem keiner keines"
        ),
        government=_set(
            "kreml regierung bundesregierung polizei armee bundeswehr nato streitkräfte"
        ),
        organisation=_set("agentur konzern unternehmen partei nationen reederei"),
        document=_set("bericht studie analyse umfrage mitteilung dokument statistik"),
        anonymous=_set(
            "regierungskreise kreise experte experten beobachter quelle quellen diplomat "
            "diplomaten augenzeuge augenzeugen zeuge zeugen anwohner"
        ),
        offices=frozenset(),
        times=_set(
            "montag dienstag mittwoch donnerstag freitag samstag sonntag morgen abend nacht "
            "vormittag nachmittag"
        ),
        spokes=_set("sprecher sprecherin"),
        asides=_set("wie"),
    ),
    opening=_set("laut nach_angaben"),
    closing=_set("zufolge"),
    so=_set("so"),
    particles={
        "teilen": {"mit": "mitteilen"},
        "kündigen": {"an": "ankündigen"},
        "fügen": {"hinzu": "hinzufügen"},
        "gehen": {"hervor": "hervorgehen"},
        "geben": {"bekannt": "bekanntgeben"},
        "werfen": {"vor": "vorwerfen"},
    },
    places={"heißen": _set("in aus"), "hervorgehen": _set("aus")},
    subjectless=_set("heißen hervorgehen"),
    roles=re.compile(
        r".*(?:minister|präsident|kanzler|meister|gouverneur|sprecher|chef|leiter|führer|"
        r"botschafter|direktor|general|kommandeur|sekretär|vorsitzende|abgeordnete|landrat|"
        r"premier|senator|experte|beauftragte)(?:in|innen|en|er|r|s)?$"
    ),
    prepositions=_set(
        "in im am an auf aus bei mit nach von vom zu zum zur über unter vor für gegen um durch"
    ),
    boundaries=_set("dass aber doch sondern"),
    contrast=CONTRASTS["de"],
    addressees=_set("journalisten reportern"),
    stems=(
        ("ministerium", "government"), ("amt", "government"), ("behörde", "government"),
        ("schutz", "government"), ("polizei", "government"), ("regierung", "government"),
        ("verwaltung", "government"), ("botschaft", "government"), ("armee", "government"),
        ("staatsanwaltschaft", "government"), ("generalstab", "government"),
        ("agentur", "organisation"), ("institut", "organisation"), ("betreiber", "organisation"),
        ("konzern", "organisation"), ("verband", "organisation"), ("partei", "organisation"),
        ("bericht", "document"), ("studie", "document"), ("umfrage", "document"),
        ("kreise", "anonymous"), ("kreisen", "anonymous"),
    ),
)  # fmt: skip

POLISH = PatternWords(
    words=SayingWords(
        cue=_ANY,
        back=re.compile(
            r"\W*(?:wynika to|tak (?:powiedział|poinformował)|o tym (?:poinformował|mówi))"
        ),
        verbs=_set(
            "powiedzieć mówić oświadczyć zapowiedzieć dodać przekazać poinformować informować "
            "podać podkreślić stwierdzić zaznaczyć ocenić twierdzić napisać pisać ostrzec "
            "ostrzegać zapewnić przyznać wyjaśnić powtórzyć oznajmić zaprzeczyć potwierdzić "
            "ogłosić przypomnieć uważać oskarżyć wezwać zaapelować apelować obiecać zażądać "
            "skrytykować wynikać relacjonować"
        ),
        saying=_set(
            "powiedzieć mówić oświadczyć zapowiedzieć dodać przekazać poinformować informować "
            "podać podkreślić stwierdzić zaznaczyć twierdzić napisać zapewnić wyjaśnić oznajmić "
            "zaprzeczyć potwierdzić wynikać"
        ),
        prepositions=_set("według zdaniem"),
        phrase_nouns=frozenset(),
        phrase_case=frozenset(),
        endings=(),
        genitive=frozenset(),
        relatives=_set("który która które"),
        singular=_set("on ona niego niej jego jej"),
        plural=_set("oni one nich"),
        determiners=frozenset(),
        government=_set(
            "ministerstwo msz mon msw mswia rząd kreml policja wojsko armia straż prokuratura "
            "urząd sztab ambasada władza władze administracja ratusz służba komisja nato "
            "kancelaria resort dowództwo imgw siły"
        ),
        organisation=_set(
            "agencja firma spółka koncern partia bank fundacja stowarzyszenie organizacja "
            "instytut ośrodek uniwersytet związek telewizja gazeta radio portal pap bns "
            "interfax reuters"
        ),
        document=_set("raport dokument komunikat badanie sondaż analiza dane oświadczenie"),
        anonymous=_set("ekspert źródło mieszkaniec świadek analityk urzędnik autor obserwator"),
        offices=_set(
            "prezydent premier minister wojewoda gubernator rzecznik rzeczniczka burmistrz mer "
            "prezes szef szefowa dyrektor ambasador dowódca generał marszałek starosta wójt "
            "prokurator komendant przewodniczący poseł senator kanclerz sekretarz lider "
            "przywódca ekspert analityk wiceminister wicepremier doradca pełnomocnik kierownik"
        ),
        times=_set(
            "poniedziałek wtorek środa czwartek piątek sobota niedziela rano wieczorem nocy"
        ),
        spokes=_set("rzecznik rzeczniczka"),
        asides=_set("jak"),
    ),
    opening=_set("według zdaniem"),
    closing=frozenset(),
    so=frozenset(),
    particles={},
    places={"wynikać": _set("z ze")},
    subjectless=_set("wynikać"),
    roles=re.compile(r"^$"),
    prepositions=_set(
        "w we na do z ze od przez przy po o za pod nad przed dla u między podczas"
    ),
    boundaries=_set("że ale lecz jednak a jak"),
    contrast=CONTRASTS["pl"],
    addressees=_set("dziennikarzom reporterom mediom"),
    dropped=("ł", "ła"),
    impersonal=("li", "ły"),
    stems=(
        ("ministerstw", "government"), ("minister", "person"), ("urzęd", "government"),
        ("urząd", "government"), ("straż", "government"), ("policj", "government"),
        ("prokuratur", "government"), ("instytut", "organisation"), ("agencj", "organisation"),
        ("raport", "document"), ("autorzy", "anonymous"), ("ekspert", "anonymous"),
    ),
)  # fmt: skip

UKRAINIAN = PatternWords(
    words=SayingWords(
        cue=_ANY,
        back=re.compile(r"\W*про це\b"),
        verbs=_set(
            "заявити заявляти сказати говорити повідомити повідомляти додати наголосити "
            "наголошувати зазначити зазначати підкреслити розповісти розповідати написати "
            "писати стверджувати попередити запевнити пояснити уточнити оголосити "
            "закликати звинуватити пообіцяти обіцяти вимагати вважати поінформувати передати "
            "відповісти нагадати підтвердити спростувати заперечити йтися прокоментувати"
        ),
        saying=_set(
            "заявити заявляти сказати говорити повідомити повідомляти додати наголосити "
            "наголошувати зазначити зазначати підкреслити розповісти написати стверджувати "
            "запевнити пояснити уточнити поінформувати відповісти підтвердити йтися"
        ),
        prepositions=_set("згідно"),
        phrase_nouns=frozenset(),
        phrase_case=frozenset(),
        endings=(),
        genitive=frozenset(),
        relatives=_set("який яка яке"),
        singular=_set("він вона його її нього неї"),
        plural=_set("вони їх"),
        determiners=frozenset(),
        government=_set(
            "міністерство мвс мзс уряд кремль поліція армія зсу генштаб штаб прокуратура "
            "адміністрація служба сбу влада посольство нато командування мерія сили"
        ),
        organisation=_set(
            "агентство магате компанія партія банк фонд організація інститут університет "
            "телеканал видання укренерго оон"
        ),
        document=_set("звіт доповідь документ повідомлення дані дослідження опитування заява"),
        anonymous=_set("джерело експерт мешканець свідок аналітик очевидець автор"),
        offices=_set(
            "президент президентка прем'єр-міністр прем'єр міністр міністерка речник речниця "
            "губернатор мер голова очільник очільниця начальник командувач генерал посол "
            "директор керівник лідер спікер депутат секретар радник представник представниця "
            "заступник прокурор"
        ),
        times=_set("понеділок вівторок середа четвер п'ятниця субота неділя уночі ввечері"),
        spokes=_set("речник речниця представник представниця"),
        asides=_set("як"),
    ),
    opening=_set("за_словами за_даними за_інформацією згідно_з"),
    closing=frozenset(),
    so=frozenset(),
    particles={},
    places={"йтися": _set("у в"), "повідомити": _set("у в"), "зазначити": _set("у в")},
    subjectless=_set("йтися"),
    roles=re.compile(r"^$"),
    prepositions=_set("в у на до з із від через при по о за під над перед для між біля"),
    boundaries=_set("що але проте однак а як"),
    contrast=CONTRASTS["uk"],
    addressees=_set("журналістам репортерам"),
    dropped=("в", "ла"),
    impersonal=("ли",),
    stems=(
        ("міністерств", "government"), ("штаб", "government"), ("поліці", "government"),
        ("прокуратур", "government"), ("служб", "government"), ("агентств", "organisation"),
        ("звіт", "document"), ("документ", "document"),
    ),
)  # fmt: skip

#: Each language read by patterns, by code.
PATTERN_WORDS: dict[str, PatternWords] = {"de": GERMAN, "pl": POLISH, "uk": UKRAINIAN}
