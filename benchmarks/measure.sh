#!/usr/bin/env bash
# Runs every configuration of DecisionBenchmark and JCasbinBenchmark as its own JMH run, with the
# options of RESULTS.md, on a machine that other processes may be using too: before each run it
# waits for the other processes to go quiet, and it runs a configuration again (up to 4 times in
# all, keeping the least disturbed run) while they used more than a tenth of a core meanwhile.
#
# Each run's JMH JSON goes to benchmarks/target/jmh-runs/; benchmarks/results/<Benchmark>.json
# joins every run there, without the sample histograms (several MB; the percentiles stay), and
# benchmarks/results/<Benchmark>.runs.txt logs how much CPU other processes took during each
# attempt. SCENARIOS and OUTCOMES (space-separated) limit the runs, to measure a disturbed
# configuration again; --join only joins the stored runs again.
#
# Usage, in the repository root, after `mvn -B -pl benchmarks -am package -DskipTests`:
#   benchmarks/measure.sh [Benchmark ...]        (default: DecisionBenchmark JCasbinBenchmark)
#   SCENARIOS=medium OUTCOMES=allow benchmarks/measure.sh DecisionBenchmark
#   benchmarks/measure.sh --join [Benchmark ...]
set -euo pipefail

JAR=benchmarks/target/benchmarks.jar
RUNS=benchmarks/target/jmh-runs
OUT=benchmarks/results
JMH_OPTIONS=(-bm sample -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc)
read -r -a SCENARIOS <<< "${SCENARIOS:-small medium large}"
read -r -a OUTCOMES <<< "${OUTCOMES:-allow explicitDeny implicitDeny}"
MAX_ATTEMPTS=4
MAX_OTHER_SHARE=0.10 # of one core, averaged over the run
TICKS=$(getconf CLK_TCK)

busy_ticks() { # CPU time every process has used since boot, in clock ticks
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}

wait_until_quiet() { # up to 3 minutes, for 3 seconds in which other processes use < 5% of a core
  local waited=0 before after
  while ((waited < 180)); do
    before=$(busy_ticks); sleep 3; after=$(busy_ticks)
    if (((after - before) * 100 < 5 * 3 * TICKS)); then return; fi
    waited=$((waited + 3))
  done
  echo "  (machine still busy after 3 minutes; measuring anyway)"
}

run_once() { # benchmark scenario outcome json -> prints the share of a core other processes used
  local before after start end own
  before=$(busy_ticks); start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$4.cpu" java -jar "$JAR" "$1" -p scenario="$2" -p outcome="$3" \
    "${JMH_OPTIONS[@]}" -rf json -rff "$4" > "$4.log" 2>&1
  after=$(busy_ticks); end=$(date +%s.%N)
  own=$(awk '{ print $1 + $2 }' "$4.cpu")
  awk -v b="$before" -v a="$after" -v t="$TICKS" -v own="$own" -v s="$start" -v e="$end" \
    'BEGIN { other = (a - b) / t - own; if (other < 0) other = 0; printf "%.3f\n", other / (e - s) }'
}

less_than() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

without_histogram() { # JMH's pretty JSON less each "rawDataHistogram" member (always a last member)
  awk '
    skip != "" { if ($0 == skip) skip = ""; next }
    /^ *"rawDataHistogram" ?: \[$/ {
      sub(/,$/, "", held); match($0, /^ */); skip = substr($0, 1, RLENGTH) "]"; next
    }
    NR > 1 { print held }
    { held = $0 }
    END { print held }
  ' "$1"
}

join_runs() { # benchmark: JMH writes one JSON array per run; join them into one array
  local files=() i
  for scenario in small medium large; do
    for outcome in allow explicitDeny implicitDeny; do
      if [[ -f "$RUNS/$1-$scenario-$outcome.json" ]]; then
        files+=("$RUNS/$1-$scenario-$outcome.json")
      fi
    done
  done
  {
    echo "["
    for i in "${!files[@]}"; do
      without_histogram "${files[$i]}" | awk '{ line[NR] = $0 } END {
        for (f = 1; f <= NR && line[f] != "["; f++) {}
        for (l = NR; l > 0 && line[l] != "]"; l--) {}
        for (i = f + 1; i < l; i++) print line[i]
      }'
      if ((i < ${#files[@]} - 1)); then echo ","; fi
    done
    echo "]"
  } > "$OUT/$1.json"
}

join_only=false
if [[ "${1:-}" == --join ]]; then
  join_only=true
  shift
fi
benchmarks=("$@")
if ((${#benchmarks[@]} == 0)); then
  benchmarks=(DecisionBenchmark JCasbinBenchmark)
fi
mkdir -p "$RUNS" "$OUT"
for name in "${benchmarks[@]}"; do
  if $join_only; then
    join_runs "$name"
    echo "wrote $OUT/$name.json"
    continue
  fi
  for scenario in "${SCENARIOS[@]}"; do
    for outcome in "${OUTCOMES[@]}"; do
      run="$RUNS/$name-$scenario-$outcome"
      best=""
      for ((attempt = 1; attempt <= MAX_ATTEMPTS; attempt++)); do
        wait_until_quiet
        share=$(run_once "$name" "$scenario" "$outcome" "$run.attempt.json")
        echo "$(date -u +%FT%TZ) $name $scenario $outcome: attempt $attempt, other processes" \
          "used $share of a core" | tee -a "$OUT/$name.runs.txt"
        if [[ -z "$best" ]] || less_than "$share" "$best"; then
          best=$share
          mv "$run.attempt.json" "$run.json"
        fi
        if ! less_than "$MAX_OTHER_SHARE" "$best"; then
          break
        fi
      done
    done
  done
  join_runs "$name"
  echo "wrote $OUT/$name.json"
done
