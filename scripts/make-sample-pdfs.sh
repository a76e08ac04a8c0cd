#!/bin/sh
# Regenerates the PDF test fixtures in src/test/resources/pdf/ from the sample texts in samples/:
# each text line becomes one printed line (blank lines stay as empty lines, tabs align to tab
# stops), set in IPAex Gothic, which LibreOffice embeds as subsets.
#
# Not needed to build or test: the PDFs are committed. Run it only to remake them, e.g. after a
# sample text changed. Needs Java 17+, LibreOffice (Debian: libreoffice-writer-nogui) and the
# IPAex Gothic font (Debian: fonts-ipaexfont-gothic). LibreOffice stamps a date and an ID into
# each PDF, so every run gives new bytes (and a new SHA-256) for the same text.
set -eu
cd "$(dirname "$0")/.."

if ! fc-list | grep -q IPAexGothic; then
    echo "IPAex Gothic is not installed (apt-get install fonts-ipaexfont-gothic)" >&2
    exit 1
fi
command -v soffice >/dev/null || { echo "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=src/test/resources/pdf
mkdir -p "$out"

# Paper and font size are chosen so that the longest line fits without wrapping
# (TextToFodt refuses otherwise): Kagoshima's lines are at most 66 characters, Kumamoto's
# summaries up to about 280.
java scripts/TextToFodt.java samples/kagoshima-shokogyo-plan-r1-r2.txt \
    "$work/kagoshima-shokogyo-plan-r1-r2.fodt" a4-landscape 10
java scripts/TextToFodt.java samples/kumamoto-chusho-plan-r6.txt \
    "$work/kumamoto-chusho-plan-r6.fodt" a3-landscape 4

# A private LibreOffice profile: nothing of the user's settings leaks in, nothing is left behind.
if ! soffice --headless "-env:UserInstallation=file://$work/profile" \
        --convert-to pdf --outdir "$out" "$work"/*.fodt >"$work/soffice.log" 2>&1; then
    cat "$work/soffice.log" >&2
    exit 1
fi
ls -l "$out"/*.pdf
