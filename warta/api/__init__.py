"""The REST API and web dashboard over the store (``warta serve``)."""

from warta.api.app import create_app

__all__ = ["create_app"]
