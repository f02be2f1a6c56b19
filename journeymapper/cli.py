"""The `journeymapper` command: the editor, and everything it does without a screen.

Each subcommand prints problems as one line each, `FILE: /json/pointer: message`, and
exits non-zero; a traceback never reaches the user.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from journeymapper import __version__
from journeymapper.fileformat import (
    JourneyFileError,
    SaveError,
    dumps_journey,
    load_journey,
    schema_text,
    write_atomically,
)
from journeymapper.fileformat.errors import shown_path
from journeymapper.interop.command_line import add_export_options, add_import_parser
from journeymapper.live.cli_commands import register as register_live_commands
from journeymapper.messages import Message
from journeymapper.model.templates import TEMPLATES, build_template
from journeymapper.teams.commands import register as register_team_commands

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


def _cmd_new(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        print(f"{shown_path(out)}: already exists (use --force to overwrite)", file=sys.stderr)
        return EXIT_INVALID
    journey = build_template(args.template, args.lang, args.title)
    write_atomically(out, dumps_journey(journey))
    print(
        f"{out}: new {args.template} map in {args.lang} with {len(journey.stages)} stages "
        f"and {len(journey.lanes)} lanes"
    )
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name in args.files:
        try:
            result = load_journey(name)
        except JourneyFileError as error:
            for line in error.lines():
                print(line, file=sys.stderr)
            status = EXIT_INVALID
            continue
        for notice in result.notices:
            print(notice, file=sys.stderr)
        if not args.quiet:
            j = result.journey
            print(
                f"{name}: valid ({len(j.stages)} stages, {len(j.lanes)} lanes, "
                f"{len(j.touchpoints)} touchpoints, {len(j.pain_points)} pain points)"
            )
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    text = schema_text()
    if args.output:
        write_atomically(args.output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from journeymapper.export.options import apply_preset_defaults
    from journeymapper.export.run import ExportOptionsError, export_file
    from journeymapper.interop.command_line import add_insights_page, interop_export_kind, run_interop_export

    try:
        journey = load_journey(args.file).journey
    except JourneyFileError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_INVALID
    apply_preset_defaults(args, journey)  # flags not given come from the map's export preset
    kind = interop_export_kind(args.output, args)
    if args.insights and Path(args.output).suffix.lower() != ".pdf":
        print(f"{args.output}: --insights adds a page to a PDF poster; export to .pdf", file=sys.stderr)
        return EXIT_USAGE
    warnings: list[Message] = []
    try:
        if getattr(args, "compare", None):
            from journeymapper.export.comparison import export_comparison

            other = load_journey(args.compare).journey
            written = export_comparison(journey, other, Path(args.output), args)
        elif kind is not None:
            written = run_interop_export(journey, Path(args.output), kind, args)
        else:
            written = export_file(journey, Path(args.output), args, warnings)
        if args.insights:
            add_insights_page(journey, written, args)
    except JourneyFileError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_INVALID
    except (ExportOptionsError, ValueError) as error:
        print(f"{shown_path(args.output)}: {error}", file=sys.stderr)
        return EXIT_USAGE
    for warning in warnings:  # the export succeeded; these say what to look at
        print(f"{args.output}: warning: {warning}", file=sys.stderr)
    if getattr(args, "save_preset", False):
        from journeymapper.export.run import save_preset

        save_preset(journey, Path(args.file), Path(args.output), args)
    for path in written:
        print(path)
    return EXIT_OK


def _cmd_analyze(args: argparse.Namespace) -> int:
    from journeymapper.model.analysis import analyse

    try:
        journey = load_journey(args.file).journey
    except JourneyFileError as error:
        for line in error.lines():
            print(line, file=sys.stderr)
        return EXIT_INVALID
    report = analyse(journey)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.as_text(journey.language))
    return EXIT_OK


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from journeymapper import desktop_integration as desktop

    if sys.platform in ("win32", "darwin") and not args.data_home:
        print("install-desktop: menu entries and file types on Windows and macOS come with the "
              "installer (see packaging/README.md); this command is for Linux desktops", file=sys.stderr)
        return EXIT_USAGE
    home = Path(args.data_home) if args.data_home else None
    report = desktop.uninstall(home) if args.uninstall else desktop.install(home)
    verb = "removed" if args.uninstall else "installed"
    for path in report.files:
        print(f"{verb} {path}")
    for note in report.skipped:
        print(f"note: {note}", file=sys.stderr)
    return EXIT_OK


def _cmd_edit(args: argparse.Namespace) -> int:
    try:
        from journeymapper.ui.app import run_editor
    except ImportError as error:
        print(f"journeymapper: the editor cannot start: {error}", file=sys.stderr)
        return EXIT_INVALID
    return run_editor([str(f) for f in args.files])


def _open_joined(url: str, name: str | None) -> int:
    try:
        from journeymapper.ui.live.startup import run_joined
    except ImportError as error:
        print(f"journeymapper: the editor cannot start: {error}", file=sys.stderr)
        return EXIT_INVALID
    return run_joined(url, name)


def add_poster_flags(export: argparse.ArgumentParser) -> None:
    """Designer and print-production flags of `export` (their meaning: export/options.py)."""
    export.add_argument("--svg-text", choices=("outlines", "text"),
                        help="SVG text as embedded glyph outlines (default: looks the same everywhere) "
                        "or as plain text naming the fonts (for design tools)")
    export.add_argument("--min-text", type=float, metavar="PT",
                        help="smallest printed body text in points (default 6)")
    export.add_argument("--fit", choices=("warn", "split", "tile", "larger"),
                        help="when text would print below --min-text: warn (default), split the map "
                        "into pages of stages, tile it over A4, or use a larger paper")
    export.add_argument("--handout", choices=("A4", "a4", "letter"),
                        help="a PDF handout instead of a poster: one or two stages a page")
    export.add_argument("--stages-per-page", type=int, choices=(1, 2), help="stages on each handout page")
    export.add_argument("--hide", action="append", metavar="PART",
                        help="leave a part out (repeat or comma-separate): title, persona, legend, "
                        "connections, connection-labels, emotion, kpis, opportunities, lane:<id or name>")
    export.add_argument("--colour-mode", choices=("rgb", "cmyk"),
                        help="PDF colours: rgb (default) or cmyk for print shops (images stay RGB)")
    export.add_argument("--logo", metavar="FILE", help="a PNG or JPEG logo in a band below the poster")
    export.add_argument("--footer", help="a line of text at the foot of the poster")
    export.add_argument("--print-date", action="store_true", help="print the export date in the footer")
    export.add_argument("--save-preset", action="store_true",
                        help="keep these options in the map as its export preset")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymapper",
        description="Edit customer-journey maps; validate, analyse and export them as posters.",
        epilog="Run 'journeymapper FILE.journey' (or no arguments) to open the editor.",
    )
    parser.add_argument("--version", action="version", version=f"journeymapper {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser(
        "new", help="create a map from a template", description="Create a new .journey file from a template."
    )
    new.add_argument("--template", choices=TEMPLATES, default="5a", help="the grid to start from")
    new.add_argument("--lang", choices=("en", "es"), default="en", help="language of names and labels")
    new.add_argument("--title", help="the map's title")
    new.add_argument("-o", "--output", required=True, metavar="FILE.journey")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(run=_cmd_new)

    validate = sub.add_parser(
        "validate",
        help="check .journey files",
        description="Check files; exit 1 and list every problem if any is invalid.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    validate.set_defaults(run=_cmd_validate)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of the file format",
        description="Print the JSON Schema (draft 2020-12) of .journey files.",
    )
    schema.add_argument("-o", "--output", help="write to a file instead of standard output")
    schema.set_defaults(run=_cmd_schema)

    export = sub.add_parser(
        "export",
        help="export a poster (PDF, SVG, PNG), tables (CSV, XLSX), Mermaid or Markdown",
        description="Export a map as a poster, its tables as CSV or an Excel workbook, "
        "a Mermaid journey (.mmd) or a Markdown report (.md).",
    )
    export.add_argument("file", metavar="FILE.journey")
    export.add_argument("-o", "--output", required=True, metavar="OUT.(pdf|svg|png|csv|xlsx|mmd|md)")
    export.add_argument("--size", help="A4…A0, letter, tabloid, or WxHmm (e.g. 1200x800mm); default A2")
    export.add_argument("--orientation", choices=("portrait", "landscape"), help="default landscape")
    export.add_argument("--tile", choices=("A4", "a4", "letter"), help="split the poster over office pages")
    export.add_argument("--bleed", action="store_true", help="add 3 mm bleed")
    export.add_argument("--crop-marks", action="store_true", help="draw crop marks")
    export.add_argument("--margin", type=float, help="margin in mm (default 10)")
    export.add_argument("--dpi", type=int, default=150, help="resolution of PNG export")
    export.add_argument("--lang", choices=("en", "es"), help="language of fixed labels (default: the map's)")
    export.add_argument("--theme", choices=("light", "dark", "colour-blind"), help="default light")
    export.add_argument("--compare", metavar="TO_BE.journey",
                        help="a poster of this map (as-is) beside TO_BE, emotion curves overlaid")
    add_export_options(export)
    add_poster_flags(export)
    export.set_defaults(run=_cmd_export)

    analyze = sub.add_parser(
        "analyze",
        aliases=["analyse"],
        help="report on a map's path, pains and gaps",
        description="Analyse the journey as a graph: path, hot spots, gaps.",
    )
    analyze.add_argument("file", metavar="FILE.journey")
    analyze.add_argument("--json", action="store_true", help="machine-readable output")
    analyze.set_defaults(run=_cmd_analyze)
    register_team_commands(sub)
    add_import_parser(sub)

    desktop = sub.add_parser(
        "install-desktop", help="add JourneyMapper to this user's desktop menu and file types (Linux)",
        description="Install the menu entry, icons and the .journey file type for the current user "
                    "($XDG_DATA_HOME, by default ~/.local/share), so double-clicking a map opens it.")
    desktop.add_argument("--uninstall", action="store_true", help="remove what install-desktop added")
    desktop.add_argument("--data-home", metavar="DIR", help="install under DIR instead of $XDG_DATA_HOME")
    desktop.set_defaults(run=_cmd_install_desktop)
    register_live_commands(sub, _open_joined)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []  # pragma: no cover - the parser always has subcommands


def _unknown_word(argv: list[str], commands: list[str]) -> int | None:
    """Exit status 2 with the nearest command names when a word is neither command nor file.

    Without this a typo ('improt') silently opened an empty editor. A missing .journey
    path gets the command that creates one instead of a guess.
    """
    for word in argv:
        if Path(word).exists() or word.startswith("-"):
            continue
        if word.lower().endswith(".journey"):
            print(
                f"journeymapper: {word}: no such file; create it with 'journeymapper new -o {word}'",
                file=sys.stderr,
            )
            return EXIT_USAGE
        near = difflib.get_close_matches(word.lower(), commands, n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(near)}?" if near else f"; commands: {', '.join(commands)}"
        print(f"journeymapper: {word!r} is neither a command nor an existing file{hint}", file=sys.stderr)
        return EXIT_USAGE
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = _command_names(parser)
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        unknown = _unknown_word(argv, commands)
        if unknown is not None:
            return unknown
        editor = argparse.Namespace(files=argv)
        return _cmd_edit(editor)
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except SaveError as error:
        print(str(error), file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `journeymapper analyze map.journey | head`: the reader left
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush cannot fail again
        return EXIT_OK


def gui_main() -> int:
    """Entry point for desktop launchers: always the editor."""
    return _cmd_edit(argparse.Namespace(files=sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())
