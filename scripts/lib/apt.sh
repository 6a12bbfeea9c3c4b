# Installs Debian packages for the project's tests, the one way every setup script does it
# (scripts/postgres/setup.sh, scripts/e2e/setup.sh, scripts/neovim/ensure-neovim.sh). Sourced,
# not run. Usage:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
#   apt_install TAG package...     # TAG names the caller in messages and log files
#
# - Installs only the packages dpkg does not list as installed; quiet when there are none.
# - As root, or through `sudo -n` (these run from tests: never prompt for a password).
# - One install at a time: turbo runs the packages' tests side by side, and two apt-get runs
#   would fight over dpkg's lock (flock on a file in $TMPDIR).
# - From the current package lists first, then once more after `apt-get update` (on a fresh
#   machine the lists may be empty or stale).
# - apt-get's output goes to a log file; on failure its tail is printed and the call returns 1.

apt_is_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

apt_install() {
  local tag="$1" missing=() pkg
  shift
  for pkg in "$@"; do apt_is_installed "$pkg" || missing+=("$pkg"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { echo "[$tag] ERROR: apt-get is not available: install ${missing[*]} by hand" >&2; return 1; }
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { echo "[$tag] ERROR: need root or password-less sudo to install: ${missing[*]}" >&2; return 1; }
  fi
  exec {apt_lock}>"${TMPDIR:-/tmp}/dossier-apt.lock"
  flock "$apt_lock"
  # Another test's setup may have installed them while this one waited.
  local still=()
  for pkg in "${missing[@]}"; do apt_is_installed "$pkg" || still+=("$pkg"); done
  local log status=0
  log="$(mktemp -t "dossier-apt-$tag.XXXXXX.log")"
  if [ "${#still[@]}" -gt 0 ]; then
    echo "[$tag] installing Debian packages: ${still[*]} (log: $log)" >&2
    apt_get_install "$log" "${still[@]}" || { apt_get "$log" update && apt_get_install "$log" "${still[@]}"; } || status=1
    [ "$status" -eq 0 ] || { echo "[$tag] ERROR: apt-get failed; last lines of $log:" >&2; tail -n 40 "$log" >&2; }
  fi
  exec {apt_lock}>&-
  return "$status"
}

# Runs its arguments as root: directly, or through `sudo -n` (apt_install has checked that it may).
apt_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

apt_get() {
  local log="$1"
  shift
  apt_as_root env DEBIAN_FRONTEND=noninteractive apt-get "$@" >>"$log" 2>&1
}

apt_get_install() {
  local log="$1"
  shift
  apt_get "$log" install -y "$@"
}
