#!/usr/bin/env bash
# Starts the serving tier of a benchmark beside a running `./rustok dev --bench`: one gateway on
# :8090 (Hazelcast lite member :5705) and RUNTIMES runtime nodes on :8084, :8085 (members :5706,
# :5707), with the `bench` JVM flags (docs/adr/0027), joined to the platform's cluster and
# database. The platform's own gateway and nodes stay up but idle: their shops, routes and data
# are shared. This way a build can be measured against shops provisioned before it was built.
#   RUSTOK_GATEWAY_SECRET=<the platform's secret> PGPORT=<embedded PostgreSQL port> \
#   RUNTIMES=1 GATEWAY_JAR=... RUNTIME_JAR=... bench/serve.sh
# SERVE=runtimes or SERVE=gateway starts only those; JDBC_PARAMS is appended to the runtime's
# JDBC URL (e.g. preparedStatementCacheQueries=2048). Prints the PIDs; stop them with kill <pid>.
set -euo pipefail
: "${RUSTOK_GATEWAY_SECRET:?}" "${PGPORT:?}"
runtimes=${RUNTIMES:-1}
gateway_jar=${GATEWAY_JAR:-gateway/target/gateway-0.1.0-SNAPSHOT.jar}
runtime_jar=${RUNTIME_JAR:-tenant-runtime/runtime-app/target/runtime-app-0.1.0-SNAPSHOT.jar}
logs=${LOGS:-target/bench-logs}
mkdir -p "$logs"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
flags=(-XX:+UseG1GC -Xms1g -Xmx1g ${EXTRA_JVM_FLAGS:-})
members=127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703,127.0.0.1:5704,127.0.0.1:5705,127.0.0.1:5706,127.0.0.1:5707
export SPRING_PROFILES_ACTIVE=dev RUSTOK_GATEWAY_SECRET SPRING_DATASOURCE_PASSWORD=

serve=${SERVE:-both}
urls=() health=()
for ((i = 0; i < runtimes; i++)); do
  port=$((8084 + i))
  urls+=("http://127.0.0.1:$port") health+=("http://127.0.0.1:$((9084 + i))/actuator/health")
  [[ $serve == gateway ]] && continue
  nohup "$java" "${flags[@]}" -jar "$runtime_jar" --server.port=$port --management.server.port=$((9084 + i)) \
    --management.server.address=127.0.0.1 --rustok.cluster.name=rustok-dev --rustok.cluster.port=$((5706 + i)) \
    --rustok.cluster.members=$members --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/rustok_dev${JDBC_PARAMS:+?$JDBC_PARAMS}" \
    --spring.datasource.username=postgres --rustok.keycloak.url=http://127.0.0.1:8180 ${RUNTIME_ARGS:-} \
    > "$logs/runtime-$port.log" 2>&1 &
  echo "runtime :$port pid $!"
done
[[ $serve == runtimes ]] && exit 0
nohup "$java" "${flags[@]}" -jar "$gateway_jar" --server.port=8090 --management.server.port=9090 \
  --management.server.address=127.0.0.1 --rustok.cluster.name=rustok-dev --rustok.cluster.port=5705 \
  --rustok.cluster.members=$members --rustok.cluster.role=lite --rustok.keycloak.url=http://127.0.0.1:8180 \
  --rustok.platform.domain=localhost --rustok.gateway.control-plane-url=http://127.0.0.1:8081 \
  --rustok.gateway.runtime-urls="$(IFS=,; echo "${urls[*]}")" \
  --rustok.gateway.runtime-health-urls="$(IFS=,; echo "${health[*]}")" ${GATEWAY_ARGS:-} \
  > "$logs/gateway.log" 2>&1 &
echo "gateway :8090 pid $!"
