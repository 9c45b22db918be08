#!/usr/bin/env bash
# Requests per second through the Gatehouse servlet filter (SigV4-signed requests) versus the same
# trivial servlet without the filter, on embedded Jetty 12, with wrk on loopback. Modes: plain (no
# filter), plain-signed (no filter, sent the same signed requests as the filter modes, so that
# both sides parse the same bytes), filter (every allow audited, the default), filter-allow-none
# (only denies audited). Each
# mode runs RUNS times, in turn, each in a fresh JVM after a warm-up. Besides requests per second it
# prints the server process's CPU time per request over the measured run (from /proc).
#
#   mvn -B -pl servlet-filter -am install -DskipTests && mvn -B -pl servlet-filter test-compile
#   benchmarks/http/measure-filter.sh   # THREADS=2 CONNECTIONS=16 WARMUP=30s DURATION=30s RUNS=3 MODES="plain filter filter-allow-none"
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
RUNS=${RUNS:-3}
MODES=${MODES:-plain plain-signed filter filter-allow-none}
PORT=${PORT:-18080}
URL="http://127.0.0.1:$PORT/app/orders/1"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

CP_FILE=$(mktemp)
mvn -o -q -B -pl servlet-filter dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
# This checkout's own classes first, whatever gatehouse snapshot the local repository holds.
CP="servlet-filter/target/test-classes:servlet-filter/target/classes:core/target/classes:annotations/target/classes"
CP="$CP:$(cat "$CP_FILE")"
WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK" "$CP_FILE"; }
trap cleanup EXIT

start() {  # mode
  java -cp "$CP" io.gatehouse.servlet.LoadServer serve "${1%-signed}" "$PORT" "$WORK/$1" > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 900); do grep -q ready "$WORK/server-$1.log" 2>/dev/null && return; sleep 0.2; done
  echo "server did not start:" >&2; cat "$WORK/server-$1.log" >&2; exit 1
}

stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }

cpu_ticks() {  # the server's user + system CPU time so far, in clock ticks
  cut -d')' -f2 "/proc/$SERVER/stat" | awk '{print $12 + $13}'
}

run() {  # mode duration -> requests/s
  local args=()
  if [ "$1" != plain ]; then
    # One request signed now (valid for 5 minutes) and replayed: SigV4 allows it within the window.
    while IFS= read -r h; do args+=(-H "$h"); done < <(java -cp "$CP" io.gatehouse.servlet.LoadServer sign "$URL")
  fi
  local out before after
  before=$(cpu_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency "${args[@]}" "$URL")
  after=$(cpu_ticks)
  if ! grep -q "Non-2xx" <<<"$out"; then :; else echo "$out" >&2; echo "non-2xx answers: not measured" >&2; exit 1; fi
  echo "$out" | awk '/Requests\/sec/ {print $2}'
  echo "$out" | grep -E '^\s+(50|99)%' | tr -s ' ' >&2
  # CPU time of the server process (every thread: Jetty's, the audit writer, JIT, GC) per request.
  echo "$out" | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    '/requests in/ {printf "server CPU %.0f us/request\n", t / hz * 1e6 / $1}' >&2
}

echo "machine: $(nproc) cores, $(uname -r); java: $(java -version 2>&1 | head -1)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION $URL (warm-up $WARMUP)"
for i in $(seq 1 "$RUNS"); do
  for mode in $MODES; do
    start "$mode"
    run "$mode" "$WARMUP" >/dev/null 2>&1
    rps=$(run "$mode" "$DURATION" 2>"$WORK/details") || { cat "$WORK/details" >&2; exit 1; }
    echo "run $i $mode: $rps requests/s, $(grep 'server CPU' "$WORK/details"), latency$(grep -v 'server CPU' \
      "$WORK/details" | tr '\n' ' ')"
    stop
  done
done
