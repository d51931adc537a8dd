"""Kiosk measures beyond Qt's full-screen, always-on-top window, where the platform allows
them without administrator rights.

Windows: a low-level keyboard hook (WH_KEYBOARD_LL, allowed for any user) swallows the keys
that leave a full-screen program: Alt+Tab, Alt+Esc, Ctrl+Esc, the Windows keys, Alt+F4 is
left to the window (it asks for the PIN). Ctrl+Alt+Del and Win+L are handled by Windows'
secure desktop and cannot be blocked by a program: docs/stations.md says what to do.
Elsewhere (X11, macOS) the station takes focus back whenever it loses it
(StationWindow.reclaim_focus); nothing here.
"""

from __future__ import annotations

import sys

_hooks: dict[int, object] = {}  # id(window) -> (hook handle, callback kept alive)


def apply(window) -> None:
    if sys.platform == "win32" and id(window) not in _hooks:
        try:
            _hooks[id(window)] = _install_windows_hook()
        except OSError:  # a locked-down machine: the window still reclaims focus
            pass


def release(window) -> None:
    hook = _hooks.pop(id(window), None)
    if hook is not None and sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.UnhookWindowsHookEx(hook[0])


def _install_windows_hook():  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.windll.user32
    wh_keyboard_ll, hc_action = 13, 0
    vk_tab, vk_escape, vk_lwin, vk_rwin, vk_apps = 0x09, 0x1B, 0x5B, 0x5C, 0x5D
    vk_control, llkhf_altdown = 0x11, 0x20

    class KbdLlHookStruct(ctypes.Structure):
        _fields_ = [
            ("vkCode", wintypes.DWORD),
            ("scanCode", wintypes.DWORD),
            ("flags", wintypes.DWORD),
            ("time", wintypes.DWORD),
            ("dwExtraInfo", ctypes.c_void_p),
        ]

    hook_proc = ctypes.WINFUNCTYPE(ctypes.c_long, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM)

    def handle(code, wparam, lparam):
        if code == hc_action:
            key = ctypes.cast(lparam, ctypes.POINTER(KbdLlHookStruct)).contents
            alt = key.flags & llkhf_altdown
            ctrl = user32.GetAsyncKeyState(vk_control) & 0x8000
            if (
                key.vkCode in (vk_lwin, vk_rwin, vk_apps)
                or (alt and key.vkCode in (vk_tab, vk_escape))
                or (ctrl and key.vkCode == vk_escape)
            ):
                return 1  # swallowed
        return user32.CallNextHookEx(None, code, wparam, lparam)

    callback = hook_proc(handle)
    handle_id = user32.SetWindowsHookExW(wh_keyboard_ll, callback, None, 0)
    if not handle_id:
        raise OSError("SetWindowsHookExW failed")
    return handle_id, callback
