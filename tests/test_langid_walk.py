"""Language detection's feature counts walked at once: the same counts and scores as py3langid."""

from __future__ import annotations

import random
from array import array
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from py3langid.langid import visit_counts

from geomap import langid_walk
from geomap.langid_model import CACHE_ENV, load_identifier
from geomap.langid_walk import WalkingIdentifier, dfa_depth, feature_counts, known_depth

TEXTS = (
    "Troops left the capital on Monday, officials said in a statement.",
    "Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске.",
    "Les troupes ont quitté la ville ce matin, selon le ministère.",
    "Die Regierung in Warschau kündigte am Montag neue Grenzkontrollen an.",
    "Україна отримала нову партію допомоги, повідомили у Києві.",
    "الحكومة أعلنت اليوم عن خطة جديدة",
    "政府今天宣布了新的计划。 Mixed with English words and 123 numbers.",
    "ALL CAPITALS HEADLINE FROM THE WIRE",
    "",
    "a",
    "ab",
    "Zürich",
    "🙂🙂 emoji 🙂",
    "\u0301 combining first",
)


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyz  .,éüßąłжщїя中文🙂\n\t"
    alphabet += "".join(map(chr, range(32, 127)))
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 300))) for _ in range(count)
    ]


def _own() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module")
def identifiers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Path]:
    cache = tmp_path_factory.mktemp("langid-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(CACHE_ENV, str(cache))
        walking = load_identifier()
    return walking, _own(), cache


def _chain() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An Aho-Corasick automaton of "a" and "ab": states start, "a", "ab"."""
    a, b = ord("a"), ord("b")
    moves = np.zeros((3, 256), dtype=np.uint32)
    moves[:, a] = 1
    moves[1, b] = 2
    return moves.ravel(), np.arange(3, dtype=np.uint16), np.array([-1, 0, 1], dtype=np.intp)


def test_depth_of_a_small_automaton() -> None:
    moves, rows, _ = _chain()
    assert dfa_depth(moves, rows) == 2


def test_counts_of_a_small_automaton_are_its_walks() -> None:
    moves, rows, outputs = _chain()
    bases = rows.astype(np.intp) << 8
    rng = random.Random(7)
    for length in [0, 1, 2, 3, *range(4, 60, 7)]:
        data = bytes(rng.choice(b"abc") for _ in range(length))
        walked = visit_counts(array("I", moves), [int(x) for x in bases], outputs.tolist(), data)
        features, counts = feature_counts(moves, bases, outputs, 2, data)
        assert list(zip(features.tolist(), counts.tolist(), strict=True)) == list(
            (walked or {}).items()
        )


def test_the_detector_walks_and_keeps_the_depth(identifiers: tuple[Any, Any, Path]) -> None:
    walking, _, cache = identifiers
    assert isinstance(walking, WalkingIdentifier)
    (kept,) = cache.glob("py3langid-*.depth")
    depth = dfa_depth(walking._moves, walking.rows())
    assert walking._depth == depth == int(kept.read_text(encoding="ascii"))


def test_counts_equal_py3langids_walk(identifiers: tuple[Any, Any, Path]) -> None:
    walking, own, _ = identifiers
    for text in [*TEXTS, *_random_texts(1, 60)]:
        data = own._encode(text)
        walked = visit_counts(own.tk_nextmove, own._rowbase, own.tk_output, data)
        features, counts = feature_counts(
            walking._moves, walking._bases, walking._outputs, walking._depth, data
        )
        assert list(zip(features.tolist(), counts.tolist(), strict=True)) == list(
            (walked or {}).items()
        )


def test_scores_equal_py3langids_bit_for_bit(identifiers: tuple[Any, Any, Path]) -> None:
    walking, own, _ = identifiers
    rng = random.Random(3)
    undecodable = [
        bytes(rng.randrange(256) for _ in range(rng.randrange(1, 80))) for _ in range(20)
    ]
    for text in [*TEXTS, *_random_texts(2, 60), *undecodable]:
        assert walking._decide(text).tobytes() == own._decide(text).tobytes()
        assert walking.classify(text) == own.classify(text)
    assert walking.rank(TEXTS[1]) == own.rank(TEXTS[1])


@pytest.mark.parametrize("kept", ["", "x", "0", "999"])
def test_a_damaged_depth_is_found_again(
    identifiers: tuple[Any, Any, Path], tmp_path: Path, kept: str
) -> None:
    walking = identifiers[0]
    path = tmp_path / "model.depth"
    path.write_text(kept, encoding="ascii")
    assert known_depth(path, walking) == walking._depth
    assert path.read_text(encoding="ascii") == str(walking._depth)


def test_a_kept_depth_is_read_not_found(
    identifiers: tuple[Any, Any, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "model.depth"
    path.write_text("5", encoding="ascii")

    def no_search(*args: object) -> int:
        raise AssertionError("searched again")

    monkeypatch.setattr(langid_walk, "dfa_depth", no_search)
    assert known_depth(path, identifiers[0]) == 5


def test_an_unwritable_folder_still_gives_the_depth(
    identifiers: tuple[Any, Any, Path], tmp_path: Path
) -> None:
    walking = identifiers[0]
    assert known_depth(tmp_path / "missing" / "model.depth", walking) == walking._depth
