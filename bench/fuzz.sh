#!/usr/bin/env bash
# Runs the fuzz property of the tests (tests/Explainer.Tests/Fuzzing, docs/fuzzing.md) for a while,
# from a random seed: mutated copies of the seed input must build with valid pages, or fail with
# located errors and write nothing. Prints the number of cases run and every failure.
#
#   bench/fuzz.sh                 # 10 minutes
#   bench/fuzz.sh 90s             # or 30m, 2h: a number with s, m or h
#   EXPLAINER_FUZZ_SEED=0explainer21 bench/fuzz.sh 5m   # a given seed instead of a random one
#
# The tests are built in Release and copied to artifacts/fuzz/<run>/bin, so that building the work
# tree while it runs does not touch them. Each failing case's whole input and message go to
# artifacts/fuzz/<run>/failures/<case seed>/ (ignored by git); run a case alone with the
# EXPLAINER_FUZZ_SEED and EXPLAINER_FUZZ_COUNT=1 its message prints.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

duration=${1:-10m}
case $duration in
  *s) seconds=${duration%s} ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *) seconds=$duration ;;
esac
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "bench/fuzz.sh: DURATION must be a number of seconds, or a number with s, m or h, not '$duration'" >&2; exit 2; }

run=$root/artifacts/fuzz/$(date +%Y%m%d-%H%M%S)-$$
mkdir -p "$run"
echo "Building the tests (Release)..." >&2
dotnet build tests/Explainer.Tests -c Release -v quiet -nologo >&2
cp -r tests/Explainer.Tests/bin/Release/net10.0 "$run/bin"

echo "Fuzzing for ${seconds} s; failures go to $run/failures" >&2
status=0
EXPLAINER_FUZZ_SEED=${EXPLAINER_FUZZ_SEED:-random} \
EXPLAINER_FUZZ_SECONDS=$seconds \
EXPLAINER_FUZZ_FAILURES=$run/failures \
EXPLAINER_FUZZ_REPORT=$run/report.txt \
  "$run/bin/Explainer.Tests" -method 'Explainer.Tests.Fuzzing.BuildFuzzTests.Mutated_input*' >"$run/test-output.txt" 2>&1 || status=$?

if [ -f "$run/report.txt" ]; then
  cat "$run/report.txt"
else
  # No report: the process died (a stack overflow cannot be caught); the case it was running says why.
  echo "The test process ended with code $status and wrote no report; its output is in $run/test-output.txt." >&2
  if [ -f "$run/failures/current-case.txt" ]; then
    echo "The case it was running:" >&2
    cat "$run/failures/current-case.txt" >&2
  fi
fi
exit "$status"
