"""vigie: source-linked political event records from French and English news."""

__version__ = "0.1.0"
# Bumped whenever extraction output can change; stored articles with an older value are re-extracted.
PIPELINE_VERSION = f"{__version__}+x15"

__all__ = ["PIPELINE_VERSION", "__version__"]
