"""Run by tests/test_suite_guards.py under CI=true in a pytest of its own: a skip from inside a
test (something it needs is missing) fails the run; a platform's skipif does not."""

import sys

import pytest


def test_skips_from_inside():
    pytest.skip("something it needs is missing")


@pytest.mark.skipif(sys.platform != "win32", reason="Windows only")
def test_windows_only():
    pass


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")
def test_posix_only():
    pass
