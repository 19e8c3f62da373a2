"""FVS, the fact verification step: nothing reaches the user that the CV, gap answers or posting do not support."""

from careervp.logic.fvs.verify import verify_letter

__all__ = ["verify_letter"]
