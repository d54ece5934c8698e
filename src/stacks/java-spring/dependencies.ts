import type { ServiceModel } from "../../engine/model.js";

/**
 * The generated project's Maven dependencies, in pom.xml order. Spring Boot's parent manages
 * every version but those named here (versions known to resolve with Boot 4.0.7 on Java 17).
 */
export const VERSIONS = {
  springBoot: "4.0.7",
  springdoc: "3.0.3",
  datasourceMicrometer: "2.0.1",
  spotless: "3.11.0",
  googleJavaFormat: "1.28.0",
  googleJavaFormatJava25: "1.30.0",
  checkstylePlugin: "3.6.0",
  checkstyle: "12.3.1",
  jacoco: "0.8.15",
  spotbugsPlugin: "4.10.4.1",
  findSecBugs: "1.14.0",
} as const;

interface Dependency {
  groupId: string;
  artifactId: string;
  /** The pom.xml property that holds the version, where Spring Boot does not manage it. */
  versionProperty?: string;
  scope?: "runtime" | "test";
  exclusions?: { groupId: string; artifactId: string }[];
  when?: (model: ServiceModel) => boolean;
}

const BOOT = "org.springframework.boot";
const tracing = (model: ServiceModel) => model.features.tracing;

const DEPENDENCIES: readonly Dependency[] = [
  { groupId: BOOT, artifactId: "spring-boot-starter-webmvc" },
  { groupId: BOOT, artifactId: "spring-boot-starter-validation" },
  { groupId: BOOT, artifactId: "spring-boot-starter-data-jpa" },
  { groupId: BOOT, artifactId: "spring-boot-starter-flyway" },
  {
    groupId: BOOT,
    artifactId: "spring-boot-starter-actuator",
    when: (model) => model.features.metrics,
  },
  {
    groupId: BOOT,
    artifactId: "spring-boot-starter-security-oauth2-resource-server",
    when: (model) => model.auth,
  },
  {
    groupId: BOOT,
    artifactId: "spring-boot-starter-opentelemetry",
    // Only spans are exported; metrics stay with Prometheus.
    exclusions: [{ groupId: "io.micrometer", artifactId: "micrometer-registry-otlp" }],
    when: tracing,
  },
  {
    groupId: "net.ttddyy.observation",
    artifactId: "datasource-micrometer-spring-boot",
    versionProperty: "datasource-micrometer.version",
    when: tracing,
  },
  {
    groupId: "org.springdoc",
    artifactId: "springdoc-openapi-starter-webmvc-ui",
    versionProperty: "springdoc.version",
  },
  { groupId: "org.flywaydb", artifactId: "flyway-database-postgresql" },
  {
    groupId: "io.micrometer",
    artifactId: "micrometer-registry-prometheus",
    scope: "runtime",
    when: (model) => model.features.metrics,
  },
  { groupId: "org.postgresql", artifactId: "postgresql", scope: "runtime" },
  { groupId: BOOT, artifactId: "spring-boot-starter-webmvc-test", scope: "test" },
];

export function selectDependencies(model: ServiceModel): Omit<Dependency, "when">[] {
  return DEPENDENCIES.filter((dependency) => dependency.when?.(model) ?? true).map(
    ({ when: _when, ...dependency }) => dependency,
  );
}
