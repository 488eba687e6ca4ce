"""One reader per accepted kind of document: ``txt`` in this process, ``pdf``, ``docx`` and ``html`` in the
sandbox (``documents.sandbox``), each ``(bytes, time budget) -> text`` or ``DocumentError``."""
