"""store stage: the DuckDB database (the only module importing duckdb): migrations, writes, queries, exports."""

from .dates import edtf_bounds
from .db import EXPORT_FORMATS, Store
from .queries import EventQuery

__all__ = ["EXPORT_FORMATS", "EventQuery", "Store", "edtf_bounds"]
