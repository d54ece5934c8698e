import { Injectable, Param, type PipeTransform } from "@nestjs/common";
import { z } from "zod";
import { parseId } from "../http/route-table.js";

/** An item's `{id}` in lower case; one that is not a UUID addresses nothing (404). */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    return parseId(value);
  }
}

/** The `{id}` of an item path, documented as a UUID. */
export const IdParam = () => Param("id", { schema: z.uuid(), pipes: [ParseIdPipe] });
