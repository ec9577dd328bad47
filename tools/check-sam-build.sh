#!/usr/bin/env bash
# Runs what `sam build` runs for every AWS::Serverless::Function of template.yaml, the way SAM runs it, and
# checks every artifact. For machines without the SAM CLI (and for CI): it needs no Docker and no AWS.
#
# Per function, like aws-lambda-builders' CustomMakeWorkflow (BuildMethod: makefile):
#   - source = Metadata.ProjectRootDirectory if set, else CodeUri (the function's own or Globals.Function's);
#   - the Makefile = <Metadata.ContextPath if set, else source>/Makefile;
#   - source is copied to a fresh scratch directory (without .aws-sam and .git), and
#     `make --makefile <Makefile> build-<LogicalId>` runs there (or in Metadata.WorkingDirectory) with
#     ARTIFACTS_DIR set to an empty directory of its own.
# Then it checks the artifact:
#   - only lib/*.jar and class path entries the Lambda Java runtime loads (/var/task, /var/task/lib/*.jar);
#   - the handler class named in the template is inside;
#   - no Apache HTTP client and no Netty classes (the functions use the URL-connection client);
#   - `java -cp "<artifact>/lib/*:<artifact>"` loads the handler class, finds the handler method and runs the
#     handler's constructor (Lambda's init phase) with the function's environment from the template
#     (parameters as their defaults, other intrinsic values as placeholders) and AWS endpoints pointing at a
#     closed port, so nothing reaches AWS;
#   - the zipped artifact is at most 8 MB (README "`sam build`"); --max-zip-mb N sets another limit.
# It prints, per function, the make time, the artifact's jar count, its size and its zip size (MB), and the
# handler check's init time.
#
# Usage: tools/check-sam-build.sh [--cold] [--build-in-source] [--keep] [--max-zip-mb N] [LogicalId ...]
#   --cold             forget the cached layout first (make clean-sam): the first function runs the Maven build
#   --build-in-source  like `sam build --build-in-source` (samconfig.toml's default): no scratch copy, make
#                      runs in the source directory
#   --keep             keep the scratch and artifact directories and print where they are
#   --max-zip-mb N     fail a function whose zipped artifact is larger than N MB (1 MB = 1,000,000 bytes),
#                      instead of 8
# Needs: bash, make, mvn, a Java 17+ JDK with jmods (java, javac, jdeps; ProGuard reads the JDK's classes from its
# jmods), python3 with PyYAML, tar, unzip, zip.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TEMPLATE=${TEMPLATE:-$ROOT/template.yaml}
BASE_DIR=$(cd "$(dirname "$TEMPLATE")" && pwd)

cold=false
in_source=false
keep=false
max_zip_mb=""
only=()
while (($# > 0)); do
  arg=$1
  shift
  case "$arg" in
    --max-zip-mb) max_zip_mb=${1:?--max-zip-mb needs a number}; shift ;;
    --cold) cold=true ;;
    --keep) keep=true ;;
    --build-in-source) in_source=true ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    -*) echo "Unknown option $arg" >&2; exit 2 ;;
    *) only+=("$arg") ;;
  esac
done

for tool in make mvn java javac jdeps python3 tar unzip zip; do
  command -v "$tool" >/dev/null || { echo "check-sam-build: $tool is not on the PATH" >&2; exit 2; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "check-sam-build: python3 needs PyYAML (pip install pyyaml)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/check-sam-build.XXXXXX")
if $keep; then
  echo "Keeping $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi

# ---------------------------------------------------------------------------------------------- the template
# One line per function: id, handler, runtime, codeuri, build method, project root, context path, working
# directory; and env/<id>.env with the function's environment (Globals and its own): plain values as they
# are, a !Ref to a parameter as its Default, other intrinsic functions (!Ref, !Sub...) as placeholders.
# The build settings must be plain text.
mkdir -p "$WORK/env"
python3 - "$TEMPLATE" "$WORK/env" > "$WORK/functions.tsv" <<'PY'
import os, sys, yaml

class Loader(yaml.SafeLoader):
    pass

def intrinsic(loader, suffix, node):
    if suffix == "Ref" and isinstance(node, yaml.ScalarNode):
        return {"intrinsic": suffix, "name": node.value}
    return {"intrinsic": suffix}

Loader.add_multi_constructor("!", intrinsic)
with open(sys.argv[1], encoding="utf-8") as f:
    template = yaml.load(f, Loader=Loader)

globals_ = (template.get("Globals") or {}).get("Function") or {}

def text(value, what):
    if value is None:
        return ""
    if not isinstance(value, str):
        sys.exit(f"{what} must be plain text for sam build, got {value!r}")
    return value

def variables(props):
    return dict(((props.get("Environment") or {}).get("Variables") or {}))

for logical_id, resource in (template.get("Resources") or {}).items():
    if resource.get("Type") != "AWS::Serverless::Function":
        continue
    props = resource.get("Properties") or {}
    metadata = resource.get("Metadata") or {}
    merged = {key: props.get(key, globals_.get(key)) for key in ("Handler", "Runtime", "CodeUri")}
    environment = {**variables(globals_), **variables(props)}
    parameters = template.get("Parameters") or {}
    for name, value in environment.items():
        # A parameter's default is what a deploy without overrides gives, and a handler may parse it (days).
        if isinstance(value, dict) and value.get("name") in parameters and "Default" in parameters[value["name"]]:
            environment[name] = parameters[value["name"]]["Default"]
    with open(os.path.join(sys.argv[2], logical_id + ".env"), "w", encoding="utf-8") as env:
        for name, value in environment.items():
            plain = isinstance(value, (str, int, float)) and "\n" not in str(value)
            env.write(f"{name}={value if plain else 'check-sam-build-' + name}\n")
    print("\t".join([
        logical_id,
        text(merged["Handler"], logical_id + ".Handler"),
        text(merged["Runtime"], logical_id + ".Runtime"),
        text(merged["CodeUri"], logical_id + ".CodeUri"),
        text(metadata.get("BuildMethod"), logical_id + ".Metadata.BuildMethod") or "-",
        text(metadata.get("ProjectRootDirectory"), logical_id + ".Metadata.ProjectRootDirectory") or "-",
        text(metadata.get("ContextPath"), logical_id + ".Metadata.ContextPath") or "-",
        text(metadata.get("WorkingDirectory"), logical_id + ".Metadata.WorkingDirectory") or "-",
    ]))
PY

# --------------------------------------------------------------------------- the handler check, as a program
mkdir -p "$WORK/checker"
cat > "$WORK/checker/HandlerCheck.java" <<'JAVA'
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Loads a handler class from the class path as the Lambda Java runtime would, and runs its constructor. */
public class HandlerCheck {
    public static void main(String[] args) throws Exception {
        String className = args[0];
        String methodName = args[1];
        long start = System.nanoTime();
        ClassLoader loader = HandlerCheck.class.getClassLoader();
        Class<?> handler = Class.forName(className, true, loader);
        Class<?> requestHandler = Class.forName("com.amazonaws.services.lambda.runtime.RequestHandler", false, loader);
        Class<?> streamHandler = Class.forName("com.amazonaws.services.lambda.runtime.RequestStreamHandler", false, loader);
        if (!requestHandler.isAssignableFrom(handler) && !streamHandler.isAssignableFrom(handler)) {
            throw new IllegalStateException(className + " is neither a RequestHandler nor a RequestStreamHandler");
        }
        boolean found = false;
        for (Method method : handler.getMethods()) {
            found |= method.getName().equals(methodName) && !Modifier.isStatic(method.getModifiers());
        }
        if (!found) {
            throw new IllegalStateException(className + " has no public method " + methodName);
        }
        handler.getConstructor().newInstance();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String from = handler.getProtectionDomain().getCodeSource().getLocation().getPath();
        System.out.println("init " + millis + " ms from " + from.substring(from.lastIndexOf('/') + 1));
    }
}
JAVA
javac -d "$WORK/checker" "$WORK/checker/HandlerCheck.java"

# ------------------------------------------------------------------------------------------------- building
if $cold; then
  make --no-print-directory -s -f "$ROOT/functions/handlers/Makefile" clean-sam
fi

# Zipped MB, for every function (the packages are shrunk to what their code calls, README "`sam build`").
ZIP_LIMIT_MB=8

failures=0
fail() {
  echo "FAIL $1: $2" >&2
  failures=$((failures + 1))
}

resolve() { # a template-relative path, resolved like SAM does (against the template's directory)
  (cd "$BASE_DIR" && cd "$1" && pwd)
}

now_ms() { python3 -c 'import time; print(int(time.time() * 1000))'; }

FORBIDDEN_JARS='^(apache-client|apache5-client|netty-nio-client|netty-.*|httpclient.*|httpcore.*|httpasyncclient.*)-[0-9].*\.jar$'
FORBIDDEN_CLASSES='^(software/amazon/awssdk/http/apache5?/|software/amazon/awssdk/http/nio/netty/|io/netty/|org/apache/http/|org/apache/hc/)'

printf '%-26s %7s %5s %8s %8s  %s\n' "function" "make s" "jars" "MB" "MB zip" "handler check" > "$WORK/report.txt"
built=0

while IFS=$'\t' read -r id handler runtime codeuri method project_root context_path working_dir; do
  if ((${#only[@]} > 0)) && [[ " ${only[*]} " != *" $id "* ]]; then
    continue
  fi
  built=$((built + 1))
  if [[ "$method" != makefile ]]; then
    fail "$id" "Metadata.BuildMethod is '$method', not makefile"
    continue
  fi
  if [[ "$runtime" != java* ]]; then
    fail "$id" "runtime $runtime: the Makefile lays out a Java artifact"
  fi

  source_dir=$(resolve "$codeuri")
  [[ "$project_root" != - ]] && source_dir=$(resolve "$project_root")
  manifest_dir=$source_dir
  [[ "$context_path" != - ]] && manifest_dir=$(resolve "$context_path")
  makefile="$manifest_dir/Makefile"
  [[ -f "$makefile" ]] || { fail "$id" "no Makefile at $makefile"; continue; }

  scratch="$WORK/scratch/$id"
  artifacts="$WORK/build/$id"
  mkdir -p "$artifacts"
  if $in_source; then
    scratch=$source_dir
  else
    mkdir -p "$scratch"
    tar -C "$source_dir" --exclude=.aws-sam --exclude=.git -cf - . | tar -C "$scratch" -xf -
  fi
  run_dir=$scratch
  if [[ "$working_dir" != - ]]; then
    run_dir=$(resolve "$working_dir")
    case "$run_dir/" in "$source_dir"/*) run_dir="$scratch/${run_dir#"$source_dir"/}" ;; esac
  fi

  started=$(now_ms)
  if ! (cd "$run_dir" && ARTIFACTS_DIR="$artifacts" make --makefile "$makefile" "build-$id") > "$WORK/$id.make.log" 2>&1; then
    fail "$id" "make build-$id failed:"
    tail -30 "$WORK/$id.make.log" >&2
    continue
  fi
  seconds=$(awk -v ms=$(( $(now_ms) - started )) 'BEGIN { printf "%.1f", ms / 1000 }')

  # Layout: the runtime's class path is the root (classes, resources) and lib/*.jar; lib/ holds jars only.
  stray=$(cd "$artifacts" && find lib -type f ! -name '*.jar' 2>/dev/null || true)
  [[ -z "$stray" ]] || fail "$id" "files in lib/ that are not jars: $stray"
  compgen -G "$artifacts/lib/*.jar" > /dev/null || fail "$id" "no lib/*.jar in the artifact"

  class_name=${handler%%::*}
  handler_method=${handler#*::}
  [[ "$handler_method" == "$handler" ]] && handler_method=handleRequest
  class_file=${class_name//.//}.class
  holder=""
  [[ -f "$artifacts/$class_file" ]] && holder="(root)"
  for jar in "$artifacts"/lib/*.jar; do
    jar_name=$(basename "$jar")
    [[ "$jar_name" =~ $FORBIDDEN_JARS ]] && fail "$id" "forbidden HTTP client jar lib/$jar_name"
    entries=$(unzip -Z1 "$jar")
    if bad=$(grep -E -m1 "$FORBIDDEN_CLASSES" <<< "$entries"); then
      fail "$id" "lib/$jar_name holds $bad (Apache HTTP client or Netty)"
    fi
    if [[ -z "$holder" ]] && grep -qxF "$class_file" <<< "$entries"; then
      holder="lib/$jar_name"
    fi
  done
  [[ -n "$holder" ]] || fail "$id" "handler class $class_file is not in the artifact"

  # Lambda's init phase, on the artifact's class path only.
  env_args=(AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=check AWS_SECRET_ACCESS_KEY=check AWS_ENDPOINT_URL=http://127.0.0.1:9)
  while IFS= read -r assignment; do
    env_args+=("$assignment")
  done < "$WORK/env/$id.env"
  if check=$(env -i PATH="$PATH" HOME="$HOME" "${env_args[@]}" \
      java -cp "$artifacts/lib/*:$artifacts:$WORK/checker" HandlerCheck "$class_name" "$handler_method" 2>&1); then
    check="$holder, $(tail -1 <<< "$check")"
  else
    fail "$id" "java could not load and initialise $class_name from the artifact:"
    echo "$check" | tail -20 >&2
    check="FAILED"
  fi

  # Sizes as `sam deploy` uploads them: the artifact's bytes, and the zip of it (MB of 1,000,000 bytes).
  jars=$(find "$artifacts/lib" -name '*.jar' | wc -l)
  bytes=$(find "$artifacts" -type f -printf '%s\n' | awk '{ total += $1 } END { print total + 0 }')
  (cd "$artifacts" && zip -q -r -X "$WORK/$id.zip" .)
  zip_bytes=$(stat -c %s "$WORK/$id.zip")
  size=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  zip_size=$(awk -v b="$zip_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  printf '%-26s %7s %5s %8s %8s  %s\n' "$id" "$seconds" "$jars" "$size" "$zip_size" "$check" >> "$WORK/report.txt"
  limit=${max_zip_mb:-$ZIP_LIMIT_MB}
  if awk -v b="$zip_bytes" -v max="$limit" 'BEGIN { exit !(b > max * 1e6) }'; then
    fail "$id" "zipped artifact is $zip_size MB, over the limit of $limit MB"
  fi
done < "$WORK/functions.tsv"

cat "$WORK/report.txt"
((built > 0)) || { echo "check-sam-build: no function matched" >&2; exit 1; }
if ((failures > 0)); then
  echo "check-sam-build: $failures problem(s)" >&2
  exit 1
fi
echo "check-sam-build: $built function(s) built and checked"
