"""Light and dark chrome: WCAG contrast for every text colour, and the themes really apply."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402

from journeymapper.ui import theme  # noqa: E402
from journeymapper.ui.theme import (  # noqa: E402
    CHROME,
    OUTLINE_PAIRS,
    TEXT_PAIRS,
    apply_theme,
    contrast_ratio,
    themed_icon,
)


@pytest.fixture
def restore_app(qapp):
    """Themes change the whole application: put it back for the other tests."""
    palette, sheet, font, style = qapp.palette(), qapp.styleSheet(), qapp.font(), qapp.style().name()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#336699", "#336699") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast_ratio(QColor("#595959"), QColor("#FFFFFF")) == pytest.approx(7.0, abs=0.01)


@pytest.mark.parametrize("name", sorted(CHROME))
def test_every_text_colour_meets_wcag_aa(name):
    colours = CHROME[name]
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
        assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1"
    for fg, bg in OUTLINE_PAIRS:
        ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
        assert ratio >= 3.0, f"{name}: {fg} on {bg} is {ratio:.2f}:1"


def test_dark_theme_applies_to_the_application(restore_app):
    app = restore_app
    assert apply_theme(app, "dark", False) == "dark"
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 60
    for fg, bg in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                   (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert contrast_ratio(palette.color(fg), palette.color(bg)) >= 4.5
    assert app.property("journeymapperTheme") == "dark"
    assert CHROME["dark"].window in app.styleSheet()
    assert not themed_icon("delete").isNull()
    assert apply_theme(app, "light", False) == "light"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_system_theme_follows_the_desktop(restore_app, monkeypatch):
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app: True)
    assert apply_theme(restore_app, "system", False) == "dark"
    monkeypatch.setattr(theme, "system_prefers_dark", lambda app: False)
    assert apply_theme(restore_app, "system", False) == "light"


def test_large_text_enlarges_the_font_and_returns_exactly(restore_app):
    app = restore_app
    apply_theme(app, "light", False)
    normal = app.font().pointSizeF()
    apply_theme(app, "light", True)
    assert app.font().pointSizeF() >= normal * 1.3
    apply_theme(app, "dark", True)
    apply_theme(app, "light", False)
    assert app.font().pointSizeF() == normal
