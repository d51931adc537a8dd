"""The shared samples give the documented figures."""


def test_shared_samples_status(sample_service):
    data = sample_service.status().to_json()
    assert data["totals"] == {
        "opds": 12,
        "opds_meeting_minimum": 8,
        "ideas": 54,
        "counted_ideas": 53,
    }
    dinkes = next(o for o in data["opds"] if o["abbreviation"] == "DINKES")
    assert dinkes["ideas"] == 6 and dinkes["counted_ideas"] == 5 and dinkes["meets_minimum"]
