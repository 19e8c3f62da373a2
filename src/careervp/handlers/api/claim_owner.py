"""Who holds an idempotency claim, and whether that holder is certainly gone.

An owner is `machine/pid/start`: the machine (boot id and host name, so containers sharing a kernel differ), the
process id, and the process's start time in clock ticks (a pid can be reused; pid and start time together cannot).
A claim whose owner ran on this machine is checked directly: if that process no longer runs, its claim was left by
a crash (kill -9, OOM) and can be resolved at once. An owner elsewhere (another host, another Lambda instance,
whose processes cannot be seen from here) is never judged gone here: its claim lapses a lease after its last
heartbeat instead.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

# How often a running generation tells the store it is still alive (the lease is 10 minutes).
HEARTBEAT_INTERVAL_S = 15.0


@dataclass(frozen=True)
class ClaimOwner:
    machine: str
    pid: int
    started: str

    def __str__(self) -> str:
        return f"{self.machine}/{self.pid}/{self.started}"

    @classmethod
    def parse(cls, text: str) -> ClaimOwner | None:
        parts = text.rsplit("/", 2)
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        machine, pid, started = parts
        return cls(machine, int(pid), started)

    def is_gone(self, owner: str) -> bool:
        """True only when certain: `owner` ran on this machine, is not this process, and no longer runs."""
        other = ClaimOwner.parse(owner)
        if other is None or other.machine != self.machine or other == self:
            return False
        return _start_ticks(other.pid) != other.started


def _start_ticks(pid: int) -> str | None:
    """Field 22 of /proc/PID/stat (start time after boot, in clock ticks); None when the process does not exist."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat.rpartition(")")[2].split()  # the command name may contain spaces; fields resume after ')'
    return fields[19] if len(fields) > 19 else None


def _machine() -> str:
    """This machine, as far as its processes can be seen from here; otherwise a name no other process shares."""
    if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        return f"lambda-{uuid.uuid4().hex}"  # instances cannot see each other's processes
    try:
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return f"unseen-{uuid.uuid4().hex}"
    return f"{boot}@{socket.gethostname()}".replace("/", "_")


def this_process() -> ClaimOwner:
    pid = os.getpid()
    machine = _machine()
    started = _start_ticks(pid) if not machine.startswith(("lambda-", "unseen-")) else None
    return ClaimOwner(machine, pid, started or uuid.uuid4().hex)
