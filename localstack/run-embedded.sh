#!/usr/bin/env bash
# Runs the whole backend on this machine, without Docker or an AWS account: DynamoDB Local, ElasticMQ
# and aws-ses-v2-local provisioned from template.yaml, the functions behind http://localhost:3000, and
# their stream and queue pollers. Arguments go to LocalStackMain (--demo, --exit, --free-ports, ...).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -f localstack/ses/node_modules/aws-ses-v2-local/dist/cli.js ]; then
  npm ci --prefix localstack/ses --no-audit --no-fund
fi

# The pages (web/): their npm parts once, and a build whenever a page, text or the municipality table changed.
if [ ! -d web/node_modules/@utrecht/component-library-css ]; then
  npm ci --prefix web --no-audit --no-fund
fi
if [ ! -f web/dist/index.html ] || [ -n "$(find web/pages web/build.mjs functions/domain/src/main/resources/reference \
      -newer web/dist/index.html -type f -print -quit)" ]; then
  npm run --silent build --prefix web
fi

classpath_file=localstack/runner/target/runtime-classpath.txt
runner_classes=localstack/runner/target/classes

# A build is due when there is none yet, or when a pom, source or resource changed since the last one.
needs_build() {
  [ -f "$classpath_file" ] && [ -d "$runner_classes" ] || return 0
  [ -n "$(find pom.xml functions localstack/emulators localstack/runner -newer "$classpath_file" \
            -not -path '*/target/*' \( -name pom.xml -o -path '*/src/main/*' \) -type f -print -quit)" ]
}

if needs_build; then
  echo "Building the project once (mvn install -DskipTests)..." >&2
  mvn -q -B install -DskipTests
  mvn -q -B -pl localstack/runner dependency:build-classpath \
    -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime
  # The plugin leaves an unchanged file untouched; its time is what marks the build as current.
  touch "$classpath_file"
fi

exec java -Drmt.root="$root" -cp "$runner_classes:$(cat "$classpath_file")" \
  nl.rmt.intake.localstack.runner.LocalStackMain "$@"
