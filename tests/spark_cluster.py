"""A Spark standalone cluster on 127.0.0.1 for the batch tests: a master and a worker started from
pyspark's own launcher, the worker in a mount namespace of its own where the driver's Python
environment (sitroom, spaCy, the model) is hidden under an empty tmpfs, as on a machine that has
only Java and Python. The worker runs a copy of pyspark's Spark home outside that environment."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyspark


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class StandaloneCluster:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.home = folder / "spark"  # Spark's jars and scripts, outside the hidden environment
        shutil.copytree(Path(pyspark.__file__).parent, self.home, symlinks=True)
        self.port = _port()
        self.master_url = f"spark://127.0.0.1:{self.port}"
        self.processes: list[subprocess.Popen[bytes]] = []

    def _env(self) -> dict[str, str]:
        java_home = os.environ.get("JAVA_HOME")
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.folder), "SPARK_HOME": str(self.home)}
        env["SPARK_LOCAL_IP"] = "127.0.0.1"
        env["SPARK_WORKER_DIR"] = str(self.folder / "work")
        if java_home:
            env["JAVA_HOME"] = java_home
        return env

    def start(self) -> StandaloneCluster:
        launcher = str(self.home / "bin" / "spark-class")
        master = [launcher, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(self.port)]
        master += ["--webui-port", str(_port())]
        self._spawn(master, "master.log")
        self._wait_for("master.log", "I have been elected leader")
        worker = [launcher, "org.apache.spark.deploy.worker.Worker", self.master_url, "--host", "127.0.0.1"]
        worker += ["--cores", "2", "--memory", "3g", "--webui-port", str(_port())]
        hidden = sys.prefix  # the driver's environment: not there for the worker and its executors
        script = f'mount -t tmpfs none {hidden} && exec "$@"'
        self._spawn(["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh", *worker], "worker.log")
        self._wait_for("worker.log", "Successfully registered with master")
        return self

    def _spawn(self, command: list[str], log: str) -> None:
        with (self.folder / log).open("wb") as out:
            self.processes.append(
                subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=self._env(), start_new_session=True)
            )

    def _wait_for(self, log: str, line: str, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if line in (self.folder / log).read_text(errors="replace"):
                return
            if any(p.poll() is not None for p in self.processes):
                break
            time.sleep(0.2)
        raise RuntimeError(f"the cluster did not start: {log} says\n{(self.folder / log).read_text()[-2000:]}")

    def stop(self) -> None:
        for process in reversed(self.processes):
            try:
                os.killpg(process.pid, 15)
            except ProcessLookupError:
                continue
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)
                process.wait()

    def __enter__(self) -> StandaloneCluster:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
