#!/usr/bin/env bash
# Generated from template.yaml: edit the template, then regenerate with
#   mvn -B -q -pl localstack/emulators compile exec:java -Dexec.mainClass=nl.rmt.intake.localstack.compose.ComposeFiles
# (a test fails while this file differs from what the generator makes of the template).
#
# Creates in LocalStack the tables, queues, topics and SES resources of stack rmt-intake in eu-west-1,
# with the names and settings the template gives them. "left out" names the properties that have no
# local effect (encryption, backups, tags) or no LocalStack API. A "required" step is one the functions
# need; an "optional" one an emulator may lack is reported as skipped, with what is lost without it.
# The script ends with a summary and exits non-zero only when a required step failed.

STACK=rmt-intake
REGION=eu-west-1

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

# ---------------------------------------------------------------- wave 1
# CasesTable (left out: PointInTimeRecoverySpecification, SSESpecification)
run required 'table rmt-intake-cases' create_table rmt-intake-cases '{
  "TableName": "rmt-intake-cases",
  "AttributeDefinitions": [{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},{"AttributeName":"gsi1pk","AttributeType":"S"},{"AttributeName":"gsi1sk","AttributeType":"S"},{"AttributeName":"gsi2pk","AttributeType":"S"},{"AttributeName":"gsi2sk","AttributeType":"S"},{"AttributeName":"gsi3pk","AttributeType":"S"},{"AttributeName":"gsi3sk","AttributeType":"S"},{"AttributeName":"gsi4pk","AttributeType":"S"},{"AttributeName":"gsi4sk","AttributeType":"S"},{"AttributeName":"gsi5pk","AttributeType":"S"},{"AttributeName":"gsi5sk","AttributeType":"S"}],
  "KeySchema": [{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
  "BillingMode": "PAY_PER_REQUEST",
  "GlobalSecondaryIndexes": [{"IndexName":"gsi1","KeySchema":[{"AttributeName":"gsi1pk","KeyType":"HASH"},{"AttributeName":"gsi1sk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["caseId","reference","status","region","leadPartnerId","submittedAt","targetGroups","outcome","assignments"]}},{"IndexName":"gsi2","KeySchema":[{"AttributeName":"gsi2pk","KeyType":"HASH"},{"AttributeName":"gsi2sk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["caseId","leadPartnerId","round","region"]}},{"IndexName":"gsi3","KeySchema":[{"AttributeName":"gsi3pk","KeyType":"HASH"},{"AttributeName":"gsi3sk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["caseId"]}},{"IndexName":"gsi4","KeySchema":[{"AttributeName":"gsi4pk","KeyType":"HASH"},{"AttributeName":"gsi4sk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["caseId","outboxId","reference","status","region","leadPartnerId","submittedAt","targetGroups","attention"]}},{"IndexName":"gsi5","KeySchema":[{"AttributeName":"gsi5pk","KeyType":"HASH"},{"AttributeName":"gsi5sk","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["reorganisationId","region","employerName","kvkNumber","siteMunicipality","sector","jobsAffected","expectedNoticeDate","socialPlan","status","registeredAt","closedAt","invitationValidUntil","outcome"]}}],
  "StreamSpecification": {"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"}
}'
# EmailEventsTopic
run optional 'topic rmt-intake-email-events' 'no function'\''s environment names it' create_topic rmt-intake-email-events '{}'
# EmailEventsDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-email-events-dlq' create_queue rmt-intake-email-events-dlq '{"MessageRetentionPeriod":"1209600"}'
# OutboxFailureQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-outbox-failures' create_queue rmt-intake-outbox-failures '{"MessageRetentionPeriod":"1209600"}'
# ConfirmationDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-confirmation-dlq.fifo' create_queue rmt-intake-confirmation-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# EmailConfigurationSet
run required 'configuration-set rmt-intake-email' create_configuration_set rmt-intake-email
# AlarmTopic
run optional 'topic rmt-intake-alarms' 'no function'\''s environment names it' create_topic rmt-intake-alarms '{}'
# PartnerUwvDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-uwv-dlq.fifo' create_queue rmt-intake-partner-uwv-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerVakbondenDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-vakbonden-dlq.fifo' create_queue rmt-intake-partner-vakbonden-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerSbbDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-sbb-dlq.fifo' create_queue rmt-intake-partner-sbb-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm01DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am01-dlq.fifo' create_queue rmt-intake-desk-am01-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm02DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am02-dlq.fifo' create_queue rmt-intake-desk-am02-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm03DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am03-dlq.fifo' create_queue rmt-intake-desk-am03-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm05DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am05-dlq.fifo' create_queue rmt-intake-desk-am05-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm06DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am06-dlq.fifo' create_queue rmt-intake-desk-am06-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm07DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am07-dlq.fifo' create_queue rmt-intake-desk-am07-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm08DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am08-dlq.fifo' create_queue rmt-intake-desk-am08-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm09DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am09-dlq.fifo' create_queue rmt-intake-desk-am09-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm10DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am10-dlq.fifo' create_queue rmt-intake-desk-am10-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm11DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am11-dlq.fifo' create_queue rmt-intake-desk-am11-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm12DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am12-dlq.fifo' create_queue rmt-intake-desk-am12-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm13DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am13-dlq.fifo' create_queue rmt-intake-desk-am13-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm14DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am14-dlq.fifo' create_queue rmt-intake-desk-am14-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm15DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am15-dlq.fifo' create_queue rmt-intake-desk-am15-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm17DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am17-dlq.fifo' create_queue rmt-intake-desk-am17-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm18DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am18-dlq.fifo' create_queue rmt-intake-desk-am18-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm19DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am19-dlq.fifo' create_queue rmt-intake-desk-am19-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm20DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am20-dlq.fifo' create_queue rmt-intake-desk-am20-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm21DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am21-dlq.fifo' create_queue rmt-intake-desk-am21-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm22DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am22-dlq.fifo' create_queue rmt-intake-desk-am22-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm23DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am23-dlq.fifo' create_queue rmt-intake-desk-am23-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm24DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am24-dlq.fifo' create_queue rmt-intake-desk-am24-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm25DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am25-dlq.fifo' create_queue rmt-intake-desk-am25-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm26DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am26-dlq.fifo' create_queue rmt-intake-desk-am26-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm27DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am27-dlq.fifo' create_queue rmt-intake-desk-am27-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm28DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am28-dlq.fifo' create_queue rmt-intake-desk-am28-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm29DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am29-dlq.fifo' create_queue rmt-intake-desk-am29-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm30DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am30-dlq.fifo' create_queue rmt-intake-desk-am30-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm32DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am32-dlq.fifo' create_queue rmt-intake-desk-am32-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm33DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am33-dlq.fifo' create_queue rmt-intake-desk-am33-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm34DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am34-dlq.fifo' create_queue rmt-intake-desk-am34-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm35DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am35-dlq.fifo' create_queue rmt-intake-desk-am35-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm36DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am36-dlq.fifo' create_queue rmt-intake-desk-am36-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm37DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am37-dlq.fifo' create_queue rmt-intake-desk-am37-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# DeskAm38DeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am38-dlq.fifo' create_queue rmt-intake-desk-am38-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm18GemeenteDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am18-gemeente-dlq.fifo' create_queue rmt-intake-partner-am18-gemeente-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm18SchuldhulpDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am18-schuldhulp-dlq.fifo' create_queue rmt-intake-partner-am18-schuldhulp-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm18OnderwijsDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am18-onderwijs-dlq.fifo' create_queue rmt-intake-partner-am18-onderwijs-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm23GemeenteDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am23-gemeente-dlq.fifo' create_queue rmt-intake-partner-am23-gemeente-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm23SchuldhulpDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am23-schuldhulp-dlq.fifo' create_queue rmt-intake-partner-am23-schuldhulp-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm26GemeenteDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am26-gemeente-dlq.fifo' create_queue rmt-intake-partner-am26-gemeente-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm27GemeenteDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am27-gemeente-dlq.fifo' create_queue rmt-intake-partner-am27-gemeente-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm27ZzpProjectDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am27-zzp-project-dlq.fifo' create_queue rmt-intake-partner-am27-zzp-project-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm13GemeenteDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am13-gemeente-dlq.fifo' create_queue rmt-intake-partner-am13-gemeente-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
# PartnerAm13OnderwijsDeadLetterQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am13-onderwijs-dlq.fifo' create_queue rmt-intake-partner-am13-onderwijs-dlq.fifo '{"FifoQueue":"true","MessageRetentionPeriod":"1209600"}'
wait_for_all

# ---------------------------------------------------------------- wave 2
run after 'table rmt-intake-cases' optional 'time-to-live rmt-intake-cases (ttl)' 'expired idempotency records and email counters are kept, not deleted' enable_time_to_live rmt-intake-cases ttl
# EmailEventDestination
run optional 'event-destination bounces-and-complaints of rmt-intake-email' 'SES publishes no bounce or complaint events to the topic, so they are not recorded' create_event_destination rmt-intake-email bounces-and-complaints '{"Name":"bounces-and-complaints","Enabled":true,"MatchingEventTypes":["bounce","complaint"],"SNSDestination":{"TopicARN":"arn:aws:sns:eu-west-1:000000000000:rmt-intake-email-events"}}'
# ConfirmationQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-confirmation.fifo' create_queue rmt-intake-confirmation.fifo '{"FifoQueue":"true","VisibilityTimeout":"120","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-confirmation-dlq.fifo\",\"maxReceiveCount\":5}"}'
# SenderIdentity (left out: ConfigurationSetAttributes)
run required 'email-identity noreply@rmt-intake.example.nl' verify_identity noreply@rmt-intake.example.nl
# PartnerUwvQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-uwv.fifo' create_queue rmt-intake-partner-uwv.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-uwv-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerVakbondenQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-vakbonden.fifo' create_queue rmt-intake-partner-vakbonden.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-vakbonden-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerSbbQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-sbb.fifo' create_queue rmt-intake-partner-sbb.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-sbb-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm01Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am01.fifo' create_queue rmt-intake-desk-am01.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am01-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm02Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am02.fifo' create_queue rmt-intake-desk-am02.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am02-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm03Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am03.fifo' create_queue rmt-intake-desk-am03.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am03-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm05Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am05.fifo' create_queue rmt-intake-desk-am05.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am05-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm06Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am06.fifo' create_queue rmt-intake-desk-am06.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am06-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm07Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am07.fifo' create_queue rmt-intake-desk-am07.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am07-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm08Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am08.fifo' create_queue rmt-intake-desk-am08.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am08-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm09Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am09.fifo' create_queue rmt-intake-desk-am09.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am09-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm10Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am10.fifo' create_queue rmt-intake-desk-am10.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am10-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm11Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am11.fifo' create_queue rmt-intake-desk-am11.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am11-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm12Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am12.fifo' create_queue rmt-intake-desk-am12.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am12-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm13Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am13.fifo' create_queue rmt-intake-desk-am13.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am13-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm14Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am14.fifo' create_queue rmt-intake-desk-am14.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am14-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm15Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am15.fifo' create_queue rmt-intake-desk-am15.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am15-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm17Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am17.fifo' create_queue rmt-intake-desk-am17.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am17-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm18Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am18.fifo' create_queue rmt-intake-desk-am18.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am18-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm19Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am19.fifo' create_queue rmt-intake-desk-am19.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am19-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm20Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am20.fifo' create_queue rmt-intake-desk-am20.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am20-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm21Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am21.fifo' create_queue rmt-intake-desk-am21.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am21-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm22Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am22.fifo' create_queue rmt-intake-desk-am22.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am22-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm23Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am23.fifo' create_queue rmt-intake-desk-am23.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am23-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm24Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am24.fifo' create_queue rmt-intake-desk-am24.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am24-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm25Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am25.fifo' create_queue rmt-intake-desk-am25.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am25-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm26Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am26.fifo' create_queue rmt-intake-desk-am26.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am26-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm27Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am27.fifo' create_queue rmt-intake-desk-am27.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am27-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm28Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am28.fifo' create_queue rmt-intake-desk-am28.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am28-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm29Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am29.fifo' create_queue rmt-intake-desk-am29.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am29-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm30Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am30.fifo' create_queue rmt-intake-desk-am30.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am30-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm32Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am32.fifo' create_queue rmt-intake-desk-am32.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am32-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm33Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am33.fifo' create_queue rmt-intake-desk-am33.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am33-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm34Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am34.fifo' create_queue rmt-intake-desk-am34.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am34-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm35Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am35.fifo' create_queue rmt-intake-desk-am35.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am35-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm36Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am36.fifo' create_queue rmt-intake-desk-am36.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am36-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm37Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am37.fifo' create_queue rmt-intake-desk-am37.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am37-dlq.fifo\",\"maxReceiveCount\":5}"}'
# DeskAm38Queue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-desk-am38.fifo' create_queue rmt-intake-desk-am38.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-desk-am38-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm18GemeenteQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am18-gemeente.fifo' create_queue rmt-intake-partner-am18-gemeente.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am18-gemeente-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm18SchuldhulpQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am18-schuldhulp.fifo' create_queue rmt-intake-partner-am18-schuldhulp.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am18-schuldhulp-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm18OnderwijsQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am18-onderwijs.fifo' create_queue rmt-intake-partner-am18-onderwijs.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am18-onderwijs-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm23GemeenteQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am23-gemeente.fifo' create_queue rmt-intake-partner-am23-gemeente.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am23-gemeente-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm23SchuldhulpQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am23-schuldhulp.fifo' create_queue rmt-intake-partner-am23-schuldhulp.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am23-schuldhulp-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm26GemeenteQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am26-gemeente.fifo' create_queue rmt-intake-partner-am26-gemeente.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am26-gemeente-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm27GemeenteQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am27-gemeente.fifo' create_queue rmt-intake-partner-am27-gemeente.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am27-gemeente-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm27ZzpProjectQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am27-zzp-project.fifo' create_queue rmt-intake-partner-am27-zzp-project.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am27-zzp-project-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm13GemeenteQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am13-gemeente.fifo' create_queue rmt-intake-partner-am13-gemeente.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am13-gemeente-dlq.fifo\",\"maxReceiveCount\":5}"}'
# PartnerAm13OnderwijsQueue (left out: SqsManagedSseEnabled)
run required 'queue rmt-intake-partner-am13-onderwijs.fifo' create_queue rmt-intake-partner-am13-onderwijs.fifo '{"FifoQueue":"true","VisibilityTimeout":"300","MessageRetentionPeriod":"1209600","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:000000000000:rmt-intake-partner-am13-onderwijs-dlq.fifo\",\"maxReceiveCount\":5}"}'
wait_for_all

summary
