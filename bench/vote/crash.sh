#!/usr/bin/env bash
# Crash test of voting. VOTERS simulated residents (default 32) vote at full speed with real codes
# (bench/vote/VoteDriver.java, which appends every receipt it got a 303 for to a file, flushed per
# vote) while
#   1. the service is killed with kill -9 and started again on the same data dir;
#   2. the embedded PostgreSQL is restarted under load (pg_ctl restart -m immediate: no shutdown
#      checkpoint, the server recovers from the WAL) while the service keeps running.
# After each: every receipt answered with a 303 is stored exactly once (SHA-256 of its 16 data
# characters, as ReceiptCode.hash()), and no register entry is VOTED without a ballot (VOTED entries
# == ballots of the round, as growth since the start). After 2 the service must vote again without
# a restart. Prints PASS/FAIL lines; exit status 1 when any check fails.
#
#   mvn -q -o package -DskipTests && bench/vote/crash.sh      (needs curl, python3, psql)
set -uo pipefail
cd "$(dirname "$0")/../.."
jar=target/wijkdeal.jar
data=$(mktemp -d)
port=${PORT:-18084}
base="http://localhost:$port"
voters=${VOTERS:-32}
residents=${RESIDENTS:-8000}
export WIJKDEAL_DATABASE_POOL_SIZE=${POOL:-10}
source bench/vote/lib.sh
failed=0
check() { if [[ $1 == 0 ]]; then echo "PASS $2"; else echo "FAIL $2"; failed=1; fi; }

# pg_ctl of the binaries zonky extracted, run as zonky runs it (as root: in a user namespace).
pg_ctl_() {
  local bin; bin=$(dirname "$(readlink "/proc/$(head -1 "$data/postgres/postmaster.pid")/exe")")
  if [[ $(id -u) == 0 ]]; then unshare -U "$bin/pg_ctl" "$@"; else "$bin/pg_ctl" "$@"; fi
}
cleanup() {
  [[ -n ${driver:-} ]] && kill "$driver" 2>/dev/null
  stop_service
  # A postmaster restarted by pg_ctl, or left behind by the killed service, is not the service's child.
  if [[ -f $data/postgres/postmaster.pid ]] && kill -0 "$(head -1 "$data/postgres/postmaster.pid")" 2>/dev/null; then
    pg_ctl_ -D "$data/postgres" stop -m fast >/dev/null 2>&1
  fi
  rm -rf "$data"
}
trap cleanup EXIT

start_service
wait_up || { echo "service did not start"; tail -5 "$data/service.log"; exit 1; }
round=$(helpman_round)
prepare_codes "$residents" "$round" "$data/codes.txt"
half=$((residents / 2))
head -n "$half" "$data/codes.txt" >"$data/codes-1.txt"
sed -n "$((half + 1)),$((residents - 500))p" "$data/codes.txt" >"$data/codes-2.txt"
tail -n 500 "$data/codes.txt" >"$data/codes-3.txt"
ballots0=$(q -c "SELECT count(*) FROM ballot WHERE round_id = $round")
voted0=$(q -c "SELECT count(*) FROM register_entry WHERE round_id = $round AND status = 'VOTED'")
machine_line
echo "service: pool $WIJKDEAL_DATABASE_POOL_SIZE; round $round; $residents residents with a code; $voters voters"

# Runs the driver in the background until $data/stop exists; its receipts go to $data/receipts.txt.
drive() {
  rm -f "$data/stop"
  java bench/vote/VoteDriver.java --base "$base" --round "$round" --codes "$1" --clients "$voters" --seconds 900 \
    --stop-file "$data/stop" --receipts "$data/receipts.txt" --timeline "$data/timeline-$2.txt" >"$data/driver-$2.out" 2>&1 &
  driver=$!
  until [[ -s $data/receipts.txt ]] && (( $(wc -l <"$data/receipts.txt") > ${3:-0} )); do sleep 0.2; done
}
finish_driver() {
  touch "$data/stop"
  wait "$driver"
  driver=
  grep -E "^(votes cast|RESULT|  error)" "$data/driver-$1.out" | sed 's/^/  driver: /'
}
invariants() {
  local receipts counts
  receipts=$(sort -u "$data/receipts.txt" | wc -l)
  counts=$(q <<SQL
CREATE TEMP TABLE receipt (code text);
\copy receipt FROM '$data/receipts.txt'
SELECT count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n = 0), count(*) FILTER (WHERE n > 1)
FROM (SELECT (SELECT count(*) FROM ballot b
              WHERE b.receipt_hash = sha256(convert_to(left(replace(r.code, '-', ''), 16), 'UTF8'))) AS n
      FROM (SELECT DISTINCT code FROM receipt) r) x;
SELECT count(*) - $ballots0 FROM ballot WHERE round_id = $round;
SELECT count(*) - $voted0 FROM register_entry WHERE round_id = $round AND status = 'VOTED';
SQL
)
  read -r once missing twice ballots voted <<<"$(tr '|\n' '  ' <<<"$counts")"
  echo "  receipts with a 303: $receipts (lines $(wc -l <"$data/receipts.txt")); stored once: $once, missing: $missing, more than once: $twice"
  echo "  ballots of the round since the start: $ballots; register entries VOTED since the start: $voted"
  check $(( once == receipts && missing == 0 && twice == 0 ? 0 : 1 )) "$1: every receipt answered with a 303 is stored exactly once"
  check $(( ballots == voted ? 0 : 1 )) "$1: no register entry VOTED without a ballot (VOTED == ballots)"
  check $(( ballots >= receipts ? 0 : 1 )) "$1: ballots >= receipts (a vote cut off by the crash may be stored without its 303)"
}
# Votes per second around an event (unix time $2) from a driver timeline.
around() {
  awk -v t="$2" 'NR > 1 && $1 >= t - 3 && $1 <= t + 60 && ($2 > 0 || $3 > 0) { printf "%+d:%d/%d ", $1 - t, $2, $3 }' "$data/timeline-$1.txt"
  echo
}
ok_after() { awk -v t="$2" 'NR > 1 && $1 > t { s += $2 } END { print s + 0 }' "$data/timeline-$1.txt"; }

echo
echo "1. kill -9 of the service while $voters residents vote"
drive "$data/codes-1.txt" 1 300
sleep 5
killed_at=$(date +%s)
kill -9 "$service"; wait "$service" 2>/dev/null
sleep 1
postmaster=$(head -1 "$data/postgres/postmaster.pid" 2>/dev/null)
if [[ -n $postmaster ]] && kill -0 "$postmaster" 2>/dev/null; then
  echo "  the embedded PostgreSQL (pid $postmaster) outlives the killed service"
fi
started=$(date +%s)
start_service
if wait_up 120; then
  check 0 "service starts again on the same data dir (first attempt, $(( $(date +%s) - started )) s)"
else
  check 1 "service starts again on the same data dir (first attempt gave up after $(( $(date +%s) - started )) s: $(grep -o 'Could not start the embedded PostgreSQL in [^ ]* ([^)]*)' "$data/service.log" | tail -1))"
  if [[ -n $postmaster ]]; then
    kill -0 "$postmaster" 2>/dev/null && state="still running" || state="gone (the failed start's shutdown hook stops the server of its data dir)"
    echo "  the left-behind PostgreSQL (pid $postmaster): $state"
  fi
  started=$(date +%s)
  start_service
  wait_up 120
  check $? "service starts on a second attempt ($(( $(date +%s) - started )) s)"
fi
up_at=$(date +%s)
sleep 8
finish_driver 1
echo "  timeline (s from kill: ok/errors): $(around 1 "$killed_at")"
check $(( $(ok_after 1 "$up_at") > 0 ? 0 : 1 )) "votes succeed after the restart ($(ok_after 1 "$up_at") in the 8 s after)"
invariants "after kill -9 of the service"

echo
echo "2. PostgreSQL restarted under load (pg_ctl restart -m immediate), the service keeps running"
drive "$data/codes-2.txt" 2 "$(wc -l <"$data/receipts.txt")"
sleep 5
restarted_at=$(date +%s)
pg_ctl_ -D "$data/postgres" restart -m immediate -w -l "$data/postgres-restart.log" >/dev/null 2>&1
check $? "pg_ctl restart -m immediate ($(( $(date +%s) - restarted_at )) s, $(grep -c 'database system was not properly shut down' "$data/postgres-restart.log") crash recovery)"
pg_up_at=$(date +%s)
sleep 10
finish_driver 2
echo "  timeline (s from the restart: ok/errors): $(around 2 "$restarted_at")"
check $(( $(ok_after 2 "$pg_up_at") > 0 ? 0 : 1 )) "votes succeed after the database restart, same service process ($(ok_after 2 "$pg_up_at") in the 10 s after)"
rm -f "$data/stop"
java bench/vote/VoteDriver.java --base "$base" --round "$round" --codes "$data/codes-3.txt" --clients "$voters" --seconds 5 \
  --receipts "$data/receipts.txt" >"$data/driver-3.out" 2>&1
grep -E "^(votes cast|RESULT|  error)" "$data/driver-3.out" | sed 's/^/  driver: /'
result=$(grep '^RESULT' "$data/driver-3.out")
check $(( $(sed -n 's/.* cast=\([0-9]*\).*/\1/p' <<<"$result") > 0 && $(sed -n 's/.* errors=\([0-9]*\).*/\1/p' <<<"$result") == 0 ? 0 : 1 )) \
  "service recovered by itself: a fresh 5 s run afterwards has votes and no errors"
invariants "after the PostgreSQL restart"

echo
[[ $failed == 0 ]] && echo "ALL PASS" || echo "SOME CHECKS FAILED"
exit $failed
