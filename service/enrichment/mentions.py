"""Looks up which actor a character span of the text refers to, from the resolved actors' mentions."""

from __future__ import annotations

import bisect

from schemas import Actor


class MentionIndex:
    """Sorted mention spans → actor id; built once per article."""

    def __init__(self, actors: list[Actor]) -> None:
        spans = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self.kinds = {a.id: a.kind for a in actors}
        #: Mentions that name a people, not a place ("Russian shelling", "Israeli forces"): never where a thing happened.
        self._demonyms = {(m.start, m.end) for a in actors for m in a.mentions if m.label == "NORP"}

    def named_as_place(self, actor: str, start: int, end: int) -> bool:
        """Whether `actor` has a mention in [start, end) that is not a demonym ("Gaza", not "Palestinians")."""
        return actor in self.places_in(start, end)

    def places_in(self, start: int, end: int) -> list[str]:
        """The actors named in [start, end) by a mention that can be a place: not a demonym."""
        i = bisect.bisect_left(self._starts, start)
        found: list[str] = []
        for j in range(max(0, i - 1), len(self._spans)):
            s, e, actor = self._spans[j]
            if s >= end:
                break
            if e > start and actor not in found and (s, e) not in self._demonyms:
                found.append(actor)
        return found

    def actor_in(self, start: int, end: int) -> str | None:
        """The first actor with a mention overlapping [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        for j in range(max(0, i - 1), len(self._spans)):
            s, e, actor = self._spans[j]
            if s >= end:
                break
            if e > start:
                return actor
        return None

    def actors_in(self, start: int, end: int) -> list[str]:
        i = bisect.bisect_left(self._starts, start)
        found: list[str] = []
        for j in range(max(0, i - 1), len(self._spans)):
            s, e, actor = self._spans[j]
            if s >= end:
                break
            if e > start and actor not in found:
                found.append(actor)
        return found

    def last_actor_before(self, pos: int, floor: int = 0, *, kind: str | None = None) -> str | None:
        """The actor (of `kind`, if given) whose mention ends last before `pos`, not earlier than `floor`."""
        i = bisect.bisect_left(self._starts, pos)
        for j in range(min(i, len(self._spans)) - 1, -1, -1):
            s, e, actor = self._spans[j]
            if s < floor:
                break
            if e <= pos and (kind is None or self.kinds.get(actor) == kind):
                return actor
        return None
