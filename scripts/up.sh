#!/usr/bin/env bash
# The demo in one command, on a fresh machine with the Rust toolchain, node/npm and python3:
# installs the pinned toolchain (anvil) from npm, builds `consentry`, and runs `consentry up`
# (a local anvil, the contracts, demo data, the indexer on SQLite, the dashboard at a printed
# URL) with the arguments given, e.g. `scripts/up.sh --keep` or
# `scripts/up.sh --database-url postgres://consentry@localhost/consentry`.
set -euo pipefail
# shellcheck source=scripts/toolchain.sh
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$CONSENTRY_ROOT"
echo "==> building consentry (release)" >&2
cargo build --release --locked --quiet -p consentry-cli
exec target/release/consentry up "$@"
