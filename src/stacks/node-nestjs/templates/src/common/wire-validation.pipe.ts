import { type ArgumentMetadata, Injectable, type PipeTransform } from "@nestjs/common";
import type { z } from "zod";
import { parseBody } from "../http/body.js";
import { parseQuery } from "../schemas/list-query.js";

/**
 * Validates what `@Body({ schema })` and `@Query({ schema })` receive against their zod
 * schemas, reporting every failing constraint at once as a 422 problem. The same schemas
 * describe the bodies and parameters in the OpenAPI document.
 */
@Injectable()
export class WireValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = metadata.schema as z.ZodType | undefined;
    if (schema === undefined) return value;
    if (metadata.type === "body") return parseBody(schema, value);
    if (metadata.type === "query") return parseQuery(schema, value as Record<string, unknown>);
    return value;
  }
}
