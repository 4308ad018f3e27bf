#!/usr/bin/env bash
# Builds the Linux app-image and proves it runs on its own runtime: the packaged launcher, headless, with no
# system JDK reachable (a private mount namespace hides /usr/lib/jvm where unshare works; otherwise an empty
# PATH and no JAVA_HOME), with HOME (and user.home) pointed at an empty directory.
#
#   installers/linux/smoke-test.sh            build (./mvnw -Pinstaller package, app-image only) then check
#   installers/linux/smoke-test.sh --no-build check an app-image built before (target/installer/image/Affiche)
#
# Checks: --version; the launcher's libjvm comes from the image; doctor, palette and predict on a generated
# poster, each once its command exists (--help no longer says "(being built)"); JavaFX's and ONNX Runtime's
# native libraries load from the image (nothing unpacked into ~/.openjfx or the temp dir); afterwards HOME holds
# nothing but Affiche's data dir.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
image="$root/target/installer/image/Affiche"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
say() { echo "smoke: $*"; }

if [ "${1:-}" = "--checks" ]; then
  # Second phase, inside the sandbox: $2 work dir. Everything below runs without any JDK but the image's.
  work=$2
  if [ -n "${SMOKE_NAMESPACE:-}" ]; then
    for jdks in /usr/lib/jvm $SMOKE_NAMESPACE; do
      [ ! -d "$jdks" ] || mount -t tmpfs affiche-smoke "$jdks" || say "note: could not hide $jdks"
    done
  fi
else
  [ -n "${JAVA_HOME:-}" ] || fail "JAVA_HOME must point at the JDK 25 that builds Affiche"
  if [ "${1:-}" != "--no-build" ]; then
    start=$(date +%s)
    ./mvnw -q -B -Pinstaller package -DskipTests -Dinstaller.image.only
    say "app-image built in $(( $(date +%s) - start )) s"
  fi
  [ -x "$image/bin/Affiche" ] || fail "no app-image at $image (build with ./mvnw -Pinstaller package)"
  say "app-image size: $(du -sh "$image" | cut -f1)"

  work=$(mktemp -d)
  chmod 755 "$work"  # the launcher may run under another uid (see below)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/home" "$work/probe" "$work/nopath" "$work/tmp"
  # Fixtures, made with the build JDK before it is hidden: a poster and the JavaFX native-library probe.
  "$JAVA_HOME/bin/java" -Djava.awt.headless=true installers/linux/TestPoster.java "$work/poster.jpg"
  "$JAVA_HOME/bin/javac" -d "$work/probe" --module-path target/installer/javafx --add-modules javafx.graphics \
    --add-exports javafx.graphics/com.sun.glass.utils=ALL-UNNAMED installers/linux/FxProbe.java

  # With the shared posters beside the checkout, a labelled sample (every 20th poster) lets the packaged app
  # import, embed and train, so predict is checked for real rather than for its "not set up" message.
  shared=$(readlink -f "$root/../shared/data/posters" || true)
  if [ -f "$shared/posters.csv" ]; then
    mkdir -p "$work/sample"
    awk -F, 'NR == 1 || NR % 20 == 0' "$shared/posters.csv" | sed 's#^images/#sample/#' > "$work/sample.csv"
    tail -n +2 "$work/sample.csv" | cut -d, -f1 | sed 's#^sample/##' \
      | while read -r f; do ln -s "$shared/images/$f" "$work/sample/$f"; done
    say "labelled sample: $(ls "$work/sample" | wc -l) shared posters"
  fi

  # A JDK outside /usr/lib/jvm (e.g. CI's JAVA_HOME under /opt) is hidden too.
  hide=$(dirname "$(readlink -f "$JAVA_HOME")")
  case "$hide" in /usr/lib/jvm*) hide= ;; esac
  if [ -z "${SMOKE_NO_NAMESPACE:-}" ] && [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    say "sandbox: private mount namespace, /usr/lib/jvm ${hide:+and $hide }hidden"
    SMOKE_NAMESPACE="/usr/lib/jvm $hide" unshare -m "$0" --checks "$work"
  else
    say "sandbox: no unshare here; empty PATH and no JAVA_HOME instead"
    "$0" --checks "$work"
  fi
  say "PASS"
  exit 0
fi

home="$work/home"
# The launcher takes user.home from the passwd entry, not from HOME: as root, run it under a uid without one
# (the JDK then falls back to HOME); otherwise watch the real home directory for new entries instead.
runner=()
real_home=
if [ "$(id -u)" = 0 ] && [ -x /usr/bin/setpriv ]; then
  uid=4242
  while getent passwd "$uid" >/dev/null; do uid=$((uid + 1)); done
  chown -R "$uid:$uid" "$home" "$work/tmp"
  runner=(/usr/bin/setpriv "--reuid=$uid" "--regid=$uid" --clear-groups --)
  say "launcher runs as uid $uid (no passwd entry: user.home is HOME=$home)"
else
  real_home=$(getent passwd "$(id -u)" | cut -d: -f6)
  find "$real_home" -mindepth 1 -maxdepth 2 2>/dev/null | sort > "$work/home-before"
  say "launcher runs as $(id -un); watching $real_home for new entries"
fi
# What the checks run under: nothing from the caller's environment; java.home can only be the image's.
# Leading NAME=VALUE arguments are added to that environment.
run() {
  local vars=()
  while [[ "${1:-}" =~ ^[A-Z_]+= ]]; do vars+=("$1"); shift; done
  env -i HOME="$home" PATH="$work/nopath" LANG=C.UTF-8 \
    JDK_JAVA_OPTIONS="-Duser.home=$home -Djava.io.tmpdir=$work/tmp" "${vars[@]}" "${runner[@]}" "$@"
}
# Proof that no JDK is reachable: no java on the PATH the launcher gets, nor on /usr/bin:/bin where the
# namespace hid the JDKs.
[ -z "$(env -i PATH="$work/nopath" /usr/bin/which java 2>/dev/null || true)" ] || fail "java found on the sandbox PATH"
if [ -n "$(env -i PATH=/usr/bin:/bin /usr/bin/which java 2>/dev/null || true)" ]; then
  say "note: a system java is on /usr/bin:/bin here; the launcher gets an empty PATH, and its libjvm is checked below"
else
  say "no java on /usr/bin:/bin"
fi

out=$(run "$image/bin/Affiche" --version 2>&1) || fail "--version: $out"
[[ "$out" == *Affiche* ]] || fail "--version printed: $out"
say "--version: $(echo "$out" | grep Affiche)"

jvm=$(run LD_DEBUG=files "$image/bin/Affiche" --version 2>&1 | sed -n 's/.*file=\([^ ]*libjvm\.so\).*/\1/p' | head -1)
[ -n "$jvm" ] || fail "could not see which libjvm.so the launcher loaded"
[[ "$(readlink -f "$jvm")" == "$(readlink -f "$image")"/* ]] || fail "launcher loaded $jvm, not the image's runtime"
say "launcher runs on $jvm"

help=$(run "$image/bin/Affiche" --help 2>&1) || fail "--help: $help"
ready() { echo "$help" | grep -E "^ +$1 " | grep -vq "being built"; }

trained=
if [ -f "$work/sample.csv" ] && ready train && ls "$image"/lib/app/models/*.onnx >/dev/null 2>&1; then
  for step in "import $work/sample --labels $work/sample.csv" "embed" "train"; do
    # shellcheck disable=SC2086
    out=$(run "$image/bin/Affiche" $step 2>&1) || fail "affiche $step: $out"
    say "affiche ${step%% *}: ok ($(echo "$out" | grep -v '^ *$' | tail -n 1))"
  done
  trained=1
fi

for cmd in doctor palette predict; do
  if ! ready "$cmd"; then
    say "$cmd: not built yet (--help says so), skipped"
    continue
  fi
  if [ "$cmd" = predict ] && ! ls "$image"/lib/app/models/*.onnx >/dev/null 2>&1; then
    say "predict: the image bundles no encoder (none in -Daffiche.models.dir at build time), skipped"
    continue
  fi
  case $cmd in
    doctor) args=(doctor) ;;
    *) args=("$cmd" "$work/poster.jpg") ;;
  esac
  rc=0
  out=$(run "$image/bin/Affiche" "${args[@]}" 2>&1) || rc=$?
  # A fresh install has no trained heads (and, until the CLI wires it, predict has no encoder): predict must
  # then say so plainly (exit 1, one "affiche predict:" line, no stack trace); anything else is a failure.
  if [ "$cmd" = predict ] && [ -z "$trained" ] && [ "$rc" = 1 ] && [ "$(echo "$out" | wc -l)" -le 2 ] \
      && echo "$out" | grep -qE "^affiche predict: .*(no trained heads|not available in this build)"; then
    say "predict: runs, but is not set up in a fresh home: $out"
    continue
  fi
  [ "$rc" = 0 ] || fail "affiche ${args[*]} exited $rc: $out"
  [ -n "$out" ] || fail "affiche ${args[*]} printed nothing"
  if [ "$cmd" = doctor ] && [ ${#runner[@]} -gt 0 ] && [[ "$out" == *.local/share/affiche* ]]; then
    [[ "$out" == *"$home/.local/share/affiche"* ]] || fail "doctor shows a data dir outside HOME=$home"
  fi
  if [ "$cmd" = predict ] && [ -n "$trained" ]; then
    echo "$out" | grep -qiE "decade|[0-9]+ ?%" || fail "predict printed no genres or decade: $out"
  fi
  say "affiche ${args[*]}: ok"
  echo "$out" | sed 's/^/    /' | head -n 20
done

out=$(run "$image/lib/runtime/bin/java" --enable-native-access=javafx.graphics \
  --add-exports javafx.graphics/com.sun.glass.utils=ALL-UNNAMED -cp "$work/probe" FxProbe 2>&1) \
  || fail "JavaFX native libraries did not load: $out"
say "$(echo "$out" | grep fx-probe)"

# ONNX Runtime loads its libraries from the image (onnxruntime.native.path), never from a temp-dir copy.
ort_copies=$(find "$work/tmp" -iname '*onnxruntime*' | head -3)
[ -z "$ort_copies" ] || fail "ONNX Runtime unpacked its libraries into the temp dir: $ort_copies"

# HOME may hold Affiche's data dir and nothing else (no ~/.openjfx cache, no ~/.djl.ai, no prefs).
stray=$(cd "$home" && find . -mindepth 1 | grep -vE '^\./\.local(/share(/affiche(/.*)?)?)?$' || true)
[ -z "$stray" ] || fail "files appeared in HOME outside Affiche's data dir: $stray"
say "HOME holds only: $(cd "$home" && find . -mindepth 1 -maxdepth 3 | tr '\n' ' ')"
if [ -n "$real_home" ]; then
  find "$real_home" -mindepth 1 -maxdepth 2 2>/dev/null | sort > "$work/home-after"
  new=$(comm -13 "$work/home-before" "$work/home-after" | grep -v "/\.local/share/affiche" || true)
  [ -z "$new" ] || fail "new entries in $real_home: $new"
fi
