#!/usr/bin/env bash
# Runs the whole backend on this machine, without Docker or an AWS account: DynamoDB Local, ElasticMQ
# and aws-ses-v2-local provisioned from template.yaml, the functions behind http://localhost:3000, and
# their stream and queue pollers. Arguments go to LocalStackMain (--demo, --exit, --free-ports, ...).
# It runs this checkout's own build output (its modules' target/ jars) and installs nothing, so that two
# checkouts on one machine never run each other's code.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -f localstack/ses/node_modules/aws-ses-v2-local/dist/cli.js ]; then
  npm ci --prefix localstack/ses --no-audit --no-fund
fi

# The pages (web/): their npm parts when missing or when the lock file changed, and a build whenever a page, text or
# reference data changed.
if [ ! -d web/node_modules/@utrecht/component-library-css ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
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
  # Written by an older version of this script, which ran the modules installed in ~/.m2.
  tr ':' '\n' < "$classpath_file" | grep -q '/nl/rmt/intake/' && return 0
  [ -n "$(find pom.xml functions localstack/emulators localstack/runner -newer "$classpath_file" \
            -not -path '*/target/*' \( -name pom.xml -o -path '*/src/main/*' \) -type f -print -quit)" ]
}

if needs_build; then
  echo "Building this checkout (mvn package, without tests; nothing is installed)..." >&2
  # One reactor run: the class path then names the sibling modules' jars under their target/, not ~/.m2.
  mvn -q -B -Dmaven.test.skip=true -pl localstack/runner -am package dependency:build-classpath \
    -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime
  # The plugin leaves an unchanged file untouched; its time is what marks the build as current.
  touch "$classpath_file"
fi

if tr ':' '\n' < "$classpath_file" | grep -q '/nl/rmt/intake/'; then
  echo "$classpath_file names this project's modules from a Maven repository; delete it and run again" >&2
  exit 1
fi

exec java -Drmt.root="$root" -cp "$runner_classes:$(cat "$classpath_file")" \
  nl.rmt.intake.localstack.runner.LocalStackMain "$@"
