"""The Qt desktop app: facilitator windows, participant station, projector view."""
