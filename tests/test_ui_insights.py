"""The Insights panel in the editor: questions from the analysis, a click selects cards, edits stay fast."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDockWidget, QTabBar  # noqa: E402
from ui_helpers import (  # noqa: E402
    editor_env,  # noqa: F401  (fixture)
    make_workspace,
    open_window,
)

from journeymapper.model.commands import UpdateItem  # noqa: E402
from journeymapper.model.entities import Connection, Emotion, PainPoint, Touchpoint  # noqa: E402
from journeymapper.model.templates import build_template  # noqa: E402
from journeymapper.ui.panels.insights import DELAY_MS  # noqa: E402

pytestmark = pytest.mark.usefixtures("editor_env")


def mapped():
    journey = build_template("5a", "en")
    lane = journey.lanes[1].id
    cards = [("tp-1", 0, "web", 1), ("tp-2", 1, "phone", -2), ("tp-3", 2, "email", 2)]
    for i, (cid, stage, channel, score) in enumerate(cards):
        journey.touchpoints.append(
            Touchpoint(
                id=cid,
                stage_id=journey.stages[stage].id,
                lane_id=lane,
                order=i,
                title=cid.upper(),
                channel=channel,
                emotion=Emotion(score=score),
            )
        )
    journey.connections += [
        Connection(id="c1", source="tp-1", target="tp-2"),
        Connection(id="c2", source="tp-2", target="tp-3"),
    ]
    journey.pain_points.append(
        PainPoint(id="pp-1", touchpoint_id="tp-2", text="On hold", severity=5, votes=3)
    )
    return journey


def show_insights(qtbot, window):
    dock = window.findChild(QDockWidget, "insightsDock")
    dock.show()
    dock.raise_()
    panel = window.workbench.insights
    qtbot.waitUntil(lambda: panel.list.count() > 0 and not panel.stale, timeout=3000)
    return panel


def test_clicking_a_question_selects_its_cards(qtbot) -> None:
    window = open_window(qtbot, make_workspace(), mapped())
    panel = show_insights(qtbot, window)
    questions = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("fall by 3" in q and "Web" in q and "Phone" in q for q in questions)
    assert all(q.endswith("?") for q in questions)
    row = next(i for i, q in enumerate(questions) if "fall by 3" in q)
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    QTest.mouseClick(
        panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center()
    )
    assert sorted(window.scene.selected_card_ids()) == ["tp-1", "tp-2"]


def test_follows_the_map_once_after_a_burst_of_edits(qtbot) -> None:
    window = open_window(qtbot, make_workspace(), mapped())
    panel = show_insights(qtbot, window)
    runs = panel.runs
    for score in (2, 1, 2):  # three edits in a row: the drop disappears
        window.document.push(UpdateItem("touchpoints", "tp-2", {"emotion": Emotion(score=score)}), "emotion")
    assert panel.runs == runs and panel.stale  # nothing ran on the edits' own time
    qtbot.waitUntil(lambda: not panel.stale, timeout=3000)
    assert panel.runs == runs + 1
    assert not any("fall by" in panel.list.item(i).text() for i in range(panel.list.count()))


def test_hidden_panel_does_no_work_until_shown(qtbot) -> None:
    window = open_window(qtbot, make_workspace(), mapped())
    panel = show_insights(qtbot, window)
    dock = window.findChild(QDockWidget, "insightsDock")
    dock.hide()
    runs = panel.runs
    window.document.push(UpdateItem("touchpoints", "tp-2", {"emotion": Emotion(score=2)}), "emotion")
    qtbot.wait(DELAY_MS + 200)
    assert panel.runs == runs and panel.stale
    dock.show()  # back as a tab behind the inspector: still nobody sees it
    qtbot.wait(DELAY_MS + 200)
    assert panel.runs == runs and panel.stale
    dock.raise_()  # its tab chosen
    qtbot.waitUntil(lambda: not panel.stale, timeout=3000)
    assert panel.runs == runs + 1


def test_a_panel_behind_another_tab_does_no_work_until_its_tab_is_chosen(qtbot) -> None:
    """Qt keeps a tab behind others "visible" (moved off screen): opening a map must not
    analyse it for a panel nobody sees (0.8 s at 50,000 cards)."""
    window = open_window(qtbot, make_workspace(), mapped())
    panel = window.workbench.insights
    assert window.workbench.docks["insights"] in window.tabifiedDockWidgets(window.inspector_dock)
    qtbot.wait(DELAY_MS + 200)
    assert panel.runs == 0 and panel.stale and panel.list.count() == 0
    tabs = next(
        bar
        for bar in window.findChildren(QTabBar)
        if "Insights" in [bar.tabText(i) for i in range(bar.count())]
    )
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Insights")
    QTest.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    qtbot.waitUntil(lambda: not panel.stale, timeout=3000)
    assert panel.runs == 1 and panel.list.count() > 0
