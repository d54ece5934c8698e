#!/bin/sh
# Runs every test, measuring how much of the internal packages they cover, and fails when the
# total is below the minimum given in percent (microforge.yaml: features.coverage).
#   scripts/coverage.sh 80
set -eu

minimum="$1"
go test -coverpkg=./internal/... -coverprofile=coverage.out ./...
total=$(go tool cover -func=coverage.out | awk '$1 == "total:" { sub("%", "", $3); print $3 }')
if awk -v total="$total" -v minimum="$minimum" 'BEGIN { exit !(total < minimum) }'; then
  echo "coverage ${total}% is below the minimum of ${minimum}%" >&2
  exit 1
fi
echo "coverage ${total}% (minimum ${minimum}%)"
