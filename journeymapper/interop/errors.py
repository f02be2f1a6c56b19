"""What an import tells the user: a fatal problem with its place, or a report of what it did.

Every message names the source file and the place (line, row, cell, JSON path), so a
facilitator can open the spreadsheet and fix the exact cell. Messages and places are kept as
`Message`s (journeymapper/messages.py): the command line prints their English, the editor
shows them in the UI's language. Plain strings (a JSON path, a column's own header) are
shown as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journeymapper.messages import QT_TRANSLATE_NOOP, FormatNumber, Message, Translate, english, plain_number

CONTEXT = "ImportMessage"
NO_MERMAID = QT_TRANSLATE_NOOP("ImportMessage", "no Mermaid 'journey' diagram found")
Said = str | Message  # a place or a message: plain text, or a template to translate


def said(template: str, *values: str | int | float | Message) -> Message:
    """A message of the importers. Mark `template` with `QT_TRANSLATE_NOOP("ImportMessage", …)`
    where it is written, so `lupdate` finds it; numbers that are not quantities (line and row
    numbers) are passed as strings, so no language groups their digits."""
    return Message(CONTEXT, template, values)


def line(number: int) -> Message:
    """'line 7': where a problem is in a text source."""
    return said(QT_TRANSLATE_NOOP("ImportMessage", "line %1"), str(number))


def shown(value: Said, translate: Translate = english, number: FormatNumber = plain_number) -> str:
    """A place or message as text: translated when it is a message."""
    return value.text(translate, number) if isinstance(value, Message) else value


# Caps that keep a hostile import from exhausting memory or producing an unusable map.
MAX_IMPORT_BYTES = 16 * 1024 * 1024
MAX_LINES = 100_000
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 20_000
MAX_WARNINGS = 200


class ImportProblem(Exception):
    """The source cannot be imported; `place` says where (e.g. 'line 4', 'row 12, column C')."""

    def __init__(self, source: str | Path, place: Said, message: Said) -> None:
        self.source = str(source)
        self.place = place
        self.message = message
        super().__init__(str(self))

    def text(self, translate: Translate = english, number: FormatNumber = plain_number) -> str:
        """'source: place: problem', in the language `translate` gives (English by default)."""
        where = f"{shown(self.place, translate, number)}: " if self.place else ""
        return f"{self.source}: {where}{shown(self.message, translate, number)}"

    def __str__(self) -> str:
        return self.text()


@dataclass
class ImportReport:
    """What an importer did: how many things it made and what it could not map."""

    source: str
    fmt: Said  # "mermaid", or a message such as "csv (long layout, utf-8, delimiter ",")"
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[ImportProblem] = field(default_factory=list)  # each with its source and place
    kept_aside: list[Said] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)

    def warn(self, place: Said, message: Said) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(ImportProblem(self.source, place, message))
        elif len(self.warnings) == MAX_WARNINGS:
            more = said(QT_TRANSLATE_NOOP("ImportMessage", "… more warnings not shown"))
            self.warnings.append(ImportProblem(self.source, "", more))

    def keep_aside(self, what: Said) -> None:
        """Record something copied into a description or note because it has no field of its own."""
        if what not in self.kept_aside and len(self.kept_aside) < MAX_WARNINGS:
            self.kept_aside.append(what)

    def not_read(self, what: str) -> None:
        """Record a field of the source that has no place in a map and is left out."""
        if what not in self.not_imported and len(self.not_imported) < MAX_WARNINGS:
            self.not_imported.append(what)

    def summary(self, translate: Translate = english, number: FormatNumber = plain_number) -> str:
        """One line: what was made, what went into descriptions, what was left out."""
        parts = [
            said(_COUNTED[name], n).text(translate, number) if name in _COUNTED else f"{n} {name}"
            for name, n in self.counts.items()
            if n
        ]
        made = ", ".join(parts) or said(QT_TRANSLATE_NOOP("ImportMessage", "nothing")).text(translate, number)
        text = said(QT_TRANSLATE_NOOP("ImportMessage", "imported as %1: %2"), self.fmt, made).text(
            translate, number
        )
        if self.kept_aside:
            aside = ", ".join(shown(what, translate, number) for what in self.kept_aside)
            text += said(QT_TRANSLATE_NOOP("ImportMessage", "; kept in descriptions: %1"), aside).text(
                translate, number
            )
        if self.not_imported:
            left = ", ".join(self.not_imported[:20])
            text += said(QT_TRANSLATE_NOOP("ImportMessage", "; not imported: %1"), left).text(
                translate, number
            )
        return f"{self.source}: {text}"


# What the summary counts, worded so one and many read the same ("stages: 1").
_COUNTED = {
    "stages": QT_TRANSLATE_NOOP("ImportMessage", "stages: %1"),
    "lanes": QT_TRANSLATE_NOOP("ImportMessage", "lanes: %1"),
    "cards": QT_TRANSLATE_NOOP("ImportMessage", "cards: %1"),
    "connections": QT_TRANSLATE_NOOP("ImportMessage", "connections: %1"),
    "personas": QT_TRANSLATE_NOOP("ImportMessage", "personas: %1"),
    "pain points": QT_TRANSLATE_NOOP("ImportMessage", "pain points: %1"),
}
