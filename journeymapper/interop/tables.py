"""Spreadsheet files as plain grids of text: CSV in any common dialect, and .xlsx.

Every cell comes back as a string with its place ('line 7, column C' for CSV, 'sheet
Journey, cell C7' for Excel), so importers can say exactly where a problem is. Excel
formulas are read as the text of the formula, never evaluated, and the workbook's zip is
measured before it is opened so a compressed bomb is refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeymapper.interop.errors import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, ImportProblem
from journeymapper.interop.source import decode_text

DELIMITERS = (",", ";", "\t")
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how spreadsheets name columns."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


@dataclass
class Table:
    """Rows of text cells; `places[i]` is how to name row i to a person."""

    rows: list[list[str]] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    kind: str = "csv"  # 'csv' (places are lines) or 'xlsx' (places are sheet rows)
    detail: str = ""  # the encoding and delimiter, or the sheet name

    def where(self, row: int, column: int | None = None) -> str:
        place = self.places[row]
        if column is None:
            return place
        if self.kind == "xlsx":
            return f"{place.rsplit(' row ', 1)[0]}, cell {column_letter(column)}{place.rsplit(' row ', 1)[1]}"
        return f"{place}, column {column_letter(column)}"


def _choose_delimiter(text: str) -> str:
    """The delimiter that splits the header into the most columns, preferring ','."""
    sample = "\n".join(text.splitlines()[:20])
    best, best_width = ",", 1
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
        except csv.Error:
            continue
        width = len(rows[0]) if rows else 0
        if width > best_width:
            best, best_width = delimiter, width
    return best


def _check_cell(value: str, table: Table, row: int, column: int, source: str | Path) -> None:
    if len(value) > MAX_CELL_CHARS:
        raise ImportProblem(
            source, table.where(row, column), f"cell is longer than {MAX_CELL_CHARS} characters"
        )


def read_csv(data: bytes, source: str | Path) -> Table:
    text, encoding = decode_text(data, source)
    delimiter = _choose_delimiter(text)
    table = Table(kind="csv", detail=f"{encoding}, delimiter {delimiter!r}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if len(table.rows) >= MAX_ROWS:
                raise ImportProblem(source, f"line {start}", f"more than {MAX_ROWS} rows")
            if len(record) > MAX_COLUMNS:
                raise ImportProblem(source, f"line {start}", f"more than {MAX_COLUMNS} columns")
            table.rows.append(record)
            table.places.append(f"line {start}")
            for column, value in enumerate(record):
                _check_cell(value, table, len(table.rows) - 1, column, source)
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportProblem(source, f"line {reader.line_num}", f"is not valid CSV: {error}") from None
    return table


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_zip(data: bytes, source: str | Path) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ImportProblem(source, "", "is not an Excel .xlsx workbook (not a zip archive)") from None
    if total > MAX_UNZIPPED_BYTES:
        raise ImportProblem(
            source,
            "",
            f"unpacks to more than {MAX_UNZIPPED_BYTES // 1048576} MiB; refused as a possible zip bomb",
        )


def read_xlsx(data: bytes, source: str | Path, sheet: str | None = None) -> Table:
    """The first sheet (or the named one), formulas as their text."""
    import openpyxl  # imported on use: only spreadsheet imports need it

    _check_zip(data, source)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise ImportProblem(
            source, "", f"is not a readable .xlsx workbook ({type(error).__name__})"
        ) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ImportProblem(source, "", f"has no sheet {sheet!r}; sheets: {', '.join(book.sheetnames)}")
        worksheet = book[sheet] if sheet else book.worksheets[0]
        name = worksheet.title
        table = Table(kind="xlsx", detail=f"sheet {name}")
        # Bounded reads: a hostile sheet may declare a 16,384-column, million-row dimension.
        rows = worksheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True)
        for number, values in enumerate(rows, start=1):
            if len(table.rows) >= MAX_ROWS:
                raise ImportProblem(source, f"sheet {name} row {number}", f"more than {MAX_ROWS} rows")
            cells = [_cell_text(v) for v in values[: MAX_COLUMNS + 1]]
            while cells and cells[-1] == "":
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                raise ImportProblem(source, f"sheet {name} row {number}", f"more than {MAX_COLUMNS} columns")
            table.rows.append(cells)
            table.places.append(f"sheet {name} row {number}")
            for column, value in enumerate(cells):
                _check_cell(value, table, len(table.rows) - 1, column, source)
        return table
    finally:
        book.close()
