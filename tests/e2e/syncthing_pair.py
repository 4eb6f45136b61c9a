#!/usr/bin/env python3
"""Two real Syncthing instances carrying one folder, for the sync e2e.

    syncthing_pair.py start BASE   -> prints JSON {folderA, folderB, homeA, homeB, pids}
    syncthing_pair.py stop BASE

Each has its own home under BASE. They listen only on 127.0.0.1, know each
other by address, and have global and local discovery, relays, NAT
traversal, usage reports, crash reports and upgrades all off: nothing
leaves the machine. The folder is watched (one-second delay) and rescanned
every ten seconds as a fallback.
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def device_id(home):
    out = subprocess.run(["syncthing", "serve", f"--home={home}", "--device-id"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1]


def setopt(options, name, value):
    el = options.find(name)
    if el is None:
        el = ET.SubElement(options, name)
    el.text = value


def configure(home, me, peer, peer_port, listen_port, gui_port, folder):
    path = os.path.join(home, "config.xml")
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    for name, value in [
        ("listenAddress", f"tcp://127.0.0.1:{listen_port}"),
        ("globalAnnounceEnabled", "false"),
        ("localAnnounceEnabled", "false"),
        ("relaysEnabled", "false"),
        ("natEnabled", "false"),
        ("urAccepted", "-1"),
        ("autoUpgradeIntervalH", "0"),
        ("crashReportingEnabled", "false"),
        ("startBrowser", "false"),
        ("reconnectionIntervalS", "1"),
    ]:
        setopt(options, name, value)
    gui = root.find("gui")
    gui.find("address").text = f"127.0.0.1:{gui_port}"
    other = ET.SubElement(root, "device", {"id": peer, "name": "peer", "compression": "metadata",
                                            "introducer": "false"})
    ET.SubElement(other, "address").text = f"tcp://127.0.0.1:{peer_port}"
    shared = ET.Element("folder", {
        "id": "interlude-e2e", "label": "Interlude e2e", "path": folder, "type": "sendreceive",
        "rescanIntervalS": "10", "fsWatcherEnabled": "true", "fsWatcherDelayS": "1",
    })
    for dev in (me, peer):
        ET.SubElement(shared, "device", {"id": dev})
    root.insert(0, shared)
    tree.write(path)
    return gui.find("apikey").text


def start(base):
    # Twice at most: on a loaded machine a port picked free can be taken
    # before Syncthing binds it, and a pair that never meets would fail
    # every test of the file. What each side logged says why, if both fail.
    why = ""
    for attempt in (1, 2):
        pair, why = launch(base, os.path.join(base, f"try-{attempt}"))
        if pair:
            print(json.dumps(pair))
            return
        stop(base)
    sys.exit(f"the two Syncthing instances didn't connect within a minute, twice\n{why}")


def launch(base, where):
    """Starts the pair under WHERE; (paths, "") once they are connected,
    or (None, the tail of both logs) after a minute."""
    os.makedirs(where, exist_ok=True)
    env = dict(os.environ, STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
    homes, folders, ids = [], [], []
    for side in ("a", "b"):
        home = os.path.join(where, f"home-{side}")
        folder = os.path.join(where, f"folder-{side}")
        os.makedirs(folder, exist_ok=True)
        subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder",
                        "--skip-port-probing"], check=True, capture_output=True, env=env)
        homes.append(home)
        folders.append(folder)
        ids.append(device_id(home))
    listen = [free_port(), free_port()]
    gui = [free_port(), free_port()]
    keys = []
    for i in (0, 1):
        keys.append(configure(homes[i], ids[i], ids[1 - i], listen[1 - i], listen[i], gui[i], folders[i]))
    pids, logs = [], []
    for i in (0, 1):
        logs.append(os.path.join(where, f"syncthing-{'ab'[i]}.log"))
        log = open(logs[i], "w")
        proc = subprocess.Popen(["syncthing", "serve", f"--home={homes[i]}", "--no-browser", "--no-restart"],
                                stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        pids.append(proc.pid)
    with open(os.path.join(base, "pids"), "w") as f:
        f.write(" ".join(map(str, pids)))
    # Up when both REST APIs answer and each sees the other connected.
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            ok = True
            for i in (0, 1):
                req = urllib.request.Request(f"http://127.0.0.1:{gui[i]}/rest/system/connections",
                                             headers={"X-API-Key": keys[i]})
                conns = json.load(urllib.request.urlopen(req, timeout=2))["connections"]
                ok = ok and conns.get(ids[1 - i], {}).get("connected", False)
            if ok:
                return {"folderA": folders[0], "folderB": folders[1], "homeA": homes[0],
                        "homeB": homes[1], "pids": pids}, ""
        except OSError:
            pass
        time.sleep(0.5)
    tails = []
    for path in logs:
        with open(path, errors="replace") as f:
            tails.append(f"--- {os.path.basename(path)}\n" + "".join(f.readlines()[-15:]))
    return None, "\n".join(tails)


def stop(base):
    try:
        pids = open(os.path.join(base, "pids")).read().split()
    except OSError:
        return
    for pid in pids:
        try:
            os.killpg(int(pid), 15)
        except OSError:
            pass


if __name__ == "__main__":
    {"start": start, "stop": stop}[sys.argv[1]](sys.argv[2])
