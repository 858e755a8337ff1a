"""Score attribution extraction (source, cue, content) against PolNeAR's brat annotations.

    python eval/attribution.py DIR [--limit N] [--check] [-v]

DIR holds `text/` and `attributions/` in the PolNeAR layout (e.g. ../shared/data/polnear/dev).
Where an article has two annotators, the first file in name order is the gold. Spans may be
discontinuous (brat `a b;c d`); a span is the set of its pieces. For each role, precision,
recall and F1 of spans, matched exactly (the same characters, surrounding blanks ignored) and by
overlap (any shared character; each gold span matched once), as in the PARC and PolNeAR papers.

Speaker accuracy: of the gold direct quotes (content opening with a quote mark), the share whose
quote sitroom finds with the right speaker: the same canonical entity where the gold source names
one of the article's entities (the person it names, else its first name: `Chuck Rocha, president of
..., a Latino ... firm` is Chuck Rocha), else the same mention or the same words (a gold `he` is
not resolved in PolNeAR, so sitroom's `he` resolved to someone counts where it is that `he`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, check_floors
from sitroom.clean import clean
from sitroom.model import Attribution, Entity
from sitroom.nlp import article_parses, load_pipeline
from sitroom.nlp.attribution_tagger import attributions_of, extract_tagged_attributions, load_cue_rates, load_tagger
from sitroom.settings import Options
from sitroom.sources import read_path

ROLES = ("source", "cue", "content")
Pieces = tuple[tuple[int, int], ...]


def read_brat(ann: Path, text: str) -> tuple[dict[str, tuple[str, Pieces]], list[list[str]]]:
    """The text-bound spans (id -> role, pieces) and the attributions (each a list of span ids, its
    trigger first)."""
    spans: dict[str, tuple[str, Pieces]] = {}
    attributions: list[list[str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            pieces = tuple(tuple(int(x) for x in piece.split()) for piece in offsets.split(";"))
            spans[fields[0]] = (label.lower(), _trim(text, pieces))  # type: ignore[arg-type]
        elif line.startswith("E") and len(fields) >= 2:
            attributions.append([arg.split(":")[1] for arg in fields[1].split()])  # the trigger first
    return spans, attributions


def linked_spans(ann: Path, text: str) -> list[tuple[str, Pieces]]:
    """(role, pieces) of each source, cue and content span that belongs to an attribution, in the
    order of the brat file."""
    spans, attributions = read_brat(ann, text)
    linked = {key for keys in attributions for key in keys[1:]}
    return [(role, pieces) for key, (role, pieces) in spans.items() if key in linked and role in ROLES]


def read_gold(ann: Path, text: str) -> dict[str, list[Pieces]]:
    """Spans of each role that belong to an attribution."""
    gold: dict[str, list[Pieces]] = defaultdict(list)
    for role, pieces in linked_spans(ann, text):
        gold[role].append(pieces)
    return gold


def read_direct_quotes(ann: Path, text: str) -> list[tuple[Pieces, Pieces]]:
    """(source, content) of each gold attribution whose content is a direct quote."""
    spans, attributions = read_brat(ann, text)
    roles = [{spans[k][0]: spans[k][1] for k in keys if k in spans} for keys in attributions]
    return [
        (r["source"], r["content"])
        for r in roles
        if r.get("source") and r.get("content") and text[r["content"][0][0]] in "“\"‘'"
    ]


def speaker_hits(
    attributions: Sequence[Attribution], entities: Sequence[Entity], text: str, quotes: list[tuple[Pieces, Pieces]]
) -> int:
    """How many gold direct quotes are found with the right speaker."""
    hits = 0
    for source, content in quotes:
        found = next(
            (
                a
                for a in attributions
                if a.source is not None
                and _chars(content) & {i for p in (a.content, *a.continued) for i in range(p.start, p.end)}
            ),
            None,
        )
        if found is None or found.source is None:
            continue
        gold_chars = _chars(source)
        named = sorted(
            (e.kind != "person", m.span.start, e.name)
            for e in entities
            for m in e.mentions
            if gold_chars & set(range(m.span.start, m.span.end))
        )
        if named:  # the person the gold source names, else the first name in it
            hits += found.source.entity == named[0][2]
        else:  # `he`, `the statement`: the same mention, or the same words
            said = " ".join(text[a:b] for a, b in source).lower()
            same_mention = bool(gold_chars & set(range(found.source.span.start, found.source.span.end)))
            hits += same_mention or found.source.text.lower() == said
    return hits


_KEYWORD_CUE = re.compile(r"\b(?:said|says|say|told|tells|according to)\b")
_KEYWORD_QUOTE = re.compile(r"[“\"][^”\"\n]{2,}[”\"]")
_KEYWORD_SOURCE = re.compile(r"((?:[A-Z][\w’'.-]*\s?){1,4}|\b(?:he|she|they|it)\b)\s*$")


def keyword_baseline(text: str) -> dict[str, list[Pieces]]:
    """A plain baseline: each `said`/`told`/`according to` is a cue; its content the quotation in
    its sentence, else the rest of the sentence; its source the capitalised words or pronoun just
    before it, else just after it."""
    found: dict[str, list[Pieces]] = {role: [] for role in ROLES}
    for sentence in re.finditer(r"[^.!?\n]+[.!?]?[”\"]?", text):
        start = sentence.start()
        words = sentence.group()
        for cue in _KEYWORD_CUE.finditer(words):
            found["cue"].append(_trim(text, ((start + cue.start(), start + cue.end()),)))
            quote = _KEYWORD_QUOTE.search(words)
            content = (quote.start(), quote.end()) if quote else (cue.end(), len(words.rstrip(".!?")))
            found["content"].append(_trim(text, ((start + content[0], start + content[1]),)))
            before = _KEYWORD_SOURCE.search(words[: cue.start()])
            after = re.match(r"\s*((?:[A-Z][\w’'.-]*\s?){1,4}|he|she|they)", words[cue.end() :])
            if before and before.group(1).strip():
                found["source"].append(_trim(text, ((start + before.start(1), start + before.end(1)),)))
            elif after:
                found["source"].append(
                    _trim(text, ((start + cue.end() + after.start(1), start + cue.end() + after.end(1)),))
                )
    return found


def system_spans(attributions: Sequence[Attribution], text: str) -> dict[str, list[Pieces]]:
    """Each role's spans; a content is the set of its pieces (a quote split around its cue), as in brat."""
    return {
        "source": [_trim(text, ((a.source.span.start, a.source.span.end),)) for a in attributions if a.source],
        "cue": [_trim(text, ((a.cue.start, a.cue.end),)) for a in attributions],
        "content": [
            _trim(text, tuple((p.start, p.end) for p in sorted((a.content, *a.continued)))) for a in attributions
        ],
    }


def _trim(text: str, pieces: Pieces) -> Pieces:
    trimmed = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return tuple(trimmed)


def _chars(pieces: Pieces) -> set[int]:
    return {i for start, end in pieces for i in range(start, end)}


def score_role(system: list[Pieces], gold: list[Pieces]) -> tuple[PRF, PRF]:
    exact = len(set(system) & set(gold))
    used: set[int] = set()
    overlap = 0
    for pieces in system:
        chars = _chars(pieces)
        hit = next((i for i, g in enumerate(gold) if i not in used and chars & _chars(g)), None)
        if hit is not None:
            used.add(hit)
            overlap += 1
    return PRF(exact, len(system), len(gold)), PRF(overlap, len(system), len(gold))


SYSTEMS = ("keywords", "rules", "model", "combined")
SHIPPED = "combined"  # what analyze() returns; its figures are the unprefixed ones


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N articles")
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each article's counts")
    parser.add_argument("--model", type=Path, help="score these weights (and the .tsv beside them), not the shipped")
    args = parser.parse_args()
    tagger = load_tagger(str(args.model)) if args.model else None
    rates = load_cue_rates(str(args.model.with_suffix(".tsv"))) if args.model else None
    texts = sorted((args.dir / "text").glob("*.txt"))[args.skip :][: args.limit]
    if not texts:
        print(f"error: no texts in {args.dir / 'text'}", file=sys.stderr)
        return 2
    anns = sorted((args.dir / "attributions").glob("*.ann"))
    totals = {(system, role): [PRF(0, 0, 0), PRF(0, 0, 0)] for system in SYSTEMS for role in ROLES}
    direct_quotes = 0
    speakers_right = dict.fromkeys(SYSTEMS, 0)
    articles = [next(iter(read_path(path, 10**7))) for path in texts]
    parses = article_parses([clean(a) for a in articles], load_pipeline(Options().model))  # type: ignore[arg-type]
    for path, parse in zip(texts, parses, strict=True):
        ann = next((a for a in anns if a.name.rsplit("_", 1)[0] == path.stem), None)
        if ann is None:
            continue
        text = parse.text
        gold = read_gold(ann, text)
        found = {
            "rules": parse.rules,
            "model": extract_tagged_attributions(parse, tagger, rates),
            "combined": attributions_of(parse, tagger, rates),
        }
        spans = {"keywords": keyword_baseline(text), **{k: system_spans(v, text) for k, v in found.items()}}
        quotes = read_direct_quotes(ann, text)
        direct_quotes += len(quotes)
        for system, attributions in found.items():
            speakers_right[system] += speaker_hits(attributions, parse.entities, text, quotes)
        for system in SYSTEMS:
            for role in ROLES:
                exact, overlap = score_role(spans[system][role], gold[role])
                totals[system, role][0] += exact
                totals[system, role][1] += overlap
        if args.verbose:
            print(f"{path.stem}: gold {len(gold['content'])} attributions, model {len(found['model'])}")
    print(f"{len(texts)} articles; exact and overlap match of each role's spans")
    print(f"{'system':<9} {'role':<8} {'exact':<30} overlap")
    figures: dict[str, float] = {}
    for system in SYSTEMS:
        for role in ROLES:
            exact, overlap = totals[system, role]
            print(f"{system:<9} {role:<8} {exact.row():<30} {overlap.row()}")
            prefix = "" if system == SHIPPED else f"{system}_"
            figures[f"{prefix}{role}_exact_f1"] = round(100 * exact.f1, 1)
            figures[f"{prefix}{role}_overlap_f1"] = round(100 * overlap.f1, 1)
    for system in SYSTEMS[1:]:
        share = round(100 * speakers_right[system] / max(direct_quotes, 1), 1)
        prefix = "" if system == SHIPPED else f"{system}_"
        figures[f"{prefix}direct_speaker_accuracy"] = share
        print(f"direct quotes: {direct_quotes}; {system} find {share}% with the right speaker")
    if args.check:
        return 0 if check_floors("attribution", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
