import { describe, expect, it } from "vitest";
import { shellValidator } from "../../platform-checks/validators/shell.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const GOOD = dedent(`
  #!/usr/bin/env bash
  # Deploys the service.
  set -euo pipefail

  environment="\${1:?usage: deploy.sh <environment>}"
  echo "deploying to \${environment}"
`);

describe("shell validator (shellcheck)", () => {
  const tools = useValidatorTools(shellValidator);
  const samples = useSampleProjects();

  it("fails a script with an unquoted variable", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(shellValidator, {
      "deploy.sh": breakSample(
        GOOD,
        `echo "deploying to \${environment}"`,
        "echo deploying to $environment",
      ),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("SC2086");
  });

  it("fails a script without a shebang (its dialect is unknown)", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(shellValidator, { "entrypoint.sh": 'echo "hi"\n' });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("SC2148");
  });

  it("checks each script in the dialect of its shebang", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(shellValidator, {
      "entrypoint.sh": `#!/bin/sh\nset -eu\nif [[ -n "\${1:-}" ]]; then echo "$1"; fi\n`,
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("SC3010");
  });

  it("passes clean scripts, found by extension and by shebang", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(shellValidator, {
      "deploy.sh": GOOD,
      "scripts/release": GOOD,
      "scripts/notes.txt": "#!/bin/sh\necho $x\n",
    });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
    expect(report.files).toEqual(["deploy.sh", "scripts/release"]);
  });
});
