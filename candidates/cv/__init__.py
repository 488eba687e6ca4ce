"""Reading a CV: propose profile entries for a person to accept or edit (the CV upload page and
``parse_cv``).

Pure: no Django. ``read_cv`` takes a file's bytes (documents.extraction reads it safely), ``propose_profile``
its text; both give a ``CvProposal`` whose ``to_json()`` uses the field names of the bulk-import format.
It is a proposal, not a verdict: every reader here leaves a field empty rather than guess.
"""

from __future__ import annotations

import logging

from django.utils.translation import gettext as _

from documents.errors import DocumentError
from documents.extraction import CV_KINDS, extract_text
from reference.data import DEFAULT_REFERENCE, ReferenceData

from .proposal import CvProposal, ProposedCompetency, ProposedEducation, ProposedExperience, ProposedLanguage
from .reading import propose_profile

logger = logging.getLogger(__name__)

__all__ = [
    "CvProposal",
    "ProposedCompetency",
    "ProposedEducation",
    "ProposedExperience",
    "ProposedLanguage",
    "propose_profile",
    "read_cv",
]


def read_cv(
    data: bytes,
    *,
    filename: str = "",
    reference: ReferenceData = DEFAULT_REFERENCE,
    max_bytes: int | None = None,
    max_chars: int | None = None,
) -> CvProposal:
    """The proposal for a CV file (PDF, DOCX or text); ``DocumentError`` when the file cannot be read.

    ``max_chars``: at most this much text (a page's upload is parsed in the request); None: the
    extractor's own bound."""
    limits = {} if max_chars is None else {"max_chars": max_chars}
    text = extract_text(data, filename=filename, kinds=CV_KINDS, max_bytes=max_bytes, **limits)
    try:
        return propose_profile(text, reference)
    except Exception as error:
        # A fault of the reader on an unusual layout: the person gets a message and keeps what they have,
        # a batch goes on with its other files, and the fault is logged to be fixed.
        logger.exception("CV reader failed on %s", filename or "an upload")
        raise DocumentError(
            _("This CV's layout could not be read. Please fill in your profile by hand.")
        ) from error
