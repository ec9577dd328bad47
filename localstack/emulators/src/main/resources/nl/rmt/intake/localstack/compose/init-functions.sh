set -euo pipefail

# In the LocalStack container awslocal is on the PATH; from a host shell, against a LocalStack that is up, the plain
# AWS CLI is aimed at it instead. Test credentials either way: they put everything in account 000000000000, the
# one the ARNs in this script and in sam-env.json name, where real keys could make LocalStack use another.
if command -v awslocal >/dev/null 2>&1; then
  aws_cli=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test awslocal)
else
  aws_cli=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws --endpoint-url "${AWS_ENDPOINT_URL:-http://localhost:4566}")
fi

aws_() {
  "${aws_cli[@]}" --region "$REGION" "$@"
}

# Every create_* below may run again on a LocalStack that already has the resource (a second run of this script):
# it then leaves the resource as it is.

create_table() { # name, CreateTable request (JSON), TTL attribute or ''
  if aws_ dynamodb describe-table --table-name "$1" >/dev/null 2>&1; then
    return 0
  fi
  aws_ dynamodb create-table --cli-input-json "$2" >/dev/null
  aws_ dynamodb wait table-exists --table-name "$1"
  if [ -n "$3" ]; then
    aws_ dynamodb update-time-to-live --table-name "$1" \
      --time-to-live-specification "Enabled=true,AttributeName=$3" >/dev/null
  fi
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
    --query "EventDestinations[?Name=='$2'].Name" --output text)"
  # The CLI prints None, or nothing, where the set has no such destination yet.
  case "$existing" in
    "" | None) aws_ ses create-configuration-set-event-destination --configuration-set-name "$1" --event-destination "$3" >/dev/null ;;
  esac
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
  local pid failed=0
  for pid in ${pids[@]+"${pids[@]}"}; do
    wait "$pid" || failed=1
  done
  pids=()
  if [ "$failed" -ne 0 ]; then
    echo "$STACK: creating the resources of template.yaml failed; the errors are above" >&2
    exit 1
  fi
}
