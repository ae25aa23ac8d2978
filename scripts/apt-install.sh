#!/usr/bin/env bash
# Installs a Debian package with apt-get when the command it provides is missing (as root, or with sudo).
#
#   scripts/apt-install.sh redis-server redis-server
#   scripts/apt-install.sh etcd etcd-server
#
# Prints the command's path on stdout, so that callers can run it even when it is not on PATH.
set -euo pipefail
command_name="$1"
package="$2"

find_command() {
  command -v "$command_name" 2>/dev/null && return 0
  local dir
  for dir in /usr/bin /usr/sbin /usr/local/bin; do
    if [ -x "$dir/$command_name" ]; then echo "$dir/$command_name"; return 0; fi
  done
  return 1
}

if ! find_command; then
  echo "installing $package with apt-get (for $command_name)" >&2
  apt=(apt-get)
  if ((EUID != 0)); then apt=(sudo apt-get); fi
  export DEBIAN_FRONTEND=noninteractive
  if ! "${apt[@]}" install -y --no-install-recommends "$package" >/dev/null; then
    "${apt[@]}" update >/dev/null
    "${apt[@]}" install -y --no-install-recommends "$package" >/dev/null
  fi
  find_command || { echo "apt-get installed $package, but $command_name is still missing" >&2; exit 1; }
fi
