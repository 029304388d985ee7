"""Articles -> events.

For now every article is its own event; the event id and title are built from the
article's main meeting (date + participants, slugified ASCII) so they stay stable.
"""

from __future__ import annotations

import re

from .models import Claim, ClaimsFile, Event
from .text import fold


def slugify(text: str) -> str:
    """ASCII, lowercase, words joined by `-`: `Mustafa Oğuz` -> `mustafa-oguz`."""
    ascii_text = fold(text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def main_meeting(claims: ClaimsFile) -> Claim | None:
    """The first meeting the article reports as news (not background)."""
    for claim in claims.claims:
        if claim.kind == "meeting" and not claim.background and claim.object:
            return claim
    return None


def _entity_name(claims: ClaimsFile, ref: str | None) -> str | None:
    if ref is None:
        return None
    for entity in claims.entities:
        if entity.id == ref:
            return entity.name
    return ref


def event_of(claims: ClaimsFile) -> Event:
    """A one-article event named for its main meeting, else for the article itself."""
    meeting = main_meeting(claims)
    date = (meeting.date if meeting else None) or claims.article.published
    if meeting is not None:
        a = _entity_name(claims, meeting.subject) or "someone"
        b = _entity_name(claims, meeting.object) or "someone"
        title = f"{a} meets {b}"
        names = [a.split()[-1], b.split()[-1]]
    else:
        title = claims.article.title or claims.article.id
        names = [slugify(title)[:40]]
    slug = "-".join(part for part in (date or "undated", *map(slugify, names)) if part)
    return Event(id=slug, title=title, date=date, articles=[claims.article.id], findings=[])


def singleton_events(files: list[ClaimsFile]) -> list[Event]:
    """One event per article; ids made unique by a numeric suffix in article order."""
    events: list[Event] = []
    seen: dict[str, int] = {}
    for claims in sorted(files, key=lambda c: c.article.id):
        event = event_of(claims)
        count = seen.get(event.id, 0)
        seen[event.id] = count + 1
        if count:
            event = event.model_copy(update={"id": f"{event.id}-{count + 1}"})
        events.append(event)
    return sorted(events, key=lambda e: (e.date or "", e.id), reverse=True)
