"""Pieces shared by the apps: Qt item models, delegates, undo commands, small widgets."""
