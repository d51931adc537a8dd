"""The station's Windows keyboard hook: which keys it keeps from Windows (pure, tested
everywhere), its ctypes declarations (pointer-sized where WinUser.h says so, the structure's
layout), re-arming and release around the station's life, and, on Windows only, the real hook
swallowing an injected Alt+Tab."""

from __future__ import annotations

import ast
import ctypes
import sys
import time
from pathlib import Path

import pytest

from labinovasi.services.station_lock import hash_pin
from labinovasi.ui.station import kiosk
from labinovasi.ui.station.station_window import StationWindow

K = kiosk
PIN = "2468"
VK_A, VK_F, VK_RETURN, VK_SHIFT = 0x41, 0x46, 0x0D, 0x10


@pytest.mark.parametrize(
    ("vk", "alt", "ctrl", "kept"),
    [
        (K.VK_LWIN, False, False, True),  # Start menu, Win+D, Win+Tab, Win+R, Win+E…
        (K.VK_RWIN, False, False, True),
        (K.VK_APPS, False, False, True),  # the menu key
        (K.VK_TAB, True, False, True),  # Alt+Tab (and Alt+Shift+Tab, Ctrl+Alt+Tab)
        (K.VK_TAB, True, True, True),
        (K.VK_ESCAPE, True, False, True),  # Alt+Esc
        (K.VK_SPACE, True, False, True),  # Alt+Space: the window menu
        (K.VK_ESCAPE, False, True, True),  # Ctrl+Esc, and Ctrl+Shift+Esc (Task Manager)
        (K.VK_F4, True, False, False),  # Alt+F4: the station asks for the PIN
        (K.VK_ESCAPE, False, False, False),  # Esc: the PIN prompt too
        (K.VK_TAB, False, False, False),  # moving between fields
        (K.VK_TAB, False, True, False),
        (K.VK_SPACE, False, False, False),
        (VK_A, False, False, False),  # typing
        (VK_A, False, True, False),  # Ctrl+A in a text box
        (VK_RETURN, False, False, False),
        (VK_SHIFT, False, False, False),
        (K.VK_DELETE, True, True, False),  # Ctrl+Alt+Del: never reaches a hook anyway
        (K.VK_L, False, False, False),  # (Win+L: Windows locks before any hook)
        (VK_F, True, False, False),  # Alt+letter mnemonics stay usable
    ],
)
def test_which_keys_the_hook_keeps_from_windows(vk, alt, ctrl, kept):
    assert kiosk.swallowed(vk, alt, ctrl) is kept


def test_the_hook_reads_the_key_windows_passes():
    """lParam is the address of a KBDLLHOOKSTRUCT; Alt comes from its flags."""
    alt_tab = kiosk.KbdLlHookStruct(vkCode=K.VK_TAB, scanCode=15, flags=K.LLKHF_ALTDOWN)
    tab = kiosk.KbdLlHookStruct(vkCode=K.VK_TAB, scanCode=15, flags=0)
    win = kiosk.KbdLlHookStruct(vkCode=K.VK_LWIN, flags=0x01, dwExtraInfo=2**63 + 5)
    assert kiosk.should_swallow(K.HC_ACTION, ctypes.addressof(alt_tab), ctrl=False)
    assert not kiosk.should_swallow(K.HC_ACTION, ctypes.addressof(tab), ctrl=False)
    assert kiosk.should_swallow(K.HC_ACTION, ctypes.addressof(win), ctrl=False)
    # nCode < 0: "must pass the message to CallNextHookEx without further processing".
    assert not kiosk.should_swallow(-1, ctypes.addressof(win), ctrl=False)


def test_declarations_are_pointer_sized_where_winuser_h_says():
    pointer = ctypes.sizeof(ctypes.c_void_p)
    restype, code, wparam, lparam = kiosk.HOOKPROC_SIGNATURE
    assert code is ctypes.c_int
    for kind in (restype, wparam, lparam, kiosk.HANDLE):
        assert ctypes.sizeof(kind) == pointer
    assert restype(-1).value == -1 and lparam(-1).value == -1  # LONG_PTR is signed
    assert wparam(-1).value == 2 ** (8 * pointer) - 1  # UINT_PTR is not
    assert ctypes.sizeof(kiosk.DWORD) == 4
    # c_ssize_t/c_size_t are pointer-sized on Windows too; c_long is 32 bits on 64-bit
    # Windows (but 64 here, so only the names can tell): never used for these.
    assert kiosk.LRESULT is ctypes.c_ssize_t and kiosk.WPARAM is ctypes.c_size_t
    tree = ast.parse(Path(kiosk.__file__).read_text(encoding="utf-8"))
    names = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    names |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert not names & {"c_long", "c_ulong", "wintypes"}  # wintypes.DWORD is c_ulong

    hookproc = object()  # stands for WINFUNCTYPE(*HOOKPROC_SIGNATURE) (Windows only)
    allowed = {
        ctypes.c_int,
        ctypes.c_short,
        ctypes.c_wchar_p,
        kiosk.DWORD,
        kiosk.LRESULT,
        kiosk.WPARAM,
        kiosk.HANDLE,
        hookproc,
    }
    signatures = kiosk.user32_signatures(hookproc)
    assert set(signatures) == {
        "SetWindowsHookExW",
        "CallNextHookEx",
        "UnhookWindowsHookEx",
        "GetAsyncKeyState",
        "GetModuleHandleW",
    }
    for name, (restype, argtypes) in signatures.items():
        assert {restype, *argtypes} <= allowed, name
    assert signatures["SetWindowsHookExW"] == (
        kiosk.HANDLE,
        (ctypes.c_int, hookproc, kiosk.HANDLE, kiosk.DWORD),
    )
    assert signatures["CallNextHookEx"] == (
        kiosk.LRESULT,
        (kiosk.HANDLE, ctypes.c_int, kiosk.WPARAM, kiosk.LPARAM),
    )


def test_kbdllhookstruct_layout():
    pointer = ctypes.sizeof(ctypes.c_void_p)
    s = kiosk.KbdLlHookStruct
    assert [s.vkCode.offset, s.scanCode.offset, s.flags.offset, s.time.offset] == [0, 4, 8, 12]
    assert s.dwExtraInfo.offset == 16 and s.dwExtraInfo.size == pointer
    assert ctypes.sizeof(s) == 16 + pointer  # 24 on 64-bit Windows, 20 on 32-bit


@pytest.fixture
def fake_windows(monkeypatch):
    """The hook's life without Windows: installs and removals recorded in order."""
    calls = []
    handles = iter(range(100, 200))

    def install(hook):
        hook.handle, hook.callback = next(handles), object()
        hook.armed_at = time.monotonic()
        calls.append(("install", hook.handle))

    monkeypatch.setattr(kiosk, "WINDOWS", True)
    monkeypatch.setattr(kiosk, "_install", install)
    monkeypatch.setattr(kiosk, "_unhook", lambda handle: calls.append(("unhook", handle)))
    return calls


def test_rearmed_new_before_old_and_released(fake_windows, monkeypatch):
    window = object()
    kiosk.apply(window)
    kiosk.apply(window)  # once per window
    assert fake_windows == [("install", 100)]
    kiosk.keep_armed(window)  # not yet due
    assert fake_windows == [("install", 100)]
    monkeypatch.setattr(kiosk, "REARM_SECONDS", 0.0)
    kiosk.keep_armed(window)
    assert fake_windows == [("install", 100), ("install", 101), ("unhook", 100)]
    kiosk.release(window)
    kiosk.release(window)
    assert fake_windows[-1] == ("unhook", 101) and len(fake_windows) == 4


def test_station_arms_the_hook_while_it_runs(qtbot, service, fake_windows, monkeypatch):
    service.add_opd("Dinas Kesehatan", "DINKES")
    station = StationWindow(service, hash_pin(PIN), fullscreen=False)
    qtbot.addWidget(station)
    station.keep_focus = True  # what full-screen sets (and what installs the hook)
    kiosk.apply(station)
    monkeypatch.setattr(kiosk, "REARM_SECONDS", 0.0)
    station.tick()  # the station's clock re-arms it
    assert fake_windows == [("install", 100), ("install", 101), ("unhook", 100)]
    assert station.unlock(PIN)
    assert fake_windows[-1] == ("unhook", 101)
    station.show()  # opened again from the facilitator's menu: guarded again
    assert fake_windows[-1] == ("install", 102)
    assert station.unlock(PIN)
    assert fake_windows[-1] == ("unhook", 102)


@pytest.mark.skipif(sys.platform != "win32", reason="the real hook needs Windows")
def test_real_hook_swallows_an_injected_alt_tab(qtbot):  # pragma: no cover - Windows only
    from PySide6.QtWidgets import QApplication, QWidget

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.keybd_event.argtypes = (ctypes.c_ubyte, ctypes.c_ubyte, kiosk.DWORD, ctypes.c_size_t)
    user32.keybd_event.restype = None
    keyup = 0x0002
    window = QWidget()
    qtbot.addWidget(window)
    kiosk.apply(window)
    hook = kiosk._hooks[id(window)]
    assert hook.handle and hook.callback is not None
    try:
        user32.keybd_event(K.VK_MENU, 0, 0, 0)
        user32.keybd_event(K.VK_TAB, 0, 0, 0)
        user32.keybd_event(K.VK_TAB, 0, keyup, 0)
        user32.keybd_event(K.VK_MENU, 0, keyup, 0)
        deadline = time.monotonic() + 3
        while hook.swallowed < 2 and time.monotonic() < deadline:
            QApplication.processEvents()  # the hook is called through this thread's messages
        assert hook.swallowed == 2  # Tab down and up; Alt itself went on
        old = hook.handle
        hook.armed_at = 0.0
        kiosk.keep_armed(window)
        assert hook.handle and hook.handle != old
    finally:
        kiosk.release(window)
    assert id(window) not in kiosk._hooks
