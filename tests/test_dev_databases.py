"""Which database `python3 dev.py demo` and `python3 dev.py run` use, said where a developer
looks (trial 34: notes made in the demo were looked for in the user's own database)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_dev(*argv: str, env_db: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``python3 dev.py ARGV`` with BNLDESK_DB set, as a developer runs it (in ``cwd``)."""
    import os

    env = {**os.environ, "BNLDESK_DB": str(env_db)}
    return subprocess.run(
        [sys.executable, str(ROOT / "dev.py"), *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def test_run_says_which_database_and_demo_uses_the_demos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own.db"
    done = run_dev("run", "--no-demo", "list", "plans", env_db=own)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        f"[dev] database: {own} (yours; the demo's is .demo/demo.db: python3 dev.py run --demo ...)"
    )
    assert own.exists()
    # --demo: the database `dev.py demo` opens, never the one BNLDESK_DB names.
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    commands: list[list[str]] = []
    monkeypatch.setattr(dev, "ensure_venv", lambda *_a: None)
    monkeypatch.setattr(
        dev, "run", lambda command, **_kw: commands.append([str(c) for c in command]) or 0
    )
    assert dev.cmd_run(["--demo", "list", "annotations"]) == 0
    assert commands[-1][1:] == [
        "-m",
        "bnldesk",
        "--db",
        str(ROOT / ".demo" / "demo.db"),
        "list",
        "annotations",
    ]


def test_run_writes_where_the_delegate_is(tmp_path: Path) -> None:
    """Trial 19: run from another folder, ``--out w.xlsx`` went into the checkout."""
    done = run_dev(
        "run", "export-workgroups", "--out", "w.xlsx", env_db=tmp_path / "own.db", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "w.xlsx").is_file()
    assert not (ROOT / "w.xlsx").exists()


def test_the_help_names_the_default_database_and_the_demos() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "bnldesk", "--help"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(help_text.split())
    assert "$BNLDESK_DB, else bnldesk.db in the user data folder" in flat
    assert "dev.py demo` uses its own, .demo/demo.db" in flat
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = readme[: readme.index("## Other developer commands")]
    assert "python3 dev.py run --demo list annotations" in first


def _dev_module() -> object:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    return dev


def test_the_demo_keeps_its_own_settings_and_never_the_delegates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The delegate's own settings name another checkout's export folder: the demo neither
    reads it nor writes there (its settings are .demo/settings.ini)."""
    from bnldesk.ui.settings import SETTINGS_ENV, Settings

    own = Settings()
    own.set("prefs/export_dir", "/elsewhere/other-checkout/exports")
    own.sync()
    own_file = Path(own.file_name())
    own_bytes = own_file.read_bytes()
    dev = _dev_module()
    launched: list[dict[str, str]] = []
    monkeypatch.setattr(dev, "ensure_venv", lambda *_a: None)
    monkeypatch.setattr(dev, "ensure_system_libraries", lambda: None)
    monkeypatch.setattr(dev, "run", lambda _command, **kw: launched.append(kw["env"]) or 0)
    monkeypatch.setenv("DISPLAY", ":99")
    assert dev.cmd_demo([]) == 0  # type: ignore[attr-defined]
    (env,) = launched
    assert env[SETTINGS_ENV] == str(ROOT / ".demo" / "settings.ini")
    # What the demo's window then reads and writes (a copy of its file in a temporary folder).
    monkeypatch.setenv(SETTINGS_ENV, str(tmp_path / "demo-settings.ini"))
    demo = Settings()
    assert Path(demo.file_name()) == tmp_path / "demo-settings.ini"
    assert "other-checkout" not in str(demo.export_dir())
    demo.set("prefs/language", "fr")
    demo.sync()
    assert own_file.read_bytes() == own_bytes
