"""Row bands after rows grow and shrink: each band still holds all its children.

A band (`ui/canvas/row_bands.py`) tells Qt its children paint only inside it; it measures
only the children an edit changed, so after a row grows, shrinks and grows again its
rectangle must still contain every child, or Qt would skip repainting some of them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_arrow_spans import arrows_across  # noqa: E402
from test_ui_arrow_bundles import _grow  # noqa: E402
from ui_helpers import editor_env, make_workspace, open_window  # noqa: E402, F401  (fixture)

pytestmark = pytest.mark.usefixtures("editor_env")  # English UI, private settings and state


def test_bands_hold_their_children_as_rows_grow_and_shrink(qtbot) -> None:  # noqa: ANN001
    window = open_window(qtbot, make_workspace(), arrows_across(8, grow_row=0))
    scene = window.scene
    steps = [_grow, _grow, lambda w: (w.document.undo_stack.undo(), QApplication.processEvents()), _grow]
    for step in steps:
        step(window)
        bands = scene._rows.bands  # noqa: SLF001 - the scene's bands are what is checked
        assert bands
        for band in bands.values():
            assert band.rect().contains(band.childrenBoundingRect()), band
        assert not scene._rows.unfit  # noqa: SLF001 - every band was fitted after the edit
    window.document.undo_stack.setClean()
