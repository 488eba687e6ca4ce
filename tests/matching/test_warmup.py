"""A scoring worker starts warm (``matching.warmup``): what the scorer loads once (the word frequencies its
term weights read, the engine's caches) is loaded when the worker starts, not by the first chunk, which may be the one a
person waits for (it took about twice a warm chunk's time)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter: this test process has loaded everything long ago.
LOADED = """
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()
import wordfreq
from matching import text
import config.celery
from celery.signals import worker_init
before = wordfreq.get_frequency_dict.cache_info().currsize, text.term_weights.cache_info().currsize
worker_init.send(sender=None)  # what a Celery worker sends as it starts, before forking its pool
after = wordfreq.get_frequency_dict.cache_info().currsize, text.term_weights.cache_info().currsize
print(before, after)
"""


def test_a_starting_worker_loads_what_the_first_chunk_would():
    env = {**os.environ, "WORKER_NICENESS": "0"}
    done = subprocess.run(
        [sys.executable, "-c", LOADED], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.strip().rsplit(") (", 1)
    assert before == "(0, 0"
    frequencies, weights = map(int, after.rstrip(")").split(", "))
    assert frequencies >= 1 and weights > 0
    assert "warming up the scorer failed" not in done.stderr
