"""The projector's ranking: shown only while revealed, one set of lines at a time, at the
laptop's and a projector's size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from labinovasi.services import jury
from labinovasi.services.innovations import Innovations
from labinovasi.services.jury import RankingLine
from labinovasi.ui.projector.projector_ranking import ProjectorRanking
from labinovasi.ui.projector.projector_window import ProjectorWindow

KEYS = ("kebaharuan", "kemanfaatan", "kewenangan", "replikasi", "penguasaan")


def visible_texts(qtbot, widget) -> list[str]:
    qtbot.wait(1)  # labels put in a shown layout are shown from the event loop
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_lines_replaced_not_drawn_over(qtbot):
    view = ProjectorRanking()
    qtbot.addWidget(view)
    first = [RankingLine(1, "SIAP ANTRE", "DINKES", "84,58", True)]
    second = [RankingLine(1, "SI BANSOS", "DINSOS", "90,00", True)]
    view.show()
    view.set_lines("Peringkat", first, 1.0)
    assert "SIAP ANTRE" in visible_texts(qtbot, view)
    old = view.findChild(QLabel, "rankingCell_0_1")
    view.set_lines("Peringkat", second, 1.4)
    assert old.isHidden()  # at once, not when the event loop gets to delete it
    texts = visible_texts(qtbot, view)
    assert "SI BANSOS" in texts and "SIAP ANTRE" not in texts
    cell = view.findChild(QLabel, "rankingCell_0_1")
    view.set_lines("Peringkat", list(second), 1.4)  # the same again: nothing rebuilt
    assert view.findChild(QLabel, "rankingCell_0_1") is cell


def test_ranking_on_the_projector_only_when_revealed(service, qtbot):
    store = Innovations(service)
    first = store.add(service.add_opd("Dinas Kesehatan", "DINKES").id, "SIAP ANTRE")
    second = store.add(service.add_opd("Dinas Sosial", "DINSOS").id, "SI BANSOS")
    jury.set_presentations(service, [first.id, second.id])
    juror = jury.add_juror(service, "Dr. Sari")
    jury.set_scores(service, juror.id, first.id, dict.fromkeys(KEYS, 80))
    jury.set_scores(service, juror.id, second.id, dict.fromkeys(KEYS, 90))
    projector = ProjectorWindow(service)
    qtbot.addWidget(projector)
    for size in ((1366, 768), (1920, 1080)):
        projector.resize(*size)
        projector.show()
        projector.refresh()
        assert not projector.ranking_view.isVisible()  # scored, not fixed: not on the screen
        jury.fix_top(service, force=True)
        projector.refresh()
        assert not projector.ranking_view.isVisible()  # fixed, not revealed yet
        jury.reveal(service)
        projector.refresh()
        assert projector.ranking_view.isVisible() and not projector.board.isVisible()
        texts = visible_texts(qtbot, projector.ranking_view)
        assert texts[:5] == ["Peringkat Gelar Inovasi", "1", "SI BANSOS", "DINSOS", "90,00"]
        assert projector.ranking_view.sizeHint().height() <= size[1]
        jury.unfix(service)
        projector.refresh()
        assert not projector.ranking_view.isVisible() and projector.board.isVisible()
