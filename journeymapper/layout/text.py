"""Making file text safe to draw, and breaking it into lines with real font metrics.

Text in a .journey file is data. Before it reaches any backend it loses control
characters (which XML cannot carry and which PDF viewers show as garbage); characters
XML forbids (lone surrogates, U+FFFE/U+FFFF) become U+FFFD. Every other character is
kept: `typesetting/` finds a bundled font for it (Arabic, CJK, emoji...) or draws a box
and the export names the card. Bidi marks are kept for a reader's text extraction.

Wrapping is greedy over words whose widths come from the font's advance widths via
reportlab (the same numbers `simpleSplit` uses), cached per word because a large map
repeats the same words thousands of times. Words wider than the line are broken
between characters, again by measured width, never by counting characters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, cast

from journeymapper.layout.display import FontFace
from journeymapper.layout.fonts import _char_widths, text_width

ELLIPSIS = "\u2026"
REPLACEMENT = "\ufffd"

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")  # lone surrogates (JSON allows them), non-characters
_MAX_WORD_CACHE = 200_000


def clean_text(text: str, *, multiline: bool = True) -> str:
    """The text as it may be painted: no control characters, nothing XML cannot carry.

    Tabs become spaces, CR/LF become line breaks (or spaces when `multiline` is
    false), other C0/C1 controls are dropped, text is NFC-normalised, and characters
    not allowed in XML become U+FFFD.
    """
    if not text:
        return ""
    if text.isprintable():  # no breaks, tabs, controls or non-characters: nothing to replace
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = text.replace("\n", " ")
    text = _CONTROLS.sub("", text)
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _NOT_XML.sub(REPLACEMENT, text))


def clean_plain(text: str) -> str:
    """File text for <title>/<desc>/tooltips: controls removed, everything else kept."""
    if not text or text.isprintable():  # printable: no breaks, tabs, controls or non-characters
        return text or ""
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return text if text.isascii() else _NOT_XML.sub(REPLACEMENT, text)


class WordWidths:
    """Cached advance widths of words for one face and size."""

    __slots__ = ("face", "size", "space", "cached", "_cache", "_chars", "_default")

    def __init__(self, face: FontFace, size: float) -> None:
        self.face = face
        self.size = size
        self._cache: dict[str, float] = {}
        self._chars, self._default = _char_widths(face)
        self.space = text_width(" ", face, size)
        self.cached = self._cache.get  # a word's width if already measured (`wrap`'s inner loop)

    def width(self, word: str) -> float:
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) > _MAX_WORD_CACHE:
                self._cache.clear()
            cached = self._cache[word] = text_width(word, self.face, self.size)
        return cached

    def char_width(self, char: str) -> float:
        width = self._chars.get(ord(char))
        if width is None:
            return text_width(char, self.face, self.size)  # fallback fonts: CJK, emoji, Arabic...
        return width * self.size / 1000.0


_MEASURERS: dict[tuple[str, float], WordWidths] = {}


def measurer(face: FontFace, size: float) -> WordWidths:
    key = (face, size)
    found = _MEASURERS.get(key)
    if found is None:
        found = _MEASURERS[key] = WordWidths(face, size)
    return found


def _break_word(word: str, widths: WordWidths, max_width: float) -> list[str]:
    """Split a word wider than the line into pieces that each fit, by measured width."""
    pieces: list[str] = []
    start = 0
    current = 0.0
    for index, char in enumerate(word):
        w = widths.char_width(char)
        if current + w > max_width and index > start:
            pieces.append(word[start:index])
            start, current = index, 0.0
        current += w
    pieces.append(word[start:])
    return pieces


def wrap(text: str, face: FontFace, size: float, max_width: float) -> list[str]:
    """Break already-cleaned text into lines no wider than `max_width` points.

    Explicit line breaks are kept; empty paragraphs give empty lines. Returns [] for
    empty text. Greedy: a word joins the line when the line's width plus a space plus
    the word's fits, widths summed left to right (the breaks depend on those sums).
    """
    if not text:
        return []
    widths = measurer(face, size)
    max_width = max(max_width, size)  # at least one glyph per line
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        if "" in words:
            words = [w for w in words if w]
            if not words:
                lines.append("")
                continue
            paragraph = ""  # not the paragraph's own spelling any more (it had extra spaces)
        _wrap_paragraph(paragraph, words, widths, max_width, lines)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _wrap_paragraph(
    paragraph: str, words: list[str], widths: WordWidths, max_width: float, lines: list[str]
) -> None:
    """Append the lines of one paragraph's words (`paragraph`: their text, or "" if unknown)."""
    cached = widths.cached
    found = list(map(cached, words))  # the measured words: one dict lookup each
    if None in found:
        found = [w if w is not None else widths.width(words[i]) for i, w in enumerate(found)]
    sizes = cast(list[float], found)
    if max(sizes) > max_width:  # a word wider than the line: rare
        _wrap_breaking_words(words, widths, max_width, lines)
        return
    space = widths.space
    start = 0
    current_w = sizes[0]
    for index in range(1, len(words)):
        w = sizes[index]
        if current_w + space + w <= max_width:
            current_w += space + w  # not the sum just tested: (a + s) + w may differ from a + (s + w)
        else:
            lines.append(" ".join(words[start:index]))
            start, current_w = index, w
    lines.append(paragraph if start == 0 and paragraph else " ".join(words[start:]))


def _wrap_breaking_words(words: list[str], widths: WordWidths, max_width: float, lines: list[str]) -> None:
    """The greedy loop with words wider than the line broken between characters."""
    space = widths.space
    current: list[str] = []
    current_w = 0.0
    for word in words:
        w = widths.width(word)
        if w > max_width:
            if current:
                lines.append(" ".join(current))
            pieces = _break_word(word, widths, max_width)
            lines.extend(pieces[:-1])
            current = [pieces[-1]]
            current_w = widths.width(pieces[-1])
            continue
        if not current:
            current, current_w = [word], w
        elif current_w + space + w <= max_width:
            current.append(word)
            current_w += space + w
        else:
            lines.append(" ".join(current))
            current, current_w = [word], w
    lines.append(" ".join(current))


def fit_line(
    text: str, face: FontFace, size: float, max_width: float, *, force_ellipsis: bool = False
) -> str:
    """One line that fits `max_width`, ending in an ellipsis if anything was cut."""
    if not force_ellipsis and text_width(text, face, size) <= max_width:
        return text
    widths = measurer(face, size)
    budget = max_width - widths.char_width(ELLIPSIS)
    used = 0.0
    end = 0
    for index, char in enumerate(text):
        used += widths.char_width(char)
        if used > budget:
            break
        end = index + 1
    kept = text[:end]
    if end < len(text) and not text[end].isspace():
        space = kept.rfind(" ")
        if space > end // 2:  # end at a word boundary when that keeps most of the line
            kept = kept[:space]
    return kept.rstrip() + ELLIPSIS


class Wrapped(NamedTuple):
    """Lines ready to draw, and whether the text had to be cut to fit.

    A named tuple: made for every text of every card, it is three times cheaper to make
    than a frozen dataclass."""

    lines: tuple[str, ...]
    clamped: bool


def wrap_clamped(text: str, face: FontFace, size: float, max_width: float, max_lines: int) -> Wrapped:
    """Wrap and keep at most `max_lines`, ending the last one with '…' when cut."""
    lines = wrap(text, face, size, max_width)
    if len(lines) <= max_lines:
        return Wrapped(tuple(lines), False)
    kept = lines[:max_lines]
    kept[-1] = fit_line(kept[-1], face, size, max_width, force_ellipsis=True)
    return Wrapped(tuple(kept), True)


_FITTED: dict[tuple[str, str, float, float], str] = {}
_MAX_FITTED = 20_000  # labels, not texts: a few MB at most


def single_line(text: str, face: FontFace, size: float, max_width: float) -> str:
    """Text on one line (breaks flattened), cut with '…' if it does not fit.

    Remembered: the short labels that go through here (a card's channel, owner and tags, a
    pain's kind) recur across a map's cards."""
    key = (text, face, size, max_width)
    found = _FITTED.get(key)
    if found is None:
        if len(_FITTED) > _MAX_FITTED:
            _FITTED.clear()
        flat = " ".join(text.split("\n"))
        found = _FITTED[key] = fit_line(flat, face, size, max_width)
    return found
