#!/usr/bin/env bash
# Makes the aggregator's serving certificate for manifests/components/static-certs:
# a private CA (ca.crt; its key is NOT kept unless --keep-ca-key) and a certificate valid for
# the aggregator's Service names, which is what the kube-apiserver (ServerName
# kubepulse-aggregator.kubepulse.svc) and the agents (the headless gRPC Service name) check.
#   scripts/gen-certs.sh [--out DIR] [--namespace NS] [--days N] [--keep-ca-key]
# Needs openssl. Re-running replaces the files; re-apply the overlay to roll the pods.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/manifests/components/static-certs/certs"
ns=kubepulse
days=365
keep_ca_key=false
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --namespace) ns="$2"; shift 2 ;;
    --days) days="$2"; shift 2 ;;
    --keep-ca-key) keep_ca_key=true; shift ;;
    -h|--help) sed -n 2,7p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "gen-certs: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
command -v openssl >/dev/null || { echo "gen-certs: openssl not found; install it (apt-get install openssl)" >&2; exit 1; }
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
umask 077

sans=""
for svc in kubepulse-aggregator kubepulse-aggregator-grpc; do
  for suffix in "" ".$ns" ".$ns.svc" ".$ns.svc.cluster.local"; do
    sans="${sans:+$sans,}DNS:$svc$suffix"
  done
done

openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
  -keyout "$work/ca.key" -out "$work/ca.crt" -days $((days * 5)) \
  -subj "/CN=kubepulse-ca" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
  -keyout "$work/tls.key" -out "$work/tls.csr" \
  -subj "/CN=kubepulse-aggregator.$ns.svc" 2>/dev/null
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' "$sans" >"$work/ext.cnf"
openssl x509 -req -in "$work/tls.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" -CAcreateserial \
  -out "$work/tls.crt" -days "$days" -extfile "$work/ext.cnf" 2>/dev/null

cp "$work/ca.crt" "$work/tls.crt" "$work/tls.key" "$out/"
if $keep_ca_key; then cp "$work/ca.key" "$out/"; fi
echo "wrote $out/{ca.crt,tls.crt,tls.key} (valid $days days for: ${sans//DNS:/})"
