"""The phone page in a real headless Chromium against the real server on the loopback address:
two phones of one table see each other's ideas live, another table's phone sees and writes
nothing of it, a reload keeps the typed draft, a repeated submission counts once, markup typed
by a participant shows as text, and dots placed on a phone move the facilitator's ranking."""

from __future__ import annotations

import json

import httpx
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from labinovasi.domain import Stage
from labinovasi.services.team_work import TeamWork, ranked

WAIT = 20  # seconds at most for the page to show a change (it usually takes well under one)


def url_of(server, link) -> str:
    return f"{server.url}/t/{link.token}"


def idea_texts(driver) -> list[str]:
    """The list's texts read in one go (the list is drawn again on each update)."""
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#ideas li .text'),"
        " function (e) { return e.textContent; });"
    )


def wait_for(driver, condition, message=""):
    # The lists are drawn again on each update: an element read meanwhile is just read again.
    wait = WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(lambda d: condition(d), message)


def type_idea(driver, text: str) -> None:
    box = driver.find_element(By.CSS_SELECTOR, "#idea-form textarea[name=text]")
    box.clear()
    box.send_keys(text)


def submit(driver) -> None:
    driver.find_element(By.CSS_SELECTOR, "#idea-form button[type=submit]").click()


def test_two_phones_of_one_table_see_each_others_ideas_live(server, lab, phones):
    service, dinkes, _dinsos, links = lab
    first = phones(url_of(server, links[dinkes.id]))
    second = phones(url_of(server, links[dinkes.id]))
    for phone in (first, second):
        wait_for(phone, lambda d: "Antrean puskesmas lewat WhatsApp" in idea_texts(d))
        wait_for(phone, lambda d: d.find_element(By.ID, "counter").text == "1 dari 5")
    # Both hold their event stream before anyone types.
    wait_for(first, lambda _d: server.connected().get(dinkes.id) == 1)

    type_idea(first, "Kartu kendali digital")
    submit(first)
    wait_for(second, lambda d: "Kartu kendali digital" in idea_texts(d), "not seen live")
    assert second.find_element(By.ID, "counter").text == "2 dari 5"
    type_idea(second, "Posyandu keliling")
    submit(second)
    wait_for(first, lambda d: "Posyandu keliling" in idea_texts(d), "not seen live")
    wait_for(first, lambda d: d.find_element(By.ID, "counter").text == "3 dari 5")
    assert "Tersimpan sebagai gagasan no. 2." in first.find_element(By.ID, "idea-message").text
    # A change made elsewhere (the facilitator's laptop) reaches the phones too.
    service.add_idea(dinkes.id, "Apotek desa", "Fasilitator")
    wait_for(second, lambda d: "Apotek desa" in idea_texts(d), "facilitator's idea not seen")
    assert [v.idea.text for v in service.list_ideas(dinkes.id)] == [
        "Antrean puskesmas lewat WhatsApp",
        "Kartu kendali digital",
        "Posyandu keliling",
        "Apotek desa",
    ]


def test_another_tables_phone_cannot_read_or_write_this_table(server, lab, phones):
    service, dinkes, dinsos, links = lab
    other = phones(url_of(server, links[dinsos.id]))
    wait_for(other, lambda d: d.find_element(By.ID, "opd-name").text == "DINSOS")
    assert idea_texts(other) == []
    # From the DINSOS phone, DINKES's API is out of reach without DINKES's token.
    status = other.execute_async_script(
        """
        var done = arguments[arguments.length - 1];
        var x = new XMLHttpRequest();
        x.open("POST", "/api/t/" + "bukan-token-dinkes" + "/ideas");
        x.setRequestHeader("Content-Type", "application/json");
        x.onload = function () { done(x.status); };
        x.send(JSON.stringify({text: "Menyusup", author: "", client_key: "sneak-key-01"}));
        """
    )
    assert status == 404
    type_idea(other, "Bansos tepat sasaran")
    submit(other)
    wait_for(other, lambda d: "Bansos tepat sasaran" in idea_texts(d))
    assert [v.idea.text for v in service.list_ideas(dinkes.id)] == [
        "Antrean puskesmas lewat WhatsApp"
    ]
    assert [v.idea.text for v in service.list_ideas(dinsos.id)] == ["Bansos tepat sasaran"]
    assert "Antrean puskesmas lewat WhatsApp" not in idea_texts(other)


def test_a_reload_keeps_the_typed_draft_and_the_proposers_name(server, lab, phones):
    _service, dinkes, _dinsos, links = lab
    phone = phones(url_of(server, links[dinkes.id]))
    wait_for(phone, lambda d: d.find_element(By.ID, "counter").text == "1 dari 5")
    phone.find_element(By.ID, "idea-author").send_keys("Ani")
    type_idea(phone, "Setengah diketik, layar terkunci")
    submit_name = phone.find_element(By.ID, "idea-author")
    assert submit_name.get_attribute("value") == "Ani"
    phone.refresh()
    wait_for(phone, lambda d: d.find_element(By.ID, "counter").text == "1 dari 5")
    box = phone.find_element(By.CSS_SELECTOR, "#idea-form textarea[name=text]")
    assert box.get_attribute("value") == "Setengah diketik, layar terkunci"
    assert phone.find_element(By.ID, "idea-author").get_attribute("value") == "Ani"
    submit(phone)
    wait_for(phone, lambda d: "Setengah diketik, layar terkunci" in idea_texts(d))
    box = phone.find_element(By.CSS_SELECTOR, "#idea-form textarea[name=text]")
    assert box.get_attribute("value") == ""
    phone.refresh()
    wait_for(phone, lambda d: d.find_element(By.ID, "idea-author").get_attribute("value") == "Ani")


def test_a_submission_repeated_after_a_lost_answer_is_counted_once(server, lab, phones):
    service, dinkes, _dinsos, links = lab
    token = links[dinkes.id].token
    phone = phones(url_of(server, links[dinkes.id]))
    wait_for(phone, lambda d: d.find_element(By.ID, "counter").text == "1 dari 5")
    # The phone sent an idea; the server stored it, but the Wi-Fi dropped the answer, so the
    # page still holds it as pending (with its client key) when it is opened again.
    pending = {"text": "Ambulans desa", "author": "Ani", "client_key": "lost-answer-0001"}
    reached = httpx.post(f"{server.url}/api/t/{token}/ideas", json=pending)
    assert reached.status_code == 201
    phone.execute_script(
        "window.localStorage.setItem(arguments[0], arguments[1]);"
        "window.localStorage.setItem(arguments[2], arguments[3]);",
        f"labinovasi.{token}.pending",
        json.dumps(pending),
        f"labinovasi.{token}.draft",
        pending["text"],
    )
    phone.refresh()
    wait_for(
        phone,
        lambda d: "Tersimpan sebagai gagasan no. 2." in d.find_element(By.ID, "idea-message").text,
        "the pending idea was not sent again",
    )
    assert (
        phone.execute_script(
            "return window.localStorage.getItem(arguments[0])", f"labinovasi.{token}.pending"
        )
        is None
    )
    wait_for(phone, lambda d: d.find_element(By.ID, "counter").text == "2 dari 5")
    assert [v.idea.text for v in service.list_ideas(dinkes.id)].count("Ambulans desa") == 1
    assert idea_texts(phone).count("Ambulans desa") == 1


def test_markup_typed_by_a_participant_shows_as_text(server, lab, phones):
    service, dinkes, _dinsos, links = lab
    image = '<img src=x onerror="window.__pwned = 1">'
    script = "<script>window.__pwned = 2</script>"
    phone = phones(url_of(server, links[dinkes.id]))
    wait_for(phone, lambda d: d.find_element(By.ID, "counter").text == "1 dari 5")
    type_idea(phone, image)
    submit(phone)
    wait_for(phone, lambda d: image in idea_texts(d))
    service.add_idea(dinkes.id, script, author='"><b>Budi</b>')
    wait_for(phone, lambda d: script in idea_texts(d))
    assert phone.execute_script("return window.__pwned === undefined")
    assert phone.find_elements(By.CSS_SELECTOR, "#ideas img, #ideas script, #ideas b") == []
    assert 'oleh "><b>Budi</b>' in phone.find_element(By.ID, "ideas").text


def test_dots_placed_on_a_phone_move_the_facilitators_ranking(server, lab, phones):
    service, dinkes, _dinsos, links = lab
    for text in ("Kartu kendali digital", "Posyandu keliling"):
        service.add_idea(dinkes.id, text)
    views = service.list_ideas(dinkes.id)
    for view in views:
        service.update_idea(
            view.idea.id,
            apkl_aktual=True,
            apkl_problematik=True,
            apkl_kekhalayakan=True,
            apkl_layak=True,
        )
    service.move_stage(dinkes.id, Stage.DIAGNOSE, override_reason="uji")
    team = TeamWork(service)
    before = [
        v.idea.text for v, _rank in ranked(service.list_ideas(dinkes.id), team.dots(dinkes.id))
    ]
    assert before[0] == "Antrean puskesmas lewat WhatsApp"

    phone = phones(url_of(server, links[dinkes.id]))
    wait_for(phone, lambda d: d.find_elements(By.CSS_SELECTOR, "#ranking li[data-id]"))
    phone.find_element(By.ID, "participant").send_keys("Ani")
    target = views[2].idea.id  # "Posyandu keliling", last so far
    add = f'#ranking li[data-id="{target}"] button.add'
    for placed in (1, 2):
        # found and clicked in one step: a list drawn again in between is read again
        wait_for(phone, lambda d: d.find_element(By.CSS_SELECTOR, add).click() or True)
        wait_for(
            phone,
            lambda d, n=placed: (
                d.find_element(By.CSS_SELECTOR, f'#ranking li[data-id="{target}"] .dots-mine').text
                == f"● {n}"
            ),
        )
    wait_for(
        phone,
        lambda d: (
            d.find_element(By.CSS_SELECTOR, "#ranking li:first-child").get_attribute("data-id")
            == target
        ),
        "the phone's ranking did not move",
    )
    assert "Sisa titik Anda: 1 dari 3" in phone.find_element(By.ID, "dots-left").text
    # What the facilitator's board and projector rank by: the stored dots.
    assert team.dots(dinkes.id) == {target: 2}
    after = ranked(service.list_ideas(dinkes.id), team.dots(dinkes.id))
    assert (after[0][0].idea.id, after[0][1]) == (target, 1)


def test_the_jurors_page_lists_the_jurors_and_the_presentations(server, lab, phones):
    """The jurors' link opens a working page: its script and the shared one run, the jurors
    are offered, a juror's name is shown as text."""
    from labinovasi.services import jury

    service, _dinkes, _dinsos, links = lab
    jury.add_juror(service, "Dr. Sari <b>Ketua</b>")
    phone = phones(f"{server.url}/j/{links[None].token}")
    names = wait_for(
        phone,
        lambda d: (
            [o.text for o in d.find_elements(By.CSS_SELECTOR, "#juror-select option")][1:] or None
        ),
        "the jurors are listed",
    )
    assert names == ["Dr. Sari <b>Ketua</b>"]
    assert phone.find_element(By.ID, "stage").text  # drawn by the page's script
