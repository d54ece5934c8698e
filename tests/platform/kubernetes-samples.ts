import { dedent, type SampleFiles } from "./helpers.js";

export const DEPLOYMENT = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: orders
  spec:
    replicas: 1
    selector:
      matchLabels:
        app: orders
    template:
      metadata:
        labels:
          app: orders
      spec:
        securityContext:
          runAsNonRoot: true
          seccompProfile:
            type: RuntimeDefault
        containers:
          - name: orders
            image: registry.example.com/orders:0.1.0
            ports:
              - containerPort: 8000
            readinessProbe:
              httpGet:
                path: /health/ready
                port: 8000
            resources:
              requests:
                cpu: 100m
                memory: 128Mi
              limits:
                memory: 256Mi
            securityContext:
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities:
                drop: [ALL]
`);

const SERVICE = dedent(`
  apiVersion: v1
  kind: Service
  metadata:
    name: orders
  spec:
    selector:
      app: orders
    ports:
      - port: 80
        targetPort: 8000
`);

function overlay(replicas: number, tag: string): string {
  return dedent(`
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    resources:
      - ../../base
    replicas:
      - name: orders
        count: ${replicas}
    images:
      - name: registry.example.com/orders
        newTag: "${tag}"
  `);
}

/** A base with a Deployment and a Service, and the dev, staging and prod overlays. */
export function kustomizeSample(deployment = DEPLOYMENT): SampleFiles {
  return {
    "deploy/kubernetes/base/kustomization.yaml":
      "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n  - service.yaml\n",
    "deploy/kubernetes/base/deployment.yaml": deployment,
    "deploy/kubernetes/base/service.yaml": SERVICE,
    "deploy/kubernetes/overlays/dev/kustomization.yaml": overlay(1, "dev"),
    "deploy/kubernetes/overlays/staging/kustomization.yaml": overlay(2, "0.1.0-rc.1"),
    "deploy/kubernetes/overlays/prod/kustomization.yaml": overlay(3, "0.1.0"),
  };
}

const CHART = "deploy/helm/orders";

export const HELM_DEPLOYMENT = dedent(`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: {{ .Release.Name }}
    labels:
      app.kubernetes.io/name: {{ .Chart.Name }}
  spec:
    replicas: {{ .Values.replicaCount }}
    selector:
      matchLabels:
        app.kubernetes.io/name: {{ .Chart.Name }}
    template:
      metadata:
        labels:
          app.kubernetes.io/name: {{ .Chart.Name }}
      spec:
        containers:
          - name: {{ .Chart.Name }}
            image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
            ports:
              - containerPort: 8000
`);

const HELM_TEST = dedent(`
  apiVersion: v1
  kind: Pod
  metadata:
    name: {{ .Release.Name }}-ready
    annotations:
      "helm.sh/hook": test
  spec:
    restartPolicy: Never
    containers:
      - name: ready
        image: curlimages/curl:8.11.1
        args: ["--fail", "http://{{ .Release.Name }}/health/ready"]
`);

const VALUES_SCHEMA = `${JSON.stringify(
  {
    $schema: "https://json-schema.org/draft-07/schema#",
    type: "object",
    required: ["replicaCount", "image"],
    properties: {
      replicaCount: { type: "integer", minimum: 1 },
      image: {
        type: "object",
        required: ["repository", "tag"],
        properties: { repository: { type: "string" }, tag: { type: "string" } },
      },
    },
  },
  null,
  2,
)}\n`;

/** A chart with values.yaml, values.schema.json, a Deployment and a helm test hook. */
export function helmSample(overrides: SampleFiles = {}): SampleFiles {
  return {
    [`${CHART}/Chart.yaml`]:
      'apiVersion: v2\nname: orders\ndescription: The orders service\ntype: application\nversion: 0.1.0\nappVersion: "0.1.0"\nicon: https://example.com/icon.png\n',
    [`${CHART}/values.yaml`]:
      'replicaCount: 2\nimage:\n  repository: registry.example.com/orders\n  tag: "0.1.0"\n',
    [`${CHART}/values-prod.yaml`]: "replicaCount: 3\n",
    [`${CHART}/values.schema.json`]: VALUES_SCHEMA,
    [`${CHART}/templates/deployment.yaml`]: HELM_DEPLOYMENT,
    [`${CHART}/templates/tests/ready.yaml`]: HELM_TEST,
    ...overrides,
  };
}

export { CHART };
