"""A current file is read in one pass from its bytes; anything else the careful way. Same results.

The one-pass path (`reader._read_current`) must give exactly the map, envelope keys and
notices the careful path gives, and leave every refusal to the careful path, so its
messages stay as they were. Checked on valid maps with unknown fields and numbers of
every kind, and on files with one value anywhere replaced by something else.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from test_fileformat_writer import full_map, json_values

from journeymapper.fileformat import JourneyFileError, dumps_journey, loads_journey
from journeymapper.fileformat import reader as reader_module


def outcome(data: bytes) -> tuple[str, Any]:
    """What loading gives: the error's text, or the saved bytes, source version and notices."""
    try:
        result = loads_journey(data, "m.journey")
    except JourneyFileError as error:
        return "refused", str(error)
    return "loaded", (dumps_journey(result.journey), result.source_version, result.notices)


def careful_outcome(data: bytes) -> tuple[str, Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reader_module, "_read_current", lambda _data: None)
        return outcome(data)


def test_a_saved_map_takes_the_one_pass_path() -> None:
    journey = full_map()
    data = dumps_journey(journey)
    assert reader_module._read_current(data) is not None
    assert loads_journey(data).journey == journey
    compact = json.dumps(json.loads(data), ensure_ascii=False).encode()  # as recovery copies are
    assert reader_module._read_current(compact) is not None
    older = data.replace(b'"format_version": "1.1"', b'"format_version": "1.0"', 1)
    assert reader_module._read_current(older) is None  # tells by its first line, not the whole map


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def paths_of(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_of(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_of(item, (*where, index))
    return found


DOC = json.loads(dumps_journey(full_map()))
PATHS = [path for path in paths_of(DOC) if path]
OBJECTS = [path for path in paths_of(DOC) if isinstance(_at(DOC, path), dict)]
replacements = st.one_of(
    json_values,
    st.sampled_from(["4", "", "x" * 300, "#12345", "2026-13-01", "assumed", "1.1", "journeymapper"]),
    st.integers(-3, 200_000),
    st.just("__delete__"),
)


@settings(max_examples=200, deadline=None)
@given(
    changes=st.lists(st.tuples(st.sampled_from(PATHS), replacements), max_size=2),
    unknown=st.lists(st.tuples(st.sampled_from(OBJECTS), json_values), max_size=3),
    version=st.sampled_from(["1.1", "1.1", "1.1", "1.0", "1.4", "0.9"]),
)
def test_any_changed_file_loads_or_is_refused_as_by_the_careful_path(
    changes: list[tuple[tuple[Any, ...], Any]], unknown: list[tuple[tuple[Any, ...], Any]], version: str
) -> None:
    doc = json.loads(json.dumps(DOC))
    doc["format_version"] = version
    for index, (path, value) in enumerate(unknown):
        _at(doc, path)[f"future_{index}"] = value
    for path, value in changes:
        parent: Any = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            if value == "__delete__":
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced this place
    data = json.dumps(doc, ensure_ascii=False).encode()
    got = outcome(data)
    event(f"{got[0]}, {'one pass' if reader_module._read_current(data) else 'careful'}")
    assert got == careful_outcome(data)


@pytest.mark.parametrize(
    "text",
    [
        b'"weight": NaN',
        b'"weight": Infinity',
        b'"weight": 1e400',
        b'"weight": 123456789012345678901234567890',
        b'"weight": "\\ud800"',
        b'"weight": ' + b"[" * 40 + b"]" * 40,
        b'"weight": ' + b"[" * 300 + b"]" * 300,
        b'"title": "a", "title": "b"',
    ],
)
def test_unusual_json_in_a_current_file_gives_the_careful_result(text: bytes) -> None:
    for anchor in (b'"format": "journeymapper",', b'"touchpoints": [\n      {'):
        data = dumps_journey(full_map()).replace(anchor, anchor + b" " + text + b",", 1)
        assert outcome(data) == careful_outcome(data)


def test_a_number_too_large_for_a_float_is_refused_in_unknown_fields_too() -> None:
    data = dumps_journey(full_map())
    for anchor, where in (
        (b'"format": "journeymapper",', "/weight"),
        (b'"touchpoints": [\n      {', "/map/touchpoints/0/weight"),
    ):
        changed = data.replace(anchor, anchor + b' "weight": [1, 1e999],', 1)
        with pytest.raises(JourneyFileError) as caught:
            loads_journey(changed, "big.journey")
        assert f"{where}: a number is too large to be read" in str(caught.value)
