"""Errors a person can act on: which file, where in it (a JSON pointer), what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journeymapper.messages import FormatNumber, Message, Translate, english, plain_number

CONTEXT = "FileProblem"  # the catalogue context of the reader's messages


def said(template: str, *values: str | int | float | Message) -> Message:
    """A message of the file reader. Mark `template` with `QT_TRANSLATE_NOOP("FileProblem", …)`
    where it is written, so `lupdate` finds it; the editor shows it in the UI's language, the
    command line in English."""
    return Message(CONTEXT, template, values)


def shown_path(path: str | Path) -> str:
    """A file name fit for a one-line message: control characters (a newline in a file
    name would split the line) are shown escaped, like \\n."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True)
class Issue:
    """One problem in a file; `pointer` is '' when it concerns the file as a whole."""

    pointer: str
    message: str | Message  # a plain string is shown as it is (pydantic's words for rare cases)

    def text(self, translate: Translate = english, number: FormatNumber = plain_number) -> str:
        message = self.message
        return message.text(translate, number) if isinstance(message, Message) else message


class JourneyFileError(Exception):
    """A .journey file could not be read; carries every problem found, each on one line."""

    def __init__(self, path: str | Path, issues: list[Issue]) -> None:
        self.path = shown_path(path)
        self.issues = issues
        super().__init__(self.lines()[0] if issues else self.path)

    def lines(self, translate: Translate = english, number: FormatNumber = plain_number) -> list[str]:
        """One line per problem, `FILE: /json/pointer: message`: the CLI prints these in
        English, the editor shows them in its language (`translate`, `number`)."""
        out = []
        for issue in self.issues:
            message = issue.text(translate, number)
            out.append(
                f"{self.path}: {issue.pointer}: {message}" if issue.pointer else f"{self.path}: {message}"
            )
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


class SaveError(Exception):
    """A save failed; the file on disk is untouched. The message says why in plain words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = shown_path(path)
        self.reason = reason
        super().__init__(f"{self.path}: could not save: {reason}")
