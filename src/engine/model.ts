import {
  createNameSet,
  deriveResourceNames,
  escapeIdentifier,
  type Language,
  type NameSet,
  toDatabaseName,
  toGoIdentifier,
  toModuleName,
  toPascalCase,
  toScreamingSnakeCase,
  toSnakeCase,
  toSqlIdentifier,
  toTypeName,
} from "../naming/index.js";
import { describeEnvironment, type EnvVar } from "../platform/environment.js";
import { describePipeline, type PipelineModel } from "../platform/pipeline.js";
import type { Features, Field, FieldType, Resource, Spec } from "../spec/schema.js";
import type {
  StackCommands,
  StackContainer,
  StackDescriptor,
  StackReadmeSection,
  StackTask,
} from "../stacks/types.js";
import { describeMigrations, type MigrationModel } from "./migrations.js";
import { fillPlaceholders } from "./render.js";
import { describeSamples, type WireValue } from "./samples.js";

/**
 * The one view model every template reads. Every name a template prints is computed here,
 * through the naming module, for the stack's language; templates never derive a name.
 */
export interface ServiceModel {
  spec: Spec;
  version: string;
  stack: {
    id: string;
    title: string;
    language: Language;
    commands: StackCommands;
    container: StackContainer;
    /** `commands.start` with the image's production environment, e.g. `NODE_ENV=production node ...`. */
    productionStart: string;
    tasks: readonly StackTask[];
    prerequisites: string | undefined;
    pipeline: PipelineModel;
    gitignore: readonly string[];
    readme: readonly StackReadmeSection[];
    /** What the stack's descriptor adds for the whole service, see StackDescriptor. */
    facts: Readonly<Record<string, unknown>>;
  };
  service: NameSet;
  apiPrefix: string;
  /** The PostgreSQL database name, e.g. `orders_service`. */
  database: string;
  port: number;
  auth: boolean;
  features: Features;
  resources: ResourceModel[];
  /** The project's migrations, from the first version of its schema to this one. */
  migrations: MigrationModel[];
  env: EnvVar[];
}

export interface ResourceModel {
  /** The name as the spec gives it, e.g. `OrderItem`. */
  name: string;
  singular: NameSet;
  plural: NameSet;
  /** The class or type name in the stack's language. */
  identifier: string;
  /** The base name of the resource's source files in the stack's language. */
  module: string;
  /** The table name, double-quoted where SQL needs it. */
  table: string;
  tableName: string;
  /** The collection path, e.g. `/api/v1/order-items`. */
  path: string;
  /** 1-based position in the spec: orders the resources' first migrations. */
  position: number;
  /** The first field whose two samples differ: generated tests change and filter by it. */
  distinctField: FieldModel | undefined;
  fields: FieldModel[];
  /** What the stack's descriptor adds (its types, imports, literals), see StackDescriptor. */
  stack: Readonly<Record<string, unknown>>;
}

export interface FieldModel {
  /** The JSON name, exactly as the spec gives it. */
  name: string;
  names: NameSet;
  /** The field's identifier in the stack's language (escaped where it is a keyword). */
  identifier: string;
  /** The exported form: a Go struct field with Go's initialisms, PascalCase elsewhere (accessors). */
  exported: string;
  /** The column, double-quoted where SQL needs it; `columnName` is the bare name. */
  column: string;
  columnName: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  /** A field is nullable unless it is required or has a default. */
  nullable: boolean;
  default: string | number | boolean | undefined;
  maxLength: number | undefined;
  min: string | number | undefined;
  max: string | number | undefined;
  precision: number | undefined;
  scale: number | undefined;
  values: EnumValueModel[];
  /** Two valid wire values, distinct where the type allows, for generated tests. */
  samples: [WireValue, WireValue];
  /** What the stack's descriptor adds (its types and literals), see StackDescriptor. */
  stack: Readonly<Record<string, unknown>>;
}

export interface EnumValueModel {
  value: string;
  constant: string;
}

export function buildModel(spec: Spec, stack: StackDescriptor, version: string): ServiceModel {
  const language = stack.language;
  const commands = stack.commands(spec);
  const container = stack.container(spec);
  const model: ServiceModel = {
    spec,
    version,
    stack: {
      id: stack.id,
      title: stack.title,
      language,
      commands,
      container,
      productionStart: describeProductionStart(container, commands),
      tasks: stack.tasks,
      prerequisites: stack.prerequisites,
      pipeline: describePipeline(stack.pipeline, spec),
      gitignore: stack.gitignore,
      readme: [],
      facts: {},
    },
    service: createNameSet(spec.name),
    apiPrefix: `/api/${spec.apiVersion}`,
    database: toDatabaseName(spec.name),
    port: spec.port,
    auth: spec.auth === "jwt",
    features: spec.features,
    resources: [],
    migrations: [],
    env: describeEnvironment(spec),
  };
  const buildResource = (resource: Resource, index: number) =>
    buildResourceModel(resource, index, spec, stack);
  model.resources = spec.resources.map(buildResource);
  const current = new Set(spec.resources);
  // The current version's tables are the models already built; earlier versions build their own.
  model.migrations = describeMigrations(
    [...(spec.schemaHistory ?? []), spec.resources],
    (resource, index) =>
      (current.has(resource) ? model.resources[index] : undefined) ??
      buildResource(resource, index),
  ).map((migration) => ({ ...migration, stack: {} }));
  for (const migration of model.migrations) {
    migration.stack = stack.describeMigration?.(migration, model) ?? {};
  }
  model.stack.readme = (stack.readme ?? []).map((section) => ({
    ...section,
    body: fillPlaceholders(section.body, model),
  }));
  model.stack.facts = stack.describeService?.(model) ?? {};
  return model;
}

/** The start command as the image runs it: `NODE_ENV=production node ...`. */
export function describeProductionStart(
  container: StackContainer,
  commands: StackCommands,
): string {
  const env = Object.entries(container.env ?? {}).map(([name, value]) => `${name}=${value} `);
  return `${env.join("")}${commands.start}`;
}

function buildResourceModel(
  resource: Resource,
  index: number,
  spec: Spec,
  stack: StackDescriptor,
): ResourceModel {
  const language = stack.language;
  const names = deriveResourceNames(resource.name, spec.apiVersion, resource.plural);
  const model: ResourceModel = {
    name: resource.name,
    singular: names.singular,
    plural: names.plural,
    identifier: toTypeName(language, resource.name),
    module: toModuleName(language, resource.name),
    table: names.tableName,
    tableName: names.plural.snake,
    path: names.path,
    position: index + 1,
    fields: resource.fields.map((field) => buildFieldModel(field, language)),
    distinctField: undefined,
    stack: {},
  };
  model.distinctField = model.fields.find((field) => field.samples[0] !== field.samples[1]);
  for (const field of model.fields) {
    field.stack = stack.describeField?.(field, model) ?? {};
  }
  model.stack = stack.describeResource?.(model, spec) ?? {};
  return model;
}

function buildFieldModel(field: Field, language: Language): FieldModel {
  return {
    name: field.name,
    names: createNameSet(field.name),
    identifier: escapeIdentifier(language, field.name),
    exported: language === "go" ? toGoIdentifier(field.name, true) : toPascalCase(field.name),
    column: toSqlIdentifier(field.name),
    columnName: toSnakeCase(field.name),
    type: field.type,
    required: field.required,
    unique: field.unique,
    nullable: !field.required && field.default === undefined,
    default: field.default,
    maxLength:
      field.type === "enum"
        ? Math.max(...field.values.map((value) => value.length))
        : "maxLength" in field
          ? field.maxLength
          : undefined,
    min: "min" in field ? field.min : undefined,
    max: "max" in field ? field.max : undefined,
    precision: field.type === "decimal" ? field.precision : undefined,
    scale: field.type === "decimal" ? field.scale : undefined,
    values:
      field.type === "enum"
        ? field.values.map((value) => ({ value, constant: toScreamingSnakeCase(value) }))
        : [],
    samples: describeSamples(field),
    stack: {},
  };
}
