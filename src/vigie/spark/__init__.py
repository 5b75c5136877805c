"""The pipeline as a Spark job: the same stage functions inside mapPartitions, Parquet out by month."""

from .job import SparkOptions, SparkSummary, run_job

__all__ = ["SparkOptions", "SparkSummary", "run_job"]
