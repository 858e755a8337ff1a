"""Score date resolution on TimeML files against their gold TIMEX3 values.

    python eval/dates.py DIR [--limit N] [--check] [-v]

DIR holds .tml files (searched recursively); the publication date is the <DCT> TIMEX3. Two figures,
for DATE and TIME expressions:
- value accuracy given the gold expression: resolve_date(gold text, DCT, tense) == gold value;
- end to end: sitroom finds expressions in the text and resolves them. A found expression is right
  when it overlaps a gold one (TempEval-3's relaxed match) and its value equals the gold value.
  P, R and F1 over those, plus strict span F1 (exact offsets, value ignored) and relaxed span F1.
The tense that places `Friday` or `November` comes from spaCy's parse of the sentence.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, check_floors
from sitroom.nlp.dates import find_date_expressions, is_anchor, resolve_date
from sitroom.nlp.pipeline import load_pipeline
from sitroom.nlp.tense import tense_at
from sitroom.settings import Options


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    published: date
    text: str
    timexes: tuple[Timex, ...]


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def read_timeml(path: Path) -> TimeMLDoc:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw)
    if dct is None:
        raise ValueError(f"{path}: no DCT date")
    body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text_parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        text_parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs = tag.group(1), tag.group(2), tag.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(re.findall(r'(\w+)="([^"]*)"', attrs)))
        elif open_timex is not None:
            start, values = open_timex
            text = "".join(text_parts)
            timexes.append(Timex(start, length, text[start:length], values.get("type", ""), values.get("value", "")))
            open_timex = None
    text_parts.append(html.unescape(body[position:]))
    return TimeMLDoc(path.stem, date.fromisoformat(dct.group(1)), "".join(text_parts), tuple(timexes))


def error_class(value: str | None, gold: str) -> str:
    """Why a resolved value differs from the gold one, to tell the resolver's errors from the gold's
    own conventions."""
    if value is None:
        return "not resolved"

    def iso(v: str) -> str:  # `2000-W7` -> `2000-W07`, `199X` -> `199`, `T17` -> `T17:00`
        v = re.sub(r"-W(\d)\b", r"-W0\1", v)
        v = re.sub(r"^(\d{3})X$", r"\1", v)
        return re.sub(r"T(\d\d)$", r"T\1:00", v)

    if iso(value) == iso(gold):
        return "same value, gold not in ISO form"
    if "X" in gold and "X" not in value:
        return "gold leaves a part unspecified (1989-WXX, 1949-XX)"
    day = r"\d{4}-\d\d-\d\d"
    if re.fullmatch(day + r"(T(MO|AF|EV|NI))?", value) and re.fullmatch(day + r"(T(MO|AF|EV|NI))?", gold):
        return "part of day differs" if value[:10] == gold[:10] else "another day (story time, not publication)"
    if re.sub(r"\d", "9", value) == re.sub(r"\d", "9", gold):  # same shape: `1990-03` for `1989-03`
        return "another period of the same kind"
    if "REF" in value or "REF" in gold or gold.startswith("P"):
        return "reference or duration"
    return "another granularity (1988 for 1988-Q3)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, help="only the first N files")
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    files = sorted(args.dir.rglob("*.tml"))[: args.limit]
    if not files:
        print(f"error: no .tml files in {args.dir}", file=sys.stderr)
        return 2
    nlp = load_pipeline(Options().model)
    right = given = 0
    end_to_end = strict = relaxed = PRF(0, 0, 0)
    errors: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    for path in files:
        doc = read_timeml(path)
        parsed = nlp(doc.text)
        gold = [t for t in doc.timexes if t.kind in {"DATE", "TIME"}]
        anchor = None
        for timex in gold:
            resolved = resolve_date(timex.text, doc.published, tense_at(parsed, timex.start), anchor)
            value = resolved.value if resolved else None
            anchor = resolved if resolved is not None and is_anchor(resolved, doc.published) else anchor
            given += 1
            if value == timex.value:
                right += 1
            else:
                errors[f"{timex.text!r}: {value} != {timex.value}"] += 1
                classes[error_class(value, timex.value)] += 1
                if args.verbose:
                    print(f"value  {doc.name} {doc.published} {timex.text!r}: {value} != gold {timex.value}")
        # The other gold expressions (durations, sets) are not counted against found ones.
        others = [t for t in doc.timexes if t.kind not in {"DATE", "TIME"}]
        found = []
        anchor = None
        for start, end in find_date_expressions(doc.text):
            if any(o.start < end and start < o.end for o in others):
                continue
            resolved = resolve_date(doc.text[start:end], doc.published, tense_at(parsed, start), anchor)
            if resolved is not None:
                found.append((start, end, resolved.value))
                anchor = resolved if is_anchor(resolved, doc.published) else anchor
        matched = set()
        value_right = span_exact = span_overlap = 0
        for start, end, value in found:
            hit = next((i for i, g in enumerate(gold) if i not in matched and g.start < end and start < g.end), None)
            if hit is None:
                if args.verbose:
                    print(f"extra  {doc.name} {doc.text[start:end]!r} -> {value}")
                continue
            matched.add(hit)
            span_overlap += 1
            span_exact += (gold[hit].start, gold[hit].end) == (start, end)
            value_right += gold[hit].value == value
        if args.verbose:
            for i, g in enumerate(gold):
                if i not in matched:
                    print(f"missed {doc.name} {g.text!r} ({g.value})")
        end_to_end += PRF(value_right, len(found), len(gold))
        strict += PRF(span_exact, len(found), len(gold))
        relaxed += PRF(span_overlap, len(found), len(gold))
    accuracy = 100 * right / given if given else 0.0
    print(f"{len(files)} files, {given} gold DATE/TIME expressions")
    print(f"value accuracy given the gold expression: {accuracy:5.1f}%  ({right}/{given})")
    print(f"end to end, relaxed span + value:  {end_to_end.row()}")
    print(f"spans, strict (exact offsets):     {strict.row()}")
    print(f"spans, relaxed (overlap):          {relaxed.row()}")
    print("value errors by kind:")
    for kind, count in classes.most_common():
        print(f"  {count:4d}  {kind}")
    if args.verbose:
        print("most frequent value errors:")
        for error, count in errors.most_common(25):
            print(f"  {count:3d}  {error}")
    figures = {"value_accuracy": round(accuracy, 1), "end_to_end_f1": round(100 * end_to_end.f1, 1)}
    if args.check:
        return 0 if check_floors("dates", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
