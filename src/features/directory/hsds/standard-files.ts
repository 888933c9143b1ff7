import { fileURLToPath } from "node:url";

/** Where the standard's own files (schemas, OpenAPI document, data package descriptor) are kept. */
export const HSDS_STANDARD_DIR = fileURLToPath(new URL("./standard", import.meta.url));
