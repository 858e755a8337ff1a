"""Article -> Document: body paragraphs apart from photo captions and their credits."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .model import Article, Caption, CaptionPlace, Credit, Document, Paragraph, Span

# Photo agencies and outlets seen in credits; a bare `(AP)` or `(Nine)` is a credit only
# when it names one of these, so `(R-Texas)` at the end of a line stays body text.
AGENCIES = (
    "AP",
    "AAP",
    "AFP",
    "ANSA",
    "ABC",
    "BBC",
    "CNN",
    "CBS",
    "NBC",
    "Bloomberg",
    "DPA",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Fairfax",
    "Getty",
    "Getty Images",
    "Instagram",
    "Kyodo",
    "Nine",
    "News Corp",
    "PA",
    "Pool",
    "Reuters",
    "Shutterstock",
    "Sipa",
    "Supplied",
    "Twitter",
    "UPI",
    "Xinhua",
    "Yonhap",
    "Handout",
    "File",
    "AP Images",
    "NurPhoto",
    "ZUMA",
    "Zuma Press",
    "SIPA USA",
    "Alamy",
    "The Washington Post",
    "The New York Times",
)
_AGENCY_KEYS = {name.casefold(): name for name in AGENCIES}
_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4}"
_PHOTO_WORD = r"(?:Photo|Photos|Photograph|Picture|Image|Images|Video)"

_AGENCY_PHOTO = re.compile(rf"^(?P<agency>[\w\-]+(?: [\w\-]+)?) {_PHOTO_WORD}\s*/\s*(?P<who>{_NAME})$")
_WHO_VIA = re.compile(rf"^(?:{_PHOTO_WORD}\s*(?:by)?:?\s*)?(?P<who>{_NAME})\s*(?:/|\bvia\b|\bfor\b)\s*(?P<rest>.+)$")
_PREFIXED = re.compile(rf"^(?:{_PHOTO_WORD}|Credit|Source)s?\s*(?:by|:)\s*(?P<rest>.+)$", re.IGNORECASE)
# A paragraph ending in one or more parentheticals, e.g. `... (AP Photo/Julio Cortez) (AP)`.
_TRAILING_PARENS = re.compile(r"(?:\s*\([^()\n]{1,80}\))+\s*$")
_ONE_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
# A dateline opens a report: a place in capitals, maybe its state or country and a date, maybe the
# agency, then a dash or a colon (`INDIANAPOLIS, Ind. –`, `WASHINGTON (AP) —`, `LONDON, March 3
# (Reuters) -`, `NEW DELHI:`). Capitals are required, so a sentence's first words never match.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]{2,}(?:[ ][A-Z][A-Z.'’-]+){0,3})"
    r"(?:,[ ]+[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?"
    r"(?:,[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2})?"
    r"(?:[ ]*\([A-Za-z][A-Za-z .&/-]{0,30}\))?"
    r"[ ]*(?:—|–|--|-|:|_)(?:[ ]+(?=\S)|[ ]*$)"  # the lead after it, or on the next line (wire copy)
)
# Capitals that open a line and are not a place: labels and headline words.
_NOT_DATELINE = frozenset(
    {
        "ALERT", "ANALYSIS", "BOOM", "BREAKING", "BUSTED", "BYLINE", "CHECK", "CORRECTION", "EDITOR'S",
        "EXCLUSIVE", "FACT", "FLASH", "LIVE", "LOOK", "NOTE", "OPINION", "PHOTOS", "REVEALED", "UPDATE",
        "UPDATED", "URGENT", "VIDEO", "WATCH", "WOW",
    }
)  # fmt: skip
_CAPTION_LEAD = re.compile(rf"^(?:{_PHOTO_WORD}|PHOTO|IMAGE|Pictured|Above|Top|Left|Right)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class CreditParts:
    photographer: str | None
    agency: str | None


# Months and days of the week, which a date line names (`November 28, 2005`, `Monday, 16 September`).
_CALENDAR_WORDS = frozenset(
    [
        *["january", "february", "march", "april", "may", "june", "july", "august", "september", "october"],
        *["november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"],
        *["dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ]
)
# Words of a date line: a title or a first line made only of these says when, not what.
DATE_LINE_WORDS = _CALENDAR_WORDS | frozenset(
    [
        *["am", "pm", "a", "p", "m", "gmt", "utc", "et", "est", "edt", "pst", "pdt", "bst", "uk", "cet", "cest"],
        *["updated", "posted", "published", "last", "at", "on", "st", "nd", "rd", "th"],
    ]
)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_date_line(line: str) -> bool:
    """`November 28, 2005`, `Posted: Nov 27, 2005 12:41PM`: a line with a number and a month or a
    day of the week that only says when."""
    words = _LETTERS.findall(line.lower())
    calendar = any(w in _CALENDAR_WORDS for w in words)
    return calendar and any(ch.isdigit() for ch in line) and all(w in DATE_LINE_WORDS for w in words)


def story_start(text: str, title: str | None = None, most_lines: int = 3, most_words: int = 30) -> int:
    """Where the story begins after a standfirst: the end of a date line standing on its own under
    a few short lines (`Ten people are killed and about 50 hurt.` over `November 28, 2005`), which
    are the headline's, not the story's; or the end of a first line written as a headline, in
    title case (`Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder`), or in any case
    under a `title` that is only a date line (`John Jenkin accused of Millom mother and sister
    murder` under `10 June 2013 Last updated at 14: 00 GMT`); 0 where the text opens with its story."""
    lines = re.finditer(r"[^\r\n]*\S[^\r\n]*", text)
    headline = 0
    dated_title = title is not None and is_date_line(title)
    for index, line in enumerate(itertools.islice(lines, most_lines + 1)):
        if index and is_date_line(line.group(0)):
            return line.end()
        if index == 0 and (_title_case(line.group(0)) or (dated_title and _heading_line(line.group(0)))):
            headline = line.end()
        if len(line.group(0).split()) > most_words:
            return headline
    return headline


def _title_case(line: str) -> bool:
    """A heading line written as a headline: five words or more, nearly all capitalised."""
    words = [w for w in line.split() if w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return _heading_line(line) and len(words) >= 5 and capitals >= 0.85 * len(words)


def dateline_place(dateline: str) -> tuple[int, int] | None:
    """Where the place's words lie in a dateline's text (`INDIANAPOLIS` of `INDIANAPOLIS, Ind. –`)."""
    found = _DATELINE.match(dateline)
    return found.span("place") if found else None


def parse_credit(text: str, outlet: str | None = None) -> CreditParts | None:
    """The photographer and agency in one credit, or None when it is not a credit.

    `outlet` is the publishing site, which credits its own photos: `(Kelso Courier)`.
    """
    text = text.strip().rstrip(".").strip()
    if not text or len(text) > 80:
        return None
    known = _known_agency(text)
    if known:
        return CreditParts(None, known)
    if outlet and text.casefold() == outlet.strip().casefold():
        return CreditParts(None, outlet.strip())
    if match := _PREFIXED.match(text):
        return parse_credit(match.group("rest"), outlet)
    if (match := _AGENCY_PHOTO.match(text)) and _known_agency(match.group("agency")):
        return CreditParts(match.group("who").strip(), _known_agency(match.group("agency")))
    if match := _WHO_VIA.match(text):
        who, rest = match.group("who").strip(), match.group("rest").strip()
        if lead_agency := _known_agency(who):  # `Getty/Instagram`, `REUTERS/Jonathan Ernst`
            named = re.fullmatch(_NAME, rest) and not _agency_in(rest)
            return CreditParts(rest if named else None, lead_agency)
        agency = _agency_in(rest)
        return CreditParts(who, agency) if agency else None
    return None


def _known_agency(text: str) -> str | None:
    return _AGENCY_KEYS.get(text.strip().casefold())


def _agency_in(text: str) -> str | None:
    """The agency a credit tail names: `Pool via AP` -> AP, `Getty Images` -> Getty Images."""
    parts = [p.strip() for p in re.split(r"\s*(?:/|\bvia\b|\bfor\b)\s*", text) if p.strip()]
    for part in reversed(parts):
        if agency := _known_agency(part):
            return agency
    return None


def _trailing_credit(paragraph: str, outlet: str | None) -> tuple[int, CreditParts] | None:
    """Where a trailing run of credit parentheticals starts, and what it says."""
    match = _TRAILING_PARENS.search(paragraph)
    if not match:
        return None
    photographer = agency = None
    for inner in _ONE_PAREN.findall(match.group(0)):
        parts = parse_credit(inner, outlet)
        if parts is None:
            return None
        photographer = photographer or parts.photographer
        agency = parts.agency if parts.photographer or agency is None else agency
    start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return start, CreditParts(photographer, agency)


# A line longer than this is read in pieces, so one huge line costs what its pieces cost (the
# parser needs about 1 GB per 100,000 characters and refuses a million); news paragraphs are far
# shorter.
MAX_PARAGRAPH_CHARS = 10_000
_PIECE_END = re.compile(r"[.!?][”’\"')\]]*\s+|\s+")


def _split_paragraphs(text: str) -> list[Span]:
    """One paragraph per non-blank line, trimmed of surrounding white space; a line over
    MAX_PARAGRAPH_CHARS is cut into pieces at the last sentence end (else space) before it."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group(0)
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.extend(_pieces(text, start, start + len(stripped)))
    return spans


def _pieces(text: str, start: int, end: int) -> list[Span]:
    pieces = []
    while end - start > MAX_PARAGRAPH_CHARS:
        window = text[start : start + MAX_PARAGRAPH_CHARS]
        breaks = [m for m in _PIECE_END.finditer(window) if m.start() > MAX_PARAGRAPH_CHARS // 2]
        sentence_ends = [m for m in breaks if not m.group(0)[0].isspace()]
        if breaks:  # end the piece after the sentence's punctuation, start the next after the blanks
            cut = (sentence_ends or breaks)[-1]
            pieces.append(Span(start, start + cut.start() + len(cut.group(0).rstrip())))
            start += cut.end()
        else:  # no blank in half the window: a hard cut
            pieces.append(Span(start, start + len(window)))
            start += len(window)
    pieces.append(Span(start, end))
    return pieces


def _heading_line(text: str) -> bool:
    """A line above a report's first sentence that is no sentence: a standfirst, a byline or a
    date line (`Story Created: Aug 7, 2012 at 9: 56 AM AKDT`)."""
    line = text.strip()
    return "\n" not in line and len(line.split()) <= 15 and not line.endswith((".", "!", "?", '"', "”"))


def _caption_key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def clean(article: Article) -> Document:
    """Split the article into body paragraphs and captions; fold repeated captions."""
    text = article.text
    paragraphs: list[Paragraph] = []
    caption_texts: list[str] = []
    caption_places: list[list[CaptionPlace]] = []
    index_by_key: dict[str, int] = {}
    for span in _split_paragraphs(text):
        place = _caption_place(text, span, article.source)
        if place is None:
            # (after a standfirst or a date line only: `No injuries reported`, `Story Created: Aug 7,
            # 2012`, then `ALASKA - Shortly after 3: 30 Tuesday morning ...`)
            opening = all(p.kind != "body" or _heading_line(p.span.of(text)) for p in paragraphs)
            dateline = _DATELINE.match(span.of(text)) if opening else None
            if dateline is not None and not set(dateline["place"].split()) & _NOT_DATELINE:
                # the first body paragraph opens with the report's place
                paragraphs.append(Paragraph(Span(span.start, span.start + dateline.end()), "dateline"))
                span = Span(span.start + dateline.end(), span.end)
                if not span.of(text).strip():  # `HAVANA (AP) --` on a line of its own
                    continue
            paragraphs.append(Paragraph(span, "body"))
            continue
        caption_text = place.text_span.of(text)
        key = _caption_key(caption_text) or _caption_key(span.of(text))
        if key not in index_by_key:
            index_by_key[key] = len(caption_texts)
            caption_texts.append(caption_text)
            caption_places.append([])
        caption_places[index_by_key[key]].append(place)
        paragraphs.append(Paragraph(span, "caption", index_by_key[key]))
    captions = tuple(Caption(text=t, places=tuple(p)) for t, p in zip(caption_texts, caption_places, strict=True))
    return Document(article=article, paragraphs=tuple(paragraphs), captions=captions)


def _caption_place(text: str, span: Span, outlet: str | None) -> CaptionPlace | None:
    paragraph = span.of(text)
    trailing = _trailing_credit(paragraph, outlet)
    if trailing is not None:
        credit_start, parts = trailing
        caption_part = paragraph[:credit_start].rstrip()
        credit = Credit(Span(span.start + credit_start, span.end), parts.photographer, parts.agency)
        return CaptionPlace(span, Span(span.start, span.start + len(caption_part)), credit)
    # A line that is only a credit (`Scott Olson via Getty Images.`) captions the photo above it.
    if len(paragraph) <= 80 and (parts := parse_credit(paragraph, outlet)) is not None:
        return CaptionPlace(span, Span(span.start, span.start), Credit(span, parts.photographer, parts.agency))
    if _CAPTION_LEAD.match(paragraph):
        return CaptionPlace(span, span, None)
    return None
