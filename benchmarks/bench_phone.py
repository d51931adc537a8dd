"""Ikut lewat HP under a hall's load, on the loopback address: 300 phones over 47 tables, each
holding its table's event stream and adding an idea every 5-15 s for 2 minutes (some sent
twice, as after a lost answer). Every acknowledged idea must be stored once, the p99 of an add
≤ 0.5 s; the floor is the p99 of the server's emptiest request (/favicon.ico) from the same
phones in the same run. The server runs in this process, in its thread, as in the
facilitator's app; a 10 ms ticker in this process stands for the window's event loop (its
worst lateness is reported), and the board's status() is timed under the load.

The phones run in a child process (asyncio + httpx), each from its own loopback address
(127.0.x.y), so the per-client limits apply to each as they would on the hall's Wi-Fi.

    .venv/bin/python benchmarks/run.py bench_phone
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import Row, child_env, ms, p50, p99

# phones, tables, seconds of load, seconds between one phone's ideas
SIZES = {"full": (300, 47, 120.0, (5.0, 15.0)), "tiny": (12, 4, 4.0, (0.5, 1.5))}
REPEAT_SHARE = 0.1  # ideas sent a second time with the same client key


def run(size: str = "full") -> list[Row]:
    from labinovasi.services import WorkshopService
    from labinovasi.services.phone import PhoneLinks
    from labinovasi.web.server import PhoneServer

    phones, tables, seconds, every = SIZES[size]
    with tempfile.TemporaryDirectory(prefix="bench-phone-") as folder:
        path = Path(folder) / "aula.labinovasi"
        service = WorkshopService.create(path, "Bench HP")
        for n in range(tables):
            service.add_opd(f"OPD {n}", f"OPD{n}")
        links = [link for link in PhoneLinks(service).all() if link.opd_id]
        server = PhoneServer(service, "127.0.0.1", 0).start()
        ticks: list[float] = []
        status_times: list[float] = []
        stop = threading.Event()

        def ticker() -> None:  # the window's event loop: how late does a 10 ms timer fire?
            due = time.perf_counter() + 0.01
            while not stop.is_set():
                time.sleep(max(0.0, due - time.perf_counter()))
                now = time.perf_counter()
                ticks.append(now - due)
                due = now + 0.01

        def board() -> None:  # the board refreshing once a second
            while not stop.wait(1.0):
                began = time.perf_counter()
                service.status()
                status_times.append(time.perf_counter() - began)

        threads = [threading.Thread(target=t, daemon=True) for t in (ticker, board)]
        for thread in threads:
            thread.start()
        plan = {
            "url": server.url,
            "tokens": [link.token for link in links],
            "phones": phones,
            "seconds": seconds,
            "every": every,
        }
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--phones"],
                input=json.dumps(plan),
                capture_output=True,
                text=True,
                env=child_env(),
                timeout=seconds + 120,
                check=False,
            )
        finally:
            stop.set()
            for thread in threads:
                thread.join(5)
            server.stop()
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-3000:])
        result = json.loads(done.stdout.strip().splitlines()[-1])
        stored = [v.idea.id for v in service.list_ideas()]
        service.close()
    acked = result["acked"]
    once = len(stored) == len(set(stored)) and set(stored) == set(acked)
    adds, floor = result["add_s"], result["floor_s"]
    return [
        Row(
            measure=f"Ikut lewat HP: add an idea, {phones} phones over {tables} tables "
            f"holding event streams for {seconds:g} s (p99)",
            unit="s",
            figure=round(p99(adds), 3),
            floor=round(p99(floor), 3),
            target="p99 ≤ 0.5 s, every acknowledged idea stored once",
            limit=0.5 if once else 0.0,
            details={
                "p50_ms": ms(p50(adds)),
                "adds": len(adds),
                "acknowledged": len(set(acked)),
                "stored": len(stored),
                "stored_once": "yes" if once else "NO",
                "repeats_answered_200": result["repeats_200"],
                "refused": result["refused"],
                "failed": result["failed"],
                "stream_events": result["events"],
                "streams_open_at_end": result["streams"],
                "floor_p50_ms": ms(p50(floor)),
                "window_tick_late_p99_ms": ms(p99(ticks)),
                "window_tick_late_max_ms": ms(max(ticks)),
                "board_status_p99_ms": ms(p99(status_times)) if status_times else 0,
                # The machine is shared: how busy it was shows how far the floor moved.
                "load_average_1min_end": round(os.getloadavg()[0], 1),
            },
        )
    ]


# -- the phones (child process) ------------------------------------------------------------


async def _phones(plan: dict) -> dict:
    import httpx

    url, tokens, count, seconds = plan["url"], plan["tokens"], plan["phones"], plan["seconds"]
    every = plan["every"]
    adds: list[float] = []
    floor: list[float] = []
    acked: list[str] = []
    counters = {"repeats_200": 0, "refused": 0, "failed": 0, "events": 0, "streams": 0}
    end = time.monotonic() + seconds
    ready = asyncio.Event()
    opened = 0

    async def phone(n: int) -> None:
        nonlocal opened
        token = tokens[n % len(tokens)]
        address = f"127.0.{1 + n // 250}.{2 + n % 250}"
        transport = httpx.AsyncHTTPTransport(local_address=address)
        timeout = httpx.Timeout(30.0, read=60.0)
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
            stream_task = asyncio.create_task(listen(client, token))
            opened += 1
            if opened == count:
                ready.set()
            await ready.wait()
            rng = random.Random(n)
            await asyncio.sleep(rng.uniform(0, every[1]))
            number = 0
            while time.monotonic() < end:
                number += 1
                body = {
                    "text": f"Gagasan {n}-{number}",
                    "author": f"Peserta {n}",
                    "client_key": f"bench-{n}-{number:05}",
                }
                for attempt in range(2 if rng.random() < REPEAT_SHARE else 1):
                    began = time.perf_counter()
                    try:
                        answer = await client.post(f"{url}/api/t/{token}/ideas", json=body)
                    except httpx.HTTPError:
                        counters["failed"] += 1
                        continue
                    took = time.perf_counter() - began
                    if answer.status_code == 201:
                        adds.append(took)
                        acked.append(answer.json()["id"])
                    elif answer.status_code == 200 and attempt:
                        counters["repeats_200"] += 1
                        acked.append(answer.json()["id"])
                    else:
                        counters["refused"] += 1
                began = time.perf_counter()
                try:
                    await client.get(f"{url}/favicon.ico")
                    floor.append(time.perf_counter() - began)
                    await client.get(f"{url}/api/t/{token}/state")
                except httpx.HTTPError:
                    counters["failed"] += 1
                await asyncio.sleep(rng.uniform(*every))
            if not stream_task.done():
                counters["streams"] += 1
            stream_task.cancel()

    async def listen(client, token: str) -> None:
        try:
            async with client.stream("GET", f"{url}/api/t/{token}/events") as response:
                async for line in response.aiter_lines():
                    if line.startswith("event: state"):
                        counters["events"] += 1
        except (httpx.HTTPError, asyncio.CancelledError):
            pass

    await asyncio.gather(*(phone(n) for n in range(count)))
    return {"add_s": adds, "floor_s": floor, "acked": acked, **counters}


if __name__ == "__main__" and sys.argv[1:] == ["--phones"]:
    print(json.dumps(asyncio.run(_phones(json.loads(sys.stdin.read())))))
