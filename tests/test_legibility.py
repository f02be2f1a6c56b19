"""A minimum printed text size: never silently below it; larger paper, tiles or stage pages by option."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymapper.cli import main
from journeymapper.export.legibility import journey_for_stages, printed_body_pt
from journeymapper.export.options import ExportOptions, ExportOptionsError
from journeymapper.export.paper import make_paper
from journeymapper.export.run import export_poster
from journeymapper.fileformat import load_journey
from journeymapper.layout.fitting import layout_for_page
from journeymapper.layout.maplayout import LayoutOptions
from journeymapper.messages import Message
from journeymapper.resources import resource


@pytest.fixture(scope="module")
def shop():
    return load_journey(resource("examples", "online-shop-purchase.journey")).journey


def _export(journey, tmp_path: Path, **options) -> tuple[PdfReader, list[str]]:
    """The PDF and the warnings in English, as the command line prints them."""
    warnings: list[Message] = []
    out = tmp_path / "p.pdf"
    export_poster(journey, out, ExportOptions(fmt="pdf", **options), warnings=warnings)
    return PdfReader(io.BytesIO(out.read_bytes())), [str(w) for w in warnings]


@pytest.mark.parametrize(("size", "legible"), [("A4", False), ("A3", False), ("A0", True)])
def test_below_the_minimum_the_export_says_so(shop, tmp_path: Path, size: str, legible: bool) -> None:
    paper = make_paper(size)
    layout = layout_for_page(shop, LayoutOptions(), paper)
    body = printed_body_pt(layout.display, paper, LayoutOptions())
    _, warnings = _export(shop, tmp_path, size=size)
    said = [w for w in warnings if "below the 6 pt minimum" in w]
    assert bool(said) == (not legible) == (body < 6.0)
    if said:
        assert f"{body:.1f} pt on {size}" in said[0] and "--fit" in said[0]


def test_the_minimum_is_configurable(shop, tmp_path: Path) -> None:
    _, warnings = _export(shop, tmp_path, size="A0", min_text_pt=24)
    assert any("below the 24 pt minimum" in w for w in warnings)
    with pytest.raises(ExportOptionsError):
        _export(shop, tmp_path, min_text_pt=0.5)


def test_fit_larger_picks_the_smallest_legible_iso_sheet(shop, tmp_path: Path) -> None:
    reader, warnings = _export(shop, tmp_path, size="A4", fit="larger")
    width = float(reader.pages[0].mediabox.width)
    paper = make_paper("A1")
    assert width == pytest.approx(paper.page_w, abs=1)
    layout = layout_for_page(shop, LayoutOptions(), paper)
    assert printed_body_pt(layout.display, paper, LayoutOptions()) >= 6.0
    smaller = make_paper("A2")
    assert (
        printed_body_pt(layout_for_page(shop, LayoutOptions(), smaller).display, smaller, LayoutOptions()) < 6
    )
    assert any("A1" in w for w in warnings)


def test_fit_tile_prints_at_legible_size_over_a4(shop, tmp_path: Path) -> None:
    reader, _ = _export(shop, tmp_path, size="A4", fit="tile")
    a4 = sorted((float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages)
    assert len(reader.pages) > 1 and a4[0] == pytest.approx((595.28, 841.89), abs=1)


def test_fit_split_repeats_headers_and_lane_labels_on_every_page(shop, tmp_path: Path) -> None:
    reader, warnings = _export(shop, tmp_path, size="A3", fit="split")
    assert len(reader.pages) > 1
    lanes = [lane.name for lane in shop.lanes]
    seen_stages = []
    for page in reader.pages:
        text = page.extract_text()
        assert all(name in text for name in lanes[:3])  # lane labels on each page
        seen_stages += [s.name for s in shop.stages if s.name in text]
    assert set(seen_stages) == {s.name for s in shop.stages}
    assert any("split into" in w for w in warnings)


def test_a_stage_subset_keeps_only_its_content(shop) -> None:
    first = shop.stages[0].id
    part = journey_for_stages(shop, [first])
    assert [s.id for s in part.stages] == [first]
    assert all(t.stage_id == first for t in part.touchpoints)
    ids = {t.id for t in part.touchpoints}
    assert all(c.source in ids and c.target in ids for c in part.connections)
    assert len(shop.stages) > 1  # the original is untouched


@pytest.mark.parametrize("paper", ["A4", "letter"])
@pytest.mark.parametrize("per_page", ["1", "2"])
def test_handouts_never_print_below_the_minimum(shop, tmp_path: Path, paper: str, per_page: str) -> None:
    """One or two stages a page as asked when legible; else a tall stage continues on the
    next page (its other lanes folded) and two stages fall back to one, said in a warning."""
    from journeymapper.export.legibility import handout_pages
    from journeymapper.fileformat import save_journey

    path = tmp_path / "shop.journey"
    save_journey(shop, path)
    out = tmp_path / "handout.pdf"
    assert main(["export", str(path), "-o", str(out), "--handout", paper, "--stages-per-page", per_page]) == 0
    reader = PdfReader(out)
    sheet, layouts, note = handout_pages(shop, LayoutOptions(), paper, int(per_page), 6.0)
    assert len(reader.pages) == len(layouts) >= -(-len(shop.stages) // int(per_page))
    assert all(printed_body_pt(layout.display, sheet, LayoutOptions()) >= 6.0 for layout in layouts)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((sheet.page_w, sheet.page_h), abs=1)
    sides = {round(sheet.width_mm), round(sheet.height_mm)}
    assert sides in ({210, 297}, {216, 279})
    text = " ".join(page.extract_text() for page in reader.pages)
    assert all(card.title in text for card in shop.touchpoints)  # nothing lost in the split
    assert all(stage.name in text for stage in shop.stages)


def test_a_handout_that_fits_keeps_what_was_asked(shop, tmp_path: Path) -> None:
    from journeymapper.export.legibility import handout_pages

    small = journey_for_stages(shop, [shop.stages[1].id]).model_copy(
        update={"lanes": shop.lanes[:1], "touchpoints": [t for t in shop.touchpoints if t.lane_id in
                {lane.id for lane in shop.lanes[:1]} and t.stage_id == shop.stages[1].id]}
    )
    sheet, layouts, note = handout_pages(small, LayoutOptions(), "A4", 1, 6.0)
    assert note == () and len(layouts) == 1  # one page, nothing to say
    _, warnings = _export(shop, tmp_path, handout="A4")
    assert any("so body text reaches 6 pt" in w for w in warnings)
    assert not any("below the" in w for w in warnings)


def test_nearly_blank_tiles_are_skipped_and_named(shop, tmp_path: Path) -> None:
    from journeymapper.export.paper import blank_tiles, make_tiling

    tiling = make_tiling("A4", 1000, 1000)
    full = blank_tiles(tiling, [(0, 0, 1000, 1000)])
    corner = blank_tiles(tiling, [(0, 0, 100, 100)])
    assert full == frozenset() and len(corner) == tiling.count - 1
    reader, warnings = _export(shop, tmp_path, size="1200x400mm", tile="A4")
    tiling = make_tiling("A4", make_paper("1200x400mm").page_w, make_paper("1200x400mm").page_h)
    skipped = [w for w in warnings if "nearly blank" in w]
    assert len(reader.pages) <= tiling.count
    if skipped:
        assert len(reader.pages) < tiling.count


def test_a_handout_with_a_logo_and_footer_stays_at_the_minimum(shop, tmp_path: Path) -> None:
    """The band below each page (logo, footer, date) shrinks the page too: it is measured."""
    from PIL import Image

    from journeymapper.export.legibility import handout_pages
    from journeymapper.export.parts import band_height

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 90, 160)).save(logo)
    _, warnings = _export(shop, tmp_path, handout="A4", footer="CX team", print_date=True, logo=str(logo))
    assert not any("below the" in w for w in warnings)
    band = band_height(True, True)
    sheet, layouts, _ = handout_pages(shop, LayoutOptions(), "A4", 1, 6.0, band)
    assert all(printed_body_pt(layout.display, sheet, LayoutOptions(), band) >= 6.0 for layout in layouts)


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_fit_split_reaches_the_minimum_even_when_a_stage_is_too_tall(shop, tmp_path: Path, size: str) -> None:
    """One stage a page is not enough on A4/A3 landscape: tall stages continue on the next page."""
    reader, warnings = _export(shop, tmp_path, size=size, fit="split")
    assert not any("below the" in w for w in warnings)
    paper = make_paper(size)
    from journeymapper.export.legibility import split_by_stages

    pages, smallest = split_by_stages(shop, LayoutOptions(), paper, 6.0)
    assert smallest >= 6.0 and len(reader.pages) == len(pages) >= len(shop.stages)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert all(card.title in text for card in shop.touchpoints)
