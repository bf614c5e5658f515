# The gateway (docs/architecture.md, "Gateway"; docs/operations.md): Debian's nginx, the same package the gateway's
# tests run, with deploy/gateway's templates rendered at start by start-gateway.sh. Built from the repository's root:
#   docker build -f deploy/images/gateway.Dockerfile -t register/gateway .
FROM debian:12.11-slim

# nginx, envsubst (gettext-base) for the rendering, curl for the health check. A temporary policy-rc.d keeps the
# package's scripts from starting nginx inside the build.
RUN printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d \
    && apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx gettext-base curl ca-certificates \
    && rm -f /usr/sbin/policy-rc.d \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10002 gateway \
    && useradd --system --uid 10002 --gid gateway --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin gateway

COPY deploy/gateway/nginx.conf.template deploy/gateway/tls.conf.template deploy/gateway/start-gateway.sh /opt/gateway/
RUN chmod 0444 /opt/gateway/nginx.conf.template /opt/gateway/tls.conf.template && chmod 0555 /opt/gateway/start-gateway.sh

# Not root: nginx listens on 8443 (the compose files publish it as 443) and writes only under GATEWAY_PREFIX
USER gateway:gateway
ENV GATEWAY_PREFIX=/run/gateway \
    GATEWAY_LISTEN="8443 ssl" \
    GATEWAY_ACCESS_LOG=stdout
VOLUME ["/run/gateway"]
EXPOSE 8443

# nginx answers TLS on its port: any HTTP status will do (a 502 while the sides are down is still a running gateway;
# their own health is checked on them)
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["curl", "--silent", "--insecure", "--output", "/dev/null", "--max-time", "4", "https://127.0.0.1:8443/login"]

ENTRYPOINT ["/opt/gateway/start-gateway.sh"]
