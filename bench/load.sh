#!/usr/bin/env bash
# `explainer serve` under load on 127.0.0.1: concurrent clients request the site's URLs while the
# seed's article.md is edited every 300 ms, each edit a rebuild. Prints requests per second,
# latency percentiles, responses by status, edits and rebuilds; exits 1 on any non-200 response.
#
#   bench/load.sh                  # 32 clients, 30 s
#   bench/load.sh 64 30            # clients, seconds
#   bench/load.sh 32 30 --edit title --edit-every 500   # more options: see explainer-load's usage
#   BENCH_TOOL=artifacts/bench/explainer bench/load.sh 16   # an explainer already published (by bench/run.sh or an earlier run)
#
# The server runs on temporary copies of input/ and theme/, deleted at the end. The published tool
# and the load program go to artifacts/bench/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

clients=${1:-32}
seconds=${2:-30}
shift $(($# < 2 ? $# : 2))
work=${BENCH_DIR:-$root/artifacts/bench}
tool=${BENCH_TOOL:-$work/explainer}
mkdir -p "$work"

if [ -z "${BENCH_TOOL:-}" ]; then
  # As bench/run.sh and the linux-x64 tool package: Native AOT. Takes about a minute.
  echo "Publishing the released build (Release, linux-x64, Native AOT)..." >&2
  dotnet publish src/Explainer.Cli -c Release -r linux-x64 -o "$tool" -v quiet -nologo >&2
fi
echo "Building the load program..." >&2
dotnet build bench/Explainer.Load -c Release -o "$work/load-tool" -v quiet -nologo >&2

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench theme || echo "+dirty")
echo "explainer serve under load, commit $commit, $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(lscpu | sed -nE 's/^Model name: +//p' | head -1); .NET $(dotnet --version)"
# The clients stop sending after the given seconds; the server gets SIGINT, and is killed 15 s later if it still runs.
timeout --kill-after=30 $((seconds + 300)) \
  dotnet "$work/load-tool/explainer-load.dll" --clients "$clients" --seconds "$seconds" --input "$root/input" --theme "$root/theme" "$@" -- "$tool/explainer"
