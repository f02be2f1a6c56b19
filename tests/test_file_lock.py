"""The lock on an open map: one mechanism (journeymapper/file_lock.py) for editor windows and
`journeymapper serve`, without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from journeymapper.file_lock import EDITING, SERVING, FileLock, LockHolder, read_holder


def test_a_second_lock_on_the_same_map_is_told_who_has_it(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    first, second = FileLock(path), FileLock(path, SERVING)
    assert first.acquire() is None and first.held
    holder = second.acquire()
    assert holder is not None and holder.pid == os.getpid() and holder.purpose == EDITING
    assert not second.held
    first.mark(SERVING)  # the window starts hosting: whoever comes next is told
    holder = second.acquire()
    assert holder is not None and holder.serving
    first.release()
    assert not Path(str(path) + ".lock").exists()
    assert second.acquire() is None
    second.release()


def test_a_lock_file_left_by_a_crash_does_not_block_the_map(tmp_path: Path) -> None:
    path = tmp_path / "m.journey"
    crashed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            import os
            from journeymapper.file_lock import FileLock
            assert FileLock({str(path)!r}).acquire() is None
            os._exit(9)  # no release: the lock file stays behind, its OS lock goes with the process
        """)], check=False)
    assert crashed.returncode == 9 and Path(str(path) + ".lock").exists()
    lock = FileLock(path)
    assert lock.acquire() is None
    lock.release()


def test_holders_are_read_from_this_format_and_from_qt_lock_files() -> None:
    assert read_holder('{"pid": 42, "host": "studio", "app": "JourneyMapper", "purpose": "serving"}') == \
        LockHolder(42, "studio", "JourneyMapper", SERVING)
    assert read_holder("4242\npython3.11\nstudio-pc\n\n\n") == LockHolder(4242, "studio-pc", "python3.11")
    for junk in ("", "garbage", '{"pid": "x"}', "[1, 2]", "\x00" * 10):
        assert read_holder(junk).pid == 0


def test_a_folder_where_no_lock_can_be_made_still_opens_the_map(tmp_path: Path) -> None:
    assert FileLock(tmp_path / "missing-folder" / "m.journey").acquire() is None
