import { describe, expect, it } from "vitest";
import { createColors } from "../../src/cli/io.js";

describe("createColors", () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, false],
    [true, { TERM: "dumb" }, false],
    [false, { FORCE_COLOR: "1" }, true],
    [true, { FORCE_COLOR: "0" }, true],
  ])("tty=%s env=%j → colours %s", (isTTY, env, colored) => {
    const text = createColors({ isTTY }, env).red("x");
    expect(text).toBe(colored ? "\u001b[31mx\u001b[39m" : "x");
  });
});
