"""Shared fixtures: the repository root and the `texlex` CLI of the same checkout."""

import os
import pathlib
import shutil
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def texlex_bin():
    """The `texlex` binary built from this checkout (`$TEXLEX_BIN` wins)."""
    env = os.environ.get("TEXLEX_BIN")
    if env:
        return env
    if shutil.which("cargo"):
        subprocess.run(
            ["cargo", "build", "-q", "-p", "texlex-cli"], cwd=REPO, check=True
        )
    path = REPO / "target" / "debug" / "texlex"
    if not path.exists():
        pytest.skip("no texlex CLI: set TEXLEX_BIN or install cargo")
    return str(path)
