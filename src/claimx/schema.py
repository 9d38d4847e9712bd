"""The output records: one :class:`Claim` per JSONL line, exactly as ``OUTPUT.md`` defines.

Records are plain dataclasses so that the rule components can build them without
any I/O; :meth:`Claim.to_dict` fixes the key order, and :func:`json_schema` is the
JSON Schema that every line claimx writes validates against.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

CLAIM_TYPES = ("statement", "casualty", "agreement")
SPEAKER_KINDS = ("person", "organization", "country", "group", "anonymous", "document")
DATE_SOURCES = ("text", "published", "none")
QUALIFIERS = ("exact", "about", "at_least", "at_most", "range")
CASUALTY_STATUSES = ("killed", "injured", "missing", "displaced", "detained", "abducted")
AGREEMENT_STATUSES = ("agreed", "signed", "rejected")


@dataclass
class TextSpan:
    """A verbatim piece of the document: ``doc_text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    name: str
    kind: str
    title: str | None = None

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "kind": self.kind,
            "title": self.title,
        }


@dataclass
class Cue:
    text: str
    lemma: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "lemma": self.lemma, "start": self.start, "end": self.end}


@dataclass
class ClaimDate:
    value: str | None
    text: str | None
    source: str  # "text" | "published" | "none"

    def to_dict(self) -> dict:
        return {"value": self.value, "text": self.text, "source": self.source}


@dataclass
class Count:
    value: int | None
    min: int | None
    max: int | None
    qualifier: str
    text: str

    def to_dict(self) -> dict:
        return {"value": self.value, "min": self.min, "max": self.max, "qualifier": self.qualifier, "text": self.text}


@dataclass
class Period:
    start: str | None
    end: str | None
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Party:
    text: str
    name: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "name": self.name, "start": self.start, "end": self.end}


@dataclass
class Claim:
    """One claim. Fields of the other kinds stay ``None`` and are left out of the line."""

    type: str
    sentence: TextSpan
    speaker: Speaker | None = None
    cue: Cue | None = None
    date: ClaimDate = field(default_factory=lambda: ClaimDate(None, None, "none"))
    confidence: float = 0.8
    # statement
    content: TextSpan | None = None
    direct: bool = False
    # casualty
    count: Count | None = None
    status: str | None = None
    victims_text: str = ""
    victims_group: str = "unknown"
    period: Period | None = None
    event_date: str | None = None
    location: str | None = None
    # agreement
    parties: list = field(default_factory=list)
    action: TextSpan | None = None
    # where the claim is anchored (cue or number), for ordering and de-duplication
    anchor: int = 0

    def shift(self, offset: int) -> Claim:
        """A copy with every offset moved by ``offset`` (a claim found in a slice of a
        long document). Copies, because claims share speaker and cue objects."""
        if offset == 0:
            return self

        def moved(span):
            return None if span is None else replace(span, start=span.start + offset, end=span.end + offset)

        return replace(
            self,
            sentence=moved(self.sentence),
            speaker=moved(self.speaker),
            cue=moved(self.cue),
            content=moved(self.content),
            action=moved(self.action),
            parties=[moved(p) for p in self.parties],
            anchor=self.anchor + offset,
        )

    def to_dict(self, doc: str, id: str, published: str | None) -> dict:
        out: dict[str, Any] = {
            "doc": doc,
            "id": id,
            "type": self.type,
            "published": published,
            "sentence": self.sentence.to_dict(),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "date": self.date.to_dict(),
        }
        if self.type == "statement":
            content = self.content.to_dict() if self.content else None
            if content is not None:
                content["direct"] = self.direct
            out["content"] = content
        elif self.type == "casualty":
            out["count"] = self.count.to_dict() if self.count else None
            out["status"] = self.status
            out["victims"] = {"text": self.victims_text, "group": self.victims_group}
            out["period"] = self.period.to_dict() if self.period else None
            out["event_date"] = self.event_date
            out["location"] = self.location
        elif self.type == "agreement":
            out["parties"] = [p.to_dict() for p in self.parties]
            out["action"] = self.action.to_dict() if self.action else None
            out["status"] = self.status
        out["confidence"] = round(self.confidence, 2)
        return out


def dumps(record: dict) -> str:
    """One JSONL line: UTF-8 text, no pretty-printing, key order as built."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _span(extra: dict | None = None, nullable: bool = True) -> dict:
    props = {
        "text": {"type": "string"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    }
    props.update(extra or {})
    obj = {"type": "object", "required": list(props), "properties": props, "additionalProperties": False}
    return {"oneOf": [obj, {"type": "null"}]} if nullable else obj


_ISO = {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one output line."""
    common = {
        "doc": {"type": "string"},
        "id": {"type": "string"},
        "type": {"enum": list(CLAIM_TYPES)},
        "published": _ISO,
        "sentence": _span(nullable=False),
        "speaker": _span(
            {"name": {"type": "string"}, "kind": {"enum": list(SPEAKER_KINDS)}, "title": {"type": ["string", "null"]}}
        ),
        "cue": _span({"lemma": {"type": "string"}}),
        "date": {
            "type": "object",
            "required": ["value", "text", "source"],
            "additionalProperties": False,
            "properties": {"value": _ISO, "text": {"type": ["string", "null"]}, "source": {"enum": list(DATE_SOURCES)}},
        },
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    }
    count = {
        "type": ["object", "null"],
        "required": ["value", "min", "max", "qualifier", "text"],
        "properties": {
            "value": {"type": ["integer", "null"]},
            "min": {"type": ["integer", "null"]},
            "max": {"type": ["integer", "null"]},
            "qualifier": {"enum": list(QUALIFIERS)},
            "text": {"type": "string"},
        },
        "additionalProperties": False,
    }
    per_kind = {
        "content": _span({"direct": {"type": "boolean"}}),
        "count": count,
        "status": {"enum": list(CASUALTY_STATUSES) + list(AGREEMENT_STATUSES) + [None]},
        "victims": {
            "type": ["object", "null"],
            "required": ["text", "group"],
            "properties": {"text": {"type": "string"}, "group": {"type": "string"}},
        },
        "period": {
            "type": ["object", "null"],
            "required": ["start", "end", "text"],
            "properties": {"start": _ISO, "end": _ISO, "text": {"type": "string"}},
        },
        "event_date": _ISO,
        "location": {"type": ["string", "null"]},
        "parties": {"type": ["array", "null"], "items": _span({"name": {"type": "string"}}, nullable=False)},
        "action": _span(),
    }
    by_type = []
    for kind, keys in (
        ("statement", ["content"]),
        ("casualty", ["count", "status", "victims", "period", "event_date", "location"]),
        ("agreement", ["parties", "action", "status"]),
    ):
        by_type.append({"if": {"properties": {"type": {"const": kind}}}, "then": {"required": keys}})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimx claim",
        "type": "object",
        "required": list(common),
        "properties": {**common, **per_kind},
        "additionalProperties": False,
        "allOf": by_type,
    }
