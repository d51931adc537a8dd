"""`labinovasi serve FILE [--host ADDR] [--port N] [--json]`: the first line is the JSON of the
public contract, the links work until the process is interrupted, a bad address is refused."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import httpx
import pytest

from labinovasi.cli import main


def test_serve_prints_the_links_then_serves_until_interrupted(tmp_path, samples_dir):
    path = tmp_path / "lab.labinovasi"
    assert main(["new", str(path), "--title", "Lab"]) == 0
    assert main(["opd", "import", str(path), str(samples_dir / "opd.csv")]) == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "labinovasi", "serve", str(path), "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        banner = json.loads(process.stdout.readline())
        assert set(banner) == {"url", "tables", "juror_url"}
        assert banner["url"].startswith("http://127.0.0.1:")
        assert len(banner["tables"]) == 12 and set(banner["tables"][0]) == {"opd", "join_url"}
        dinkes = next(t for t in banner["tables"] if t["opd"] == "DINKES")
        assert dinkes["join_url"].startswith(banner["url"] + "/t/")
        assert httpx.get(dinkes["join_url"]).status_code == 200
        state = httpx.get(dinkes["join_url"].replace("/t/", "/api/t/") + "/state").json()
        assert (state["opd"], state["count"], state["minimum"]) == ("DINKES", 0, 5)
        assert banner["juror_url"].startswith(banner["url"] + "/j/")
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out == ""  # nothing after the first line


def test_serve_refuses_an_address_it_cannot_listen_on(tmp_path, capsys):
    path = tmp_path / "lab.labinovasi"
    assert main(["new", str(path), "--title", "Lab"]) == 0
    capsys.readouterr()
    assert main(["serve", str(path), "--host", "203.0.113.7", "--port", "0"]) == 4
    assert "Server HP tidak dapat dibuka di 203.0.113.7" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["serve", str(path), "--port", "70000"])
    assert usage.value.code == 2
