"""A phone server on the loopback address for the stream and browser tests, and headless
Chromium "phones" (Debian's chromium and chromium-driver, scripts/system-deps.sh)."""

from __future__ import annotations

import shutil
import tempfile

import pytest

from labinovasi.services.phone import PhoneLinks
from labinovasi.web.guard import Limits
from labinovasi.web.server import PhoneServer

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture
def lab(service):
    """DINKES with one idea, DINSOS empty, and their links."""
    dinkes = service.add_opd("Dinas Kesehatan", "DINKES")
    dinsos = service.add_opd("Dinas Sosial", "DINSOS")
    service.add_idea(dinkes.id, "Antrean puskesmas lewat WhatsApp", "Budi")
    links = {link.opd_id: link for link in PhoneLinks(service).all()}
    return service, dinkes, dinsos, links


@pytest.fixture
def server(lab):
    running = PhoneServer(lab[0], "127.0.0.1", 0, limits=Limits(writes_burst=500, reads_burst=500))
    running.start()
    yield running
    running.stop()


def open_phone(url: str, width: int = 360, height: int = 740):
    """A headless Chromium sized like a phone, with a profile (localStorage) of its own."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="labinovasi-phone-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}}
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.profile_dir = profile
    driver.get(url)
    return driver


def close_phone(driver) -> None:
    driver.quit()
    shutil.rmtree(driver.profile_dir, ignore_errors=True)


@pytest.fixture
def phones():
    """open(url) gives a phone; all are closed after the test."""
    opened = []

    def open_(url: str, **size):
        driver = open_phone(url, **size)
        opened.append(driver)
        return driver

    yield open_
    for driver in opened:
        close_phone(driver)
