"""Hostile inputs, made on the fly: small on the wire, enormous or pathological once a reader opens them.

Every generator is deterministic (fixed content or a seeded RNG) so a failure reproduces byte for byte, and every one
stays under the 5 MB upload limit unless its point is to exceed it: the danger of a bomb is what the parser does after
the size check has passed. Built with the standard library only, so the files are exactly what we say they are.
"""

from __future__ import annotations

import functools
import io
import json
import random
import struct
import zipfile
import zlib

MIB = 1024 * 1024

# One Word paragraph; repeated it deflates about 1000:1, the ceiling of the format.
_DOCX_PARAGRAPH = b"<w:p><w:r><w:t>Experience with everything, everywhere, all at once.</w:t></w:r></w:p>"
_DOCX_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


@functools.cache  # the same bytes for every test that sends them: built once per run
def docx_zip_bomb(uncompressed_mib: int = 512) -> bytes:
    """A structurally valid DOCX whose word/document.xml inflates to `uncompressed_mib` MiB of paragraphs.

    The deflate stream is built chunk by chunk, so making it costs time but never the uncompressed size in memory.
    The zip headers state the true sizes: a reader that checks them can refuse early; one that does not will try to
    build an lxml tree of a gigabyte of XML.
    """
    head = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + _DOCX_NS + b"><w:body>"
    tail = b"</w:body></w:document>"
    chunk = _DOCX_PARAGRAPH * (MIB // len(_DOCX_PARAGRAPH))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    parts = [compressor.compress(head)]
    size = len(head)
    for _ in range(uncompressed_mib):
        crc = zlib.crc32(chunk, crc)
        parts.append(compressor.compress(chunk))
        size += len(chunk)
    crc = zlib.crc32(tail, crc)
    parts.append(compressor.compress(tail))
    parts.append(compressor.flush())
    size += len(tail)
    deflated = b"".join(parts)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
    small = buffer.getvalue()
    return _append_raw_member(small, "word/document.xml", deflated, crc, size)


def _append_raw_member(archive: bytes, name: str, deflated: bytes, crc: int, size: int) -> bytes:
    """Add one already-deflated member to a finished zip (zipfile cannot write pre-compressed data)."""
    end = archive.rindex(b"PK\x05\x06")
    (_, _, _, _, entries, cd_size, cd_offset) = struct.unpack("<IHHHHII", archive[end : end + 20])
    central = archive[cd_offset : cd_offset + cd_size]
    body = archive[:cd_offset]
    raw_name = name.encode()
    local_offset = len(body)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(deflated), size, len(raw_name), 0)
    member = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50,
        20,
        20,
        0,
        8,
        0,
        0x21,
        crc,
        len(deflated),
        size,
        len(raw_name),
        0,
        0,
        0,
        0,
        0,
        local_offset,
    )
    body += local + raw_name + deflated
    new_central = central + member + raw_name
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries + 1, entries + 1, len(new_central), len(body), 0)
    return body + new_central + eocd


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with a correct cross-reference table around the given object bodies (numbered from 1)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


@functools.cache  # the same bytes for every test that sends them: built once per run
def pdf_endless_stream(uncompressed_mib: int = 256) -> bytes:
    """One page whose content stream inflates to `uncompressed_mib` MiB of text-showing operators.

    A text extractor that inflates the whole stream, then tokenises it, spends minutes and gigabytes on one page.
    """
    op = b"BT /F1 12 Tf 72 720 Td (Kubernetes Kubernetes Kubernetes) Tj ET\n"
    chunk = op * (MIB // len(op))
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(chunk) for _ in range(uncompressed_mib)) + compressor.flush()
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(data, b"/Filter /FlateDecode "),
            font,
        ]
    )


@functools.cache  # the same bytes for every test that sends them: built once per run
def pdf_many_pages(pages: int = 400_000) -> bytes:
    """A PDF 1.5 file whose page tree holds `pages` distinct page objects, all packed in one object stream.

    Objects in an object stream are indexed by a cross-reference stream, so the file stays a few MB while a reader
    that walks every page (or indexes every object up front) touches millions of objects.
    """
    fanout = 1000  # pypdf refuses arrays over 100,000 elements, so the tree has a middle layer as real files do
    branches = -(-pages // fanout)
    first_branch = 5
    first_page = first_branch + branches
    header = io.StringIO()
    body = io.StringIO()

    def put(number: int, text: str) -> None:
        # Objects go in number order (2, then the branches, then the pages): index in stream = number - 4, bar 2.
        header.write(f"{number} {body.tell()} ")
        body.write(text + " ")

    put(2, f"<< /Type /Pages /Kids [{' '.join(f'{first_branch + b} 0 R' for b in range(branches))}] /Count {pages} >>")
    for b in range(branches):
        kids = range(first_page + b * fanout, first_page + min(pages, (b + 1) * fanout))
        refs = " ".join(f"{k} 0 R" for k in kids)
        put(first_branch + b, f"<< /Type /Pages /Parent 2 0 R /Kids [{refs}] /Count {len(kids)} >>")
    for number in range(first_page, first_page + pages):
        branch = first_branch + (number - first_page) // fanout
        put(number, f"<< /Type /Page /Parent {branch} 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>")
    data = (header.getvalue() + body.getvalue()).encode()
    first = len(header.getvalue())
    objstm = _stream(
        zlib.compress(data, 6), b"/Type /ObjStm /N %d /First %d /Filter /FlateDecode " % (pages + branches + 1, first)
    )
    # Regular objects: 1 catalog, 3 content, 4 the object stream; 2 and the pages are inside 4.
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number, text in (
        (1, b"<< /Type /Catalog /Pages 2 0 R >>"),
        (3, _stream(b"BT /F1 12 Tf 72 720 Td (Senior Engineer) Tj ET")),
        (4, objstm),
    ):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n" % number + text + b"\nendobj\n")
    size = first_page + pages + 1
    xref_number = size - 1
    offsets[xref_number] = out.tell()
    rows = bytearray()
    for number in range(size):
        if number == 0:
            rows += struct.pack(">BII", 0, 0, 0xFFFF)
        elif number in offsets:
            rows += struct.pack(">BII", 1, offsets[number], 0)
        elif number == 2:
            rows += struct.pack(">BII", 2, 4, 0)
        else:
            rows += struct.pack(">BII", 2, 4, number - first_branch + 1)
    xref = _stream(
        zlib.compress(bytes(rows), 6),
        b"/Type /XRef /Size %d /W [1 4 4] /Root 1 0 R /Filter /FlateDecode " % size,
    )
    out.write(b"%d 0 obj\n" % xref_number + xref + b"\nendobj\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number])
    return out.getvalue()


def binary_garbage(size: int = 200_000, seed: int = 6) -> bytes:
    """Random bytes: what an upload of the wrong file, or a fuzzer, sends as 'cv.pdf'."""
    return random.Random(seed).randbytes(size)


def pdf_header_then_garbage(size: int = 200_000, seed: int = 7) -> bytes:
    """Starts like a PDF, then random bytes: passes a magic-number sniff, fails every parser step after it."""
    return b"%PDF-1.7\n" + binary_garbage(size, seed)


def deeply_nested_json(depth: int = 100_000) -> bytes:
    """`{"a":{"a":...}}` nested `depth` deep: Python's json module recurses once per level."""
    return b'{"a":' * depth + b"1" + b"}" * depth


def deeply_nested_list(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


# Characters that break naive text handling: C0/C1 controls, NUL, bidi overrides and isolates, zero-width joiners,
# BOMs, line/paragraph separators, a lone combining mark and an unpaired-surrogate look-alike that is valid UTF-8.
HOSTILE_CHARS = (
    "\x00\x01\x02\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x85\x9f"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u2028\u2029\ufeff\ufffe\u0301\u061c\U0001f4a5"
)


def control_rtl_text(length: int = 50_000, seed: int = 11) -> str:
    """`length` characters mixing words with control characters and right-to-left marks."""
    rng = random.Random(seed)
    words = ["Kubernetes", "Acme", "שלום", "مرحبا", "10%", "$1.2M", "Senior", "Engineer", "\u202eevil\u202c"]
    out: list[str] = []
    size = 0
    while size < length:
        piece = rng.choice(words) if rng.random() < 0.5 else rng.choice(HOSTILE_CHARS) * rng.randint(1, 5)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:length]


def json_resume_nested(depth: int = 50_000) -> bytes:
    """A JSON Resume whose `basics` nests `depth` objects deep."""
    return b'{"basics":' + deeply_nested_json(depth) + b',"work":[]}'


def json_resume_hostile_fields(length: int = 50_000) -> bytes:
    text = control_rtl_text(length)
    resume = {
        "basics": {"name": text[:5000], "summary": text},
        "work": [{"name": text[:300], "position": text[:300], "startDate": "2020-01", "highlights": [text]}],
        "skills": [{"name": text[:1000], "keywords": [text[:500]] * 50}],
    }
    return json.dumps(resume).encode()
