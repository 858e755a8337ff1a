"""The data model: plain frozen dataclasses that every stage passes along.

Every extracted item carries spans: character offsets into `Article.text`, the text
exactly as it was read (for the dated text form, what follows the `date` header).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

EntityKind = Literal["person", "organisation", "place", "group"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "organisation", "place", "group")


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range [start, end) into the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Article:
    """One dated report as read from a source, before any cleaning."""

    id: str
    source: str
    published: date
    text: str
    title: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"


def normalise_text(text: str) -> str:
    """The form an article's identity is computed on: NFC, whitespace folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str, source: str) -> str:
    """Stable id: the same text from the same source is the same article."""
    digest = hashlib.sha256(f"{source}\x00{normalise_text(text)}".encode())
    return digest.hexdigest()[:16]


def make_article(
    text: str,
    published: date,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    origin: str | None = None,
) -> Article:
    return Article(
        id=article_id(text, source),
        source=source,
        published=published,
        text=text,
        title=title,
        url=url,
        origin=origin,
    )


@dataclass(frozen=True)
class Credit:
    """A photo credit such as `(AP Photo/Julio Cortez) (AP)`."""

    span: Span
    photographer: str | None
    agency: str | None


@dataclass(frozen=True)
class CaptionPlace:
    """One occurrence of a caption: the whole paragraph, its text part and its credit."""

    span: Span
    text_span: Span
    credit: Credit | None


@dataclass(frozen=True)
class Caption:
    """A photo caption; a caption repeated in one article is one Caption with several places."""

    text: str
    places: tuple[CaptionPlace, ...]


# `dateline`: the place (and agency) that opens a report, `INDIANAPOLIS, Ind. –`, set apart from
# the body so that it is read as the report's place, never as a participant of the first sentence.
ParagraphKind = Literal["body", "caption", "dateline"]


@dataclass(frozen=True)
class Paragraph:
    span: Span
    kind: ParagraphKind
    caption: int | None = None  # index into Document.captions for caption paragraphs


@dataclass(frozen=True)
class Document:
    """An article cleaned: body paragraphs apart from captions and their credits."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Caption, ...]

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind == "body")

    @property
    def dateline(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.kind == "dateline"), None)


@dataclass(frozen=True)
class Mention:
    """One place an entity is named; `label` is the recogniser's own label."""

    span: Span
    text: str
    label: str
    in_caption: bool = False


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place or group, with every mention of it in one article."""

    name: str
    kind: EntityKind
    mentions: tuple[Mention, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class DateMention:
    """A date expression, resolved against the publication date (or the date the text spoke of last).

    `value` is TimeML's normalised form (`2021-01-06`, `2021-01-06TNI`, `2020-11`, `2020-FA`,
    `PAST_REF`); `first_day` and `last_day` bound it on the calendar where it is a period.
    """

    span: Span
    text: str
    value: str
    granularity: str
    first_day: date | None = None
    last_day: date | None = None
    anchored: bool = False
    in_caption: bool = False


@dataclass(frozen=True)
class ResolvedPlace:
    """A place entity (or landmark) with coordinates; `label` says which place it was taken to be."""

    name: str  # the entity's canonical name
    kind: str  # landmark, city, state, country, offset (a point told by distance and bearing from a town)
    latitude: float
    longitude: float
    label: str
    source: str


@dataclass(frozen=True)
class Participant:
    """Who or what takes part in an event, as written; `entity` when the phrase names one."""

    text: str
    span: Span
    entity: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A count with its qualifier: `at least ten` -> 10, at_least, low 10, high None."""

    value: int
    qualifier: str  # exact, at_least, at_most, approximate, range
    low: int
    high: int | None
    span: Span


@dataclass(frozen=True)
class Event:
    """Who did what to whom, where, when and how many, with the sentence that shows it."""

    type: str  # one of sitroom.nlp.events.EVENT_TYPES
    trigger: Span
    trigger_text: str
    evidence: Span  # the sentence
    actor: Participant | None = None
    target: Participant | None = None
    place: Participant | None = None  # where it happened, not a place merely named
    date: DateMention | None = None
    count: Quantity | None = None
    polarity: str = "asserted"  # asserted or negated
    modality: str = "asserted"  # asserted, attributed, unconfirmed, possible, planned
    in_caption: bool = False  # a caption shows a photo of an event; it is not a second event
    # The place is the report's own (its dateline), given to an event whose sentence names none.
    place_inherited: bool = False
    # As PLOVER and ACLED code it (`nlp/plover.py`): "" where the standard codes no such event.
    plover: str = ""  # PLOVER event type: ASSAULT, COERCE, PROTEST...
    plover_mode: str = ""  # its mode: firearms, arrest, demonstrate...
    acled: str = ""  # ACLED `Event type / Sub-event type`
    # Who the count counts, when it counts people harmed or held: killed, injured, missing,
    # displaced or arrested ("" otherwise). Deaths and arrests are tallied apart.
    casualty: str = ""
    # The rule that made its word an event (`verb list: arrest`, `death toll`,
    # `noun made to happen: curfew`): why sitroom reads an event here.
    source: str = ""


@dataclass(frozen=True)
class Attribution:
    """Someone reported to have said or thought something: source, cue and content spans."""

    cue: Span
    cue_text: str
    content: Span
    source: Participant | None = None  # None when the text names no one
    direct: bool = False  # the content is a direct quote
    in_caption: bool = False
    # Further pieces of the same content: a quote split around its cue, or running on into the
    # next sentences and paragraphs (`“...,” Mr Trump said. “...”`).
    continued: tuple[Span, ...] = ()


FRAMINGS: tuple[str, ...] = ("asserted", "disputed", "unsupported", "false")


@dataclass(frozen=True)
class Claim:
    """What an attribution asserts about the world, and how the reporter frames it.

    `framing` is one of FRAMINGS; `signals` are the words that show it (`baselessly`); `counter`
    is the reporter's own statement that answers the claim (`There is no evidence of ...`).
    """

    attribution: int  # index into Analysis.attributions: who claims it, with which cue
    content: Span
    framing: str = "asserted"
    signals: tuple[Span, ...] = ()
    counter: Span | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything sitroom extracts from one article."""

    document: Document
    entities: tuple[Entity, ...]
    pipeline: str  # model name and version, so stored results say what made them
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[ResolvedPlace, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()

    @property
    def article(self) -> Article:
        return self.document.article


@dataclass(frozen=True)
class EventReport:
    """One article's report of an event on a situation's timeline."""

    article_id: str
    source: str  # the outlet
    published: date
    copy_of: str | None  # the article this one copies, when it is a copy
    event: Event  # as extracted from that article: its spans point into that article's text
    evidence: str  # the evidence sentence, as written there


@dataclass(frozen=True)
class TallyEntry:
    """One report of how many, for a situation's running tally of one event type."""

    quantity: Quantity
    role: str  # total (`52 arrested in all`), addition (`9 more arrested`) or figure (`ten were arrested`)
    published: date
    article_id: str
    evidence: str


@dataclass(frozen=True)
class Tally:
    """A running total across a situation's reports: the latest total, the figures and totals
    reported before it, and the additions reported on their own (`9 more arrested`)."""

    type: str
    latest: TallyEntry
    before: tuple[TallyEntry, ...]  # oldest first
    additions: tuple[TallyEntry, ...]
    casualty: str = ""  # killed, injured...: a tally counts one kind of harm


@dataclass(frozen=True)
class TimelineEvent:
    """One incident as all the reports of a situation tell it: the same arrest reported by five
    outlets is one TimelineEvent with five reports; counts that disagree are kept side by side."""

    type: str
    date: DateMention | None  # the most precise date any report gives
    place: str | None
    actor: str | None
    target: str | None
    counts: tuple[tuple[Quantity, tuple[str, ...]], ...]  # each distinct count, with the articles giving it
    reports: tuple[EventReport, ...]
    # `figure`: counts of one incident; `total`: a running total, its counts in the order reported;
    # `addition`: new events added to a total (`9 more arrested`).
    count_role: str = "figure"
    casualty: str = ""  # killed, injured, missing, displaced, arrested: what its counts count
    # Figures that a later version of a followed page changed: `3 → 5 (Harbour Courier, revised)`.
    revised: tuple[str, ...] = ()

    @property
    def reported(self) -> date:
        """The day of the first report: where an undated incident stands on the timeline."""
        return min(r.published for r in self.reports)

    @property
    def sources(self) -> tuple[str, ...]:
        """The outlets that report it."""
        return tuple(dict.fromkeys(r.source for r in self.reports))

    @property
    def modality(self) -> str:
        """`asserted` when any report states it as fact; else how the reports put it (attributed,
        unconfirmed, possible, planned), the most common way first."""
        ways = [r.event.modality for r in self.reports]
        if "asserted" in ways or not ways:
            return "asserted"
        return max(dict.fromkeys(ways), key=ways.count)

    @property
    def independent(self) -> int:
        """Reports once copies of one report are counted once."""
        return len({r.copy_of or r.article_id for r in self.reports})
