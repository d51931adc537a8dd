"""Deliver: overdue activities, tahapan dated in order, monitoring bounds, the desk schedule."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from labinovasi.domain import BadInput
from labinovasi.domain.delivery import (
    ActionStatus,
    TahapanChange,
    TimelineItem,
    check_monitoring,
    check_progress,
    check_tahapan_change,
    consultation_schedule,
    overdue,
    reached_trial,
    summarize,
    tahapan_dates,
    tahapan_key,
)

TODAY = date(2027, 1, 15)


def item(activity, end, status=ActionStatus.BELUM):
    return TimelineItem("a-" + activity, "inv", activity, end=end, status=status)


def test_overdue_is_past_its_end_and_not_done():
    items = [
        item("sosialisasi", date(2027, 1, 10)),
        item("uji coba", date(2026, 12, 31), ActionStatus.BERJALAN),
        item("SK", date(2026, 12, 1), ActionStatus.SELESAI),
        item("evaluasi", date(2027, 1, 15)),  # ends today: not late yet
        item("tanpa tanggal", None),
    ]
    late = overdue(items, TODAY)
    assert [i.activity for i in late] == ["uji coba", "sosialisasi"]
    assert late[0].days_late(TODAY) == 15
    summary = summarize(items, TODAY)
    assert (summary.total, summary.done, summary.running, summary.overdue) == (5, 1, 1, 2)
    assert summary.percent == 20
    with pytest.raises(BadInput):
        check_progress("selesai", None)
    assert check_progress("berjalan", None) is ActionStatus.BERJALAN


def test_tahapan_changes_are_dated_in_order():
    assert tahapan_key("Uji Coba") == "uji-coba"
    history = [
        TahapanChange(
            "1",
            "inv",
            "inisiatif",
            "uji-coba",
            date(2026, 12, 1),
            recorded_at=datetime(2026, 12, 1, 9),
        )
    ]
    assert check_tahapan_change("uji-coba", "penerapan", date(2027, 2, 1), history) == "penerapan"
    with pytest.raises(BadInput, match="lebih awal"):
        check_tahapan_change("uji-coba", "penerapan", date(2026, 11, 30), history)
    with pytest.raises(BadInput, match="sudah pada"):
        check_tahapan_change("uji-coba", "uji-coba", date(2027, 2, 1), history)
    with pytest.raises(BadInput):
        check_tahapan_change("uji-coba", "penerapan", None, history)
    history.append(TahapanChange("2", "inv", "uji-coba", "penerapan", date(2027, 2, 1)))
    assert tahapan_dates(history) == {"uji-coba": date(2026, 12, 1), "penerapan": date(2027, 2, 1)}
    assert reached_trial(["inisiatif", "penerapan"]) and not reached_trial(["inisiatif"])
    assert not reached_trial([])


def test_monitoring_bounds():
    assert check_monitoring("Monev", "40", date(2027, 1, 5)) == ("monev", 40)
    for kind, progress in (("rapat", 101), ("rapat", "x"), ("piknik", 10)):
        with pytest.raises(BadInput):
            check_monitoring(kind, progress, date(2027, 1, 5))


def test_desk_schedule_rounds_of_twenty_minutes():
    queue = [(f"o{i}", f"OPD {i}") for i in range(1, 8)]
    schedule = consultation_schedule(queue, desks=3, day=date(2026, 11, 26), start=time(9, 0))
    rounds = schedule.rounds()
    assert [len(r) for r in rounds] == [3, 3, 1]
    assert [s.opd_name for s in rounds[0]] == ["OPD 1", "OPD 2", "OPD 3"]
    assert rounds[2][0].start.time() == time(9, 40) and rounds[2][0].desk == 1
    assert schedule.end == datetime(2026, 11, 26, 10, 0)
    with pytest.raises(BadInput):
        consultation_schedule(queue, desks=0, day=date(2026, 11, 26), start=time(9, 0))
