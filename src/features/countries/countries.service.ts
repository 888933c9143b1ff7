import { noteReads } from "../../db/changes.ts";
import type { Db } from "../../db/database.ts";
import type { StaffUser } from "../../web/auth.ts";
import { can } from "../../web/auth.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { UN_STATE_BY_CODE } from "./countries.data.ts";
import { countriesRepo, type NewRevision } from "./countries.repo.ts";
import {
  CountriesFileSchema,
  CountryProfileSchema,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  describeIssues,
  type CountriesFile,
  type CountryProfile,
} from "./countries.schema.ts";

/** How long a published profile read from the database is reused; saves on this instance clear it at once. */
const CACHE_MS = 15_000;

interface PublishedCache {
  at: number;
  profiles: Map<string, CountryProfile>;
  publishedAt: Map<string, string | null>;
  /** The empty profiles handed out from this load, one per State: pages keep what they rendered from a profile by the object. */
  empty: Map<string, CountryProfile>;
}
/** The tables the published profiles are read from. */
const PROFILE_TABLES = ["country_profiles", "country_revisions"];
// One cache per database, shared by the public pages, the staff area and the API of this instance.
const caches = new WeakMap<Db, PublishedCache>();

export type ImportResult = { ok: true; countries: string[] } | { ok: false; errors: string[] };

/** An empty profile: the page of every country nobody has written about yet. */
export function emptyProfile(code: string): CountryProfile {
  return { code, demo: false, sections: {}, schemes: [] };
}

/** May this staff member change this country's profile? Editors and admins any; focal points their own. */
export function canEditCountry(user: StaffUser | null, code: string): boolean {
  if (!user) return false;
  if (can(user, "countries.publish")) return true;
  return can(user, "countries.edit") && user.countries.includes(code);
}

/** Country profiles: reading the published ones, saving revisions, reviewing, importing and exporting. */
export function countriesService(db: Db, clock: () => Date = () => new Date()) {
  const repo = countriesRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);

  function parseStored(document: string): CountryProfile {
    // Stored documents were validated on the way in; parsing again fills defaults added since.
    return CountryProfileSchema.parse(JSON.parse(document));
  }

  async function published() {
    // The page cache keeps a page until a table it read changes: a page built from these profiles read
    // them, even when they came from memory.
    noteReads(PROFILE_TABLES);
    const cache = caches.get(db);
    if (cache && Date.now() - cache.at < CACHE_MS) return cache;
    const rows = await repo.publishedDocuments();
    const fresh: PublishedCache = {
      at: Date.now(),
      profiles: new Map(rows.map((r) => [r.code, parseStored(r.document)])),
      publishedAt: new Map(rows.map((r) => [r.code, r.publishedAt])),
      empty: new Map(),
    };
    caches.set(db, fresh);
    return fresh;
  }

  async function record(user: StaffUser | null, action: string, code: string, details?: Record<string, unknown>) {
    await audit.record({ userId: user?.id ?? null, action, targetType: "country", targetId: code, details });
  }

  return {
    repo,

    /** Published profiles by code (countries without one are absent). */
    async publishedProfiles(): Promise<ReadonlyMap<string, CountryProfile>> {
      return (await published()).profiles;
    },

    /** When each published profile was last published, by code. */
    async publishedDates(): Promise<ReadonlyMap<string, string | null>> {
      return (await published()).publishedAt;
    },

    /** The published profile, or the honest empty one; null for a code that is not a UN State. */
    async profile(code: string): Promise<{ profile: CountryProfile; publishedAt: string | null } | null> {
      if (!UN_STATE_BY_CODE.has(code)) return null;
      const p = await published();
      let profile = p.profiles.get(code) ?? p.empty.get(code);
      if (!profile) p.empty.set(code, (profile = emptyProfile(code)));
      return { profile, publishedAt: p.publishedAt.get(code) ?? null };
    },

    /** What staff edit: the newest revision (pending or published), or an empty profile. */
    async workingProfile(code: string): Promise<{ profile: CountryProfile; number: number; pending: number | null; published: number | null }> {
      const state = await repo.profileState(code);
      if (!state || state.latestRevision === 0) return { profile: emptyProfile(code), number: 0, pending: null, published: null };
      const latest = await repo.revisionDocument(code, state.latestRevision);
      return {
        profile: latest ? parseStored(latest.document) : emptyProfile(code),
        number: state.latestRevision,
        pending: state.pendingRevision,
        published: state.publishedRevision,
      };
    },

    async revision(code: string, number: number): Promise<CountryProfile | null> {
      const row = await repo.revisionDocument(code, number);
      return row ? parseStored(row.document) : null;
    },

    /**
     * Saves a changed profile as a new revision: editors' changes are published at once, focal
     * points' wait for an editor. Returns the revision's number and whether it is live.
     */
    async save(user: StaffUser, next: CountryProfile, note: string | null): Promise<{ number: number; published: boolean }> {
      const profile = CountryProfileSchema.parse(next);
      const publish = can(user, "countries.publish");
      const number = await repo.saveRevision({
        code: profile.code,
        document: JSON.stringify(profile),
        isDemo: profile.demo,
        state: publish ? "published" : "submitted",
        note,
        at: clock().toISOString(),
        by: user.id,
      });
      caches.delete(db);
      await record(user, publish ? "country.publish" : "country.submit", profile.code, { revision: number });
      return { number, published: publish };
    },

    async review(user: StaffUser, code: string, number: number, decision: "publish" | "return", note: string | null): Promise<boolean> {
      const done = await repo.review(code, number, decision, clock().toISOString(), user.id, note);
      if (done) {
        caches.delete(db);
        await record(user, decision === "publish" ? "country.review.publish" : "country.review.return", code, { revision: number });
      }
      return done;
    },

    /** Validates a whole exchange file, then publishes every country in it in one transaction, or nothing. */
    async importFile(data: unknown, opts: { by?: StaffUser | null; note?: string } = {}): Promise<ImportResult> {
      const parsed = CountriesFileSchema.safeParse(data);
      if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
      const at = clock().toISOString();
      const list: NewRevision[] = parsed.data.countries.map((c) => ({
        code: c.code,
        document: JSON.stringify(c),
        isDemo: c.demo,
        state: "published",
        note: opts.note ?? "import",
        at,
        by: opts.by?.id ?? null,
      }));
      await repo.importRevisions(list);
      caches.delete(db);
      await record(opts.by ?? null, "country.import", parsed.data.countries.map((c) => c.code).join(" "), { countries: list.length });
      return { ok: true, countries: list.map((c) => c.code) };
    },

    /** Every published profile in the exchange format. */
    async exportFile(): Promise<CountriesFile> {
      const profiles = [...(await published()).profiles.values()];
      return { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exported_at: clock().toISOString(), countries: profiles };
    },

  };
}
export type CountriesService = ReturnType<typeof countriesService>;
