#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader hears: on an accessibility bus of its own, the real
Vastus window (tests/vastus-screenshot --commands) is read through AT-SPI on
Today, the Library, an exercise's page, a session under way, the pain log
after it and the warning-signs check. Every control a person can reach
(buttons, toggles, switches, check boxes, drop-downs, sliders, entries,
links, list items, menu items, progress and level bars) and every image that
is not hidden must have a name; the session's timer ring must give its value;
a 0–10 pain scale is one Tab stop whose arrow keys change its value; and
after the session ends the keyboard focus is somewhere in the window.

usage: test-atspi.py VASTUS_SCREENSHOT
"""
import importlib.util
import os
import re
import selectors
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77

# pyatspi is packaged for the system's Python: a python3 of its own earlier in
# PATH (pyenv, a virtual environment) does not see it.
if importlib.util.find_spec("pyatspi") is None:
    system_python = "/usr/bin/python3"
    if os.path.realpath(sys.executable) != os.path.realpath(system_python) and os.access(system_python, os.X_OK) \
            and not os.environ.get("VASTUS_ATSPI_REEXEC"):
        os.environ["VASTUS_ATSPI_REEXEC"] = "1"
        os.execv(system_python, [system_python] + sys.argv)
    print("python3-pyatspi is not installed")
    sys.exit(SKIP)

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"
for program in (LAUNCHER, REGISTRY):
    if not os.access(program, os.X_OK):
        print(f"{program} is missing (at-spi2-core)")
        sys.exit(SKIP)
dbus_daemon = shutil.which("dbus-daemon")
if dbus_daemon is None:
    print("dbus-daemon is missing")
    sys.exit(SKIP)
if not os.environ.get("DISPLAY"):
    print("No X display")
    sys.exit(SKIP)

tool = sys.argv[1]
JOURNAL = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))),
                       "fixtures", "journal-six-weeks.jsonl")
NOW = "2026-11-21T10:00:00Z"
TIMEOUT = 20  # seconds for one step, on a loaded machine

# The roles a person can act on, and those that carry information.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "switch", "combo box", "slider",
    "spin button", "entry", "text", "password text", "link", "list item", "menu item",
    "check menu item", "radio menu item", "progress bar", "level bar", "page tab",
}
INFORMATIVE = {"image", "icon"}

failures = []


def wait_for(predicate, what, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Tool:
    """The real window, driven one step a line through standard input."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [tool, "--width", "1000", "--height", "760", "--journal", JOURNAL, "--now", NOW, "--commands"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True, bufsize=1)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.process.stdout, selectors.EVENT_READ)
        self.expect_ok("the window to open")

    def expect_ok(self, what):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.selector.select(timeout=deadline - time.monotonic()):
                line = self.process.stdout.readline()
                if line == "":
                    raise RuntimeError(f"vastus-screenshot ended (exit {self.process.wait()}) waiting for {what}")
                if line.strip() == "ok":
                    return
        raise TimeoutError(f"timed out waiting for {what}")

    def step(self, *steps):
        for step in steps:
            self.process.stdin.write(step + "\n")
            self.process.stdin.flush()
            self.expect_ok(step)

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.selector.close()


def state(accessible, which):
    return accessible.getState().contains(which)


def laid_out(accessible):
    """GTK 4.8 says no element is showing: one that was never given a size
    (a page not shown yet) is not on the screen."""
    import pyatspi
    try:
        extents = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except NotImplementedError:  # a stack page: no place of its own
        return True
    return extents.width > 0 and extents.height > 0


def walk(accessible, path=(), page=True):
    """Every visible element under accessible: (element, the roles and names
    leading to it, its states). page: whether it is the child of a stack's
    page, which may never have been shown."""
    import pyatspi
    try:
        states = accessible.getState()
        if not states.contains(pyatspi.STATE_VISIBLE) or (page and not laid_out(accessible)):
            return
        name = accessible.name or ""
        here = path + (f"{accessible.getRoleName()} “{name}”",)
        yield accessible, here, states
        for i in range(accessible.childCount):
            child = accessible.getChildAtIndex(i)
            if child is not None:
                yield from walk(child, here, name == "GtkStackPage")
    except Exception as error:  # an element gone while being read
        if "Gone" in str(error) or "UnknownObject" in str(error):
            return
        raise


def windows(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def problem(path):
    """Why a screen reader would not read this element well, or None."""
    role, name = path[-1].split(" “", 1)
    name = name[:-1].strip()
    # What GTK 4.8 says when nothing names an element: its type.
    if re.fullmatch(r"(Gtk|Adw|Vastus)[A-Za-z]+", name):
        name = ""
    if role in INTERACTIVE and not name:
        return "unnamed"
    # An image inside a named control is read as part of it.
    if role in INFORMATIVE and not name and not any(
            step.split(" “")[0] in INTERACTIVE and not step.endswith(" “”") for step in path[:-1]):
        return "unnamed"
    # GTK 4.8 joins a button's label property, mnemonic and all, and the
    # label inside it.
    plain = name.replace("_", "")
    half = (len(plain) - 1) // 2
    if role in INTERACTIVE and len(plain) > 2 and plain[:half] == plain[half + 1:] and plain[half] == " ":
        return "named twice"
    return None


seen = set()


def check_screen(app, screen):
    """Lists the problems on this screen not already listed for another;
    returns how many, and every visible element."""
    started = time.monotonic()
    found = 0
    elements = [element for window in windows(app) for element in walk(window)]
    for accessible, path, states in elements:
        why = problem(path)
        if why is not None and accessible.path not in seen:
            seen.add(accessible.path)
            failures.append(f"{screen}: {why} {' > '.join(path[-4:])}")
            found += 1
    print(f"# {screen}: {found} more unnamed or named twice ({time.monotonic() - started:.1f} s)")
    return found, elements


def check_pain_scales(screen, elements):
    """Each 0–10 scale (a group of eleven toggle buttons) is one Tab stop."""
    import pyatspi
    scales = {}
    for accessible, path, states in elements:
        if path[-1].startswith(("toggle button “", "push button “")) and "0 to 10" in path[-3]:
            scales.setdefault(path[:-1], []).append(states.contains(pyatspi.STATE_FOCUSABLE))
    for path, focusable in scales.items():
        if len(focusable) != 11 or sum(focusable) != 1:
            failures.append(f"{screen}: {path[-2]} has {len(focusable)} numbers, {sum(focusable)} of them Tab stops")
    return len(scales)


def main():
    with tempfile.TemporaryDirectory(prefix="vastus-atspi-") as tmp:
        # Vastus's own folders and a session bus of its own: nothing of the
        # person's is read or written, no other accessibility bus is used.
        for name in ("home", "data", "config", "cache", "runtime"):
            os.mkdir(os.path.join(tmp, name))
        os.chmod(os.path.join(tmp, "runtime"), 0o700)
        address = "unix:path=" + os.path.join(tmp, "bus")
        env = dict(os.environ,
                   HOME=os.path.join(tmp, "home"),
                   XDG_DATA_HOME=os.path.join(tmp, "data"),
                   XDG_CONFIG_HOME=os.path.join(tmp, "config"),
                   XDG_CACHE_HOME=os.path.join(tmp, "cache"),
                   XDG_RUNTIME_DIR=os.path.join(tmp, "runtime"),
                   DBUS_SESSION_BUS_ADDRESS=address,
                   GTK_A11Y="atspi",
                   GSK_RENDERER="cairo",
                   LANGUAGE="en", LC_ALL="C.UTF-8")
        env.pop("NO_AT_BRIDGE", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        children = []
        tool_process = None
        try:
            children.append(subprocess.Popen([dbus_daemon, "--session", "--nofork", "--address", address],
                                             env=env, stdout=subprocess.DEVNULL))
            wait_for(lambda: os.path.exists(os.path.join(tmp, "bus")), "the session bus")
            children.append(subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            # The launcher owns org.a11y.Bus once the accessibility bus is up;
            # the registry then starts on it.
            wait_for(lambda: "true" in subprocess.run(
                ["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path",
                 "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.NameHasOwner", "org.a11y.Bus"],
                env=env, capture_output=True, text=True).stdout, "the accessibility bus")
            a11y_address = subprocess.run(
                ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path", "/org/a11y/bus",
                 "--method", "org.a11y.Bus.GetAddress"], env=env, capture_output=True, text=True,
                check=True).stdout.strip().strip("(),'")
            env["AT_SPI_BUS_ADDRESS"] = a11y_address
            children.append(subprocess.Popen([REGISTRY], env=env, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL))

            # This process reads the tree on that bus.
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
            os.environ["AT_SPI_BUS_ADDRESS"] = a11y_address
            import gi
            gi.require_version("Atspi", "2.0")
            import pyatspi

            tool_process = Tool(env)
            pid = tool_process.process.pid

            def the_app():
                desktop = pyatspi.Registry.getDesktop(0)
                for i in range(desktop.childCount):
                    app = desktop.getChildAtIndex(i)
                    if app is not None and app.get_process_id() == pid:
                        return app
                return None

            app = wait_for(the_app, "Vastus on the accessibility bus")
            wait_for(lambda: app.childCount > 0, "the window on the accessibility bus")
            count = 0

            tool_process.step("page:today")
            count += check_screen(app, "Today")[0]

            tool_process.step("page:library")
            count += check_screen(app, "Library")[0]

            tool_process.step("library.show:wall-sit", "sleep:1")
            count += check_screen(app, "Exercise page")[0]

            # The warm-up skipped, the quad set's "Get ready" under way, then
            # paused, so that the time reading it takes changes nothing.
            tool_process.step("win.back", "page:today", "win.start-session", "session.skip", "session.skip",
                              "sleep:1", "session.pause-resume")
            found, elements = check_screen(app, "Session")
            count += found
            ring = next((accessible for accessible, path, states in elements
                         if path[-1].startswith(("progress bar “", "level bar “"))
                         and any(step.endswith(" “Timer”") for step in path)), None)
            if ring is None:
                failures.append("Session: no progress or level bar in the ring, “Timer”")
            else:
                try:
                    value = ring.queryValue()
                    if not (value.minimumValue <= value.currentValue <= value.maximumValue) \
                            or value.maximumValue <= value.minimumValue:
                        failures.append(f"Session: the ring's value {value.currentValue} is not within "
                                        f"{value.minimumValue}–{value.maximumValue}")
                    else:
                        print(f"# the ring: “{ring.name}”, {value.currentValue} of {value.maximumValue}")
                except NotImplementedError:
                    failures.append(f"Session: the ring “{ring.name}” has no value")

            # From the quad set's "Get ready" (paused while it was read) into
            # its first set, done: the pain log asks about it.
            tool_process.step("session.pause-resume", "session.skip", "session.done", "session.end",
                              "respond:other")
            found, elements = check_screen(app, "Pain log")
            count += found
            if check_pain_scales("Pain log", elements) != 2:
                failures.append("Pain log: not two 0–10 scales")
            where = next((accessible for accessible, path, states in elements
                          if states.contains(pyatspi.STATE_FOCUSED)), None)
            if where is None:
                failures.append("Pain log: after the session ended, nothing in the window has the focus")
            else:
                print(f"# focus after the session: {where.getRoleName()} “{where.name}”")

            print(f"# {count} unnamed or named twice in all")
        finally:
            if tool_process is not None:
                tool_process.close()
            for child in reversed(children):
                child.terminate()
                try:
                    child.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()

    if failures:
        print(*failures, sep="\n", file=sys.stderr)
        return 1
    print("All named")
    return 0


if __name__ == "__main__":
    sys.exit(main())
