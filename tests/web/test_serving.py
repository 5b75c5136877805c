"""`vigie serve --workers N`: every process listens on the port and the kernel spreads connections over them."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from vigie.bench.api import _free_port, _wait_ready
from vigie.web.serving import can_share_port


def _pid_over_new_connection(port: int) -> int:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        con.request("GET", "/api/health")
        return int(json.loads(con.getresponse().read())["pid"])
    finally:
        con.close()


def test_two_workers_both_take_connections_and_stop_together(web_db: Path) -> None:
    assert can_share_port()  # Linux: the desk's processes each listen on the port
    port = _free_port()
    cmd = [sys.executable, "-c", "from vigie.cli import main; main()", "serve", "--db", str(web_db),
           "--port", str(port), "--quiet", "--workers", "2"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _wait_ready("127.0.0.1", port, proc, timeout=120, workers=2)
        held = [http.client.HTTPConnection("127.0.0.1", port, timeout=10) for _ in range(40)]
        pids = []
        for con in held:  # kept-alive connections, as a browser or the load bench holds them
            con.request("GET", "/api/health")
            pids.append(int(json.loads(con.getresponse().read())["pid"]))
        assert len(set(pids)) == 2 and os.getpid() not in pids
        assert min(pids.count(p) for p in set(pids)) >= 5, pids  # spread, not all on one process
        assert _pid_over_new_connection(port) in set(pids)
        for con in held:
            con.close()
    finally:
        os.kill(proc.pid, signal.SIGTERM)  # the parent alone: it stops its workers
        try:
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    time.sleep(0.5)
    assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    port_free = subprocess.run(["ss", "-ltn", f"sport = :{port}"], capture_output=True, text=True).stdout
    assert f":{port}" not in port_free  # no worker left listening
