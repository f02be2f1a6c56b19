"""Lines mixing right-to-left and left-to-right text extract from the PDF in reading order.

Extractors get glyphs in visual order and reorder them with simplified rules (poppler's
`reorderText`, behind pdftotext and evince); the PDF's ActualText for such a line is
written so those rules give back the line as typed (pdf_text.extraction_text). Direction
marks (LRM/RLM, and the embedding marks poppler adds) are invisible and ignored here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from journeymapper.export.options import ExportOptions
from journeymapper.export.paper import make_paper
from journeymapper.export.pdf import render_pdf
from journeymapper.export.pdf_text import _kind, extraction_text
from journeymapper.export.run import export_poster
from journeymapper.fileformat import load_journey
from journeymapper.layout.display import DisplayList, TextRun
from journeymapper.resources import resource
from journeymapper.typesetting.shaping import shaped_width

MIXED = [
    "Pago con مرحبا بالعالم y más",
    "Order שלום עולם now",
    "مرحبا Alice كيف حالك",
    "שלום 123 עולם",
    "Total: 45 ر.س للطلب",
    "Hola مرحبا!",
    "שלום, עולם! Hi",
    "(مرحبا) ok",
    "Precio: ٤٥ ريال",
    "Nota: שלום 👍 fin",
    "x: ש% y",
]
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _poppler_reorder(text: str, left_to_right: bool) -> str:
    """poppler's reorderText (TextOutputDev.cc), transcribed, to check the rules both ways."""
    kinds = [_kind(char) for char in text]
    out: list[str] = []
    n = len(text)
    if left_to_right:
        i = 0
        while i < n:
            j = i
            while j < n and kinds[j] != "R":
                j += 1
            out += text[i:j]
            i = j
            while j < n and kinds[j] not in ("L", "N"):
                j += 1
            out += text[i:j][::-1]
            i = j
    else:
        i = n - 1
        while i >= 0:
            j = i
            while j >= 0 and kinds[j] not in ("L", "N"):
                j -= 1
            out += [text[k] for k in range(i, j, -1)]
            i = j
            while j >= 0 and kinds[j] != "R":
                j -= 1
            out += text[j + 1 : i + 1]
            i = j
    return "".join(out)


@pytest.mark.parametrize("left_to_right", [True, False])
@pytest.mark.parametrize("text", MIXED + ["كيف Alice.", "a - ש - b", "(Alice) שלום", "ש"])
def test_the_extractors_rules_give_back_the_line(text: str, left_to_right: bool) -> None:
    written = extraction_text(text, left_to_right)
    assert _MARKS.sub("", _poppler_reorder(written, left_to_right)) == text


def _extract(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60)
    return _MARKS.sub("", unicodedata.normalize("NFKC", out.stdout.decode("utf-8")))


@needs_poppler
def test_pdftotext_gives_mixed_cards_back_as_typed(tmp_path: Path) -> None:
    journey = load_journey(resource("examples", "online-shop-purchase.journey")).journey
    for card, text in zip(journey.touchpoints, MIXED, strict=False):
        card.title = text
    out = tmp_path / "mixed.pdf"
    export_poster(journey, out, ExportOptions(fmt="pdf", size="A0"))
    text = _extract(out)
    assert [line for line in MIXED if line not in text] == []


@needs_poppler
def test_pdftotext_reads_a_mostly_right_to_left_page(tmp_path: Path) -> None:
    hebrew = "שלום עולם זה טקסט ארוך בעברית עם הרבה מילים"
    lines = [hebrew] * 12 + ["Order שלום עולם now", "שלום Alice כיף חלק", "שלום 123 עולם", "(שלום) ok"]
    runs = [
        TextRun(40, 40 + 20 * n, line, 11, width=shaped_width(line, "regular", 11))
        for n, line in enumerate(lines)
    ]
    out = tmp_path / "rtl.pdf"
    out.write_bytes(render_pdf(DisplayList(600, 400, list(runs)), make_paper("A4")))
    text = _extract(out)
    assert [line for line in lines[12:] if line not in text] == []
