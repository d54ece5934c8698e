import { toJavaPackage } from "../../naming/index.js";
import { describeSqlSteps } from "../../platform/postgres-ddl.js";
import { createTemplateFolder } from "../../platform/template-folder.js";
import { EVERY_CAPABILITY } from "../capabilities.js";
import type { StackDescriptor } from "../types.js";
import { selectDependencies, VERSIONS } from "./dependencies.js";
import { describeJavaField, JAVA_SQL } from "./fields.js";
import { JAVA_SPRING_FILES } from "./files.js";
import { describeJavaResource } from "./resource.js";

/** The Maven group id of generated projects; their base package is `<group id>.<service>`. */
export const GROUP_ID = "com.example";

const JAR = "target/app.jar";

/** Java 17+, Spring Boot 4 (Web MVC, Data JPA, Flyway, Security, Actuator), Maven wrapper. */
export const javaSpring: StackDescriptor = {
  id: "java-spring",
  title: "Java Spring Boot",
  language: "java",
  summary:
    "Spring Boot 4 (Web MVC, Data JPA with Hibernate, Flyway, Security), Maven wrapper, Spotless, Checkstyle, JUnit 5",
  defaultPort: 8080,
  supports: EVERY_CAPABILITY,
  commands: () => ({
    install: "./mvnw -B -q -DskipTests package",
    lint: "./mvnw -B -q checkstyle:check",
    formatCheck: "./mvnw -B -q spotless:check",
    format: "./mvnw -B -q spotless:apply",
    typecheck: "./mvnw -B -q test-compile",
    test: "./mvnw -B test jacoco:check",
    testE2e: "./mvnw -B test -Dgroups=e2e",
    migrate: `java -jar ${JAR} migrate`,
    run: "./mvnw spring-boot:run",
    start: `java -jar ${JAR}`,
    devToken: `java -jar ${JAR} token admin`,
  }),
  container: () => ({
    migrate: "java -jar /app/app.jar migrate",
    start: "java -jar /app/app.jar",
    ignore: ["target/"],
  }),
  tasks: [],
  pipeline: {
    toolchain: "java",
    securityScan: {
      tool: "SpotBugs with Find Security Bugs",
      command: "./mvnw -B -q -DskipTests package spotbugs:check",
    },
    dependencyAudit: {
      tool: "osv-scanner",
      image: "ghcr.io/google/osv-scanner:v2.0.0",
      command: "osv-scanner scan source --recursive .",
    },
  },
  prerequisites:
    "The tools here are a JDK, 17 or newer (built and tested on 17; 25 works too). The Maven\n" +
    "wrapper (`./mvnw`) downloads the Maven version the project pins on first use.",
  gitignore: ["target/"],
  files: JAVA_SPRING_FILES,
  templates: createTemplateFolder(new URL("./templates/", import.meta.url)),
  describeField: (field, resource) => ({ ...describeJavaField(field, resource) }),
  describeResource: (resource, spec) => ({
    ...describeJavaResource(resource, toJavaPackage(GROUP_ID, spec.name)),
  }),
  describeMigration: (migration) => ({
    file: `V${migration.number}__${migration.slug}.sql`,
    up: describeSqlSteps(migration.up, JAVA_SQL),
  }),
  describeService: (model) => {
    const basePackage = toJavaPackage(GROUP_ID, model.spec.name);
    return {
      groupId: GROUP_ID,
      package: basePackage,
      packagePath: basePackage.replaceAll(".", "/"),
      versions: VERSIONS,
      // JaCoCo's minimum line coverage is a ratio: 80 percent is 0.80.
      coverageRatio: (model.features.coverage / 100).toFixed(2),
      dependencies: selectDependencies(model),
    };
  },
};
