"""Errors a person can act on: which file, where in it (a JSON pointer), what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
    message: str


class JourneyFileError(Exception):
    """A .journey file could not be read; carries every problem found, each on one line."""

    def __init__(self, path: str | Path, issues: list[Issue]) -> None:
        self.path = shown_path(path)
        self.issues = issues
        super().__init__(self.lines()[0] if issues else self.path)

    def lines(self) -> list[str]:
        """One line per problem, `FILE: /json/pointer: message` (the CLI prints these)."""
        out = []
        for issue in self.issues:
            if issue.pointer:
                out.append(f"{self.path}: {issue.pointer}: {issue.message}")
            else:
                out.append(f"{self.path}: {issue.message}")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


class SaveError(Exception):
    """A save failed; the file on disk is untouched. The message says why in plain words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = shown_path(path)
        self.reason = reason
        super().__init__(f"{self.path}: could not save: {reason}")
