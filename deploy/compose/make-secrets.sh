#!/bin/sh
# Writes a fresh set of the files the compose files mount as secrets into the directory given (default ./secrets),
# readable by the owner only. For trying the compose files out: the certificate is self-signed, replace gateway.crt
# and gateway.key by the clinic's own. Refuses to overwrite a file: a new master key would make every data key it
# wrapped unreadable (docs/operations.md, "Secrets"). Needs openssl.
#
#   make-secrets.sh [--master-key-store] [directory] [gateway host name]
#
# --master-key-store: the master key as an AES-256 secret-key entry (alias register-master) of a PKCS#12 keystore,
# master.p12, made by keytool (from any JDK or JRE), with its password in a file of its own, master.p12.password,
# instead of master.key. Mount them with the override file master-key-store.yml (docs/operations.md, "Secrets").
set -eu
usage="usage: make-secrets.sh [--master-key-store] [directory] [gateway host name]"
master_key_form=file
while [ $# -gt 0 ]; do
    case "$1" in
        --master-key-store) master_key_form=keystore; shift ;;
        --help|-h) echo "$usage"; exit 0 ;;
        --) shift; break ;;
        -*) echo "make-secrets: unknown option $1; $usage" >&2; exit 2 ;;
        *) break ;;
    esac
done
dir="${1:-./secrets}"
host="${2:-localhost}"
if [ "$master_key_form" = keystore ] && ! command -v keytool >/dev/null 2>&1; then
    echo "make-secrets: --master-key-store needs keytool (a JDK or JRE: apt-get install openjdk-17-jre-headless)" >&2
    exit 1
fi
if [ "$master_key_form" = keystore ]; then
    master_files="master.p12 master.p12.password"
    master_paths="$dir/master.p12 $dir/master.p12.password"
else
    master_files="master.key"
    master_paths="$dir/master.key"
fi
umask 077
mkdir -p "$dir"
# either form of a master key already there stops it: two master keys would leave it unclear which wrapped what
for name in master.key master.p12 master.p12.password console-sign-in.key feed-pseudonym.key checkpoint-signing.key checkpoint-signing.pub mongo-keyfile gateway.crt gateway.key; do
    if [ -e "$dir/$name" ]; then
        echo "make-secrets: $dir/$name exists; nothing was written" >&2
        exit 1
    fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# AES-256 master key: 32 random bytes, base64 in master.key, or a keystore's entry (its password's first line is
# what the register reads, register.crypto.master-key-store-password-file)
if [ "$master_key_form" = keystore ]; then
    openssl rand -base64 32 > "$dir/master.p12.password"
    keytool -genseckey -storetype PKCS12 -keyalg AES -keysize 256 -alias register-master -keystore "$dir/master.p12" \
        -storepass:file "$dir/master.p12.password" -keypass:file "$dir/master.p12.password" >"$work/keytool.out" 2>&1 \
        || { cat "$work/keytool.out" >&2; exit 1; }
else
    openssl rand -base64 32 > "$dir/master.key"
fi
# the feed's pseudonym key: 32 random bytes, base64
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
    for name in $master_files; do chown 10001:10001 "$dir/$name"; done
    chown 10001:10001 "$dir/console-sign-in.key" "$dir/feed-pseudonym.key" "$dir/checkpoint-signing.key" "$dir/checkpoint-signing.pub"
    chown 10002:10002 "$dir/gateway.crt" "$dir/gateway.key"
else
    echo "make-secrets: as root, give the files to the containers' users:" >&2
    echo "  chown 10001:10001 $master_paths $dir/console-sign-in.key $dir/feed-pseudonym.key $dir/checkpoint-signing.*" >&2
    echo "  chown 10002:10002 $dir/gateway.crt $dir/gateway.key" >&2
fi
echo "make-secrets: wrote $dir (keep a copy of $master_files where the backups are not: docs/operations.md)"
