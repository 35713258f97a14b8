#!/usr/bin/env bash
# Runs every test of Termine on a fresh Debian 12 machine with the .NET SDK, Node and npm:
# installs what the tests need, starts a PostgreSQL of its own, runs the whole suite against SQLite and again
# against PostgreSQL, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages: PostgreSQL, the SMTP server (aiosmtpd), the QR decoder (zbarimg) and the browser.
packages=(postgresql python3-aiosmtpd zbar-tools chromium openssl ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. npm packages, where a part of the repository has them.
for dir in webchat tests/e2e tests/directline-protocol; do
  if [ -f "$dir/package-lock.json" ]; then
    echo "==> npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

# 3. A PostgreSQL cluster of our own in a temporary folder, on loopback only.
pg_bin=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin
pg_port=${TERMINE_TEST_PG_PORT:-55432}
pg_data=$(mktemp -d /tmp/termine-pg.XXXXXX)
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_data"
stop_pg() {
  run_pg "$pg_bin/pg_ctl -D $pg_data -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$pg_data"
}
trap stop_pg EXIT
echo "==> starting PostgreSQL on 127.0.0.1:$pg_port"
run_pg "$pg_bin/initdb -D $pg_data -A trust -U postgres --no-sync -E UTF8" >/dev/null
run_pg "$pg_bin/pg_ctl -D $pg_data -l $pg_data/server.log -w -o \"-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500\" start" >/dev/null

# 4. A TLS certificate for 127.0.0.1 that this run's processes trust: the stand-ins for the Bot Connector's OpenID
#    metadata and token services must speak HTTPS, as the SDK fetches that metadata over HTTPS only.
tls=$(mktemp -d /tmp/termine-tls.XXXXXX)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -addext "basicConstraints=critical,CA:TRUE" \
  -keyout "$tls/loopback.key" -out "$tls/loopback.pem" 2>/dev/null
openssl rehash "$tls" 2>/dev/null || c_rehash "$tls" >/dev/null
export SSL_CERT_DIR="$tls:/etc/ssl/certs"
export TERMINE_TEST_TLS_CERT=$tls/loopback.pem TERMINE_TEST_TLS_KEY=$tls/loopback.key
trap 'stop_pg; rm -rf "$tls"' EXIT

# 5. The suite, twice.
results=$root/TestResults
export TERMINE_TEST_ARTIFACTS=$root/test-artifacts
# Everything a test needs is here now: a missing part fails the test instead of skipping it.
export TERMINE_TEST_STRICT=1
rm -rf "$results" "$TERMINE_TEST_ARTIFACTS"
echo "==> building"
dotnet build Termine.sln -c Release -nologo -v quiet
# Both runs always happen, so one report shows both providers; the exit status says whether any test failed.
status=0
echo "==> checking the formatting (dotnet format --verify-no-changes)"
dotnet format Termine.sln --verify-no-changes --no-restore || status=1
echo "==> tests against SQLite"
# One test project at a time (-m:1): the browser tests' fake camera and Web Chat starve when the published-folder
# tests build and start hosts on the same two cores at the same moment.
TERMINE_TEST_DATABASE=Sqlite dotnet test Termine.sln -c Release --no-build -nologo -m:1 \
  --logger "trx;LogFilePrefix=sqlite" --results-directory "$results" || status=1
echo "==> tests against PostgreSQL"
TERMINE_TEST_DATABASE=Postgres TERMINE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres" \
  dotnet test Termine.sln -c Release --no-build -nologo -m:1 \
  --logger "trx;LogFilePrefix=postgres" --results-directory "$results" || status=1

# One closing line for both runs.
count() { grep -ho " $1=\"[0-9]*\"" "$results"/*.trx | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(count passed)
failed=$(count failed)
echo "$passed passed, $failed failed"
exit $status
