"""The blind judge packets: two letters per pair in a seeded random order, the rubric beside them, the key apart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.letters import DEFAULT_CORPUS, RUBRIC, main, render, score, write_packets
from tests.unit.corpus.corpora import load_ratchet


def _rendered(n: int) -> list[dict[str, object]]:
    return [
        {"pair": f"p{i}", "posting": f"Posting {i}", "writer": f"Writer letter {i}", "reference": f"Human letter {i}"}
        for i in range(n)
    ]


def test_packets_hold_both_letters_in_a_seeded_order_and_the_key_stays_apart(tmp_path: Path) -> None:
    out, key_path = tmp_path / "packets", tmp_path / "key.json"
    assert write_packets(_rendered(20), out, key_path, seed=7) == 20
    key = json.loads(key_path.read_text())
    assert not any(p.name.endswith(".json") for p in out.iterdir())  # the judges' folder holds no key
    assert (out / "RUBRIC.md").read_text() == RUBRIC
    packet = (out / "p3.md").read_text()
    assert "Posting 3" in packet
    a, b = packet.split("## Letter A")[1].split("## Letter B")
    assert {key["p3"]["A"], key["p3"]["B"]} == {"writer", "reference"}
    assert ("Writer letter 3" in a) == (key["p3"]["A"] == "writer")
    assert ("Human letter 3" in b) == (key["p3"]["B"] == "reference")
    firsts = [key[f"p{i}"]["A"] for i in range(20)]
    assert 3 <= firsts.count("writer") <= 17  # shuffled, not always the same side
    write_packets(_rendered(20), tmp_path / "again", tmp_path / "key2.json", seed=7)
    assert json.loads((tmp_path / "key2.json").read_text()) == key  # same seed, same order


def test_scores_are_means_and_the_preferred_or_tied_share() -> None:
    key = {"p0": {"A": "writer", "B": "reference"}, "p1": {"A": "reference", "B": "writer"}}
    judgements = [{"pair": "p0", "A": 4, "B": 5, "prefer": "B"}, {"pair": "p1", "A": 3, "B": 3, "prefer": "tie"}]
    assert score(key, judgements) == {
        "pairs": 2, "writer_mean": 3.5, "reference_mean": 4.0, "writer_preferred_or_tied": 0.5,
    }  # fmt: skip


def test_every_fresh_pair_renders_clean_and_on_length() -> None:
    rendered = render(DEFAULT_CORPUS)
    assert len(rendered) == len((DEFAULT_CORPUS / "pairs.jsonl").read_text().split("\n")) - 1
    known = load_ratchet()["fresh"].get("pair_failures", {})
    for item in rendered:
        assert item["reference"]
        assert item["defects"] == [], item["pair"]
        on_length = abs(item["words"] / item["target"] - 1) <= 0.15
        # A pair the ratchet knows to miss its length must still miss it: when it is fixed, the ratchet is tightened.
        assert on_length != ("length_15" in known.get(item["pair"], {}).get("checks", [])), item["pair"]


def _two_pair_corpus(root: Path) -> Path:
    """The first two pairs of the fresh corpus with their files: the command end to end, without rendering every
    pair again (the test above renders them all)."""
    pairs = (DEFAULT_CORPUS / "pairs.jsonl").read_text().splitlines()[:2]
    ids = {json.loads(line)["id"] for line in pairs}
    (root / "cvs").mkdir(parents=True)
    (root / "jobs").mkdir()
    for line in pairs:
        pair = json.loads(line)
        for name in (pair["cv"], pair["job"]):
            (root / name).write_bytes((DEFAULT_CORPUS / name).read_bytes())
    (root / "pairs.jsonl").write_text("\n".join(pairs) + "\n")
    references = (DEFAULT_CORPUS / "reference_letters.jsonl").read_text().splitlines()
    (root / "reference_letters.jsonl").write_text(
        "\n".join(line for line in references if line.strip() and json.loads(line)["pair"] in ids) + "\n"
    )
    return root


def test_the_command_writes_packets_and_scores(tmp_path: Path, capsys: object) -> None:
    out = tmp_path / "judge"
    assert main([str(_two_pair_corpus(tmp_path / "corpus")), "--out", str(out)]) == 0
    key_path = tmp_path / "judge.key.json"
    key = json.loads(key_path.read_text())
    judgements = tmp_path / "judged.jsonl"
    judgements.write_text("\n".join(json.dumps({"pair": p, "A": 3, "B": 3, "prefer": "tie"}) for p in key))
    assert main(["--score", str(key_path), str(judgements)]) == 0


def test_every_judges_file_counts_in_the_score(tmp_path: Path, capsys: Any) -> None:
    """Two judges' files: the figures are over both, and each judge's own figures are shown beside them."""
    key = {"p1": {"A": "writer", "B": "reference"}, "p2": {"A": "reference", "B": "writer"}}
    key_path = tmp_path / "key.json"
    key_path.write_text(json.dumps(key))
    first, second = tmp_path / "judge1.jsonl", tmp_path / "judge2.jsonl"
    first.write_text("\n".join(json.dumps({"pair": p, "A": 2, "B": 2, "prefer": "tie"}) for p in key))
    second.write_text("\n".join(json.dumps({"pair": p, "A": 4, "B": 4, "prefer": "tie"}) for p in key))
    assert main(["--score", str(key_path), str(first), str(second)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["writer_mean"] == 3.0
    assert figures["per_judge"]["judge1.jsonl"]["writer_mean"] == 2.0
    assert figures["per_judge"]["judge2.jsonl"]["writer_mean"] == 4.0
