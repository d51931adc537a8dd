"""The installed Qt binding keeps Python's reference counts straight (see pyproject's pin)."""

import sys

import pytest

from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_calls_do_not_drop_references_to_none(qtbot):
    # PySide6 6.12.0 returned None from void methods without a reference; on 3.11 the app
    # aborted with "none_dealloc" after a few thousand setText calls.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("gagasan")
    assert abs(sys.getrefcount(None) - before) < 50
