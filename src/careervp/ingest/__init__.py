"""CV and job-posting readers: real-world files -> the models in careervp.models.

read_cv(data, filename) -> CV          PDF, DOCX, JSON Resume, Markdown, plain text; raises CVReadError
read_cv_file(path) -> CV
read_posting(text, company_name=None, job_title=None) -> JobPosting; raises PostingReadError
"""

from careervp.ingest.errors import CVReadError, PostingReadError
from careervp.ingest.posting import read_posting
from careervp.ingest.reader import read_cv, read_cv_file

__all__ = ["CVReadError", "PostingReadError", "read_cv", "read_cv_file", "read_posting"]
