"""The one error of document reading: a refusal a person can read."""


class DocumentError(ValueError):
    """A file refused, with a reason meant for the person who uploaded it."""
