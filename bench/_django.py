"""Shared set-up for benchmarks that need Django: a throwaway PostgreSQL database, migrated."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(database: str, redis_db: int = 14) -> str:
    """Point Django at postgres://.../<database> (created if missing) unless DATABASE_URL is set; migrate."""
    sys.path.insert(0, str(ROOT))
    url = os.environ.get("DATABASE_URL") or f"postgres://postgres@127.0.0.1:5432/{database}"
    if "DATABASE_URL" not in os.environ:
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], capture_output=True)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("REDIS_URL", f"redis://127.0.0.1:6379/{redis_db}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return url
