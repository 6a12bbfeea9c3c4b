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
source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
apt_install ensure-neovim neovim || die "could not install Debian's neovim package"

print_nvim || die "the neovim package was installed but no working nvim is on PATH"
