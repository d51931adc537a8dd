"""Another program holding the workshop file's write lock, as the front ends meet it: the two
texts and the hooks a GUI installs to show the wait (storage/busy.py does the waiting)."""

from labinovasi.storage.busy import FileBusy, set_waiter, timeout_text, waiting_text

__all__ = ["FileBusy", "set_waiter", "timeout_text", "waiting_text"]
