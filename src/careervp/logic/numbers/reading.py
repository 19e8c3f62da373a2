"""The quantities of a text as the engine asks for them: parsed once per text and remembered."""

from __future__ import annotations

from careervp.logic.numbers.parse import parse_quantities
from careervp.logic.numbers.quantity import Quantity
from careervp.vocabulary.text_memo import TextMemo

QUANTITIES = TextMemo(parse_quantities, 4096)
"""The quantities of a text, remembered: FVS re-reads every line of the same CV and posting for each letter it
checks, and a CV's lines are read once at upload and handed back in (logic/text_facts.py)."""


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with span offsets into `text`: a fresh list of shared (frozen) items."""
    return list(QUANTITIES(text))
