"""A web process starts with the CV reader warm (``candidates.cv.warmup``, started by ``config.wsgi``): the
first CV uploaded after a start no longer waits for the date patterns of every member language to be built
(about 5 s, where a warm read takes a fraction of it)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter, as gunicorn or runserver starts one: this test process has loaded everything long ago.
STARTED = """
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()
from candidates.cv import dates
before = dates._patterns.cache_info().currsize
import config.wsgi
config.wsgi.cv_reader_warm_up.join(timeout=100)
print(before, dates._patterns.cache_info().currsize, dates._cut_names.cache_info().currsize)
"""


def test_a_starting_web_process_builds_what_the_first_cv_read_would():
    done = subprocess.run(
        [sys.executable, "-c", STARTED], cwd=ROOT, env=os.environ, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "1", "1"]
    assert "warming up the CV reader failed" not in done.stderr


def test_the_sample_cv_is_read_as_a_cv():
    from candidates.cv.reading import propose_profile
    from candidates.cv.warmup import SAMPLE_CV

    proposal = propose_profile(SAMPLE_CV)
    assert proposal.education and len(proposal.experience) == 2 and proposal.languages
