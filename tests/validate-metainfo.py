#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates the built metainfo with appstreamcli --pedantic and fails on any
error, warning, info or pedantic hint, apart from two that cannot be helped:

- cid-contains-uppercase-letter: the application ID is reverse DNS with a
  capitalised last part, as GNOME applications are named;
- unknown-tag developer, on AppStream before 1.0 only (Debian 12 has 0.16):
  <developer id="…"><name> is AppStream 1.0's successor of <developer_name>,
  which app stores now ask for.

usage: validate-metainfo.py APPSTREAMCLI METAINFO
"""
import re
import subprocess
import sys

appstreamcli, metainfo = sys.argv[1], sys.argv[2]

version = subprocess.run([appstreamcli, "--version"], capture_output=True, text=True).stdout
match = re.search(r"(\d+)\.(\d+)", version)
before_1_0 = match is not None and int(match.group(1)) < 1

result = subprocess.run([appstreamcli, "validate", "--pedantic", "--no-net", "--explain", metainfo],
                        capture_output=True, text=True)
print(result.stdout, end="")
print(result.stderr, end="", file=sys.stderr)

issues = re.findall(r"^([EWIP]): [^:\n]*:[^:\n]*: (\S+)(?: (.*))?$", result.stdout, re.M)
unexpected = []
for severity, tag, detail in issues:
    if tag == "cid-contains-uppercase-letter":
        continue
    if tag == "unknown-tag" and detail.strip() == "developer" and before_1_0:
        continue
    unexpected.append(f"{severity}: {tag} {detail}".strip())

if result.returncode != 0 or unexpected:
    print("Not clean:", *unexpected, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"{metainfo}: clean ({len(issues)} known issue(s) allowed)")
