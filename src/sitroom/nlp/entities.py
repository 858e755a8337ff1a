"""Fold the names found in one article into entities: every mention tied to one canonical name.

Pure functions over plain data (no spaCy), so the recogniser can be swapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Entity, EntityKind, Mention, Span
from .aliases import PLACE_ALIASES
from .pipeline import TITLES, NamedSpan
from .places import only_town_named, resolve_place, written_as_a_place
from .spans import SpanIndex

LABEL_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
# Titles that only ever stand before a person's name; they overrule the recogniser's label.
PERSON_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "senator", "sen", "rep", "gov", "governor", "mayor"]
)
# The recogniser often calls landmarks organisations; their head word says they are places.
PLACE_HEADS = frozenset(
    [
        "monument",
        "memorial",
        "square",
        "park",
        "bridge",
        "building",
        "plaza",
        "mall",
        "tower",
        "stadium",
        "airport",
        "street",
        "avenue",
        "boulevard",
        "capitol",
        "cathedral",
        "church",
        "mosque",
        "temple",
        "palace",
        "hall",
        "station",
        "harbour",
        "harbor",
        "port",
        "beach",
        "river",
        "lake",
        "mountain",
        "valley",
    ]
)
_ORG_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
_NAME_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "never", "mid"})


@dataclass
class _Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[NamedSpan, bool]] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        # The fullest name: most words, then the first written.
        names = self.names
        return names[max(range(len(names)), key=lambda k: (len(names[k].split()), -k))]

    def add(self, named: NamedSpan, in_caption: bool, name: str | None = None) -> None:
        self.names.append(name or named.name)
        self.mentions.append((named, in_caption))


# Both are asked of the same few names thousands of times an article.
@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    key = re.sub(r"[.\u2019']", "", name).replace(",", " ")
    key = re.sub(r"\s+", " ", key).strip().casefold()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s]+", re.sub(r"[.,]", " ", name)) if w)


def kind_of(named: NamedSpan, placed: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()) -> EntityKind:
    """The entity kind of a name: the recogniser's label, overruled by a person's title, a place's
    head word (`Lincoln Memorial`), for a name in `placed` where the article puts it, and for a
    name in `people` the office the article gives it."""
    if named.title and named.title.split()[-1].lower().rstrip(".") in PERSON_TITLES:
        return "person"
    if _key(named.name) in people:
        return "person"
    kind = LABEL_KINDS[named.label]
    if kind == "organisation" and _words(named.name)[-1].lower() in PLACE_HEADS:
        return "place"
    if kind in {"organisation", "person"} and _key(named.name) in placed:
        return "place"
    return kind


def _placed_names(found: Sequence[tuple[NamedSpan, bool]], text: str) -> frozenset[str]:
    """Names of organisations or people the article also writes as places (`in Napa`, `near
    Jordan`) and the gazetteer knows as a city, state or country, or as the one town of its name
    (`at their Newton Street home in Millom`); never a word of a person's
    fuller name (`a role in Clinton's campaign` beside `Hillary Clinton`) nor a possessive."""
    surnames = {_key(w) for n, _ in found if n.label == "PERSON" for w in _words(n.name)[1:]}
    return frozenset(
        _key(named.name)
        for named, _ in found
        if named.label in {"ORG", "PERSON"}
        and not named.title
        and _key(named.name) not in surnames
        and text[named.span.end : named.span.end + 1] not in {"'", "\u2019"}
        and written_as_a_place(text, named.span.start)
        and (resolve_place(named.name) is not None or only_town_named(named.name))
    )


# What a person is, said in a phrase set off after the name (`Palin, the failed Republican vice
# presidential candidate`): the name is a person's, whatever town shares it.
_PERSON_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:candidate|nominee|governor|senator|congressman|congresswoman|"
    r"president|vice president|spokesman|spokeswoman|actor|actress|singer|author|director|chairman|chief executive|"
    r"coach|quarterback|mayor|lawmaker|politician|businessman|businesswoman)\b",
    re.IGNORECASE,
)


def _people_named(found: Sequence[tuple[NamedSpan, bool]], text: str) -> frozenset[str]:
    """Names the recogniser took for places that the article says are people (`Palin, the failed
    Republican vice presidential candidate`; `toward Palin` where it also writes `Governor Palin`),
    which no town of the name should place."""
    titled = {
        _key(named.name)
        for named, _ in found
        if named.title and named.title.split()[-1].lower().rstrip(".") in PERSON_TITLES
    }
    return frozenset(
        _key(named.name)
        for named, _ in found
        if named.label in {"GPE", "LOC"}
        and (_PERSON_APPOSITIVE.match(text, named.span.end) or _key(named.name) in titled)
    )


# The levels of a court named before `Court` (`Superior Court Judge James Bodiford`): no town Superior.
COURT_LEVELS = frozenset(["superior", "supreme", "circuit", "district", "high", "crown", "appeals", "federal"])
_COURT_NEXT = re.compile(r"\s+Court\b")


def _court_levels(found: Sequence[tuple[NamedSpan, bool]], text: str) -> frozenset[str]:
    """Names the recogniser took for places that stand as a court's level before `Court`."""
    return frozenset(
        _key(named.name)
        for named, _ in found
        if named.label in {"GPE", "LOC"}
        and named.name.lower() in COURT_LEVELS
        and _COURT_NEXT.match(text, named.span.end)
    )


def fold_entities(
    found: Sequence[tuple[NamedSpan, bool]], text: str, units: Sequence[tuple[Span, bool]] = ()
) -> tuple[Entity, ...]:
    """Group the article's names (each with whether it stands in a caption) into entities.

    `units` are the parts of the text that were read (paragraphs, each with whether it is a
    caption); the names of each entity are looked for again there, to tie the mentions that
    the recogniser missed.
    """
    placed = _placed_names(found, text)
    named_people = _people_named(found, text)
    courts = _court_levels(found, text)

    def kind(named: NamedSpan) -> EntityKind:
        return "organisation" if _key(named.name) in courts else kind_of(named, placed, named_people)

    people = _fold_people([(n, c) for n, c in found if kind(n) == "person"])
    rest: list[_Cluster] = []
    for kind_wanted in ("organisation", "place", "group"):
        items = [(n, c) for n, c in found if kind(n) == kind_wanted]
        if kind_wanted == "organisation":
            # `Pence` tagged as an organisation next to `Mike Pence` is the person.
            items = [(n, c) for n, c in items if not _absorb_into_person(people, n, c)]
        rest.extend(_fold_by_key(kind_wanted, items))
    people = _release_stray_people(people, rest)
    clusters = [c for c in people + rest if c.mentions]
    _propagate(clusters, text, units)
    entities = []
    for cluster in clusters:
        mentions = tuple(
            sorted(
                (Mention(n.span, n.span.of(text), n.label, in_caption) for n, in_caption in cluster.mentions),
                key=lambda m: m.span,
            )
        )
        entities.append(Entity(name=_display(cluster), kind=cluster.kind, mentions=mentions))
    entities.sort(key=lambda e: (e.mentions[0].span, e.name))
    return tuple(entities)


def _display(cluster: _Cluster) -> str:
    if cluster.kind == "place":
        for name in cluster.names:
            if _key(name) in PLACE_ALIASES:
                return PLACE_ALIASES[_key(name)]
    return cluster.canonical


def _fold_people(items: list[tuple[NamedSpan, bool]]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # Fullest names first, so `Trump` finds `Donald Trump` whatever the order in the text.
    ordered = sorted(items, key=lambda item: (-len(_words(item[0].name)), item[0].span))
    for named, in_caption in ordered:
        target = _person_cluster(clusters, named)
        if target is None:
            target = _Cluster("person")
            clusters.append(target)
        target.add(named, in_caption)
    return clusters


def _person_cluster(clusters: list[_Cluster], named: NamedSpan) -> _Cluster | None:
    words = [w.casefold() for w in _words(named.name)]
    if not words:
        return None
    if len(words) > 1:
        exact = [c for c in clusters if any(_key(n) == _key(named.name) for n in c.names)]
        if exact:
            return exact[0]
        # `Donald J. Trump` ~ `Donald Trump`: same first and last word.
        for cluster in clusters:
            full = [w.casefold() for w in _words(cluster.canonical)]
            if full[0] == words[0] and full[-1] == words[-1]:
                return cluster
        return None
    word = words[0]
    by_surname = [c for c in clusters if _words(c.canonical)[-1].casefold() == word]
    if by_surname:
        return _nearest(by_surname, named)
    by_given = [c for c in clusters if len(_words(c.canonical)) > 1 and _words(c.canonical)[0].casefold() == word]
    # A given name alone (`Mike`) is folded only when one person in the article has it.
    return by_given[0] if len(by_given) == 1 else None


def _nearest(clusters: list[_Cluster], named: NamedSpan) -> _Cluster:
    """Of several people with one surname, the one the bare surname stands for.

    News style names the main person by surname and anyone sharing it by full name, so the
    person introduced first (before this mention, if anyone was) takes the bare surname.
    """

    def first_seen(cluster: _Cluster) -> tuple[int, int]:
        first = min(m.span.start for m, _ in cluster.mentions)
        return (0 if first < named.span.start else 1, first)

    return min(clusters, key=first_seen)


def _absorb_into_person(people: list[_Cluster], named: NamedSpan, in_caption: bool) -> bool:
    words = _words(named.name)
    if len(words) > 2 or not people:
        return False
    cluster = _person_cluster(people, named)
    if cluster is None:
        return False
    cluster.add(named, in_caption)
    return True


def _fold_by_key(kind: EntityKind, items: list[tuple[NamedSpan, bool]]) -> list[_Cluster]:
    by_key: dict[str, _Cluster] = {}
    for named, in_caption in sorted(items, key=lambda item: item[0].span):
        key = _fold_key(kind, named.name)
        by_key.setdefault(key, _Cluster(kind)).add(named, in_caption)
    clusters = list(by_key.values())
    if kind == "organisation":
        clusters = _fold_acronyms(clusters)
    if kind == "place":
        clusters = _fold_place_parts(clusters)
    return clusters


def _fold_key(kind: EntityKind, name: str) -> str:
    key = _key(name)
    if kind == "place":
        return _key(PLACE_ALIASES.get(key, key))
    if kind == "group" and key.endswith("s") and len(key) > 3:
        return key[:-1]  # `Republicans` ~ `Republican`
    return key


def _fold_acronyms(clusters: list[_Cluster]) -> list[_Cluster]:
    """`DHS` joins `Department of Homeland Security` when its letters are that name's initials."""
    initials = {}
    for cluster in clusters:
        words = [w for w in _words(cluster.canonical) if w.casefold() not in _ORG_STOPWORDS]
        if len(words) > 1:
            initials.setdefault("".join(w[0] for w in words).upper(), cluster)
    kept = []
    for cluster in clusters:
        name = cluster.canonical
        target = initials.get(name.replace(".", "")) if name.isupper() and len(name) <= 6 else None
        if target is not None and target is not cluster:
            for named, in_caption in cluster.mentions:
                target.add(named, in_caption, named.name)
        else:
            kept.append(cluster)
    return kept


def _fold_place_parts(clusters: list[_Cluster]) -> list[_Cluster]:
    """`Washington` joins `Washington, D.C.` when the article names the fuller form."""
    compounds = {}
    for cluster in clusters:
        display = _display(cluster)
        if "," in display:
            compounds.setdefault(_key(display.split(",")[0]), cluster)
    kept = []
    for cluster in clusters:
        target = compounds.get(_key(cluster.canonical))
        if target is not None and target is not cluster and "," not in _display(cluster):
            for named, in_caption in cluster.mentions:
                target.add(named, in_caption)
        else:
            kept.append(cluster)
    return kept


def _release_stray_people(people: list[_Cluster], others: list[_Cluster]) -> list[_Cluster]:
    """A lone untitled one-word `person` that is also named as a place or body is that (`Riverton`)."""
    by_key = {_key(c.canonical): c for c in others}
    kept = []
    for cluster in people:
        untitled = all(not n.title for n, _ in cluster.mentions)
        target = by_key.get(_key(cluster.canonical)) if untitled and len(_words(cluster.canonical)) == 1 else None
        if target is None:
            kept.append(cluster)
            continue
        for named, in_caption in cluster.mentions:
            target.add(named, in_caption)
    return kept


def _surface_forms(cluster: _Cluster) -> set[str]:
    forms = {n.name for n, _ in cluster.mentions}
    words = _words(cluster.canonical)
    if cluster.kind == "person" and len(words) > 1:
        forms.add(words[-1])
    return {f for f in forms if f[0].isupper() and (len(f) > 2 or f.isupper())}


def _propagate(clusters: list[_Cluster], text: str, units: Sequence[tuple[Span, bool]]) -> None:
    """Tie further occurrences of an entity's names, in the parts read, to that entity."""
    if not units:
        return
    owners: dict[str, _Cluster | None] = {}
    for cluster in clusters:
        for form in _surface_forms(cluster):
            owners[form] = cluster if owners.get(form, cluster) is cluster else None  # shared: ambiguous
    forms = sorted((f for f, c in owners.items() if c is not None), key=len, reverse=True)
    if not forms:
        return
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?![\w\-])")
    taken = SpanIndex([(n.span, True) for c in clusters for n, _ in c.mentions])
    for unit, in_caption in units:
        for match in pattern.finditer(text, unit.start, unit.end):
            span = Span(match.start(), match.end())
            if taken.overlapping(span):
                continue
            hyphened = re.search(r"(\w+)-$", text[unit.start : span.start])
            if hyphened and hyphened.group(1).casefold() not in _NAME_PREFIXES:
                continue  # `Jean-Pierre` is not `Pierre`; `Pro-Trump` is `Trump`
            cluster = owners[match.group(0)]
            assert cluster is not None
            named = _with_title(text, unit, span, match.group(0))
            cluster.mentions.append((named, in_caption))
            taken.add(named.span, True)


def _with_title(text: str, unit: Span, span: Span, name: str) -> NamedSpan:
    """Widen a found name over the title words just before it (`Mr` in `Mr Okoro`)."""
    start = span.start
    title_start = start
    while True:
        before = re.search(r"([A-Za-z][A-Za-z\-]*)\.?\s+$", text[unit.start : title_start])
        if not before or before.group(1).lower() not in TITLES:
            break
        title_start = unit.start + before.start()
    title = text[title_start:start].strip()
    return NamedSpan(span=Span(title_start, span.end), label="match", title=title, name=name)
