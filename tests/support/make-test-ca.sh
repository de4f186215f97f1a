#!/usr/bin/env bash
# Makes a throwaway certificate authority and server certificates for TLS tests, in a
# folder the test deletes afterwards (nothing here is committed):
#
#   make-test-ca.sh DIR [HOST...]
#
#   DIR/ca.pem              the CA ("APIM Backup Test CA"), to trust with --ca-file & co.
#   DIR/server.pem/.key     for 127.0.0.1, localhost and every HOST, signed by the CA
#   DIR/wrong-host.pem/.key for wrong-host.invalid only, signed by the same CA
set -euo pipefail
dir=${1:?usage: make-test-ca.sh DIR [HOST...]}
shift
mkdir -p "$dir"
cd "$dir"
umask 077

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/O=APIM Backup Tests/CN=APIM Backup Test CA" \
  -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

server_cert() { # name common-name subjectAltName
  openssl req -newkey rsa:2048 -nodes -subj "/O=APIM Backup Tests/CN=$2" -keyout "$1.key" -out "$1.csr" 2>/dev/null
  printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$3" >"$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile "$1.ext" \
    -out "$1.pem" 2>/dev/null
  rm -f "$1.csr" "$1.ext"
}

names="IP:127.0.0.1,DNS:localhost"
for host in "$@"; do
  if [[ $host =~ ^[0-9.]+$ ]]; then names="$names,IP:$host"; else names="$names,DNS:$host"; fi
done
server_cert server "localhost" "$names"
server_cert wrong-host "wrong-host.invalid" "DNS:wrong-host.invalid"
# The CA's key is only needed to sign the two above.
rm -f ca.key ca.srl
