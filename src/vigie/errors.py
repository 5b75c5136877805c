"""The one exception tree of vigie. Library code raises these; only the CLI and web edges translate them.

VigieError
├── ConfigError            bad settings file, missing model package
├── InputError             one input item cannot be read (carries ``item_id``)
│   ├── EmptyInput         nothing but whitespace
│   ├── BinaryInput        bytes that are not text (images, archives, ...)
│   ├── TooLarge           over the configured size limit
│   ├── EncodingProblem    bytes that decode to no plausible text
│   ├── MalformedInput     broken JSON/JSONL line, missing fields, unparsable HTML
│   └── UnsupportedLanguage text in a language vigie stores but does not analyse
└── StoreError             the database refused a read or a write
"""

from __future__ import annotations

__all__ = [
    "BinaryInput",
    "ConfigError",
    "EmptyInput",
    "EncodingProblem",
    "InputError",
    "MalformedInput",
    "StoreError",
    "TooLarge",
    "UnsupportedLanguage",
    "VigieError",
]


class VigieError(Exception):
    """Base of every error vigie raises on purpose."""


class ConfigError(VigieError):
    """Settings or installed models do not allow the requested work."""


class InputError(VigieError):
    """One input item cannot be processed; the rest of the batch goes on."""

    def __init__(self, item_id: str, reason: str) -> None:
        super().__init__(f"{item_id}: {reason}")
        self.item_id = item_id
        self.reason = reason


class EmptyInput(InputError):
    """The item holds no text."""


class BinaryInput(InputError):
    """The item is binary data, not text."""


class TooLarge(InputError):
    """The item is over the configured size limit."""


class EncodingProblem(InputError):
    """The item's bytes decode to no plausible text."""


class MalformedInput(InputError):
    """The item is structurally broken (bad JSON, missing fields)."""


class UnsupportedLanguage(InputError):
    """The text is in a language vigie stores but does not analyse."""

    def __init__(self, item_id: str, language: str) -> None:
        super().__init__(item_id, f"language '{language}' is not analysed (supported: fr, en)")
        self.language = language


class StoreError(VigieError):
    """The database refused an operation."""
