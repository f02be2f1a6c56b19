"""A real git repository: git-setup, then `git merge` of two branches and `git diff` use JourneyMapper."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from journeymapper.cli import main
from journeymapper.fileformat import load_journey, save_journey
from journeymapper.model import EditingSession, UpdateItem
from journeymapper.model.edits import add_card
from journeymapper.model.templates import build_template

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env, timeout=120)
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def _edit(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    journey = load_journey(path).journey
    edit(journey, EditingSession(journey))
    save_journey(journey, path, backup=False)


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    _git(tmp_path, "init", "-q", "-b", "main")
    assert main(["git-setup", "--repo", str(tmp_path)]) == 0
    journey = build_template("5a", "en", "Shop")
    session = EditingSession(journey)
    for title in ("Search", "Compare"):
        session.apply(add_card(journey, journey.stages[0].id, journey.lanes[0].id, title)[0])
    save_journey(journey, tmp_path / "shop.journey", backup=False)
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def _add(title: str, stage: int):  # type: ignore[no-untyped-def]
    def edit(journey, session) -> None:  # type: ignore[no-untyped-def]
        session.apply(add_card(journey, journey.stages[stage].id, journey.lanes[0].id, title)[0])
    return edit


def _rename(index: int, title: str):  # type: ignore[no-untyped-def]
    def edit(journey, session) -> None:  # type: ignore[no-untyped-def]
        session.apply(UpdateItem("touchpoints", journey.touchpoints[index].id, {"title": title}))
    return edit


def test_git_merge_of_two_branches_that_edited_one_map_succeeds(repo: Path) -> None:
    assert ".journey merge=journeymapper" in (repo / ".gitattributes").read_text(encoding="utf-8")
    map_file = repo / "shop.journey"
    _git(repo, "checkout", "-q", "-b", "ana")
    _edit(map_file, _add("Ana's card", 1))
    _edit(map_file, _rename(0, "Search the web"))
    _git(repo, "commit", "-q", "-am", "ana")
    _git(repo, "checkout", "-q", "main")
    _edit(map_file, _add("Ben's card", 1))  # the same place in the JSON: a line conflict for git
    _edit(map_file, _rename(1, "Compare prices"))
    _git(repo, "commit", "-q", "-am", "ben")
    merged = _git(repo, "merge", "--no-edit", "ana", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    journey = load_journey(map_file).journey
    titles = sorted(c.title for c in journey.touchpoints)
    assert titles == ["Ana's card", "Ben's card", "Compare prices", "Search the web"]
    assert "<<<<<<<" not in map_file.read_text(encoding="utf-8")


def test_a_real_conflict_stops_the_merge_but_the_file_stays_a_valid_map(repo: Path) -> None:
    map_file = repo / "shop.journey"
    _git(repo, "checkout", "-q", "-b", "ana")
    _edit(map_file, _rename(0, "Ana's title"))
    _git(repo, "commit", "-q", "-am", "ana")
    _git(repo, "checkout", "-q", "main")
    _edit(map_file, _rename(0, "Ben's title"))
    _git(repo, "commit", "-q", "-am", "ben")
    merged = _git(repo, "merge", "--no-edit", "ana", check=False)
    assert merged.returncode != 0
    assert "CONFLICT card" in merged.stdout + merged.stderr
    assert load_journey(map_file).journey.touchpoints[0].title == "Ben's title"  # ours by rule


def test_git_diff_and_log_show_the_map_outline(repo: Path) -> None:
    _edit(repo / "shop.journey", _rename(0, "Search the web"))
    diff = _git(repo, "diff").stdout
    assert '-  Card "Search"' in diff and '+  Card "Search the web"' in diff
    assert '"touchpoints"' not in diff  # the outline, not the JSON
    _git(repo, "commit", "-q", "-am", "rename")
    log = _git(repo, "log", "-p", "-1").stdout
    assert '+  Card "Search the web"' in log


def test_git_setup_outside_a_repository_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert main(["git-setup", "--repo", str(tmp_path)]) == 2
    assert "not inside a git repository" in capsys.readouterr().err
