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
from journeymapper.model.journey import JourneyMap

EXIT_SAME = 0
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2
NAMES = ("diff", "merge", "git-setup", "textconv")


def _load(path: str) -> JourneyMap | None:
    """The map in `path`, or None after printing why it cannot be read (one line per problem)."""
    try:
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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the team subcommands to the `journeymapper` parser."""
    diff = sub.add_parser(
        "diff", help="what changed between two maps, object by object",
        description="Compare two maps by id and field. Exit 0 when equal, 1 when different, "
                    "2 when a file cannot be read.")
    diff.add_argument("old", metavar="A.journey")
    diff.add_argument("new", metavar="B.journey")
    shown = diff.add_mutually_exclusive_group()
    shown.add_argument("--stat", action="store_true", help="only count the changes")
    shown.add_argument("--json", action="store_true", help="machine-readable output (docs/merging.md)")
    diff.add_argument("--lang", choices=("en", "es"), default="en", help="language of the text output")
    diff.add_argument("--timestamps", action="store_true",
                      help="also report the 'modified' time, which changes on every save")
    diff.set_defaults(run=_cmd_diff)

    textconv = sub.add_parser(
        "textconv", help="print a map as an outline (git's diff text converter)",
        description="Print a map as an indented outline, one field per line, for `git diff`.")
    textconv.add_argument("file", metavar="FILE.journey")
    textconv.set_defaults(run=_cmd_textconv)
