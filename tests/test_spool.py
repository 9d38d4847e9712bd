"""A long document's output lines wait in a temporary file (claimx.spool)."""

import os
import pickle
from pathlib import Path

from claimx.api import Document, extract_documents
from claimx.schema import dumps
from claimx.spool import LineSpool

SEED = Path(__file__).parents[1] / "seeds" / "karabakh-2020-10-09.txt"


def test_short_documents_stay_in_memory():
    lines = LineSpool(spill_chars=100)
    lines.extend(["a", "b"])
    assert (lines.spilled, len(lines), list(lines)) == (False, 2, ["a", "b"])


def test_spilled_lines_read_back_in_order_twice_and_the_file_goes():
    lines = LineSpool(spill_chars=5)
    lines.extend(["first line", 'two "é" ünïcode'])
    lines.append("last")
    path = lines._path
    assert lines.spilled and os.path.exists(path)
    assert list(lines) == list(lines) == ["first line", 'two "é" ünïcode', "last"]
    lines.close()
    assert not os.path.exists(path) and len(lines) == 0


def test_pickled_spool_hands_its_file_to_the_receiver():
    sent = LineSpool(spill_chars=5)
    sent.extend(["one long line", "two"])
    path = sent._path
    received = pickle.loads(pickle.dumps(sent))
    del sent  # the worker's copy goes; the file must stay for the parent
    assert os.path.exists(path)
    assert (len(received), list(received)) == (2, ["one long line", "two"])
    assert received.inline() == ["one long line", "two"]
    assert not os.path.exists(path)


def test_extraction_into_a_spool_gives_the_same_lines():
    text = SEED.read_text(encoding="utf-8")
    [(_, listed, _)] = extract_documents([Document("s", "s", text)], serialize=dumps, slice_chars=700)
    [(_, spooled, _)] = extract_documents(
        [Document("s", "s", text)], serialize=dumps, slice_chars=700, collect=lambda: LineSpool(spill_chars=300)
    )
    assert spooled.spilled
    assert list(spooled) == listed and len(listed) == 22
