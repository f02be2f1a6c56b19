"""The shape the list panels share: a list with its buttons above, a scrolling form below.

Personas and opportunities are edited the same way (pick one in the list, edit it in
the form); building that arrangement in one place keeps the panels alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


def list_with_buttons(view: QWidget, leading: Sequence[QWidget], trailing: Sequence[QWidget]) -> QWidget:
    """The list, with a row of buttons under it: `leading` at the left, `trailing` at the right."""
    buttons = QHBoxLayout()
    for button in leading:
        buttons.addWidget(button)
    buttons.addStretch(1)
    for button in trailing:
        buttons.addWidget(button)
    top = QWidget()
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(0, 0, 0, 0)
    top_layout.addWidget(view, 1)
    top_layout.addLayout(buttons)
    return top


def detail_form() -> tuple[QWidget, QFormLayout]:
    """An empty form whose fields grow with the dock and whose long rows wrap."""
    form_widget = QWidget()
    form = QFormLayout(form_widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form_widget, form


def stack_master_detail(panel: QWidget, top: QWidget, form_widget: QWidget, sizes: tuple[int, int]) -> None:
    """Put the list above the (scrolling) form in a splitter that fills `panel`."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(form_widget)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(top)
    splitter.addWidget(scroll)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 3)
    splitter.setSizes(list(sizes))
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(splitter)
