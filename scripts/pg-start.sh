#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for dixit's tests and benchmarks, and
# print the shell lines that point them at it:
#
#   eval "$(scripts/pg-start.sh)"      # exports DIXIT_TEST_POSTGRES and DIXIT_PG_DIR
#   go test ./internal/library/postgres/
#   scripts/pg-stop.sh                 # stops the cluster and removes its directory
#
# The cluster lives in a new temp dir, listens on a free port of 127.0.0.1
# only, trusts local connections (no password) and holds one database,
# "dixit", owned by the superuser "dixit". initdb refuses to run as root: as
# root the cluster runs as the "postgres" user (created if missing).
#
# Without PostgreSQL binaries (/usr/lib/postgresql/*/bin, or initdb on PATH)
# it installs Debian's packages when run as root, else says what to install.
#
#   PG_BIN=/usr/lib/postgresql/16/bin   which binaries to use
#   PG_OPTS="-c fsync=off"              server settings (default: fsync and
#                                       synchronous_commit off: a throwaway
#                                       cluster trades durability for speed;
#                                       PG_OPTS="" keeps PostgreSQL's defaults)
set -euo pipefail

log() { echo "pg-start: $*" >&2; }

find_bin() {
	if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
	local d
	d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
	if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
	if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; fi
}

bin=$(find_bin)
if [ -z "$bin" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		log "installing postgresql postgresql-contrib (Debian packages)"
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
		bin=$(find_bin)
	fi
	if [ -z "$bin" ]; then
		log "no PostgreSQL found: install it (apt-get install postgresql postgresql-contrib) or set PG_BIN"
		exit 1
	fi
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/dixit-pg.XXXXXX")
chmod 755 "$dir"
run=()
if [ "$(id -u)" = 0 ]; then
	if ! id postgres >/dev/null 2>&1; then
		useradd --system --no-create-home --shell /bin/sh postgres
	fi
	chown postgres "$dir"
	run=(runuser -u postgres --)
fi

# A free port: ask the kernel for one, else walk a range.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || true)
if [ -z "$port" ]; then
	for p in $(seq 54320 54420); do
		if ! ss -ltn 2>/dev/null | grep -q ":$p "; then port=$p; break; fi
	done
fi

locale=C
if locale -a 2>/dev/null | grep -qix 'c.utf-\?8'; then locale=C.UTF-8; fi
opts=${PG_OPTS-"-c fsync=off -c synchronous_commit=off -c full_page_writes=off"}

log "initdb into $dir/data (binaries $bin, locale $locale)"
"${run[@]}" "$bin/initdb" -D "$dir/data" -U dixit --auth=trust -E UTF8 --locale="$locale" >"$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log" >&2; exit 1; }
"${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
	-o "-h 127.0.0.1 -p $port -k $dir -c max_connections=200 $opts" start >&2 ||
	{ cat "$dir/server.log" >&2; exit 1; }
"${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U dixit dixit

url="postgres://dixit@127.0.0.1:$port/dixit?sslmode=disable"
cat >"$dir/env" <<ENV
export DIXIT_PG_DIR=$dir
export DIXIT_TEST_POSTGRES='$url'
ENV
echo "$bin" >"$dir/bin"
log "PostgreSQL listening on 127.0.0.1:$port; stop it with scripts/pg-stop.sh $dir"
cat "$dir/env"
