"""Persistence: SQLAlchemy models, the workshop file, migrations, import and export (no Qt)."""
