"""How hard a passphrase is to guess, for the hint beside a new one (no Qt, no SQL).

Scored by zxcvbn (Dropbox's estimator, pure Python): it knows common passwords, names,
dictionary words, keyboard patterns, dates and repeats, which counting character classes
does not ("Password1!" has four classes and is among the first guesses). The score is 0
(guessed at once) to 4 (far beyond an offline attack on SQLCipher's 256,000-round KDF).
"""

from __future__ import annotations

from dataclasses import dataclass

WEAK_BELOW = 3
"""Scores under this get a warning beside the field (a passphrase is still allowed)."""


@dataclass(frozen=True, slots=True)
class Strength:
    """A passphrase's score (0-4) and whether it is long enough to be used at all."""

    score: int
    long_enough: bool

    @property
    def weak(self) -> bool:
        """True when the hint should warn."""
        return not self.long_enough or self.score < WEAK_BELOW


def strength(passphrase: str, minimum: int) -> Strength:
    """Score ``passphrase`` (``minimum``: the shortest length allowed)."""
    if not passphrase:
        return Strength(0, False)
    from zxcvbn import zxcvbn

    score = int(zxcvbn(passphrase[:100])["score"])  # its cost grows with length: 100 is plenty
    return Strength(score, len(passphrase) >= minimum)
