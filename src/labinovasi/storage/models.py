"""SQLAlchemy models of a workshop file. UUID text keys so station copies merge by identity."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from labinovasi.domain.limits import DEFAULT_MIN_IDEAS
from labinovasi.domain.rules import normalize_idea_text


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC, the same on SQLite and PostgreSQL."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def table_of(model: type[Base]) -> Table:
    """A mapped class's Core table, typed as a Table (SQLAlchemy types `__table__` as the wider
    FromClause, which has no insert() and which update() does not take)."""
    return model.metadata.tables[model.__tablename__]


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class WorkshopRow(Timestamped, Base):
    __tablename__ = "workshop"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(Text, default="")
    min_ideas: Mapped[int] = mapped_column(Integer, default=DEFAULT_MIN_IDEAS)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(Text, default="")
    # Set on a station copy: which laptop this file belongs to.
    station_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    station_name: Mapped[str] = mapped_column(Text, default="")
    dots_per_participant: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    # A station copy made for one OPD's table opens straight on that OPD.
    station_opd_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class OpdRow(Timestamped, Base):
    __tablename__ = "opd"
    __table_args__ = (UniqueConstraint("workshop_id", "abbreviation"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    abbreviation: Mapped[str] = mapped_column(String(64))
    stage: Mapped[str] = mapped_column(String(16), default="drum-up")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Set when the team at its station asks to move on; cleared by the facilitator's move.
    move_requested_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    ideas: Mapped[list[IdeaRow]] = relationship(
        back_populates="opd", order_by="(IdeaRow.created_at, IdeaRow.id)"
    )


def _text_key(context) -> str:
    """An inserted idea's key from its text, so a new row is in the right group at once."""
    return normalize_idea_text(context.get_current_parameters().get("text") or "")


class IdeaRow(Timestamped, Base):
    __tablename__ = "idea"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    opd_id: Mapped[str] = mapped_column(ForeignKey("opd.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    affected: Mapped[str] = mapped_column(Text, default="")
    apkl_aktual: Mapped[bool] = mapped_column(Boolean, default=False)
    apkl_problematik: Mapped[bool] = mapped_column(Boolean, default=False)
    apkl_kekhalayakan: Mapped[bool] = mapped_column(Boolean, default=False)
    apkl_layak: Mapped[bool] = mapped_column(Boolean, default=False)
    usg_urgency: Mapped[int | None] = mapped_column(Integer, nullable=True)
    usg_seriousness: Mapped[int | None] = mapped_column(Integer, nullable=True)
    usg_growth: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    station_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The marks, a cache of domain.classify_ideas kept by storage/idea_marks.py: the
    # normalised text (equal ideas share it), the mark ("counted", "duplicate", "blank",
    # "withdrawn"; "" until marked) and which older idea it repeats. A writer calls
    # idea_marks.refresh after writing; never set these by hand.
    text_key: Mapped[str] = mapped_column(Text, default=_text_key, server_default="")
    mark: Mapped[str] = mapped_column(String(10), default="", server_default="")
    duplicate_of: Mapped[str | None] = mapped_column(String(36), nullable=True)

    opd: Mapped[OpdRow] = relationship(back_populates="ideas")

    # (opd, key): a write re-marks one group; (opd, mark): the board's tallies read only
    # this small index; (opd, created_at, id): an idea's number is a count in this index.
    __table_args__ = (
        Index("ix_idea_opd_order", "opd_id", "created_at", "id"),
        Index("ix_idea_opd_key", "opd_id", "text_key"),
        Index("ix_idea_opd_mark", "opd_id", "mark"),
    )


class IdeaRevisionRow(Base):
    """An earlier text of an idea, kept when an edit or a merge replaced it."""

    __tablename__ = "idea_revision"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    idea_id: Mapped[str] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    replaced_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(Text, default="")

    @classmethod
    def of(cls, idea: IdeaRow, source: str) -> IdeaRevisionRow:
        """The idea's text as it stands, kept before `source` ("edit", a move) replaces it."""
        return cls(
            idea_id=idea.id,
            text=idea.text,
            problem=idea.problem,
            author=idea.author,
            written_at=idea.updated_at,
            source=source,
        )


class StageChangeRow(Base):
    __tablename__ = "stage_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    opd_id: Mapped[str] = mapped_column(ForeignKey("opd.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class InnovationRow(Timestamped, Base):
    """One innovation of an OPD: the IGA profile. `stamps` (JSON: field -> ISO time of its last
    edit) lets station copies merge field by field."""

    __tablename__ = "innovation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    opd_id: Mapped[str] = mapped_column(ForeignKey("opd.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(16), default="inisiatif")
    initiator: Mapped[str] = mapped_column(String(32), default="")
    initiator_name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(32), default="")
    form: Mapped[str] = mapped_column(Text, default="")
    main_affair: Mapped[str] = mapped_column(Text, default="")
    other_affairs: Mapped[str] = mapped_column(Text, default="")  # codes, one per line
    trial_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    launch_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    development_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # the national form's fields added in revision 0017 (domain/profile.py declares them)
    result: Mapped[str] = mapped_column(Text, default="")
    business_profile: Mapped[str] = mapped_column(Text, default="")
    ip_rights: Mapped[str] = mapped_column(Text, default="")
    awards: Mapped[str] = mapped_column(Text, default="")
    budget_document: Mapped[str] = mapped_column(Text, default="")  # an evidence id
    registration_number: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(Text, default="")
    asta_cita: Mapped[str] = mapped_column(Text, default="")
    pkpn: Mapped[str] = mapped_column(Text, default="")
    coordinates: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    design_text: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    benefit: Mapped[str] = mapped_column(Text, default="")
    expected_result: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    budget_source: Mapped[str] = mapped_column(Text, default="")
    leader: Mapped[str] = mapped_column(Text, default="")
    members: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    stamps: Mapped[str] = mapped_column(Text, default="{}")
    origin: Mapped[str] = mapped_column(String(16), default="lab", server_default="lab")

    actions: Mapped[list[InnovationActionRow]] = relationship(
        order_by="InnovationActionRow.position", cascade="all, delete-orphan"
    )
    ideas: Mapped[list[InnovationIdeaRow]] = relationship(cascade="all, delete-orphan")


class InnovationIdeaRow(Base):
    """An idea an innovation comes from (one innovation, one or more chosen ideas)."""

    __tablename__ = "innovation_idea"

    innovation_id: Mapped[str] = mapped_column(
        ForeignKey("innovation.id", ondelete="CASCADE"), primary_key=True
    )
    idea_id: Mapped[str] = mapped_column(
        ForeignKey("idea.id", ondelete="CASCADE"), primary_key=True
    )


class InnovationActionRow(Base):
    """One line of an innovation's rencana aksi."""

    __tablename__ = "innovation_action"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    innovation_id: Mapped[str] = mapped_column(
        ForeignKey("innovation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    activity: Mapped[str] = mapped_column(Text)
    person: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    output: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# -- evidence (bukti dukung) and indicator answers ------------------------------------------


class EvidenceBlobRow(Base):
    """A file's bytes, once per content: the same file attached twice is stored once."""

    __tablename__ = "evidence_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EvidenceRow(Timestamped, Base):
    """One document (its bytes in evidence_blob) or one link, with what identifies it."""

    __tablename__ = "evidence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sha256: Mapped[str | None] = mapped_column(
        ForeignKey("evidence_blob.sha256"), nullable=True, index=True
    )
    size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_name: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(128), default="")
    link: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[str] = mapped_column(Text, default="")
    doc_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class IndicatorAnswerRow(Timestamped, Base):
    """An indicator of one innovation, or of the region (innovation_id NULL), for one year.
    innovation_id names innovation.id; it has no database foreign key so this revision does
    not depend on the order the innovation revision lands in."""

    __tablename__ = "indicator_answer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    innovation_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    indicator: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    parameter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="menunggu")
    note: Mapped[str] = mapped_column(Text, default="")
    check_name: Mapped[bool] = mapped_column(Boolean, default=False)
    check_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    check_highlighted: Mapped[bool] = mapped_column(Boolean, default=False)
    basis: Mapped[str] = mapped_column(String(32), default="", server_default="")
    figure_t1: Mapped[str | None] = mapped_column(String(32), nullable=True)
    figure_t2: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # When the verifier gave the verdict (UTC): the berita acara hasil verifikasi is dated by
    # it; updated_at also moves with a later tick or note. None while menunggu.
    verified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AnswerEvidenceRow(Base):
    """Which evidence backs which answer: one SK can back many innovations and indicators."""

    __tablename__ = "answer_evidence"

    answer_id: Mapped[str] = mapped_column(
        ForeignKey("indicator_answer.id", ondelete="CASCADE"), primary_key=True
    )
    evidence_id: Mapped[str] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MergedCopyRow(Base):
    """A copy merged whole into this workshop (every record taken, none rejected), by the
    fingerprint of its content (services/sync_read.fingerprint): the same copy merged again
    brings nothing and is not read again."""

    __tablename__ = "merged_copy"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    station_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    source: Mapped[str] = mapped_column(Text, default="")
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IgaPortfolioRow(Base):
    """An innovation left out of (reported=False) or put back into one year's IGA report.
    No row: reported. innovation_id names innovation.id without a database foreign key, as
    indicator_answer does."""

    __tablename__ = "iga_portfolio"

    innovation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    reported: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class InnovationChangeRow(Base):
    """A value an innovation field had before an edit or a merge replaced it."""

    __tablename__ = "innovation_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    innovation_id: Mapped[str] = mapped_column(
        ForeignKey("innovation.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(Text, default="")


class VoteRow(Base):
    """One participant's dots on one idea: keyed by (idea, participant), so a merge replaces
    rather than adds and nobody's dots are counted twice."""

    __tablename__ = "vote"
    __table_args__ = (UniqueConstraint("idea_id", "participant"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    idea_id: Mapped[str] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"))
    participant: Mapped[str] = mapped_column(Text)
    dots: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# -- deliver and display (after the lab) ----------------------------------------------------
# innovation_id / action_id name innovation.id / innovation_action.id without a database
# foreign key, like indicator_answer, so these revisions do not depend on the order the
# innovation revision lands in.


class ActionProgressRow(Base):
    """How one rencana aksi activity is going: one row per activity."""

    __tablename__ = "action_progress"

    action_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="belum")
    realised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class TahapanChangeRow(Base):
    """An innovation went from one tahapan to another on a date (a log, never edited)."""

    __tablename__ = "tahapan_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    innovation_id: Mapped[str] = mapped_column(String(36), index=True)
    from_stage: Mapped[str] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MonitoringRow(Timestamped, Base):
    """One monev, visit, meeting or desk consultation with an OPD."""

    __tablename__ = "monitoring"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    opd_id: Mapped[str] = mapped_column(ForeignKey("opd.id", ondelete="CASCADE"), index=True)
    innovation_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    on_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    who: Mapped[str] = mapped_column(Text, default="")
    progress: Mapped[int | None] = mapped_column(Integer, nullable=True)
    obstacles: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class LaunchingRow(Timestamped, Base):
    __tablename__ = "launching"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    innovation_id: Mapped[str] = mapped_column(String(36), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(Text, default="")
    by_whom: Mapped[str] = mapped_column(Text, default="")
    news_link: Mapped[str] = mapped_column(Text, default="")


class DisplayEventRow(Timestamped, Base):
    """The gelar inovasi: when and where, the rubric (JSON), Top-N, and whether the ranking
    is fixed (its order kept in fixed_ranking, JSON) and shown on the projector."""

    __tablename__ = "display_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text, default="")
    on_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(Text, default="")
    start_time: Mapped[str] = mapped_column(String(5), default="09:00")
    minutes_each: Mapped[int] = mapped_column(Integer, default=10)
    rubric: Mapped[str] = mapped_column(Text, default="")
    top_n: Mapped[int] = mapped_column(Integer, default=3)
    fixed_ranking: Mapped[str] = mapped_column(Text, default="")
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)


class PresentationRow(Timestamped, Base):
    """An innovation presented at the event, in presentation order."""

    __tablename__ = "presentation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("display_event.id", ondelete="CASCADE"), index=True
    )
    innovation_id: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer, default=0)
    presenter: Mapped[str] = mapped_column(Text, default="")


class JurorRow(Timestamped, Base):
    __tablename__ = "juror"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("display_event.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class JuryScoreRow(Base):
    """One juror's score of one innovation on one criterion, in hundredths (87,5 -> 8750)."""

    __tablename__ = "jury_score"
    __table_args__ = (UniqueConstraint("juror_id", "innovation_id", "criterion"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    juror_id: Mapped[str] = mapped_column(ForeignKey("juror.id", ondelete="CASCADE"))
    innovation_id: Mapped[str] = mapped_column(String(36))
    criterion: Mapped[str] = mapped_column(String(32))
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# -- papers an office files (revision "papers") --------------------------------------------


class LetterheadRow(Timestamped, Base):
    """The kop surat of the workshop's papers (one row), its paper size and logo."""

    __tablename__ = "letterhead"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    government: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(Text, default="")
    agency_short: Mapped[str] = mapped_column(Text, default="Bapperida")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    paper: Mapped[str] = mapped_column(String(8), default="A4")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_type: Mapped[str] = mapped_column(String(8), default="")


class NumberPatternRow(Base):
    """How documents of one kind are numbered, e.g. 000.9/{seq}/Bapperida/{year}."""

    __tablename__ = "number_pattern"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    pattern: Mapped[str] = mapped_column(Text)


class DocumentNumberRow(Base):
    """A number given to one document (kind + subject: an OPD, an innovation, a day…), kept so
    printing it again shows the same number; the sequence runs per kind and year."""

    __tablename__ = "document_number"
    __table_args__ = (
        UniqueConstraint("kind", "year", "seq"),
        UniqueConstraint("kind", "subject", "year", name="uq_document_subject"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date] = mapped_column(Date)


class PersonRow(Timestamped, Base):
    """A participant, an OPD head or one of the lab's signatories (see domain.papers.ROLES)."""

    __tablename__ = "person"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    role: Mapped[str] = mapped_column(String(24), index=True)
    name: Mapped[str] = mapped_column(Text)
    nip: Mapped[str] = mapped_column(String(18), default="")
    rank: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    opd_id: Mapped[str | None] = mapped_column(
        ForeignKey("opd.id", ondelete="SET NULL"), nullable=True
    )
    opd_name: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    position_index: Mapped[int] = mapped_column(Integer, default=0)


class IdeaPairRow(Timestamped, Base):
    """The facilitator's decision on two ideas the "Gagasan mirip" view suggested: "sama"
    (`idea_id`, the later, repeats `other_id`, the earlier: counted as a duplicate of it),
    "berbeda" (never suggested again) or "" (undone). One row per pair, its id derived from the
    two ids (services.similar.pair_id), so station copies deciding the same pair merge into it
    and the newer decision wins."""

    __tablename__ = "idea_pair"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    idea_id: Mapped[str] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[str] = mapped_column(ForeignKey("idea.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16), default="")


class LexiconTermRow(Timestamped, Base):
    """A word of the workshop's own lexicon (on top of resources/lists/leksikon.json): learned
    from a confirmed "sama" or imported from another region's file; `variant` is read as
    `canonical` when ideas are compared. The id is derived from the variant, so a merge keeps
    one row per word."""

    __tablename__ = "lexicon_term"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    variant: Mapped[str] = mapped_column(Text)
    canonical: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="")  # "konfirmasi", "impor"


# -- "Ikut lewat HP": participants' phones on the hall's Wi-Fi --------------------------------


class PhoneLinkRow(Base):
    """The token of one OPD table's phone link (opd_id None: the jurors' link). Kept in the
    file so the QR codes printed before a restart still work; a revoked link keeps its row
    (revoked_at set) and the table gets a new one."""

    __tablename__ = "phone_link"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    opd_id: Mapped[str | None] = mapped_column(
        ForeignKey("opd.id", ondelete="CASCADE"), nullable=True, index=True
    )
    token: Mapped[str] = mapped_column(String(64), unique=True)
    usg_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class PhoneSubmissionRow(Base):
    """What the server answered to one submission from a phone, by its client key: the same
    key again gets the same answer, after a reload, a dropped Wi-Fi or a restart."""

    __tablename__ = "phone_submission"
    __table_args__ = (UniqueConstraint("link_id", "client_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    link_id: Mapped[str] = mapped_column(ForeignKey("phone_link.id", ondelete="CASCADE"))
    client_key: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[int] = mapped_column(Integer)
    response: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LabMateriRow(Timestamped, Base):
    """One materi of the lab and its jam pelajaran (JP), in the order the certificate lists
    them (see domain.papers.Materi)."""

    __tablename__ = "lab_materi"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    jp: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class OpdRemovalRow(Base):
    """An OPD the facilitator removed (`merged_into` empty) or merged into another OPD: kept so
    that merging a station copy made before does not bring it back (services.sync). Undoing
    the removal deletes the row. No foreign keys: the OPD itself is gone."""

    __tablename__ = "opd_removal"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the removed OPD's id
    merged_into: Mapped[str | None] = mapped_column(String(36), nullable=True)
    abbreviation: Mapped[str] = mapped_column(Text, default="", server_default="")
    removed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
