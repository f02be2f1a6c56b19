"""Messages the headless core hands to people, translatable by the editor without Qt here.

The exporter (and any other Qt-free code) says what a person should look at: "body text
prints at 5.1 pt on A4…". The command line prints that English text; the editor shows it in
the UI's language. So a message is kept as its English template with Qt-style `%1`, `%2`
placeholders and its values, not as a finished string: the editor looks the template up in
its catalogue (`ui/translations.py` `translated`) and fills in the values with the
language's number format.

Templates are marked with `QT_TRANSLATE_NOOP(context, text)`, the marker Qt's `lupdate`
extracts, defined here as a plain function so this module imports no Qt;
`packaging/build_translations.sh` scans every module that uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


_PLACEHOLDER = re.compile(r"%(\d+)")
Translate = Callable[[str, str], str]
FormatNumber = Callable[[float], str]


def english(context: str, template: str) -> str:
    """The template as written: what the command line prints."""
    return template


def plain_number(value: float) -> str:
    """A number as Python writes it, with no grouping: the command line's format."""
    return f"{value:g}"


@dataclass(frozen=True)
class Message:
    """An English template with `%1`, `%2`… placeholders, its values, and its catalogue context.

    A value may itself be a message (a translated word such as a card's kind); numbers are
    formatted by whoever shows the message, so Spanish reads "5,1 pt".
    """

    context: str
    template: str
    args: tuple[str | int | float | Message, ...] = ()

    def text(self, translate: Translate = english, number: FormatNumber = plain_number) -> str:
        """The message filled in: `translate(context, template)` and `number(value)` as given."""
        values = [self._value(arg, translate, number) for arg in self.args]

        def fill(match: re.Match[str]) -> str:
            index = int(match.group(1))
            return values[index - 1] if 1 <= index <= len(values) else match.group(0)

        # One pass: a value holding "%1" (a card titled "50%1") is never filled in again.
        return _PLACEHOLDER.sub(fill, translate(self.context, self.template))

    @staticmethod
    def _value(value: str | int | float | Message, translate: Translate, number: FormatNumber) -> str:
        if isinstance(value, Message):
            return value.text(translate, number)
        if isinstance(value, (bool, str)):
            return str(value)
        return number(value)

    def __str__(self) -> str:
        return self.text()
