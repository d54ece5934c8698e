/**
 * Where a Python stack puts the modules its language's stacks share, as dotted module names
 * (`app.core.config`, `src.config`): shared templates import and are written by these, so one
 * template serves FastAPI's `app/` layout and Flask's `src/` layout alike.
 */
export interface PythonLayout {
  /** The top-level package, e.g. `app`. */
  package: string;
  config: string;
  logging: string;
  problems: string;
  security: string;
  metrics: string;
  tracing: string;
  /** The development token command's module (`python -m <token>`). */
  token: string;
  /** Packages holding one module per resource, plus the shared ones below. */
  schemas: string;
  models: string;
  services: string;
  /** The declarative base, beside the models. */
  base: string;
}

/** `app.core.config` → `app/core/config.py`; `__resource.module__` placeholders survive. */
export function toModuleFile(module: string): string {
  return `${module.replaceAll(".", "/")}.py`;
}

/** A resource's module in a per-resource package: `app.schemas` → `app/schemas/__resource.module__.py`. */
export function toResourceFile(pkg: string): string {
  return `${pkg.replaceAll(".", "/")}/__resource.module__.py`;
}
