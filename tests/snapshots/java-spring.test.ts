import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";

const { render, files, text } = renderStack("java-spring");

const MAIN = "src/main/java/com/example/conformanceservice";
const TEST = "src/test/java/com/example/conformanceservice";

describe("java-spring", () => {
  it("renders every per-resource file in the resource's package, and one file per enum", () => {
    const paths = [...files({}).keys()];
    for (const [pkg, type] of [
      ["product", "Product"],
      ["person", "Person"],
      ["orderitem", "OrderItem"],
    ]) {
      for (const suffix of ["", "Controller", "Repository", "Request", "Response", "Service"])
        expect(paths).toContain(`${MAIN}/${pkg}/${type}${suffix}.java`);
      for (const suffix of ["ApiTest", "ServiceTest"])
        expect(paths).toContain(`${TEST}/${pkg}/${type}${suffix}.java`);
    }
    expect(paths).toContain(`${MAIN}/product/ProductType.java`);
    expect(paths).toContain(`${MAIN}/person/PersonClass.java`);
    expect(paths.filter((path) => path.includes("/db/migration/"))).toEqual([
      "src/main/resources/db/migration/V1__create_products.sql",
      "src/main/resources/db/migration/V2__create_people.sql",
      "src/main/resources/db/migration/V3__create_order_items.sql",
    ]);
  });

  it("escapes Java keywords but keeps the JSON names and quotes SQL keywords", () => {
    const request = text({}, `${MAIN}/person/PersonRequest.java`);
    expect(request).toContain('@JsonProperty("class") PersonClass clazz');
    const orderItem = text({}, `${MAIN}/orderitem/OrderItem.java`);
    expect(orderItem).toContain('@Column(name = "\\"order\\"", nullable = false)');
    expect(orderItem).toContain("private Boolean defaultValue;");
    expect(text({}, `${MAIN}/orderitem/OrderItemService.java`)).toContain(
      'Map.entry("default", "defaultValue")',
    );
    expect(text({}, "src/main/resources/db/migration/V3__create_order_items.sql")).toContain(
      '    "order" INTEGER NOT NULL,',
    );
  });

  it("leaves out auth, metrics and tracing, their files and their dependencies, when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of [
      `${MAIN}/security/SecurityConfig.java`,
      `${MAIN}/security/DevTokens.java`,
      `${MAIN}/config/TracingConfig.java`,
    ])
      expect(off.has(path), path).toBe(false);
    const pom = off.get("pom.xml")?.content ?? "";
    for (const artifact of [
      "spring-boot-starter-security-oauth2-resource-server",
      "spring-boot-starter-actuator",
      "micrometer-registry-prometheus",
      "spring-boot-starter-opentelemetry",
      "datasource-micrometer-spring-boot",
    ])
      expect(pom).not.toContain(artifact);
    expect(off.get(`${MAIN}/web/RequestTrackingFilter.java`)?.content).not.toContain("Timer");
    expect(off.get("src/main/resources/application.properties")?.content).not.toContain(
      "management.",
    );
    const settings = off.get(`${MAIN}/config/Settings.java`)?.content ?? "";
    expect(settings).not.toContain("JWT_SECRET");
    expect(settings).not.toContain("OTEL_");
  });

  it("ships the Maven wrapper, executable, and pins every version it names", () => {
    const all = files({});
    expect(all.get("mvnw")?.mode).toBe(0o755);
    expect(all.get(".mvn/wrapper/maven-wrapper.properties")?.content).toContain(
      "apache-maven/3.9.16/",
    );
    const pom = all.get("pom.xml")?.content ?? "";
    expect(pom).toContain("<version>4.0.7</version>");
    expect(pom).not.toMatch(/<version>[^<$]*(SNAPSHOT|LATEST|RELEASE)/);
  });

  it("builds a non-root image whose entry point migrates and starts the service", () => {
    const all = files({});
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
    expect(all.get("entrypoint.sh")?.content).toContain("      java -jar /app/app.jar migrate\n");
    expect(all.get("entrypoint.sh")?.content).toContain("    exec java -jar /app/app.jar\n");
    expect(all.get(".dockerignore")?.content).toContain("target/\n");
  });

  it("is byte-stable", () => {
    const first = render({}).list();
    const second = render({}).list();
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    expect(second.map((file) => file.content)).toEqual(first.map((file) => file.content));
  });
});
