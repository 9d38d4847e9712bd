"""The README's examples stay true: each ``console`` block's command is run on the seed
article and the lines it shows ("..." marks lines left out) must be what claimx prints."""

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from claimx.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_blocks() -> list[tuple[str, list[str]]]:
    blocks = re.findall(r"```console\n\$ (.+?)\n(.*?)```", README, flags=re.S)
    return [(command, shown.splitlines()) for command, shown in blocks]


def jq_projection(claim: dict) -> str:
    """What ``jq -c '{type, speaker: .speaker.name, date: .date.value}'`` prints for a claim."""
    brief = {"type": claim["type"], "speaker": (claim["speaker"] or {}).get("name"), "date": claim["date"]["value"]}
    return json.dumps(brief, separators=(",", ":"), ensure_ascii=False)


def test_the_readme_sample_output_is_what_claimx_prints():
    [(command, shown)] = console_blocks()
    assert command.startswith("claimx extract seeds/karabakh-2020-10-09.txt | jq -c")
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds" / "karabakh-2020-10-09.txt")])
    assert result.exit_code == 0
    printed = [jq_projection(json.loads(line)) for line in result.output.splitlines()]
    head, _, tail = "\n".join(shown).partition("\n...\n")
    assert printed[: len(head.splitlines())] == head.splitlines()
    assert printed[len(printed) - len(tail.splitlines()) :] == tail.splitlines()


def test_quickstart_is_what_ci_runs():
    quickstart = README.split("## Quickstart", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in quickstart.splitlines() if line.strip()]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        assert command in ci, command
