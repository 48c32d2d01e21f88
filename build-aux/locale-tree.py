#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copy built LANG.mo files into FOLDER/LANG/LC_MESSAGES/DOMAIN.mo.

    locale-tree.py FOLDER DOMAIN STAMP LANG.mo…
"""

import os
import shutil
import sys


def main(argv):
    folder, domain, stamp, *mo_files = argv
    for mo in mo_files:
        lang = os.path.basename(mo)[:-len(".mo")]
        target = os.path.join(folder, lang, "LC_MESSAGES")
        os.makedirs(target, exist_ok=True)
        shutil.copyfile(mo, os.path.join(target, domain + ".mo"))
    with open(stamp, "w", encoding="utf-8") as f:
        f.write("\n".join(mo_files) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
