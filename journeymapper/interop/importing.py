"""Which importer reads a file: by `--from`, else by content, else by extension.

Content wins over the extension because wiki exports and spreadsheets are routinely
misnamed (a `.txt` Mermaid diagram, a `.csv` saved as UTF-16 'Unicode text').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from journeymapper.allocation import paused_gc
from journeymapper.interop.errors import NO_MERMAID, ImportProblem, ImportReport, said
from journeymapper.interop.source import decode_text, read_capped
from journeymapper.interop.tables import Table
from journeymapper.messages import QT_TRANSLATE_NOOP
from journeymapper.model.journey import JourneyMap

FORMATS = ("mermaid", "csv", "xlsx", "lanescape")
_EXTENSIONS = {
    ".mmd": "mermaid",
    ".mermaid": "mermaid",
    ".md": "mermaid",
    ".markdown": "mermaid",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".json": "lanescape",
}


@dataclass
class ImportResult:
    journey: JourneyMap
    report: ImportReport


def detect_format(data: bytes, path: Path) -> str:
    """The importer for these bytes; ImportProblem when nothing fits."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    text, _ = decode_text(data, path)  # not text and not a workbook: say why
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{") and "service-journey-mapper" in text[:4096]:
        return "lanescape"
    if re.search(r"^\s*journey\s*$", text, re.MULTILINE | re.IGNORECASE):
        return "mermaid"
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    if by_extension and by_extension != "mermaid":
        return by_extension
    if by_extension == "mermaid":
        raise ImportProblem(path, "", said(NO_MERMAID))
    unknown = QT_TRANSLATE_NOOP("ImportMessage", "cannot tell the format; use --from %1")
    raise ImportProblem(path, "", said(unknown, "|".join(FORMATS)))


def _read_table(data: bytes, path: Path, fmt: str, sheet: str | None) -> Table:
    from journeymapper.interop.tables import read_csv, read_xlsx

    return read_csv(data, path) if fmt == "csv" else read_xlsx(data, path, sheet)


def load_table(path: str | Path, fmt: str | None = None, sheet: str | None = None) -> Table | None:
    """The grid of a spreadsheet source (for a column-mapping step), or None for other formats."""
    path = Path(path)
    data = read_capped(path)
    fmt = fmt or detect_format(data, path)
    return _read_table(data, path, fmt, sheet) if fmt in {"csv", "xlsx"} else None


def import_file(
    path: str | Path,
    fmt: str | None = None,
    *,
    mapping: Mapping[str, str] | None = None,
    journey: int | None = None,
    language: str = "auto",
    keep_scale: bool = False,
    sheet: str | None = None,
) -> list[ImportResult]:
    """Every map the file yields (several only for a multi-journey Lanescape file).

    `language` 'auto' means: guessed from a table's headers, English otherwise. The
    collector is paused as when loading a map: every object built stays alive.
    """
    with paused_gc():
        return _import_file(Path(path), fmt, mapping, journey, language, keep_scale, sheet)


def _import_file(
    path: Path,
    fmt: str | None,
    mapping: Mapping[str, str] | None,
    journey: int | None,
    language: str,
    keep_scale: bool,
    sheet: str | None,
) -> list[ImportResult]:
    data = read_capped(path)
    fmt = fmt or detect_format(data, path)
    if fmt not in FORMATS:
        unknown = QT_TRANSLATE_NOOP("ImportMessage", "unknown format “%1”; use one of %2")
        raise ImportProblem(path, "", said(unknown, fmt, ", ".join(FORMATS)))
    if fmt == "mermaid":
        from journeymapper.interop.mermaid import import_mermaid

        text, _ = decode_text(data, path)
        lang = "en" if language == "auto" else language
        return [ImportResult(*import_mermaid(text, path, keep_scale=keep_scale, language=lang))]
    if fmt in {"csv", "xlsx"}:
        from journeymapper.interop.table_import import import_table

        table = _read_table(data, path, fmt, sheet)
        return [ImportResult(*import_table(table, path, fmt, mapping=mapping, language=language))]
    if language == "auto":
        language = "en"
    from journeymapper.interop.lanescape import import_lanescape_journey, load_document

    text, _ = decode_text(data, path)
    journeys = load_document(text, path)
    if journey is not None:
        if not 1 <= journey <= len(journeys):
            which = QT_TRANSLATE_NOOP(
                "ImportMessage", "--journey %1: the file holds %2 journeys, numbered from 1"
            )
            raise ImportProblem(path, "/journeys", said(which, str(journey), len(journeys)))
        return [ImportResult(*import_lanescape_journey(journeys[journey - 1], journey - 1, path, language))]
    return [ImportResult(*import_lanescape_journey(j, i, path, language)) for i, j in enumerate(journeys)]
