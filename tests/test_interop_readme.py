"""The README's promise: a wiki page or a spreadsheet becomes a poster in two commands."""

from __future__ import annotations

from pypdf import PdfReader

from journeymapper.cli import main
from journeymapper.fileformat import load_journey
from journeymapper.resources import resource


def test_bundled_wiki_page_and_spreadsheet_to_posters(tmp_path, capsys) -> None:
    for source, expected_lang, cards in (("hotel-check-in.md", "en", 8), ("gimnasio-alta.csv", "es", 6)):
        journey_path = tmp_path / (source + ".journey")
        assert main(["import", str(resource("examples", "import", source)), "-o", str(journey_path)]) == 0
        assert "imported as" in capsys.readouterr().out
        journey = load_journey(journey_path).journey
        assert journey.language == expected_lang and len(journey.touchpoints) == cards
        poster = tmp_path / (source + ".pdf")
        assert main(["export", str(journey_path), "-o", str(poster), "--size", "A3"]) == 0
        text = PdfReader(poster).pages[0].extract_text()
        assert journey.touchpoints[0].title in text
