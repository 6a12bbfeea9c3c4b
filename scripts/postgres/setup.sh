#!/usr/bin/env bash
# Installs Debian's postgresql package when its server binaries are missing: the team-corpus tests
# (packages/store-pg, and the language server's in packages/lsp/test/team) start throwaway
# servers from it (initdb + pg_ctl in a temporary folder). Run before those packages' tests
# (their `pretest`) and by .ci/run, so that `npm test` on a fresh machine needs nothing installed
# by hand. Idempotent and quiet when the package is there; how it installs (one at a time, as root
# or through sudo) is scripts/lib/apt.sh's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"

have_server() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

have_server && exit 0
apt_install postgres-setup postgresql
have_server || { echo "[postgres-setup] ERROR: no /usr/lib/postgresql/*/bin/initdb after installing postgresql" >&2; exit 1; }
