#!/usr/bin/env bash
# Fault checks on the real binary, one line per check, non-zero exit when one
# fails:
#
#   kill-loop      20 kill -9s during an ingest of 2,000 articles, then an
#                  integrity check and an exactly-once count
#   readers        ls, quotes and speakers answer while another process holds
#                  a write transaction
#   hostile-name   a file named with ESC, BEL, CR and U+202E reaches no output
#                  raw: extract (json, csv, md), ingest, ls, show, export, rm
#
#   scripts/faults.sh            # needs go and python3 (for sqlite3)
#   FAULTS_KILLS=5 scripts/faults.sh
set -uo pipefail
cd "$(dirname "$0")/.."

kills=${FAULTS_KILLS:-20}
n=${FAULTS_ARTICLES:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/dixit
go build -o "$bin" ./cmd/dixit || { echo "FAIL build"; exit 1; }
failed=0
ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failed=1; }

# Every article is invented: a harbour notice with one quote, numbered so
# that each text is its own.
mkdir -p "$work/in"
python3 - "$work/in" "$n" <<'EOF'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    with open(os.path.join(d, f"notice-{i:05d}.txt"), "w") as f:
        f.write(f"Harbour notice {i}\n\n"
                f"“Berth {i} reopens on Monday,” said Nora Quill, the harbour master of Kelderport.\n\n"
                f"The ferry to Saltmere leaves berth {i % 40} at {6 + i % 12}:15.\n")
EOF

db=$work/kill.db
dx() { "$bin" --db "$1" --aliases "$work/none.toml" "${@:2}"; }

# --- kill-loop
for ((k = 0; k < kills; k++)); do
	dx "$db" ingest "$work/in" >/dev/null 2>&1 &
	pid=$!
	sleep "0.$((RANDOM % 9 + 1))$((RANDOM % 10))"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
done
dx "$db" ingest "$work/in" >"$work/final.out" 2>&1
check=$(python3 - "$db" "$n" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
mine = con.execute("SELECT count(*), count(DISTINCT path), count(DISTINCT hash) FROM articles WHERE path LIKE '%/notice-%'").fetchone()
orphans = con.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
want = int(sys.argv[2])
print("ok" if integrity == "ok" and mine == (want, want, want) and orphans == 0 else "bad",
      f"integrity {integrity}, {mine[0]} articles ({mine[1]} paths, {mine[2]} texts) of {want}, {orphans} orphan quotes")
EOF
)
case $check in
ok*) ok "kill-loop: $kills kills during an ingest of $n articles; ${check#ok }" ;;
*) fail "kill-loop: ${check#bad }; last ingest: $(tail -1 "$work/final.out")" ;;
esac

# --- readers
rdb=$work/read.db
dx "$rdb" ls >/dev/null 2>&1
python3 - "$rdb" "$work/held" <<'EOF' &
import sqlite3, sys, time, os
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE articles SET title = 'Uncommitted title'")
open(sys.argv[2], "w").close()
time.sleep(8)
con.execute("ROLLBACK")
EOF
holder=$!
for _ in $(seq 50); do [ -e "$work/held" ] && break; sleep 0.1; done
slow=""
for cmd in ls quotes speakers; do
	start=$(date +%s%N)
	out=$(dx "$rdb" $cmd 2>&1) || slow+=" $cmd failed ($(echo "$out" | tail -1));"
	ms=$((($(date +%s%N) - start) / 1000000))
	[ "$ms" -gt 3000 ] && slow+=" $cmd took ${ms} ms;"
	case $out in *Uncommitted*) slow+=" $cmd saw an uncommitted write;" ;; esac
done
wait "$holder"
if [ -z "$slow" ]; then ok "readers: ls, quotes and speakers answer during another process's write"; else fail "readers:$slow"; fi

# --- hostile-name
hdb=$work/hostile.db
name=$work/$'ferry\e]52;c;aGk=\a\e[2A\r\xe2\x80\xaetxt.md'
printf '#\n\n“The ferries will run on the winter timetable,” said Nora Quill.\n' >"$name"
out=$work/hostile.out
: >"$out"
for f in json csv md; do "$bin" extract --format "$f" "$name" >>"$out" 2>&1; done
"$bin" extract "$name.missing" >>"$out" 2>&1
dx "$hdb" ingest "$name" >>"$out" 2>&1
for cmd in "ls" "ls --json" "quotes" "export --format md" "export --format json"; do dx "$hdb" $cmd >>"$out" 2>&1; done
dx "$hdb" show "$name" >>"$out" 2>&1
dx "$hdb" show --json "$name" >>"$out" 2>&1
dx "$hdb" rm "$name"$'\e[2J' "$name" >>"$out" 2>&1
if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$out" || LC_ALL=C grep -q $'\xe2\x80[\xaa-\xae]' "$out"; then
	fail "hostile-name: a control or bidi character from the file's name reached the output"
elif ! grep -q "ferry" "$out" || ! grep -q "removed" "$out"; then
	fail "hostile-name: the file was not read, stored and removed"
else
	ok "hostile-name: extract, ingest, ls, show, export and rm print the name inert"
fi

exit $failed
