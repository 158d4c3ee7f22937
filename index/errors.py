"""Why an index cannot be used, in a module light enough for every command to import."""


class IndexUnavailable(RuntimeError):
    """The index cannot be reached or is not in a state the running code can trust."""


class IndexCorrupted(IndexUnavailable):
    """The embedded index folder cannot be read at all; only a rebuild helps."""
