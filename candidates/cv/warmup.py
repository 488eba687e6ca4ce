"""What reading a CV loads once (the date patterns of every member language, built from CLDR's month names,
the sections' and degrees' words, the competency names), loaded when a web process starts (``config.wsgi``)
rather than by the first CV an applicant uploads: that read took about 5 s where later ones take a fraction
of it (README, "Benchmarks").

In a thread, so that the server answers at once; the patterns are plain module caches, so a CV read while
the thread is still at work builds what it needs itself, as before."""

from __future__ import annotations

import logging
import threading
import time

from reference.data import DEFAULT_REFERENCE

from .reading import propose_profile

log = logging.getLogger(__name__)

# A CV's usual parts, so that each reader builds its patterns: headings, a name, dates, a degree, languages,
# a competency, skills.
SAMPLE_CV = """Jan Novák
jan.novak@example.org
Education
2012 Master of Science in Logistics, Delft University of Technology
Professional experience
05/2020 - present Logistics Officer, Royal Netherlands Army
Planned the resupply of deployed units.
Jan. 2016 – Apr. 2020 Planner, DHL
Languages
English: V (Advanced); French: III (Intermediate)
Competencies
Teamwork: Co-operates
Skills
logistics, supply chain, planning
Interests
cycling"""


def warm_up() -> None:
    """Read the sample CV in memory (no file, no sandbox, no database). A failure is logged, never raised."""
    started = time.perf_counter()
    try:
        propose_profile(SAMPLE_CV, DEFAULT_REFERENCE)
    except Exception:
        log.exception("warming up the CV reader failed; the first CV read will load what it needs")
    else:
        log.info("CV reader warmed up in %.1f s", time.perf_counter() - started)


def warm_up_in_background() -> threading.Thread:
    thread = threading.Thread(target=warm_up, name="cv-reader-warm-up", daemon=True)
    thread.start()
    return thread
