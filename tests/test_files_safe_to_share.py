"""Hostile cases found by trying: every one gets a correct result or a clear one-line error."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.fileformat import (
    JourneyFileError,
    dumps_journey,
    load_journey,
    loads_journey,
    save_journey,
)
from journeymapper.fileformat.reader import MAX_FILE_BYTES, MAX_JSON_VALUES
from journeymapper.fileformat.writer import remove_stale_temporaries
from journeymapper.model.templates import build_template

HEAD = b'{"format": "journeymapper", "format_version": "1.0", '


def _saved(path: Path, title: str = "Shop") -> bytes:
    journey = build_template("5a", "en", title)
    save_journey(journey, path)
    return path.read_bytes()


def test_saving_through_a_symlink_writes_the_real_file_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.journey"
    _saved(real, "Old")
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    journey = load_journey(link).journey
    journey.title = "New"
    save_journey(journey, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_journey(real).journey.title == "New"
    assert load_journey(tmp_path / "real.journey.bak").journey.title == "Old"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_and_backup_keep_the_maps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "private.journey"
    _saved(path)
    os.chmod(path, 0o600)
    save_journey(build_template("5a", "en", "again"), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "private.journey.bak").st_mode) == 0o600
    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.journey"
        _saved(fresh)
        assert stat.S_IMODE(os.stat(fresh).st_mode) == 0o644
    finally:
        os.umask(old_umask)


def test_a_backup_symlink_is_replaced_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    path = tmp_path / "m.journey"
    _saved(path)
    (tmp_path / "m.journey.bak").symlink_to(victim)
    save_journey(build_template("5a", "en", "x"), path)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "m.journey.bak").is_symlink()


def test_stale_temporaries_of_a_killed_save_are_cleaned_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    _saved(path)
    stale = tmp_path / ".m.journey.abcd1234.tmp"
    fresh = tmp_path / ".m.journey.zyxw9876.tmp"  # a save running right now elsewhere
    other = tmp_path / ".other.journey.abcd1234.tmp"
    for temp in (stale, fresh, other):
        temp.write_bytes(b"half")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    save_journey(build_template("5a", "en"), path)
    assert not stale.exists() and fresh.exists() and other.exists()
    assert remove_stale_temporaries(path, older_than=0) == 1 and not fresh.exists()


def test_a_folder_named_like_the_backup_does_not_stop_the_save(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    _saved(path, "Old")
    (tmp_path / "m.journey.bak").mkdir()
    notices = save_journey(build_template("5a", "en", "New"), path)
    assert load_journey(path).journey.title == "New"
    assert len(notices) == 1 and "no backup was written" in notices[0] and "folder" in notices[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once_by_validate_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    outcome: list[int] = []
    worker = threading.Thread(target=lambda: outcome.append(main(["validate", str(fifo)])), daemon=True)
    worker.start()
    worker.join(10)
    assert outcome == [1], "validate hung on a FIFO"
    assert "not a regular file" in capsys.readouterr().err
    assert main(["export", str(fifo), "-o", str(tmp_path / "x.svg")]) == 1
    assert "not a regular file" in capsys.readouterr().err
    with pytest.raises(Exception, match="not a regular file"):
        save_journey(build_template("5a", "en"), fifo)


def test_size_and_value_caps_are_reported_clearly(tmp_path: Path) -> None:
    big = tmp_path / "big.journey"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(JourneyFileError, match="limited to 32 MiB"):
        load_journey(big)
    many = HEAD + b'"map": {}, "x": [' + b"0," * MAX_JSON_VALUES + b"0]}"
    with pytest.raises(JourneyFileError, match="too many values"):
        loads_journey(many)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"format": "journeymapper", "format_version": "\xd9\xa1.\xd9\xa0", "map": {}}',
         "/format_version: 'format_version' must look like"),
        (b'{"format": "journeymapper", "format_version": null, "map": {}}', "found null"),
        (HEAD + b'"map": {}, "extra": ' + b"[" * 40 + b"]" * 40 + b"}",
         "/extra: unknown field is nested too deeply"),
        (HEAD + b'"map": {"kpis": [{"id": "k", "target": 1' + b"0" * 5000 + b"}]}}",
         "a number is too large to be read"),
        (b"null", "must be a JSON object, not null"),
        (b"[1]", "must be a JSON object, not an array"),
        (HEAD + b'"map": {"title": null}}', "/map/title: should be a valid string (found null)"),
        (b'{"format": 5, "format_version": "1.0", "map": {}}', "'format' is a whole number"),
    ],
)
def test_each_hostile_file_gets_a_correct_clear_error(data: bytes, expected: str) -> None:
    with pytest.raises(JourneyFileError) as caught:
        loads_journey(data, "m.journey")
    text = str(caught.value)
    assert expected in text
    for python_word in ("NoneType", "dict", "list", "str", "int"):
        assert f" {python_word}" not in text.replace("a valid string", "")


def test_a_newline_in_a_file_name_keeps_errors_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "two\nlines.journey"
    path.write_bytes(b"{")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "two\\nlines.journey: not valid JSON" in err


def test_an_unchanged_save_still_writes_identical_bytes(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    first = _saved(path)
    save_journey(load_journey(path).journey, path)
    assert path.read_bytes() == first == dumps_journey(load_journey(path).journey)
