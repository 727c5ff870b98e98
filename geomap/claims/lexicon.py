"""Word lists the attribution component works from.

Every list is a default; :func:`geomap.claims.attribution.make_attribution` takes
its own copy from the component config, so a pipeline can change them
(``nlp.add_pipe("geomap_attribution", config={"reporting_verbs": [...]})``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from geomap.claims.verdicts import VERDICT_VERBS

#: Verbs of saying, by hand (issue 17; no lexical source of verbs of saying, such as
#: WordNet or VerbNet, is installed): verbs that report what a source foresees, records
#: or lets be known ("analysts forecast that …", "the report documents …", "the ministry
#: projects that …", "is signalling he …", "conceded that …", "posted on Facebook that …",
#: "“…,” clarified the sub-prefect", "…, specified the Civil Protection" (translated news),
#: "shared on X that …": the poster speaks, the platform is where; "the court ruled that
#: …": a ruling; "a report links the floods to climate change": a document's finding;
#: "Wavepiston has informed that all … shares … have been subscribed": a firm's notice).
#: All of them report only with a clause or a predicate (:data:`COMPLEMENT_VERBS`), so
#: "forecast rain", "ruled the country", "ruled out a rise", "projected the film",
#: "documented the trip", "posted a video" and "shared a photo" are no claims; "document"
#: and "link" also with a plain object when a document or data is its subject
#: (:data:`EVIDENCE_VERBS`).
HAND_VERBS: tuple[str, ...] = (
    "forecast", "project", "document", "signal", "concede", "speculate", "disclose",
    "hint", "assure", "post", "share", "specify", "clarify", "rule", "link", "inform",
)  # fmt: skip

#: Lemmas of verbs that introduce what someone says or believes.  An entry of
#: two words ("call for") requires the second word as a particle or preposition
#: of the verb ("called for restraint", not "called a meeting").
REPORTING_VERBS: tuple[str, ...] = (
    "say", "state", "warn", "claim", "cite", "accuse", "note", "emphasize", "emphasise",
    "urge", "argue", "add", "tell", "report", "announce", "insist", "deny", "confirm",
    "suggest", "indicate", "believe", "describe", "condemn", "call for", "call on",
    "allege", "assert", "declare", "explain", "reaffirm", "stress", "write", "predict",
    "acknowledge", "admit", "estimate", "reveal", "criticize", "criticise", "threaten",
    "vow", "pledge", "promise", "demand", "complain", "conclude", "contend", "observe",
    "mention", "respond", "reply", "testify", "blame", "reject", "dismiss", "caution",
    "recall", "tweet", "point out", "underline", "underscore", "affirm", "comment",
    "ask", "reiterate", "call", "show", "expect", "find", "advise", "agree", "disagree",
    "concur", "think", "insinuate", "imply", "suspect", "maintain", "recommend", "propose",
    "define", "highlight", "determine", "quote", "continue", "fear", *HAND_VERBS,
    *VERDICT_VERBS,
)  # fmt: skip

#: Reporting verbs that take an object before "as" in the active voice ("confirmed him
#: as director", "described the town as a fortress"): without one, "as" makes them a
#: headline's passive ("John Brennan confirmed as CIA director").
AS_OBJECT_VERBS: frozenset[str] = frozenset(
    {"confirm", "describe", "define", "cite", "report", "reveal"}
)

#: Verbs of assent: they report a clause or stand alone after what they agree with
#: ("X, MSF's psychologist in Samos, agrees.", "agreed that ..."), not an undertaking
#: ("agreed to pay", "agreed on a truce", "agreed a deal").
ASSENT_VERBS: frozenset[str] = frozenset({"agree", "disagree", "concur"})

#: Reporting verbs that only report when they take no direct object (or a clause as
#: well): "he added" or "added that ..." report; "their timing adds a layer of
#: complexity" does not; "wrote that ..." and "“…,” she wrote" report, "he and Constant
#: wrote “La Chanson du Pape”, a song that satirizes La Motte" is a work, not a claim.
NO_OBJECT_VERBS: tuple[str, ...] = ("add", "write")

#: Reporting verbs that only report with a clausal or predicative complement:
#: "called the order 'tyranny'", "data showed that ...", "analysts expect Petrenko to
#: win", "the study found that ...", "she thinks Iran is let off the hook", "suspected
#: that ...", "has maintained that ...", "groups fear the road would open …"; not
#: "suspected him", "maintained the road", "implied consent", "called a meeting", "think
#: of Kyiv", "fear for their lives", "showed the video", "found the body", "observed a
#: minute's silence", "recalled 10,000 cars"; "reports have determined that …", not
#: "determine the cause".
COMPLEMENT_VERBS: tuple[str, ...] = (
    "call", "show", "expect", "find", "observe", "recall", "think", "suspect", "imply",
    "maintain", "highlight", "determine", "fear", *HAND_VERBS,
)  # fmt: skip

#: Verbs of :data:`COMPLEMENT_VERBS` that report with a plain object when a document or
#: data is their subject: "satellite images show dozens of new craters", "the audit
#: found irregularities", "a report highlighted the problem"; not "the ministry showed
#: the video"; "a study links heat waves to admissions", not "the bridge links Kyiv to Lviv".
EVIDENCE_VERBS: frozenset[str] = frozenset({"show", "find", "highlight", "document", "link"})

#: Verbs of saying proper: whoever is their subject speaks ("rights groups say",
#: "the two nations announced"), so their subjects are not checked with
#: :func:`geomap.claims.source_nouns.can_speak`; other reporting verbs also take things as
#: subjects ("the incident suggests", "the attack claimed 20 lives").
SAYING_VERBS: tuple[str, ...] = (
    "say", "tell", "state", "announce", "declare", "insist", "deny", "allege", "assert",
    "explain", "argue", "accuse", "urge", "comment", "tweet", "testify", "reply",
    "acknowledge", "warn", "stress", "emphasize", "emphasise", "reaffirm", "contend",
    "complain", "ask", "reiterate",
)  # fmt: skip

#: Nouns naming something said: their source ("the expert's claims", "a statement
#: from the ministry", "a report by the agency") is a speaker.
SPEECH_NOUNS: tuple[str, ...] = (
    "statement", "comment", "claim", "remark", "report", "assertion", "allegation",
    "announcement", "warning", "accusation", "assessment", "testimony", "briefing",
    "communique", "declaration", "tweet", "letter", "speech", "blame", "doubt", "concern",
    "message",
)  # fmt: skip

#: Verbs whose subject is the source of their speech-noun object ("the Foreign
#: Office issued a statement condemning ...", "the report places blame on ...", "Corby
#: expressed doubts that ...").
ISSUE_VERBS: frozenset[str] = frozenset(
    {
        "issue",
        "release",
        "publish",
        "make",
        "give",
        "deliver",
        "put",
        "post",
        "send",
        "write",
        "place",
        "lay",
        "express",
        "voice",
        "raise",
    }
)

#: Prepositions kept when a speaker noun phrase is expanded
#: ("a spokesperson *for* the Russian Ministry *of* Defense").
NP_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "at", "to", "from", "in"})

#: Subject pronouns carried to an antecedent.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "them", "it", "its", "their"})
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "you"})
#: Outside a quotation, "you" is the reader ("You might say that …"), never a source.
READER_PRONOUNS: frozenset[str] = frozenset({"you"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

#: Closing quotation marks (a ", according to X" may follow one).
CLOSING_QUOTES: frozenset[str] = frozenset({'"', "”", "’", "'", "»", "«", "''"})

#: Determiners of a bare definite description ("the ministry") that may refer back.
DEFINITE_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})

#: Verbs whose subject is not an agent ("Kaliningrad is home to ...", "Poland borders ...").
STATIVE_VERBS: frozenset[str] = frozenset(
    {
        "be", "have", "become", "remain", "lie", "sit", "stand", "border", "neighbor",
        "neighbour", "include", "contain", "cover", "span", "stretch", "extend", "seem",
        "appear", "look", "host", "house", "see", "experience", "witness", "rank",
        "account", "total", "number", "sound", "feel", "locate", "situate",
        # unaccusative: things that happen to a place ("Kherson had fallen")
        "fall", "burn", "flood", "suffer", "collapse", "sink", "shake", "freeze", "grow",
        "shrink",
    }
)  # fmt: skip

#: Head nouns that make a preceding place name part of a place ("the Kaliningrad
#: region", "the Baltic states"): such a name is literal, not a modifier.
GEO_HEADS: frozenset[str] = frozenset(
    {
        "region", "oblast", "province", "state", "county", "district", "city", "town",
        "village", "capital", "area", "territory", "island", "islands", "peninsula",
        "coast", "river", "sea", "gulf", "bay", "strait", "mountain", "mountains",
        "valley", "exclave", "enclave", "republic", "krai", "governorate", "prefecture",
        "municipality", "canton", "border", "frontier", "countryside", "metropolis",
    }
)  # fmt: skip

#: Place kinds that cannot act or speak (a sea is never metonymic).
NON_AGENT_FEATURES: frozenset[str] = frozenset({"water", "landform"})


def verb_table(entries: Iterable[str]) -> Mapping[str, frozenset[str]]:
    """Index reporting-verb entries by lemma.

    Parameters
    ----------
    entries
        Lemmas, optionally followed by one required particle ("call for").

    Returns
    -------
    Mapping[str, frozenset[str]]
        ``lemma -> required particles``; an empty set means none is required.
        A lemma listed both bare and with a particle needs none.
    """
    table: dict[str, set[str] | None] = {}
    for entry in entries:
        words = entry.lower().split()
        if not words:
            continue
        lemma, particle = words[0], " ".join(words[1:])
        if not particle:
            table[lemma] = None
        elif lemma not in table or table[lemma] is not None:
            current = table.get(lemma)
            table[lemma] = (current or set()) | {particle}
    return {k: frozenset(v or ()) for k, v in table.items()}


@dataclass(frozen=True)
class Lexicon:
    """The word lists one attribution component uses (from its config)."""

    verbs: Mapping[str, frozenset[str]]
    no_object: frozenset[str]
    speech_nouns: frozenset[str]
    window: int = 3
    complement: frozenset[str] = frozenset(COMPLEMENT_VERBS)
    saying: frozenset[str] = frozenset(SAYING_VERBS)
    phrasal: frozenset[str] = frozenset(e for e in REPORTING_VERBS if " " in e)

    @classmethod
    def default(cls) -> Lexicon:
        """The built-in lists."""
        return cls(
            verbs=verb_table(REPORTING_VERBS),
            no_object=frozenset(NO_OBJECT_VERBS),
            speech_nouns=frozenset(SPEECH_NOUNS),
        )
