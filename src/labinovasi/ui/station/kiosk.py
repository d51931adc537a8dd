"""Kiosk measures beyond Qt's full-screen, always-on-top window, where the platform allows
them without administrator rights.

Windows: a low-level keyboard hook (WH_KEYBOARD_LL, allowed for any user) swallows the keys
that leave a full-screen program (`swallowed` says which); Alt+F4 and Esc are left to the
window, which asks for the PIN. Ctrl+Alt+Del and Win+L are handled by Windows' secure desktop
and cannot be blocked by any program: docs/stations.md says what remains and what to do.
Windows silently removes a low-level hook that once answers too slowly (LowLevelHooksTimeout,
at most one second), and a program cannot tell: the station re-installs it every
REARM_SECONDS (`keep_armed`, called from its clock tick).
Everywhere, a watchdog (`watch`, started by go_fullscreen; every WATCH_MS) takes the screen
back when the station is not the active, exposed, full-screen window, whatever hid it: a
window manager's own keys (openbox: Super+D shows the desktop, Ctrl+Alt+→ switches desktops)
never reach a Qt window, and a hidden or unmapped window gets no event to react to. On X11 it
also holds the keyboard grab (XGrabKeyboard through QWindow.setKeyboardGrabEnabled) while the
station is active: the window manager's key bindings, Alt+Tab included, then never fire.

The ctypes declarations follow WinUser.h exactly: WPARAM, LPARAM and LRESULT are pointer-sized
(c_size_t / c_ssize_t, never c_long, which is 32 bits on 64-bit Windows), every function called
has its argtypes and restype, on a private WinDLL so other modules' declarations are left alone,
and the callback object is kept referenced for as long as the hook is installed.
"""

from __future__ import annotations

import ctypes
import functools
import sys
import time

# WinUser.h
WH_KEYBOARD_LL = 13
HC_ACTION = 0
LLKHF_ALTDOWN = 0x20
VK_TAB, VK_ESCAPE, VK_SPACE, VK_F4, VK_DELETE = 0x09, 0x1B, 0x20, 0x73, 0x2E
VK_CONTROL, VK_MENU = 0x11, 0x12
VK_LWIN, VK_RWIN, VK_APPS = 0x5B, 0x5C, 0x5D
VK_L = 0x4C

# Pointer-sized on 32- and 64-bit Windows alike (LONG_PTR, UINT_PTR, handles).
LRESULT = LPARAM = ctypes.c_ssize_t
WPARAM = ctypes.c_size_t
HANDLE = ctypes.c_void_p  # HHOOK, HINSTANCE, HMODULE
DWORD = ctypes.c_uint32  # wintypes.DWORD is c_ulong: 64 bits outside Windows
HOOKPROC_SIGNATURE = (LRESULT, ctypes.c_int, WPARAM, LPARAM)  # LowLevelKeyboardProc

REARM_SECONDS = 10.0
WINDOWS = sys.platform == "win32"


class KbdLlHookStruct(ctypes.Structure):
    """KBDLLHOOKSTRUCT: what lParam points to."""

    _fields_ = [
        ("vkCode", DWORD),
        ("scanCode", DWORD),
        ("flags", DWORD),
        ("time", DWORD),
        ("dwExtraInfo", ctypes.c_size_t),  # ULONG_PTR
    ]


def swallowed(vk_code: int, alt: bool, ctrl: bool) -> bool:
    """Whether the station's hook keeps this key press from Windows.

    Kept: the Windows keys (Start menu, and every Win+… shortcut: desktop, Task View, Run,
    Explorer, Settings), the menu key, Alt+Tab and Alt+Shift+Tab, Alt+Esc, Alt+Space (the
    window menu), Ctrl+Esc (Start menu) and Ctrl+Shift+Esc (Task Manager). Let through: Alt+F4
    and Esc (the station asks for the PIN), and everything a participant types. Ctrl+Alt+Del
    and Win+L never reach a program's hook."""
    if vk_code in (VK_LWIN, VK_RWIN, VK_APPS):
        return True
    if alt and vk_code in (VK_TAB, VK_ESCAPE, VK_SPACE):
        return True
    return bool(ctrl and vk_code == VK_ESCAPE)


def should_swallow(code: int, lparam: int, ctrl: bool) -> bool:
    """The hook's decision for one call: `lparam` is the address of a KBDLLHOOKSTRUCT."""
    if code != HC_ACTION:
        return False  # code < 0: Windows says pass it on untouched
    key = ctypes.cast(lparam, ctypes.POINTER(KbdLlHookStruct)).contents
    return swallowed(key.vkCode, bool(key.flags & LLKHF_ALTDOWN), ctrl)


def user32_signatures(hookproc) -> dict[str, tuple]:
    """restype and argtypes of every user32/kernel32 function the hook calls (WinUser.h)."""
    return {
        "SetWindowsHookExW": (HANDLE, (ctypes.c_int, hookproc, HANDLE, DWORD)),
        "CallNextHookEx": (LRESULT, (HANDLE, ctypes.c_int, WPARAM, LPARAM)),
        "UnhookWindowsHookEx": (ctypes.c_int, (HANDLE,)),  # BOOL
        "GetAsyncKeyState": (ctypes.c_short, (ctypes.c_int,)),
        "GetModuleHandleW": (HANDLE, (ctypes.c_wchar_p,)),
    }


class _Hook:
    """One installed hook: its handle and the callback Windows calls (kept referenced here:
    a collected callback would be called after it is freed)."""

    def __init__(self):
        self.handle = None
        self.callback = None
        self.armed_at = 0.0
        self.swallowed = 0  # key presses kept from Windows (the Windows-only test reads it)


_hooks: dict[int, _Hook] = {}  # id(window) -> its hook


def go_fullscreen(window) -> None:
    """A station window as a kiosk: the keyboard hook (Windows), no title bar to drag or
    close, above other windows, the whole screen."""
    from PySide6.QtCore import Qt

    apply(window)
    window.setWindowFlags(
        Qt.WindowType.Window
        | Qt.WindowType.FramelessWindowHint
        | Qt.WindowType.WindowStaysOnTopHint
    )
    window.setWindowState(Qt.WindowState.WindowFullScreen)
    watch(window)


WATCH_MS = 200  # the station is back well within a second of being hidden
REMAP_GRACE = 0.6  # seconds a window mapped again is given to appear
STUCK_AFTER = 1.0  # seconds on screen without the focus before the window is mapped again


def watch(window) -> None:
    """Start the watchdog of a full-screen station window (once per window)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    if getattr(window, "_kiosk_watchdog", None) is not None:
        return
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return  # no screen and no window manager to take it from (tests, screenshots)
    timer = QTimer(window, interval=WATCH_MS)
    timer.setObjectName("kioskWatchdog")
    timer.timeout.connect(lambda: guard(window))
    timer.start()
    window._kiosk_watchdog = timer


def _another_window_of_ours_is_active(window) -> bool:
    """A dialog, a box or another window of this app has the focus: that is the app's own
    doing (what the station guards against is other programs and the window manager), and
    two kiosk windows must never take it from each other in turn."""
    from PySide6.QtWidgets import QApplication

    if QApplication.activeModalWidget() is not None:
        return True
    active = QApplication.activeWindow()
    return active is not None and active is not window


def guard(window) -> None:
    """One watchdog check: a running kiosk window that is not the active, exposed window
    comes back (`bring_back`); an active one holds the keyboard grab (X11)."""
    if window._shut or not window.keep_focus:
        _grab_keyboard(window, False)
        return
    if not window.isVisible() and not window.isMinimized():
        return  # closed or not shown yet: nothing to guard
    if _another_window_of_ours_is_active(window):
        return
    handle = window.windowHandle()
    exposed = handle is not None and handle.isExposed()
    if exposed and window.isActiveWindow() and not window.isMinimized():
        _grab_keyboard(window, True)
        return
    bring_back(window, exposed)


def bring_back(window, exposed: bool = True) -> None:
    """The station on screen again, full-screen, raised and active. A window the window
    manager unmapped (shown desktop, another desktop) or minimised is mapped again, which
    puts it on the desktop now shown; one merely behind another is raised."""
    from PySide6.QtCore import Qt

    remapped = getattr(window, "_kiosk_remapped_at", -REMAP_GRACE)
    now = time.monotonic()
    # On screen but not given the focus: a window manager may refuse an activation request
    # (focus-stealing prevention after its own desktop switch) however often it is repeated,
    # while a window mapped anew gets the focus. So after STUCK_AFTER seconds of refusals the
    # window is mapped again as if it had been hidden.
    if not exposed or window.isMinimized() or window.isActiveWindow():
        window._kiosk_refused_since = None
    elif getattr(window, "_kiosk_refused_since", None) is None:
        window._kiosk_refused_since = now
    refused_since = getattr(window, "_kiosk_refused_since", None)
    stuck = refused_since is not None and now - refused_since >= STUCK_AFTER
    if (not exposed or window.isMinimized() or stuck) and now - remapped >= REMAP_GRACE:
        window._kiosk_refused_since = None
        # Mapped again only once per REMAP_GRACE: the window manager needs a moment to show
        # it, and unmapping it again meanwhile would only start over.
        window._kiosk_remapped_at = now
        window.hide()
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.show()
    window.raise_()
    window.activateWindow()


def _grab_keyboard(window, grab: bool) -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "xcb":
        return  # Windows has its hook; offscreen and Wayland have no such grab
    handle = window.windowHandle()
    if handle is not None and (grab or getattr(window, "_kiosk_grabbed", False)):
        window._kiosk_grabbed = bool(handle.setKeyboardGrabEnabled(grab)) and grab


def reclaim_focus(window) -> None:
    """A running station window back on top, full-screen and active (after Alt+Tab, a click
    elsewhere, or being minimised)."""
    from PySide6.QtCore import Qt

    if window._shut or not window.keep_focus:
        return
    if not window.isVisible() and not window.isMinimized():
        return
    if window.isMinimized():
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.show()
    window.raise_()
    window.activateWindow()


def apply(window) -> None:
    """Install the keyboard hook for `window` (Windows; elsewhere nothing)."""
    if not WINDOWS or id(window) in _hooks:
        return
    hook = _Hook()
    try:
        _install(hook)
    except OSError:  # a locked-down machine: the window still reclaims focus
        return
    _hooks[id(window)] = hook


def keep_armed(window) -> None:
    """Re-install the hook once REARM_SECONDS have passed since it was installed: Windows may
    have removed it without a word after one slow answer."""
    hook = _hooks.get(id(window))
    if hook is None or time.monotonic() - hook.armed_at < REARM_SECONDS:
        return
    old_handle, old_callback = hook.handle, hook.callback
    try:
        _install(hook)  # the new hook first: no moment without one
    except OSError:
        return
    _unhook(old_handle)
    del old_callback  # referenced until its hook is gone


def release(window) -> None:
    _grab_keyboard(window, False)
    hook = _hooks.pop(id(window), None)
    if hook is not None:
        _unhook(hook.handle)
        hook.handle = None


@functools.cache
def _dlls():  # pragma: no cover - Windows only
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    hookproc = ctypes.WINFUNCTYPE(*HOOKPROC_SIGNATURE)
    for name, (restype, argtypes) in user32_signatures(hookproc).items():
        function = getattr(kernel32 if name == "GetModuleHandleW" else user32, name)
        function.restype, function.argtypes = restype, argtypes
    return user32, kernel32, hookproc


def _install(hook: _Hook) -> None:  # pragma: no cover - Windows only
    user32, kernel32, hookproc = _dlls()

    def handle(code: int, wparam: int, lparam: int) -> int:
        try:
            # Ctrl's state is current here (only the key being pressed is not, says MSDN).
            ctrl = bool(user32.GetAsyncKeyState(VK_CONTROL) & 0x8000)
            if should_swallow(code, lparam, ctrl):
                hook.swallowed += 1
                return 1  # non-zero: Windows passes the key on to no one
        except Exception:  # noqa: BLE001 - an error here must never eat the keyboard
            pass
        return user32.CallNextHookEx(None, code, wparam, lparam)

    callback = hookproc(handle)
    handle_id = user32.SetWindowsHookExW(
        WH_KEYBOARD_LL, callback, kernel32.GetModuleHandleW(None), 0
    )
    if not handle_id:
        raise ctypes.WinError(ctypes.get_last_error())
    hook.handle, hook.callback, hook.armed_at = handle_id, callback, time.monotonic()


def _unhook(handle) -> None:
    if handle and WINDOWS:  # pragma: no cover - Windows only
        user32, _kernel32, _hookproc = _dlls()
        user32.UnhookWindowsHookEx(handle)
