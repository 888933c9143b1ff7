import { z } from "zod";

export const SearchQuerySchema = z.object({
  q: z.string().trim().max(200, { error: "search.error.tooLong" }).optional().default(""),
  page: z.coerce.number({ error: "search.error.page" }).int({ error: "search.error.page" }).min(1, { error: "search.error.page" }).max(1000, { error: "search.error.page" }).optional().default(1),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;
