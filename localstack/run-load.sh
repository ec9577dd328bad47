#!/usr/bin/env bash
# The load run: boots the embedded stack from template.yaml and posts synthetic intakes from many clients through
# the local HTTP API, then reports throughput, latencies and what each case got (see README, "The load run").
# Arguments: [intakes, default 5000] [clients, default 32] [seed]. Functions' concurrency: RMT_LAMBDA_CONCURRENCY.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -f localstack/ses/node_modules/aws-ses-v2-local/dist/cli.js ]; then
  npm ci --prefix localstack/ses --no-audit --no-fund
fi

# Built through the reactor, so the run uses this checkout's modules and nothing from ~/.m2.
mvn -q -B -pl localstack/runner -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/load-classpath.txt -DincludeScope=runtime

concurrency=()
if [ -n "${RMT_LAMBDA_CONCURRENCY:-}" ]; then
  concurrency=(-Drmt.lambda.concurrency="$RMT_LAMBDA_CONCURRENCY")
fi
exec java -Drmt.root="$root" "${concurrency[@]}" \
  -cp "localstack/runner/target/classes:$(cat localstack/runner/target/load-classpath.txt)" \
  nl.rmt.intake.localstack.runner.load.LoadRun "$@"
