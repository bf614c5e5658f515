#!/bin/sh
# Renders the gateway's configuration from the environment and runs nginx in the foreground: the gateway image's
# entrypoint (deploy/images/gateway.Dockerfile), runnable on a host as well. Arguments go to nginx ("-t" checks the
# rendered configuration and stops).
#   GATEWAY_LISTEN, COMMAND_SIDE_SERVERS, QUERY_SIDE_SERVERS   as in nginx.conf.template
#   GATEWAY_TLS_CERTIFICATE, GATEWAY_TLS_CERTIFICATE_KEY       PEM files: TLS at the gateway (tls.conf.template)
#   GATEWAY_PREFIX     where nginx.conf, its pid, temporary files and access log go (default /run/gateway; a tmpfs
#                      in the compose files, so the image's root file system stays read-only)
#   GATEWAY_TEMPLATES  where the two templates are (default: this script's directory)
#   GATEWAY_ACCESS_LOG "stdout": the access log goes to the container's output instead of a file in the prefix
set -eu

prefix="${GATEWAY_PREFIX:-/run/gateway}"
templates="${GATEWAY_TEMPLATES:-$(dirname "$0")}"
: "${GATEWAY_LISTEN:?GATEWAY_LISTEN is not set}"
: "${COMMAND_SIDE_SERVERS:?COMMAND_SIDE_SERVERS is not set}"
: "${QUERY_SIDE_SERVERS:?QUERY_SIDE_SERVERS is not set}"

mkdir -p "$prefix/tls.d"
rm -f "$prefix/tls.d/tls.conf"
# only the named variables: nginx's own ($route, $remote_addr, ...) stay as they are
envsubst '${GATEWAY_LISTEN} ${COMMAND_SIDE_SERVERS} ${QUERY_SIDE_SERVERS}' \
    < "$templates/nginx.conf.template" > "$prefix/nginx.conf"

if [ -n "${GATEWAY_TLS_CERTIFICATE:-}" ] || [ -n "${GATEWAY_TLS_CERTIFICATE_KEY:-}" ]; then
    : "${GATEWAY_TLS_CERTIFICATE:?GATEWAY_TLS_CERTIFICATE_KEY is set without GATEWAY_TLS_CERTIFICATE}"
    : "${GATEWAY_TLS_CERTIFICATE_KEY:?GATEWAY_TLS_CERTIFICATE is set without GATEWAY_TLS_CERTIFICATE_KEY}"
    case " $GATEWAY_LISTEN " in
        *" ssl "*) ;;
        *) echo "start-gateway: a certificate is given but GATEWAY_LISTEN ($GATEWAY_LISTEN) does not say ssl" >&2; exit 2 ;;
    esac
    envsubst '${GATEWAY_TLS_CERTIFICATE} ${GATEWAY_TLS_CERTIFICATE_KEY}' \
        < "$templates/tls.conf.template" > "$prefix/tls.d/tls.conf"
fi

if [ "${GATEWAY_ACCESS_LOG:-}" = "stdout" ]; then
    ln -sf /dev/stdout "$prefix/access.log"
fi

exec nginx -e stderr -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' "$@"
