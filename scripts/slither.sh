#!/usr/bin/env bash
# Static analysis of the project's contracts with Slither (PyPI, pinned with its dependencies in
# scripts/slither-requirements.txt; scripts/pyenv.sh builds its virtualenv).
# Fails on any high or medium finding; each low finding left is justified beside the code
# with a `slither-disable-next-line` comment.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$CONSENTRY_ROOT"
slither="$(dirname "$(scripts/pyenv.sh slither)")/slither"
# Slither builds with forge itself, through the same solc wrapper (foundry.toml), and runs
# `forge clean` first: in out-slither/ and cache-slither/, so that the test command's out/
# (the test contracts the invariant campaign and the Rust tests use) survives it.
FOUNDRY_PROFILE=default FOUNDRY_OUT=out-slither FOUNDRY_CACHE_PATH=cache-slither "$slither" . \
  --filter-paths 'node_modules|contracts/test' \
  --exclude-informational --exclude-optimization \
  --fail-low
