#!/usr/bin/env bash
# Regenerates bindings/src from the compiled contracts (`--check` only compares).
# The generated code is committed; the test command runs `scripts/bind.sh --check`.
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$CONSENTRY_ROOT"
args=(--bindings-path bindings --crate-name consentry-bindings
      --select '^(OrganizationRegistry|ConsentRegistry|RecordRegistry)$' --skip-cargo-toml)
if [ "${1:-}" = "--check" ]; then
  forge bind "${args[@]}" || { echo "bindings/ is stale: run scripts/bind.sh and commit" >&2; exit 1; }
else
  # forge writes its own Cargo.toml on overwrite; ours pins the workspace's alloy.
  cp bindings/Cargo.toml "${TMPDIR:-/tmp}/consentry-bindings-Cargo.toml"
  forge bind "${args[@]}" --overwrite
  cp "${TMPDIR:-/tmp}/consentry-bindings-Cargo.toml" bindings/Cargo.toml
fi
