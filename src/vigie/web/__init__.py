"""web stage: the analyst's desk, a JSON API and a page over the store (served by `vigie serve`)."""

from .app import create_app, is_loopback

__all__ = ["create_app", "is_loopback"]
