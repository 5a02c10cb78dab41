# Shared by bench/vote/run.sh and bench/vote/crash.sh (sourced, not run): the service on a throwaway
# data dir, a register of generated residents with their stemcodes, and psql on its database.
# Expects: jar, data (a temporary folder), port, base.

# Starts the fat jar on $data/postgres; sets $service. Pool size: WIJKDEAL_DATABASE_POOL_SIZE.
start_service() {
  WIJKDEAL_PORT=$port WIJKDEAL_DATABASE_DATA_DIR=$data/postgres java -Xmx512m -jar "$jar" >>"$data/service.log" 2>&1 &
  service=$!
}

# Waits until /health answers; fails when the service exits first or after $1 seconds (default 90).
wait_up() {
  for _ in $(seq "${1:-90}"); do
    curl -sf "$base/health" >/dev/null && return 0
    kill -0 "$service" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

stop_service() {
  if [[ -n ${service:-} ]] && kill -0 "$service" 2>/dev/null; then
    kill "$service"
    wait "$service" 2>/dev/null || true
  fi
}

# The id of the demo round Helpman 2026 (phase VOTING).
helpman_round() {
  curl -s "$base/api/v1/rounds" | python3 -c 'import json,sys; print([r["id"] for r in json.load(sys.stdin) if r["name"]=="Wijkdeal Helpman 2026"][0])'
}

# Imports $1 generated residents into round $2 as the gebiedsteam and writes their stemcodes, one a
# line, to $3 (from the mailing house CSV of the letters). The import replaces the demo register.
prepare_codes() {
  local rows=$1 round=$2 out=$3 cookies=$data/staff-cookies token answer
  python3 - "$rows" "$data/register.csv" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(11)
with open(path, "w") as f:
    f.write("postcode;huisnummer;huisletter;toevoeging;geboortedatum;naam;adresregel1;adresregel2\n")
    for i in range(rows):
        pc = f"{9721 + i % 3}{chr(65 + i // 3 % 26)}{chr(65 + i // 78 % 26)}"
        n = 1 + i // 2028
        born = f"{random.randint(1930, 2010)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
        f.write(f"{pc};{n};;;{born};Bewoner {i};Teststraat {n};{pc[:4]} {pc[4:]} Groningen\n")
PY
  csrf() { curl -s -b "$cookies" -c "$cookies" "$base$1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
  token=$(csrf /beheer/inloggen)
  curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "email=zuid@wijkdeal.example" \
    --data-urlencode "password=demo-zuid-2026" --data-urlencode "csrf=$token" -d "terug=&bewaard=" "$base/beheer/inloggen"
  token=$(csrf "/beheer/rondes/$round/register")
  answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$cookies" -c "$cookies" \
    -F "csrf=$token" -F "bestand=@$data/register.csv;type=text/csv" "$base/beheer/rondes/$round/register/inlezen")
  [[ $answer == 303* ]] || { echo "register upload refused: $answer"; return 1; }
  until curl -s -b "$cookies" "${answer#* }/voortgang" | grep -q '"running":false'; do sleep 0.2; done
  curl -s -o "$data/letters.zip" -w '' -b "$cookies" -c "$cookies" -F "csrf=$token" \
    -F "brievenbestand=@$data/register.csv;type=text/csv" -F wie=zonder-code -F wijk= \
    "$base/beheer/rondes/$round/register/brieven"
  python3 - "$data/letters.zip" "$out" <<'PY'
import csv, io, sys, zipfile
rows = csv.DictReader(io.TextIOWrapper(zipfile.ZipFile(sys.argv[1]).open("drukkerij.csv"), "utf-8-sig"), delimiter=";")
codes = [r["stemcode"] for r in rows]
open(sys.argv[2], "w").write("\n".join(codes) + "\n")
PY
}

# The embedded PostgreSQL's port: the fourth line of postmaster.pid in the data dir.
pg_port() { sed -n 4p "$data/postgres/postmaster.pid"; }

# psql on the service's database (the embedded server trusts local connections as postgres).
q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -At -h localhost -p "$(pg_port)" -U postgres -d wijkdeal -v ON_ERROR_STOP=1 "$@"; }

machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)   (java $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p'), $(date +%F))"
}

# CPU seconds used so far by the service and by the embedded PostgreSQL (postmaster and backends).
cpu_of() { local t=0 p; for p in "$@"; do [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat"))); done; echo "$t / $(getconf CLK_TCK)" | bc -l; }
service_cpu() { cpu_of "$service"; }
# Backends that ended (pgbench's) count in the postmaster's cutime and cstime.
postgres_cpu() {
  local pm; pm=$(head -1 "$data/postgres/postmaster.pid")
  echo "$(cpu_of $(ps -o pid= --ppid "$pm")) + $(awk '{print $14+$15+$16+$17}' "/proc/$pm/stat") / $(getconf CLK_TCK)" | bc -l
}
