"""The local-file BlobStore: storage, prefix deletion, and signed URLs that cannot be forged, altered or reused late."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from careervp.dal import files
from careervp.dal.files import InvalidKey, LocalBlobStore
from careervp.dal.private import private_dir
from careervp.logic.ports import StorageError

SECRET = b"0123456789abcdef0123456789abcdef"
NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> list[datetime]:
    return [NOW]


@pytest.fixture
def store(tmp_path: Path, clock: list[datetime]) -> LocalBlobStore:
    return LocalBlobStore(tmp_path / "letters", SECRET, now=lambda: clock[0])


def _parts(url: str) -> tuple[str, str, int, str]:
    split = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(split.query).items()}
    special = {"%": "", "%2E": ".", "%2E%2E": ".."}
    key = "/".join(special.get(p, unquote(p)) for p in split.path.removeprefix("/downloads/").split("/"))
    return key, query["name"], int(query["exp"]), query["sig"]


def test_put_get_round_trip_and_missing(store: LocalBlobStore) -> None:
    store.put("u1/cv1/job1/v1.pdf", b"%PDF-1.7", "application/pdf")
    assert store.get("u1/cv1/job1/v1.pdf") == b"%PDF-1.7"
    store.put("u1/cv1/job1/v1.pdf", b"%PDF-replaced", "application/pdf")
    assert store.get("u1/cv1/job1/v1.pdf") == b"%PDF-replaced"
    assert store.get("u1/cv1/job1/v9.pdf") is None


@pytest.mark.parametrize("key", ["../x", "a/../../x", "/abs", "a//b", "a/./b", ".."])
def test_dot_and_empty_segments_stay_inside_the_root(store: LocalBlobStore, key: str, tmp_path: Path) -> None:
    store.put(key, b"inside", "text/plain")
    assert store.get(key) == b"inside"
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1
    assert files[0].resolve().is_relative_to((tmp_path / "letters").resolve())
    key_back, _, _, _ = _parts(store.signed_url(key, "a.txt", 60))
    assert key_back == key
    assert store.delete_prefix(key) == 1


def test_empty_key_is_refused(store: LocalBlobStore) -> None:
    with pytest.raises(InvalidKey):
        store.put("", b"x", "text/plain")
    assert store.get("") is None


def test_odd_characters_in_ids_stay_inside_one_file(store: LocalBlobStore, tmp_path: Path) -> None:
    key = "user with spaces%2F../cv#1/job?2/v1.txt"
    store.put(key, b"hello", "text/plain")
    assert store.get(key) == b"hello"
    files = [p for p in (tmp_path / "letters").rglob("*") if p.is_file()]
    assert len(files) == 1
    assert files[0].is_relative_to(tmp_path / "letters")


def test_delete_prefix_by_user_and_by_version(store: LocalBlobStore) -> None:
    for version in (1, 2):
        for fmt in ("pdf", "txt"):
            store.put(f"u1/cv1/job1/v{version}.{fmt}", b"x", "text/plain")
    store.put("u10/cv1/job1/v1.pdf", b"x", "application/pdf")
    assert store.delete_prefix("u1/cv1/job1/v1.") == 2
    assert store.get("u1/cv1/job1/v2.pdf") == b"x"
    assert store.delete_prefix("u1/") == 2
    assert store.get("u10/cv1/job1/v1.pdf") == b"x"
    assert store.delete_prefix("nobody/") == 0
    with pytest.raises(InvalidKey):
        store.delete_prefix("")


def test_signed_url_verifies_until_it_expires(store: LocalBlobStore, clock: list[datetime]) -> None:
    url = store.signed_url("u1/cv 1/job1/v1.pdf", "Cover Letter.pdf", 86_400)
    assert url.startswith("/downloads/u1/cv%201/job1/v1.pdf?")
    key, name, expires, signature = _parts(url)
    assert (key, name, expires) == ("u1/cv 1/job1/v1.pdf", "Cover Letter.pdf", int(NOW.timestamp()) + 86_400)
    assert store.verify(key, name, expires, signature)
    clock[0] = NOW + timedelta(hours=23, minutes=59)
    assert store.verify(key, name, expires, signature)
    clock[0] = NOW + timedelta(hours=24)
    assert not store.verify(key, name, expires, signature)


def test_any_change_breaks_the_signature(store: LocalBlobStore) -> None:
    key, name, expires, signature = _parts(store.signed_url("u1/cv1/job1/v1.pdf", "a.pdf", 60))
    assert not store.verify("u2/cv1/job1/v1.pdf", name, expires, signature)
    assert not store.verify(key, "b.pdf", expires, signature)
    assert not store.verify(key, name, expires + 3600, signature)
    assert not store.verify(key, name, expires, signature[:-1] + ("0" if signature[-1] != "0" else "1"))
    assert not store.verify(key, name, expires, "é" * 64)
    assert not store.verify(key, name, expires, "")
    other = LocalBlobStore(store.root, b"another-secret-of-32-bytes-long!", now=lambda: NOW)
    assert not other.verify(key, name, expires, signature)


def test_base_url_makes_links_absolute(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path, SECRET, base_url="https://letters.example/", now=lambda: NOW)
    assert store.signed_url("u1/v1.pdf", "a.pdf", 10).startswith("https://letters.example/downloads/u1/v1.pdf?")


def test_short_secret_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        LocalBlobStore(tmp_path, b"short")


def test_unwritable_root_raises_storage_error(store: LocalBlobStore, tmp_path: Path) -> None:
    (tmp_path / "letters" / "u1").write_bytes(b"a file where a folder should be")
    with pytest.raises(StorageError):
        store.put("u1/cv1/v1.pdf", b"x", "application/pdf")


def test_a_folder_is_made_private_once_and_again_after_it_is_removed(
    store: LocalBlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []
    monkeypatch.setattr(files, "private_dir", lambda folder: made.append(folder) or private_dir(folder))
    for fmt in ("pdf", "docx", "md", "txt"):
        store.put(f"u1/cv1/job1/v1.{fmt}", b"x", "text/plain")
    folder = tmp_path / "letters" / "u1" / "cv1" / "job1"
    assert made == [folder]  # one letter's renderings share the folder its first rendering made
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    store.delete_prefix("u1/")
    store.put("u1/cv1/job1/v2.md", b"y", "text/markdown")
    assert made == [folder, folder]
    assert store.get("u1/cv1/job1/v2.md") == b"y"
