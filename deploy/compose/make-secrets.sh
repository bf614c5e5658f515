#!/bin/sh
# Writes a fresh set of the files the compose files mount as secrets into the directory given (default ./secrets),
# readable by the owner only. For trying the compose files out: the certificate is self-signed, replace gateway.crt
# and gateway.key by the clinic's own. Refuses to overwrite a file: a new master key would make every data key it
# wrapped unreadable (docs/operations.md, "Secrets"). Needs openssl.
set -eu
dir="${1:-./secrets}"
host="${2:-localhost}"
umask 077
mkdir -p "$dir"
for name in master.key console-sign-in.key feed-pseudonym.key checkpoint-signing.key checkpoint-signing.pub mongo-keyfile gateway.crt gateway.key; do
    if [ -e "$dir/$name" ]; then
        echo "make-secrets: $dir/$name exists; nothing was written" >&2
        exit 1
    fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# AES-256 master key and the feed's pseudonym key: 32 random bytes, base64
openssl rand -base64 32 > "$dir/master.key"
openssl rand -base64 32 > "$dir/feed-pseudonym.key"
# the console's sign-in seal, shared by every instance of both sides (register.console.sign-in-key-file)
openssl rand -base64 32 > "$dir/console-sign-in.key"
# Ed25519 checkpoint key: PKCS#8 private, X.509 public, each DER in base64 (register.evidence.*-key-file)
openssl genpkey -algorithm ed25519 -outform DER -out "$work/signing.der"
openssl pkey -inform DER -in "$work/signing.der" -pubout -outform DER -out "$work/signing.pub.der"
openssl base64 -A -in "$work/signing.der" > "$dir/checkpoint-signing.key"
openssl base64 -A -in "$work/signing.pub.der" > "$dir/checkpoint-signing.pub"
# the MongoDB members' shared key (keyFile: base64, 6 to 1024 characters)
openssl rand -base64 756 > "$dir/mongo-keyfile"
# a self-signed certificate for the gateway, for a trial only
openssl req -x509 -newkey rsa:3072 -nodes -days 90 -subj "/CN=$host" -addext "subjectAltName=DNS:$host" \
    -keyout "$dir/gateway.key" -out "$dir/gateway.crt" 2>/dev/null
# Compose mounts each file as it is on the host: it must be readable by the user that reads it in its container
# (uid 10001 the register's images, 10002 the gateway's; the mongo members copy their keyfile as root)
if [ "$(id -u)" -eq 0 ]; then
    chown 10001:10001 "$dir/master.key" "$dir/console-sign-in.key" "$dir/feed-pseudonym.key" "$dir/checkpoint-signing.key" "$dir/checkpoint-signing.pub"
    chown 10002:10002 "$dir/gateway.crt" "$dir/gateway.key"
else
    echo "make-secrets: as root, give the files to the containers' users:" >&2
    echo "  chown 10001:10001 $dir/master.key $dir/console-sign-in.key $dir/feed-pseudonym.key $dir/checkpoint-signing.*" >&2
    echo "  chown 10002:10002 $dir/gateway.crt $dir/gateway.key" >&2
fi
echo "make-secrets: wrote $dir (keep a copy of master.key where the backups are not: docs/operations.md)"
