"""The blob-key format is written and read in one module: every key it writes reads back to the same parts."""

from __future__ import annotations

from careervp.logic.downloads import LetterKey, letter_blob_key, parse_letter_blob_key, user_blob_prefix


def test_a_key_reads_back_to_its_parts() -> None:
    key = letter_blob_key("user-1", "cv_ab12", "job 7", 12, "pdf")
    assert key == "user-1/cv_ab12/job 7/v12.pdf"
    assert parse_letter_blob_key(key) == LetterKey("user-1", "cv_ab12", "job 7", 12, "pdf")


def test_anything_else_is_not_a_letter_key() -> None:
    for key in ("user/cv/job/v0.pdf", "user/cv/v1.pdf", "user/cv/job/v1", "a/b/c/d/v1.pdf", "user/cv/job/v1.PDF"):
        assert parse_letter_blob_key(key) is None


def test_the_version_prefix_and_the_user_prefixes_nest() -> None:
    version = letter_blob_key("u", "cv", "job", 3, "")
    assert letter_blob_key("u", "cv", "job", 3, "md").startswith(version)
    assert version.startswith(user_blob_prefix("u", "cv"))
    assert user_blob_prefix("u", "cv").startswith(user_blob_prefix("u"))
