"""Logging filters (settings.LOGGING)."""

import logging


class NoTracebackForClientErrors(logging.Filter):
    """A refused request (403, a bad Host header: 4xx) is logged in one line, not with the traceback of the
    exception Django used to refuse it: that is the expected path, and the noise hid the real errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        refused = (status is not None and 400 <= status < 500) or record.name.startswith("django.security.")
        if refused and record.exc_info:
            record.exc_info, record.exc_text = None, None
        return True
