#!/usr/bin/env bash
# Register import speed: a generated file of ROWS residents (default 200,000, with names and
# addresses as a real extract has them) uploaded to the demo round Helpman 2026 and imported, timed
# from the upload until the import reports done. Baseline in the same run: the same bytes uploaded
# with a header the service refuses at once (a "bsn" column), i.e. the transfer and the multipart
# read alone. Report the ratio, since these machines are shared and noisy.
#
#   mvn -q package -DskipTests && bench/register/run.sh        (needs curl and python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/wijkdeal.jar
data=$(mktemp -d)
port=${PORT:-18081}
rows=${ROWS:-200000}
base="http://localhost:$port"

WIJKDEAL_PORT=$port WIJKDEAL_DATABASE_DATA_DIR=$data/postgres java -Xmx512m -jar "$jar" >"$data/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; grep -h "Register import" "$data/service.log" || true; rm -rf "$data"' EXIT
for _ in $(seq 90); do curl -sf "$base/health" >/dev/null && break; sleep 1; done

python3 - "$rows" "$data/register.csv" "$data/refused.csv" <<'PY'
import random, sys
rows, good, bad = int(sys.argv[1]), sys.argv[2], sys.argv[3]
random.seed(7)
lines = []
for i in range(rows):
    pc = f"{random.randint(9721, 9723)}{chr(65 + random.randint(0, 25))}{chr(65 + random.randint(0, 25))}"
    n = random.randint(1, 400)
    born = f"{random.randint(1930, 2010)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    lines.append(f"{pc};{n};;;{born};Bewoner {i};Teststraat {n};{pc[:4]} {pc[4:]} Groningen\n")
body = "".join(lines)
open(good, "w").write("postcode;huisnummer;huisletter;toevoeging;geboortedatum;naam;adresregel1;adresregel2\n" + body)
open(bad, "w").write("bsn;huisnummer;huisletter;toevoeging;geboortedatum;naam;adresregel1;adresregel2\n" + body)
PY

jar_cookies=$data/cookies
csrf() { curl -s -b "$jar_cookies" -c "$jar_cookies" "$base$1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(csrf /beheer/inloggen)
curl -s -o /dev/null -b "$jar_cookies" -c "$jar_cookies" --data-urlencode "email=zuid@wijkdeal.example" \
  --data-urlencode "password=demo-zuid-2026" --data-urlencode "csrf=$token" -d "terug=&bewaard=" "$base/beheer/inloggen"
round=$(curl -s "$base/api/v1/rounds" | python3 -c 'import json,sys; print([r["id"] for r in json.load(sys.stdin) if r["name"]=="Wijkdeal Helpman 2026"][0])')
token=$(csrf "/beheer/rondes/$round/register")

upload() { curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_cookies" -c "$jar_cookies" \
  -F "csrf=$token" -F "bestand=@$1;type=text/csv" "$base/beheer/rondes/$round/register/inlezen"; }
now() { date +%s.%N; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $rows rows, $(du -h "$data/register.csv" | cut -f1)"
start=$(now); answer=$(upload "$data/refused.csv"); refused=$(echo "$(now) - $start" | bc -l)
[[ $answer == 400* ]] || { echo "baseline upload was not refused: $answer"; exit 1; }
start=$(now); answer=$(upload "$data/register.csv")
progress="${answer#* }/voortgang"
until curl -s -b "$jar_cookies" "$progress" | grep -q '"running":false'; do sleep 0.1; done
imported=$(echo "$(now) - $start" | bc -l)
grep -q 'Het kiesregister is bijgewerkt' <(curl -s -b "$jar_cookies" "${answer#* }") || { echo "import failed"; exit 1; }
printf '%-34s %8.2f s\n' "upload refused at the header" "$refused"
printf '%-34s %8.2f s  %8.0f rows/s  ratio %.1f\n' "upload + import" "$imported" "$(echo "$rows / $imported" | bc -l)" "$(echo "$imported / $refused" | bc -l)"
