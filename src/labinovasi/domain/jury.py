"""Display (gelar inovasi): the jury rubric, score sheets, the mean over jurors, the ranking
with its stated tie-break, and the Top-N."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from labinovasi.domain.errors import BadInput
from labinovasi.i18n import _

DEFAULT_TOP_N = 3
# A jury, not one person: with one sheet the "mean over jurors" is one juror's opinion
# (domain.md: "a jury scores …"). Fixing the Top-N on fewer asks first.
MIN_JURORS = 2
MINUTES_EACH_LIMITS = (1, 120)  # one presentation, minutes
TOP_N_LIMITS = (1, 50)
MAX_CRITERIA = 12  # a score sheet with more does not fit a page or a juror's attention
TIE_BREAK = (
    "Nilai rata-rata sama: yang lebih tinggi pada kriteria berbobot terbesar "
    "didahulukan, lalu kriteria berikutnya menurut bobot; bila semuanya sama, "
    "peringkatnya dibagi (seri) dan juri memutuskan."
)


@dataclass(frozen=True)
class Criterion:
    key: str
    name: str
    weight: Decimal  # percent; a rubric's weights add up to 100


@dataclass(frozen=True)
class Rubric:
    criteria: tuple[Criterion, ...]
    scale: tuple[int, int] = (0, 100)
    source: str = ""

    def criterion(self, key: str) -> Criterion | None:
        return next((c for c in self.criteria if c.key == key), None)

    @property
    def by_weight(self) -> list[Criterion]:
        """Criteria by weight, heaviest first (ties in the rubric's order): the tie-break."""
        return sorted(self.criteria, key=lambda c: -c.weight)


def parse_rubric(data: object, origin: str = "") -> Rubric:
    problems = []
    refusal = (
        _("Rubrik juri tidak sah: {path}").format(path=origin)
        if origin
        else _("Rubrik juri tidak sah.")
    )
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise BadInput(refusal)
    criteria = []
    for entry in data["criteria"]:
        if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
            problems.append(_("setiap kriteria perlu 'key', 'name' dan 'weight'"))
            continue
        try:
            weight = Decimal(str(entry.get("weight")).strip().replace(",", "."))
        except ArithmeticError:
            weight = Decimal(-1)
        if not weight.is_finite():  # NaN would make every later comparison raise
            weight = Decimal(-1)
        if not 0 < weight <= 100:
            problems.append(
                _("bobot {name} harus lebih dari 0 dan paling besar 100").format(name=entry["name"])
            )
        criteria.append(
            Criterion(
                str(entry.get("key") or entry["name"]).strip(), str(entry["name"]).strip(), weight
            )
        )
    weights_problem = check_weights([c.weight for c in criteria]) if criteria else ""
    if weights_problem:
        problems.append(weights_problem)
    if len({c.key for c in criteria}) != len(criteria):
        problems.append(_("kunci kriteria ganda"))
    names = [c.name.casefold() for c in criteria]
    if len(set(names)) != len(names):
        problems.append(_("nama kriteria ganda"))
    if len(criteria) > MAX_CRITERIA:
        problems.append(_("paling banyak {n} kriteria").format(n=MAX_CRITERIA))
    scale = data.get("scale", [0, 100])
    if not (
        isinstance(scale, list)
        and len(scale) == 2
        and all(isinstance(v, int) for v in scale)
        and scale[0] < scale[1]
    ):
        problems.append(_("'scale' harus [terendah, tertinggi]"))
        scale = [0, 100]
    if problems or not criteria:
        raise BadInput(refusal, problems or [_("tidak ada kriteria")])
    return Rubric(tuple(criteria), (scale[0], scale[1]), str(data.get("source", "")))


def check_start_time(value: object) -> time:
    """The event's start time, from "HH:MM" or a time."""
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value).strip())
    except ValueError:
        raise BadInput(_("Jam harus berbentuk JJ:MM, misalnya 09:00.")) from None


def check_event_settings(changes: Mapping[str, object]) -> dict[str, object]:
    """The gelar inovasi's start time ("HH:MM"), minutes per presentation and Top-N as
    stored; BadInput when one is out of bounds (the service and the merge both check)."""
    checked = dict(changes)
    if "start_time" in checked:
        checked["start_time"] = check_start_time(checked["start_time"]).strftime("%H:%M")
    for key, (low, high), message in (
        (
            "minutes_each",
            MINUTES_EACH_LIMITS,
            _("Lama presentasi harus {low} sampai {high} menit."),
        ),
        ("top_n", TOP_N_LIMITS, _("Jumlah juara harus {low} sampai {high}.")),
    ):
        if key not in checked:
            continue
        value = checked[key]
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            number = low - 1
        if isinstance(value, bool) or not low <= number <= high:
            raise BadInput(message.format(low=low, high=high))
        checked[key] = number
    return checked


def format_weight(weight: Decimal) -> str:
    """30 -> "30", 12.5 -> "12,5": a weight as people write it."""
    text = format(weight.normalize(), "f") if weight == weight.to_integral() else str(weight)
    return text.replace(".", ",")


def check_weights(weights: Sequence[Decimal | int]) -> str:
    """ "" when the weights add up to 100, else what is wrong, as the rubric editor shows it
    while the weights are typed and as a refusal says it."""
    total = sum((Decimal(w) for w in weights), Decimal(0))
    if total == 100:
        return ""
    gap = Decimal(100) - total
    if gap > 0:
        return _("Jumlah bobot {total}%, harus 100% (kurang {gap}).").format(
            total=format_weight(total), gap=format_weight(gap)
        )
    return _("Jumlah bobot {total}%, harus 100% (lebih {gap}).").format(
        total=format_weight(total), gap=format_weight(-gap)
    )


def criterion_key(name: str, taken: Sequence[str] = ()) -> str:
    """A key for a new criterion named `name` ("Dampak sosial" -> "dampak-sosial"), unlike
    any of `taken`. Keys stay when a criterion is renamed: scores are stored by key."""
    from labinovasi.domain.rules import normalize_idea_text

    base = "-".join(normalize_idea_text(name).split()) or "kriteria"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def default_rubric() -> Rubric:
    """The rubric shipped in resources/rules/jury-rubric.json."""
    from labinovasi.resources import get_asset

    path = Path(get_asset("rules", "jury-rubric.json"))
    return parse_rubric(json.loads(path.read_text(encoding="utf-8")), str(path))


def check_score(rubric: Rubric, value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    low, high = rubric.scale
    try:
        number = Decimal(str(value).replace(",", "."))
    except ArithmeticError:
        number = Decimal(low - 1)
    if isinstance(value, bool) or not low <= number <= high:
        raise BadInput(_("Nilai harus {low} sampai {high}.").format(low=low, high=high))
    return number


# A score sheet: one juror's scores of one entrant, criterion key -> score (None, or no key,
# while not scored yet).
Sheet = Mapping[str, Decimal | None]


def weighted_total(rubric: Rubric, sheet: Sheet) -> Decimal | None:
    """Σ weight × score / 100 on the rubric's scale; None until every criterion is scored."""
    total = Decimal(0)
    for c in rubric.criteria:
        score = sheet.get(c.key)
        if score is None:
            return None
        total += c.weight * score
    return total / 100


@dataclass
class RankedEntrant:
    entrant_id: str
    mean: Decimal | None  # mean over complete sheets of the weighted total
    criterion_means: dict[str, Decimal] = field(default_factory=dict)
    sheets: int = 0  # complete sheets counted
    rank: int | None = None
    tied: bool = False  # shares its rank after every tie-break
    broken_by: str = ""  # the criterion that separated it from an equal mean

    def display_mean(self) -> str:
        if self.mean is None:
            return "–"
        return str(self.mean.quantize(Decimal("0.01"), ROUND_HALF_UP)).replace(".", ",")


def rank(rubric: Rubric, sheets: Mapping[str, Sequence[Sheet]]) -> list[RankedEntrant]:
    """Entrant id -> its jurors' sheets, to the ranking. Only complete sheets count; an entrant
    with none is listed last, unranked. Ties: see TIE_BREAK."""
    entrants = []
    for entrant_id, entrant_sheets in sheets.items():
        complete: list[dict[str, Decimal]] = []  # the sheets with every criterion scored
        totals: list[Decimal] = []
        for sheet in entrant_sheets:
            total = weighted_total(rubric, sheet)
            if total is not None:
                complete.append({k: v for k, v in sheet.items() if v is not None})
                totals.append(total)
        if not complete:
            entrants.append(RankedEntrant(entrant_id, None))
            continue
        means = {
            c.key: sum((s[c.key] for s in complete), Decimal(0)) / len(complete)
            for c in rubric.criteria
        }
        entrants.append(
            RankedEntrant(entrant_id, sum(totals, Decimal(0)) / len(totals), means, len(complete))
        )
    order = rubric.by_weight

    def key(entry: RankedEntrant) -> tuple:
        if entry.mean is None:
            return (1,)
        # Rounded to 4 places: 1/3-type means from different sheets compare equal when equal.
        return (0, -_round(entry.mean), *(-_round(entry.criterion_means[c.key]) for c in order))

    ordered = sorted(entrants, key=lambda e: (key(e), e.entrant_id))
    previous: RankedEntrant | None = None
    for position, entry in enumerate(ordered, start=1):
        if entry.mean is None:
            continue
        if previous is not None and key(previous) == key(entry):
            entry.rank, entry.tied, previous.tied = previous.rank, True, True
        else:
            entry.rank = position
            if (
                previous is not None
                and previous.mean is not None
                and _round(previous.mean) == _round(entry.mean)
            ):
                entry.broken_by = previous.broken_by = _first_difference(order, previous, entry)
        previous = entry
    return ordered


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.0001"), ROUND_HALF_UP)


def _first_difference(order: Sequence[Criterion], a: RankedEntrant, b: RankedEntrant) -> str:
    for criterion in order:
        if _round(a.criterion_means[criterion.key]) != _round(b.criterion_means[criterion.key]):
            return criterion.name
    return ""


def top(ranking: Sequence[RankedEntrant], n: int = DEFAULT_TOP_N) -> list[RankedEntrant]:
    """The Top-N by rank; an entrant tied with the N-th is in too (the jury then decides)."""
    if n < 1:
        raise BadInput(_("Jumlah juara paling sedikit 1."))
    return [e for e in ranking if e.rank is not None and e.rank <= n]


def fix_concerns(
    ranking: Sequence[RankedEntrant],
    top_n: int,
    names: Mapping[str, str] | None = None,
    min_jurors: int = MIN_JURORS,
) -> list[str]:
    """Why fixing the Top-N now may be too early, in plain words ([] when nothing is): fewer
    scored innovations than juara, innovations scored by fewer than `min_jurors` jurors,
    presented innovations without a complete sheet. The facilitator may still fix it after
    confirming (the GUI asks; the CLI wants --force)."""
    names = names or {}
    ranked = [e for e in ranking if e.rank is not None]
    concerns = []
    if ranked and len(ranked) < top_n:
        concerns.append(
            _(
                "Baru {n} inovasi dengan lembar nilai lengkap, kurang dari {top} juara yang "
                "diminta: setiap inovasi yang dinilai langsung menjadi juara."
            ).format(n=len(ranked), top=top_n)
        )
    thin = [e for e in ranked if e.sheets < min_jurors]
    if thin:
        concerns.append(
            _(
                "Dinilai kurang dari {min} juri: {names}. Satu juri belum mewakili dewan juri."
            ).format(
                min=min_jurors,
                names="; ".join(
                    _("{name} ({n} juri)").format(
                        name=names.get(e.entrant_id, e.entrant_id[:8]), n=e.sheets
                    )
                    for e in thin
                ),
            )
        )
    unscored = [e for e in ranking if e.rank is None]
    if ranked and unscored:
        concerns.append(
            _("Belum punya lembar nilai lengkap, tidak ikut peringkat: {names}.").format(
                names="; ".join(names.get(e.entrant_id, e.entrant_id[:8]) for e in unscored)
            )
        )
    return concerns


@dataclass
class DisplayEvent:
    """The gelar inovasi: when and where, the presentation order, Top-N and its state."""

    id: str
    title: str = ""
    on_date: date | None = None
    place: str = ""
    start_time: str = "09:00"
    minutes_each: int = 10
    top_n: int = DEFAULT_TOP_N
    fixed_ranking: list[str] = field(default_factory=list)  # entrant ids, fixed order
    revealed: bool = False

    @property
    def fixed(self) -> bool:
        return bool(self.fixed_ranking)
