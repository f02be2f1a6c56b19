"""The `import` subcommand and the interop exports of `export`, kept out of cli.py.

`journeymapper import SRC -o OUT.journey` writes one map (or, for a multi-journey
Lanescape file without `--journey`, one file per journey: OUT-1.journey, OUT-2.journey…)
and prints what it mapped and what it kept aside.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeymapper.fileformat import dumps_journey, write_atomically
from journeymapper.interop.errors import ImportProblem
from journeymapper.interop.importing import FORMATS, import_file
from journeymapper.interop.markdown_report import render_markdown
from journeymapper.interop.mermaid import export_mermaid
from journeymapper.interop.table_import import FIELDS, parse_mapping
from journeymapper.interop.workbook import TABLES, csv_table_paths, render_table_csv, render_workbook
from journeymapper.model.journey import JourneyMap

EXPORT_SUFFIXES = {".mmd": "mermaid", ".mermaid": "mermaid", ".md": "markdown", ".xlsx": "xlsx"}


def add_import_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "import",
        help="turn a Mermaid journey, a spreadsheet or a Lanescape file into a .journey map",
        description="Import a Mermaid 'journey' diagram (.mmd, or a Markdown page with one), a CSV or "
        ".xlsx table (long: one row per card; wide: stages as columns), or a Lanescape JSON file.",
    )
    parser.add_argument("source", metavar="SRC")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.journey")
    parser.add_argument("--from", dest="fmt", choices=FORMATS, help="the source format (default: detected)")
    parser.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=f"map a spreadsheet column to a field ({', '.join(FIELDS)}); repeatable",
    )
    parser.add_argument("--journey", type=int, metavar="N", help="Lanescape: import only journey N (from 1)")
    parser.add_argument("--sheet", help="Excel: the sheet to read (default: the first)")
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        help="language of the new map (default: guessed from a table's headers, else en)",
    )
    parser.add_argument(
        "--keep-scale",
        action="store_true",
        help="Mermaid: keep scores 1–5 instead of mapping them onto −2…+2",
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.set_defaults(run=run_import)


def _outputs(out: Path, count: int) -> list[Path]:
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{i}{out.suffix}") for i in range(1, count + 1)]


def run_import(args: argparse.Namespace) -> int:
    try:
        mapping = parse_mapping(args.map)
    except ValueError as error:
        print(f"journeymapper import: {error}", file=sys.stderr)
        return 2
    try:
        results = import_file(
            args.source,
            args.fmt,
            mapping=mapping,
            journey=args.journey,
            language=args.lang or "auto",
            keep_scale=args.keep_scale,
            sheet=args.sheet,
        )
    except ImportProblem as error:
        print(str(error), file=sys.stderr)
        return 1
    outputs = _outputs(Path(args.output), len(results))
    existing = [p for p in outputs if p.exists()]
    if existing and not args.force:
        print(f"{existing[0]}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    for result, out in zip(results, outputs, strict=True):
        write_atomically(out, dumps_journey(result.journey))
        for warning in result.report.warnings:
            print(warning, file=sys.stderr)
        print(f"{out}: {result.report.summary()}")
    return 0


def interop_export_kind(output: str | Path, args: argparse.Namespace) -> str | None:
    """The interop exporter for this output, or None when the poster exporter handles it."""
    suffix = Path(output).suffix.lower()
    if suffix == ".csv" and getattr(args, "table", None):
        return "csv-tables"
    return EXPORT_SUFFIXES.get(suffix)


def add_export_options(export: argparse.ArgumentParser) -> None:
    """The export options that only the interop formats use."""
    export.add_argument("--lane", help="Mermaid: the lane whose cards become tasks (default: touchpoints)")
    export.add_argument(
        "--table",
        choices=(*TABLES, "all"),
        help="CSV: export this table instead of the action plan ('all': OUT-cards.csv, OUT-pains.csv…)",
    )
    export.add_argument(
        "--insights", action="store_true", help="PDF: add a page with the analysis's questions for the team"
    )


def add_insights_page(journey: JourneyMap, written: list[Path], args: argparse.Namespace) -> None:
    """`--insights`: append the insights page to the exported PDF (ValueError for other formats)."""
    from journeymapper.export.paper import make_paper
    from journeymapper.interop.insights_page import append_insights_page

    pdfs = [path for path in written if path.suffix.lower() == ".pdf"]
    if not pdfs:
        raise ValueError("--insights adds a page to a PDF poster; export to a .pdf file to use it")
    paper = make_paper(args.size, args.orientation, args.margin, args.bleed, args.crop_marks)
    append_insights_page(pdfs[-1], journey, paper, args.lang)


def run_interop_export(journey: JourneyMap, output: Path, kind: str, args: argparse.Namespace) -> list[Path]:
    """Write a Mermaid, Markdown, Excel or CSV-table export; ValueError names a bad option."""
    language = getattr(args, "lang", None)
    if kind == "mermaid":
        files = {output: export_mermaid(journey, getattr(args, "lane", None)).encode("utf-8")}
    elif kind == "markdown":
        files = {output: render_markdown(journey, language).encode("utf-8")}
    elif kind == "xlsx":
        files = {output: render_workbook(journey, language)}
    else:
        paths = csv_table_paths(output, args.table)
        files = {path: render_table_csv(journey, table, language) for table, path in paths.items()}
    for path, data in files.items():
        write_atomically(path, data)
    return list(files)
