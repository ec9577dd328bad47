# No set -e: a step's failure is recorded and the script goes on, so that one call an emulator lacks does not leave
# the rest uncreated. Each create_* below stops at its first failing call itself (|| return).
set -uo pipefail

# In the LocalStack container awslocal is on the PATH; from a host shell, against a LocalStack that is up, the plain
# AWS CLI is aimed at it instead. Test credentials either way: they put everything in account 000000000000, the
# one the ARNs in this script and in sam-env.json name, where real keys could make LocalStack use another.
if command -v awslocal >/dev/null 2>&1; then
  aws_cli=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test awslocal)
else
  aws_cli=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws --endpoint-url "${AWS_ENDPOINT_URL:-http://localhost:4566}")
fi

# A failing call says which call it was, so that the summary names it next to the CLI's error.
aws_() {
  local error status
  { error="$("${aws_cli[@]}" --region "$REGION" "$@" 2>&1 >&3 3>&-)"; status=$?; } 3>&1
  if [ "$status" -ne 0 ]; then
    printf 'aws %s %s: %s\n' "$1" "$2" "$(first_line "$error")" >&2
  fi
  return "$status"
}

first_line() { # of an error message: the CLI starts it with an empty line
  printf '%s\n' "$1" | grep -m1 -v '^[[:space:]]*$' || true
}

# Every create_* below may run again on a LocalStack that already has the resource (a second run of this script):
# it then leaves the resource as it is.

create_table() { # name, CreateTable request (JSON)
  if aws_ dynamodb describe-table --table-name "$1" >/dev/null 2>&1; then
    return 0
  fi
  aws_ dynamodb create-table --cli-input-json "$2" >/dev/null || return
  aws_ dynamodb wait table-exists --table-name "$1"
}

enable_time_to_live() { # table, attribute
  # DynamoDB refuses to enable a time to live twice.
  if [ "$(aws_ dynamodb describe-time-to-live --table-name "$1" \
    --query TimeToLiveDescription.TimeToLiveStatus --output text 2>/dev/null)" = ENABLED ]; then
    return 0
  fi
  aws_ dynamodb update-time-to-live --table-name "$1" \
    --time-to-live-specification "Enabled=true,AttributeName=$2" >/dev/null
}

create_queue() { # name, attributes (JSON)
  aws_ sqs create-queue --queue-name "$1" --attributes "$2" >/dev/null
}

create_topic() { # name, attributes (JSON)
  if [ "$2" = "{}" ]; then
    aws_ sns create-topic --name "$1" >/dev/null
  else
    aws_ sns create-topic --name "$1" --attributes "$2" >/dev/null
  fi
}

# SES v1 calls, which every LocalStack edition serves; LocalStack verifies an identity as soon as it is added.
verify_identity() { # email address or domain
  case "$1" in
    *@*) aws_ ses verify-email-identity --email-address "$1" >/dev/null ;;
    *) aws_ ses verify-domain-identity --domain "$1" >/dev/null ;;
  esac
}

create_configuration_set() { # name
  if aws_ ses describe-configuration-set --configuration-set-name "$1" >/dev/null 2>&1; then
    return 0
  fi
  aws_ ses create-configuration-set --configuration-set "Name=$1" >/dev/null
}

create_event_destination() { # configuration set, destination name, event destination (JSON)
  local existing
  existing="$(aws_ ses describe-configuration-set --configuration-set-name "$1" \
    --configuration-set-attribute-names eventDestinations \
    --query "EventDestinations[?Name=='$2'].Name" --output text)" || return
  # The CLI prints None, or nothing, where the set has no such destination yet.
  case "$existing" in
    "" | None) aws_ ses create-configuration-set-event-destination --configuration-set-name "$1" --event-destination "$3" >/dev/null ;;
  esac
}

# Outcomes, one line per step, appended by the steps that run side by side (a short append is atomic).
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
touch "$results/ready" "$results/skipped" "$results/failed"

required() { # what, command...
  step "$1" "" "${@:2}"
}

optional() { # what, what is lost without it, command...
  step "$1" "$2" "${@:3}"
}

step() { # what, what is lost without it ('' when the functions need it), command...
  local what="$1" lost="$2" error
  shift 2
  if error="$("$@" 2>&1 >/dev/null)"; then
    printf '%s\n' "$what" >>"$results/ready"
  elif [ -z "$lost" ]; then
    printf '%s: FAILED: %s\n' "$what" "$error" >&2
    printf '%s: %s\n' "$what" "$(first_line "$error")" >>"$results/failed"
  else
    printf '%s: skipped (optional): %s\n' "$what" "$(first_line "$error")" >&2
    printf '%s: %s; %s\n' "$what" "$lost" "$(first_line "$error")" >>"$results/skipped"
  fi
}

after() { # what must be ready first, then a required or optional step
  local prerequisite="$1"
  shift
  if grep -qxF -- "$prerequisite" "$results/ready"; then
    "$@"
  elif [ "$1" = required ]; then
    printf '%s: not tried, %s is missing\n' "$2" "$prerequisite" >>"$results/failed"
  else
    printf '%s: %s; not tried, %s is missing\n' "$2" "$3" "$prerequisite" >>"$results/skipped"
  fi
}

# The resources of one wave do not refer to each other, so they are created side by side, a few at a time: a hundred
# queues one after the other would hold up readiness by a minute, all at once would start a hundred CLI processes.
pids=()
run() {
  if [ "${#pids[@]}" -ge 8 ]; then
    wait_for_all
  fi
  "$@" &
  pids+=("$!")
}

wait_for_all() {
  local pid
  for pid in ${pids[@]+"${pids[@]}"}; do
    # A step records its own outcome and returns 0; anything else is a fault of this script.
    wait "$pid" || printf 'a step ended unexpectedly (exit %s); see the errors above\n' "$?" >>"$results/failed"
  done
  pids=()
}

summary() {
  local kinds
  kinds="$(cut -d' ' -f1 "$results/ready" | sort | uniq -c | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2}')"
  echo "$STACK: ready (created now or before): ${kinds:-nothing}"
  if [ -s "$results/skipped" ]; then
    echo "$STACK: skipped $(wc -l <"$results/skipped") optional step(s), the functions run without them:"
    sed 's/^/  /' "$results/skipped"
  fi
  if [ -s "$results/failed" ]; then
    echo "$STACK: FAILED $(wc -l <"$results/failed") required step(s), the functions need them:"
    sed 's/^/  /' "$results/failed"
    exit 1
  fi
  echo "$STACK: everything the functions need is there"
}
