"""`python -m vigie.spark INPUT... --out DIR` or `spark-submit .../vigie/spark/__main__.py INPUT... --out DIR`."""

import sys

if __package__ in (None, ""):  # run as a file by spark-submit: import the installed package instead
    from vigie.spark.job import main
else:
    from .job import main

if __name__ == "__main__":
    sys.exit(main())
