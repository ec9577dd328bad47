#!/usr/bin/env bash
# The hostile-input run: boots the embedded stack from template.yaml and sends generated hostile requests to
# every route of the local HTTP API (see README, "Hostile input"). Arguments: [requests, default 10000] [seed].
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -f localstack/ses/node_modules/aws-ses-v2-local/dist/cli.js ]; then
  npm ci --prefix localstack/ses --no-audit --no-fund
fi

# Built through the reactor, so the run uses this checkout's modules and nothing from ~/.m2.
mvn -q -B -pl localstack/runner -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/hostile-classpath.txt -DincludeScope=runtime

exec java -Drmt.root="$root" -cp "localstack/runner/target/classes:$(cat localstack/runner/target/hostile-classpath.txt)" \
  nl.rmt.intake.localstack.runner.hostile.HostileInputRun "$@"
