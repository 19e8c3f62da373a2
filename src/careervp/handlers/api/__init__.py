"""The HTTP door: a FastAPI app over the same wiring as every other door (`create_app(container)`)."""

from careervp.handlers.api.app import create_app

__all__ = ["create_app"]
