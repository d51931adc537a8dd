"""Reusable pieces of the facilitator's windows: Qt item models, delegates, small widgets."""
