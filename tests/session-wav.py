#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""session-wav.py [--expect WORDS]… TOOL FILE.wav [SECONDS]: records the
first SECONDS (120 unless told) of a session with TOOL (vastus-session-wav),
then checks with sox's statistics that there is sound where each tone and
spoken cue falls and silence everywhere else, and that each WORDS were said,
and prints what it measured."""

import argparse
import re
import subprocess
import sys

LOUD_RMS = 0.01       # a cue's window: well above noise (tones peak at 0.2 to 0.5)
QUIET_PEAK = 0.001    # between cues: nothing at all, but rounding
EDGE = 0.02           # seconds left out at the edges of a gap


def stat(path, start, length):
    out = subprocess.run(["sox", path, "-n", "trim", "%.3f" % start, "%.3f" % length, "stat"],
                         capture_output=True, text=True, check=True).stderr
    values = {}
    for line in out.splitlines():
        m = re.match(r"^(.+?):\s+(-?[0-9.]+)\s*$", line)
        if m:
            values[m.group(1).strip()] = float(m.group(2))
    return values["RMS     amplitude"], values["Maximum amplitude"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--expect", action="append", default=[], metavar="WORDS")
    parser.add_argument("tool")
    parser.add_argument("wav")
    parser.add_argument("seconds", type=float, nargs="?", default=120.0)
    args = parser.parse_args()
    tool, wav, seconds = args.tool, args.wav, args.seconds

    run = subprocess.run([tool, wav, "%g" % seconds], capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        print("FAIL: %s exited with %d" % (tool, run.returncode))
        return 1
    log = run.stdout
    sounds = []
    for line in log.splitlines():
        start, end, what = line.split(" ", 2)
        sounds.append((float(start), min(float(end), seconds), what))
    speech = [s for s in sounds if s[2].startswith("speech:")]
    tones = [s for s in sounds if s[2].startswith("tone:")]
    failures = []

    print("%d sounds in %g s: %d tones, %d spoken cues" % (len(sounds), seconds, len(tones), len(speech)))
    if not speech or speech[0][0] != 0.0:
        failures.append("the session's first words are not at 0 s")
    for when in (7.0, 8.0, 9.0):
        if not any(abs(s[0] - when) < 0.001 and s[2] == "tone: countdown" for s in tones):
            failures.append("no 3-2-1 tone at %g s" % when)
    for words in args.expect:
        if not any(s[2] == "speech: " + words for s in speech):
            failures.append("“%s” was not said" % words)

    # Sound where each cue falls.
    least = None
    for start, end, what in sounds:
        if start >= seconds:
            continue
        rms, peak = stat(wav, start, max(min(0.2, end - start), 0.01))
        least = rms if least is None else min(least, rms)
        if what.startswith("speech:"):
            print("%8.3f %7.3f s  RMS %.4f  %s" % (start, end - start, rms, what))
        if rms < LOUD_RMS:
            failures.append("%s at %.3f s: RMS %.4f, below %.2f" % (what, start, rms, LOUD_RMS))

    # Silence between them.
    merged = []
    for start, end, _ in sorted(sounds):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    gaps, at = [], 0.0
    for start, end in merged:
        if start - at > 2 * EDGE + 0.1:
            gaps.append((at + EDGE, start - EDGE))
        at = max(at, end)
    if seconds - at > 2 * EDGE + 0.1:
        gaps.append((at + EDGE, seconds - EDGE))
    loudest = 0.0
    for start, end in gaps:
        rms, peak = stat(wav, start, end - start)
        loudest = max(loudest, peak)
        if peak > QUIET_PEAK:
            failures.append("not silent from %.3f to %.3f s: peak %.4f" % (start, end, peak))

    print("cues: %d windows, the quietest RMS %.4f (at least %.2f)" % (len(sounds), least or 0.0, LOUD_RMS))
    print("silence: %d gaps, %.1f s in all, the loudest peak %.5f (at most %.3f)"
          % (len(gaps), sum(e - s for s, e in gaps), loudest, QUIET_PEAK))
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
