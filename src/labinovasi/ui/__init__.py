"""The Qt desktop app: facilitator windows, participant station, projector view."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12's abi3 wheels return None from void methods (setText, QPainter.drawText…)
    # without taking a reference: right only where None is immortal (Python 3.12+). On 3.11
    # every such call takes one reference away from None, and after a few thousand calls
    # Python aborts with "Fatal Python error: none_dealloc". Give None a count no session can
    # use up, as 3.12 does. ob_refcnt is the first field of every object in release builds.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
