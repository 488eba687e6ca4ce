"""Reading uploaded documents (notices, CVs) into plain text. Pure Python, no Django."""
