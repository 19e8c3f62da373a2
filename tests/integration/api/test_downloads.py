"""Signed download links: valid for 24 hours, 403 when tampered with or expired, 404 once the letter is gone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx

from .live import FakeClock, assert_error, create_job, generation_body, live_server, upload_cv


def _with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def test_signed_links_expire_after_24_hours_and_resist_tampering(data_dir: Path) -> None:
    clock = FakeClock()
    with live_server(data_dir, clock=clock) as running, running.client("downloader") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        body = api.post("/api/cover-letter", json=generation_body(cv_id, job_id)).json()
        url = body["download_url"]
        assert httpx.get(url).status_code == 200

        sig = parse_qs(urlsplit(url).query)["sig"][0]
        tampered = [
            _with_query(url, sig=("0" if sig[0] != "0" else "1") + sig[1:]),
            _with_query(url, exp=str(int(parse_qs(urlsplit(url).query)["exp"][0]) + 86_400)),
            _with_query(url, name="other.pdf"),
            url.replace("/v1.pdf", "/v1.docx"),
            url.replace("downloader", "someone-else"),
            url.split("?")[0],
            _with_query(url, sig="not-hex"),
        ]
        for bad in tampered:
            assert_error(httpx.get(bad), 403, "FORBIDDEN")

        clock.advance(timedelta(hours=23, minutes=59))
        assert httpx.get(url).status_code == 200
        clock.advance(timedelta(minutes=2))
        assert_error(httpx.get(url), 403, "FORBIDDEN")

        fresh = api.get(f"/api/cover-letters/{cv_id}/{job_id}").json()["download_urls"]
        assert httpx.get(fresh["docx"]).status_code == 200  # reading the letter signs new links

        api.delete(f"/api/cover-letters/{cv_id}/{job_id}")
        assert_error(httpx.get(fresh["docx"]), 404, "NOT_FOUND")


def test_public_base_url_shapes_the_links(data_dir: Path) -> None:
    with live_server(data_dir, public_base_url="https://letters.example.org") as running, running.client("u") as api:
        cv_id, job_id = upload_cv(api), create_job(api)
        body = api.post("/api/cover-letter", json=generation_body(cv_id, job_id)).json()
        assert body["download_url"].startswith("https://letters.example.org/downloads/u/")
        local = body["download_url"].replace("https://letters.example.org", running.base_url)
        assert httpx.get(local).status_code == 200


def test_a_link_dies_with_its_version_and_never_opens_a_later_letter(data_dir: Path) -> None:
    """Deleting the newest version does not free its number: the next letter is a new number, and the old version's
    still-signed links answer 404 rather than the new letter."""
    with live_server(data_dir) as running, running.client("relinker", tier="enterprise") as api:
        cv_id, job_id = upload_cv(api), create_job(api)

        def generate(words: int) -> dict[str, object]:
            body = generation_body(cv_id, job_id, preferences={"word_count_target": words})
            response = api.post("/api/cover-letter", json=body)
            assert response.status_code == 200, response.text
            payload: dict[str, object] = response.json()
            return payload

        generate(250)
        second = generate(300)
        old_links = second["download_urls"]
        assert isinstance(old_links, dict)
        assert api.delete(f"/api/cover-letters/{cv_id}/{job_id}", params={"version": 2}).json() == {"deleted": 1}
        third = generate(350)
        letter = third["cover_letter"]
        assert isinstance(letter, dict)
        assert letter["version"] == 3
        for fmt, url in old_links.items():
            assert httpx.get(url).status_code == 404, fmt
        assert httpx.get(third["download_url"], timeout=120).status_code == 200  # a PDF drawn on first download
