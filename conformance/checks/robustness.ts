import { type Check, expectThat } from "../check.js";
import { type HttpRequest, send } from "../http.js";
import { authorizationFor } from "../tokens.js";

/** Section 3: nothing a client sends may cause a 500, and errors never leak internals. */
export const robustnessChecks: Check[] = [
  {
    id: "robustness.no-500",
    section: "3",
    title: "odd but possible requests never get a 500 or leak a stack trace",
    async run(context) {
      const auth = authorizationFor(context.jwt, ["admin"]);
      const json = { ...auth, "content-type": "application/json" };
      const requests: HttpRequest[] = [
        {
          method: "POST",
          path: context.collectionPath,
          headers: json,
          raw: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
        },
        {
          method: "POST",
          path: context.collectionPath,
          headers: json,
          raw: `${"[".repeat(5000)}${"]".repeat(5000)}`,
        },
        {
          method: "POST",
          path: context.collectionPath,
          headers: json,
          raw: '{"name":"x","price":"1e400"}',
        },
        {
          method: "POST",
          path: context.collectionPath,
          headers: json,
          raw: '{"name":"x","price":"99999999999999999999999.99"}',
        },
        { path: `${context.collectionPath}?limit=99999999999999999999999`, headers: auth },
        { path: `${context.collectionPath}?stock=99999999999999999999`, headers: auth },
        { path: `${context.collectionPath}?availableAt=not-a-date`, headers: auth },
        { path: `${context.collectionPath}/%00`, headers: auth },
        { path: `${context.collectionPath}/${"9".repeat(2000)}`, headers: auth },
      ];
      for (const request of requests) {
        const response = await send(context.baseUrl, request);
        const what = `${request.method ?? "GET"} ${request.path.slice(0, 80)}`;
        expectThat(
          response.status < 500,
          `${what} → ${response.status}: ${response.text.slice(0, 300)}`,
        );
        expectThat(
          !/traceback|at [\w.<>]+ \(|exception|sqlstate|psycopg|hibernate/i.test(response.text),
          `${what} leaked internals: ${response.text.slice(0, 300)}`,
        );
      }
    },
  },
];
