# syntax=docker/dockerfile:1
#
# wirewatch container image: a two-stage build.
#   docker build -t wirewatch .
#   docker run --rm -p 8080:8080 -e WIREWATCH_KAFKA_BOOTSTRAP_SERVERS=host.docker.internal:9092 \
#     -e WIREWATCH_HTTP_HOST=0.0.0.0 wirewatch
# Every config key can be overridden with a WIREWATCH_* variable (see config/wirewatch.properties).
# The stack with three Kafka brokers, two instances, Prometheus and Grafana is docker-compose.yml.

# ---- build stage: compile and shade target/wirewatch.jar ------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
# The BuildKit cache mount keeps the local Maven repository (~/.m2) between builds.
COPY pom.xml ./
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package \
    && test -f target/wirewatch.jar

# ---- runtime stage ---------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
# The base image is Ubuntu (glibc), which the RocksDB native library used by Kafka Streams needs.
RUN groupadd --system wirewatch \
    && useradd --system --gid wirewatch --home-dir /app --no-create-home --shell /usr/sbin/nologin wirewatch \
    && mkdir -p /app/config /app/state \
    && chown -R wirewatch:wirewatch /app
WORKDIR /app
COPY --from=build --chown=wirewatch:wirewatch /build/target/wirewatch.jar /app/wirewatch.jar
COPY --chown=wirewatch:wirewatch config/ /app/config/
USER wirewatch
# HTTP API, dashboard and /metrics (Prometheus).
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/wirewatch.jar"]
CMD ["run", "--config", "/app/config/wirewatch.properties"]
