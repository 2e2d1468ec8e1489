#!/usr/bin/env bash
# train.sh TARGET_DIR JAR_NAME: lays out the production jar the way it starts fastest, as Spring Boot documents it
# (https://docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html): the jar extracted into
# TARGET_DIR/atlas, and a class data sharing archive, atlas.jsa, written by one training start of it. The training
# start runs on a throwaway data folder until the overview and the records grid have answered, so that the archive
# holds the classes of Spring, Hibernate, Flyway, Tomcat and Vaadin that every start and first page load.
set -euo pipefail
target=$1; jar=$2; out="$target/atlas"
rm -rf "$out"
java -Djarmode=tools -jar "$target/$jar" extract --destination "$out"
data=$(mktemp -d); log="$target/atlas-training.log"
trap 'rm -rf "$data"' EXIT
(cd "$data" && exec java -XX:ArchiveClassesAtExit="$out/atlas.jsa" -jar "$out/$jar" --server.port=0 \
    --atlas.data-dir="$data/data" > "$log" 2>&1) & pid=$!
port=""
for _ in $(seq 1 600); do
  port=$(grep -oE 'Tomcat started on port ([0-9]+)' "$log" | grep -oE '[0-9]+$' || true)
  [ -n "$port" ] && break
  kill -0 $pid 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$port" ] || { echo "the training start did not come up" >&2; kill $pid; exit 1; }
for page in / /records /countries; do
  curl -s -o /dev/null --retry 20 --retry-connrefused --retry-delay 1 "http://127.0.0.1:$port$page"
done
kill -TERM $pid
wait $pid || true
[ -s "$out/atlas.jsa" ] || { echo "no class data sharing archive was written" >&2; tail -20 "$log" >&2; exit 1; }
echo "Production layout: java -XX:SharedArchiveFile=$out/atlas.jsa -jar $out/$jar"
