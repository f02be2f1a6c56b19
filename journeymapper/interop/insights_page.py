"""`export --insights`: one more PDF page after the poster, with the team's questions.

The page is a display list like the poster, painted by the same PDF backend (so its
fonts and text cleaning are the poster's), on a sheet of the poster's paper; it is
then appended to the poster file with pypdf, which keeps `export/run.py` and the
PDF painter untouched: the hook in the CLI is one call.
"""

from __future__ import annotations

import io
from pathlib import Path

from journeymapper.export.paper import Paper
from journeymapper.export.pdf import PdfMetadata, render_pdf
from journeymapper.fileformat import write_atomically
from journeymapper.layout.display import DisplayList, FontFace, Group, Line, Rect, TextRun
from journeymapper.layout.fonts import text_width
from journeymapper.layout.text import clean_text, wrap
from journeymapper.model.analysis import Report, analyse
from journeymapper.model.journey import JourneyMap

PAGE_W = 1190.0  # points of the display list; the painter scales it onto the paper
INK, MUTED, ACCENT = "#1F2933", "#52606D", "#2F6FB0"
_WORDS = {
    "en": (
        "Insights: questions for the team",
        "Main path",
        "Pain hotspots",
        "Evidence per stage",
        "observed",
        "assumed",
        "proposed",
        "No questions yet: connect cards and add emotions, pains and owners.",
    ),
    "es": (
        "Hallazgos: preguntas para el equipo",
        "Camino principal",
        "Puntos calientes de dolor",
        "Evidencia por etapa",
        "observado",
        "supuesto",
        "propuesto",
        "Aún no hay preguntas: conecta tarjetas y añade emociones, dolores y responsables.",
    ),
}


class _Writer:
    """Places wrapped text top to bottom in one column, and says when the column is full."""

    def __init__(self, x: float, y: float, width: float, bottom: float) -> None:
        self.x, self.y, self.width, self.bottom = x, y, width, bottom
        self.items: list[TextRun | Rect | Line] = []

    def text(
        self, text: str, size: float, face: FontFace = "regular", colour: str = INK, indent: float = 0.0
    ) -> bool:
        lines = wrap(clean_text(text), face, size, self.width - indent)
        height = len(lines) * size * 1.3
        if self.y + height > self.bottom:
            return False
        for line in lines:
            self.y += size * 1.3
            self.items.append(
                TextRun(
                    self.x + indent,
                    self.y - size * 0.3,
                    line,
                    size,
                    face,
                    colour,
                    width=text_width(line, face, size),
                )
            )
        return True

    def gap(self, points: float) -> None:
        self.y += points


def insights_display(journey: JourneyMap, report: Report, aspect: float, language: str) -> DisplayList:
    """The page: title, numbered questions in two columns, then hotspots and evidence."""
    words = _WORDS.get(language, _WORDS["en"])
    height = PAGE_W * aspect
    display = DisplayList(PAGE_W, height)
    margin, gutter = 48.0, 36.0
    head = _Writer(margin, margin, PAGE_W - 2 * margin, height)
    head.text(words[0], 30, "bold")
    head.text(journey.title, 16, "regular", MUTED)
    head.gap(10)
    head.items.append(Line(margin, head.y, PAGE_W - margin, head.y, ACCENT, 2.0))
    head.gap(18)
    column_w = (PAGE_W - 2 * margin - gutter) / 2
    facts_h = 170.0
    columns = [
        _Writer(margin + i * (column_w + gutter), head.y, column_w, height - margin - facts_h)
        for i in range(2)
    ]
    findings = sorted(report.findings, key=lambda f: -f.weight)
    column = 0
    if not findings:
        columns[0].text(words[7], 14, "italic", MUTED)
    for number, finding in enumerate(findings, start=1):
        question = finding.question.replace("→", "›")  # the bundled font has no arrow glyph
        while column < 2 and not columns[column].text(f"{number}. {question}", 13):
            column += 1
        if column >= 2:
            break
        columns[column].gap(7)
    facts = _Writer(margin, height - margin - facts_h + 14, PAGE_W - 2 * margin, height - margin)
    if report.main_path_titles:
        facts.text(f"{words[1]}: " + " › ".join(report.main_path_titles), 11, "regular", MUTED)
    if report.hotspots:
        facts.text(
            f"{words[2]}: " + "; ".join(f"{h.title} ({h.weight})" for h in report.hotspots[:6]),
            11,
            "regular",
            MUTED,
        )
    if report.evidence:
        facts.text(
            f"{words[3]}: "
            + "; ".join(
                f"{row.stage} {row.observed} {words[4]} / {row.assumed} {words[5]} / "
                f"{row.proposed} {words[6]}"
                for row in report.evidence
            ),
            11,
            "regular",
            MUTED,
        )
    items = tuple(head.items + columns[0].items + columns[1].items + facts.items)
    display.add(Group("insights", "insights", 0, 0, PAGE_W, height, items, title=words[0]))
    return display


def insights_pdf(journey: JourneyMap, paper: Paper, language: str | None = None) -> bytes:
    """The insights page alone, one page on `paper`."""
    lang = str(language or journey.language)
    report = analyse(journey, language=lang)
    display = insights_display(journey, report, paper.trim_h / paper.trim_w, lang)
    return render_pdf(display, paper, PdfMetadata(title=journey.title))


def append_insights_page(
    pdf_path: Path, journey: JourneyMap, paper: Paper, language: str | None = None
) -> None:
    """Add the insights page after the pages already in `pdf_path` (rewritten atomically)."""
    from pypdf import PdfReader, PdfWriter  # imported on use: only --insights needs it

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(Path(pdf_path).read_bytes())))
    writer.append(PdfReader(io.BytesIO(insights_pdf(journey, paper, language))))
    buffer = io.BytesIO()
    writer.write(buffer)
    write_atomically(pdf_path, buffer.getvalue())
