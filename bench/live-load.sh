#!/usr/bin/env bash
# Live-interaction load test on this machine: starts the packaged server (demo profile, fresh data
# directory), then runs the LiveLoad harness beside it with N phones and one projector.
#   bench/live-load.sh 1000     (also 5000, 10000)
# SERVER_OPTS adds JVM options to the server (e.g. -XX:StartFlightRecording=filename=rec.jfr); HARNESS_OPTS to the
# harness (-Dconvene.live-heap=true: the server's live heap per phone, measured by full collections around the join).
# Needs target/convene.jar (./mvnw -DskipTests package) and compiled test classes (./mvnw test-compile).
set -euo pipefail
N=${1:-1000}
PORT=${PORT:-18080}
cd "$(dirname "$0")/.."
# one open file per connection on each side: raise the limit as far as this machine allows
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -f target/convene.jar ] || ./mvnw -q -B -DskipTests package
[ -f target/test-classes/org/convene/bench/LiveLoad.class ] || ./mvnw -q -B test-compile
DATA=$(mktemp -d "$PWD/target/live-load-XXXX")
# every phone comes from this one address: the per-network limits on newcomers and streams (a venue behind one NAT) are off
CONVENE_JOINS_PER_MINUTE=0 CONVENE_STREAMS_PER_ADDRESS=0 CONVENE_DATA_DIR="$DATA" CONVENE_PORT=$PORT "$JAVA" ${SERVER_OPTS:-} -jar target/convene.jar --spring.profiles.active=demo \
  > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
  sleep 0.5
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, open files limit $(ulimit -n); server pid $SERVER"
timeout 900 "$JAVA" ${HARNESS_OPTS:-} -Xmx3g -Djdk.httpclient.keepalive.timeout=10 -cp target/test-classes org.convene.bench.LiveLoad "http://localhost:$PORT" "$N" "$SERVER"
