"""A full stop after a clipped word inside a CV line ("c. £2m", "est. value", "incl. weekends", "ca. 40 sites") does
not end the line's first sentence: a role line keeps what follows it, and the sentence splitter the writer, the
scorer and the checker share does not cut there."""

from __future__ import annotations

import pytest

from careervp.logic.text import split_sentences
from careervp.logic.writers.clauses import role_clause


def test_a_role_line_keeps_what_follows_a_clipped_word() -> None:
    assert role_clause("Budget holder for c. £2m of ward stock", ongoing=True) == (
        "am a budget holder for c. £2m of ward stock"
    )
    assert role_clause("Site lead for ca. 40 depots. Reported to the board", ongoing=False) == (
        "was a site lead for ca. 40 depots"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I ran 9 tenders (est. value £3m) for the trust. All were awarded.",
        "I covered every shift, incl. Saturdays and nights. The rota held.",
        "I looked after ca. 40 depots across the region. Each had its own lead.",
        "I raised avg. Saturday takings by 12%. The shop grew.",
    ],
)
def test_a_clipped_word_does_not_end_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2
