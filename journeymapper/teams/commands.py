"""The team subcommands of `journeymapper`: diff, merge, git-setup and the git text converter.

cli.py only registers them (`register`); their logic lives here so that the main
command stays a thin list of subcommands.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from journeymapper.fileformat import JourneyFileError, load_journey
from journeymapper.fileformat.errors import shown_path
from journeymapper.model.journey import JourneyMap

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2
NAMES = ("diff", "merge", "git-setup", "textconv")


def _load(path: str) -> JourneyMap | None:
    """The map in `path` ("-": standard input, e.g. from `git show REV:FILE`), or None after
    printing why it cannot be read (one line per problem)."""
    try:
        if path == "-":
            from journeymapper.fileformat import loads_journey
            from journeymapper.fileformat.reader import MAX_FILE_BYTES

            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                limit = MAX_FILE_BYTES // 1048576
                print(f"<stdin>: journey files are limited to {limit} MiB", file=sys.stderr)
                return None
            return loads_journey(data, "<stdin>").journey
        return load_journey(path).journey
    except JourneyFileError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return None


def _cmd_diff(args: argparse.Namespace) -> int:
    from journeymapper.teams.diff import diff_maps
    from journeymapper.teams.diff_report import as_json, format_stat, format_text

    old, new = _load(args.old), _load(args.new)
    if old is None or new is None:
        return EXIT_TROUBLE
    diff = diff_maps(old, new, timestamps=args.timestamps)
    if args.json:
        print(json.dumps(as_json(diff, args.old, args.new), indent=2, ensure_ascii=False))
    elif args.stat:
        sys.stdout.write(format_stat(diff, args.lang))
    else:
        sys.stdout.write(format_text(diff, args.lang))
    return EXIT_SAME if diff.equal else EXIT_DIFFERENT


def _cmd_textconv(args: argparse.Namespace) -> int:
    from journeymapper.teams.outline import outline

    journey = _load(args.file)
    if journey is None:
        # git shows whatever we print: fall back to the raw text so nothing is hidden.
        sys.stdout.write(Path(args.file).read_bytes().decode("utf-8", "replace"))
        return EXIT_SAME
    sys.stdout.write(outline(journey))
    return EXIT_SAME


def _load_base(path: str) -> tuple[JourneyMap | None, bool]:
    """The common ancestor; an empty file (git's stand-in when there is none) means no base."""
    try:
        if Path(path).is_file() and Path(path).stat().st_size == 0:
            return None, True
    except OSError:
        pass
    journey = _load(path)
    return journey, journey is not None


def _cmd_merge(args: argparse.Namespace) -> int:
    from journeymapper.fileformat import dumps_journey, write_atomically
    from journeymapper.teams.merge import merge_maps, report_json, report_lines

    base, base_ok = _load_base(args.base)
    ours, theirs = _load(args.ours), _load(args.theirs)
    if not base_ok or ours is None or theirs is None:
        return EXIT_TROUBLE
    result = merge_maps(base, ours, theirs, args.prefer)
    data = dumps_journey(result.journey)
    label = shown_path(args.label or args.output or "merge")
    for line in report_lines(result):
        print(f"{label}: {line}", file=sys.stderr)
    if result.conflicts or result.repairs:
        print(f"{label}: {len(result.conflicts)} conflict(s) resolved for {args.prefer}, "
              f"{len(result.repairs)} repair(s); the result is a valid map — please review it",
              file=sys.stderr)
    if args.conflicts:
        text = json.dumps(report_json(result, args.prefer), indent=2, ensure_ascii=False) + "\n"
        write_atomically(args.conflicts, text.encode("utf-8"))
    if args.output:
        write_atomically(args.output, data)
    else:
        sys.stdout.buffer.write(data)
    return EXIT_SAME if result.clean else EXIT_DIFFERENT


def _cmd_git_setup(args: argparse.Namespace) -> int:
    from journeymapper.teams.git_setup import ATTRIBUTES_LINE, GitSetupError, set_up

    try:
        result = set_up(Path(args.repo), global_config=args.global_config,
                        attributes=not args.no_attributes)
    except GitSetupError as error:
        print(f"git-setup: {error}", file=sys.stderr)
        return EXIT_TROUBLE
    for key, value in result.settings.items():
        print(f"git config {'--global' if args.global_config else '--local'} {key} {value!r}")
    if result.attributes is not None:
        print(f"{result.attributes}: {ATTRIBUTES_LINE}  (commit this file so the team shares it)")
    elif not args.no_attributes:
        print(f"add this line to .gitattributes in each repository: {ATTRIBUTES_LINE}")
    return EXIT_SAME


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the team subcommands to the `journeymapper` parser."""
    diff = sub.add_parser(
        "diff", help="what changed between two maps, object by object",
        description="Compare two maps by id and field. Exit 0 when equal, 1 when different, "
                    "2 when a file cannot be read.")
    diff.add_argument("old", metavar="A.journey", help="'-' reads standard input")
    diff.add_argument("new", metavar="B.journey", help="'-' reads standard input")
    shown = diff.add_mutually_exclusive_group()
    shown.add_argument("--stat", action="store_true", help="only count the changes")
    shown.add_argument("--json", action="store_true", help="machine-readable output (docs/merging.md)")
    diff.add_argument("--lang", choices=("en", "es"), default="en", help="language of the text output")
    diff.add_argument("--timestamps", action="store_true",
                      help="also report the 'modified' time, which changes on every save")
    diff.set_defaults(run=_cmd_diff)

    merge = sub.add_parser(
        "merge", help="three-way merge of maps by id and field",
        description="Merge the changes from BASE to OURS and from BASE to THEIRS. The result is always "
                    "a valid map. Exit 0 when clean, 1 when conflicts were resolved by rule (listed on "
                    "standard error), 2 when a file cannot be read.")
    merge.add_argument("base", metavar="BASE.journey", help="the common ancestor (an empty file: none)")
    merge.add_argument("ours", metavar="OURS.journey")
    merge.add_argument("theirs", metavar="THEIRS.journey")
    merge.add_argument("-o", "--output", metavar="OUT.journey", help="write here (default: standard output)")
    merge.add_argument("--prefer", choices=("ours", "theirs"), default="ours",
                       help="which side a conflict is resolved for (default: ours)")
    merge.add_argument("--conflicts", metavar="FILE.json", help="also write the conflict report as JSON")
    merge.add_argument("--label", help="the name used in messages (git passes the file's path)")
    merge.set_defaults(run=_cmd_merge)

    git = sub.add_parser(
        "git-setup", help="make git merge and diff .journey files with JourneyMapper",
        description="Register JourneyMapper as git's merge driver and diff text converter for "
                    "*.journey files: git config (this clone, or --global) and .gitattributes.")
    git.add_argument("--repo", default=".", help="a folder inside the repository (default: here)")
    git.add_argument("--global", dest="global_config", action="store_true",
                     help="write the drivers to your global git config (all repositories)")
    git.add_argument("--no-attributes", action="store_true", help="do not touch .gitattributes")
    git.set_defaults(run=_cmd_git_setup)

    textconv = sub.add_parser(
        "textconv", help="print a map as an outline (git's diff text converter)",
        description="Print a map as an indented outline, one field per line, for `git diff`.")
    textconv.add_argument("file", metavar="FILE.journey")
    textconv.set_defaults(run=_cmd_textconv)
