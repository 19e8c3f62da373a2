"""The services every door calls: `CoverLetterService` (the one pipeline), `LetterFiles` (a version's renderings and
links) and the record helpers both they and the library share."""

from careervp.logic.service.files import LetterFiles
from careervp.logic.service.generation import CoverLetterService
from careervp.logic.service.versions import letter_body, letter_view, new_version, other_applications

__all__ = ["CoverLetterService", "LetterFiles", "letter_body", "letter_view", "new_version", "other_applications"]
