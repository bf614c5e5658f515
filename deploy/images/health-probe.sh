#!/bin/bash
# The images' HEALTHCHECK: GET the actuator's health endpoint and succeed only on a 200. Uses bash's /dev/tcp, so the
# image needs neither curl nor wget, nor a second JVM every 30 seconds.
#   HEALTH_PROBE_URL  http://host:port/path (default http://127.0.0.1:8080/actuator/health); plain HTTP only:
#                        the probe runs inside the container, on the side's own port
set -u
url="${HEALTH_PROBE_URL:-http://127.0.0.1:8080/actuator/health}"
rest="${url#http://}"
if [ "$rest" = "$url" ]; then
    echo "health-probe: only http:// URLs are probed: $url" >&2
    exit 2
fi
authority="${rest%%/*}"
path="/${rest#*/}"
[ "$authority" = "$rest" ] && path="/"
host="${authority%%:*}"
port="${authority##*:}"
[ "$port" = "$authority" ] && port=80

exec 3<>"/dev/tcp/$host/$port" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: %s\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "$path" "$authority" >&3
IFS= read -r -t 5 status_line <&3 || exit 1
exec 3<&-
case "$status_line" in
    "HTTP/1."?" 200 "*|"HTTP/1."?" 200") exit 0 ;;
    *) echo "health-probe: ${status_line%$'\r'}" >&2; exit 1 ;;
esac
