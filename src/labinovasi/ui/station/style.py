"""The station's look: high-contrast colours for a projector or a bright hall, and a style sheet
whose sizes follow the window height (the same layout reads well at 1366×768 and 1920×1080)."""

from __future__ import annotations

from labinovasi.ui import style

BACKGROUND = "#fbfaf6"
TEXT = "#111111"
MUTED = "#3d4146"  # still 10:1 on white: secondary text must stay readable when projected
BORDER = "#8a8780"
ACCENT = "#0b3d91"
SELECTED = "#dde8fb"
CELEBRATE = "#1b5e20"
CELEBRATE_FLASH = "#f9a825"
WARNING = style.WARNING_TEXT
OK = "#1b5e20"

BASE_HEIGHT = 768  # the laptop screen the sizes below are drawn for
BASE_FONT_PX = 21
MIN_SCALE, MAX_SCALE = 0.8, 2.4


def scale_for(height: int) -> float:
    """Size factor for a window `height` pixels tall, grown with the application font when the
    system's is larger than the reference (never shrunk: a kiosk is read from a distance), in
    steps of 0.05 to avoid restyling on every pixel of a resize."""
    scale = max(MIN_SCALE, min(MAX_SCALE, height / BASE_HEIGHT)) * max(1.0, style.font_scale())
    return round(scale * 20) / 20


def station_qss(scale: float) -> str:
    """The style sheet for the whole station at `scale` (1.0 = 1366×768)."""

    def px(value: float) -> str:
        return f"{max(1, round(value * scale))}px"

    # A plain `QWidget` rule (type only) for the defaults: every #objectName rule below is
    # more specific and wins, as CSS specificity says.
    return f"""
QWidget#stationWindow {{ background: {BACKGROUND}; }}
QWidget {{ color: {TEXT}; font-size: {px(BASE_FONT_PX)}; }}
QLabel#stationWorkshopTitle, QLabel#stationFooter {{ color: {MUTED}; font-size: {px(17)}; }}
QLabel#stationPickHeading, QLabel#stationOpdTitle, QLabel#stationPinHeading,
QLabel#stationSetupHeading {{ font-size: {px(38)}; font-weight: 700; }}
QLabel#stationOpdName {{ color: {MUTED}; font-size: {px(20)}; }}
QLabel#stationPickHint, QLabel#stationPinHint, QLabel#stationSetupHint, QLabel#stationTips {{
    color: {MUTED}; font-size: {px(19)}; }}
QLabel#stationProgressLabel {{ font-size: {px(34)}; font-weight: 700; }}
QLabel#stationProgressLabel[met="true"] {{ color: {style.MET.name()}; }}
QLabel#stationProgressLabel[met="false"] {{ color: {style.BELOW_TEXT.name()}; }}
QLabel#stationProgressNote {{ color: {MUTED}; font-size: {px(19)}; }}
QLabel#stationIdeaLabel, QLabel#stationListHeading {{ font-size: {px(22)}; font-weight: 700; }}
QLabel#stationCelebration {{ color: #ffffff; font-size: {px(30)}; font-weight: 700;
    border-radius: {px(14)}; padding: {px(10)} {px(18)}; }}
QLabel#stationMessage, QLabel#stationPinMessage, QLabel#stationSetupMessage {{
    font-size: {px(21)}; font-weight: 600; }}
QLabel#stationNoMatch {{ color: {WARNING}; font-size: {px(22)}; }}
QLineEdit, QPlainTextEdit {{ background: #ffffff; border: {px(2)} solid {BORDER};
    border-radius: {px(8)}; padding: {px(6)} {px(10)}; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: {px(3)} solid {ACCENT}; }}
QLineEdit#stationSearch {{ font-size: {px(28)}; padding: {px(10)} {px(14)}; }}
QPlainTextEdit#stationIdeaInput {{ font-size: {px(27)}; }}
QLineEdit#stationPinInput, QLineEdit#stationNewPin, QLineEdit#stationNewPinAgain {{
    font-size: {px(32)}; padding: {px(8)} {px(14)}; }}
QPushButton {{ background: {ACCENT}; color: #ffffff; border: none; border-radius: {px(10)};
    min-height: {px(52)}; padding: 0 {px(22)}; font-weight: 700; }}
QPushButton:pressed {{ background: #072a66; }}
QPushButton:disabled {{ background: #9aa3b5; color: #f4f4f4; }}
QPushButton:focus {{ outline: none; border: {px(3)} solid {CELEBRATE_FLASH}; }}
QPushButton[secondary="true"] {{ background: #ffffff; color: {ACCENT};
    border: {px(2)} solid {ACCENT}; }}
QPushButton[secondary="true"]:focus {{ border: {px(3)} solid {CELEBRATE_FLASH}; }}
QListWidget {{ background: {BACKGROUND}; border: none; outline: none; }}
QListWidget#stationIdeaList {{ background: #ffffff; border: {px(1)} solid {BORDER};
    border-radius: {px(8)}; font-size: {px(19)}; }}
QListWidget#stationOpdList {{ font-size: {px(23)}; }}
QProgressBar#stationProgressBar {{ background: {style.TRACK.name()}; border: none;
    border-radius: {px(12)}; min-height: {px(30)}; max-height: {px(30)}; }}
QProgressBar#stationProgressBar::chunk {{ background: {style.BELOW.name()};
    border-radius: {px(12)}; }}
QProgressBar#stationProgressBar[met="true"]::chunk {{ background: {style.MET.name()}; }}
QWidget#stationDiagnose QWidget, QWidget#stationDesign QWidget {{ font-size: {px(17)}; }}
QWidget#stationDiagnose QPushButton, QWidget#stationDesign QPushButton {{
    min-height: {px(40)}; padding: 0 {px(14)}; }}
QLabel#stationTeamTitle {{ font-size: {px(27)}; font-weight: 700; }}
QLabel#stationStageLine {{ color: {MUTED}; font-size: {px(16)}; }}
QLabel#methodBox {{ background: #fff8e1; border: {px(1)} solid #e0c97a; border-radius: {px(8)};
    padding: {px(10)}; font-size: {px(15)}; }}
QPushButton[usg="true"] {{ background: #ffffff; color: {ACCENT}; border: {px(2)} solid {ACCENT};
    min-height: {px(46)}; min-width: {px(46)}; font-size: {px(22)}; }}
QPushButton[usg="true"]:checked {{ background: {ACCENT}; color: #ffffff; }}
QPushButton[tab="true"] {{ background: #ffffff; color: {ACCENT}; border: {px(2)} solid {ACCENT}; }}
QPushButton[tab="true"]:checked {{ background: {ACCENT}; color: #ffffff; }}
QListWidget#diagnoseIdeaList, QListWidget#votingIdeas, QListWidget#proposalRanking,
QListWidget#diagnoseCauses, QListWidget#innovationSteps, QListWidget#designInnovations {{
    background: #ffffff; border: {px(1)} solid {BORDER}; border-radius: {px(6)}; }}
QListWidget#diagnoseIdeaList::item, QListWidget#votingIdeas::item,
QListWidget#proposalRanking::item, QListWidget#innovationSteps::item {{
    padding: {px(6)}; border-bottom: {px(1)} solid #e4e1d8; }}
QListWidget::item:selected {{ background: {SELECTED}; color: {TEXT}; }}
QLabel#votingDotsLeft, QLabel#diagnoseUsgTotal, QLabel#innovationWordCount {{
    font-weight: 700; }}
QLabel#innovationWordCount[met="false"] {{ color: {style.BELOW_TEXT.name()}; }}
QLabel#innovationWordCount[met="true"] {{ color: {style.MET.name()}; }}
QPushButton#votingAddDot, QPushButton#votingTakeDot {{ min-height: {px(64)};
    min-width: {px(64)}; font-size: {px(32)}; }}
QTableWidget#innovationActions {{ background: #ffffff; }}
QComboBox, QDateEdit {{ background: #ffffff; border: {px(2)} solid {BORDER};
    border-radius: {px(6)}; padding: {px(4)} {px(8)}; min-height: {px(30)}; }}
QScrollBar:vertical {{ width: {px(16)}; background: transparent; margin: 0; }}
QScrollBar::handle:vertical {{ background: #b9b6ae; border-radius: {px(8)};
    min-height: {px(48)}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""
