"""Entities across the store: one identity for one person, organisation or place, whatever report
names it and however.

Within an article, `nlp/entities.py` folds `Mr Trump` and `Trump` into `Donald Trump`. Across
articles the names differ too (`Donald J. Trump` in one report, `Donald Trump` in the next, a bare
`Trump` in a third), so each entity of a stored article is tied to an identity in
`entity_identities`, found through keys in `entity_keys`:

- the key of its name and of every form the report wrote it in (casefolded, dots and apostrophes
  out, a leading `the` dropped, place aliases folded: `U.S.` and `United States` are one key);
- for a person of two words or more, the first and last word (`donald trump` for `Donald J.
  Trump` and `Donald John Trump`), and the surname alone (`~trump`), looked up only for a person
  named by one word.

The recogniser types one name differently from one report to the next, so a name not found in
its own kind is looked up in the kinds it is confused with: an organisation among places and
groups and the reverse, a full name typed a place or a body among people, a one-word person among
bodies and places (see `_find`). Keys from a person's given names (`Comedian Ellen DeGeneres` is
also `ellen degeneres`) and an organisation's initials (`amd`) are registered too. A one-word
person name is ambiguous across a store (two Clintons): it takes the identity of that surname
among the people the article's own situation names most (its centroid) when there is exactly
one, else the identity most articles name when it has at least twice the articles of the next,
else an identity of its own. Identities are never merged or split afterwards: nothing is re-linked.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence

from ..model import Entity
from ..nlp.name_keys import name_key, person_words

# The recogniser calls a town an organisation in one report and a place in the next, a company a
# group: a name not known in its own kind is looked up in these.
_ALSO = {"organisation": ("place", "group"), "place": ("organisation",), "group": ("organisation",)}
UNSAID = frozenset({"of", "and", "the", "for", "&"})  # words an organisation's initials leave out
DOMINANT = 2.0  # a bare surname goes to the most named person of that surname when this many times the next


def initials(name: str) -> str | None:
    """An organisation's initials, by which a later report may name it alone: `Advanced Micro
    Devices` is `amd`, `Hewlett-Packard` is `hp`; None for a name of one word."""
    words = [w for w in re.split(r"[\s-]+", name_key(name, "organisation")) if w and w not in UNSAID]
    return "".join(w[0] for w in words) if 2 <= len(words) <= 6 else None


def person_keys(name: str) -> tuple[str | None, str | None]:
    """The (first and last word, surname) keys of a person's name; None where the name has no such part."""
    words = person_words(name)
    if len(words) >= 2:
        return f"{words[0]} {words[-1]}", f"~{words[-1]}"
    return None, (f"~{words[0]}" if words else None)


def given_name_keys(name: str) -> list[str]:
    """Each word before the surname with the surname: a name the recogniser took with a word in
    front (`Comedian Ellen DeGeneres`) or with a middle name (`Duncan Robert Rait`) is also
    `ellen degeneres` and `duncan rait`."""
    words = person_words(name)
    return [f"{word} {words[-1]}" for word in words[:-1]] if len(words) >= 2 else []


def link_entities(
    conn: sqlite3.Connection, article_id: str, entities: Sequence[Entity], situation_id: int | None
) -> list[int]:
    """Tie each of the article's entities (in order) to an identity; the identity ids."""
    people_here: list[set[int]] = []  # the people of the article's situation, read once when a bare surname needs them

    def situation_people() -> set[int]:
        if not people_here:
            people_here.append(_situation_people(conn, situation_id))
        return people_here[0]

    linked = []
    for index, entity in enumerate(entities):
        identity = _find(conn, entity, situation_people) or _create(conn, entity)
        conn.execute("UPDATE entities SET identity = ? WHERE article_id = ? AND idx = ?", (identity, article_id, index))
        linked.append(identity)
    for identity in set(linked):
        conn.execute("UPDATE entity_identities SET articles = articles + 1 WHERE id = ?", (identity,))
    for identity, entity in zip(linked, entities, strict=True):
        _register(conn, identity, entity)
    _record_pages(conn, article_id, entities, linked)
    return linked


def _record_pages(conn: sqlite3.Connection, article_id: str, entities: Sequence[Entity], linked: list[int]) -> None:
    """What an entity's page reads: the article under each identity it names, with the entity's
    mentions, quotes and events there, and the identity's names and totals."""
    rowid, published = conn.execute("SELECT rowid, published FROM articles WHERE id = ?", (article_id,)).fetchone()
    mentions = dict(
        conn.execute(
            "SELECT entity_idx, COUNT(*) FROM mentions WHERE article_id = ? GROUP BY entity_idx", (article_id,)
        )
    )
    quotes = dict(
        conn.execute(
            "SELECT source_entity, COUNT(*) FROM attributions WHERE article_id = ? GROUP BY source_entity",
            (article_id,),
        )
    )
    actions = conn.execute(
        "SELECT actor_entity, target_entity FROM events WHERE article_id = ? AND in_caption = 0", (article_id,)
    ).fetchall()
    # Two entities of one name may share an identity (`Georgia` the place and the organisation):
    # one row, their mentions added, the quotes and events of the name counted once.
    pages: dict[tuple[int, str], list[int]] = {}
    for index, (identity, entity) in enumerate(zip(linked, entities, strict=True)):
        counts = pages.setdefault(
            (identity, entity.name),
            [0, quotes.get(entity.name, 0), sum(1 for actor, target in actions if entity.name in (actor, target))],
        )
        counts[0] += mentions.get(index, 0)
    for (identity, name), counts in pages.items():
        conn.execute(
            "INSERT OR IGNORE INTO identity_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (identity, published, rowid, article_id, name, *counts),
        )
        conn.execute(
            "INSERT INTO identity_names VALUES (?, ?, 1)"
            " ON CONFLICT (name, identity) DO UPDATE SET articles = articles + 1",
            (name, identity),
        )
        conn.execute(
            "UPDATE entity_identities SET mentions = mentions + ?, quotes = quotes + ?, events = events + ?"
            " WHERE id = ?",
            (*counts, identity),
        )


def _name_forms(entity: Entity) -> list[str]:
    """The entity's keys from its name and every form the article wrote it in (`FLDS` and the
    church's full name are one organisation in a report that gives both); a person's one-word forms
    are left to the surname rule."""
    forms = [entity.name, *sorted({m.text for m in entity.mentions} - {entity.name})]
    keys = []
    for form in forms:
        key = name_key(form, entity.kind)
        if key and key not in keys and not (entity.kind == "person" and " " not in key):
            keys.append(key)
    return keys


def _situation_people(conn: sqlite3.Connection, situation_id: int | None) -> set[int]:
    """The identities of the people the situation names most (its centroid's people): a bounded
    read whatever the size of the story."""
    if situation_id is None:
        return set()
    row = conn.execute("SELECT centroid FROM situations WHERE id = ?", (situation_id,)).fetchone()
    if row is None:
        return set()
    found = set()
    for feature in json.loads(row[0]):
        if feature.startswith("e:"):
            full, _ = person_keys(feature[2:])
            identity = _by_key(conn, full, "person") if full else None
            if identity is not None:
                found.add(identity)
    return found


def _find(conn: sqlite3.Connection, entity: Entity, situation_people: Callable[[], set[int]]) -> int | None:
    keys = _name_forms(entity)
    for kind in (entity.kind, *_ALSO.get(entity.kind, ())):
        for key in keys:
            exact = _by_key(conn, key, kind)
            if exact:
                return exact
    full, surname = person_keys(entity.name)
    if entity.kind != "person":
        # The recogniser calls a person a place or a body now and then (`Maurice Cheeks`, a bare
        # `Gupta`): a known person's full name, or a surname the situation's people carry, is them.
        if full is not None:
            return _by_key(conn, full, "person")
        if surname is None:
            return None
        return _by_surname(conn, surname, situation_people, here_only=True) or _named_alone(conn, surname)
    if full is not None:
        for key in given_name_keys(entity.name):
            found = _by_key(conn, key, "person")
            if found:
                return found
        # Named in full for the first time: the person an earlier report named by surname alone,
        # when there is one such; or the full name a report took for a place or a body.
        alone = _named_alone(conn, surname) if surname else None
        return alone or next(filter(None, (_by_key(conn, full, kind) for kind in ("place", "organisation"))), None)
    if surname is None:
        return None
    # A one-word name no person has: the body or the place of that name (`Seacom`, `Drake`).
    found = _by_surname(conn, surname, situation_people)
    return found or next(filter(None, (_by_key(conn, surname[1:], kind) for kind in ("organisation", "place"))), None)


def _named_alone(conn: sqlite3.Connection, surname: str) -> int | None:
    """The one person identity known by this one word alone (`~gupta`: `Gupta`), if one."""
    found = conn.execute(
        "SELECT k.identity FROM entity_keys k JOIN entity_identities i ON i.id = k.identity"
        " WHERE k.key = ? AND k.kind = 'person' AND instr(i.name, ' ') = 0 LIMIT 2",
        (surname,),
    ).fetchall()
    return int(found[0][0]) if len(found) == 1 else None


def _by_surname(
    conn: sqlite3.Connection, surname: str, situation_people: Callable[[], set[int]], here_only: bool = False
) -> int | None:
    """The person a bare surname stands for: the one of the situation's people who has it, else
    (unless `here_only`) the one most named when they are named far more than the next."""
    candidates = conn.execute(
        "SELECT k.identity, i.articles FROM entity_keys k JOIN entity_identities i ON i.id = k.identity"
        " WHERE k.key = ? AND k.kind = 'person' ORDER BY i.articles DESC, k.identity LIMIT 20",
        (surname,),
    ).fetchall()
    if not candidates:
        return None
    here = [c[0] for c in candidates if c[0] in situation_people()]
    if len(here) == 1:
        return int(here[0])
    if here_only:
        return None
    if len(candidates) == 1 or candidates[0][1] >= DOMINANT * candidates[1][1]:
        return int(candidates[0][0])
    return None


def _by_key(conn: sqlite3.Connection, key: str, kind: str) -> int | None:
    row = conn.execute(
        "SELECT k.identity FROM entity_keys k JOIN entity_identities i ON i.id = k.identity"
        " WHERE k.key = ? AND k.kind = ? ORDER BY i.articles DESC, k.identity LIMIT 1",
        (key, kind),
    ).fetchone()
    return int(row[0]) if row else None


def _create(conn: sqlite3.Connection, entity: Entity) -> int:
    cursor = conn.execute(
        "INSERT INTO entity_identities (name, kind, articles) VALUES (?, ?, 0)", (entity.name, entity.kind)
    )
    return int(cursor.lastrowid or 0)


def _register(conn: sqlite3.Connection, identity: int, entity: Entity) -> None:
    """The entity's keys lead to its identity from now on; an identity known by a surname alone
    takes the first full name it is given."""
    keys = _name_forms(entity)
    if entity.kind == "person":
        keys += [k for k in person_keys(entity.name) if k] + given_name_keys(entity.name)
    code = initials(entity.name) if entity.kind == "organisation" else None
    if code and code not in keys:
        keys.append(code)
    conn.executemany(
        "INSERT OR IGNORE INTO entity_keys (key, kind, identity) VALUES (?, ?, ?)",
        [(key, entity.kind, identity) for key in keys],
    )
    conn.execute(
        "UPDATE entity_identities SET name = ? WHERE id = ? AND instr(name, ' ') = 0 AND instr(?, ' ') > 0",
        (entity.name, identity, entity.name),
    )


def identity_of(conn: sqlite3.Connection, name: str) -> int | None:
    """The identity an entity name stands for in the store (the most named, if several)."""
    row = conn.execute(
        "SELECT identity FROM identity_names WHERE name = ? ORDER BY articles DESC, identity LIMIT 1", (name,)
    ).fetchone()
    return int(row[0]) if row else None


def names_of(conn: sqlite3.Connection, identity: int) -> list[str]:
    """Every name the identity goes by in the store."""
    return [r[0] for r in conn.execute("SELECT name FROM identity_names WHERE identity = ?", (identity,))]


def display_name(conn: sqlite3.Connection, identity: int) -> str:
    row = conn.execute("SELECT name FROM entity_identities WHERE id = ?", (identity,)).fetchone()
    return str(row[0]) if row else ""
