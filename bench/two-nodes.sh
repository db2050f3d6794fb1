#!/usr/bin/env bash
# Two Convene nodes on one PostgreSQL behind nginx, on this machine, under the live-interaction load test:
# starts PostgreSQL (the tests' embedded server), node A, node B and nginx in front of them, then runs the LiveLoad
# harness with N phones through nginx and the projector on node A. Everything started here is stopped by its own
# process id on exit.
#   bench/two-nodes.sh 2000     (the issue's figure is 15000: 2 x 7,500)
# Needs target/convene.jar (./mvnw -DskipTests package), compiled test classes and Debian's nginx.
# Each proxied phone costs nginx two open files (phone and node); two workers share 15,000 phones under a 20,000 limit.
set -euo pipefail
N=${1:-2000}
PORT=${PORT:-18080}
cd "$(dirname "$0")/.."
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -f target/convene.jar ] || ./mvnw -q -B -DskipTests package
[ -f target/test-classes/org/convene/bench/BenchPostgres.class ] || ./mvnw -q -B test-compile
[ -f target/cp.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
DIR=$(mktemp -d "$PWD/target/two-nodes-XXXX")
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done' EXIT

PGPORT=$((PORT + 10))
"$JAVA" -cp "target/test-classes:$(cat target/cp.txt)" org.convene.bench.BenchPostgres "$PGPORT" "$DIR/postgres" > "$DIR/postgres.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do grep -q '^ready' "$DIR/postgres.log" && break; sleep 0.5; done
grep -q '^ready' "$DIR/postgres.log" || { echo "PostgreSQL did not start (see $DIR/postgres.log)"; exit 1; }

node() { # node NAME PORT
  CONVENE_DB_URL="jdbc:postgresql://localhost:$PGPORT/postgres" CONVENE_DB_USER=postgres CONVENE_DB_PASSWORD= \
  CONVENE_DATA_DIR="$DIR/data" CONVENE_INDEX_DIR="$DIR/index-$1" CONVENE_PORT="$2" CONVENE_FORWARDED_HEADERS=native \
  CONVENE_JOINS_PER_MINUTE=0 CONVENE_STREAMS_PER_ADDRESS=0 \
    "$JAVA" ${SERVER_OPTS:-} -jar target/convene.jar --spring.profiles.active=demo > "$DIR/node-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do curl -sf "http://localhost:$2/actuator/health" >/dev/null && return; sleep 0.5; done
  echo "node $1 did not start (see $DIR/node-$1.log)"; exit 1
}
node a $((PORT + 1)); A=${PIDS[-1]}
node b $((PORT + 2)); B=${PIDS[-1]}

mkdir -p "$DIR/nginx"
cat > "$DIR/nginx/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 2;
worker_rlimit_nofile 20000;
pid $DIR/nginx/nginx.pid;
error_log $DIR/nginx/error.log warn;
events { worker_connections 40000; }
http {
  access_log off;
  client_body_temp_path $DIR/nginx/body; proxy_temp_path $DIR/nginx/proxy; fastcgi_temp_path $DIR/nginx/fastcgi;
  uwsgi_temp_path $DIR/nginx/uwsgi; scgi_temp_path $DIR/nginx/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
  upstream convene { least_conn; server 127.0.0.1:$((PORT + 1)); server 127.0.0.1:$((PORT + 2)); keepalive 256; }
  server {
    listen 127.0.0.1:$PORT;
    location / {
      proxy_pass http://convene;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
CONF
/usr/sbin/nginx -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -g 'daemon off;' > "$DIR/nginx/out.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 40); do curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break; sleep 0.25; done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; nodes $A (a) and $B (b), nginx on $PORT"
timeout 1200 "$JAVA" -Xmx3g -Djdk.httpclient.keepalive.timeout=10 -cp target/test-classes org.convene.bench.LiveLoad \
  "http://localhost:$PORT" "$N" "$A,$B" "http://localhost:$((PORT + 1))"
