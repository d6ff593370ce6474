#!/usr/bin/env bash
# Sourced by every script: installs the pinned Solidity toolchain from the npm registry
# when it is missing or the lockfile changed (see ../shared/TOOLCHAIN.md for why npm),
# and puts forge, anvil and cast on PATH. Needs only node/npm.
CONSENTRY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CONSENTRY_ROOT
_stamp="$CONSENTRY_ROOT/node_modules/.consentry-lock"
_want="$(sha256sum "$CONSENTRY_ROOT/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$_stamp" ] || [ "$(cat "$_stamp")" != "$_want" ]; then
  echo "==> installing the pinned toolchain (npm ci)" >&2
  (cd "$CONSENTRY_ROOT" && npm ci --no-audit --no-fund --loglevel=error) >&2
  echo "$_want" > "$_stamp"
fi
for _tool in forge anvil cast; do
  PATH="$CONSENTRY_ROOT/node_modules/@foundry-rs/$_tool-linux-amd64/bin:$PATH"
done
export PATH
unset _stamp _want _tool
