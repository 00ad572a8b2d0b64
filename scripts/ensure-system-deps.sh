#!/usr/bin/env bash
# The tests open generated workbooks in a real spreadsheet (LibreOffice), turn PDFs into PNGs
# (poppler), validate the manifest (xmllint) and drive the task pane in Chromium. On a Debian
# machine where we are root, install whatever is missing; elsewhere say what to install.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Times New Roman is the font of Vietnamese administrative documents; Liberation Serif stands in for it.
fc-list 2>/dev/null | grep -qi "Liberation Serif" || need+=(fonts-liberation)
# `npm run bench` (argument "bench") also times the command line against its pandas + openpyxl
# peer (scripts/peer/consolidate.py), run with Debian's python3.
if [ "${1:-}" = "bench" ]; then
  /usr/bin/python3 -c "import pandas, openpyxl" >/dev/null 2>&1 || need+=(python3-pandas python3-openpyxl)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test prerequisites: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-crosextra-carlito fonts-noto-core >/dev/null
else
  echo "The tests need these Debian packages (or their equivalents): ${need[*]}" >&2
  echo "Install them, e.g.: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
