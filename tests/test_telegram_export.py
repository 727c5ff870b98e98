"""A Telegram Desktop export: the channel is its messages' outlet (user59).

Read as any JSON corpus, every message had no outlet (the map's legend said "outlet not
given (30 articles)") and the channel's service messages were counted as empty articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus


def _export(tmp_path: Path) -> Path:
    export = {
        "name": "Военкор Юг",
        "type": "public_channel",
        "id": 1234567890,
        "messages": [
            {"id": 1, "type": "service", "date": "2024-02-28T09:00:00",
             "actor": "Военкор Юг", "action": "create_channel", "text": ""},
            {"id": 2, "type": "message", "date": "2024-03-01T10:15:00", "from": "Военкор Юг",
             "text": ["Ночью ВСУ атаковали ", {"type": "bold", "text": "Белгород"}, "."]},
            {"id": 3, "type": "message", "date": "2024-03-01T12:40:00", "from": "Военкор Юг",
             "forwarded_from": "Рыбарь", "text": "Бои продолжаются у Купянска."},
        ],
    }  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_each_message_has_the_channel_as_outlet_and_service_messages_are_left_out(
    tmp_path: Path,
) -> None:
    items = list(read_inputs([_export(tmp_path)]))
    assert not [i for i in items if isinstance(i, InputStatus)]
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == "Ночью ВСУ атаковали Белгород."
    assert first.metadata["outlet"] == "Военкор Юг" and first.metadata["author"] == "Военкор Юг"
    assert first.metadata["published"].startswith("2024-03-01")
    assert second.metadata["forwarded_from"] == "Рыбарь"
    assert any("1 service message(s)" in n for n in first.notes)


def test_a_json_with_messages_but_no_chat_type_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"messages": [{"id": 1, "text": "Rain in Dhaka."}]}), "utf-8")
    (art,) = list(read_inputs([path]))
    assert isinstance(art, Article) and "outlet" not in art.metadata


def _channel(folder: Path, name: str) -> None:
    export = {
        "name": name,
        "type": "public_channel",
        "messages": [
            {"id": 1, "type": "service", "action": "create_channel", "text": ""},
            {"id": 2, "type": "message", "from": name, "text": "Обстрел Купянска."},
            {"id": 3, "type": "message", "from": name, "photo": "photos/1.jpg", "text": ""},
        ],
    }
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps(export, ensure_ascii=False), "utf-8")


def test_two_channels_posts_are_named_alike_and_an_empty_post_by_its_id(tmp_path: Path) -> None:
    """user69a: the first channel's posts were "2", the second's "telegram_uk/result:2"
    (the rule for a repeated id); an empty photo post was named by its list position."""
    _channel(tmp_path / "archive" / "telegram_ru", "Харьков Оперативный")
    _channel(tmp_path / "archive" / "telegram_uk", "Харків Новини")
    items = list(read_inputs([tmp_path / "archive"]))
    ids = [i.article_id for i in items if isinstance(i, Article)]
    assert ids == ["telegram_ru/result:2", "telegram_uk/result:2"]
    assert not any("also used by" in n for i in items if isinstance(i, Article) for n in i.notes)
    empty = [i for i in items if isinstance(i, InputStatus)]
    assert [e.source.rsplit("/", 2)[-2:] for e in empty] == [
        ["telegram_ru", "result.json:3"],
        ["telegram_uk", "result.json:3"],
    ]
