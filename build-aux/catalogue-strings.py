#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the translatable texts of a Vastus catalogue file as C for xgettext.

Each text becomes NC_("exercise:ID:FIELD", "text") (or "programme:ID:FIELD")
with a translator comment saying what it is, so that translators see every
exercise name, summary, step, cue, caution and starter programme of the
built-in catalogue in the template. The app looks them up at run time with
g_dpgettext2 (domain, context, text); the file is never compiled.

    catalogue-strings.py exercises.json OUTPUT.c     write OUTPUT.c
    catalogue-strings.py --check exercises.json FILE.c
                                                     exit 1 if FILE.c is stale
"""

import json
import sys

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
            6: "sixth", 7: "seventh", 8: "eighth"}


def c_string(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def comment(text):
    return "/* Translators: " + text.replace("*/", "* /") + " */"


def entry(lines, context, text, what):
    lines.append(comment(what))
    if "%" in text:
        lines.append("/* xgettext:no-c-format */")
    lines.append("NC_(%s, %s)," % (c_string(context), c_string(text)))


def generate(path, name):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)

    lines = [
        "/* SPDX-License-Identifier: CC-BY-SA-4.0 */",
        "/* Generated from %s by build-aux/catalogue-strings.py: do not edit." % name,
        " * Run `meson compile -C BUILDDIR catalogue-strings` after changing the",
        " * catalogue. Only xgettext reads this file; it is never compiled. */",
        "",
        "/* The declaration keeps the comments above out of the translator comments. */",
        "static const char *const vastus_catalogue_strings[] = {",
    ]
    for exercise in document.get("exercises", []):
        eid = exercise["id"]
        title = exercise.get("name", eid)
        ctx = "exercise:%s:" % eid
        entry(lines, ctx + "name", exercise["name"],
              "The name of the exercise “%s”, shown in lists and as a title; "
              "at most about 30 characters fit on a phone" % eid)
        entry(lines, ctx + "summary", exercise["summary"],
              "What the exercise “%s” is and why it helps the knee" % title)
        for field, what in (("steps", "Step %d of the instructions for “%s”"),
                            ("cues", "Form cue %d of “%s”, kept in mind while doing it"),
                            ("cautions", "Caution %d of “%s”: when to stop or change something. "
                                         "Keep its meaning exact")):
            for i, text in enumerate(exercise.get(field, []), 1):
                entry(lines, ctx + field, text, what % (i, title))
        for i, stage in enumerate(exercise.get("stages", []), 1):
            entry(lines, ctx + "stages", stage["do"],
                  "What is done in the %s part of “%s”, shown big during the session"
                  % (ORDINALS.get(i, str(i)), title))
        lines.append("")
    for program in document.get("programs", []):
        pid = program["id"]
        ctx = "programme:%s:" % pid
        entry(lines, ctx + "name", program["name"], "The name of a starter programme")
        entry(lines, ctx + "summary", program["summary"],
              "Who the starter programme “%s” is for and what it does" % program["name"])
        lines.append("")
    lines.append("};")
    return "\n".join(lines) + "\n"


def main(argv):
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, output = argv
    text = generate(source, "data/catalogue/" + source.replace("\\", "/").split("/")[-1])
    if check:
        try:
            with open(output, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("%s is not up to date with %s: run `meson compile catalogue-strings`"
                  % (output, source), file=sys.stderr)
            return 1
        return 0
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
