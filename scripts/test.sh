#!/usr/bin/env bash
# The test command (README, .ci/run): everything, from a fresh clone. Installs the pinned
# toolchain (npm) and the Python tools (PyPI, scripts/pyenv.sh) when missing; needs Rust, node/npm, python3.
#
#   PROPTEST_CASES / FOUNDRY_PROFILE override the depth of the random suites
#   (defaults: 10,000 differential sequences and the `ci` foundry profile).
set -euo pipefail
source "$(dirname "$0")/toolchain.sh"
cd "$CONSENTRY_ROOT"

start=$SECONDS
step() { printf '\n==> [%s, %d s in] %s\n' "$(date -u +%T)" $((SECONDS - start)) "$*" >&2; }
export FOUNDRY_PROFILE="${FOUNDRY_PROFILE:-ci}"
export PROPTEST_CASES="${PROPTEST_CASES:-10000}"

step "forge fmt --check"
forge fmt --check

step "forge build and forge lint (warnings fail); deployed contracts within EIP-170"
forge build --deny warnings
# Sizes of what is deployed: test-only contracts (the invariant handler) may be larger.
forge build --sizes --skip './contracts/test/**'
forge lint --deny warnings

step "bindings match the contracts"
scripts/bind.sh --check

# The invariant campaign is the longest suite and runs on one core: it starts now, in the
# background, and everything below runs beside it on the other; its result is read at the end.
step "invariant campaign ($FOUNDRY_PROFILE profile) started in the background"
invariant_log="$(mktemp)"
forge test --match-path 'contracts/test/invariant/*' >"$invariant_log" 2>&1 &
invariant_pid=$!
trap 'kill "$invariant_pid" 2>/dev/null || true' EXIT

step "forge test ($FOUNDRY_PROFILE profile), all but the invariant campaign"
forge test --no-match-path 'contracts/test/{Gas.t.sol,invariant/*}'

step "gas: every operation against its floor and target; snapshot regressions fail"
forge test --isolate --match-path 'contracts/test/Gas.t.sol'

step "slither (no high or medium findings)"
scripts/slither.sh

step "cargo fmt --check (every crate but the generated bindings)"
# bindings/ is written by `forge bind` and checked byte for byte above, not rustfmt'ed.
mapfile -t crates < <(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print("\n".join(p["name"] for p in json.load(sys.stdin)["packages"] if p["name"] != "consentry-bindings"))')
cargo fmt --check $(printf -- '-p %s ' "${crates[@]}")

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "PostgreSQL for the store tests (a throwaway cluster, or DATABASE_URL)"
# The indexer's suites run against both stores and are never skipped: without DATABASE_URL they
# start their own cluster from the installed server binaries (initdb, pg_ctl).
if [[ -z "${DATABASE_URL:-}" ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 &&
  ! command -v initdb >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  else
    echo "PostgreSQL server binaries (initdb, pg_ctl) are missing: install PostgreSQL, or set DATABASE_URL=postgres://..." >&2
    exit 1
  fi
fi

step "Chromium for the dashboard's browser tests (Playwright drives Debian's chromium)"
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >&2
  else
    echo "/usr/bin/chromium is missing: install Debian's chromium package" >&2
    exit 1
  fi
fi

step "Python tools (FHIR R4 validator) in a virtualenv: scripts/python-requirements.txt"
CONSENTRY_PYTHON="$(scripts/pyenv.sh)"
export CONSENTRY_PYTHON

step "forge build (the test contracts' artifacts too: the Rust tests deploy some of them; a no-op when out/ is current)"
forge build

step "cargo test ($PROPTEST_CASES differential sequences)"
cargo test --workspace --locked

step "invariant campaign: waiting for its result"
if ! wait "$invariant_pid"; then
  cat "$invariant_log" >&2
  echo "the invariant campaign failed (log above)" >&2
  exit 1
fi
trap - EXIT
grep -E 'Suite result|\[PASS\]' "$invariant_log" >&2

step "all tests passed"
