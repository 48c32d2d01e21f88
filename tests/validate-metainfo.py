#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates the built metainfo with appstreamcli --pedantic and fails on any
error, warning, info or pedantic hint.

(data/meson.build writes <developer_name> for AppStream before 1.0 and
<developer id="…"><name> from 1.0 on, so neither version reports it.)

usage: validate-metainfo.py APPSTREAMCLI METAINFO
"""
import re
import subprocess
import sys

appstreamcli, metainfo = sys.argv[1], sys.argv[2]

result = subprocess.run([appstreamcli, "validate", "--pedantic", "--no-net", "--explain", metainfo],
                        capture_output=True, text=True)
print(result.stdout, end="")
print(result.stderr, end="", file=sys.stderr)

issues = re.findall(r"^([EWIP]): [^:\n]*:[^:\n]*: (\S+)(?: (.*))?$", result.stdout, re.M)
unexpected = [f"{severity}: {tag} {detail}".strip() for severity, tag, detail in issues]
# The summary counts every issue, including those on no line of their own
# ("Validation was successful: pedantic: 1").
summary = re.search(r"Validation (?:was successful|failed): (.*)$", result.stdout, re.M)
if summary and not unexpected:
    unexpected.append(summary.group(1))

if result.returncode != 0 or unexpected:
    print("Not clean:", *unexpected, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"{metainfo}: clean")
