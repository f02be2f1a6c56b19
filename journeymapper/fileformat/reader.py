"""Reading .journey files: bytes → checked JSON → migrated envelope → validated map.

Everything a file holds is data. Nothing in it is evaluated, imported or fetched; its
size, nesting and strings are capped before any of it reaches the model, and every
refusal is a `JourneyFileError` naming the file, the place and the problem.
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydantic_core
from pydantic import ValidationError

from journeymapper.allocation import paused_gc
from journeymapper.fileformat.envelope import ENVELOPE_KEYS, JourneyFile
from journeymapper.fileformat.errors import Issue, JourneyFileError, said, shown_path
from journeymapper.fileformat.migrations import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MIGRATIONS,
    migrate,
    parse_version,
)
from journeymapper.fileformat.unknown_fields import unknown_fields
from journeymapper.messages import QT_TRANSLATE_NOOP, Message
from journeymapper.model.compact import share_field_name_sets
from journeymapper.model.integrity import Problem, find_problems
from journeymapper.model.journey import JourneyMap

# Memory, not bytes, is what a hostile file attacks: every JSON object or array item
# costs ~80 bytes of Python, so 23 MiB of "[{},{},…]" took 667 MiB. Both caps together
# bound any accepted file to about 450 MiB peak (docs/file-format.md, "Limits"); the
# largest map the model allows (50,000 cards, each with a pain, an opportunity and a
# connection) is 31 MiB and 1.3 million values.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_JSON_VALUES = 3_000_000  # counted as "," + "{" + "[" bytes: an upper bound, found fast
MAX_UNKNOWN_DEPTH = 32  # nesting allowed inside fields this version does not know
MAX_ERRORS = 50


@dataclass
class LoadResult:
    journey: JourneyMap
    source_version: str
    notices: list[str] = field(default_factory=list)


def pointer(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """A JSON pointer (RFC 6901) for a path of keys and indices."""
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/" + "/".join(escaped) if parts else ""


def json_kind(value: Any) -> Message:
    """What a parsed JSON value is, in the words of JSON rather than Python's type names."""
    if value is None:
        return said(QT_TRANSLATE_NOOP("FileProblem", "null"))
    if isinstance(value, bool):
        return said(QT_TRANSLATE_NOOP("FileProblem", "true/false"))
    if isinstance(value, int):
        return said(QT_TRANSLATE_NOOP("FileProblem", "a whole number"))
    if isinstance(value, float):
        return said(QT_TRANSLATE_NOOP("FileProblem", "a number"))
    if isinstance(value, str):
        return said(QT_TRANSLATE_NOOP("FileProblem", "text"))
    if isinstance(value, list):
        return said(QT_TRANSLATE_NOOP("FileProblem", "an array"))
    if isinstance(value, dict):
        return said(QT_TRANSLATE_NOOP("FileProblem", "an object"))
    return said(QT_TRANSLATE_NOOP("FileProblem", "a value of another kind"))


# pydantic's error types our model can raise, in our words; `%1` is the context value named.
_PYDANTIC: dict[str, tuple[str, str]] = {
    "missing": (QT_TRANSLATE_NOOP("FileProblem", "Field required"), ""),
    "string_type": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid string"), ""),
    "int_type": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid integer"), ""),
    "int_parsing": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid integer"), ""),
    "int_from_float": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid integer"), ""),
    "float_type": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid number"), ""),
    "float_parsing": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid number"), ""),
    "bool_type": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid boolean"), ""),
    "bool_parsing": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid boolean"), ""),
    "list_type": (QT_TRANSLATE_NOOP("FileProblem", "should be a valid list"), ""),
    "dict_type": (QT_TRANSLATE_NOOP("FileProblem", "should be an object"), ""),
    "model_type": (QT_TRANSLATE_NOOP("FileProblem", "should be an object"), ""),
    "model_attributes_type": (QT_TRANSLATE_NOOP("FileProblem", "should be an object"), ""),
    "enum": (QT_TRANSLATE_NOOP("FileProblem", "should be %1"), "expected"),
    "literal_error": (QT_TRANSLATE_NOOP("FileProblem", "should be %1"), "expected"),
    "string_too_long": (
        QT_TRANSLATE_NOOP("FileProblem", "text should have at most %1 characters"),
        "max_length",
    ),
    "string_too_short": (
        QT_TRANSLATE_NOOP("FileProblem", "text should have at least %1 characters"),
        "min_length",
    ),
    "string_pattern_mismatch": (QT_TRANSLATE_NOOP("FileProblem", "text should match pattern %1"), "pattern"),
    "too_long": (QT_TRANSLATE_NOOP("FileProblem", "should have at most %1 items"), "max_length"),
    "too_short": (QT_TRANSLATE_NOOP("FileProblem", "should have at least %1 items"), "min_length"),
    "greater_than_equal": (QT_TRANSLATE_NOOP("FileProblem", "should be greater than or equal to %1"), "ge"),
    "greater_than": (QT_TRANSLATE_NOOP("FileProblem", "should be greater than %1"), "gt"),
    "less_than_equal": (QT_TRANSLATE_NOOP("FileProblem", "should be less than or equal to %1"), "le"),
    "less_than": (QT_TRANSLATE_NOOP("FileProblem", "should be less than %1"), "lt"),
}


def _describe(error: Any) -> str | Message:
    """pydantic's error in our words, with the offending value's type for type errors (never
    the value). A type we have no words for keeps pydantic's English."""
    kind = str(error.get("type", ""))
    known = _PYDANTIC.get(kind)
    if known is not None:
        template, name = known
        context = error.get("ctx") or {}
        message: str | Message = said(template, str(context[name])) if name in context else said(template)
    else:
        message = _plain_words(str(error["msg"]))
    if kind.endswith("_type") or kind in {"model_type", "dict_type", "list_type"}:
        found = QT_TRANSLATE_NOOP("FileProblem", "%1 (found %2)")
        message = said(found, message, json_kind(error.get("input")))
    return message


def _plain_words(message: str) -> str:
    if message.startswith("Value error, "):  # our own validators' words
        message = message[len("Value error, ") :]
    message = _INSTANCE_OF.sub("an object", message)
    return message.replace("Input should be", "should be").replace("String should", "text should")


_VERSION = re.compile(r"[0-9]{1,4}\.[0-9]{1,4}", re.ASCII)
_INSTANCE_OF = re.compile(r"a valid dictionary or instance of \w+")
_POSITION = re.compile(r"line (\d+) column (\d+)")


def _non_finite_at(data: bytes, message: str) -> bool:
    """Whether the parser stopped at a NaN or Infinity literal (it only says 'expected value')."""
    found = _POSITION.search(message)
    if not found:
        return False
    line, column = int(found.group(1)), int(found.group(2))
    lines = data.split(b"\n", line)
    if len(lines) < line:
        return False
    start = max(0, column - 2)
    near = lines[line - 1][start : column + 9]
    return any(word in near for word in (b"NaN", b"Infinity"))


def _check_unknown_depth(value: Any, depth: int = 0) -> bool:
    if depth > MAX_UNKNOWN_DEPTH:
        return False
    if isinstance(value, dict):
        return all(_check_unknown_depth(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_check_unknown_depth(v, depth + 1) for v in value)
    return True


def loads_journey(data: bytes, name: str | Path = "<memory>") -> LoadResult:
    """Parse and validate the bytes of a .journey file; `name` is used in messages."""
    with paused_gc():
        return _loads(data, name)


def _loads(data: bytes, name: str | Path) -> LoadResult:

    def fail(message: Message, where: str = "") -> JourneyFileError:
        return JourneyFileError(name, [Issue(where, message)])

    if not data or data.isspace():
        raise fail(said(QT_TRANSLATE_NOOP("FileProblem", "the file is empty")))
    if data.startswith(b"\xef\xbb\xbf"):
        raise fail(
            said(
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
                )
            )
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise fail(said(QT_TRANSLATE_NOOP("FileProblem", "the file is UTF-16; .journey files are UTF-8")))
    values = data.count(b",") + data.count(b"{") + data.count(b"[")
    if values > MAX_JSON_VALUES:
        too_many = QT_TRANSLATE_NOOP(
            "FileProblem",
            "the file holds too many values (about %1; journey files are limited to "
            "%2 objects, arrays and list items)",
        )
        raise fail(said(too_many, f"{values:,}", f"{MAX_JSON_VALUES:,}"))
    current = _read_current(data)
    notices: list[str] = []
    if current is not None:
        journey, extra = current
        source_version = FORMAT_VERSION
    else:
        journey, extra, source_version, notices = _read_carefully(data, name)
    for key, value in extra.items():
        if not _finite(value):
            raise fail(_TOO_LARGE, pointer([key]))
    problems = find_problems(journey)
    for where, value in unknown_fields(journey):
        if not _check_unknown_depth(value):
            problems.append(Problem(where[len("/map") :], _NESTED))
        elif not _finite(value):  # the parser reads 1e999 as infinity where any value may stand
            problems.append(Problem(where[len("/map") :], _TOO_LARGE))
    if problems:
        raise JourneyFileError(name, [Issue("/map" + p.pointer, p.message) for p in problems[:MAX_ERRORS]])
    journey._envelope_extra = extra
    share_field_name_sets(journey)  # 40 % less memory for the map's objects (model/compact.py)
    return LoadResult(journey, source_version, notices)


# How every file of the current version begins (in any spacing): only such files are tried
# in one pass, so an older file does not pay for a validation it would then throw away.
_CURRENT_HEAD = re.compile(
    rb'\s*\{\s*"format"\s*:\s*"' + re.escape(FORMAT_NAME.encode()) + rb'"\s*,'
    rb'\s*"format_version"\s*:\s*"' + re.escape(FORMAT_VERSION.encode()) + rb'"\s*,'
)
_NESTED = said(QT_TRANSLATE_NOOP("FileProblem", "unknown field is nested too deeply"))
_TOO_LARGE = said(
    QT_TRANSLATE_NOOP("FileProblem", "a number is too large to be read (numbers must be finite)")
)


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def _read_current(data: bytes) -> tuple[JourneyMap, dict[str, Any]] | None:
    """A file of the current version read in one pass from its bytes; None: read it carefully.

    pydantic validates the map straight from the JSON, without the tree of dicts and lists
    the careful path parses first (a third of the time, and a second copy of the map in
    memory while loading). Anything out of the ordinary — another version, any error,
    unknown fields nested too deeply or holding NaN or Infinity (which pydantic's JSON
    reader takes where a field's type allows anything) — goes the careful way, which
    reports it exactly as before. Both ways give the same map for the same bytes (tested).
    """
    if not _CURRENT_HEAD.match(data, 0, 256):
        return None  # another version (or key order): not worth validating the map twice
    try:
        whole = JourneyFile.model_validate_json(data)
    except ValueError:
        return None
    if whole.format != FORMAT_NAME or whole.format_version != FORMAT_VERSION:
        return None
    extra = dict(whole.__pydantic_extra__ or {})
    if not all(_check_unknown_depth(value, 1) and _finite(value) for value in extra.values()):
        return None
    if not all(_finite(value) for _where, value in unknown_fields(whole.map)):
        return None
    return whole.map, extra


def _read_carefully(data: bytes, name: str | Path) -> tuple[JourneyMap, dict[str, Any], str, list[str]]:
    """Parse, check the envelope, migrate, validate: each step's problem reported with its place."""

    def fail(message: Message, where: str = "") -> JourneyFileError:
        return JourneyFileError(name, [Issue(where, message)])

    try:
        envelope = pydantic_core.from_json(data, allow_inf_nan=False, cache_strings="all")
    except ValueError as error:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as bad:
            bad_byte = QT_TRANSLATE_NOOP(
                "FileProblem", "not valid UTF-8 text (bad byte at offset %1); is it a .journey file?"
            )
            raise fail(said(bad_byte, str(bad.start))) from None
        text = str(error)
        if "recursion limit" in text:
            raise fail(
                said(QT_TRANSLATE_NOOP("FileProblem", "the JSON is nested too deeply to be a journey map"))
            ) from None
        if _non_finite_at(data, text):
            raise fail(
                said(
                    QT_TRANSLATE_NOOP(
                        "FileProblem", "numbers must be finite: NaN and Infinity are not JSON (%1)"
                    ),
                    text,
                )
            ) from None
        if text.startswith("number out of range"):
            where = text[len("number out of range") :].strip()
            raise fail(
                said(QT_TRANSLATE_NOOP("FileProblem", "a number is too large to be read (%1)"), where)
            ) from None
        raise fail(said(QT_TRANSLATE_NOOP("FileProblem", "not valid JSON: %1"), text)) from None
    if not isinstance(envelope, dict):
        raise fail(
            said(
                QT_TRANSLATE_NOOP("FileProblem", "the top level must be a JSON object, not %1"),
                json_kind(envelope),
            )
        )
    if envelope.get("format") != FORMAT_NAME:
        found = envelope.get("format")
        what: str | Message = repr(found[:40]) if isinstance(found, str) else json_kind(found)
        what = said(QT_TRANSLATE_NOOP("FileProblem", "missing")) if found is None else what
        not_ours = QT_TRANSLATE_NOOP("FileProblem", "not a JourneyMapper file: 'format' is %1, expected '%2'")
        raise fail(said(not_ours, what, FORMAT_NAME), "/format")
    version_text = envelope.get("format_version")
    # ASCII digits only: str.isdigit() would also take "١.٠" or "².0".
    plain = isinstance(version_text, str) and _VERSION.fullmatch(version_text) is not None
    version = parse_version(version_text) if plain else None
    if version is None:
        found_text = repr(version_text[:20]) if isinstance(version_text, str) else json_kind(version_text)
        shape = QT_TRANSLATE_NOOP("FileProblem", "'format_version' must look like \"1.0\", found %1")
        raise fail(said(shape, found_text), "/format_version")
    current = parse_version(FORMAT_VERSION)
    assert current is not None
    notices: list[str] = []
    source_version = str(version_text)
    if version[0] > current[0]:
        newer = QT_TRANSLATE_NOOP(
            "FileProblem",
            "this file is format version %1, made by a newer JourneyMapper; "
            "this version reads format %2.x (up to %3). Please update JourneyMapper.",
        )
        raise fail(said(newer, source_version, str(current[0]), FORMAT_VERSION), "/format_version")
    if version[0] == current[0] and version[1] > current[1]:
        notices.append(
            f"{shown_path(name)}: written by a newer JourneyMapper (format {source_version}; "
            f"this version knows {FORMAT_VERSION}). Fields it does not know are kept as they are."
        )
    elif version != current:
        if source_version not in MIGRATIONS:
            unknown = QT_TRANSLATE_NOOP(
                "FileProblem", "format version %1 is not one this version can upgrade"
            )
            raise fail(said(unknown, source_version), "/format_version")
        envelope, steps = migrate(envelope, source_version)
        if version[0] < current[0]:  # an older minor version only lacks optional fields: no notice
            notices.append(f"{shown_path(name)}: upgraded from format {source_version} ({', '.join(steps)})")
    for key, value in envelope.items():
        if key not in ("format", "format_version", "map") and not _check_unknown_depth(value, 1):
            raise fail(_NESTED, pointer([key]))
    if "map" not in envelope:
        raise fail(said(QT_TRANSLATE_NOOP("FileProblem", "the file has no 'map'")), "/map")
    raw_map = envelope["map"]
    if not isinstance(raw_map, dict):
        raise fail(said(QT_TRANSLATE_NOOP("FileProblem", "'map' must be a JSON object")), "/map")
    try:
        journey = JourneyMap.model_validate(raw_map)
    except ValidationError as error:
        issues = [
            Issue(pointer(["map", *e["loc"]]), _describe(e))
            for e in error.errors(include_url=False)[:MAX_ERRORS]
        ]
        raise JourneyFileError(name, issues) from None
    extra = {k: v for k, v in envelope.items() if k not in ENVELOPE_KEYS}
    return journey, extra, source_version, notices


def load_journey(path: str | Path) -> LoadResult:
    """Read a .journey file from disk, refusing oversized files before reading them."""
    path = Path(path)
    try:
        # Non-blocking, then checked: opening a FIFO for reading would otherwise wait forever
        # for a writer, and a device could be read without end.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                special = QT_TRANSLATE_NOOP(
                    "FileProblem", "not a regular file (a pipe, device or socket cannot be opened as a map)"
                )
                raise JourneyFileError(path, [Issue("", said(special))])
            if info.st_size > MAX_FILE_BYTES:
                too_big = QT_TRANSLATE_NOOP(
                    "FileProblem", "the file is %1 MiB; journey files are limited to %2 MiB"
                )
                size = said(too_big, round(info.st_size / 1048576), MAX_FILE_BYTES // 1048576)
                raise JourneyFileError(path, [Issue("", size)])
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JourneyFileError(
            path, [Issue("", said(QT_TRANSLATE_NOOP("FileProblem", "no such file")))]
        ) from None
    except IsADirectoryError:
        raise JourneyFileError(
            path, [Issue("", said(QT_TRANSLATE_NOOP("FileProblem", "this is a folder, not a file")))]
        ) from None
    except PermissionError:
        raise JourneyFileError(
            path, [Issue("", said(QT_TRANSLATE_NOOP("FileProblem", "permission denied")))]
        ) from None
    except OSError as error:
        raise JourneyFileError(path, [Issue("", error.strerror or str(error))]) from None
    if len(data) > MAX_FILE_BYTES:
        raise JourneyFileError(
            path, [Issue("", said(QT_TRANSLATE_NOOP("FileProblem", "the file is too large")))]
        )
    return loads_journey(data, path)
