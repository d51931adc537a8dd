"""What a workshop is made of: plain dataclasses the services hand to GUI, CLI and reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from labinovasi.domain.limits import DEFAULT_MIN_IDEAS
from labinovasi.domain.stages import Stage
from labinovasi.i18n import N_, _


@dataclass
class Workshop:
    id: str
    title: str
    region: str = ""
    min_ideas: int = DEFAULT_MIN_IDEAS
    start_date: date | None = None
    end_date: date | None = None
    place: str = ""
    station_id: str | None = None
    station_name: str = ""
    dots_per_participant: int = 3  # dot voting: how many dots each participant places
    station_opd_id: str | None = None  # a station copy for one OPD's table opens on it


@dataclass
class Opd:
    id: str
    name: str
    abbreviation: str
    stage: Stage = Stage.DRUM_UP
    position: int = 0
    move_requested_at: datetime | None = None  # the team asked to move on (station)

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.abbreviation})"


APKL_CRITERIA = ("aktual", "problematik", "kekhalayakan", "layak")


@dataclass
class Idea:
    id: str
    opd_id: str
    text: str
    author: str = ""
    problem: str = ""
    root_cause: str = ""
    affected: str = ""
    apkl_aktual: bool = False
    apkl_problematik: bool = False
    apkl_kekhalayakan: bool = False
    apkl_layak: bool = False
    usg_urgency: int | None = None
    usg_seriousness: int | None = None
    usg_growth: int | None = None
    votes: int = 0
    chosen: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    withdrawn_reason: str = ""  # set by the facilitator: kept and printed, never counted

    @property
    def withdrawn(self) -> bool:
        return bool(self.withdrawn_reason)

    @property
    def passes_apkl(self) -> bool:
        return all(getattr(self, f"apkl_{c}") for c in APKL_CRITERIA)

    @property
    def usg_total(self) -> int | None:
        scores = (self.usg_urgency, self.usg_seriousness, self.usg_growth)
        if any(s is None for s in scores):
            return None
        return sum(scores)  # type: ignore[arg-type]


# Kemendagri's jenis/bentuk inovasi and tahapan, stored by key, shown by label.
DESIGN_KINDS = {
    "tata-kelola": N_("Inovasi tata kelola pemerintahan daerah"),
    "pelayanan-publik": N_("Inovasi pelayanan publik"),
    "lainnya": N_("Inovasi daerah lainnya sesuai urusan pemerintahan"),
}
DESIGN_PHASES = {
    "inisiatif": N_("Inisiatif"),
    "uji-coba": N_("Uji coba"),
    "penerapan": N_("Penerapan"),
}


def design_kind_label(key: str) -> str:
    return _(DESIGN_KINDS[key]) if key in DESIGN_KINDS else key


def design_phase_label(key: str) -> str:
    return _(DESIGN_PHASES[key]) if key in DESIGN_PHASES else key


@dataclass
class StageChange:
    id: str
    opd_id: str
    from_stage: Stage
    to_stage: Stage
    override_reason: str = ""
    at: datetime | None = None
