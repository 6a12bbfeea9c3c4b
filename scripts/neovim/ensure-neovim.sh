#!/usr/bin/env bash
# Makes sure Neovim (any version >= 0.7; Debian bookworm ships 0.7.2) is on
# PATH for the headless LSP test in packages/lsp/test/neovim/.
#
# Idempotent: when `nvim` is already there it installs nothing. Otherwise it
# installs Debian's `neovim` package with apt-get, as root or through sudo.
#
# stdout: exactly one line, the absolute path of nvim, on success.
# stderr: progress and, on failure, a clear reason (the tail of apt's log).
# Exit status: 0 when nvim is available, 1 when it cannot be installed
# (no apt-get, not root and no usable sudo, apt failed, ...).
#
# Set DOSSIER_NO_INSTALL=1 to only look for nvim and never install.
set -euo pipefail

say() { echo "[ensure-neovim] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

print_nvim() {
  local nvim
  nvim="$(command -v nvim)" || return 1
  # A broken binary (missing libraries) is not "present".
  "$nvim" --version >/dev/null 2>&1 || return 1
  say "$("$nvim" --version | head -n 1) at $nvim"
  echo "$nvim"
}

print_nvim && exit 0

[ "${DOSSIER_NO_INSTALL:-}" = 1 ] && die "nvim is not installed and DOSSIER_NO_INSTALL=1"
command -v apt-get >/dev/null 2>&1 || die "nvim is not installed and apt-get is not available: install Neovim >= 0.7 by hand"

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "nvim is not installed; need root or sudo to run apt-get install neovim"
  # -n: never prompt for a password (this runs from tests); fail instead.
  sudo -n true 2>/dev/null || die "nvim is not installed; sudo needs a password (run: sudo apt-get install -y neovim)"
  sudo=(sudo -n)
fi

log="$(mktemp -t ensure-neovim.XXXXXX.log)"
trap 'rm -f "$log"' EXIT
run_logged() {
  if ! "$@" >>"$log" 2>&1; then
    say "command failed: $*"
    tail -n 30 "$log" >&2 || true
    return 1
  fi
}

say "installing Debian package neovim (apt-get; may take a minute)"
# Install from the current lists first; refresh them only if that fails (on a
# fresh machine the lists may be empty or stale).
if ! run_logged "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends neovim 2>/dev/null; then
  say "retrying after apt-get update"
  run_logged "${sudo[@]}" apt-get update || die "apt-get update failed (no network or no package mirror?)"
  run_logged "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends neovim ||
    die "apt-get install neovim failed"
fi

print_nvim || die "the neovim package was installed but no working nvim is on PATH"
