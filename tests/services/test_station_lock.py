"""The station's PIN: salted hashes, verification, and the wrong-PIN limiter on a fake clock."""

from __future__ import annotations

import pytest

from labinovasi.domain import BadInput
from labinovasi.services.station_lock import (
    FIRST_WAIT_SECONDS,
    FREE_TRIES,
    MAX_WAIT_SECONDS,
    PinGuard,
    check_new_pin,
    hash_pin,
    verify_pin,
    wait_text,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_salted_and_verifies():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # a different salt each time
    assert first.startswith("scrypt$")
    assert "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert verify_pin(" 2468 ", first)  # spaces around a typed PIN do not matter
    assert not verify_pin("2469", first)
    assert not verify_pin("", first)


def test_malformed_hash_never_matches():
    assert not verify_pin("2468", "")
    assert not verify_pin("2468", "md5$abc")
    assert not verify_pin("2468", "scrypt$16384$8$1$zz$00")


@pytest.mark.parametrize("pin", ["", "   ", "123", "x" * 65])
def test_new_pin_too_short_or_long_is_refused(pin):
    with pytest.raises(BadInput) as raised:
        check_new_pin(pin)
    assert "PIN" in raised.value.message


def test_wrong_pins_wait_and_the_wait_doubles():
    clock = FakeClock()
    guard = PinGuard(hash_pin("2468"), clock=clock)
    for _ in range(FREE_TRIES - 1):
        assert guard.attempt("0000").wait_seconds == 0
    third = guard.attempt("0000")
    assert not third.accepted and third.wait_seconds == FIRST_WAIT_SECONDS
    # While waiting even the right PIN is not checked.
    clock.now += 10
    locked = guard.attempt("2468")
    assert not locked.accepted and locked.locked and locked.wait_seconds == pytest.approx(20)
    clock.now += 20
    fourth = guard.attempt("1111")
    assert not fourth.accepted and fourth.wait_seconds == 2 * FIRST_WAIT_SECONDS
    clock.now += 2 * FIRST_WAIT_SECONDS
    assert guard.attempt("2222").wait_seconds == 4 * FIRST_WAIT_SECONDS
    clock.now += 4 * FIRST_WAIT_SECONDS
    assert guard.attempt("2468").accepted
    # A right PIN resets the count: three free tries again.
    assert guard.attempt("0000").wait_seconds == 0
    assert guard.wait_seconds() == 0


def test_wait_is_capped():
    clock = FakeClock()
    guard = PinGuard(hash_pin("2468"), clock=clock)
    guard.failures = 30
    assert guard.attempt("0000").wait_seconds == MAX_WAIT_SECONDS


def test_wait_text_in_indonesian():
    assert wait_text(30) == "Tunggu 30 detik sebelum mencoba lagi."
    assert wait_text(29.2) == "Tunggu 30 detik sebelum mencoba lagi."
    assert wait_text(120) == "Tunggu 2 menit sebelum mencoba lagi."
    assert wait_text(125) == "Tunggu 2 menit 5 detik sebelum mencoba lagi."
