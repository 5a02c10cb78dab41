#!/usr/bin/env bash
# Voting throughput: VOTERS simulated residents (default 32) vote at once with real stemcodes,
# each the whole path a browser takes (code page, code, ballot, review, versturen, receipt page;
# bench/vote/VoteDriver.java), against the fat jar on a fresh embedded database with the demo data.
# RESIDENTS (default 8,000) are imported into the demo round Helpman 2026 and their codes taken
# from the letters. Baseline in the same run: pgbench on the same PostgreSQL with the database work
# of CastBallot's write part (redeem the register entry and end its passes, insert the ballot with
# its arrays, raise a turnout slot) on scratch tables, at the same concurrency for the same time.
# Read the ratio: HTTP votes/s / pgbench tps. Finally the ballots stored are counted against the
# receipts the driver got.
#
#   mvn -q -o package -DskipTests && bench/vote/run.sh        (needs curl, python3, psql, pgbench)
#   POOL=10 VOTERS=32 DURATION=20 WARMUP=8 RESIDENTS=8000 bench/vote/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/wijkdeal.jar
data=$(mktemp -d)
port=${PORT:-18082}
base="http://localhost:$port"
voters=${VOTERS:-32}
seconds=${DURATION:-20}
warmup=${WARMUP:-8}
residents=${RESIDENTS:-8000}
export WIJKDEAL_DATABASE_POOL_SIZE=${POOL:-10}
source bench/vote/lib.sh

start_service
trap 'q -c "DROP TABLE IF EXISTS bench_vote_entry, bench_vote_pass, bench_vote_ballot, bench_vote_turnout; DROP SEQUENCE IF EXISTS bench_vote_next" 2>/dev/null || true; stop_service; rm -rf "$data"' EXIT
wait_up || { echo "service did not start"; tail -5 "$data/service.log"; exit 1; }
round=$(helpman_round)
prepare_codes "$residents" "$round" "$data/codes.txt"
ballots_before=$(q -c "SELECT count(*) FROM ballot WHERE round_id = $round")

machine_line
echo "service: pool $WIJKDEAL_DATABASE_POOL_SIZE, -Xmx512m; round $round (knapsack, 4 plans), $(wc -l <"$data/codes.txt") residents with a code"
echo
echo "HTTP: $voters voters, whole vote = 6 requests, ${warmup} s warm-up + ${seconds} s"
cpu0_service=$(service_cpu); cpu0_pg=$(postgres_cpu)
java bench/vote/VoteDriver.java --base "$base" --round "$round" --codes "$data/codes.txt" --clients "$voters" \
  --warmup "$warmup" --seconds "$seconds" --receipts "$data/receipts.txt" | tee "$data/driver.out"
cpu_service=$(echo "$(service_cpu) - $cpu0_service" | bc -l); cpu_pg=$(echo "$(postgres_cpu) - $cpu0_pg" | bc -l)
result=$(grep '^RESULT' "$data/driver.out")
val() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
cast=$(val cast)
measured=$(val seconds)

# The baseline: the same writes as CastBallot's transaction after its checks, on scratch tables
# shaped like register_entry, voter_pass, ballot and turnout (same keys and indexes).
rows=${SCRATCH_ROWS:-400000}
q <<SQL
DROP TABLE IF EXISTS bench_vote_entry, bench_vote_pass, bench_vote_ballot, bench_vote_turnout;
DROP SEQUENCE IF EXISTS bench_vote_next;
CREATE TABLE bench_vote_entry (id bigint PRIMARY KEY, round_id bigint NOT NULL, identity_hash bytea NOT NULL,
  wijk_code text NOT NULL, status text NOT NULL DEFAULT 'ELIGIBLE', UNIQUE (round_id, identity_hash));
CREATE INDEX ON bench_vote_entry (round_id, wijk_code, status);
CREATE TABLE bench_vote_pass (token_hash bytea PRIMARY KEY, entry_id bigint NOT NULL REFERENCES bench_vote_entry (id),
  channel text NOT NULL, expires_at timestamptz NOT NULL);
CREATE INDEX ON bench_vote_pass (expires_at);
CREATE INDEX ON bench_vote_pass (entry_id);
CREATE TABLE bench_vote_ballot (id uuid PRIMARY KEY, round_id bigint NOT NULL, wijk_code text NOT NULL, channel text NOT NULL,
  receipt_hash bytea NOT NULL UNIQUE, plan_ids bigint[] NOT NULL, choice_values integer[] NOT NULL);
CREATE INDEX ON bench_vote_ballot (round_id, wijk_code);
CREATE TABLE bench_vote_turnout (round_id bigint, wijk_code text, channel text, slot smallint, ballots integer NOT NULL,
  PRIMARY KEY (round_id, wijk_code, channel, slot));
CREATE SEQUENCE bench_vote_next;
INSERT INTO bench_vote_entry (id, round_id, identity_hash, wijk_code)
  SELECT i, $round, sha256(int8send(i)), 'WK001406' FROM generate_series(1, $rows) i;
INSERT INTO bench_vote_pass SELECT sha256(convert_to(i::text, 'UTF8')), i, 'ONLINE', now() + interval '1 day'
  FROM generate_series(1, $rows) i;
VACUUM ANALYZE bench_vote_entry, bench_vote_pass;
SQL
cat >"$data/cast.sql" <<'SQL'
\set slot random(0, 7)
BEGIN;
UPDATE bench_vote_entry e SET status = 'VOTED' FROM bench_vote_pass p, (SELECT nextval('bench_vote_next') AS n) t
  WHERE p.token_hash = sha256(convert_to(t.n::text, 'UTF8')) AND p.expires_at > now() AND e.id = p.entry_id AND e.status = 'ELIGIBLE'
  RETURNING e.id AS entry, e.wijk_code AS wijk \gset
DELETE FROM bench_vote_pass WHERE entry_id = :entry;
INSERT INTO bench_vote_ballot VALUES (gen_random_uuid(), :round, :wijk, 'ONLINE', sha256(convert_to(gen_random_uuid()::text, 'UTF8')),
  ARRAY[10, 14]::bigint[], ARRAY[0, 0]);
INSERT INTO bench_vote_turnout VALUES (:round, :wijk, 'ONLINE', :slot, 1)
  ON CONFLICT (round_id, wijk_code, channel, slot) DO UPDATE SET ballots = bench_vote_turnout.ballots + 1;
END;
SQL
pgseconds=$(printf '%.0f' "$measured")
cpu0_pg=$(postgres_cpu)
echo
echo "pgbench: $voters clients, 2 threads, prepared statements, ${pgseconds} s, scratch tables of $rows entries"
pgbench -n -M prepared -D round=$round -c "$voters" -j 2 -T "$pgseconds" -h localhost -p "$(pg_port)" -U postgres -f "$data/cast.sql" wijkdeal \
  >"$data/pgbench.out" 2>&1 || { cat "$data/pgbench.out"; exit 1; }
grep -E "^(number of transactions actually|number of failed|latency average|tps)|aborted" "$data/pgbench.out"
tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$data/pgbench.out")
pgbench_xacts=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$data/pgbench.out")
cpu_pgbench_pg=$(echo "$(postgres_cpu) - $cpu0_pg" | bc -l)

echo
printf '%-36s %9s %9s %9s %9s %9s\n' "" "per s" "p50 ms" "p99 ms" "ratio" ""
printf '%-36s %9.1f %9s %9s %9.2f\n' "pgbench, CastBallot's writes" "$tps" "" "" 1
printf '%-36s %9.1f %9.1f %9.1f %9.2f\n' "HTTP whole vote (6 requests)" "$(val votes_per_s)" "$(val vote_p50_ms)" "$(val vote_p99_ms)" \
  "$(echo "$(val votes_per_s) / $tps" | bc -l)"
printf '%-36s %9s %9.1f %9.1f\n' "  of which POST versturen" "" "$(val send_p50_ms)" "$(val send_p99_ms)"
echo
echo "CPU per vote (all $cast votes of the HTTP run, warm-up included): service $(printf %.1f "$(echo "1000 * $cpu_service / $cast" | bc -l)") ms,"\
  "PostgreSQL $(printf %.1f "$(echo "1000 * $cpu_pg / $cast" | bc -l)") ms, driver $(printf %.1f "$(echo "1000 * $(val driver_cpu_s) / $cast" | bc -l)") ms"
echo "CPU per pgbench transaction: PostgreSQL $(printf %.2f "$(echo "1000 * $cpu_pgbench_pg / $pgbench_xacts" | bc -l)") ms (pgbench itself not counted)"

stored=$(( $(q -c "SELECT count(*) FROM ballot WHERE round_id = $round") - ballots_before ))
receipts=$(sort -u "$data/receipts.txt" | wc -l)
echo
echo "ballots stored in round $round during the run: $stored; receipts the driver got (303): $receipts"
[[ $stored == "$receipts" ]] && echo "PASS ballots == receipts" || { echo "FAIL ballots != receipts"; exit 1; }

# Closing the vote: the gebiedsteam's button moves the round to counting and counts it in the same
# transaction (while ballots wait on the round row). Baseline in the same run: reading the round's
# ballot rows once (what the count must read at least).
cookies=$data/staff-cookies
csrf_of() { curl -s -b "$cookies" -c "$cookies" "$base$1" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1; }
total=$(q -c "SELECT count(*) FROM ballot WHERE round_id = $round")
t0=$(date +%s%N)
q -c "SELECT plan_ids, choice_values, channel, receipt_hash FROM ballot WHERE round_id = $round" >/dev/null
read_s=$(echo "($(date +%s%N) - $t0) / 1000000000" | bc -l)
token=$(csrf_of "/beheer/rondes/$round")
close_s=$(curl -s -o /dev/null -w '%{time_total}' -b "$cookies" -c "$cookies" -d "csrf=$token" "$base/beheer/rondes/$round/volgende-fase")
counted=$(q -c "SELECT coalesce(sum(ballots), 0) FROM result WHERE round_id = $round")
echo
printf 'close + count of %d ballots: %.0f ms (HTTP, one request); reading them once with psql: %.0f ms; ratio %.1f\n' \
  "$total" "$(echo "1000 * $close_s" | bc -l)" "$(echo "1000 * $read_s" | bc -l)" "$(echo "$close_s / $read_s" | bc -l)"
[[ $counted == "$total" ]] && echo "PASS counted == ballots in the box ($counted)" || { echo "FAIL counted $counted != $total"; exit 1; }
