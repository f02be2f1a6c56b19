"""Rebuild the bundled fallback fonts from their upstream files (run by hand, not at install).

Why subsets: the fallback faces exist to draw scripts Noto Sans lacks; keeping only those
blocks (and every OpenType layout feature, so HarfBuzz still joins Arabic) keeps the
install small. Sources (see FONTS.md): Debian's fonts-noto-core (Noto Sans Arabic,
Noto Sans Hebrew) and fonts-droid-fallback (Droid Sans Fallback Full)
and fonts-nanum (Nanum Gothic, for Hangul, which Droid Sans Fallback lacks), and the npm
package @expo-google-fonts/noto-emoji (Noto Emoji, monochrome).

    python resources/fonts/subset_fallback_fonts.py SOURCE_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

HERE = Path(__file__).parent

# output name: (source file, unicode ranges kept)
PLAN: dict[str, tuple[str, list[tuple[int, int]]]] = {
    "NotoSansArabic-Regular.ttf": (
        "NotoSansArabic-Regular.ttf",
        [
            (0x0600, 0x06FF),
            (0x0750, 0x077F),
            (0x08A0, 0x08FF),
            (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF),
            (0x200C, 0x200F),
            (0x0020, 0x0020),
            (0x00A0, 0x00A0),
            (0x25CC, 0x25CC),
        ],
    ),
    "NotoSansHebrew-Regular.ttf": (
        "NotoSansHebrew-Regular.ttf",
        [(0x0590, 0x05FF), (0xFB1D, 0xFB4F), (0x200C, 0x200F), (0x0020, 0x0020), (0x25CC, 0x25CC)],
    ),
    "DroidSansFallbackFull-CJK.ttf": (
        "DroidSansFallbackFull.ttf",
        [
            (0x1100, 0x11FF),
            (0x2E80, 0x2FDF),
            (0x3000, 0x303F),
            (0x3040, 0x30FF),
            (0x3100, 0x31FF),
            (0x3200, 0x33FF),
            (0x3400, 0x4DBF),
            (0x4E00, 0x9FFF),
            (0xA960, 0xA97F),
            (0xAC00, 0xD7FF),
            (0xF900, 0xFAFF),
            (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF),
        ],
    ),
    "JMHangulGothic-Regular.ttf": (
        "NanumGothic.ttf",
        [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF)],
    ),
    "NotoEmoji-Regular.ttf": (
        "NotoEmoji_400Regular.ttf",
        [(0x0023, 0x0039), (0x00A9, 0x00AE), (0x2000, 0x1FFFF)],
    ),
}


# Nanum's OFL reserves the name "Nanum": a modified (subset) version must carry another name.
RENAMED = {"JMHangulGothic-Regular.ttf": "JM Hangul Gothic"}


def _rename(font: object, family: str) -> None:
    names = font["name"]  # type: ignore[index]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 16, 21):
            names.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (6, 20):
            names.setName(
                family.replace(" ", ""), record.nameID, record.platformID, record.platEncID, record.langID
            )


def build(source_dir: Path) -> None:
    for out_name, (source, ranges) in PLAN.items():
        options = subset.Options()
        options.layout_features = ["*"]  # keep shaping (init/medi/fina, ligatures, marks)
        options.hinting = False  # hints do not survive PDF/SVG scaling anyway; they cost bytes
        options.name_IDs = ["*"]
        options.notdef_outline = True  # .notdef stays a visible box
        options.glyph_names = False
        font = subset.load_font(str(source_dir / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[c for lo, hi in ranges for c in range(lo, hi + 1)])
        subsetter.subset(font)
        if out_name in RENAMED:
            _rename(font, RENAMED[out_name])
        subset.save_font(font, str(HERE / out_name), options)
        print(out_name, (HERE / out_name).stat().st_size // 1024, "KiB")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
