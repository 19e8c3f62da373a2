"""The web door: a page for job seekers at `/`, served by the API app (plain HTML/JS/CSS shipped as package data).

`careervp serve` calls `register(app, container)` through `create_app(..., extra_setup=...)`; it also records the
interface it listens on as `app.state.bind_host`, which local sign-in requires to be loopback.
"""

from __future__ import annotations

from fastapi import FastAPI

from careervp.core.bootstrap import Container


def register(app: FastAPI, container: Container) -> None:
    from careervp.handlers.web.routes import router

    app.include_router(router)
