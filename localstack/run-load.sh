#!/usr/bin/env bash
# The load run: boots the embedded stack from template.yaml and posts synthetic intakes from many clients through
# the local HTTP API, then reports throughput, latencies, what each case got and what it would cost on AWS (see
# README, "The load run"). Arguments: [intakes, default 5000] [clients, default 32] [seed] [--rate intakes-a-second]
# [--without-proof-of-work] (by default the stage asks for one, as deployed, and each client solves a challenge):
# without --rate a burst (each client sends its next intake when it has its answer), with it paced (an open loop).
# Instances per function: RMT_LAMBDA_CONCURRENCY (default: one per client).
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-runner-main.sh" nl.rmt.intake.localstack.runner.load.LoadRun "$@"
