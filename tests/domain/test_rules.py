"""Counting, duplicate detection and stage gating: the workshop's rules, without a database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from labinovasi.domain import (
    BadInput,
    Idea,
    Opd,
    Stage,
    check_stage_move,
    classify_ideas,
    normalize_idea_text,
    progress_text,
    shortfall_text,
    tally_ideas,
)
from labinovasi.domain.innovations import (
    IMPORTED_ORIGIN,
    ActionStep,
    Innovation,
    missing_fields,
    missing_parts,
)

DINKES = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES")


@dataclass
class Text:
    id: str
    text: str


def marks(*texts: str):
    return classify_ideas([Text(str(i), t) for i, t in enumerate(texts)])


def ideas(n: int, opd_id: str = "o1", **extra) -> list[Idea]:
    return [Idea(id=f"i{k}", opd_id=opd_id, text=f"Gagasan nomor {k}", **extra) for k in range(n)]


def full_innovation(name: str = "SIAP ANTRE", **changes) -> Innovation:
    values: dict = {
        "id": f"inv-{name}",
        "opd_id": "o1",
        "name": name,
        "kind": "digital",
        "form": "pelayanan-publik",
        "main_affair": "1.02",
        "design_text": "Antrean panjang",
        "goal": "Antrean pendek",
        "leader": "dr. Lestari",
        "actions": [ActionStep(activity="Rapat tim")],
    }
    return Innovation(**(values | changes))


def full_design() -> list[Innovation]:
    return [full_innovation()]


# -- normalisation and duplicates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Posyandu digital", "POSYANDU DIGITAL"),  # case
        ("Posyandu digital", "Posyandu digital."),  # final punctuation
        ("Posyandu digital", "  Posyandu   digital  "),  # surrounding and inner spaces
        ("Posyandu digital", "Posyandu\tdigital\n"),  # tabs and newlines are whitespace
        ("Posyandu, digital!", "Posyandu digital"),  # punctuation inside
        ("Layanan e-KTP", "Layanan e KTP"),  # a hyphen is punctuation
        ("ＰＯＳＹＡＮＤＵ", "posyandu"),  # full-width letters: NFKC
        ("Straße", "STRASSE"),  # casefold, not lower
        ("café", "cafe\u0301"),  # composed and decomposed é: NFKC
        ("“Kartu” sehat", '"Kartu" sehat'),  # curly and straight quotes are both punctuation
    ],
)
def test_equal_after_normalisation(a, b):
    assert normalize_idea_text(a) == normalize_idea_text(b)
    assert [m.counted for m in marks(a, b)] == [True, False]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Posyandu digital", "Posyandu digital desa"),
        ("Bank sampah", "Bank sampah 2"),  # digits are not punctuation
        ("Layanan e-KTP", "Layanan eKTP"),  # removed punctuation leaves a space, not nothing
    ],
)
def test_different_ideas_both_count(a, b):
    assert [m.counted for m in marks(a, b)] == [True, True]


def test_first_stays_counted_and_later_copies_point_at_it():
    result = marks("Bank sampah", "Pojok baca", "bank sampah!", "BANK SAMPAH")
    assert [m.counted for m in result] == [True, True, False, False]
    assert [m.duplicate_of for m in result] == [None, None, "0", "0"]


def test_blank_never_counts_and_is_not_a_duplicate():
    result = marks("", "   ", "...", "\t\n", "Bank sampah")
    assert [m.counted for m in result] == [False, False, False, False, True]
    assert all(m.blank for m in result[:4])
    assert all(m.duplicate_of is None for m in result)


def test_tally():
    tally = tally_ideas(
        [Text(str(i), t) for i, t in enumerate(["A satu", "a satu", "B dua", " ", "C tiga"])]
    )
    assert (tally.stored, tally.counted, tally.duplicates, tally.blank) == (5, 3, 1, 1)
    assert tally.meets(3) and not tally.meets(4)
    assert tally.missing(5) == 2 and tally.missing(2) == 0


# -- texts -----------------------------------------------------------------------------------


def test_progress_and_shortfall_text():
    assert progress_text(3, 5) == "3 dari 5"
    assert shortfall_text(DINKES, 3, 5) == (
        "Dinas Kesehatan (DINKES): 3 dari 5 gagasan — perlu 2 lagi"
    )


# -- gating ----------------------------------------------------------------------------------


def test_drum_up_to_diagnose_needs_the_minimum():
    decision = check_stage_move(DINKES, Stage.DIAGNOSE, ideas(3), [], 5)
    assert not decision.allowed
    assert decision.message == "Dinas Kesehatan (DINKES): 3 dari 5 gagasan — perlu 2 lagi"
    assert check_stage_move(DINKES, Stage.DIAGNOSE, ideas(5), [], 5).allowed


def test_duplicates_and_blanks_do_not_help_meet_the_minimum():
    group = ideas(3) + [
        Idea(id="d", opd_id="o1", text="gagasan NOMOR 0!"),
        Idea(id="b", opd_id="o1", text="  "),
    ]
    decision = check_stage_move(DINKES, Stage.DIAGNOSE, group, [], 4)
    assert decision.message == "Dinas Kesehatan (DINKES): 3 dari 4 gagasan — perlu 1 lagi"


def test_diagnose_to_design_needs_a_chosen_idea_with_masalah():
    opd = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES", stage=Stage.DIAGNOSE)
    group = ideas(5)
    refused = check_stage_move(opd, Stage.DESIGN, group, [], 5)
    assert refused.message == (
        "Dinas Kesehatan (DINKES): belum ada gagasan terpilih dengan masalah yang diisi"
    )
    group[0].chosen = True
    group[0].problem = "   "  # a chosen idea with a blank masalah is not enough
    assert not check_stage_move(opd, Stage.DESIGN, group, [], 5).allowed
    group[1].problem = "Antrean panjang"  # masalah on an idea that is not chosen: not enough
    assert not check_stage_move(opd, Stage.DESIGN, group, [], 5).allowed
    group[0].problem = "Antrean panjang"
    assert check_stage_move(opd, Stage.DESIGN, group, [], 5).allowed


def test_design_to_deliver_needs_the_required_design_fields():
    opd = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES", stage=Stage.DESIGN)
    refused = check_stage_move(opd, Stage.DELIVER, ideas(5), [], 5)
    assert refused.message == "Dinas Kesehatan (DINKES): belum ada rancangan inovasi"
    design = full_design()
    assert check_stage_move(opd, Stage.DELIVER, ideas(5), design, 5).allowed
    design[0].goal = " "
    design[0].actions = []
    refused = check_stage_move(opd, Stage.DELIVER, ideas(5), design, 5)
    assert refused.message == (
        "Dinas Kesehatan (DINKES): inovasi \u201cSIAP ANTRE\u201d belum lengkap — tujuan, "
        "rencana aksi"
    )


def test_the_gate_names_the_missing_bentuk_not_the_jenis():
    """The older gate read the legacy design, whose "kind" was the bentuk: a profile with its
    jenis filled and its bentuk empty was refused for "jenis inovasi"."""
    opd = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES", stage=Stage.DESIGN)
    refused = check_stage_move(opd, Stage.DELIVER, ideas(5), [full_innovation(form="")], 5)
    assert refused.message == (
        "Dinas Kesehatan (DINKES): inovasi \u201cSIAP ANTRE\u201d belum lengkap — bentuk inovasi"
    )


def test_the_gate_judges_every_lab_innovation_of_the_opd():
    opd = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES", stage=Stage.DESIGN)
    first = full_innovation("SIAP ANTRE", form="")
    second = full_innovation("POSYANDU DARING")
    refused = check_stage_move(opd, Stage.DELIVER, ideas(5), [first, second], 5)
    assert not refused.allowed
    assert refused.message == (
        "Dinas Kesehatan (DINKES): inovasi \u201cSIAP ANTRE\u201d belum lengkap — bentuk inovasi"
    )
    # The complete one first does not hide the incomplete second.
    refused = check_stage_move(opd, Stage.DELIVER, ideas(5), [second, first], 5)
    assert "\u201cSIAP ANTRE\u201d belum lengkap — bentuk inovasi" in refused.message
    first.form = "pelayanan-publik"
    assert check_stage_move(opd, Stage.DELIVER, ideas(5), [first, second], 5).allowed
    # An imported innovation (an earlier year's) is not the lab's design: not judged, and
    # not enough on its own.
    imported = full_innovation("LAMA", goal="", origin=IMPORTED_ORIGIN)
    assert check_stage_move(opd, Stage.DELIVER, ideas(5), [first, imported], 5).allowed
    refused = check_stage_move(opd, Stage.DELIVER, ideas(5), [imported], 5)
    assert refused.message == "Dinas Kesehatan (DINKES): belum ada rancangan inovasi"


def test_missing_fields_lists_each_required_field():
    assert missing_parts(Innovation(id="", opd_id="o1")) == [
        "nama inovasi",
        "jenis inovasi",
        "bentuk inovasi",
        "urusan utama",
        "rancang bangun dan pokok perubahan",
        "tujuan",
        "ketua tim",
        "rencana aksi",
    ]
    assert missing_fields([]) == ["rancangan inovasi"]
    assert missing_fields(full_design()) == []
    # As the gate judges: the first incomplete innovation, even after a complete one.
    assert missing_fields([*full_design(), full_innovation("B", leader="")]) == ["ketua tim"]


@pytest.mark.parametrize("start", [Stage.DIAGNOSE, Stage.DESIGN, Stage.DELIVER, Stage.DISPLAY])
def test_moving_back_is_always_allowed(start):
    opd = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES", stage=start)
    for target in list(Stage)[: start.index + 1]:
        assert check_stage_move(opd, target, [], [], 5).allowed


def test_multi_step_forward_checks_every_gate():
    # Enough ideas for diagnose, but none chosen: drum-up straight to design is refused by
    # the diagnose→design gate even though the first gate passes.
    refused = check_stage_move(DINKES, Stage.DESIGN, ideas(5), [], 5)
    assert not refused.allowed
    assert "belum ada gagasan terpilih" in refused.message
    assert "gagasan — perlu" not in refused.message
    # Too few ideas and nothing chosen: both reasons, in gate order.
    refused = check_stage_move(DINKES, Stage.DELIVER, ideas(2), [], 5)
    parts = refused.message.split("; ")
    assert parts == [
        "Dinas Kesehatan (DINKES): 2 dari 5 gagasan — perlu 3 lagi",
        "Dinas Kesehatan (DINKES): belum ada gagasan terpilih dengan masalah yang diisi",
        "Dinas Kesehatan (DINKES): belum ada rancangan inovasi",
    ]
    ready = ideas(5, chosen=True, problem="Antrean panjang")
    assert check_stage_move(DINKES, Stage.DELIVER, ready, full_design(), 5).allowed
    assert check_stage_move(
        DINKES, Stage.DISPLAY, ready, full_design(), 5, tahapan=["inisiatif", "uji-coba"]
    ).allowed


def test_display_needs_an_innovation_at_uji_coba_or_later():
    ready = ideas(5, chosen=True, problem="Antrean panjang")
    at_deliver = Opd(id="o1", name="Dinas Kesehatan", abbreviation="DINKES", stage=Stage.DELIVER)
    for tahapan in ([], ["inisiatif"], ["inisiatif", "inisiatif"]):
        refused = check_stage_move(
            at_deliver, Stage.DISPLAY, ready, full_design(), 5, tahapan=tahapan
        )
        assert not refused.allowed
        assert refused.message == (
            "Dinas Kesehatan (DINKES): belum ada inovasi pada tahapan uji coba atau penerapan"
        )
    assert check_stage_move(
        at_deliver, Stage.DISPLAY, ready, full_design(), 5, tahapan=["penerapan"]
    ).allowed
    overridden = check_stage_move(
        at_deliver,
        Stage.DISPLAY,
        ready,
        full_design(),
        5,
        override_reason="Dipamerkan sebagai rancangan",
        tahapan=[],
    )
    assert overridden.allowed and overridden.overridden


def test_override_needs_a_written_reason():
    for blank in ("", "   ", "\n"):
        with pytest.raises(BadInput, match="Alasan pengecualian wajib diisi"):
            check_stage_move(DINKES, Stage.DIAGNOSE, ideas(1), [], 5, override_reason=blank)
    decision = check_stage_move(
        DINKES,
        Stage.DIAGNOSE,
        ideas(1),
        [],
        5,
        override_reason="Kepala dinas hadir hari ini saja",
    )
    assert decision.allowed and decision.overridden
    assert decision.message == "Dinas Kesehatan (DINKES): 1 dari 5 gagasan — perlu 4 lagi"


def test_override_on_an_allowed_move_is_not_marked_overridden():
    decision = check_stage_move(DINKES, Stage.DIAGNOSE, ideas(5), [], 5, override_reason="x")
    assert decision.allowed and not decision.overridden


def test_stage_parse_and_order():
    assert [s.value for s in Stage] == ["drum-up", "diagnose", "design", "deliver", "display"]
    assert Stage.parse("Drum Up") is Stage.DRUM_UP
    assert Stage.parse("drumup") is Stage.DRUM_UP
    assert Stage.parse(" DESIGN ") is Stage.DESIGN
    with pytest.raises(ValueError):
        Stage.parse("launch")


def test_idea_apkl_and_usg():
    idea = Idea(
        id="i",
        opd_id="o",
        text="x",
        apkl_aktual=True,
        apkl_problematik=True,
        apkl_kekhalayakan=True,
    )
    assert not idea.passes_apkl
    idea.apkl_layak = True
    assert idea.passes_apkl
    assert idea.usg_total is None
    idea.usg_urgency, idea.usg_seriousness, idea.usg_growth = 5, 4, 3
    assert idea.usg_total == 12


def test_a_withdrawn_idea_never_counts_and_hands_its_place_to_the_next_equal_one():
    ideas = [
        Idea(id="a", opd_id="o", text="Antrean lewat WhatsApp", withdrawn_reason="salah OPD"),
        Idea(id="b", opd_id="o", text="antrean lewat whatsapp."),
        Idea(id="c", opd_id="o", text="Antrean lewat WhatsApp"),
    ]
    marks = classify_ideas(ideas)
    assert [(m.counted, m.withdrawn, m.duplicate_of) for m in marks] == [
        (False, True, None),
        (True, False, None),
        (False, False, "b"),
    ]
    tally = tally_ideas(ideas)
    assert (tally.stored, tally.counted, tally.duplicates, tally.withdrawn) == (3, 1, 1, 1)


def test_an_undone_addition_is_no_withdrawal_on_paper():
    from labinovasi.domain.entities import Idea
    from labinovasi.domain.rules import UNDONE_ADDITION, undone_addition, withdrawn_on_paper

    def idea(reason: str) -> Idea:
        return Idea(id="i", opd_id="o", text="Gagasan", withdrawn_reason=reason)

    for reason in (UNDONE_ADDITION, "adding undone", "Penambahan dibatalkan "):
        assert undone_addition(idea(reason)) and not withdrawn_on_paper(idea(reason))
    assert withdrawn_on_paper(idea("gagasan bercanda")) and not undone_addition(idea("x"))
    assert not withdrawn_on_paper(idea(""))
