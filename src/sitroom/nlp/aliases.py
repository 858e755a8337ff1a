"""Names that stand for one place however they are written; keys are casefolded, without dots."""

from __future__ import annotations

COUNTRIES = {
    "us": "United States",
    "usa": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "uae": "United Arab Emirates",
    "drc": "Democratic Republic of the Congo",
}

CITIES = {
    "dc": "Washington, D.C.",
    "washington dc": "Washington, D.C.",
    "district of columbia": "Washington, D.C.",
    "nyc": "New York City",
    "new york city": "New York City",
}

# AP-style state abbreviations as datelines write them (`FLINT, Mich.`). Left out because they
# are also common words or other places: La. (Los Angeles), Miss. (a title), Ind., Wash., Mo.
US_STATES = {
    "ala": "Alabama",
    "ariz": "Arizona",
    "ark": "Arkansas",
    "calif": "California",
    "colo": "Colorado",
    "conn": "Connecticut",
    "del": "Delaware",
    "fla": "Florida",
    "ga": "Georgia",
    "ill": "Illinois",
    "kan": "Kansas",
    "kans": "Kansas",
    "ky": "Kentucky",
    "md": "Maryland",
    "mass": "Massachusetts",
    "mich": "Michigan",
    "minn": "Minnesota",
    "mont": "Montana",
    "neb": "Nebraska",
    "nev": "Nevada",
    "nh": "New Hampshire",
    "nj": "New Jersey",
    "nm": "New Mexico",
    "ny": "New York",
    "nc": "North Carolina",
    "nd": "North Dakota",
    "okla": "Oklahoma",
    "ore": "Oregon",
    "pa": "Pennsylvania",
    "ri": "Rhode Island",
    "sc": "South Carolina",
    "sd": "South Dakota",
    "tenn": "Tennessee",
    "vt": "Vermont",
    "va": "Virginia",
    "wva": "West Virginia",
    "wis": "Wisconsin",
    "wyo": "Wyoming",
    "tex": "Texas",
}

PLACE_ALIASES: dict[str, str] = {**COUNTRIES, **CITIES, **US_STATES}
