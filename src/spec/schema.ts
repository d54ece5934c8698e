import * as z from "zod/mini";

/**
 * The service spec: the engine's only input. The interactive prompts, the flags, the
 * `--resource` shorthand and `--spec microforge.yaml` all produce a raw object that is
 * validated here (shapes and types) and in rules.ts (everything that spans several values).
 */

export const FIELD_TYPES = [
  "string",
  "text",
  "integer",
  "decimal",
  "boolean",
  "date",
  "datetime",
  "uuid",
  "email",
  "enum",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Type-specific modifiers and the field types they apply to; common modifiers apply to all. */
export const TYPE_MODIFIERS = {
  maxLength: ["string", "text", "email"],
  min: ["integer", "decimal"],
  max: ["integer", "decimal"],
  precision: ["decimal"],
  scale: ["decimal"],
  values: ["enum"],
} as const satisfies Record<string, readonly FieldType[]>;
export type TypeModifier = keyof typeof TYPE_MODIFIERS;

export const COMMON_FIELD_KEYS = ["name", "type", "required", "unique", "default"] as const;

export const AUTH_MODES = ["jwt", "none"] as const;
export const DATABASES = ["postgres"] as const;
export const CI_TARGETS = ["github", "gitlab", "jenkins"] as const;
export const DEPLOY_TARGETS = ["kubernetes", "helm"] as const;

export type AuthMode = (typeof AUTH_MODES)[number];
export type Database = (typeof DATABASES)[number];
export type CiTarget = (typeof CI_TARGETS)[number];
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

export const DEFAULT_STRING_MAX_LENGTH = 255;
export const EMAIL_MAX_LENGTH = 254;
export const DEFAULT_DECIMAL_PRECISION = 12;
export const DEFAULT_DECIMAL_SCALE = 2;
/** The line coverage, in percent, below which the generated CI pipelines fail the tests. */
export const DEFAULT_COVERAGE = 80;

/** Values the spec may carry as a default, a minimum or a maximum before rules.ts types them. */
const scalar = z.union([z.string(), z.number(), z.boolean()]);

// zod/mini: the same validation as zod's classic API at a thirtieth of its size, which is a
// large part of the command line's start-up. Messages come from load.ts, not zod's locales.
export const fieldSchema = z.strictObject({
  name: z.string(),
  type: z.string(),
  required: z._default(z.boolean(), false),
  unique: z._default(z.boolean(), false),
  default: z.optional(scalar),
  maxLength: z.optional(z.int()),
  min: z.optional(z.union([z.number(), z.string()])),
  max: z.optional(z.union([z.number(), z.string()])),
  precision: z.optional(z.int()),
  scale: z.optional(z.int()),
  values: z.optional(z.array(z.string())),
});

export const resourceSchema = z.strictObject({
  name: z.string(),
  plural: z.optional(z.string()),
  fields: z.array(fieldSchema),
});

export const featuresSchema = z.strictObject({
  metrics: z._default(z.boolean(), true),
  tracing: z._default(z.boolean(), true),
  ci: z._default(z.array(z.enum(CI_TARGETS)), ["github"]),
  deploy: z._default(z.array(z.enum(DEPLOY_TARGETS)), ["kubernetes", "helm"]),
  coverage: z._default(z.int().check(z.minimum(0), z.maximum(100)), DEFAULT_COVERAGE),
});

export const specSchema = z.strictObject({
  name: z.string(),
  stack: z.string(),
  database: z._default(z.enum(DATABASES), "postgres"),
  auth: z._default(z.enum(AUTH_MODES), "jwt"),
  apiVersion: z._default(z.string(), "v1"),
  port: z.optional(z.int()),
  features: z._default(featuresSchema, {
    metrics: true,
    tracing: true,
    ci: ["github"],
    deploy: ["kubernetes", "helm"],
    coverage: DEFAULT_COVERAGE,
  }),
  resources: z._default(z.array(resourceSchema), []),
  schemaHistory: z.optional(z.array(z.array(resourceSchema))),
});

/** A spec after the zod shapes passed but before rules.ts checked and normalised it. */
export type ParsedSpec = z.output<typeof specSchema>;
export type ParsedField = z.output<typeof fieldSchema>;

/** A field after validation: every modifier typed and every default made explicit. */
export type Field =
  | (CommonField & { type: "string"; maxLength: number; default?: string })
  | (CommonField & { type: "text"; maxLength?: number; default?: string })
  | (CommonField & { type: "email"; maxLength: number; default?: string })
  | (CommonField & { type: "integer"; min?: number; max?: number; default?: number })
  | (CommonField & {
      type: "decimal";
      precision: number;
      scale: number;
      min?: string;
      max?: string;
      default?: string;
    })
  | (CommonField & { type: "boolean"; default?: boolean })
  | (CommonField & { type: "date"; default?: string })
  | (CommonField & { type: "datetime"; default?: string })
  | (CommonField & { type: "uuid"; default?: string })
  | (CommonField & { type: "enum"; values: string[]; default?: string });

interface CommonField {
  name: string;
  required: boolean;
  unique: boolean;
}

export interface Resource {
  name: string;
  plural?: string;
  fields: Field[];
}

export interface Features {
  metrics: boolean;
  tracing: boolean;
  ci: CiTarget[];
  deploy: DeployTarget[];
  coverage: number;
}

/** The validated, normalised spec: what `generate` reads and what microforge.yaml records. */
export interface Spec {
  name: string;
  stack: string;
  database: Database;
  auth: AuthMode;
  apiVersion: string;
  port: number;
  features: Features;
  resources: Resource[];
  /**
   * The resources as each earlier version of the spec declared them, oldest first, when
   * `microforge update` has changed the schema: migrations are rendered from these versions and
   * `resources`. The manifest records it; microforge.yaml never shows it.
   */
  schemaHistory?: Resource[][];
}
