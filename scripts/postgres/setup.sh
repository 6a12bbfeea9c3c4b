#!/usr/bin/env bash
# Installs Debian's postgresql package when its server binaries are missing: the team-corpus tests
# (packages/store-pg, and the language server's in packages/lsp/test/team) start throwaway
# servers from it (initdb + pg_ctl in a temporary folder). Run before those packages' tests
# (their `pretest`) and by .ci/run, so that `npm test` on a fresh machine needs nothing installed
# by hand. Idempotent and quiet when the package is there; one install at a time (turbo runs the
# two packages' tests side by side, and two apt-get runs would fight over dpkg's lock).
set -euo pipefail

say() { echo "[postgres-setup] $*" >&2; }
have_server() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }

have_server && exit 0
LOCK="${TMPDIR:-/tmp}/dossier-postgres-setup.lock"
exec 9>"$LOCK"
flock 9
have_server && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { say "ERROR: need root or sudo to install Debian's postgresql package"; exit 1; }
  sudo=(sudo)
fi
LOG="$(mktemp -t dossier-postgres-apt.XXXXXX.log)"
say "installing Debian's postgresql package for the team-corpus tests (log: $LOG)"
if ! { "${sudo[@]}" apt-get update && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >"$LOG" 2>&1; then
  say "ERROR: apt-get failed; last lines of $LOG:"
  tail -n 40 "$LOG" >&2
  exit 1
fi
have_server || { say "ERROR: no /usr/lib/postgresql/*/bin/initdb after installing postgresql"; exit 1; }
