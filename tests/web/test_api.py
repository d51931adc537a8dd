"""The phone server's HTTP API (issue 27's public contract) and every hostile request it must
refuse without writing: no token, another table's token, a revoked token, oversized bodies, bad
JSON, a wrong Host or Origin, a flood from one client."""

from __future__ import annotations

from starlette.testclient import TestClient

from labinovasi.domain import Stage
from labinovasi.services.phone import PhoneLinks
from labinovasi.services.team_work import TeamWork
from labinovasi.web.app import create_app
from labinovasi.web.guard import Limits

ROOMY = Limits(writes_burst=1000, reads_burst=1000)


def client_for(service, limits: Limits = ROOMY) -> TestClient:
    app, _phone = create_app(service, ["testserver"], 80, limits=limits)
    return TestClient(app)


def ideas_of(service, opd_id):
    return [v.idea.text for v in service.list_ideas(opd_id)]


def test_state_has_the_contract_keys_and_the_tables_ideas(lab):
    service, dinkes, _dinsos, links = lab
    with client_for(service) as client:
        response = client.get(f"/api/t/{links[dinkes.id].token}/state")
    assert response.status_code == 200
    state = response.json()
    assert {"opd", "stage", "count", "minimum", "ideas"} <= set(state)
    assert (state["opd"], state["stage"], state["count"], state["minimum"]) == (
        "DINKES",
        "drum-up",
        1,
        5,
    )
    [idea] = state["ideas"]
    assert {"id", "text", "author", "counted"} <= set(idea)
    assert (idea["text"], idea["author"], idea["counted"]) == (
        "Antrean puskesmas lewat WhatsApp",
        "Budi",
        True,
    )


def test_an_idea_is_stored_once_per_client_key(lab):
    service, dinkes, _dinsos, links = lab
    url = f"/api/t/{links[dinkes.id].token}/ideas"
    body = {"text": "Kartu kendali digital", "author": "Ani", "client_key": "k-0000000001"}
    with client_for(service) as client:
        first = client.post(url, json=body)
        again = client.post(url, json=body)
        other = client.post(url, json={**body, "client_key": "k-0000000002"})
    assert first.status_code == 201
    assert first.json() == {
        "id": first.json()["id"],
        "counted": True,
        "count": 2,
        "minimum": 5,
        "number": 2,
        "duplicate_of_number": None,
    }
    assert again.status_code == 200 and again.json() == first.json()
    # A second key with the same text is a second idea, kept and marked as a duplicate.
    assert other.status_code == 201 and other.json()["counted"] is False
    assert other.json()["duplicate_of_number"] == 2
    assert ideas_of(service, dinkes.id).count("Kartu kendali digital") == 2


def test_a_repeated_key_gets_the_first_answer_after_a_restart(lab, workshop_path):
    service, dinkes, _dinsos, links = lab
    url = f"/api/t/{links[dinkes.id].token}/ideas"
    body = {"text": "Posyandu keliling", "author": "", "client_key": "restart-key-1"}
    with client_for(service) as client:
        first = client.post(url, json=body).json()
    service.close()
    from labinovasi.services import WorkshopService

    with WorkshopService.open(workshop_path) as reopened, client_for(reopened) as client:
        again = client.post(url, json=body)
        assert again.status_code == 200 and again.json() == first
        assert ideas_of(reopened, dinkes.id).count("Posyandu keliling") == 1


def test_refused_ideas_are_clear_indonesian_errors_and_write_nothing(lab):
    service, dinkes, _dinsos, links = lab
    url = f"/api/t/{links[dinkes.id].token}/ideas"
    with client_for(service) as client:
        blank = client.post(url, json={"text": "   ", "author": "", "client_key": "blank-key-1"})
        long = client.post(url, json={"text": "x" * 5001, "author": "", "client_key": "long-key-1"})
        no_key = client.post(url, json={"text": "Gagasan", "author": ""})
        wrong_type = client.post(url, json={"text": 5, "author": "", "client_key": "type-key-1"})
    assert blank.status_code == 422 and "Gagasan kosong" in blank.json()["error"]
    assert long.status_code == 422 and "terlalu panjang" in long.json()["error"]
    assert no_key.status_code == 422 and "client_key" in no_key.json()["error"]
    assert wrong_type.status_code == 422
    assert ideas_of(service, dinkes.id) == ["Antrean puskesmas lewat WhatsApp"]


def test_no_token_a_wrong_token_and_another_tables_token_reach_nothing(lab):
    service, dinkes, dinsos, links = lab
    body = {"text": "Gagasan asing", "author": "", "client_key": "foreign-key-1"}
    with client_for(service) as client:
        assert client.get("/api/t//state").status_code == 404
        assert client.get("/api/t/tebakan/state").status_code == 404
        assert client.post("/api/t/tebakan/ideas", json=body).status_code == 404
        # DINSOS's phone sees DINSOS only, and cannot vote on DINKES's idea.
        state = client.get(f"/api/t/{links[dinsos.id].token}/state").json()
        assert state["opd"] == "DINSOS" and state["ideas"] == []
        dinkes_idea = service.list_ideas(dinkes.id)[0].idea.id
        vote = client.post(
            f"/api/t/{links[dinsos.id].token}/votes",
            json={
                "participant": "X",
                "idea_id": dinkes_idea,
                "dots": 1,
                "client_key": "vote-key-1",
            },
        )
        assert vote.status_code == 422
        # The jurors' token is no table's, and a table's token is not the jurors'.
        assert client.get(f"/api/t/{links[None].token}/state").status_code == 404
        assert client.get(f"/api/j/{links[dinkes.id].token}/state").status_code == 404
        # Nothing of the facilitator's is reachable.
        for path in ("/api/stage", "/api/opds", "/admin", f"/api/t/{links[dinkes.id].token}"):
            assert client.get(path).status_code == 404
        assert client.delete(f"/api/t/{links[dinkes.id].token}/ideas").status_code == 405
    assert ideas_of(service, dinsos.id) == [] and TeamWork(service).dots(dinkes.id) == {}


def test_a_revoked_link_is_refused_and_the_new_one_works(lab):
    service, dinkes, _dinsos, links = lab
    old = links[dinkes.id].token
    new = PhoneLinks(service).revoke(dinkes.id).token
    assert new != old and len(new) >= 22  # 144 random bits, URL-safe
    body = {"text": "Setelah dicabut", "author": "", "client_key": "revoked-key-1"}
    with client_for(service) as client:
        assert client.get(f"/t/{old}").status_code == 404
        refused = client.post(f"/api/t/{old}/ideas", json=body)
        assert refused.status_code == 404 and "dicabut" in refused.json()["error"]
        assert client.get(f"/api/t/{new}/state").json()["opd"] == "DINKES"
    assert "Setelah dicabut" not in ideas_of(service, dinkes.id)
    # The tokens survive a restart of the server: the same links come back.
    assert {link.opd_id: link.token for link in PhoneLinks(service).all()}[dinkes.id] == new


def test_oversized_bad_json_and_wrong_content_type_are_refused(lab):
    service, dinkes, _dinsos, links = lab
    url = f"/api/t/{links[dinkes.id].token}/ideas"
    headers = {"Content-Type": "application/json"}
    with client_for(service) as client:
        huge = client.post(url, content=b'{"text": "' + b"a" * 40_000 + b'"}', headers=headers)
        assert huge.status_code == 413

        def chunks():
            for _ in range(40):
                yield b"a" * 1024

        streamed = client.post(url, content=chunks(), headers=headers)  # no Content-Length
        assert streamed.status_code == 413
        assert client.post(url, content=b"{not json", headers=headers).status_code == 400
        assert client.post(url, content=b"[1, 2]", headers=headers).status_code == 400
        assert client.post(url, content=b"\xff\xfe", headers=headers).status_code == 400
        form = client.post(url, data={"text": "lewat formulir"})
        assert form.status_code == 415
    assert ideas_of(service, dinkes.id) == ["Antrean puskesmas lewat WhatsApp"]


def test_wrong_host_or_origin_is_refused_dns_rebinding_and_cross_site(lab):
    service, dinkes, _dinsos, links = lab
    token = links[dinkes.id].token
    body = {"text": "Dari situs lain", "author": "", "client_key": "origin-key-1"}
    with client_for(service) as client:
        rebound = client.get(f"/api/t/{token}/state", headers={"Host": "evil.example"})
        assert rebound.status_code == 421
        other_port = client.get(f"/api/t/{token}/state", headers={"Host": "testserver:8080"})
        assert other_port.status_code == 421
        cross = client.post(
            f"/api/t/{token}/ideas", json=body, headers={"Origin": "http://evil.example"}
        )
        assert cross.status_code == 403 and "situs lain" in cross.json()["error"]
        null_origin = client.post(f"/api/t/{token}/ideas", json=body, headers={"Origin": "null"})
        assert null_origin.status_code == 403
        same = client.post(
            f"/api/t/{token}/ideas", json=body, headers={"Origin": "http://testserver"}
        )
        assert same.status_code == 201
    assert ideas_of(service, dinkes.id).count("Dari situs lain") == 1


def test_a_flood_from_one_client_is_refused_and_only_accepted_ideas_are_stored(lab):
    service, dinkes, _dinsos, links = lab
    url = f"/api/t/{links[dinkes.id].token}/ideas"
    limits = Limits(writes_burst=10, writes_per_second=0.01, reads_burst=10, reads_per_second=0.01)
    with client_for(service, limits) as client:
        codes = [
            client.post(
                url, json={"text": f"Banjir {n}", "author": "", "client_key": f"flood-{n:06}"}
            ).status_code
            for n in range(60)
        ]
        reads = [
            client.get(f"/api/t/{links[dinkes.id].token}/state").status_code for _ in range(15)
        ]
    assert codes.count(201) == 10 and codes.count(429) == 50
    assert reads.count(429) == 5
    stored = [t for t in ideas_of(service, dinkes.id) if t.startswith("Banjir")]
    assert stored == [f"Banjir {n}" for n in range(10)]


def test_dots_follow_the_stations_rules_and_the_ranking(lab):
    service, dinkes, _dinsos, links = lab
    for text in ("Kartu kendali", "Posyandu keliling", "Apotek desa", "Ambulans desa"):
        service.add_idea(dinkes.id, text)
    views = service.list_ideas(dinkes.id)
    for view in views[:2]:
        service.update_idea(
            view.idea.id,
            apkl_aktual=True,
            apkl_problematik=True,
            apkl_kekhalayakan=True,
            apkl_layak=True,
        )
    service.move_stage(dinkes.id, Stage.DIAGNOSE)
    token = links[dinkes.id].token
    first, second, failing = views[0].idea.id, views[1].idea.id, views[2].idea.id

    def vote(client, idea, dots, key, who="Ani"):
        return client.post(
            f"/api/t/{token}/votes",
            json={"participant": who, "idea_id": idea, "dots": dots, "client_key": key},
        )

    with client_for(service) as client:
        placed = vote(client, second, 2, "dots-key-01")
        assert placed.status_code == 201
        assert placed.json() == {"idea_id": second, "dots": 2, "my_dots": {second: 2}, "left": 1}
        assert vote(client, second, 2, "dots-key-01").json() == placed.json()  # repeat: same
        too_many = vote(client, first, 2, "dots-key-02")
        assert too_many.status_code == 422 and "paling banyak 3 titik" in too_many.json()["error"]
        not_apkl = vote(client, failing, 1, "dots-key-03")
        assert not_apkl.status_code == 422 and "APKL" in not_apkl.json()["error"]
        assert vote(client, second, "2", "dots-key-04").status_code == 422
        state = client.get(f"/api/t/{token}/state", params={"participant": "Ani"}).json()
    assert state["my_dots"] == {second: 2}
    ranked = {i["id"]: (i["rank"], i["dots"]) for i in state["ideas"] if i["rank"]}
    assert ranked == {second: (1, 2), first: (2, 0)}
    assert TeamWork(service).dots(dinkes.id) == {second: 2}


def test_usg_from_phones_only_when_the_facilitator_allows_it(lab):
    service, dinkes, _dinsos, links = lab
    service.add_idea(dinkes.id, "Kedua")
    idea = service.list_ideas(dinkes.id)[0].idea.id
    service.move_stage(dinkes.id, Stage.DIAGNOSE, override_reason="uji")
    token = links[dinkes.id].token
    body = {"idea_id": idea, "usg": [5, 4, 3], "client_key": "usg-key-001"}
    with client_for(service) as client:
        assert client.post(f"/api/t/{token}/usg", json=body).status_code == 409
        PhoneLinks(service).allow_usg(dinkes.id, True)
        assert client.get(f"/api/t/{token}/state").json()["usg_allowed"] is True
        bad = client.post(f"/api/t/{token}/usg", json={**body, "usg": [9, 1, 1]})
        assert bad.status_code == 422
        done = client.post(f"/api/t/{token}/usg", json=body)
        assert done.status_code == 201 and done.json()["usg_total"] == 12
    assert service.get_idea(idea).usg_total == 12


def test_ideas_are_refused_outside_drum_up(lab):
    service, dinkes, _dinsos, links = lab
    service.move_stage(dinkes.id, Stage.DIAGNOSE, override_reason="uji")
    with client_for(service) as client:
        refused = client.post(
            f"/api/t/{links[dinkes.id].token}/ideas",
            json={"text": "Terlambat", "author": "", "client_key": "late-key-01"},
        )
    assert refused.status_code == 409 and "drum-up" in refused.json()["error"]
    assert "Terlambat" not in ideas_of(service, dinkes.id)


def test_the_page_carries_participant_text_as_data_only(lab):
    service, dinkes, _dinsos, links = lab
    with client_for(service) as client:
        page = client.get(f"/t/{links[dinkes.id].token}")
        english = client.get(f"/t/{links[dinkes.id].token}?lang=en")
        script = client.get("/static/phone.js")
        assert client.get("/static/../../pyproject.toml").status_code == 404
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    assert 'id="idea-form"' in page.text and 'name="text"' in page.text
    assert "Kirim gagasan" in page.text and "Send idea" in english.text
    assert script.status_code == 200 and "innerHTML" not in script.text


def test_the_jurors_link_scores_with_the_rubric_and_nothing_else(lab):
    from labinovasi.services import jury
    from labinovasi.services.innovations import Innovations

    service, dinkes, _dinsos, links = lab
    innovation = Innovations(service).add(dinkes.id, "SIAP ANTRE")
    jury.set_presentations(service, [innovation.id])
    juror = jury.add_juror(service, "Dr. Sari")
    token = links[None].token
    with client_for(service) as client:
        state = client.get(f"/api/j/{token}/state", params={"juror": juror.id}).json()
        assert [j["name"] for j in state["jurors"]] == ["Dr. Sari"]
        assert [p["name"] for p in state["presentations"]] == ["SIAP ANTRE"]
        keys = [c["key"] for c in state["criteria"]]
        scores = dict.fromkeys(keys, 80)
        body = {
            "juror_id": juror.id,
            "innovation_id": innovation.id,
            "scores": scores,
            "client_key": "juror-key-01",
        }
        saved = client.post(f"/api/j/{token}/scores", json=body)
        assert saved.status_code == 201 and saved.json()["scores"] == scores
        assert client.post(f"/api/j/{token}/scores", json=body).status_code == 200
        out_of_scale = client.post(
            f"/api/j/{token}/scores",
            json={**body, "scores": {keys[0]: 1000}, "client_key": "juror-key-02"},
        )
        assert out_of_scale.status_code == 422
        # The jurors' token adds no idea.
        idea = client.post(
            f"/api/t/{token}/ideas", json={"text": "x", "author": "", "client_key": "juror-key-3"}
        )
        assert idea.status_code == 404
    assert jury.juror_sheets(service, juror.id)[innovation.id] == dict.fromkeys(keys, 80)
