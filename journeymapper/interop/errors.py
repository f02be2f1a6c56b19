"""What an import tells the user: a fatal problem with its place, or a report of what it did.

Every message names the source file and the place (line, row, cell, JSON path), so a
facilitator can open the spreadsheet and fix the exact cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Caps that keep a hostile import from exhausting memory or producing an unusable map.
MAX_IMPORT_BYTES = 16 * 1024 * 1024
MAX_LINES = 100_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 20_000
MAX_WARNINGS = 200


class ImportProblem(Exception):
    """The source cannot be imported; `place` says where (e.g. 'line 4', 'row 12, column C')."""

    def __init__(self, source: str | Path, place: str, message: str) -> None:
        self.source = str(source)
        self.place = place
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.place}: " if self.place else ""
        return f"{self.source}: {where}{self.message}"


@dataclass
class ImportReport:
    """What an importer did: how many things it made and what it could not map."""

    source: str
    fmt: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    kept_aside: list[str] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)

    def warn(self, place: str, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(
                f"{self.source}: {place}: {message}" if place else f"{self.source}: {message}"
            )
        elif len(self.warnings) == MAX_WARNINGS:
            self.warnings.append(f"{self.source}: … more warnings not shown")

    def keep_aside(self, what: str) -> None:
        """Record something copied into a description or note because it has no field of its own."""
        if what not in self.kept_aside and len(self.kept_aside) < MAX_WARNINGS:
            self.kept_aside.append(what)

    def not_read(self, what: str) -> None:
        """Record a field of the source that has no place in a map and is left out."""
        if what not in self.not_imported and len(self.not_imported) < MAX_WARNINGS:
            self.not_imported.append(what)

    def summary(self) -> str:
        parts = [f"{n} {name}" for name, n in self.counts.items() if n]
        line = f"{self.source}: imported as {self.fmt}: " + (", ".join(parts) or "nothing")
        if self.kept_aside:
            line += "; kept in descriptions: " + ", ".join(self.kept_aside)
        if self.not_imported:
            line += "; not imported: " + ", ".join(self.not_imported[:20])
        return line
