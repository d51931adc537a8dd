#!/usr/bin/env python3
"""Screenshots of "Ikut lewat HP": the phone page at 360×740 in drum-up, diagnose and the
jurors' scoring, from the sample workshop served on the loopback address to a headless
Chromium (Debian's chromium and chromium-driver), and the first page of the QR sheet.

    .venv/bin/python scripts/phone_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from labinovasi.domain import Stage  # noqa: E402
from labinovasi.services import WorkshopService, jury  # noqa: E402
from labinovasi.services.innovations import Innovations  # noqa: E402
from labinovasi.services.phone import write_qr_sheet  # noqa: E402
from labinovasi.services.sample import build_sample_workshop  # noqa: E402
from labinovasi.services.team_work import TeamWork  # noqa: E402
from labinovasi.web.server import PhoneServer  # noqa: E402


def settle(driver, selector: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, selector))
    time.sleep(0.5)  # fonts and the last paint, for a still picture (not a test)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from web.conftest import close_phone, open_phone

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="phone-shots-") as folder:
        path = Path(folder) / "contoh.labinovasi"
        build_sample_workshop(path)
        with WorkshopService.open(path) as service:
            # A table still in drum-up (short of its five ideas), for the drum-up page.
            statuses = [st for st in service.status().opds if st.opd.stage is Stage.DRUM_UP]
            drumup = min(statuses, key=lambda st: st.tally.counted).opd
            dinsos = service.find_opd("DINSOS")
            # DINSOS in diagnose with three ideas through APKL and some dots placed.
            views = [v for v in service.list_ideas(dinsos.id) if v.counted]
            for view in views[:3]:
                service.update_idea(
                    view.idea.id,
                    apkl_aktual=True,
                    apkl_problematik=True,
                    apkl_kekhalayakan=True,
                    apkl_layak=True,
                )
            if service.get_opd(dinsos.id).stage is Stage.DRUM_UP:
                service.move_stage(dinsos.id, Stage.DIAGNOSE, override_reason="contoh")
            team = TeamWork(service)
            team.set_dots(views[1].idea.id, "Budi", 2)
            team.set_dots(views[0].idea.id, "Citra", 1)
            team.set_dots(views[1].idea.id, "Ani", 1)
            service.add_idea(
                drumup.id, '<img src=x onerror="alert(1)"> dicatat sebagai teks', "Ani"
            )
            if not jury.jurors(service):
                jury.add_juror(service, "Dr. Sari Wulandari")
            if not jury.presentation_schedule(service):
                innovations = Innovations(service).list()[:3]
                jury.set_presentations(service, [i.id for i in innovations])
            server = PhoneServer(service, "127.0.0.1", 0).start()
            try:
                links = {j.opd: j.url for j in server.join_links()}
                phone = open_phone(links[drumup.abbreviation])
                try:
                    phone.execute_script("localStorage.setItem('labinovasi.name', 'Ani')")
                    phone.get(links[drumup.abbreviation])
                    settle(phone, "#ideas li .text")
                    phone.find_element("css selector", "#idea-form textarea").send_keys(
                        "Antrean bansos lewat SMS"
                    )
                    phone.save_screenshot(str(args.out / "phone-drumup.png"))
                    phone.get(links["DINSOS"])
                    settle(phone, "#ranking li[data-id]")
                    phone.save_screenshot(str(args.out / "phone-diagnose.png"))
                    juror = jury.jurors(service)[0]
                    phone.get(links[""])
                    phone.execute_script(
                        "localStorage.setItem(arguments[0], arguments[1])",
                        f"labinovasi.{links[''].rsplit('/', 1)[1]}.juror",
                        juror.id,
                    )
                    phone.get(links[""])
                    settle(phone, "#presentations li[data-id]")
                    phone.save_screenshot(str(args.out / "phone-jury.png"))
                finally:
                    close_phone(phone)
                sheet = Path(folder) / "kode-qr.pdf"
                write_qr_sheet(service, [(j.opd_id, j.url) for j in server.join_links()], sheet)
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-f",
                        "2",
                        "-l",
                        "2",
                        "-singlefile",
                        str(sheet),
                        str(args.out / "phone-qr-sheet"),
                    ],
                    check=True,
                )
            finally:
                server.stop()
    for name in ("phone-drumup", "phone-diagnose", "phone-jury", "phone-qr-sheet"):
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
