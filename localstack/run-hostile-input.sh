#!/usr/bin/env bash
# The hostile-input run: boots the embedded stack from template.yaml and sends generated hostile requests to
# every route of the local HTTP API (see README, "Hostile input"). Arguments: [requests, default 10000] [seed].
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-runner-main.sh" nl.rmt.intake.localstack.runner.hostile.HostileInputRun "$@"
