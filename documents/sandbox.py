"""Run a reader in a short-lived child Python process with an address-space limit, a CPU limit and a
wall-clock timeout: a crafted file can then cost at most that much, whatever pypdf, lxml or BeautifulSoup do
with it. Starting the child costs about 0.25 s, fine for an upload."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from .errors import DocumentError, gettext_noop
from .limits import MB
from .readers.docx import docx_text
from .readers.html import html_text
from .readers.pdf import pdf_text
from .sniffing import KIND_LABELS

logger = logging.getLogger(__name__)

WORKER_TIMEOUT_SECONDS = 10.0
WORKER_MEMORY_BYTES = 768 * MB
WORKER_CPU_SECONDS = 12

_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
_WORKER_CODE = "import sys; sys.path.insert(0, sys.argv[1]); from documents.sandbox import _worker_main; _worker_main(*sys.argv[2:])"


def read_in_sandbox(kind: str, data: bytes) -> str:
    """Parse ``data`` in a child process bounded in memory, CPU and wall-clock time."""
    label = KIND_LABELS[kind]
    try:
        completed = subprocess.run(
            [
                *(sys.executable, "-I", "-c", _WORKER_CODE, _PROJECT_ROOT, kind),
                *(str(WORKER_MEMORY_BYTES), str(WORKER_CPU_SECONDS), str(WORKER_TIMEOUT_SECONDS - 2)),
            ],
            input=data,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            timeout=WORKER_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise DocumentError(
            gettext_noop(
                "This %(label)s took too long to read (over %(seconds)s seconds); "
                "it may be damaged or built to overload the reader."
            ),
            label=label,
            seconds=f"{WORKER_TIMEOUT_SECONDS:g}",
        ) from None
    try:
        answer = json.loads(completed.stdout)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        logger.info("document worker for %s exited with %s", kind, completed.returncode)
        raise DocumentError(
            gettext_noop(
                "This %(label)s needs too much memory or time to read; it was refused as possibly hostile."
            ),
            label=label,
        )
    if "detail" in answer:
        logger.info("document worker refused a %s: %s", kind, answer["detail"])
    if "error" in answer:
        raise DocumentError(answer["error"], **answer.get("values", {}))
    return answer["text"]


def _worker_main(kind: str, memory_bytes: str, cpu_seconds: str, budget_seconds: str) -> None:
    """Entry point of the child: limits first, then bytes on stdin, a JSON answer on stdout.

    The limits come from the parent's arguments so that they can be changed (and tested) there.
    """
    import resource
    import warnings

    memory, cpu = int(memory_bytes), int(cpu_seconds)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    data = sys.stdin.buffer.read()
    readers = {"pdf": pdf_text, "docx": docx_text, "html": html_text}
    budget = float(budget_seconds)
    damaged = {
        "pdf": gettext_noop("This PDF is damaged or incomplete and could not be read."),
        "docx": gettext_noop("This .docx is damaged or incomplete and could not be read."),
        "html": gettext_noop("This HTML page could not be read."),
    }
    try:
        answer = {"text": readers[kind](data, budget)}
    except DocumentError as error:
        answer = {"error": error.message, "values": error.values}  # worded by the parent
    except MemoryError:
        answer = {
            "error": gettext_noop(
                "This %(label)s needs too much memory to read; it was refused as possibly hostile."
            ),
            "values": {"label": KIND_LABELS[kind]},
            "detail": "MemoryError",
        }
    except Exception as error:  # any parser failure on a crafted file is "damaged" to the user
        answer = {"error": damaged[kind], "detail": f"{type(error).__name__}: {str(error)[:300]}"}
    sys.stdout.buffer.write(json.dumps(answer).encode())
