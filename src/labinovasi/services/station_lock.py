"""The facilitator's PIN for a participant station: a salted scrypt hash and a wrong-PIN limiter.

The PIN itself is never kept: the station holds only `hash_pin()`'s string, in memory.
Pure Python (no Qt), so the rules are tested without a screen.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from labinovasi.domain.errors import BadInput
from labinovasi.i18n import _

MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 64
# scrypt cost: about 50 ms and 16 MiB on an old office laptop; slow enough to make guessing a
# stolen hash expensive, fast enough that the facilitator never waits.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
SCHEME = "scrypt"

FREE_TRIES = 3  # wrong PINs allowed before the first wait
FIRST_WAIT_SECONDS = 30.0  # then 30 s, doubling with each further wrong PIN ...
MAX_WAIT_SECONDS = 15 * 60.0  # ... up to 15 minutes


def check_new_pin(pin: str) -> str:
    """The PIN as it will be used (surrounding spaces dropped); BadInput when too short/long."""
    pin = (pin or "").strip()
    if len(pin) < MIN_PIN_LENGTH:
        raise BadInput(_("PIN minimal {n} karakter.").format(n=MIN_PIN_LENGTH))
    if len(pin) > MAX_PIN_LENGTH:
        raise BadInput(_("PIN paling banyak {n} karakter.").format(n=MAX_PIN_LENGTH))
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.strip().encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=KEY_BYTES,
    )


def hash_pin(pin: str) -> str:
    """A self-describing salted hash: "scrypt$n$r$p$salt$key" (hex). Two calls never match."""
    pin = check_new_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def verify_pin(pin: str, pin_hash: str) -> bool:
    """True when `pin` is the one `pin_hash` was made from; a malformed hash never matches."""
    try:
        scheme, n, r, p, salt, key = pin_hash.split("$")
        if scheme != SCHEME:
            return False
        expected = bytes.fromhex(key)
        actual = _derive(pin or "", bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass
class Attempt:
    """What one PIN try gave: accepted, or refused with the seconds to wait before the next."""

    accepted: bool
    wait_seconds: float = 0.0
    locked: bool = False  # refused without checking: still inside a wait


class PinGuard:
    """Checks PINs against one hash and slows down guessing: the third wrong PIN in a row makes
    the next try wait 30 s, each further one doubles it (60 s, 120 s … at most 15 minutes).
    A right PIN resets the count.

    `clock` returns seconds (time.monotonic by default) so tests move time by hand.
    """

    def __init__(self, pin_hash: str, clock: Callable[[], float] = time.monotonic):
        self.pin_hash = pin_hash
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def wait_seconds(self) -> float:
        """Seconds before another try is checked; 0 when one may try now."""
        return max(0.0, self.locked_until - self.clock())

    def next_wait(self) -> float:
        """The wait the next wrong PIN would cause."""
        wrong = self.failures + 1
        if wrong < FREE_TRIES:
            return 0.0
        return min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** min(wrong - FREE_TRIES, 32))

    def attempt(self, pin: str) -> Attempt:
        waiting = self.wait_seconds()
        if waiting > 0:
            return Attempt(accepted=False, wait_seconds=waiting, locked=True)
        if verify_pin(pin, self.pin_hash):
            self.failures = 0
            self.locked_until = 0.0
            return Attempt(accepted=True)
        wait = self.next_wait()
        self.failures += 1
        self.locked_until = self.clock() + wait
        return Attempt(accepted=False, wait_seconds=wait)


def wait_text(seconds: float) -> str:
    """ "Tunggu 30 detik" / "Tunggu 2 menit 5 detik" — the remaining wait, rounded up."""
    total = max(1, int(-(-seconds // 1)))
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return _("Tunggu {m} menit {s} detik sebelum mencoba lagi.").format(m=minutes, s=secs)
    if minutes:
        return _("Tunggu {m} menit sebelum mencoba lagi.").format(m=minutes)
    return _("Tunggu {s} detik sebelum mencoba lagi.").format(s=secs)
