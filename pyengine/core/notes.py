"""The notes under a meerjarenraming's or sleutelvergelijking's tables: member notes, then the toelichting.

The member notes are what the check of the members said (gemeenten of the year, herindelingen); the
toelichting is the spec's own text. Pure: no files."""

from __future__ import annotations


class MemberNotesThenExplanation:
    """For a frozen dataclass with the fields ``notes`` (all, shown under the tables) and ``member_notes``
    (their first part)."""

    notes: tuple[str, ...]
    member_notes: tuple[str, ...]

    @property
    def explanation(self) -> tuple[str, ...]:
        """The toelichting: the notes after the member notes."""
        return self.notes[len(self.member_notes):]
