"""One run's sources under one name each, across scripts and romanisations: ``--by speaker``.

"Sergueï Lavrov" (Le Figaro), "Сергей Лавров" (RIA) and "Lavrov" (AP) are one source of
the run: each name's :func:`~geomap.claims.identity.speaker_key` joins the first two,
and a lone surname joins the one fuller person of the run whose surname it is
(:func:`~geomap.claims.identity.surname_owners`; a surname two persons share joins
neither), and a name inside one fuller name joins it ("Irfaan Ali", "Mohamed Irfaan Ali":
:func:`~geomap.claims.identity.inner_names`).  A source is listed under its label
(:func:`group_label`): a name in the script most of the run's sources are named in (an
English run's "Nikol Pashinyan", not "Никол Пашинян"), a fuller name before a lone
surname, then the name given most often, then the first seen.

An anonymous source ("officials", "diplomats") is no one source across articles: the
officials of a Djibouti story are not those of an Armenian one.  Its key is its
article's own (:func:`source_key`), as is a document's named by a description
("satellite images": :func:`per_article`); when the run has one in several articles each
is listed with its article's headline, shortened (:func:`article_note`): "officials (Port
of Djibouti reopens after…)", or outlet and date when the article has no headline.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from geomap.claims.identity import inner_names, speaker_key, surname_owners

#: Kinds whose name is a description, not a name: one source per article.
PER_ARTICLE_KINDS = frozenset({"anonymous"})
#: Longest headline (and outlet) an anonymous source's label quotes, in characters.
NOTE_CHARS = 48


def per_article(name: str, kind: str) -> bool:
    """Whether a source so named is one source per article, not one across the run.

    An anonymous source, and a document or data named by a description with no
    capitalised word ("satellite images", "a video": the images of a Guyana story are
    not those of a Taiwan one); a named one ("the Pentagon report") is one source.

    >>> per_article("satellite images", "document"), per_article("UN report", "document")
    (True, False)

    A government or organisation named only by a noun ("armée", "the army", "the
    company") is one per article too: two articles' armies are not one (round 73).
    """
    if kind in PER_ARTICLE_KINDS:
        return True
    if kind in ("document", "government", "organisation"):
        return _unnamed(name)
    return False


#: An elided article before a noun ("l'armée", "d'Etat").
_ELIDED = re.compile(r"^[ldLD]['’]")


def _unnamed(name: str) -> bool:
    """Whether ``name`` is a description with no capitalised word ("armée", "the army").

    Only in a script with capitals: an Arabic or Chinese name has none to tell.
    """
    words = [_ELIDED.sub("", w) for w in name.split()]
    cased = any(c.isupper() or c.islower() for c in name)
    return cased and not any(w[:1].isupper() for w in words)


def script_of(name: str) -> str:
    """The script of the first letter of ``name`` ("LATIN", "CYRILLIC", ...; "" if none).

    >>> script_of("Никол Пашинян"), script_of("Nikol Pashinyan"), script_of("42")
    ('CYRILLIC', 'LATIN', '')
    """
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


def source_key(name: str, kind: str, article: str = "") -> str:
    """The key of the source named ``name`` in ``article``, the same across a run.

    >>> source_key("officials", "anonymous", "a") != source_key("officials", "anonymous", "b")
    True
    >>> source_key("Сергей Лавров", "person", "a") == source_key("Sergei Lavrov", "person", "b")
    True
    """
    key = speaker_key(name, kind) or name.casefold()
    return f"{key}\x00{article}" if per_article(name, kind) else key


def group_label(counts: Mapping[str, int], scripts: Mapping[str, int]) -> str:
    """The name a source of several names is listed under.

    Parameters
    ----------
    counts
        The source's names -> claims under each, in the order first seen.
    scripts
        Script (:func:`script_of`) -> claims of the whole run named in it.

    >>> group_label({"Никол Пашинян": 3, "Nikol Pashinyan": 2, "Pashinyan": 1},
    ...             {"LATIN": 9, "CYRILLIC": 4})
    'Nikol Pashinyan'
    """
    order = {name: i for i, name in enumerate(counts)}

    def rank(name: str) -> tuple[int, int, int, int]:
        return (
            -scripts.get(script_of(name), 0),
            -min(len(name.split()), 2),  # a fuller name before a lone surname
            -counts[name],
            order[name],
        )

    return min(counts, key=rank)


def shortened(text: str, limit: int = NOTE_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut.

    The cut falls between words where the text's second half has a space.

    >>> shortened("Port of Djibouti reopens after a week of strikes by dockers", 40)
    'Port of Djibouti reopens after a week…'
    >>> shortened("Short headline")
    'Short headline'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut[limit // 2 :]:  # not within a word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—") + "…"


def article_note(article: str, meta: Mapping[str, object] | None) -> str:
    """How a source's label names its article: its headline, shortened.

    Without a headline, outlet and date; without these, the article's id.

    >>> title = "Port of Djibouti reopens after a week of strikes by dockers"
    >>> article_note("a1", {"title": title})
    'Port of Djibouti reopens after a week of…'
    >>> article_note("a1", {"outlet": "Reuters", "published": "2026-11-02T08:00:00Z"})
    'Reuters, 2026-11-02'
    >>> article_note("a1", None)
    'a1'
    """
    meta = meta or {}

    def field(name: str) -> str:
        value = meta.get(name)
        return value.strip() if isinstance(value, str) else ""

    title = field("title")
    if title:
        return shortened(title)
    parts = [shortened(field("outlet")), field("published")[:10]]
    return ", ".join(p for p in parts if p) or article


def speaker_groups(
    named: Iterable[tuple[str, str] | tuple[str, str, str]],
    articles: Mapping[str, Mapping[str, object]] | None = None,
) -> dict[str, str]:
    """Each speaker name of a run -> the name its source is listed under.

    Parameters
    ----------
    named
        ``(name, kind)`` or ``(name, kind, article)`` of each claim's source, in the
        run's order.
    articles
        Article id -> its metadata (``title``, ``outlet``, ``published``), which
        names the article of an anonymous source (:func:`article_note`).

    Returns
    -------
    dict
        Every name given -> its source's label (:func:`group_label`); an anonymous
        source's name is keyed ``name`` + NUL + article when articles are given
        (:func:`group_key`), and its label ends with its article's
        :func:`article_note` in parentheses when another source has the same label
        ("officials (Port of Djibouti reopens after a week of…)"), and with the
        article's id too when that does not tell the two apart ("officials (Reuters,
        2026-11-02, g02)"): a label is one source's key.

    >>> groups = speaker_groups([("Сергей Лавров", "person"), ("Lavrov", "organisation"),
    ...                          ("Sergueï Lavrov", "person"), ("Anna Berg", "person")])
    >>> sorted(set(groups.values()))
    ['Anna Berg', 'Sergueï Lavrov']
    """
    keys: dict[str, str] = {}
    triples: list[tuple[str, str, str]] = []
    counts: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    for entry in named:
        name, kind = entry[0], entry[1]
        article = entry[2] if len(entry) > 2 else ""
        at = group_key(name, kind, article)
        counts[at] += 1
        scripts[script_of(name)] += 1
        if at in keys:
            continue
        key = keys[at] = source_key(name, kind, article)
        triples.append((key, kind, name))
    inner = inner_names(triples)
    owners = {**inner, **surname_owners(triples, inner)}
    members: dict[str, dict[str, int]] = {}
    for at, key in keys.items():
        name = at.split("\x00")[0]
        names = members.setdefault(owners.get(key, key), {})
        names[name] = names.get(name, 0) + counts[at]
    labels = {key: group_label(names, scripts) for key, names in members.items()}
    shared = Counter(labels.values())
    notes = {  # "officials" of two articles: two sources, each named by its article
        key: article_note(article, (articles or {}).get(article))
        for key, label in labels.items()
        if (article := key.partition("\x00")[2]) and shared[label] > 1
    }
    alike = Counter((labels[key], note) for key, note in notes.items())
    for key, note in notes.items():
        article = key.partition("\x00")[2]
        if alike[(labels[key], note)] > 1 and note != article:  # two "Reuters, 2026-11-02"
            note = f"{note}, {article}"
        labels[key] = f"{labels[key]} ({note})"
    return {at: labels[owners.get(key, key)] for at, key in keys.items()}


def group_key(name: str, kind: str, article: str = "") -> str:
    """The key :func:`speaker_groups` maps: the name, and an anonymous one's article.

    >>> group_key("officials", "anonymous", "a"), group_key("Anna Berg", "person", "a")
    ('officials\\x00a', 'Anna Berg')
    """
    return f"{name}\x00{article}" if per_article(name, kind) and article else name
