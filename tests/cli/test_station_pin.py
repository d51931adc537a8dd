"""The station's PIN never on the command line: standard input or the environment instead,
and `--pin` warned as unsafe."""

from __future__ import annotations

import io
import sys

import pytest

from labinovasi.cli import main


@pytest.fixture
def started(monkeypatch):
    """What run_station was given, without opening a window."""
    calls = []
    from labinovasi.ui.station import station_window

    monkeypatch.setattr(
        station_window,
        "run_station",
        lambda target, pin, language, juror=None: calls.append(pin) or 0,
    )
    monkeypatch.delenv("LABINOVASI_STATION_PIN", raising=False)
    return calls


def test_pin_from_standard_input(started, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("4321\n"))
    assert main(["station", "lab.labinovasi", "--pin-stdin"]) == 0
    assert started == ["4321"]


def test_empty_standard_input_is_a_usage_error(started, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["station", "lab.labinovasi", "--pin-stdin"]) == 2
    assert started == []


def test_pin_from_the_environment(started, monkeypatch):
    monkeypatch.setenv("LABINOVASI_STATION_PIN", "8642")
    assert main(["station", "lab.labinovasi"]) == 0
    assert started == ["8642"]


def test_no_pin_means_asked_in_the_window(started):
    assert main(["station", "lab.labinovasi"]) == 0
    assert started == [None]


def test_pin_on_the_command_line_is_warned_unsafe(started, capsys):
    assert main(["station", "lab.labinovasi", "--pin", "4321"]) == 0
    assert "daftar proses" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["station", "--help"])
    assert "TIDAK AMAN" in capsys.readouterr().out
