"""Nothing is fetched at run time: with every outbound socket blocked, ingest and a query still work."""

import textwrap

from tests.conftest import run_python

NETWORK_GUARD = textwrap.dedent("""
    import socket, sys
    attempts = []
    def refuse(self, address, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network blocked by test: " + repr(address))
        return real_connect(self, address, *args)
    real_connect = socket.socket.connect
    socket.socket.connect = refuse
    socket.socket.connect_ex = lambda self, address: refuse(self, address) or 0
    socket.create_connection = lambda address, *a, **k: refuse(socket.socket(), address)
""")
GUARDED_RUN = NETWORK_GUARD + textwrap.dedent("""
    from index.settings import Settings
    from ingest.pipeline import run_ingest
    from engine import Engine
    settings = Settings.from_env()
    print(run_ingest(settings, progress=False).summary())
    answer = Engine(settings).ask("Is exosome therapy FDA-approved?")
    print("VERDICT", answer.verdict, len(answer.citations))
    print("ATTEMPTS", attempts)
""")


def test_ingest_and_a_query_work_with_the_network_blocked(tmp_path):
    result = run_python("-c", GUARDED_RUN, env={"DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "is live" in result.stdout
    assert "VERDICT contradicted 1" in result.stdout
    assert "ATTEMPTS []" in result.stdout


WEB_RUN = NETWORK_GUARD + textwrap.dedent("""
    from fastapi.testclient import TestClient
    from index.settings import Settings
    from ingest.pipeline import run_ingest
    from web.config import WebSettings
    from web.server import create_app
    settings = Settings.from_env()
    run_ingest(settings, progress=False)
    # A loopback address, as a browser on this machine sends: the app answers only for allowed hosts.
    with TestClient(create_app(settings, WebSettings.from_env(settings)), base_url="http://127.0.0.1") as client:
        pages = [client.get(path).status_code for path in ("/", "/config", "/claims", "/embed.js")]
        answer = client.post("/api/ask", json={"question": "Is it FDA-approved?"}).json()
    print("PAGES", pages, "VERDICT", answer["verdict"])
    print("ATTEMPTS", attempts)
""")


def test_the_web_app_starts_and_answers_with_the_network_blocked(tmp_path):
    result = run_python("-c", WEB_RUN, env={"DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "PAGES [200, 200, 200, 200] VERDICT contradicted" in result.stdout
    assert "ATTEMPTS []" in result.stdout
