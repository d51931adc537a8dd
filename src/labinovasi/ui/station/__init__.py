"""The participants' station: a full-screen kiosk where OPD teams work at their own table."""
