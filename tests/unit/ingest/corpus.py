"""Where the evaluation corpus lives: $CAREERVP_CORPUS, else ../shared/data/corpus beside the repository."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS = Path(os.environ.get("CAREERVP_CORPUS", Path(__file__).resolve().parents[3].parent / "shared/data/corpus"))
CVS = CORPUS / "cvs"
JOBS = CORPUS / "jobs"
