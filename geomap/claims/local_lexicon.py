"""The words of saying in French and Russian: cues, verbs, the nouns that tell a source's kind.

:mod:`geomap.claims.local_attribution` reads a sentence through these lists
only: a sentence whose text matches :attr:`SayingWords.cue` is parsed, a verb
whose lemma is in :attr:`SayingWords.verbs` reports what its subject says, and
a noun after one of :attr:`SayingWords.prepositions` ("selon", "согласно") or
after one of :attr:`SayingWords.phrase_nouns` ("по словам", "по данным") is the
source.  The noun lists give the kind of a source that is not a person's name
(:data:`geomap.claims.kinds.KINDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SayingWords:
    """One language's words of saying.

    Attributes
    ----------
    cue
        A pattern a sentence (lower case) must match before it is parsed: a
        superset of the forms of :attr:`verbs`, :attr:`prepositions` and
        :attr:`phrase_nouns`.
    back
        How a sentence (lower case) opens that gives the sentence before it a
        source ("Об этом сообщил губернатор", "C'est ce qu'a annoncé le ministère").
    verbs
        Lemmas of verbs whose subject says what follows.
    saying
        Those of :attr:`verbs` whose subject always speaks ("dire"); the subject of
        another ("menacer", "promettre") must be able to speak: a name, or a noun
        of the lists below ("La crue menace Wrocław" says nothing).
    prepositions
        Prepositions (lower case, as written) whose noun is the source ("selon
        l'armée", "d'après"; spaCy writes "d'après" as two words).
    phrase_nouns
        Lemmas of nouns whose dependent is the source after :attr:`phrase_case`
        ("по словам губернатора", "de source diplomatique").
    phrase_case
        The preposition those nouns take ("по").
    endings
        Endings of regular verbs' forms, tried on a form the lemmatiser left as
        it is ("indique" -> "indiquer"), longest first.
    genitive
        Prepositions of a noun's dependent that stays in a source's name ("de" in
        "ministère de la Défense"); a dependent after any other ("à Kiev", "в
        Кремле") is left out.
    relatives
        Relative pronouns: the source is the noun the clause hangs from.
    singular, plural
        Third-person pronouns, whose antecedent is the article's last person or body.
    determiners
        Words dropped from the start of a role or an entity.
    government, organisation, document, anonymous
        Lemmas of head nouns of each kind of source.
    offices
        Lemmas of nouns of an office one person holds ("министр", "maire"): told
        which one ("министр обороны", "le maire de Lyon"), its holder, kind person.
    indefinite
        Determiners that leave the holder unnamed ("un ministre": anonymous).
    times
        Words of a time (weekdays, months, parts of the day: "lundi", "понедельник"):
        never a source nor part of its name ("a précisé dimanche la SNCF", "le
        porte-parole de l'armée lundi").
    made
        Verbs that say only made by another one, with that verb's lemma ("a fait
        savoir": "savoir" made by "faire"): their lemma is the two ("faire savoir").
    spokes
        Lemmas of nouns of people who speak or report for a body ("porte-parole",
        "представитель", "корреспондент"): told whose ("le porte-parole de la police",
        "корреспондент «Интерфакса»"), the body is the source and the noun its role.
    asides
        Conjunctions that make a clause of saying the source of the clause it hangs
        from ("Как сообщил X, Бухарест потребует …", "Comme l'a indiqué X, …").
    inside
        Prepositions of a body or a document named as where it is said, when the
        verb has no subject ("В ведомстве заявили": the ministry said; "говорится
        в сообщении мэрии"); empty where the language has no such turn.
    """

    cue: re.Pattern[str]
    back: re.Pattern[str]
    verbs: frozenset[str]
    saying: frozenset[str]
    prepositions: frozenset[str]
    phrase_nouns: frozenset[str]
    phrase_case: frozenset[str]
    endings: tuple[str, ...]
    genitive: frozenset[str]
    relatives: frozenset[str]
    singular: frozenset[str]
    plural: frozenset[str]
    determiners: frozenset[str]
    government: frozenset[str]
    organisation: frozenset[str]
    document: frozenset[str]
    anonymous: frozenset[str]
    inside: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    made: tuple[tuple[str, str], ...] = ()
    spokes: frozenset[str] = frozenset()
    asides: frozenset[str] = frozenset()


def verb_lemma(text: str, lemma: str, lex: SayingWords) -> str | None:
    """The lemma of a verb of saying for a verb read as ``text`` with ``lemma``, or ``None``.

    A regular French verb the lemmatiser did not recognise ("indique" left as
    "indique") is tried as its stem + "er".
    """
    if lemma in lex.verbs:
        return lemma
    low = text.lower()
    for ending in lex.endings:
        if low.endswith(ending) and f"{low[: -len(ending)]}er" in lex.verbs:
            return f"{low[: -len(ending)]}er"
    return None


def _set(words: str) -> frozenset[str]:
    """The words of ``words``; an underscore joins two words into one entry ("faire_savoir")."""
    return frozenset(w.replace("_", " ") for w in words.split())


FRENCH = SayingWords(
    cue=re.compile(
        r"^\W*pour\s[^,]{1,80},[^«“\"]*[«“\"]|"  # "Pour X, « … »": a view (local_cues)
        r"\b(?:di(?:t|s|sent|ra|rait|sait|saient|re)|ni(?:e|ent|é|ée|ait|aient|er)|selon|"
        r"d['’]apr[eè]s|sources?)\b|\b(?:d[ée]clar|affirm|annon[cç]|indiqu|pr[ée]cis|estim|"
        r"ajout|assur|d[ée]ment|accus|avert|confirm|expliqu|soulign|rapport|racont|signal|"
        r"r[ée]v[ée]l|d[ée]non[cç]|condamn|prom(?:et|is)|exig|menac|insist|reconn[au]|"
        r"r[ée]clam|r[ée]pon|[ée]cri|savoir|martel|pr[ée]v[ei]n|r[ée]p[ée]t|rappel)"
    ),
    back=re.compile(r"\W*c['’]est ce qu"),
    verbs=_set(
        "dire déclarer affirmer annoncer indiquer préciser estimer ajouter assurer démentir "
        "nier accuser avertir confirmer expliquer souligner rapporter raconter signaler "
        "révéler dénoncer condamner promettre exiger menacer insister reconnaître réclamer "
        "répondre écrire faire_savoir marteler prévenir répéter rappeler"
    ),
    saying=_set(
        "dire déclarer affirmer annoncer préciser ajouter assurer démentir nier avertir "
        "confirmer expliquer souligner raconter insister répondre faire_savoir marteler "
        "prévenir répéter rappeler"
    ),
    prepositions=_set("selon d'après d’après"),
    phrase_nouns=_set("source sources"),
    phrase_case=_set("de"),
    endings=("aient", "ait", "ent", "ées", "és", "ée", "é", "es", "e", "ant", "a"),
    genitive=_set("de du des d' d’"),
    relatives=_set("qui lequel laquelle lesquels lesquelles"),
    singular=_set("il elle"),
    plural=_set("ils elles"),
    determiners=_set("le la les l' l’ un une des du de d' d’ ce cette ces"),
    government=_set(
        "ministère gouvernement armée police gendarmerie préfecture présidence "
        "parquet état-major kremlin élysée matignon mairie autorité autorités ambassade "
        "diplomatie municipalité administration pentagone otan commission douane douanes "
        "garde-côtes gardes-côtes garde-frontières gardes-frontières"
    ),
    organisation=_set(
        "société entreprise groupe ong association agence journal quotidien chaîne parti "
        "syndicat banque compagnie fédération fondation organisation club université "
        "hôpital constructeur opérateur industriel"
    ),
    document=_set(
        "rapport communiqué donnée données étude sondage bilan enquête document chiffre "
        "chiffres statistique statistiques analyse note lettre décret"
    ),
    anonymous=_set(
        "source responsable habitant témoin expert analyste officiel diplomate soldat "
        "officier militaire riverain observateur spécialiste porte-parole proche "
        "interlocuteur enquêteur secouriste médecin habitante ministre président maire "
        "gouverneur procureur chef directeur député commandant général correspondant "
        "journaliste envoyé frère sœur mère père femme mari fils fille voisin voisine ami "
        "amie collègue"
    ),
    offices=_set("ministre président présidente maire gouverneur préfet procureur premier"),
    spokes=_set("porte-parole correspondant correspondante envoyé envoyée"),
    indefinite=_set("un une des"),
    times=_set(
        "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai "
        "juin juillet août septembre octobre novembre décembre matin soir soirée nuit "
        "après-midi midi hier aujourd'hui aujourd’hui veille lendemain week-end semaine"
    ),
    made=(("savoir", "faire"),),
    asides=_set("comme"),
)

RUSSIAN = SayingWords(
    cue=re.compile(
        r"(?:заяв|сказа|говор|сообщ|отмет|отмеча|подчерк|добав|предупре[дж]|опроверг|"
        r"отрица|рассказ|утвержда|уточн|поясн|объяв|словам|данным|информаци|согласно|"
        r"осуд|осужда|обещ|требова|призна|напомн|призв|призыва|пригроз|настаива|счита|полага|"
        r"обвин|предполож|переда|пиш|писал|ответ|отвеча|назва|называ)"
    ),
    back=re.compile(r"\W*об этом\b"),
    verbs=_set(
        "заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть "
        "подчеркивать подчёркивать добавить добавлять предупредить предупреждать "
        "опровергнуть опровергать отрицать рассказать рассказывать утверждать уточнить "
        "уточнять пояснить пояснять объявить объявлять осудить осуждать обещать пообещать "
        "потребовать требовать признать признавать напомнить призвать призывать пригрозить "
        "настаивать считать полагать обвинить обвинять предположить предполагать передать "
        "передавать писать написать ответить отвечать говориться назвать называть"
    ),
    saying=_set(
        "заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть "
        "подчеркивать подчёркивать добавить добавлять предупредить предупреждать "
        "опровергнуть опровергать отрицать рассказать рассказывать утверждать уточнить "
        "уточнять пояснить пояснять настаивать предположить предполагать ответить отвечать "
        "говориться"
    ),
    inside=_set("в во"),
    asides=_set("как"),
    prepositions=_set("согласно"),
    phrase_nouns=_set("слово данные дать данный сообщение информация"),
    phrase_case=_set("по"),
    endings=(),
    genitive=frozenset(),
    relatives=_set("который"),
    singular=_set("он она оно его её ее"),
    plural=_set("они их"),
    determiners=_set(""),
    government=_set(
        "министерство минобороны мид мчс мвд минздрав минфин фсб всу генштаб правительство "
        "кремль армия полиция прокуратура генпрокуратура ведомство администрация мэрия "
        "власть посольство пентагон нато госдума дума штаб командование пограничник "
        "пограничники пресс-служба флот"
    ),
    organisation=_set(
        "компания агентство организация партия банк фонд концерн корпорация издание "
        "газета телеканал университет больница союз ассоциация федерация завод"
    ),
    document=_set(
        "доклад отчёт отчет сообщение данные исследование опрос заявление документ "
        "статистика анализ оценка письмо указ"
    ),
    anonymous=_set(
        "источник эксперт житель очевидец аналитик чиновник собеседник свидетель военный "
        "офицер солдат наблюдатель специалист представитель врач спасатель министр "
        "президент губернатор мэр глава пресс-секретарь депутат командующий директор "
        "корреспондент журналист брат сестра мать отец жена муж сын дочь сосед соседка "
        "друг коллега"
    ),
    offices=_set("министр президент губернатор мэр глава премьер премьер-министр прокурор"),
    spokes=_set("представитель пресс-секретарь корреспондент спецкор"),
    times=_set(
        "понедельник вторник среда четверг пятница суббота воскресенье январь февраль март "
        "апрель май июнь июль август сентябрь октябрь ноябрь декабрь утро вечер ночь день "
        "вчера сегодня накануне неделя"
    ),
)

#: Each language's words of saying.
SAYING_WORDS: dict[str, SayingWords] = {"fr": FRENCH, "ru": RUSSIAN}
