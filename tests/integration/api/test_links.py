"""Download links come from configuration, never from the request: a caller's `Host` or `X-Forwarded-*` headers
cannot point them elsewhere; a reverse proxy's are believed only when it is configured as trusted."""

from __future__ import annotations

from pathlib import Path

import httpx

from .live import LiveServer, create_job, generation_body, live_server, upload_cv

SPOOFED = {
    "Host": "evil.example",
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "203.0.113.9",
    "Forwarded": "host=evil.example;proto=https",
}


def _links(server: LiveServer, headers: dict[str, str]) -> list[str]:
    """Every link the API hands out: on a generation, on a replay of it, and when the letter is read back."""
    with server.client("alice", tier="enterprise") as alice:
        cv_id, job_id = upload_cv(alice), create_job(alice)
        headers = {**headers, "Idempotency-Key": "links-1"}
        body = generation_body(cv_id, job_id)
        first = alice.post("/api/cover-letter", json=body, headers=headers)
        replay = alice.post("/api/cover-letter", json=body, headers=headers)
        read = alice.get(f"/api/cover-letters/{cv_id}/{job_id}", headers=headers)
    assert (first.status_code, replay.status_code, read.status_code) == (200, 200, 200), first.text
    assert replay.headers.get("Idempotent-Replayed") == "true"
    links = [first.json()["download_url"], replay.json()["download_url"]]
    for payload in (first.json(), replay.json(), read.json()):
        links += list(payload["download_urls"].values())
    return links


def test_a_spoofed_host_never_reaches_a_link(tmp_path: Path) -> None:
    with live_server(tmp_path / "data") as server:
        links = _links(server, SPOOFED)
        assert links
        assert all(link.startswith(f"{server.base_url}/downloads/") for link in links), links
        assert httpx.get(links[0], timeout=60).status_code == 200


def test_the_configured_public_base_url_is_used(tmp_path: Path) -> None:
    with live_server(tmp_path / "data", public_base_url="https://letters.example.org/") as server:
        links = _links(server, SPOOFED)
    assert all(link.startswith("https://letters.example.org/downloads/") for link in links), links


def test_a_trusted_proxy_may_say_https_but_never_choose_the_host(tmp_path: Path) -> None:
    with live_server(tmp_path / "data", trusted_proxies=["127.0.0.1"]) as server:
        links = _links(server, SPOOFED)
        https_base = server.base_url.replace("http://", "https://")
    assert all(link.startswith(f"{https_base}/downloads/") for link in links), links
