import type { Db } from "../../db/database.ts";
import { LOCALES } from "../../i18n/locales.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { buildListings } from "./directory.listings.ts";
import { directoryRepo } from "./directory.repo.ts";
import { FEATURES_TAXONOMY, PORTAL_TERMS, SERVICE_TYPES_TAXONOMY, SGBV_GROUP } from "./directory.taxonomy.ts";
import { missingReferences } from "./hsds/json.ts";
import type { ParsedDataset, RejectedRecord } from "./hsds/json.ts";
import type { HsdsRow, HsdsTable, HsdsTables } from "./hsds/tables.ts";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Q = Kysely<Database> | Transaction<Database>;

export interface ImportOptions {
  /** Whether imported services are shown to the public at once. */
  publish: boolean;
  source: "import" | "staff" | "proposal" | "demo";
  /** The language of the records' text when it cannot be told from the text itself. */
  textLanguage?: string | null | undefined;
  userId?: string | null | undefined;
  /** A label for the audit log (file name). */
  label?: string | undefined;
}

export interface ImportReport {
  ok: boolean;
  rejected: RejectedRecord[];
  /**
   * References to records neither in the dataset nor in the directory. They do not stop an import
   * (the standard's own example package has some), but they are reported so the publisher can fix them.
   */
  warnings: RejectedRecord[];
  counts: Partial<Record<HsdsTable, number>>;
  services: number;
}

/** Tables whose rows hang off a location or organisation: a change to them re-indexes the services there. */
const LOCATION_CHILDREN: HsdsTable[] = ["address", "accessibility"];

const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/[\u0600-\u06FF]/g, "ar"],
  [/[\u4E00-\u9FFF]/g, "zh"],
  [/[\u0400-\u04FF]/g, "ru"],
];
const LATIN_MARKERS: [string, RegExp][] = [
  ["en", /\b(the|and|of|for|with|to|you|your)\b/gi],
  ["fr", /\b(le|la|les|et|des|pour|vous|aux|une)\b/gi],
  ["es", /\b(el|los|las|y|para|con|una|del|usted)\b/gi],
];

/**
 * The language a record's text is written in, from its script, then from common words for the
 * Latin-script UN languages; else the fallback given by whoever imports it.
 */
export function detectTextLanguage(text: string, fallback: string | null): string | null {
  const sample = text.slice(0, 2000);
  let best: [string, number] = ["", 0];
  for (const [re, lang] of SCRIPT_LANGUAGES) {
    const n = sample.match(re)?.length ?? 0;
    if (n > best[1]) best = [lang, n];
  }
  if (best[1] >= 3) return best[0];
  let latin: [string, number] = ["", 0];
  for (const [lang, re] of LATIN_MARKERS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > latin[1]) latin = [lang, n];
  }
  if (fallback) return fallback;
  return latin[1] >= 2 ? latin[0] : null;
}

/** Writing HSDS data into the directory and keeping the search listings in step with it. */
export function directoryService(db: Db, clock: () => Date = () => new Date()) {
  const repo = directoryRepo(db.kysely, db.dialect, db.upsertMany);
  const audit = auditRepo(db.kysely, clock);

  /** The rows that listings and service pages are built from, for some services. */
  async function loadServiceTables(serviceIds: string[], trx: Q = db.kysely, full = false): Promise<HsdsTables> {
    const services = await repo.rowsWhere("service", "id", serviceIds, trx);
    const ids = services.map((s) => s.id as string);
    const orgIds = idsOf(services, "organization_id");
    const sals = await repo.rowsWhere("service_at_location", "service_id", ids, trx);
    const locationIds = idsOf(sals, "location_id");
    const salIds = idsOf(sals, "id");
    const [organization, location, address, costs, languagesS, languagesL, attributes, schedS, schedL, schedSal, phonesS] = await Promise.all([
      repo.rowsWhere("organization", "id", orgIds, trx),
      repo.rowsWhere("location", "id", locationIds, trx),
      repo.rowsWhere("address", "location_id", locationIds, trx),
      repo.rowsWhere("cost_option", "service_id", ids, trx),
      repo.rowsWhere("language", "service_id", ids, trx),
      repo.rowsWhere("language", "location_id", locationIds, trx),
      repo.rowsWhere("attribute", "link_id", [...ids, ...orgIds, ...locationIds], trx),
      repo.rowsWhere("schedule", "service_id", ids, trx),
      repo.rowsWhere("schedule", "location_id", locationIds, trx),
      repo.rowsWhere("schedule", "service_at_location_id", salIds, trx),
      repo.rowsWhere("phone", "service_id", ids, trx),
    ]);
    const tables: HsdsTables = {
      service: services,
      organization,
      service_at_location: sals,
      location,
      address,
      cost_option: costs,
      language: dedupe([...languagesS, ...languagesL]),
      attribute: attributes,
      schedule: dedupe([...schedS, ...schedL, ...schedSal]),
      phone: phonesS,
    };
    if (full) {
      const [phonesL, phonesSal, phonesO, contactsS, contactsL, contactsO, areas, docs, access, funding, programs, identifiers] = await Promise.all([
        repo.rowsWhere("phone", "location_id", locationIds, trx),
        repo.rowsWhere("phone", "service_at_location_id", salIds, trx),
        repo.rowsWhere("phone", "organization_id", orgIds, trx),
        repo.rowsWhere("contact", "service_id", ids, trx),
        repo.rowsWhere("contact", "location_id", locationIds, trx),
        repo.rowsWhere("contact", "organization_id", orgIds, trx),
        repo.rowsWhere("service_area", "service_id", ids, trx),
        repo.rowsWhere("required_document", "service_id", ids, trx),
        repo.rowsWhere("accessibility", "location_id", locationIds, trx),
        repo.rowsWhere("funding", "service_id", ids, trx),
        repo.rowsWhere("program", "id", idsOf(services, "program_id"), trx),
        repo.rowsWhere("organization_identifier", "organization_id", orgIds, trx),
      ]);
      const contacts = dedupe([...contactsS, ...contactsL, ...contactsO]);
      const contactPhones = await repo.rowsWhere("phone", "contact_id", idsOf(contacts, "id"), trx);
      tables.phone = dedupe([...phonesS, ...phonesL, ...phonesSal, ...phonesO, ...contactPhones]);
      tables.contact = contacts;
      tables.service_area = areas;
      tables.required_document = docs;
      tables.accessibility = access;
      tables.funding = funding;
      tables.program = programs;
      tables.organization_identifier = identifiers;
      Object.assign(tables, await loadTerms(attributes, trx));
    }
    return tables;
  }

  /** The taxonomy terms the attributes use, with their taxonomies. */
  async function loadTerms(attributes: HsdsRow[], trx: Q = db.kysely): Promise<HsdsTables> {
    const taxonomy_term = await repo.rowsWhere("taxonomy_term", "id", idsOf(attributes, "taxonomy_term_id"), trx);
    const taxonomy = await repo.rowsWhere("taxonomy", "id", idsOf(taxonomy_term, "taxonomy_id"), trx);
    return { taxonomy_term, taxonomy };
  }

  /**
   * Organisations with their own lists (locations, phones, contacts, programmes, funding, identifiers,
   * classifications) and their published services: as one-to-one rows, or with everything around them.
   */
  async function loadOrganizationTables(orgs: HsdsRow[], withFullServices: boolean): Promise<HsdsTables> {
    const ids = idsOf(orgs, "id");
    const [location, phone, contact, organization_identifier, program, funding, attribute, services] = await Promise.all([
      repo.rowsWhere("location", "organization_id", ids),
      repo.rowsWhere("phone", "organization_id", ids),
      repo.rowsWhere("contact", "organization_id", ids),
      repo.rowsWhere("organization_identifier", "organization_id", ids),
      repo.rowsWhere("program", "organization_id", ids),
      repo.rowsWhere("funding", "organization_id", ids),
      repo.rowsWhere("attribute", "link_id", ids),
      repo.rowsWhere("service", "organization_id", ids),
    ]);
    const locationIds = idsOf(location, "id");
    const [address, accessibility] = await Promise.all([repo.rowsWhere("address", "location_id", locationIds), repo.rowsWhere("accessibility", "location_id", locationIds)]);
    const meta = await repo.serviceMeta(idsOf(services, "id"));
    const published = services.filter((s) => meta.get(s.id as string)?.state === "published");
    const tables: HsdsTables = {
      organization: orgs,
      location,
      address,
      accessibility,
      phone,
      contact,
      organization_identifier,
      program,
      funding,
      attribute,
      service: published,
      ...(await loadTerms(attribute)),
    };
    if (withFullServices && published.length) mergeTables(tables, await loadServiceTables(idsOf(published, "id"), db.kysely, true));
    return tables;
  }

  /** Rebuilds the listings of these services from their HSDS rows (published services only). */
  async function reindex(ids: string[], trx: Q): Promise<void> {
    const serviceIds = [...new Set(ids)];
    if (serviceIds.length === 0) return;
    const meta = await repo.serviceMeta(serviceIds, trx);
    const published = serviceIds.filter((id) => meta.get(id)?.state === "published");
    const hidden = serviceIds.filter((id) => meta.get(id)?.state !== "published");
    if (hidden.length) await repo.deleteListings(hidden, trx);
    const now = clock();
    for (let i = 0; i < published.length; i += 2000) {
      const part = published.slice(i, i + 2000);
      const tables = await loadServiceTables(part, trx);
      const drafts = buildListings(tables, part.map((id) => ({ id, textLanguage: meta.get(id)?.textLanguage ?? null })), now);
      await repo.replaceListings(part, drafts, trx);
    }
  }

  return {
    repo,
    loadServiceTables,
    loadOrganizationTables,

    /** The portal's own taxonomies and their names in six languages; safe to run at every start. */
    async ensurePortalTaxonomy(): Promise<void> {
      await db.kysely.transaction().execute(async (trx) => {
        const taxonomies = [SERVICE_TYPES_TAXONOMY, FEATURES_TAXONOMY].map((t) => ({ ...t }));
        // Group terms first: their children refer to them through parent_id.
        const all = [SGBV_GROUP, ...PORTAL_TERMS];
        const terms: HsdsRow[] = all.map((t) => ({
          id: t.id,
          code: t.code,
          name: t.names.en,
          description: t.description,
          ...(t.parentId ? { parent_id: t.parentId } : {}),
          taxonomy: t.taxonomyId === SERVICE_TYPES_TAXONOMY.id ? SERVICE_TYPES_TAXONOMY.name : FEATURES_TAXONOMY.name,
          language: "en",
          taxonomy_id: t.taxonomyId,
        }));
        await repo.upsertTables({ taxonomy: taxonomies, taxonomy_term: terms }, trx);
        await repo.upsertTermNames(
          all.flatMap((t) => LOCALES.map((locale) => ({ termId: t.id, locale, name: t.names[locale] }))),
          trx,
        );
      });
    },

    /**
     * Imports a parsed dataset in one transaction: nothing is written when any record was rejected
     * or refers to something neither in the dataset nor in the directory. Same ids update.
     */
    async importDataset(parsed: ParsedDataset, opts: ImportOptions): Promise<ImportReport> {
      const tables = parsed.tables;
      const rejected = [...parsed.rejected];
      const counts = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v?.length ?? 0])) as Partial<Record<HsdsTable, number>>;
      const services = tables.service ?? [];
      const warnings: RejectedRecord[] = [];
      if (rejected.length === 0) {
        const missing = missingReferences(tables);
        const byTarget = new Map<HsdsTable, string[]>();
        for (const m of missing) {
          const list = byTarget.get(m.target);
          if (list) list.push(m.targetId);
          else byTarget.set(m.target, [m.targetId]);
        }
        const existing = new Map<HsdsTable, Set<string>>();
        for (const [target, ids] of byTarget) existing.set(target, await repo.existingIds(target, ids));
        for (const m of missing) {
          if (existing.get(m.target)?.has(m.targetId)) continue;
          warnings.push({
            table: m.table,
            id: m.id,
            index: -1,
            name: null,
            issues: [{ path: `/${m.field}`, field: m.field, code: "reference", params: { table: m.target, id: m.targetId } }],
          });
        }
      }
      if (rejected.length > 0) return { ok: false, rejected, warnings: [], counts, services: services.length };
      if (services.length === 0 && Object.values(tables).every((rows) => !rows?.length)) {
        return { ok: false, rejected: [], warnings: [], counts, services: 0 };
      }

      await db.kysely.transaction().execute(async (trx) => {
        await repo.upsertTables(tables, trx);
        const now = clock().toISOString();
        const known = await repo.serviceMeta(services.map((s) => s.id as string), trx);
        await repo.upsertServiceMeta(
          services.map((s) => {
            const before = known.get(s.id as string);
            const text = [s.name, s.description].filter((v) => typeof v === "string").join(" ");
            return {
              serviceId: s.id as string,
              // A service already in the directory keeps its publication state: re-importing never
              // undoes a decision staff took. New services are published or not as the import says.
              state: before ? before.state : opts.publish ? "published" : "hidden",
              textLanguage: detectTextLanguage(text, opts.textLanguage ?? null),
              source: before?.source ?? opts.source,
            };
          }),
          now,
          trx,
        );
        // Organisations and places changed by this import but not reached through one of its services
        // may belong to services already in the directory: those are found and re-indexed too.
        const orgOfDataset = new Set(services.map((s) => s.organization_id));
        const placeOfDataset = new Set((tables.service_at_location ?? []).map((s) => s.location_id));
        const orgIds = (tables.organization ?? []).map((o) => o.id as string).filter((id) => !orgOfDataset.has(id));
        const locationIds = [
          ...(tables.location ?? []).map((l) => l.id as string),
          ...LOCATION_CHILDREN.flatMap((t) => (tables[t] ?? []).map((r) => r.location_id).filter((v): v is string => typeof v === "string")),
        ].filter((id) => !placeOfDataset.has(id));
        await repo.refreshServiceCountries(services.map((s) => s.id as string), trx);
        const touched = new Set([...services.map((s) => s.id as string), ...(await repo.serviceIdsTouching(orgIds, locationIds, trx))]);
        for (const a of tables.attribute ?? []) if (a.link_entity === "service" && typeof a.link_id === "string") touched.add(a.link_id);
        await reindex([...touched], trx);
        if (services.length >= 1000) await repo.refreshPlannerStatistics(trx);
        await audit.record(
          { userId: opts.userId ?? null, action: "directory.import", targetType: "directory", details: { label: opts.label ?? null, counts, warnings: warnings.length } },
          trx,
        );
      });
      return { ok: true, rejected: [], warnings, counts, services: services.length };
    },

    reindex: (serviceIds: string[]) => db.kysely.transaction().execute((trx) => reindex(serviceIds, trx)),

    /**
     * Saves a listing edited through the staff or proposal form: the rows the form manages (the
     * service's phones, languages, cost, hours and the portal's classifications) are replaced,
     * everything else about the record is kept.
     */
    async saveFromForm(
      tables: HsdsTables,
      ids: { serviceId: string; organizationId: string; locationId: string },
      opts: { state: "published" | "hidden"; source: ImportOptions["source"]; userId: string | null; action: string },
    ): Promise<void> {
      await db.kysely.transaction().execute(async (trx) => {
        const portalTermIds = PORTAL_TERMS.map((t) => t.id);
        for (const table of ["phone", "language", "cost_option", "schedule"] as const) {
          await repo.deleteRows(table, "service_id", [ids.serviceId], trx);
        }
        const attributes = await repo.rowsWhere("attribute", "link_id", [ids.serviceId, ids.organizationId, ids.locationId], trx);
        const managed = attributes.filter((a) => portalTermIds.includes(a.taxonomy_term_id as string)).map((a) => a.id as string);
        await repo.deleteRows("attribute", "id", managed, trx);
        // Fields the form does not show (imported ones) are kept: the form's rows are laid over the stored ones.
        const merged: HsdsTables = { ...tables };
        for (const table of ["organization", "service", "location", "address", "service_at_location"] as const) {
          const rows = tables[table] ?? [];
          const stored = new Map((await repo.rowsWhere(table, "id", rows.map((r) => r.id as string), trx)).map((r) => [r.id, r]));
          merged[table] = rows.map((r) => ({ ...stored.get(r.id), ...r }));
        }
        await repo.upsertTables(merged, trx);
        const service = tables.service?.[0];
        const text = [service?.name, service?.description].filter((v) => typeof v === "string").join(" ");
        const now = clock().toISOString();
        await repo.upsertServiceMeta([{ serviceId: ids.serviceId, state: opts.state, textLanguage: detectTextLanguage(text, null), source: opts.source }], now, trx);
        await repo.setServiceState(ids.serviceId, opts.state, now, trx);
        await repo.refreshServiceCountries([ids.serviceId], trx);
        await reindex([ids.serviceId, ...(await repo.serviceIdsTouching([ids.organizationId], [ids.locationId], trx))], trx);
        await audit.record({ userId: opts.userId, action: opts.action, targetType: "service", targetId: ids.serviceId }, trx);
      });
    },

    /**
     * Records that staff checked a service's information today: HSDS assured_date, and as assurer_email
     * the team's address (the record is public; which member of staff checked it is in the audit log).
     */
    async verify(serviceId: string, staff: { id: string }, teamEmail: string): Promise<void> {
      await db.kysely.transaction().execute(async (trx) => {
        const [service] = await repo.rowsWhere("service", "id", [serviceId], trx);
        if (!service) return;
        await repo.upsertTables({ service: [{ ...service, assured_date: clock().toISOString().slice(0, 10), assurer_email: teamEmail }] }, trx);
        await audit.record({ userId: staff.id, action: "directory.verify", targetType: "service", targetId: serviceId }, trx);
      });
    },

    async setState(serviceId: string, state: "published" | "hidden", userId: string | null): Promise<void> {
      await db.kysely.transaction().execute(async (trx) => {
        await repo.setServiceState(serviceId, state, clock().toISOString(), trx);
        await reindex([serviceId], trx);
        await audit.record({ userId, action: `directory.${state === "published" ? "publish" : "hide"}`, targetType: "service", targetId: serviceId }, trx);
      });
    },
  };
}

/** The distinct text values of one field of some rows (ids, foreign keys). */
function idsOf(rows: readonly HsdsRow[], field: string): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    const v = r[field];
    if (typeof v === "string" && v) out.add(v);
  }
  return [...out];
}

/** The ids already in each merged list, kept so merging chunk after chunk stays linear. */
const idsInList = new WeakMap<HsdsRow[], Set<unknown>>();

/** Adds the rows of `from` to `into`, once per table and id. */
export function mergeTables(into: HsdsTables, from: HsdsTables): HsdsTables {
  for (const [table, rows] of Object.entries(from) as [keyof HsdsTables, HsdsRow[]][]) {
    const list = (into[table] ??= []);
    let seen = idsInList.get(list);
    if (!seen) idsInList.set(list, (seen = new Set(list.map((r) => r.id))));
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      list.push(r);
    }
  }
  return into;
}

function dedupe(rows: HsdsRow[]): HsdsRow[] {
  const seen = new Map<string, HsdsRow>();
  for (const r of rows) seen.set(r.id as string, r);
  return [...seen.values()];
}

export type DirectoryService = ReturnType<typeof directoryService>;
