"""Several desk processes on one port, each with its own listening socket (SO_REUSEPORT).

With one shared socket, whichever process wakes first accepts a burst of new connections, and kept-alive
connections never move: 50 clients can all land on one process. With a socket per process the kernel spreads
connections over the processes, and a process joins only once its snapshot is built (uvicorn listens after
the application's start-up).
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
from types import FrameType

__all__ = ["can_share_port", "serve_workers"]


def can_share_port() -> bool:
    """Whether this system lets several sockets listen on one port (Linux, BSD, macOS)."""
    return hasattr(socket, "SO_REUSEPORT")


def _bound(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host.strip("[]"), port))
    return sock


def _worker(host: str, port: int, access_log: bool) -> None:
    """One process: bind its own socket, then serve the desk of `app_from_environment` on it."""
    import uvicorn

    sock = _bound(host, port)
    config = uvicorn.Config(
        "vigie.web.app:app_from_environment", factory=True, log_level="warning", access_log=access_log
    )
    uvicorn.Server(config).run(sockets=[sock])


def serve_workers(host: str, port: int, workers: int, access_log: bool) -> int:
    """Run `workers` desk processes on host:port until they stop or this one is interrupted; the exit status."""
    _bound(host, port).close()  # a port already taken fails here, once, rather than in every process
    # fresh interpreters: nothing of this process's state is shared
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_worker, args=(host, port, access_log), name=f"desk-{i}") for i in range(workers)
    ]
    for p in procs:
        p.start()

    stopping = []

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.append(signum)
        for p in procs:
            if p.is_alive():
                p.terminate()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        for p in procs:
            p.join()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    asked = {-signal.SIGTERM, -signal.SIGINT} if stopping else set()  # uvicorn ends by re-raising the signal
    return max((0 if p.exitcode in asked else abs(p.exitcode or 0)) for p in procs)
