#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# encode-symbolic.sh TOOL SVG SIZE OUT: a symbolic icon as the PNG GTK
# recolours without loading an SVG renderer at start-up.
set -eu
tool=$1 svg=$2 size=$3 out=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$tool" -o "$dir" "$svg" "${size}x${size}"
mv "$dir/$(basename "$svg" .svg).symbolic.png" "$out"
