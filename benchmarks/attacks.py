"""The attacks of issue #14, each run against the installed claimx and judged.

    python benchmarks/attacks.py [--only NAME] [--timeout 120]

Every attack builds its inputs in a temporary folder, runs ``python -m claimx`` the way
a user would, and checks what must hold: the run ends, finished work survives, nothing
that is not ours is touched, every failure is one line with the right exit code. The
table printed is Markdown. To try an older checkout, put its ``src`` first on
``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

ARTICLE = "Headline\n\nOctober 9, 2020\n\nAzerbaijan said on Thursday that {n} civilians have been killed.\n"
ATTACKS: list[tuple[str, Callable[[Path], tuple[bool, str]]]] = []
TIMEOUT = 120


def attack(name: str):
    def register(func):
        ATTACKS.append((name, func))
        return func

    return register


def claimx(*args, cwd: Path, timeout: float | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimx", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout or TIMEOUT,
        errors="replace",
        **kw,
    )


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(ARTICLE.format(n=i + 2), encoding="utf-8")
    return folder


def one_line(proc, code: int) -> tuple[bool, str]:
    err = proc.stderr.strip().splitlines()
    ok = proc.returncode == code and len(err) == 1 and "Traceback" not in proc.stderr
    return ok, f"exit {proc.returncode}, {len(err)} stderr line(s): {err[-1][:70] if err else ''}"


def started(proc: subprocess.Popen, path_glob: Callable[[], list], limit: float = 60) -> None:
    """Wait until the run has written something (its temp file is not empty)."""
    deadline = time.time() + limit
    while time.time() < deadline and not any(p.stat().st_size for p in path_glob()):
        time.sleep(0.05)


# --- never hang ------------------------------------------------------------------------


def _pathological(tmp: Path, text: str) -> tuple[bool, str]:
    (tmp / "p.txt").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    proc = claimx("extract", "p.txt", "-q", cwd=tmp)
    took = time.perf_counter() - start
    return proc.returncode == 0 and took < 60, f"exit {proc.returncode} in {took:.0f} s"


@attack("'\"\\n' * 600000 (1.2 MB)")
def quotes_lines(tmp):
    return _pathological(tmp, '"\n' * 600_000)


@attack("'\"' * 50000")
def quotes_run(tmp):
    return _pathological(tmp, '"' * 50_000)


@attack("'a-' * 100000")
def hyphen_run(tmp):
    return _pathological(tmp, "a-" * 100_000)


@attack("FIFO in an input folder")
def fifo(tmp):
    corpus(tmp / "in", 3)
    os.mkfifo(tmp / "in" / "pipe.txt")
    proc = claimx("extract", "in", "-q", "-o", "out.jsonl", cwd=tmp, timeout=60)
    written = (tmp / "out.jsonl").read_text().count("\n") if (tmp / "out.jsonl").exists() else 0
    ok, detail = one_line(proc, 1)
    return ok and written == 6, f"{detail}; {written} claims of 6"


@attack("/dev/zero as input")
def dev_zero(tmp):
    return one_line(claimx("extract", "/dev/zero", "-q", cwd=tmp, timeout=60), 1)


@attack("1 GB file (sparse)")
def big_file(tmp):
    with open(tmp / "big.txt", "wb") as handle:
        handle.truncate(1 << 30)
    start = time.perf_counter()
    proc = claimx("extract", "big.txt", "-q", "--max-chars", "1000000", cwd=tmp, timeout=60)
    ok, detail = one_line(proc, 1)
    took = time.perf_counter() - start
    return ok and took < 20, f"{detail} ({took:.0f} s)"


@attack("a worker killed (SIGKILL) mid-run, --jobs 2")
def worker_killed(tmp):
    corpus(tmp / "in", 400)
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", "in", "-q", "-j", "2", "-o", "out.jsonl"],
        cwd=tmp,
        stderr=subprocess.PIPE,
        text=True,
    )
    started(proc, lambda: list(tmp.glob(".out.jsonl.*.tmp")))
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    if children:
        os.kill(int(children[0]), signal.SIGKILL)
    try:
        _, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        return False, "hung after the worker died"
    out = (tmp / "out.jsonl").read_text() if (tmp / "out.jsonl").exists() else ""
    docs = {json.loads(line)["doc"] for line in out.splitlines()}
    return proc.returncode == 0 and len(docs) == 400, f"exit {proc.returncode}, {len(docs)} of 400 documents"


# --- never lose or corrupt finished work ---------------------------------------------


def _killed_then_resumed(tmp: Path, signum: int) -> tuple[bool, str]:
    corpus(tmp / "in", 600)
    clean = claimx("extract", "in", "-q", cwd=tmp).stdout
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", "in", "-q", "-o", "out.jsonl"], cwd=tmp, stderr=subprocess.PIPE
    )
    started(proc, lambda: list(tmp.glob(".out.jsonl.*.tmp")))
    proc.send_signal(signum)
    proc.communicate(timeout=TIMEOUT)
    again = claimx("extract", "in", "-q", "-o", "out.jsonl", "--resume", cwd=tmp)
    out = (tmp / "out.jsonl").read_text() if (tmp / "out.jsonl").exists() else ""
    left = list(tmp.glob(".out.jsonl.*.tmp"))
    ok = again.returncode == 0 and out == clean and not left
    return ok, f"resume exit {again.returncode}; output {'identical' if out == clean else 'differs'}; {len(left)} temp"


@attack("SIGKILL mid-run, then --resume")
def sigkill(tmp):
    return _killed_then_resumed(tmp, signal.SIGKILL)


@attack("SIGHUP mid-run, then --resume")
def sighup(tmp):
    return _killed_then_resumed(tmp, signal.SIGHUP)


@attack("-o pointing at a folder")
def output_folder(tmp):
    corpus(tmp / "in", 1)
    (tmp / "out").mkdir()
    proc = claimx("extract", "in", "-q", "-o", "out", cwd=tmp)
    ok, detail = one_line(proc, 2)
    left = list(tmp.glob(".out.*.tmp"))
    return ok and not left, f"{detail}; {len(left)} temp file(s) left"


def _earlier_output_kept(tmp: Path, args: list[str], interrupt_after: float | None, name: str) -> tuple[bool, str]:
    corpus(tmp / "in", 2000)
    (tmp / "in" / "a0001-bad.txt").write_bytes(b"%PDF-1.4")  # for --fail-fast
    (tmp / name).write_text("EARLIER COMPLETE OUTPUT\n")
    if interrupt_after is None:
        proc = claimx("extract", "in", "-q", "-o", name, *args, cwd=tmp)
        code = proc.returncode
    else:
        popen = subprocess.Popen(
            [sys.executable, "-m", "claimx", "extract", "in", "-q", "-o", name, *args], cwd=tmp, stderr=subprocess.PIPE
        )
        time.sleep(interrupt_after)
        popen.send_signal(signal.SIGINT)
        popen.communicate(timeout=TIMEOUT)
        code = popen.returncode
    kept = (tmp / name).read_text() == "EARLIER COMPLETE OUTPUT\n"
    return kept, f"exit {code}; earlier {name} {'kept' if kept else 'replaced'}"


@attack("SIGINT while the model loads, -o over an earlier output")
def interrupt_loading(tmp):
    return _earlier_output_kept(tmp, [], 0.8, "out.jsonl")


@attack("--fail-fast, -o over an earlier output")
def fail_fast(tmp):
    return _earlier_output_kept(tmp, ["--fail-fast"], None, "out.jsonl")


@attack("SIGINT during --format json, -o over an earlier output")
def interrupted_json(tmp):
    return _earlier_output_kept(tmp, ["-f", "json"], 5, "out.json")


def _resume_repaired(tmp: Path, damage: Callable[[str], str]) -> tuple[bool, str]:
    text = ARTICLE + '\n"The talks will resume," Maria Zakharova told reporters.\n'
    (tmp / "in").mkdir()
    for i in range(5):
        (tmp / "in" / f"a{i}.txt").write_text(text.format(n=i + 2))
    clean = claimx("extract", "in", "-q", cwd=tmp).stdout
    (tmp / "out.jsonl").write_text(damage(clean))
    proc = claimx("extract", "in", "-q", "-o", "out.jsonl", "--resume", cwd=tmp)
    out = (tmp / "out.jsonl").read_text()
    return out == clean, f"exit {proc.returncode}; output {'identical to a clean run' if out == clean else 'differs'}"


@attack("--resume on a file cut mid-line")
def resume_torn(tmp):
    return _resume_repaired(tmp, lambda clean: clean[: len(clean) // 2])


@attack("--resume on a document written in part")
def resume_partial(tmp):
    return _resume_repaired(tmp, lambda clean: "".join(clean.splitlines(keepends=True)[:4]))


@attack("two JSONL records with the same id")
def jsonl_duplicate_ids(tmp):
    rows = [{"id": "x", "text": ARTICLE.format(n=n)} for n in (3, 4)]
    (tmp / "e.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    ids = [json.loads(line)["id"] for line in claimx("extract", "e.jsonl", "-q", cwd=tmp).stdout.splitlines()]
    return len(ids) == 4 and len(set(ids)) == 4, f"{len(ids)} claims, {len(set(ids))} distinct ids"


def _warc(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, text in pages:
        html = f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>"
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(html.encode()), http_headers=headers)
        )
    return buffer.getvalue()


SENTENCE = "Azerbaijan said on Thursday that {n} civilians have been killed in the fighting in the region."


@attack("the same URL twice in a WARC")
def warc_duplicate_urls(tmp):
    (tmp / "c.warc.gz").write_bytes(_warc([("https://x.org/a", SENTENCE.format(n=n)) for n in (3, 4)]))
    ids = [json.loads(line)["id"] for line in claimx("extract", "c.warc.gz", "-q", cwd=tmp).stdout.splitlines()]
    return len(ids) == 4 and len(set(ids)) == 4, f"{len(ids)} claims, {len(set(ids))} distinct ids"


@attack("--resume with another spelling of the same path")
def resume_spelling(tmp):
    corpus(tmp / "in", 3)
    claimx("extract", "in", "-q", "-o", "out.jsonl", cwd=tmp)
    claimx("extract", str(tmp / "in"), "-q", "-o", "out.jsonl", "--resume", cwd=tmp)
    lines = (tmp / "out.jsonl").read_text().splitlines()
    return len(lines) == 6, f"{len(lines)} claims of 6"


@attack("a WARC cut in half")
def warc_truncated(tmp):
    data = _warc([(f"https://x.org/{n}", SENTENCE.format(n=n)) for n in range(3, 7)])
    (tmp / "c.warc.gz").write_bytes(data[: len(data) * 5 // 8])
    proc = claimx("extract", "c.warc.gz", "-q", cwd=tmp)
    return proc.returncode == 1 and "cut short" in proc.stderr, f"exit {proc.returncode}"


# --- never touch what is not ours ----------------------------------------------------------


@attack("-o onto a device node")
def output_device(tmp):
    corpus(tmp / "in", 1)
    try:
        os.mknod(tmp / "null", 0o666 | 0o020000, os.makedev(1, 3))  # a second /dev/null
    except PermissionError:
        return True, "skipped (mknod needs root)"
    proc = claimx("extract", "in", "-q", "-o", "null", cwd=tmp)
    still = (tmp / "null").is_char_device()
    return still and proc.returncode == 0, f"exit {proc.returncode}; {'still a device' if still else 'replaced'}"


@attack("-o onto a symlink")
def output_symlink(tmp):
    corpus(tmp / "in", 1)
    (tmp / "real.jsonl").write_text("old\n")
    (tmp / "link.jsonl").symlink_to("real.jsonl")
    proc = claimx("extract", "in", "-q", "-o", "link.jsonl", cwd=tmp)
    ok = (tmp / "link.jsonl").is_symlink() and (tmp / "real.jsonl").read_text().count("\n") == 2
    return ok, f"exit {proc.returncode}; {'link kept, target written' if ok else 'link replaced'}"


@attack("--errors pointing at an input")
def errors_onto_input(tmp):
    corpus(tmp / "in", 2)
    proc = claimx("extract", "in", "-q", "--errors", "in/a0001.txt", cwd=tmp)
    intact = (tmp / "in" / "a0001.txt").read_text() == ARTICLE.format(n=3)
    ok, detail = one_line(proc, 2)
    return ok and intact, f"{detail}; input {'intact' if intact else 'emptied'}"


@attack("output files respect the umask")
def umask(tmp):
    corpus(tmp / "in", 1)
    claimx("extract", "in", "-q", "-o", "out.jsonl", cwd=tmp, preexec_fn=lambda: os.umask(0o022))
    mode = (tmp / "out.jsonl").stat().st_mode & 0o777
    return mode == 0o644, f"mode {mode:o}"


# --- clear errors, one line, right exit code ---------------------------------------------


@attack("--published 2020-02-30")
def bad_published(tmp):
    corpus(tmp / "in", 1)
    proc = claimx("extract", "in", "-q", "--published", "2020-02-30", cwd=tmp)
    return proc.returncode == 2 and "Traceback" not in proc.stderr, f"exit {proc.returncode}"


@attack("JSONL record with the date 2020-02-30")
def bad_record_date(tmp):
    (tmp / "e.jsonl").write_text(json.dumps({"id": "x", "text": ARTICLE.format(n=3), "date": "2020-02-30"}) + "\n")
    proc = claimx("extract", "e.jsonl", "-q", cwd=tmp)
    n = len(proc.stdout.splitlines())
    return proc.returncode == 0 and n == 2, f"exit {proc.returncode}, {n} claims of 2"


@attack("closed stdin")
def closed_stdin(tmp):
    return one_line(claimx("extract", "-", cwd=tmp, preexec_fn=lambda: os.close(0)), 1)


@attack("--glob ''")
def empty_glob(tmp):
    corpus(tmp / "in", 1)
    proc = claimx("extract", "in", "--glob", "", cwd=tmp)
    return proc.returncode == 2 and "Traceback" not in proc.stderr, f"exit {proc.returncode}"


@attack("--errors on a full disk (/dev/full)")
def errors_full(tmp):
    (tmp / "bad.txt").write_bytes(b"%PDF-1.4")
    proc = claimx("extract", "bad.txt", "-q", "--errors", "/dev/full", cwd=tmp)
    ok = proc.returncode == 1 and "Traceback" not in proc.stderr and "--errors" in proc.stderr
    return ok, f"exit {proc.returncode}, {len(proc.stderr.splitlines())} stderr line(s)"


@attack("--jobs 2 | head -1")
def jobs_head(tmp):
    corpus(tmp / "in", 200)
    proc = subprocess.run(
        f"{sys.executable} -m claimx extract in -q --jobs 2 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=tmp,
        timeout=TIMEOUT,
    )
    return proc.stderr == "" and proc.stdout.count("\n") == 1, f"{len(proc.stderr.splitlines())} stderr line(s)"


@attack("SIGINT while the model loads")
def sigint_loading(tmp):
    corpus(tmp / "in", 1)
    popen = subprocess.Popen(
        [sys.executable, "-m", "claimx", "extract", "in"], cwd=tmp, stderr=subprocess.PIPE, text=True
    )
    time.sleep(0.8)
    popen.send_signal(signal.SIGINT)
    _, err = popen.communicate(timeout=TIMEOUT)
    ok = popen.returncode == 130 and "Traceback" not in err
    return ok, f"exit {popen.returncode}, {'traceback' if 'Traceback' in err else err.strip()[:60]}"


@attack("--encoding rot13")
def rot13(tmp):
    corpus(tmp / "in", 1)
    proc = claimx("extract", "in", "-q", "--encoding", "rot13", cwd=tmp)
    return proc.returncode == 2, f"exit {proc.returncode}"


@attack("--emit-text: a file in the way")
def emit_in_the_way(tmp):
    corpus(tmp / "in", 2)
    (tmp / "texts").mkdir()
    (tmp / "texts" / "in").write_text("in the way")
    corpus(tmp / "other", 1)
    proc = claimx("extract", "other", "in", "-q", "--emit-text", "texts", cwd=tmp)
    n = len(proc.stdout.splitlines())
    return proc.returncode == 1 and n == 2, f"exit {proc.returncode}, {n} claims of 2 from the good document"


@attack("--emit-text: an id too long for a file name")
def emit_too_long(tmp):
    rows = [{"id": "x" * 300 + "/" + "y" * 300, "text": ARTICLE.format(n=3)}, {"id": "ok", "text": ARTICLE.format(n=4)}]
    (tmp / "e.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    proc = claimx("extract", "e.jsonl", "-q", "--emit-text", "texts", cwd=tmp)
    n = len(proc.stdout.splitlines())
    return proc.returncode in (
        0,
        1,
    ) and n >= 2 and "Traceback" not in proc.stderr, f"exit {proc.returncode}, {n} claims"


@attack("gzip data named .txt")
def gzip_txt(tmp):
    (tmp / "g.txt").write_bytes(gzip.compress(b"hello"))
    return one_line(claimx("extract", "g.txt", "-q", cwd=tmp), 1)


def main() -> None:
    global TIMEOUT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="run the attacks whose name contains this")
    ap.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds before a run counts as hung")
    args = ap.parse_args()
    TIMEOUT = args.timeout
    held = 0
    chosen = [(n, f) for n, f in ATTACKS if not args.only or args.only in n]
    print("| attack | holds | what happened |\n|---|---|---|")
    for name, func in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                ok, detail = func(Path(tmp))
            except subprocess.TimeoutExpired:
                ok, detail = False, f"hung (over {TIMEOUT:.0f} s)"
            except Exception as err:  # noqa: BLE001 - an attack that breaks the harness is a failure too
                ok, detail = False, f"{type(err).__name__}: {err}"[:90]
        held += ok
        print(f"| {name} | {'yes' if ok else 'NO'} | {detail} |", flush=True)
    print(f"\n{held} of {len(chosen)} hold")


if __name__ == "__main__":
    main()
