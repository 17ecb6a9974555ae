"""Running bnldesk's command line in a fresh process, as a delegate's shell would, several
commands in one process (a start each would cost seconds): the caller's ``runner`` (a Python
program reading the commands as JSON from ``argv[1]``) prints its findings as JSON on its
last line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_commands(
    runner: str, commands: list[list[str]], env: dict[str, str], cwd: Path
) -> tuple[dict[str, Any], subprocess.CompletedProcess[str]]:
    """``runner`` run on ``commands`` in a new interpreter with ``env`` in ``cwd``: what its
    last line says, and the finished process (its stdout and stderr). Fails the test when the
    runner itself fails."""
    done = subprocess.run(
        [sys.executable, "-c", runner, json.dumps(commands)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    said: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return said, done
