"""Reading a foreign file safely: a size cap first, then text decoding that Excel users need.

Spreadsheets arrive as UTF-8 with or without a byte-order mark, UTF-16 (Excel's
"Unicode text"), or Windows-1252 (Spanish Excel's CSV). We decide from the BOM, then
try strict UTF-8, then fall back to cp1252, which maps almost every byte, so a legacy
file still opens; a NUL byte without a UTF-16 BOM is treated as binary and refused.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from journeymapper.interop.errors import MAX_IMPORT_BYTES, ImportProblem, said
from journeymapper.interop.errors import line as line_at
from journeymapper.messages import QT_TRANSLATE_NOOP


def read_capped(path: str | Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes, refusing anything over `limit` before reading it all."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ImportProblem(path, "", said(QT_TRANSLATE_NOOP("ImportMessage", "no such file"))) from None
    except IsADirectoryError:
        raise ImportProblem(
            path, "", said(QT_TRANSLATE_NOOP("ImportMessage", "is a folder, not a file"))
        ) from None
    except OSError as error:
        unreadable = QT_TRANSLATE_NOOP("ImportMessage", "cannot be read: %1")
        raise ImportProblem(path, "", said(unreadable, str(error.strerror or error))) from None
    if len(data) > limit:
        too_big = QT_TRANSLATE_NOOP("ImportMessage", "is larger than the import limit of %1 MiB")
        raise ImportProblem(path, "", said(too_big, limit // 1048576))
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text whose BOM was lost: every other byte of ASCII text is NUL."""
    if len(data) >= 4 and len(data) % 2 == 0:
        if data[1::2].count(0) > len(data) // 4:
            return "utf-16-le"
        if data[0::2].count(0) > len(data) // 4:
            return "utf-16-be"
    return None


def decode_text(data: bytes, source: str | Path) -> tuple[str, str]:
    """(text, encoding name); raises ImportProblem for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif (guess := _utf16_without_bom(data)) is not None:
        candidates = [guess]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding == candidates[-1]:
                line = data[: error.start].count(b"\n") + 1
                unreadable = QT_TRANSLATE_NOOP("ImportMessage", "is not readable text (%1: %2)")
                raise ImportProblem(source, line_at(line), said(unreadable, encoding, error.reason)) from None
            continue
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            binary = QT_TRANSLATE_NOOP(
                "ImportMessage", "contains a NUL byte: this looks like a binary file, not text"
            )
            raise ImportProblem(source, line_at(line), said(binary))
        return text, encoding
    raise ImportProblem(
        source, "", said(QT_TRANSLATE_NOOP("ImportMessage", "is not readable text"))
    )  # pragma: no cover - loop always returns
