"""Saving from the editor stamps `modified` only when something changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journeymapper.fileformat import SaveError, load_journey, save_journey
from journeymapper.model import UpdateItem
from journeymapper.model.templates import build_template
from journeymapper.ui.document import Document

OLD = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def test_modified_is_stamped_on_edit_and_left_alone_otherwise(tmp_path: Path, qapp) -> None:
    path = tmp_path / "m.journey"
    journey = build_template("5a", "en")
    journey.modified = OLD
    save_journey(journey, path)
    document = Document(load_journey(path).journey, path)
    document.save()
    assert load_journey(path).journey.modified == OLD  # nothing changed, nothing stamped
    document.push(UpdateItem("map", None, {"title": "Edited"}), "Edit title")
    document.save()
    assert load_journey(path).journey.modified > OLD
    document.dispose()


def test_failed_save_keeps_the_old_timestamp(tmp_path: Path, qapp) -> None:
    journey = build_template("5a", "en")
    journey.modified = OLD
    document = Document(journey, tmp_path / "gone" / "m.journey")
    document.push(UpdateItem("map", None, {"title": "Edited"}), "Edit title")
    with pytest.raises(SaveError):
        document.save()
    assert journey.modified == OLD
    document.dispose()
