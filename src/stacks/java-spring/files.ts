import type { FileEntry } from "../../engine/types.js";

const MAIN = "src/main/java/__stack.facts.packagePath__";
const TEST = "src/test/java/__stack.facts.packagePath__";
const RESOURCE = "__resource.stack.subpackage__/__resource.identifier__";

const always = (...paths: string[]): FileEntry[] => paths.map((template) => ({ template }));
const perResource = (...paths: string[]): FileEntry[] =>
  paths.map((template) => ({ template, each: "resource" as const }));

/** The java-spring stack's files, in the order `microforge new` lists them. */
export const JAVA_SPRING_FILES: readonly FileEntry[] = [
  ...always(
    ".mvn/wrapper/maven-wrapper.properties",
    "Dockerfile.eta",
    "checkstyle.xml",
    "spotbugs-exclude.xml",
  ),
  { template: "mvnw", executable: true },
  ...always("mvnw.cmd", "pom.xml.eta"),
  ...always(
    `${MAIN}/Application.java.eta`,
    `${MAIN}/common/Defaulted.java.eta`,
    `${MAIN}/common/ExplicitNulls.java.eta`,
    `${MAIN}/common/FieldError.java.eta`,
    `${MAIN}/common/InvalidFieldsException.java.eta`,
    `${MAIN}/common/ListRequest.java.eta`,
    `${MAIN}/common/MergePatch.java.eta`,
    `${MAIN}/common/NotFoundException.java.eta`,
    `${MAIN}/common/OffsetPageRequest.java.eta`,
    `${MAIN}/common/PageResponse.java.eta`,
    `${MAIN}/common/ValidText.java.eta`,
    `${MAIN}/common/Wire.java.eta`,
    `${MAIN}/config/DatabaseUrl.java.eta`,
    `${MAIN}/config/EnvironmentVariables.java.eta`,
    `${MAIN}/config/InvalidSettingsException.java.eta`,
    `${MAIN}/config/JsonConfig.java.eta`,
    `${MAIN}/config/Migrations.java.eta`,
    `${MAIN}/config/OpenApiConfig.java.eta`,
    `${MAIN}/config/Settings.java.eta`,
    `${MAIN}/config/SettingsEnvironmentPostProcessor.java.eta`,
  ),
  { template: `${MAIN}/config/TracingConfig.java.eta`, when: (it) => it.features.tracing },
  ...always(
    `${MAIN}/config/ValidationConfig.java.eta`,
    `${MAIN}/logging/JsonLogFormatter.java.eta`,
    `${MAIN}/logging/StartupFailure.java.eta`,
  ),
  ...[
    `${MAIN}/security/DevTokens.java.eta`,
    `${MAIN}/security/Role.java.eta`,
    `${MAIN}/security/SecurityConfig.java.eta`,
  ].map((template) => ({ template, when: (it: { auth: boolean }) => it.auth })),
  ...always(
    `${MAIN}/web/ApiExceptionHandler.java.eta`,
    `${MAIN}/web/CrossOriginFilter.java.eta`,
    `${MAIN}/web/DefaultedFieldsAdvice.java.eta`,
    `${MAIN}/web/DocsController.java.eta`,
    `${MAIN}/web/ErrorPageController.java.eta`,
    `${MAIN}/web/HealthController.java.eta`,
    `${MAIN}/web/Problems.java.eta`,
    `${MAIN}/web/RequestBodyFilter.java.eta`,
    `${MAIN}/web/RequestTrackingFilter.java.eta`,
    `${MAIN}/web/RouteTemplates.java.eta`,
  ),
  ...perResource(
    `${MAIN}/${RESOURCE}.java.eta`,
    `${MAIN}/${RESOURCE}Controller.java.eta`,
    `${MAIN}/${RESOURCE}Repository.java.eta`,
    `${MAIN}/${RESOURCE}Request.java.eta`,
    `${MAIN}/${RESOURCE}Response.java.eta`,
    `${MAIN}/${RESOURCE}Service.java.eta`,
  ),
  {
    template: `${MAIN}/__resource.stack.subpackage__/__field.stack.enumType__.java.eta`,
    each: "enum",
  },
  ...always(
    "src/main/resources/META-INF/spring.factories.eta",
    "src/main/resources/application.properties.eta",
  ),
  { template: "src/main/resources/db/migration/__migration.stack.file__.eta", each: "migration" },
  ...always(
    `${TEST}/IntegrationTest.java.eta`,
    `${TEST}/ServiceE2eTest.java.eta`,
    `${TEST}/ServiceRoutesTest.java.eta`,
    `${TEST}/common/ListRequestTest.java.eta`,
    `${TEST}/config/SettingsTest.java.eta`,
  ),
  ...perResource(`${TEST}/${RESOURCE}ApiTest.java.eta`, `${TEST}/${RESOURCE}ServiceTest.java.eta`),
];
