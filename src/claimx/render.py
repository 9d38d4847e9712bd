"""Showing claims to people, in the spirit of displaCy: each claim's spans marked in its
article, in the terminal (:func:`terminal_view`) or as one self-contained HTML page
(:func:`html_report`).

Both views start from the same list of marks (:func:`marks`): who spoke, the cue, the
content, the count and victims, the parties and action -- each a ``(start, end, role,
claim id)`` over the document text. Overlapping marks are nested for display
(:func:`nest`): a mark that would cross another's end is cut there.

    >>> claim = {"id": "a:1", "type": "statement", "sentence": {"start": 0, "end": 18},
    ...          "speaker": {"start": 0, "end": 3}, "cue": {"start": 4, "end": 8},
    ...          "content": {"start": 9, "end": 17}}
    >>> plain_text("Kim said it rains. Then it stopped.", [claim])
    '[Kim](speaker #1) [said](cue #1) [it rains](content #1). {#1} Then it stopped.'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

ROLES = ("speaker", "cue", "content", "count", "victims", "party", "action")
# One letter per role, shown next to each mark: roles differ by more than colour.
ROLE_LETTERS = {"speaker": "S", "cue": "Q", "content": "C", "count": "N", "victims": "V", "party": "P", "action": "A"}
TERMINAL_STYLES = {
    "speaker": "bold cyan",
    "cue": "bold magenta",
    "content": "underline",
    "count": "bold red",
    "victims": "red",
    "party": "bold green",
    "action": "green underline",
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str
    claim: str  # the claim id of the JSONL line


def marks(text: str, claims: Iterable[dict]) -> list[Mark]:
    """Every span of every claim, in text order. Counts and victims carry no offsets in
    the output, so they are found as written inside their claim's sentence."""
    out: list[Mark] = []
    for c in claims:
        cid = c["id"]
        for role in ("speaker", "cue", "content", "action"):
            span = c.get(role)
            if span and span.get("start") is not None and span["end"] > span["start"]:
                out.append(Mark(span["start"], span["end"], role, cid))
        for party in c.get("parties") or []:
            out.append(Mark(party["start"], party["end"], "party", cid))
        sentence = c.get("sentence") or {}
        for role, value in (("count", c.get("count")), ("victims", c.get("victims"))):
            found = _find_in(text, (value or {}).get("text"), sentence.get("start", 0), sentence.get("end", 0))
            if found:
                out.append(Mark(found[0], found[1], role, cid))
    return _merged(sorted(out, key=lambda m: (m.start, -m.end, ROLES.index(m.role))))


def _merged(found: list[Mark]) -> list[Mark]:
    """One mark for a span several claims share (a count's speaker is its statement's):
    its ``claim`` lists their ids, separated by spaces."""
    out: list[Mark] = []
    for m in found:
        if out and (out[-1].start, out[-1].end, out[-1].role) == (m.start, m.end, m.role):
            out[-1] = Mark(m.start, m.end, m.role, f"{out[-1].claim} {m.claim}")
        else:
            out.append(m)
    return out


def short_ids(ids: str) -> str:
    """Claim ids as shown inside their own article: "#3" for "seeds/karabakh:3"."""
    return " ".join("#" + i.rpartition(":")[2] for i in ids.split(" "))


def _find_in(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle, start, end)
    return (at, at + len(needle)) if at >= 0 else None


def nest(found: list[Mark]) -> list[Mark]:
    """Marks that nest: one that starts inside another and would end after it is cut at
    the other's end (displays need properly nested elements)."""
    out: list[Mark] = []
    stack: list[Mark] = []
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        while stack and stack[-1].end <= m.start:
            stack.pop()
        end = min([m.end] + [s.end for s in stack])
        if end > m.start:
            m = Mark(m.start, end, m.role, m.claim)
            out.append(m)
            stack.append(m)
    return out


def _events(text: str, claims: list[dict]) -> list[tuple[int, int, int, str, Mark | str]]:
    """Open/close events for the nested marks, plus the claim ids shown after each sentence,
    as ``(offset, order, rank, kind, payload)``: at one offset marks close (innermost
    first), then ids follow the sentence, then marks open (outermost first)."""
    events: list[tuple[int, int, int, str, Mark | str]] = []
    for i, m in enumerate(nest(marks(text, claims))):
        events.append((m.start, 2, i, "open", m))
        events.append((m.end, 0, -i, "close", m))
    ends: dict[int, list[str]] = {}
    for c in claims:
        ends.setdefault(c["sentence"]["end"], []).append(c["id"])
    for offset, ids in ends.items():
        events.append((offset, 1, 0, "ids", " ".join(ids)))
    return sorted(events, key=lambda e: e[:3])


def plain_text(text: str, claims: list[dict]) -> str:
    """The article with bracketed marks, for terminals without colour and for pipes:
    ``[Azerbaijan](speaker #1)``, and the ids of the claims a sentence carries after it."""
    out, at = [], 0
    for offset, _, _, kind, payload in _events(text, claims):
        out.append(text[at:offset])
        at = offset
        if kind == "open":
            out.append("[")
        elif kind == "close":
            out.append(f"]({payload.role} {short_ids(payload.claim)})")
        else:
            out.append(f" {{{short_ids(payload)}}}")
    out.append(text[at:])
    return "".join(out)


def terminal_view(name: str, text: str, claims: list[dict], console, plain: bool) -> None:
    """Print one article with its claims marked, then a compact list of the claims."""
    from rich.text import Text

    if plain:
        console.print(f"== {name}", markup=False, highlight=False)
        console.print(plain_text(text, claims), markup=False, highlight=False, soft_wrap=True)
    else:
        console.rule(Text(name), style="dim")  # a file name is not markup
        shown = Text(text)
        for m in nest(marks(text, claims)):
            shown.stylize(TERMINAL_STYLES[m.role], m.start, m.end)
        for c in sorted(claims, key=lambda c: -c["sentence"]["end"]):
            end = c["sentence"]["end"]
            shown = shown[:end] + Text(f" {{{short_ids(c['id'])}}}", style="dim") + shown[end:]
        console.print(shown, highlight=False)
    console.print()
    for c in claims:
        console.print(summary_line(c), markup=False, highlight=False, soft_wrap=True)
    console.print()


def summary_line(c: dict) -> str:
    """One line per claim: id, type, who, when, and the count or the parties.

    >>> summary_line({"id": "a:2", "type": "casualty", "speaker": {"name": "Azerbaijan"},
    ...               "date": {"value": "2020-10-08"}, "count": {"text": "31"}, "status": "killed"})
    'a:2  casualty  Azerbaijan  2020-10-08  31 killed'
    """
    who = (c.get("speaker") or {}).get("name") or "-"
    when = (c.get("date") or {}).get("value") or "-"
    return f"{c['id']}  {c['type']}  {who}  {when}  {claim_gist(c)}"


def claim_gist(c: dict) -> str:
    if c["type"] == "casualty":
        return f"{(c.get('count') or {}).get('text', '')} {c.get('status', '')}".strip()
    if c["type"] == "agreement":
        parties = ", ".join(p["name"] for p in c.get("parties") or [])
        return f"{c.get('status', '')}: {parties}"
    content = (c.get("content") or {}).get("text", "")
    return content if len(content) <= 80 else content[:77] + "..."


# --- HTML ----------------------------------------------------------------------

COLLAPSE_AFTER = 50  # more articles than this: each starts folded, the table stays open


def html_report(documents: Iterable[tuple[str, str, list[dict]]]) -> Iterable[str]:
    """A self-contained HTML page (inline CSS and JS, nothing fetched) for
    ``(document name, text, claims)`` triples, yielded in pieces so a caller can write it
    out as it goes. All article text is escaped: markup in an article is shown, never run."""
    documents = list(documents)
    folded = len(documents) > COLLAPSE_AFTER
    anchors: dict[str, str] = {}
    for n, (_, _, claims) in enumerate(documents):
        for k, c in enumerate(claims):
            anchors[c["id"]] = f"k{n}-{k}"
    yield _HEAD
    yield _claims_table(documents, anchors)
    for n, (name, text, claims) in enumerate(documents):
        yield _article(n, name, text, claims, anchors, folded)
    yield _FOOT


def _claims_table(documents, anchors: dict[str, str]) -> str:
    rows = []
    for n, (name, _, claims) in enumerate(documents):
        for c in claims:
            who = (c.get("speaker") or {}).get("name") or ""
            when = (c.get("date") or {}).get("value") or ""
            cells = [c["type"], who, when, claim_gist(c), name]
            tds = "".join(f"<td>{html.escape(v)}</td>" for v in cells)
            rows.append(
                f'<tr data-type="{html.escape(c["type"])}" data-doc="{n}">'
                f'<td><a href="#{anchors[c["id"]]}">{html.escape(c["id"])}</a></td>{tds}</tr>'
            )
    count = sum(len(c) for _, _, c in documents)
    return (
        f'<section id="claims"><h1>claimx: {count} claims in {len(documents)} '
        f"article{'' if len(documents) == 1 else 's'}</h1>"
        '<p class="controls"><label>type <select id="type-filter"><option value="">all</option>'
        "<option>statement</option><option>casualty</option><option>agreement</option></select></label> "
        '<label>speaker <input id="speaker-filter" type="search" placeholder="filter"></label> '
        + _legend()
        + '</p><div class="table-box"><table id="claims-table"><thead><tr><th>id</th><th>type</th><th>speaker</th><th>date</th>'
        "<th>count / parties / content</th><th>article</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></div></section>"
    )


def _legend() -> str:
    items = "".join(f'<mark data-role="{r}">{r}</mark> ' for r in ROLES)
    return f'<span class="legend">{items}</span>'


def _article(n: int, name: str, text: str, claims: list[dict], anchors: dict[str, str], folded: bool) -> str:
    body = _marked_html(text, claims, anchors)
    summary = f"{html.escape(name)} <small>({len(claims)} claims)</small>"
    return (
        f'<section class="article" id="doc-{n}"><details data-doc="{n}"{"" if folded else " open"}>'
        f'<summary><h2>{summary}</h2></summary><div class="text">{body}</div></details></section>'
    )


def _marked_html(text: str, claims: list[dict], anchors: dict[str, str]) -> str:
    out, at = [], 0
    placed: set[str] = set()
    for offset, _, _, kind, payload in _events(text, claims):
        out.append(html.escape(text[at:offset]))
        at = offset
        if kind == "open":
            ids = payload.claim.split(" ")
            anchor = ""
            if ids[0] not in placed:
                placed.add(ids[0])
                anchor = f' id="{anchors[ids[0]]}"'
            out.append(
                f'<mark{anchor} data-claim="{html.escape(ids[0])}" data-claims="{html.escape(payload.claim)}" '
                f'data-role="{payload.role}" title="{payload.role} · {html.escape(short_ids(payload.claim))}">'
            )
        elif kind == "close":
            out.append(f'<sup class="role">{ROLE_LETTERS[payload.role]}</sup></mark>')
        else:
            ids = " ".join(
                f'<a class="cid" data-claim="{html.escape(i)}" href="#{anchors[i]}" title="{html.escape(i)}">'
                f"{short_ids(i)}</a>"
                for i in payload.split(" ")
            )
            out.append(f' <span class="ids">{ids}</span>')
    out.append(html.escape(text[at:]))
    return re.sub(r"\n", "<br>\n", "".join(out))


_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>claimx report</title>
<style>
body{font:15px/1.55 system-ui,sans-serif;margin:0 auto;max-width:70em;padding:1em 2em;color:#1b1b1b}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f3f3f3;position:sticky;top:0}td:nth-child(1),td:nth-child(4){white-space:nowrap}
.table-box{max-height:55vh;overflow:auto;border:1px solid #ddd}th:after{content:" \\2195";color:#999}
.controls{display:flex;gap:1.5em;flex-wrap:wrap;align-items:center}
.article h2{display:inline;font-size:1.05em}.text{white-space:normal;margin:.5em 0 2em}
mark{background:none;padding:0 1px;border-bottom:2px solid}
mark[data-role=speaker]{border-bottom:3px double #0b6e99;background:#e3f2f9}
mark[data-role=cue]{border-bottom:2px solid #8e24aa;background:#f6e6fa;font-weight:600}
mark[data-role=content]{border-bottom:2px dashed #555}
mark[data-role=count]{border-bottom:3px solid #c62828;background:#fde7e7;font-weight:600}
mark[data-role=victims]{border-bottom:2px dotted #c62828}
mark[data-role=party]{border-bottom:3px double #2e7d32;background:#e7f4e8}
mark[data-role=action]{border-bottom:2px wavy #2e7d32}
sup.role{font-size:9px;color:#555;margin-left:1px}
.ids a{font-size:11px;color:#666;text-decoration:none;border:1px solid #ccc;border-radius:3px;padding:0 3px}
:target{outline:2px solid #f9a825}tr.hidden{display:none}
</style></head><body>
"""

# Sorting and filtering only: the script reads the table, never article text.
_FOOT = """<script>
(function(){
  var table=document.getElementById('claims-table'),body=table.tBodies[0];
  var typeSel=document.getElementById('type-filter'),who=document.getElementById('speaker-filter');
  function filter(){var t=typeSel.value,w=who.value.toLowerCase();
    Array.prototype.forEach.call(body.rows,function(r){
      var ok=(!t||r.dataset.type===t)&&(!w||r.cells[2].textContent.toLowerCase().indexOf(w)>=0);
      r.classList.toggle('hidden',!ok);});}
  typeSel.addEventListener('change',filter);who.addEventListener('input',filter);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    var asc=true;th.addEventListener('click',function(){
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
        return (asc?1:-1)*x.localeCompare(y,undefined,{numeric:true});});
      asc=!asc;rows.forEach(function(r){body.appendChild(r);});});});
  body.addEventListener('click',function(e){var a=e.target.closest('a');if(!a)return;
    var target=document.getElementById(a.getAttribute('href').slice(1));
    if(target){var d=target.closest('details');if(d)d.open=true;}});
})();
</script>
</body></html>
"""
