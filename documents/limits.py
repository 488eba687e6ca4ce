"""What reading one document may cost: sizes, pages, parts and tags above which a file is refused."""

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 5 * MB
MAX_TEXT_CHARS = 1_000_000
MAX_PDF_PAGES = 50
MAX_DOCX_UNPACKED_BYTES = 50 * MB
MAX_DOCX_MEMBERS = 1000
# Members larger than this must not shrink more than MAX_COMPRESSION_RATIO times when packed.
COMPRESSION_CHECK_BYTES = 1 * MB
MAX_COMPRESSION_RATIO = 100
MAX_HTML_TAGS = 100_000
