#!/usr/bin/env bash
# Installs the built .deb for real and removes it again, without changing this machine: as root, in a private
# mount namespace where /usr, /etc, /var and /opt are overlays whose writes land in a throw-away tmpfs.
# Checks: apt accepts its dependencies, postinst puts `affiche` on the PATH and registers the menu entry and
# the image types, the installed command runs, and removal takes all of it away.
#
#   installers/linux/deb-install-test.sh [target/installer/dist/affiche_*.deb]
#
# Not part of CI (building the .deb takes minutes); run it after ./mvnw -Pinstaller package.
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "deb-test: FAIL: $*" >&2; exit 1; }
say() { echo "deb-test: $*"; }

if [ "${1:-}" != "--inside" ]; then
  deb=$(readlink -f "${1:-$(ls target/installer/dist/affiche_*.deb 2>/dev/null | head -1)}")
  [ -f "$deb" ] || fail "no .deb (build with ./mvnw -Pinstaller package)"
  [ "$(id -u)" = 0 ] || fail "needs root (for the mount namespace)"
  unshare -m true 2>/dev/null || fail "unshare -m is not permitted here"
  exec unshare -m --propagation private "$0" --inside "$deb"
fi

deb=$2
scratch=$(mktemp -d)
mount -t tmpfs deb-test "$scratch"
for dir in /usr /etc /var /opt; do
  mkdir -p "$scratch$dir/upper" "$scratch$dir/work"
  mount -t overlay overlay -o "lowerdir=$dir,upperdir=$scratch$dir/upper,workdir=$scratch$dir/work" "$dir" \
    || fail "cannot overlay $dir; stopping before anything is installed"
done
for dir in /usr /etc /var /opt; do  # never install into, or delete from, the real system
  [ "$(findmnt -n -o FSTYPE --target "$dir")" = overlay ] || fail "$dir is not an overlay here; stopping"
done
say "overlays on /usr /etc /var /opt; installing $(basename "$deb")"

install_check_remove() {  # $1: with or without a desktop menu system
  # As a user would: apt resolves the dependencies (fetching what is missing, e.g. xdg-utils, into the overlay).
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$scratch/apt.log" 2>&1 \
    || { grep -B2 -A8 -i "affiche\|error" "$scratch/apt.log" | tail -40; fail "apt-get install $deb ($1)"; }
  say "$1: installed $(dpkg-query -W -f='${Package} ${Version} ${Status}' affiche)"
  [ "$(readlink -f /usr/bin/affiche)" = /opt/affiche/bin/Affiche ] || fail "/usr/bin/affiche is not the launcher"
  out=$(env -i PATH=/usr/bin:/bin HOME="$scratch/home" affiche --version 2>&1) || fail "affiche --version: $out"
  say "$1: affiche --version: $out"
  if [ -d /etc/xdg/menus ]; then
    entry=$(ls /usr/share/applications/*affiche*.desktop 2>/dev/null | head -1 || true)
    [ -n "$entry" ] || { grep -i -A3 "xdg\|affiche:" "$scratch/apt.log"; fail "no menu entry in /usr/share/applications"; }
    grep -q "^Exec=/opt/affiche/bin/Affiche %F" "$entry" || fail "menu entry does not pass files: $(grep Exec "$entry")"
    say "$1: menu entry $(basename "$entry"): $(grep -h '^Categories=' "$entry") $(grep -h '^MimeType=' "$entry")"
    ls /usr/share/mime/packages/ | grep -qi affiche || fail "image types not registered with shared-mime-info"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -q affiche >"$scratch/remove.log" 2>&1 \
    || { tail -20 "$scratch/remove.log"; fail "apt-get remove affiche ($1)"; }
  [ ! -e /usr/bin/affiche ] || fail "/usr/bin/affiche left after removal"
  [ ! -e /opt/affiche/bin/Affiche ] || fail "/opt/affiche left after removal"
  if ls /usr/share/applications/*affiche* >/dev/null 2>&1; then fail "menu entry left after removal"; fi
  say "$1: removed cleanly"
}

rm -rf /etc/xdg/menus /usr/share/desktop-directories
install_check_remove "no desktop menu (server, container)"
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories  # what a desktop system has
install_check_remove "desktop"
say PASS
