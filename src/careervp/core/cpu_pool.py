"""Worker processes for the CPU stages of generation (`CoverLetterService`'s CPU runner in `careervp serve`).

Why processes: the stages are pure Python, so worker threads share one interpreter lock with the event loop; a burst
of fifty generations then stalls every other request (`/health` included) and runs on one core. Worker processes take
the work off the loop and spread it over the cores.

Why not `concurrent.futures.ProcessPoolExecutor`: a task it has started cannot be stopped, and killing one of its
processes breaks the whole pool. Here each worker is one spawned process on its own pipe, handed one stage at a time;
when the caller stops waiting (the generation deadline cancels the await), that worker is killed and a fresh one
takes its place, so the deadline frees the core as well as the request. A worker that dies on its own (killed for
memory, say) is replaced the same way and the stage is run once more on another worker.

Spawned, not forked, so nothing of the server's threads or open connections is copied; each worker imports the
pipeline and writes one letter before it takes work, so no user's letter pays for that. The server does not wait for
them to start answering (a busy machine can take tens of seconds to warm them); until the first is warm, stages run
in a worker thread as they do in the CLI.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

T = TypeVar("T")

log = logging.getLogger("careervp.cpu_pool")

# Messages to and from a worker up to this size are pickled and sent on the event loop; larger ones in a thread. Well
# under a Unix socket's send buffer (over 200 KiB on Linux), so writing one to an idle worker never blocks.
SMALL_MESSAGE_BYTES = 64 * 1024

_SAMPLE_CV = """# Dana Okafor
dana@example.com

## Experience
### Senior Backend Engineer, Ledgerwell Payments (2019 - Present)
- Cut settlement latency by 40% by moving batch jobs to Kafka streams
- Led a team of 5 engineers building Go services on AWS

### Software Engineer, Northwind Logistics (2015 - 2019)
- Built PostgreSQL reporting used by 200 dispatchers

## Skills
Go, Python, Kafka, PostgreSQL, AWS
"""
_SAMPLE_POSTING = (
    "Acme Widgets is hiring a Senior Backend Engineer. You will design Go services and Kafka pipelines and mentor "
    "engineers. Requirements: 5+ years of backend engineering, Go or Java, Kafka, PostgreSQL, AWS."
)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_size(server_processes: int = 1) -> int:
    """The cores shared among the server's `server_processes` (`careervp serve --workers`); 0 (worker threads) when
    that leaves fewer than two a process, where a pool only adds a hop (`make bench` measures both)."""
    share = cores() // max(1, server_processes)
    return share if share >= 2 else 0


def warm_up() -> int:
    """One letter through every stage, so the lazily built tables (patterns, vocabularies) are ready before the
    first user's letter; returns the pid it ran in."""
    from datetime import UTC, datetime

    from careervp.ingest import read_cv, read_posting
    from careervp.logic.evidence import build_evidence_map
    from careervp.logic.service.inputs import StoredCV
    from careervp.logic.service.stages import OtherCompanies, judge_draft, write_offline_letter
    from careervp.logic.service.versions import new_cv
    from careervp.logic.writers.base import WritingBrief, cv_source_text
    from careervp.logic.writers.template import TemplateWriter
    from careervp.models.api import CoverLetterCreate

    cv = read_cv(_SAMPLE_CV.encode(), "cv.md")
    posting = read_posting(_SAMPLE_POSTING, company_name="Acme Widgets", job_title="Senior Backend Engineer")
    evidence = build_evidence_map(cv, posting)
    request = CoverLetterCreate(
        cv_id="warm-up", job_id="warm-up", company_name="Acme Widgets", job_title="Senior Backend Engineer"
    )
    brief = WritingBrief(
        evidence=evidence, preferences=request.preferences, candidate=cv.person, cv_text=cv_source_text(cv)
    )
    record = new_cv(
        user_id="warm-up", cv_id="warm-up", filename="cv.md", content_type="text/markdown", cv=cv, now=datetime.now(UTC)
    )
    written = write_offline_letter(TemplateWriter(), brief)
    others = OtherCompanies(written.probes, ("Northwind Freight",))
    judge_draft(
        written.draft, request, StoredCV.of(record), posting, evidence, others, offline_writer=written.draft.writer
    )
    return os.getpid()


def _serve_stages(conn: Connection) -> None:
    """A worker's life: run each stage it is sent and send back (True, result) or (False, exception), until the
    server closes its end of the pipe."""
    import careervp.logic.service.stages  # noqa: F401 - the pipeline's modules, loaded before the first stage

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle; it then closes the pipe

    while True:
        try:
            stage = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            reply: tuple[bool, Any] = (True, stage())
        except Exception as exc:
            reply = (False, exc)
        try:
            conn.send(reply)
        except Exception as exc:  # a result or an error that does not pickle
            conn.send((False, RuntimeError(f"a stage's answer could not be sent back: {exc!r}")))


class WorkerGone(Exception):
    """The worker process ended before it answered."""


class _Worker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(target=_serve_stages, args=(child,), daemon=True)
        self.process.start()
        child.close()

    @property
    def pid(self) -> int | None:
        return self.process.pid

    async def run(self, stage: Callable[[], T]) -> T:
        """Send the stage and wait for its answer without blocking the loop (the pipe is watched by the loop).

        A stage and its answer are mostly small (the large parts travel as strings or packed blobs), and a hop to
        a thread costs more than pickling one; only a message larger than `SMALL_MESSAGE_BYTES` takes that hop."""
        loop = asyncio.get_running_loop()
        answered: asyncio.Future[None] = loop.create_future()
        message = ForkingPickler.dumps(stage)
        try:
            if len(message) <= SMALL_MESSAGE_BYTES:
                self.conn.send_bytes(message)  # an idle worker has read everything sent to it: this never waits
            else:
                # From a thread: a message larger than the socket's buffer is written only as fast as the worker
                # reads it.
                await loop.run_in_executor(None, self.conn.send_bytes, message)
        except OSError as exc:
            raise WorkerGone(str(exc)) from exc
        fd = self.conn.fileno()

        def readable() -> None:
            if not answered.done():
                answered.set_result(None)

        loop.add_reader(fd, readable)
        try:
            await answered
        finally:
            loop.remove_reader(fd)
        try:
            # The worker pickled its answer before writing it, so reading it all waits only for the copy.
            answer = self.conn.recv_bytes()
        except (EOFError, OSError) as exc:
            raise WorkerGone(f"worker {self.pid} ended while running a stage") from exc
        if len(answer) <= SMALL_MESSAGE_BYTES:
            ok, value = ForkingPickler.loads(answer)
        else:  # unpickling a large answer is not the loop's work
            ok, value = await loop.run_in_executor(None, ForkingPickler.loads, answer)
        if not ok:
            raise value
        result: T = value
        return result

    def kill(self) -> None:
        """Stop the process now, whatever it is doing; its exit is collected in a thread."""
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()


class ProcessPoolRunner:
    """A `CpuRunner` (logic/service/stages.py) over `processes` worker processes; a stage waits for a free one."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._warm: set[_Worker] = set()
        self._starting: set[asyncio.Task[None]] = set()
        self._closed = False

    def pids(self) -> set[int]:
        """The worker processes' ids (for observability and tests)."""
        return {w.pid for w in self._workers if w.pid is not None}

    def warm_count(self) -> int:
        """Workers that have written their warm-up letter and take stages (`/health` reports it)."""
        return len(self._warm)

    def start(self) -> None:
        """Start every worker and warm it in the background (a second or two each, side by side); call it with the
        event loop running."""
        for _ in range(self.processes):
            self._start_one()

    async def warmed(self) -> None:
        """Wait until the workers started so far are warm (or have failed their warm-up)."""
        await asyncio.gather(*self._starting, return_exceptions=True)

    def _start_one(self) -> None:
        task = asyncio.create_task(self._add_worker())
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    async def __call__(self, stage: Callable[[], T]) -> T:
        if not self._warm:
            # No worker is warm yet (start-up on a busy machine, or every one being replaced): a worker thread
            # answers now rather than after seconds of warming.
            return await asyncio.to_thread(stage)
        try:
            return await self._run_once(stage)
        except WorkerGone:
            log.warning("a CPU worker process ended unexpectedly; it was replaced and the stage runs again")
            return await self._run_once(stage)

    async def _run_once(self, stage: Callable[[], T]) -> T:
        worker = await self._idle.get()
        try:
            result = await worker.run(stage)
        except BaseException as exc:
            if not isinstance(exc, Exception) or isinstance(exc, WorkerGone):
                # Cancelled (the deadline) or dead: the worker may still be running the stage, so it goes.
                self._replace(worker)
            else:
                self._idle.put_nowait(worker)  # the stage raised; the worker is fine
            raise
        self._idle.put_nowait(worker)
        return result

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._workers.discard(worker)
        self._warm.discard(worker)
        asyncio.get_running_loop().run_in_executor(None, worker.process.join)
        if not self._closed:
            self._start_one()

    async def _add_worker(self) -> None:
        worker = await asyncio.to_thread(_Worker)  # starting a process takes a few tens of ms: not on the loop
        self._workers.add(worker)
        try:
            await worker.run(warm_up)
        except Exception:
            # A worker that cannot write the sample letter would fail real ones too; the pool runs short by one.
            log.exception("a CPU worker process failed its warm-up letter")
            worker.kill()
            self._workers.discard(worker)
            return
        if self._closed:
            worker.kill()
            return
        self._warm.add(worker)
        self._idle.put_nowait(worker)

    async def close(self) -> None:
        """Stop every worker (idle ones end when their pipe closes; busy ones are killed) and wait for them."""
        self._closed = True
        for task in list(self._starting):
            task.cancel()
        workers, self._workers, self._warm = list(self._workers), set(), set()
        for worker in workers:
            worker.kill()
        await asyncio.gather(*(asyncio.to_thread(w.process.join, 10) for w in workers))
