"""The labelled corpora the engine is measured on, and the ratchet that holds each one's figures.

Three corpora can be measured, each under its own name:
- "shared": ../shared/data/corpus beside the repository (skipped when absent);
- "fresh": tests/fixtures/fresh_corpus, written independently of the code and frozen, so it always runs;
- "custom": the folder in $CAREERVP_CORPUS_DIR (or $CAREERVP_CORPUS), judged by the acceptance thresholds alone.

The ratchet (ratchet.json) records, per corpus, the recall floor of each fabrication kind, the ceiling on false
alarms, and the generation pairs known to fail with their reason. A floor may only rise and a ceiling only fall: the
tests fail when a figure gets worse, and also when it gets better than recorded, so the file is tightened in the same
change that earns it. Once a figure reaches its acceptance threshold, the threshold is what the ratchet records.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
RATCHET_FILE = Path(__file__).with_name("ratchet.json")


@dataclass(frozen=True)
class Thresholds:
    """Acceptance: overall recall of the gated kinds, recall of each kind, share of faithful letters flagged."""

    core_recall: float
    kind_recall: float
    false_alarm_rate: float


ACCEPTANCE = {
    "shared": Thresholds(core_recall=0.97, kind_recall=0.90, false_alarm_rate=0.03),
    "fresh": Thresholds(core_recall=0.95, kind_recall=0.90, false_alarm_rate=0.05),
    "custom": Thresholds(core_recall=0.95, kind_recall=0.90, false_alarm_rate=0.05),
}


@dataclass(frozen=True)
class Corpus:
    name: str
    root: Path
    ratchet: dict[str, Any] = field(default_factory=dict)

    @property
    def thresholds(self) -> Thresholds:
        return ACCEPTANCE[self.name]

    def records(self, file_name: str) -> list[dict[str, Any]]:
        path = self.root / file_name
        if not path.is_file():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def known_pair_failures(self) -> dict[str, dict[str, Any]]:
        """pair id -> {"reason": why it fails, "checks": which checks fail ("own_tone", "every_tone")}."""
        failures: dict[str, dict[str, Any]] = self.ratchet.get("pair_failures", {})
        return failures


def load_ratchet() -> dict[str, dict[str, Any]]:
    ratchet: dict[str, dict[str, Any]] = json.loads(RATCHET_FILE.read_text(encoding="utf-8"))
    return ratchet


def corpora() -> list[Corpus]:
    """Every corpus present on this machine, the custom one alone when it is asked for."""
    ratchet = load_ratchet()
    custom = os.environ.get("CAREERVP_CORPUS_DIR") or os.environ.get("CAREERVP_CORPUS")
    if custom:
        return [Corpus("custom", Path(custom))]
    found = []
    for name, root in (("shared", REPO.parent / "shared/data/corpus"), ("fresh", REPO / "tests/fixtures/fresh_corpus")):
        if (root / "fvs.jsonl").is_file() or (root / "pairs.jsonl").is_file():
            found.append(Corpus(name, root, ratchet.get(name, {})))
    return found
