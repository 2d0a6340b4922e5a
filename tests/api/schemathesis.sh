#!/usr/bin/env bash
# Runs schemathesis against `dyad serve`'s OpenAPI document: every operation with generated and
# mutated requests, the audit with the token. Fails on any 5xx, on an answer that does not match the
# document (status, content type, headers, body schema), on a malformed request accepted, and on a
# write accepted without its token.
# Usage: tests/api/schemathesis.sh DYAD_BINARY SCHEMATHESIS
set -euo pipefail
binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
schemathesis="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
scratch="$(mktemp -d)"
# schemathesis keeps a cache in its working folder: keep it out of the repository.
cd "$scratch"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
token="schemathesis-$(date +%s%N)-token"
printf '%s\n' "$token" >"$scratch/token"
"$binary" --home "$scratch/home" serve --bind 127.0.0.1:0 --token-file "$scratch/token" 2>"$scratch/serve.log" &
server=$!
for _ in $(seq 100); do
  address="$(grep -o 'http://127.0.0.1:[0-9]*' "$scratch/serve.log" || true)"
  [ -n "$address" ] && break
  sleep 0.2
done
if [ -z "$address" ]; then
  cat "$scratch/serve.log" >&2
  echo "schemathesis.sh: dyad serve did not start" >&2
  exit 1
fi
# A query the grammar refuses (an unclosed quote) is a string the schema allows, so the check that every
# schema-valid request is accepted is not run. The audit takes any text, so no body of it is
# schema-violating: the check that bad data is refused runs on the other operations only.
checks=not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,missing_required_header,unsupported_method,ignored_auth
"$schemathesis" run "$address/openapi.json" --checks "$checks,negative_data_rejection" \
  --exclude-path /api/v1/audits -H "Authorization: Bearer $token" --max-examples 25 --seed 20261202
"$schemathesis" run "$address/openapi.json" --checks "$checks" \
  --include-path /api/v1/audits -H "Authorization: Bearer $token" --max-examples 25 --seed 20261202
