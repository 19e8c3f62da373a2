"""Model adapters (Bedrock, any OpenAI-compatible server, a scripted fake) behind the LLM port of logic/ports.py."""

from __future__ import annotations

from careervp.logic.ports import LLM


async def close_model_client(llm: LLM | None) -> None:
    """Close the adapter's pooled connections, for adapters that keep some (server shutdown)."""
    aclose = getattr(llm, "aclose", None)
    if aclose is not None:
        await aclose()
