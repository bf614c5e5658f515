# One image definition for both sides of the register (docs/operations.md, "Images"): the side is a build argument,
# so the command side and the query side are built the same way from their exec jars.
#
# Built from the repository's root (the exec jars are in <side>/target/, this directory holds the health probe);
# the root's .dockerignore sends only those to the engine:
#   mvn -B -ntp -DskipTests package
#   docker build -f deploy/images/register-side.Dockerfile --build-arg SIDE=command-side -t register/command-side .
#   docker build -f deploy/images/register-side.Dockerfile --build-arg SIDE=query-side -t register/query-side .
# The compose files in deploy/compose build both.

# A JRE only: the register compiles nothing at run time. Pinned to a release; move it with each Java update.
FROM eclipse-temurin:17.0.13_11-jre-jammy

# command-side or query-side
ARG SIDE

# Not root: a user with no shell and no home of its own; uid/gid 10001, so a mounted volume can be given to it by number
RUN groupadd --system --gid 10001 register \
    && useradd --system --uid 10001 --gid register --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin register \
    && mkdir -p /var/lib/register/keys \
    && chown -R register:register /var/lib/register \
    && chmod -R 0700 /var/lib/register

# The jar and the probe belong to root (COPY's default owner): the register reads them and cannot change them.
# No COPY --chmod: it needs BuildKit, and docker-compose 1.29 builds with the classic builder
COPY ${SIDE}/target/${SIDE}-*-exec.jar /opt/register/register.jar
COPY deploy/images/health-probe.sh /opt/register/health-probe
# (the jar keeps its mode from the build, 0644: chmod here would copy the whole jar into another layer)
RUN chmod 0555 /opt/register/health-probe

USER register:register
WORKDIR /var/lib/register

# (keys/ exists in the image so a volume mounted there starts owned by the register: the file key store, axonserver)
# The only places the register writes: its data directory (what is kept there depends on the profile: the file key
# store and the query side's own H2 under axonserver; nothing under postgres) and the JVM's and Tomcat's temporary
# files. The compose files mount a volume or a tmpfs on each and run the root file system read-only.
ENV REGISTER_DATA_DIR=/var/lib/register \
    JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError" \
    HEALTH_PROBE_URL=http://127.0.0.1:8080/actuator/health
VOLUME ["/var/lib/register", "/tmp"]

EXPOSE 8080

# The base image is not promised to carry curl or wget: the probe is bash's own /dev/tcp (bash is in the base image),
# an HTTP/1.0 GET whose status line must say 200 (deploy/images/health-probe.sh; HealthProbeTest runs it)
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 CMD ["/opt/register/health-probe"]

# JVM options from the environment (JAVA_OPTS); Spring settings from the environment too (relaxed binding:
# SPRING_PROFILES_ACTIVE, REGISTER_CRYPTO_MASTER_KEY_FILE, ...); extra arguments are passed to the register.
# exec: the JVM is the container's process 1 and receives its SIGTERM (a graceful stop)
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /opt/register/register.jar \"$@\"", "register"]
