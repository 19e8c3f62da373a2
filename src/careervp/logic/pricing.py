"""What a model call costs: a small price table, a tolerant model-id matcher and a token estimate.

Prices are USD per million tokens, as Anthropic publishes them for Amazon Bedrock on-demand use. Model ids reach us
in many spellings: Bedrock inference profiles carry a region prefix ("us.", "eu.", "apac.", "global."), foundation
model ids a provider prefix ("anthropic."), ARNs a path, Vertex a "@date" suffix. Matching therefore looks for the
model family ("claude-haiku-4-5") inside the normalised id rather than comparing whole strings, so a new dated
snapshot or another region still prices correctly.

Anything that matches no entry is treated as a local model (Ollama, vLLM, llama.cpp server): it costs nothing per
token. That is the right answer for self-hosted models and the only safe one for unknown ids (we would rather report
no cost than invent one); callers who need to know can check `ModelPrice.family == LOCAL.family`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Token estimate: about four characters of English per token (OpenAI and Anthropic both quote ~3.5-4). It is only
# used to plan prompt size and to fill in counts a server did not report; real counts come from the provider.
CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class ModelPrice:
    family: str
    input_per_mtok: float
    output_per_mtok: float

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        """USD for one call with these token counts."""
        return (max(input_tokens, 0) * self.input_per_mtok + max(output_tokens, 0) * self.output_per_mtok) / 1e6


HAIKU_45 = ModelPrice("claude-haiku-4-5", 1.0, 5.0)
SONNET_45 = ModelPrice("claude-sonnet-4-5", 3.0, 15.0)
LOCAL = ModelPrice("local", 0.0, 0.0)

PRICES: tuple[ModelPrice, ...] = (HAIKU_45, SONNET_45)

# "us.anthropic.claude-haiku-4-5-20251001-v1:0" -> "claude-haiku-4-5-20251001-v1:0"
_REGION_PREFIX = re.compile(r"^(?:[a-z]{2,6}\.)?(?:anthropic\.)?")


def normalise_model_id(model_id: str) -> str:
    """Lower case, without ARN path, region prefix or provider prefix."""
    bare = model_id.strip().lower().rsplit("/", 1)[-1]
    return _REGION_PREFIX.sub("", bare, count=1)


def price_for(model_id: str | None, table: tuple[ModelPrice, ...] = PRICES) -> ModelPrice:
    """The price entry for a model id, or LOCAL (zero cost) when no entry matches."""
    if not model_id:
        return LOCAL
    bare = normalise_model_id(model_id)
    for entry in table:
        # The family must end at a boundary, so "claude-haiku-4-5" does not match a future "claude-haiku-4-50".
        if re.search(rf"(?:^|[^a-z0-9]){re.escape(entry.family)}(?![0-9])", bare):
            return entry
    return LOCAL


def estimate_cost(
    model_id: str | None, input_tokens: int, output_tokens: int, table: tuple[ModelPrice, ...] = PRICES
) -> float:
    """USD for one call, priced by the model id (zero for local or unknown models)."""
    return price_for(model_id, table).cost(input_tokens, output_tokens)


def estimate_tokens(text: str) -> int:
    """Rough token count for planning: ceil(characters / 4). Empty text is 0 tokens."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)
