#!/usr/bin/env bash
# Creates (or updates) a virtualenv of the project's Python tools from its pinned requirements
# and prints its python on stdout; progress goes to stderr. Every Python tool comes this way.
# The venv is rebuilt only when the requirements changed: their sha256 is stamped inside it.
# Needs only python3 with its venv module (installed from Debian when missing and root).
#
#   scripts/pyenv.sh           the test tools (FHIR R4 validator, Schemathesis):
#                              scripts/python-requirements.txt, in target/pyenv
#   scripts/pyenv.sh slither   Slither: scripts/slither-requirements.txt, in target/pyenv-slither
#                              (a venv of its own: it needs pydantic 2, the FHIR R4 models 1)
#
#   CONSENTRY_PYENV  where the test tools' venv lives (default: <repo>/target/pyenv)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-tests}" in
  tests)
    venv="${CONSENTRY_PYENV:-$root/target/pyenv}"
    requirements="$root/scripts/python-requirements.txt"
    ;;
  slither)
    venv="$root/target/pyenv-slither"
    requirements="$root/scripts/slither-requirements.txt"
    ;;
  *)
    echo "usage: scripts/pyenv.sh [tests|slither]" >&2
    exit 2
    ;;
esac
stamp="$venv/.consentry-requirements"
want="$(sha256sum "$requirements" | cut -d' ' -f1)"

up_to_date() { [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; }

if ! up_to_date; then
  mkdir -p "$(dirname "$venv")"
  # Test binaries may call this concurrently: one builds, the others wait and reuse it.
  exec 9>"$venv.lock"
  if command -v flock >/dev/null; then flock 9; fi
fi
if ! up_to_date; then
  if ! command -v python3 >/dev/null; then
    echo "python3 is missing: install Python 3 (Debian: apt-get install python3 python3-venv)" >&2
    exit 1
  fi
  # Debian ships venv without ensurepip unless python3-venv is installed.
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
      echo "==> installing python3-venv (apt-get)" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv >&2 ||
        { apt-get update >&2 &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv >&2; }
    else
      echo "python3 cannot create virtualenvs (no ensurepip): install python3-venv (Debian, Ubuntu: apt-get install python3-venv)" >&2
      exit 1
    fi
  fi
  # Never wipe a directory that is not a venv (CONSENTRY_PYENV may point anywhere).
  if [[ -d "$venv" && ! -f "$venv/pyvenv.cfg" && -n "$(ls -A "$venv")" ]]; then
    echo "$venv exists and is not a virtualenv: remove it or set CONSENTRY_PYENV elsewhere" >&2
    exit 1
  fi
  echo "==> building the Python virtualenv $venv from ${requirements#"$root/"}" >&2
  # From scratch, so that packages dropped from the requirements do not linger.
  python3 -m venv --clear "$venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    -r "$requirements" >&2
  echo "$want" >"$stamp"
fi
echo "$venv/bin/python"
