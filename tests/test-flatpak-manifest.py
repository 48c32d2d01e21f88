#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks build-aux/flatpak/io.github.vastus.vastus.json without the GNOME
runtime: it parses; it is the app this tree builds, on a current GNOME
runtime; every module has a name and pinned sources; cJSON and espeak-ng are
built as modules; Vastus itself is built from this tree with meson, with
options it has; and the sandbox gets the portals and sound, no network and no
files.

usage: test-flatpak-manifest.py MANIFEST APPLICATION_ID [FLATPAK_BUILDER]
"""
import json
import os
import re
import subprocess
import sys
import tempfile

manifest_path, application_id = sys.argv[1], sys.argv[2]
flatpak_builder = sys.argv[3] if len(sys.argv) > 3 else None
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)  # any syntax error fails here, with its line

check(manifest.get("id") == application_id, f"id is {manifest.get('id')!r}, not {application_id!r}")
check(manifest.get("runtime") == "org.gnome.Platform", "runtime must be org.gnome.Platform")
check(manifest.get("sdk") == "org.gnome.Sdk", "sdk must be org.gnome.Sdk")
version = str(manifest.get("runtime-version", ""))
check(re.fullmatch(r"\d+", version) is not None and int(version) >= 47,
      f"runtime-version {version!r} must be a GNOME release, 47 or newer")
check(manifest.get("command") == "vastus", "command must be vastus")

# The sandbox: portals, the display, GL for the clips, sound for the cues.
finish_args = manifest.get("finish-args", [])
expected = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri", "--socket=pulseaudio"}
check(set(finish_args) == expected, f"finish-args are {finish_args}, expected {sorted(expected)}")
for arg in finish_args:
    check(arg != "--share=network", "no network: Vastus sends nothing anywhere")
    check(not arg.startswith("--filesystem"), f"{arg}: files go through the portals only")
    check(arg not in ("--socket=x11", "--device=all", "--socket=session-bus", "--socket=system-bus"),
          f"{arg} gives more than Vastus needs")
    check(not arg.startswith("--talk-name=org.freedesktop.Flatpak"), f"{arg} would escape the sandbox")

modules = manifest.get("modules", [])
check(len(modules) > 0, "no modules")
names = []
for index, module in enumerate(modules):
    if isinstance(module, str):
        failures.append(f"module {index} is a separate file ({module}): keep the manifest in one file")
        continue
    name = module.get("name")
    names.append(name)
    check(isinstance(name, str) and name != "", f"module {index} has no name")
    sources = module.get("sources", [])
    check(len(sources) > 0, f"module {name} has no sources")
    build_args = module.get("build-options", {}).get("build-args", [])
    check("--share=network" not in build_args, f"module {name} builds with the network")
    for source in sources:
        kind = source.get("type")
        if kind in ("archive", "file") and "url" in source:
            check(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")) is not None,
                  f"module {name}: {source['url']} has no sha256")
            check(source["url"].startswith("https://"), f"module {name}: {source['url']} is not https")
        elif kind == "git":
            check("tag" in source and re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")) is not None,
                  f"module {name}: a git source needs a tag and its commit")
        elif kind == "dir":
            check(name == "vastus", f"module {name}: only Vastus itself is built from this tree")
        else:
            failures.append(f"module {name}: source type {kind!r} is not pinned")

check("cjson" in names, "cJSON is not built as a module")
check("espeak-ng" in names, "espeak-ng is not built as a module")
check(len(names) == len(set(names)), f"module names repeat: {names}")

# Vastus last, with meson, from the tree this manifest sits in.
app = modules[-1] if modules and isinstance(modules[-1], dict) else {}
check(app.get("name") == "vastus", "the last module must be vastus")
check(app.get("buildsystem") == "meson", "vastus is built with meson")
top = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(manifest_path)),
                                    next((s.get("path", "") for s in app.get("sources", [])
                                          if s.get("type") == "dir"), "")))
try:
    with open(os.path.join(top, "meson.build"), encoding="utf-8") as f:
        check(re.search(r"project\(\s*'vastus'", f.read()) is not None, f"{top} is not the Vastus tree")
    with open(os.path.join(top, "meson_options.txt"), encoding="utf-8") as f:
        own_options = set(re.findall(r"option\(\s*'([^']+)'", f.read()))
except OSError as e:
    failures.append(f"vastus's dir source does not lead to the tree: {e}")
    own_options = set()
builtin = {"buildtype", "optimization", "debug", "b_lto", "b_ndebug", "prefix", "libdir", "werror"}
for opt in app.get("config-opts", []):
    m = re.fullmatch(r"-D([\w-]+)=.*", opt)
    check(m is not None and (m.group(1) in own_options or m.group(1) in builtin),
          f"vastus: {opt} is not an option of this tree")
check(app.get("run-tests") is not True, "the tests need a display and are run by build-aux/dev test")

# flatpak-builder's own parser, when it is installed.
if flatpak_builder:
    # It keeps a .flatpak-builder folder in the current one: a scratch one.
    with tempfile.TemporaryDirectory(prefix="vastus-flatpak-") as scratch:
        result = subprocess.run([flatpak_builder, "--show-manifest", os.path.abspath(manifest_path)],
                                capture_output=True, text=True, cwd=scratch)
    check(result.returncode == 0, f"flatpak-builder --show-manifest failed: {result.stderr.strip()}")

if failures:
    print(f"{manifest_path}:", *failures, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"{manifest_path}: {len(modules)} modules ({', '.join(names)}), finish-args {' '.join(finish_args)}")
