"""A packed value crosses a pickle as its blob, and is unpickled only where it is read."""

from __future__ import annotations

import pickle

from careervp.logic.service.packed import Packed
from careervp.models.api import Preferences


def test_a_packed_value_is_not_unpickled_until_it_is_read() -> None:
    value = Preferences(emphasis_areas=["leadership"])
    received = pickle.loads(pickle.dumps(Packed(value)))
    assert not received.unpacked
    assert received.value == value
    assert received.unpacked


def test_a_packed_value_passed_on_unread_sends_the_same_bytes() -> None:
    blob = pickle.dumps(Packed({"facts": list(range(50))}))
    passed_on = pickle.dumps(pickle.loads(blob))
    assert passed_on == blob
    assert pickle.loads(passed_on).value == {"facts": list(range(50))}


def test_packed_values_compare_by_value() -> None:
    assert Packed([1, 2]) == pickle.loads(pickle.dumps(Packed([1, 2])))
    assert Packed([1, 2]) != Packed([2, 1])
    assert "bytes" in repr(pickle.loads(pickle.dumps(Packed("x"))))
