"""`python -m bench.letters [CORPUS] [--out DIR]`: blind judge packets for the offline writer's letters.

For each pair of a corpus folder (default: the frozen fresh set, whose `reference_letters.jsonl` holds one careful
human letter per pair), the offline letter is rendered in the pair's own tone and put beside the reference letter in
a packet: the posting, then the two letters labelled A and B in an order drawn from a seeded generator. The rubric
goes in the same folder; the key (which letter is which) is written apart from it, so the folder can be handed to
judges who see neither the code nor the key. Judges return one JSON line per pair:
`{"pair": "fa-p01", "A": 4, "B": 3, "prefer": "A"}` ("prefer" is "A", "B" or "tie").

`python -m bench.letters --record-model-path tests/fixtures/model_path` records the model path's fixtures: the
prompt for three pairs outside software and the reply the local model stub gives to it (labelled as such).

`python -m bench.letters --score KEY JUDGEMENTS...` turns the judgements (one file per judge) into the figures: the
writer's mean rating, the reference's, and the share of pairs where the writer's letter was preferred or tied, over
every judge's lines together and for each judge apart. The defect checks every
letter goes through (logic/writers/defects.py) are counted per letter as well, without a judge.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
from pathlib import Path
from typing import Any

from bench.truth import _inputs, _records
from careervp.logic.evidence import build_evidence_map
from careervp.logic.prompts import build_prompt
from careervp.logic.scoring import cv_text, posting_text
from careervp.logic.text import word_count
from careervp.logic.writers.base import WritingBrief, cv_source_text
from careervp.logic.writers.defects import letter_defects
from careervp.logic.writers.template import TemplateWriter
from careervp.models.api import Preferences, Tone

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "tests/fixtures/fresh_corpus"
DEFAULT_OUT = REPO / "build/judge"
SEED = 20261206
RUBRIC = """# Rubric for each packet

Read the posting, then both letters. They were written for the same candidate and the same job.

Rate each letter from 1 to 5:
- 5: I would be glad to receive this letter.
- 4: I would send it with light edits.
- 3: Parts of it need a rewrite.
- 2: It reads as assembled from pieces.
- 1: It would hurt the application.

Then say which you would rather send: A, B, or tie.

Return one JSON line per packet, for example:
{"pair": "fa-p01", "A": 4, "B": 3, "prefer": "A"}
"""


MODEL_PATH_PAIRS = ("fa-p04", "fc-p04", "fd-p06")
"""Veterinary nursing, hospitality and social work: the model path's recorded prompts, outside software."""
MODEL_PATH_LABEL = (
    "RECORDED FROM THE STUB, NOT FROM A REAL MODEL: the reply below is what tests/faults/model_stub.py (the local\n"
    "OpenAI-compatible stand-in) answers to the prompt beside it: the prompt's fact lines as first-person sentences.\n"
)


def brief_for(root: Path, pair: dict[str, Any]) -> tuple[WritingBrief, str]:
    """The writing brief for one corpus pair, and its posting text."""
    cv, job = _inputs(root, pair)
    evidence = build_evidence_map(cv, job, emphasis_areas=pair.get("emphasis_areas") or [])
    prefs = Preferences(tone=Tone(pair.get("tone", "professional")), word_count_target=pair["word_count_target"],
                        emphasis_areas=pair.get("emphasis_areas") or [])  # fmt: skip
    posting = (root / pair["job"]).read_text(encoding="utf-8")
    return WritingBrief(evidence=evidence, preferences=prefs, candidate=cv.person, cv_text=cv_source_text(cv)), posting


def record_model_path(root: Path, out: Path) -> list[Path]:
    """For each of MODEL_PATH_PAIRS: the prompt the model gets (system, then user) and the stub's reply to it."""
    sys.path.insert(0, str(REPO / "tests"))
    from faults.model_stub import faithful_letter

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for pair in _records(root, "pairs.jsonl"):
        if pair["id"] not in MODEL_PATH_PAIRS:
            continue
        brief, _ = brief_for(root, pair)
        prompt = build_prompt(brief)
        reply, _ = faithful_letter(prompt.user)
        prompt_path, reply_path = out / f"{pair['id']}.prompt.txt", out / f"{pair['id']}.reply.txt"
        prompt_path.write_text(f"{prompt.system}\n{PROMPT_SEPARATOR}\n{prompt.user}\n", encoding="utf-8")
        reply_path.write_text(f"{MODEL_PATH_LABEL}{REPLY_SEPARATOR}\n{reply}\n", encoding="utf-8")
        written += [prompt_path, reply_path]
    return written


PROMPT_SEPARATOR = "=" * 20 + " user " + "=" * 20
REPLY_SEPARATOR = "=" * 20 + " reply " + "=" * 20


def render(root: Path) -> list[dict[str, Any]]:
    """The offline letter for each pair, with the posting, the reference letter and the defect checks' findings."""
    references = {r["pair"]: r["letter"] for r in _records(root, "reference_letters.jsonl")}
    rendered = []
    for pair in _records(root, "pairs.jsonl"):
        if _inputs(root, pair)[0] is None:  # the user would get the reader's error, not a letter: no packet
            print(f"{pair['id']}: the CV could not be read, so there is no letter to judge", file=sys.stderr)
            continue
        brief, posting = brief_for(root, pair)
        letter = asyncio.run(TemplateWriter().write(brief)).text
        rendered.append({
            "pair": pair["id"], "posting": posting, "writer": letter, "reference": references.get(pair["id"]),
            "target": brief.preferences.word_count_target, "words": word_count(letter),
            "defects": letter_defects(letter, posting=posting_text(brief.evidence), cv=cv_text(brief.evidence)),
        })  # fmt: skip
    return rendered


def write_packets(rendered: list[dict[str, Any]], out: Path, key_path: Path, *, seed: int = SEED) -> int:
    """Packets and rubric into `out`, the key to `key_path`; returns the number of packets."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "RUBRIC.md").write_text(RUBRIC, encoding="utf-8")
    draw = random.Random(seed)
    key: dict[str, dict[str, str]] = {}
    for item in rendered:
        if not item["reference"]:
            continue
        order = ["writer", "reference"]
        draw.shuffle(order)
        key[item["pair"]] = {"A": order[0], "B": order[1]}
        packet = (
            f"# Packet {item['pair']}\n\n## The posting\n\n{item['posting'].strip()}\n\n"
            f"## Letter A\n\n{item[order[0]].strip()}\n\n## Letter B\n\n{item[order[1]].strip()}\n"
        )
        (out / f"{item['pair']}.md").write_text(packet, encoding="utf-8")
    key_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.write_text(json.dumps(key, indent=2) + "\n", encoding="utf-8")
    return len(key)


def score(key: dict[str, dict[str, str]], judgements: list[dict[str, Any]]) -> dict[str, Any]:
    """The writer's and the reference's mean ratings, and how often the writer was preferred or tied."""
    ratings: dict[str, list[float]] = {"writer": [], "reference": []}
    preferred_or_tied = 0
    for judged in judgements:
        labels = key[judged["pair"]]
        for label in ("A", "B"):
            ratings[labels[label]].append(float(judged[label]))
        choice = str(judged.get("prefer", "tie")).strip()
        preferred_or_tied += choice.casefold() == "tie" or labels.get(choice.upper()) == "writer"
    judged_pairs = len(judgements)
    return {
        "pairs": judged_pairs,
        "writer_mean": round(statistics.fmean(ratings["writer"]), 2) if ratings["writer"] else None,
        "reference_mean": round(statistics.fmean(ratings["reference"]), 2) if ratings["reference"] else None,
        "writer_preferred_or_tied": round(preferred_or_tied / judged_pairs, 3) if judged_pairs else None,
    }


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the packets' folder (for the judges)")
    parser.add_argument("--key", type=Path, help="where the key goes (default: beside the folder, not in it)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--score", nargs="+", type=Path, metavar="KEY JUDGEMENTS", help="the key, then each judge's file"
    )
    parser.add_argument(
        "--record-model-path",
        type=Path,
        metavar="DIR",
        help="write the model prompts and the stub's replies for three pairs (test fixtures)",
    )
    args = parser.parse_args(argv)
    if args.record_model_path:
        for path in record_model_path(args.corpus, args.record_model_path):
            print(path)
        return 0
    if args.score:
        if len(args.score) < 2:
            parser.error("--score takes the key and at least one judge's file")
        key = json.loads(args.score[0].read_text(encoding="utf-8"))
        judges = [_read_jsonl(path) for path in args.score[1:]]
        figures = score(key, [line for judged in judges for line in judged])
        figures["per_judge"] = {
            path.name: score(key, judged) for path, judged in zip(args.score[1:], judges, strict=True)
        }
        print(json.dumps(figures, indent=2))
        return 0
    rendered = render(args.corpus)
    key_path = args.key or args.out.with_name(args.out.name + ".key.json")
    count = write_packets(rendered, args.out, key_path, seed=args.seed)
    off = [f"{r['pair']} {r['words']}/{r['target']}" for r in rendered if abs(r["words"] / r["target"] - 1) > 0.15]
    defects = sum(len(r["defects"]) for r in rendered)
    print(f"{count} packets in {args.out}, rubric {args.out / 'RUBRIC.md'}, key {key_path}")
    print(f"offline letters: {len(rendered)}, defects found: {defects}, outside +-15% of the target: {off or 'none'}")
    for r in rendered:
        for defect in r["defects"]:
            print(f"  {r['pair']}: {defect}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
