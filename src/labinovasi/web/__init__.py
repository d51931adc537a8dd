"""The participants' phone server ("Ikut lewat HP"): Starlette + uvicorn, no Qt; writes only
through the services."""
