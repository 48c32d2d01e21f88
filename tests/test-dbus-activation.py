#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""D-Bus activation, as a click on the morning-check notification uses it
when Vastus is closed: the desktop file says DBusActivatable=true, the
generated service file names the application and starts the installed binary
as a GApplication service; then, on a bus of its own with a copy of that
service file pointing at the built binary, activating app.morning-check
starts Vastus, which opens its window, and app.quit ends it.

usage: test-dbus-activation.py SERVICE_FILE DESKTOP_FILE APPLICATION_ID BINDIR
(VASTUS_BINARY in the environment is the built binary)
"""
import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import time

service_path, desktop_path, application_id, bindir = sys.argv[1:5]
object_path = "/" + application_id.replace(".", "/")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def read_ini(path):
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return parser


service = read_ini(service_path)
check(service.sections() == ["D-BUS Service"], f"{service_path}: sections are {service.sections()}")
section = service["D-BUS Service"] if service.has_section("D-BUS Service") else {}
check(os.path.basename(service_path) == application_id + ".service",
      f"{service_path} must be named after the bus name it activates")
check(section.get("Name") == application_id, f"Name={section.get('Name')}, not {application_id}")
check(section.get("Exec") == os.path.join(bindir, "vastus") + " --gapplication-service",
      f"Exec={section.get('Exec')}, not {bindir}/vastus --gapplication-service")
check(os.path.isabs(bindir), f"Exec must be an absolute path, not {bindir}")

desktop = read_ini(desktop_path)
entry = desktop["Desktop Entry"]
check(entry.get("DBusActivatable") == "true", "the desktop file must say DBusActivatable=true")
check(os.path.basename(desktop_path) == application_id + ".desktop",
      "a D-Bus activatable desktop file is named after the application ID")

if failures:
    print(*failures, sep="\n", file=sys.stderr)
    sys.exit(1)

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    print("No display: only the files were checked")
    sys.exit(77)

binary = os.environ["VASTUS_BINARY"]
dbus_daemon = shutil.which("dbus-daemon")
gdbus = shutil.which("gdbus")
if dbus_daemon is None or gdbus is None:
    print("dbus-daemon or gdbus is missing: only the files were checked")
    sys.exit(77)

with tempfile.TemporaryDirectory(prefix="vastus-activation-") as tmp:
    # Vastus's own folders: nothing of the person's is read or written.
    for name in ("home", "data", "config", "cache", "services"):
        os.mkdir(os.path.join(tmp, name))
    address = "unix:path=" + os.path.join(tmp, "bus")
    env = dict(os.environ,
               HOME=os.path.join(tmp, "home"),
               XDG_DATA_HOME=os.path.join(tmp, "data"),
               XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_CACHE_HOME=os.path.join(tmp, "cache"),
               DBUS_SESSION_BUS_ADDRESS=address)

    # The generated file, with the built binary in place of the installed one.
    with open(os.path.join(tmp, "services", application_id + ".service"), "w", encoding="utf-8") as f:
        f.write(f"[D-BUS Service]\nName={section['Name']}\nExec={binary} --gapplication-service\n")
    config = os.path.join(tmp, "bus.conf")
    with open(config, "w", encoding="utf-8") as f:
        f.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>{address}</listen>
  <servicedir>{os.path.join(tmp, "services")}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")
    daemon = subprocess.Popen([dbus_daemon, "--config-file=" + config, "--nofork", "--print-address"],
                              env=env, stdout=subprocess.PIPE, text=True)
    try:
        daemon.stdout.readline()  # the bus is listening once it prints its address

        def call(*args, timeout=60):
            return subprocess.run([gdbus, "call", "--session", *args], env=env,
                                  capture_output=True, text=True, timeout=timeout)

        def has_owner():
            result = call("--dest", "org.freedesktop.DBus", "--object-path", "/org/freedesktop/DBus",
                          "--method", "org.freedesktop.DBus.NameHasOwner", application_id)
            return result.stdout.strip() == "(true,)"

        check(not has_owner(), "Vastus is running before anything activated it")

        # What the notification's default action does.
        result = call("--dest", application_id, "--object-path", object_path,
                      "--method", "org.freedesktop.Application.ActivateAction",
                      "morning-check", "[]", "{}", timeout=120)
        check(result.returncode == 0, f"ActivateAction morning-check failed: {result.stderr.strip()}")
        check(has_owner(), "Vastus does not own its name after being activated")

        # A GtkApplicationWindow exports its actions under the application's path.
        window_path = object_path + "/window/1"
        # Patient: a loaded machine may take long to start it; speed is for
        # the benchmarks.
        opened = False
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            result = subprocess.run([gdbus, "introspect", "--session", "--dest", application_id,
                                     "--object-path", window_path], env=env,
                                    capture_output=True, text=True, timeout=30)
            if result.returncode == 0 and "org.gtk.Actions" in result.stdout:
                opened = True
                break
            time.sleep(0.1)
        check(opened, "no window opened on app.morning-check")

        result = call("--dest", application_id, "--object-path", object_path,
                      "--method", "org.freedesktop.Application.ActivateAction", "quit", "[]", "{}")
        check(result.returncode == 0, f"ActivateAction quit failed: {result.stderr.strip()}")
        quit = False
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if not has_owner():
                quit = True
                break
            time.sleep(0.1)
        check(quit, "Vastus still runs after app.quit")
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)

if failures:
    print(*failures, sep="\n", file=sys.stderr)
    sys.exit(1)
print(f"{application_id}: activated by D-Bus, opened its window on app.morning-check, quit on app.quit")
