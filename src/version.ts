/** The microforge version recorded in every generated project (kept equal to package.json by a test). */
export const VERSION = "0.3.0";
