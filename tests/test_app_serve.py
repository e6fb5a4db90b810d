"""`reviewer serve`: the app through textual-serve, answered on 127.0.0.1 (skipped without it)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time

import pytest

from reviewer import cli
from tests.conftest import SEEDS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_runs_the_app_in_the_page_and_exports_as_a_download(tmp_path):
    pytest.importorskip("textual_serve")
    import aiohttp

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reviewer",
            "serve",
            str(SEEDS),
            "--port",
            str(port),
            "--annotations",
            str(tmp_path / "ann"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    seen = {"page": "", "screen": ""}  # what came before a hang, to say what went wrong

    async def browse() -> tuple[str, str, str]:
        async with aiohttp.ClientSession() as session:
            page = ""
            for _ in range(100):  # the server takes a moment to listen
                try:
                    async with session.get(base + "/") as reply:
                        page = seen["page"] = await reply.text()
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.3)
            screen, key = "", None
            async with session.ws_connect(base + "/ws?width=100&height=30") as ws:

                async def read_until(done, seconds: float = 30) -> None:
                    nonlocal screen, key
                    end = time.time() + seconds
                    while not done() and time.time() < end:
                        try:
                            message = await ws.receive(timeout=end - time.time())
                        except TimeoutError:
                            return
                        if message.type == aiohttp.WSMsgType.BINARY:
                            screen += message.data.decode("utf-8", "replace")
                            seen["screen"] = screen
                        elif message.type == aiohttp.WSMsgType.TEXT:
                            data = message.json()
                            if data[0] == "deliver_file_start":
                                key = data[1]

                await read_until(lambda: "row 1/" in screen)
                await ws.send_json(["stdin", "e"])  # export: the path is filled in
                await asyncio.sleep(1)
                await ws.send_json(["stdin", "\r"])
                await read_until(lambda: key is not None)
                download = ""
                if key is not None:
                    async with session.get(f"{base}/download/{key}") as reply:
                        download = await reply.text()
            return page, screen, download

    async def bounded() -> tuple[str, str, str]:
        try:
            return await asyncio.wait_for(browse(), 90)
        except TimeoutError:
            return seen["page"], seen["screen"], ""

    try:
        page, screen, download = asyncio.run(bounded())
    finally:
        server.terminate()
        server.wait(10)
    assert f"ws://127.0.0.1:{port}/ws" in page  # the page connects to the app
    assert "row 1/24" in screen  # the app itself, drawn for the browser
    assert download.startswith("schema = ")  # the export came as a download
    assert not list(tmp_path.glob("*.toml"))  # and not as a file on the server


def test_serve_without_textual_serve_says_how_to_get_it(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # import fails
    assert cli.main(["serve", str(SEEDS)]) == cli.EXIT_USAGE
    assert "pip install 'reviewer[web]'" in capsys.readouterr().err
