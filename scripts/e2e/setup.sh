#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end harness (packages/vscode-ext/e2e/)
# needs, outside the repository:
#   - Debian packages: chromium (the browser), ripgrep (seeds code-server's rg
#     download), libkrb5-dev (headers for code-server's kerberos module);
#   - code-server (VS Code served to a browser) into a cache folder;
#   - playwright-core (drives chromium) into the same cache folder, linked as
#     packages/vscode-ext/e2e/node_modules/playwright-core (ignored by git) so
#     that both Node and tsc resolve it without a repository dependency.
#
# Idempotent and quiet: prints nothing but the last line (the code-server
# binary path, on stdout) unless it has to install something. Progress goes to
# stderr; npm's output goes to log files in the cache folder, apt-get's to one
# in $TMPDIR (scripts/lib/apt.sh), and their tail is shown only when a step fails.
#
# See /work/shared/docs/real-vscode-e2e.md for why each trap below exists.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3          # VS Code 1.100.3; needs Node 20 exactly.
PLAYWRIGHT_CORE_VERSION=1.65.1       # Pinned: a browser driver must not drift.
# code-server 4.100.3 pins @vscode/ripgrep 1.15.11 in lib/vscode/npm-shrinkwrap.json.
# That package's lib/postinstall.js downloads release "v13.0.0-10" and its
# lib/download.js looks for the asset first in
#   $(os.tmpdir())/vscode-ripgrep-cache-<package version>/ripgrep-<release>-<target>.tar.gz
# and untars it expecting a top-level "rg". Checked by reading both files.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10
APT_PACKAGES=(chromium ripgrep libkrb5-dev)

CACHE="${DOSSIER_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dossier-e2e}"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
CS_DONE="$CS_DIR/.dossier-e2e-complete"   # written only after a verified install
PW_DIR="$CACHE/playwright-core-$PLAYWRIGHT_CORE_VERSION"
PW_PKG="$PW_DIR/node_modules/playwright-core"
LOG_DIR="$CACHE/logs"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PW_LINK="$REPO_ROOT/packages/vscode-ext/e2e/node_modules/playwright-core"

say() { echo "[e2e-setup] $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# run_logged LOGFILE CMD...: run quietly; on failure show the log's tail.
run_logged() {
  local log="$1"; shift
  if ! "$@" >"$log" 2>&1; then
    say "command failed: $*"
    say "last lines of $log:"
    tail -n 60 "$log" >&2 || true
    exit 1
  fi
}

# --- 1. Debian packages --------------------------------------------------------
# scripts/lib/apt.sh: only the missing ones, one install at a time, root or sudo.
source "$REPO_ROOT/scripts/lib/apt.sh"

ensure_apt_packages() {
  apt_install e2e-setup "${APT_PACKAGES[@]}" || die "could not install ${APT_PACKAGES[*]}"
}

# --- 2. code-server -------------------------------------------------------------
code_server_works() {
  [ -f "$CS_DONE" ] && [ -x "$CS_BIN" ] || return 1
  local out
  # XDG/TMPDIR point into the cache: even --version writes a default
  # config.yaml into $XDG_CONFIG_HOME/code-server (and logs that on stdout,
  # so the version is not necessarily the first line).
  mkdir -p "$CACHE/tmp"
  out="$(XDG_CONFIG_HOME="$CACHE/tmp/xdg-config" XDG_DATA_HOME="$CACHE/tmp/xdg-data" \
    XDG_CACHE_HOME="$CACHE/tmp/xdg-cache" TMPDIR="$CACHE/tmp" \
    "$CS_BIN" --version 2>/dev/null)" || return 1
  grep -q "^$CODE_SERVER_VERSION " <<<"$out"
}

ripgrep_target() {
  # Mirrors getTarget() in @vscode/ripgrep's postinstall.js (Linux only).
  case "$(uname -m)" in
    x86_64) echo x86_64-unknown-linux-musl ;;
    aarch64 | arm64) echo aarch64-unknown-linux-musl ;;
    *) die "unsupported architecture $(uname -m) for the ripgrep seed" ;;
  esac
}

seed_ripgrep_cache() {
  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable
  # here. Put Debian's rg where it looks for a cached download first.
  local dir="$CACHE/tmp/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  local tarball="$dir/ripgrep-$RIPGREP_RELEASE-$(ripgrep_target).tar.gz"
  [ -s "$tarball" ] && return 0
  [ -x /usr/bin/rg ] || die "/usr/bin/rg missing (Debian package ripgrep)"
  local stage="$CACHE/tmp/rg-stage"
  rm -rf "$stage" && mkdir -p "$stage" "$dir"
  cp /usr/bin/rg "$stage/rg"
  tar -czf "$tarball" -C "$stage" rg
  rm -rf "$stage"
}

install_code_server() {
  [ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] ||
    die "code-server $CODE_SERVER_VERSION needs Node 20; found $(node --version)"
  mkdir -p "$CACHE/tmp" "$LOG_DIR"
  seed_ripgrep_cache

  say "installing code-server $CODE_SERVER_VERSION into $CS_DIR (about 1-2 min; log: $LOG_DIR/code-server-install.log)"
  # A half-finished folder from an interrupted run is not trusted: start over.
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # Its own package.json anchors npm here (never the surrounding workspace) and
  # approves the install scripts that must run (npm 11 install-script policy).
  cat >"$CS_DIR/package.json" <<'JSON'
{
  "name": "dossier-e2e-code-server",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  # TMPDIR: the ripgrep seed lives there, and builds leave nothing in /tmp.
  # --unsafe-perm: code-server's postinstall refuses to run as root without it.
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp` (prompt otherwise).
  # npm_config_nodedir: node-gyp builds against /usr/include/node, no download.
  ( cd "$CS_DIR" &&
    run_logged "$LOG_DIR/code-server-install.log" env \
      TMPDIR="$CACHE/tmp" npm_config_yes=true npm_config_nodedir=/usr \
      npm install "code-server@$CODE_SERVER_VERSION" \
        --unsafe-perm --foreground-scripts --no-audit --no-fund )
  touch "$CS_DONE"
  code_server_works || {
    rm -f "$CS_DONE"
    die "code-server installed but \`$CS_BIN --version\` does not report $CODE_SERVER_VERSION"
  }
}

# --- 3. playwright-core ---------------------------------------------------------
install_playwright_core() {
  local have=""
  [ -f "$PW_PKG/package.json" ] && have="$(node -p "require('$PW_PKG/package.json').version" 2>/dev/null || true)"
  if [ "$have" != "$PLAYWRIGHT_CORE_VERSION" ]; then
    mkdir -p "$PW_DIR" "$LOG_DIR"
    say "installing playwright-core $PLAYWRIGHT_CORE_VERSION into $PW_DIR"
    printf '{ "name": "dossier-e2e-playwright", "private": true }\n' >"$PW_DIR/package.json"
    # playwright-core has no install script and downloads no browser: we use
    # Debian's /usr/bin/chromium (never `npx playwright install` here).
    ( cd "$PW_DIR" &&
      run_logged "$LOG_DIR/playwright-install.log" \
        npm install "playwright-core@$PLAYWRIGHT_CORE_VERSION" --no-audit --no-fund )
  fi
  # Link it next to the harness so `import('playwright-core')` and tsc resolve it.
  if [ "$(readlink "$PW_LINK" 2>/dev/null || true)" != "$PW_PKG" ]; then
    mkdir -p "$(dirname "$PW_LINK")"
    ln -sfn "$PW_PKG" "$PW_LINK"
  fi
}

# One setup at a time: parallel test processes would otherwise install into
# the same folders at once.
mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
flock 9

ensure_apt_packages
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after installing the chromium package"
code_server_works || install_code_server
install_playwright_core
echo "$CS_BIN"
