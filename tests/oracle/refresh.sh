#!/usr/bin/env bash
# Refresh the vendored oracle cases in tests/oracle/cases/ from the project's
# shared tex-oracle ground truth.
#
# Usage: tests/oracle/refresh.sh [SHARED_ORACLE_DIR]
#   SHARED_ORACLE_DIR defaults to <repo root>/../shared/tex-oracle
#
# Copies every cases/*.tex and every cases/*.tokens file (all modes, including
# track and pdftex-*), after deleting the old vendored copies, so files removed
# upstream disappear here too. Works from any current directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${1:-"$root/../shared/tex-oracle"}
src="$shared/cases"
dest="$here/cases"

if [ ! -d "$src" ]; then
  echo "refresh.sh: no case directory at $src" >&2
  echo "usage: $0 [SHARED_ORACLE_DIR]   (the directory holding cases/)" >&2
  exit 1
fi
src=$(cd "$src" && pwd)

shopt -s nullglob
sources=("$src"/*.tex)
tokens=("$src"/*.tokens)
if [ ${#sources[@]} -eq 0 ] || [ ${#tokens[@]} -eq 0 ]; then
  echo "refresh.sh: $src holds no *.tex or no *.tokens files" >&2
  exit 1
fi

mkdir -p "$dest"
rm -f -- "$dest"/*.tex "$dest"/*.tokens
cp -- "${sources[@]}" "${tokens[@]}" "$dest/"
# The shared tree is read-only; the vendored copies should be ordinary files.
chmod u+w,a+r -- "$dest"/*.tex "$dest"/*.tokens

echo "refresh.sh: copied ${#sources[@]} sources and ${#tokens[@]} token files from $src to ${dest#"$root"/}"
