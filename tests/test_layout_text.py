"""Text measurement, wrapping, clamping and cleaning with the bundled font."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

from journeymapper.layout.fonts import PDF_FONT_NAMES, face_metrics, text_width
from journeymapper.layout.text import ELLIPSIS, REPLACEMENT, clean_plain, clean_text, wrap, wrap_clamped
from journeymapper.resources import resource

SAMPLE = (
    "La persona compara tarifas en la web, pregunta a su familia y duda: ¿merece la pena? "
    "¡Sí! Añade a su pareja, pero el precio cambia sin explicación. Pingüino, acción, ñandú."
)


@pytest.mark.parametrize("face", ["regular", "bold", "italic"])
def test_widths_are_reportlab_widths(face: str) -> None:
    for text in (SAMPLE, "W" * 40, "iiii", "\u200f<script>"):
        assert text_width(text, face, 9.5) == pytest.approx(
            pdfmetrics.stringWidth(text, PDF_FONT_NAMES[face], 9.5)
        )


def test_bundled_font_and_licence_are_there() -> None:
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "OFL.txt"):
        assert resource("fonts", name).is_file()
    assert 0.6 < face_metrics("regular").cap_height < 0.8


@pytest.mark.parametrize("width", [60.0, 120.0, 218.0, 400.0])
def test_wrap_agrees_with_simple_split(width: float) -> None:
    assert wrap(SAMPLE, "regular", 8.5, width) == simpleSplit(SAMPLE, PDF_FONT_NAMES["regular"], 8.5, width)


def test_long_words_are_broken_to_fit() -> None:
    word = "Anticonstitucionalmente" * 3  # 69 characters, no space
    lines = wrap(f"Hola {word} adiós", "bold", 10.5, 120.0)
    assert "".join(lines).replace(" ", "") == f"Hola{word}adiós"
    assert all(text_width(line, "bold", 10.5) <= 120.0 for line in lines)
    assert len(lines) >= 4


def test_explicit_line_breaks_are_kept() -> None:
    assert wrap("uno\ndos\n\ntres", "regular", 9, 300) == ["uno", "dos", "", "tres"]


def test_clamp_ends_with_an_ellipsis_and_fits() -> None:
    result = wrap_clamped(SAMPLE * 4, "regular", 8.5, 150.0, 3)
    assert result.clamped and len(result.lines) == 3
    assert result.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, "regular", 8.5) <= 150.0 for line in result.lines)
    assert not wrap_clamped("corto", "regular", 8.5, 150.0, 3).clamped


def test_clean_text_removes_controls_and_keeps_bidi_marks() -> None:
    assert clean_text("a\x00b\x07c\x1bd\x7fe\x85f") == "abcdef"
    assert clean_text("a\tb\r\nc") == "a b\nc"
    assert clean_text("a\nb", multiline=False) == "a b"
    assert clean_text("\u200fRTL\u200e") == "\u200fRTL\u200e"
    assert clean_text("café ñ ¿¡ü") == "café ñ ¿¡ü"


def test_world_text_is_kept_and_only_xml_illegal_characters_are_replaced() -> None:
    assert clean_text("hola 😀 中文 مرحبا") == "hola 😀 中文 مرحبا"  # drawn by the fallback fonts
    assert clean_text("a\uffffb\ud800c") == "a" + REPLACEMENT + "b" + REPLACEMENT + "c"
    assert clean_text("e\u0301") == "é"  # composed, so the font can draw it
    assert clean_plain("emoji 😀 kept\x01") == "emoji 😀 kept"  # tooltips keep what the file says
    assert clean_plain("lone \ud800 surrogate") == "lone " + REPLACEMENT + " surrogate"


def _reference_wrap(text: str, face: str, size: float, max_width: float) -> list[str]:
    """The greedy wrap as first written (one word at a time): the faster `wrap` must agree."""
    from journeymapper.layout.text import _break_word, measurer

    if not text:
        return []
    widths = measurer(face, size)  # type: ignore[arg-type]
    space = widths.space
    max_width = max(max_width, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [w for w in paragraph.split(" ") if w]
        if not words:
            lines.append("")
            continue
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
    while lines and not lines[-1]:
        lines.pop()
    return lines


_WORDS = ["a", "il", "W", "mm", "Añade", "pingüino", "ñandú,", "¿merece", "la", "pena?", "x" * 30, "漢字",
          "Anticonstitucionalmente", "", "", "\n", "—", "1.234,5", "iiiiiiiiii", "WWWWWWW"]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=40),
    face=st.sampled_from(["regular", "bold", "italic"]),
    size=st.sampled_from([6.0, 8.5, 9.5, 10.5, 14.0]),
    width=st.floats(min_value=1.0, max_value=400.0),
)
def test_wrap_breaks_where_the_word_by_word_greedy_breaks(words: list[str], face: str, size: float,
                                                          width: float) -> None:
    text = " ".join(words)
    lines = wrap(text, face, size, width)  # type: ignore[arg-type]
    assert lines == _reference_wrap(text, face, size, width)
    one = wrap("una línea corta", "regular", 9.0, 400.0)
    assert one == ["una línea corta"]
