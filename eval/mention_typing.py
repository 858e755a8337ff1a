"""Would a trained step typing the event-mention tagger's words add events the rules miss?

    python eval/mention_typing.py [--threshold 0.5]     (needs the train extra: scikit-learn)

An experiment, not a shipped part. For every report of `eval/gold/events/` the tagger of
`nlp/event_mentions.py` marks its event mentions; each mention that is not a rules' trigger is a
candidate, labelled with the type of the gold event whose evidence holds it, else `none` (in gold
of guidelines 1 and 2, which marks only the first taxonomy, a `none` says nothing and is left
out). A logistic regression over the parse (the mention's lemma, dependency, head, subject, object,
`by` agent, prepositions, modals, and the types the rules found in the sentence) is trained on
every sample but one and adds, in the held-out sample's sentences, one event per type the rules
did not find there when its probability reaches the threshold. Each sample is scored as
`eval/events.py` scores it, rules alone and rules with the added events. The older samples' rules
were tuned on them, so only the newest sample's row is a blind test of the step; the pooled row
says whether the step adds more than it costs where the rules are tuned.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PRF, ROOT, SHARED_DATA
from events import FIRST_TAXONOMY, Found, of_event, read_gold, score
from sitroom.ingest import analyze_article
from sitroom.model import Span
from sitroom.nlp import load_pipeline
from sitroom.nlp.event_mentions import find_event_mentions, load_mention_tagger
from sitroom.nlp.parse import Sentence
from sitroom.nlp.pipeline import read_units
from sitroom.settings import Options

SEED = 13
MODALS = frozenset({"would", "could", "might", "may", "should", "will", "can"})
_KEPT_DEPENDENTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "agent", "neg", "aux", "auxpass", "prt", "compound", "amod", "nummod"}
)


@dataclass(frozen=True)
class Candidate:
    report: str
    sentence: int
    tokens: tuple[int, ...]
    label: str


@dataclass(frozen=True)
class Report:
    group: str
    gold: dict
    rules: list[Found]
    sentences: list[Sentence]
    candidates: list[Candidate]


def _group(gold: dict) -> str:
    if gold.get("sample"):
        return f"sample {gold['sample']}"
    return f"guidelines {gold.get('guidelines', 1)}, {'blind' if gold.get('held_out') else 'written on'}"


def read_reports() -> list[Report]:
    model = Options().model
    nlp, tagger = load_pipeline(model), load_mention_tagger()
    reports = []
    for path in sorted((ROOT / "eval" / "gold" / "events").glob("*.json")):
        gold, article = read_gold(path, SHARED_DATA)
        text = article.text
        analysis = analyze_article(article, model)
        covered = FIRST_TAXONOMY if gold.get("guidelines", 1) < 3 else None
        rules = [of_event(e, text) for e in analysis.events if covered is None or e.type in covered]
        triggers = [(e.trigger.start, e.trigger.end) for e in analysis.events]
        evidence = [
            (s, s + len(g["evidence"]), g["type"]) for g in gold["events"] if (s := text.find(g["evidence"])) >= 0
        ]
        (reading,) = read_units(nlp, [(text, Span(0, len(text)))])
        candidates = []
        for number, sentence in enumerate(reading.parsed):
            for mention in find_event_mentions(sentence, tagger):
                if any(a <= mention.start < b for a, b in triggers):
                    continue
                label = next((kind for a, b, kind in evidence if a <= mention.start < b), "none")
                if covered is not None and label == "none":
                    continue
                tokens = tuple(
                    t.i for t in sentence.tokens if t.span.start < mention.end and mention.start < t.span.end
                )
                candidates.append(Candidate(path.stem, number, tokens, label))
        reports.append(Report(_group(gold), gold, rules, list(reading.parsed), candidates))
    return reports


def features(report: Report, candidate: Candidate) -> dict[str, int]:
    sentence = report.sentences[candidate.sentence]
    tokens = sentence.tokens
    inside = set(candidate.tokens)
    word = next((tokens[i] for i in candidate.tokens if tokens[i].head not in inside or tokens[i].head == i), None)
    word = word or tokens[candidate.tokens[-1]]
    head = tokens[word.head]
    lemma = word.lemma.lower()
    row = {f"l={lemma}", f"p={word.pos}", f"d={word.dep}", f"l|d={lemma}|{word.dep}", f"hl={head.lemma.lower()}"}
    row |= {f"hp={head.pos}", f"n={len(inside)}"}
    for child in sentence.children(word):
        row.add(f"c={child.dep}")
        if child.dep in _KEPT_DEPENDENTS:
            row.add(f"c={child.dep}:{child.lemma.lower()}")
        if child.dep in {"prep", "agent"}:
            row |= {f"pp={child.lemma.lower()}:{g.lemma.lower()}" for g in sentence.children(child)}
        if child.lemma.lower() in MODALS:
            row.add("modal")
    found = _rules_types(report, candidate.sentence)
    row |= {f"rt={kind}" for kind in found} or {"rt=none"}
    if any(t.pos == "NUM" for t in tokens):
        row.add("number")
    return dict.fromkeys(row, 1)


def _rules_types(report: Report, sentence: int) -> set[str]:
    text = report.sentences[sentence].text.strip()
    return {e.type for e in report.rules if text and text in e.evidence}


def added_events(report: Report, predictions: dict[Candidate, tuple[str, float]], threshold: float) -> list[Found]:
    """One event per sentence and type the rules did not find there, from its likeliest mention."""
    covered = FIRST_TAXONOMY if report.gold.get("guidelines", 1) < 3 else None
    best: dict[tuple[int, str], float] = {}
    for candidate in report.candidates:
        kind, probability = predictions[candidate]
        if probability >= threshold and (covered is None or kind in covered):
            key = (candidate.sentence, kind)
            best[key] = max(best.get(key, 0.0), probability)
    return [
        Found(kind, report.sentences[number].text)
        for number, kind in sorted(best)
        if kind not in _rules_types(report, number)
    ]


def predict_held_out(reports: list[Report]) -> dict[str, dict[Candidate, tuple[str, float]]]:
    """Each group's candidates typed by a model trained on every other group."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [(r.group, c, features(r, c)) for r in reports for c in r.candidates]
    predictions: dict[str, dict[Candidate, tuple[str, float]]] = {}
    for group in sorted({g for g, _, _ in rows}):
        train = [(f, c.label) for g, c, f in rows if g != group]
        test = [(c, f) for g, c, f in rows if g == group]
        vectorizer = DictVectorizer()
        model = LogisticRegression(max_iter=2000, random_state=SEED)
        model.fit(vectorizer.fit_transform([f for f, _ in train]), [label for _, label in train])
        probabilities = model.predict_proba(vectorizer.transform([f for _, f in test])) if test else []
        typed: dict[Candidate, tuple[str, float]] = {}
        for (candidate, _), row in zip(test, probabilities, strict=True):
            best = max((p, kind) for kind, p in zip(model.classes_, row, strict=True) if kind != "none")
            typed[candidate] = (best[1], float(best[0]))
        predictions[group] = typed
    return predictions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.5, 0.7])
    args = parser.parse_args()
    if not SHARED_DATA.is_dir():
        print(f"error: {SHARED_DATA} not found: the experiment reads the reports from ../shared/data", file=sys.stderr)
        return 2
    reports = read_reports()
    labels = Counter(c.label for r in reports for c in r.candidates)
    typed = labels.total() - labels["none"]
    print(f"candidates (tagger mentions not a rules' trigger): {labels.total()}; gold-typed {typed}")
    predictions = predict_held_out(reports)
    for threshold in args.threshold:
        print(f"\nthreshold {threshold}: {'reports':<28} {'rules alone':<27} {'rules + typed mentions':<27} added")
        all_rules = all_both = PRF(0, 0, 0)
        all_added = 0
        for group in sorted({r.group for r in reports}, key=_group_order):
            rules = both = PRF(0, 0, 0)
            added = 0
            for report in (r for r in reports if r.group == group and r.gold.get("held_out")):
                extra = added_events(report, predictions[group], threshold)
                rules += score(report.gold, report.rules, False).evidence
                both += score(report.gold, report.rules + extra, False).evidence
                added += len(extra)
            if rules.gold:
                print(f"{'':<14}{group:<28} {rules.row():<27} {both.row():<27} {added}")
                all_rules, all_both, all_added = all_rules + rules, all_both + both, all_added + added
        print(f"{'':<14}{'all blind reports':<28} {all_rules.row():<27} {all_both.row():<27} {all_added}")
    return 0


def _group_order(group: str) -> tuple[int, str]:
    return (int(group.split()[1]), group) if group.startswith("sample") else (0, group)


if __name__ == "__main__":
    sys.exit(main())
