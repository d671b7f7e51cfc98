#!/usr/bin/env bash
# Builds generated corpora with the released build of `explainer` and prints a table:
# wall time, CPU time, peak memory, pages and bytes, and the cost per explainer.
#
#   bench/run.sh                 # N = 1 100 1000 5000, best of 3 cold builds each
#   bench/run.sh 100 1000        # other sizes
#   BENCH_RUNS=5 bench/run.sh    # more runs per size (the best wall time is kept)
#   BENCH_SEQUENTIAL=1000 bench/run.sh   # adds a row: 1000 built with --max-parallelism 1
#   BENCH_TOOL=path/to/published/explainer-folder bench/run.sh   # measure another build (e.g. an older commit's)
#
# Corpora, the published tool and the sites go to artifacts/bench/ (ignored by git).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 100 1000 5000)
runs=${BENCH_RUNS:-3}
work=${BENCH_DIR:-$root/artifacts/bench}
tool=${BENCH_TOOL:-$work/explainer}
mkdir -p "$work"
command -v /usr/bin/time >/dev/null || { echo "bench/run.sh needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }

if [ -z "${BENCH_TOOL:-}" ]; then
  # As the tool package for linux-x64 is made (src/Explainer.Cli/Explainer.Cli.csproj): Native AOT,
  # one native program with .NET inside. Takes about a minute.
  echo "Publishing the released build (Release, linux-x64, Native AOT)..." >&2
  dotnet publish src/Explainer.Cli -c Release -r linux-x64 -o "$tool" -v quiet -nologo >&2
fi
# The theme is copied, so that editing theme/ while the script runs does not change what it measures.
theme=$work/theme
rm -rf "$theme" && cp -r "$root/theme" "$theme"
echo "Building the corpus generator..." >&2
dotnet build bench/Explainer.Corpus -c Release -o "$work/corpus-tool" -v quiet -nologo >&2

# corpus N: generates artifacts/bench/corpus-N unless it is there with N explainers already.
corpus() {
  local n=$1 dir=$work/corpus-$1
  if ! grep -qs "^$n explainers" "$dir/.explainer-corpus"; then
    dotnet "$work/corpus-tool/explainer-corpus.dll" "$n" "$dir" --seed "$root/input" >&2
  fi
  echo "$dir"
}

# measure INPUT OUTPUT [extra args]: one build; prints "wall cpu rss_kb files bytes unchanged".
measure() {
  local input=$1 output=$2; shift 2
  local timing log
  timing=$(mktemp) log=$(mktemp)
  /usr/bin/time -o "$timing" -f "%e %U %S %M" "$tool/explainer" build --input "$input" --output "$output" --theme "$theme" "$@" >"$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
  read -r wall user sys rss <"$timing"
  # "Built 1002 files (11,834,564 bytes, 0 unchanged) into ..." (older builds do not count unchanged files)
  read -r files bytes unchanged < <(sed -nE 's/^Built ([0-9]+) files \(([0-9,]+) bytes(, ([0-9]+) unchanged)?\).*/\1 \2 \4/p' "$log" | tr -d ,)
  rm -f "$timing" "$log"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') $rss $files $bytes $unchanged"
}

# Sites are moved aside, not deleted, until the end: on ext4 without a journal (as on these
# machines) creating files right after deleting thousands is slow (the inode allocator skips
# recently deleted inodes), and that would time this script's own clean-up (docs/performance.md).
trash=$work/trash-$$
trap 'rm -rf "$trash"' EXIT
set_aside() { [ ! -e "$1" ] || { mkdir -p "$trash" && mv "$1" "$trash/$(basename "$1").$RANDOM$RANDOM"; }; }

# best INPUT OUTPUT N [extra args]: the cold build (no previous site) with the lowest wall time of $runs.
best() {
  local input=$1 output=$2; shift 2
  local bestline="" line
  for _ in $(seq "$runs"); do
    set_aside "$output"
    line=$(measure "$input" "$output" "$@")
    if [ -z "$bestline" ] || awk -v a="${line%% *}" -v b="${bestline%% *}" 'BEGIN { exit !(a < b) }'; then bestline=$line; fi
  done
  echo "$bestline"
}

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench theme || echo "+dirty")
echo
if [ -n "${BENCH_TOOL:-}" ]; then echo "explainer build from $tool (theme and corpora of commit $commit), $(date -u +%Y-%m-%dT%H:%MZ)"
else echo "explainer build, released build (Native AOT), commit $commit, $(date -u +%Y-%m-%dT%H:%MZ)"; fi
echo "machine: $(nproc) cores, $(lscpu | sed -nE 's/^Model name: +//p' | head -1), $(free -g | awk '/^Mem:/{print $2}') GiB RAM; .NET $(dotnet --version)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the machine make wall times longer; CPU time is steadier)"
echo "cold build = new process, no previous site, images in the image cache (made by a first build); best wall time of $runs"
echo "no image cache = the same with --no-cache: every image encoded (once per build per distinct source); rebuild = same input again, every file unchanged"
echo
printf '| %-12s | %6s | %11s | %7s | %7s | %8s | %9s | %9s | %15s | %10s |\n' \
  "explainers" "pages" "bytes" "wall s" "CPU s" "peak MB" "ms/expl." "CPU ms/e." "no img cache s" "rebuild s"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "--------------" "-------:" "------------:" "--------:" "--------:" "---------:" "----------:" "----------:" "----------------:" "-----------:"

row() {
  local label=$1 n=$2 input=$3 output=$4; shift 4
  local cache=$work/image-cache
  set_aside "$output"
  read -r nocache _ < <(measure "$input" "$output" --no-cache "$@")
  rm -rf "$cache"; set_aside "$output"
  measure "$input" "$output" --cache "$cache" "$@" >/dev/null   # fills the image cache
  read -r wall cpu rss files bytes _ < <(best "$input" "$output" --cache "$cache" "$@")
  read -r rewall _ _ _ _ unchanged < <(measure "$input" "$output" --cache "$cache" "$@")
  [ -z "$unchanged" ] || [ "$unchanged" = "$files" ] || echo "warning: the rebuild of $label rewrote $((files - unchanged)) file(s)" >&2
  awk -v label="$label" -v n="$n" -v pages="$(find "$output" -name '*.html' | wc -l)" -v bytes="$bytes" \
      -v wall="$wall" -v cpu="$cpu" -v rss="$rss" -v rewall="$rewall" -v nocache="$nocache" 'BEGIN {
    printf "| %-12s | %6d | %11d | %7.2f | %7.2f | %8.0f | %9.2f | %9.2f | %15.2f | %10.2f |\n",
      label, pages, bytes, wall, cpu, rss / 1024, 1000 * wall / n, 1000 * cpu / n, nocache, rewall }'
}

row "seed" 1 "$root/input" "$work/site-seed"
for n in "${sizes[@]}"; do
  row "$n" "$n" "$(corpus "$n")" "$work/site-$n"
done
if [ -n "${BENCH_SEQUENTIAL:-}" ]; then
  n=$BENCH_SEQUENTIAL
  row "$n, 1 core" "$n" "$(corpus "$n")" "$work/site-$n-sequential" --max-parallelism 1
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
