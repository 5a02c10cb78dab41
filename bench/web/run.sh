#!/usr/bin/env bash
# Page throughput of the running service, measured with wrk against the fat jar on the embedded
# database with demo data. The static stylesheet is the baseline measured in the same run: report
# each page as a ratio to it, since these machines are shared and noisy.
#
#   mvn -q package -DskipTests && bench/web/run.sh            (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/wijkdeal.jar
data=$(mktemp -d)
port=${PORT:-18080}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}

WIJKDEAL_PORT=$port WIJKDEAL_DATABASE_DATA_DIR=$data/postgres java -Xmx512m -jar "$jar" >"$data/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t2 -c$connections -d$duration, after a 3 s warm-up per path"
baseline=""
printf '%-26s %12s %10s %8s\n' path req/s p50 ratio
for path in /assets/wijkdeal.css / /wijken/WK001406 /api/v1/areas /health; do
  wrk -t2 -c"$connections" -d3s "http://localhost:$port$path" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "http://localhost:$port$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  baseline=${baseline:-$rps}
  printf '%-26s %12s %10s %8.2f\n' "$path" "$rps" "$p50" "$(echo "$rps / $baseline" | bc -l)"
done
