import { describe, expect, it } from "vitest";
import { jenkinsfileValidator } from "../../platform-checks/validators/jenkinsfile.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const GOOD = dedent(`
  pipeline {
    agent any
    options {
      timeout(time: 30, unit: 'MINUTES')
      disableConcurrentBuilds()
    }
    environment {
      IMAGE = "registry.example.com/orders:\${env.BUILD_NUMBER}"
      REGISTRY_TOKEN = credentials('registry-token')
    }
    stages {
      stage('Test') {
        agent {
          docker { image 'python:3.12-slim' }
        }
        steps {
          sh 'pip install --requirement requirements.txt'
          withEnv(['COVERAGE_THRESHOLD=80']) {
            sh 'pytest --cov --cov-fail-under="$COVERAGE_THRESHOLD"'
          }
        }
      }
      stage('Checks') {
        parallel {
          stage('Lint') { steps { sh 'make lint' } }
          stage('Audit') { steps { sh 'make audit' } }
        }
      }
      stage('Deploy to production') {
        when { branch 'main' }
        input { message 'Deploy to production?' }
        steps {
          script {
            def tag = env.GIT_COMMIT.take(12)
            sh "./deploy.sh production --tag \${tag}"
          }
        }
      }
    }
    post {
      always { echo 'done' }
      failure { echo 'failed' }
    }
  }
`);

describe("jenkinsfile validator (Groovy 2.4 compile + declarative model rules)", () => {
  const tools = useValidatorTools(jenkinsfileValidator);
  const samples = useSampleProjects();

  it("fails a stage without steps", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(jenkinsfileValidator, {
      Jenkinsfile: breakSample(
        GOOD,
        "stage('Lint') { steps { sh 'make lint' } }",
        "stage('Lint') { sh 'make lint' }",
      ),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain(
      "stage 'Lint' must have exactly one of steps, stages, parallel or matrix",
    );
  });

  it("fails a Groovy syntax error", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(jenkinsfileValidator, {
      Jenkinsfile: breakSample(GOOD, "post {", "post {{"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("syntax error");
  });

  it("fails unknown sections, post conditions and Groovy outside script { }", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const broken = breakSample(
      breakSample(breakSample(GOOD, "failure {", "failed {"), "options {", "wrappers {"),
      "sh 'make audit'",
      "def audit = 'make audit'",
    );
    const report = await samples.validate(jenkinsfileValidator, { Jenkinsfile: broken });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("unknown post condition 'failed'");
    expect(report.detail).toContain("unknown section 'wrappers' in pipeline (use 'options')");
    expect(report.detail).toContain("unexpected statement in steps of stage 'Audit'");
  });

  it("fails a pipeline without agent, and a scripted pipeline", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const noAgent = await samples.validate(jenkinsfileValidator, {
      Jenkinsfile: breakSample(GOOD, "  agent any\n", ""),
    });
    expect(noAgent.detail).toContain("pipeline is missing the required section 'agent'");
    const scripted = await samples.validate(jenkinsfileValidator, {
      Jenkinsfile: "node {\n  stage('Build') {\n    sh 'make'\n  }\n}\n",
    });
    expect(scripted.detail).toContain("no declarative pipeline { } block");
  });

  it("passes a valid declarative pipeline", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(jenkinsfileValidator, { Jenkinsfile: GOOD });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
  });
});
