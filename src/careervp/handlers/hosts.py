"""Whether a host name or address is this machine's loopback: local sign-in on the web page and the warning of
`careervp serve` both hang on it. Standard library only, so the command line can use it without the web stack."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str | None) -> bool:
    """'localhost', 127.0.0.0/8 and ::1 (bracketed or not, any case); anything else, or nothing, is not."""
    if not host:
        return False
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
