#!/usr/bin/env bash
# Stop a cluster started by scripts/pg-start.sh and remove its directory.
#
#   scripts/pg-stop.sh [DIR]    # default: $DIXIT_PG_DIR
set -euo pipefail
dir=${1:-${DIXIT_PG_DIR:-}}
if [ -z "$dir" ] || [ ! -f "$dir/env" ]; then
	echo "pg-stop: no cluster directory (pass the one pg-start.sh printed, or set DIXIT_PG_DIR)" >&2
	exit 1
fi
bin=$(cat "$dir/bin")
run=()
if [ "$(id -u)" = 0 ]; then run=(runuser -u "$(stat -c %U "$dir/data")" --); fi
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
echo "pg-stop: stopped and removed $dir" >&2
