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

from journeymapper.interop.errors import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportProblem,
    Said,
    line,
    said,
)
from journeymapper.interop.source import decode_text
from journeymapper.messages import QT_TRANSLATE_NOOP, Message

DELIMITERS = (",", ";", "\t")
_MORE_ROWS = QT_TRANSLATE_NOOP("ImportMessage", "more than %1 rows")
_MORE_COLUMNS = QT_TRANSLATE_NOOP("ImportMessage", "more than %1 columns")
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
    """Rows of text cells; `places[i]` is the line (CSV) or sheet row (Excel) of row i."""

    rows: list[list[str]] = field(default_factory=list)
    places: list[int] = field(default_factory=list)
    kind: str = "csv"  # 'csv' (places are lines) or 'xlsx' (places are rows of `sheet`)
    detail: Said = ""  # the encoding and delimiter, or the sheet name
    sheet: str = ""

    def where(self, row: int, column: int | None = None) -> Message:
        """How to name row `row` (and a column of it) to a person, in the source's own terms."""
        number = self.places[row]
        if self.kind == "xlsx":
            return sheet_row(self.sheet, number, column)
        if column is None:
            return line(number)
        return said(
            QT_TRANSLATE_NOOP("ImportMessage", "line %1, column %2"), str(number), column_letter(column)
        )


def sheet_row(sheet: str, number: int, column: int | None = None) -> Message:
    """'sheet Journey, row 7' or, with a column, 'sheet Journey, cell C7'."""
    if column is None:
        return said(QT_TRANSLATE_NOOP("ImportMessage", "sheet %1, row %2"), sheet, str(number))
    cell = f"{column_letter(column)}{number}"
    return said(QT_TRANSLATE_NOOP("ImportMessage", "sheet %1, cell %2"), sheet, cell)


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
        too_long = QT_TRANSLATE_NOOP("ImportMessage", "cell is longer than %1 characters")
        raise ImportProblem(source, table.where(row, column), said(too_long, MAX_CELL_CHARS))


def read_csv(data: bytes, source: str | Path) -> Table:
    text, encoding = decode_text(data, source)
    delimiter = _choose_delimiter(text)
    detail = said(QT_TRANSLATE_NOOP("ImportMessage", "%1, delimiter %2"), encoding, repr(delimiter))
    table = Table(kind="csv", detail=detail)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if len(table.rows) >= MAX_ROWS:
                raise ImportProblem(source, line(start), said(_MORE_ROWS, MAX_ROWS))
            if len(record) > MAX_COLUMNS:
                raise ImportProblem(source, line(start), said(_MORE_COLUMNS, MAX_COLUMNS))
            table.rows.append(record)
            table.places.append(start)
            for column, value in enumerate(record):
                _check_cell(value, table, len(table.rows) - 1, column, source)
            start = reader.line_num + 1
    except csv.Error as error:
        not_csv = QT_TRANSLATE_NOOP("ImportMessage", "is not valid CSV: %1")
        raise ImportProblem(source, line(reader.line_num), said(not_csv, str(error))) from None
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
        not_zip = QT_TRANSLATE_NOOP("ImportMessage", "is not an Excel .xlsx workbook (not a zip archive)")
        raise ImportProblem(source, "", said(not_zip)) from None
    if total > MAX_UNZIPPED_BYTES:
        bomb = QT_TRANSLATE_NOOP(
            "ImportMessage", "unpacks to more than %1 MiB; refused as a possible zip bomb"
        )
        raise ImportProblem(source, "", said(bomb, MAX_UNZIPPED_BYTES // 1048576))


def read_xlsx(data: bytes, source: str | Path, sheet: str | None = None) -> Table:
    """The first sheet (or the named one), formulas as their text."""
    import openpyxl  # imported on use: only spreadsheet imports need it

    _check_zip(data, source)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        unreadable = QT_TRANSLATE_NOOP("ImportMessage", "is not a readable .xlsx workbook (%1)")
        raise ImportProblem(source, "", said(unreadable, type(error).__name__)) from None
    try:
        return _read_sheet(book, source, sheet)
    except ImportProblem:
        raise
    except Exception as error:  # a damaged or hostile sheet (e.g. an XML entity bomb) fails while read
        bad_sheet = QT_TRANSLATE_NOOP("ImportMessage", "has a sheet that cannot be read (%1)")
        raise ImportProblem(source, "", said(bad_sheet, type(error).__name__)) from None
    finally:
        book.close()


def _read_sheet(book: Any, source: str | Path, sheet: str | None) -> Table:
    """The rows of one sheet as text, within the row, column and cell caps."""
    if sheet is not None and sheet not in book.sheetnames:
        no_sheet = QT_TRANSLATE_NOOP("ImportMessage", "has no sheet “%1”; sheets: %2")
        raise ImportProblem(source, "", said(no_sheet, sheet, ", ".join(book.sheetnames)))
    worksheet = book[sheet] if sheet else book.worksheets[0]
    name = worksheet.title
    table = Table(kind="xlsx", detail=said(QT_TRANSLATE_NOOP("ImportMessage", "sheet %1"), name), sheet=name)
    # Bounded reads: a hostile sheet may declare a 16,384-column, million-row dimension.
    rows = worksheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True)
    for number, values in enumerate(rows, start=1):
        if len(table.rows) >= MAX_ROWS:
            raise ImportProblem(source, sheet_row(name, number), said(_MORE_ROWS, MAX_ROWS))
        cells = [_cell_text(v) for v in values[: MAX_COLUMNS + 1]]
        while cells and cells[-1] == "":
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise ImportProblem(source, sheet_row(name, number), said(_MORE_COLUMNS, MAX_COLUMNS))
        table.rows.append(cells)
        table.places.append(number)
        for column, value in enumerate(cells):
            _check_cell(value, table, len(table.rows) - 1, column, source)
    return table
