#!/usr/bin/env bash
# Runs a main class of localstack/runner with this checkout's build: the runner and its sibling modules are built
# through the reactor, so that nothing from ~/.m2 runs. Arguments: the class, then its own arguments. Extra JVM
# options: RUNNER_JAVA_OPTIONS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ ! -f localstack/ses/node_modules/aws-ses-v2-local/dist/cli.js ]; then
  npm ci --prefix localstack/ses --no-audit --no-fund
fi

mvn -q -B -pl localstack/runner -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/runner-main-classpath.txt -DincludeScope=runtime

main_class="$1"
shift
# shellcheck disable=SC2086 # the options are words
exec java -Drmt.root="$root" ${RUNNER_JAVA_OPTIONS:-} \
  -cp "localstack/runner/target/classes:$(cat localstack/runner/target/runner-main-classpath.txt)" "$main_class" "$@"
