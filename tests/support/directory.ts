import { randomUUID } from "node:crypto";
import { directoryService } from "../../src/features/directory/directory.service.ts";
import { SERVICE_FEATURES, SERVICE_TYPES, ASSOCIATION_TERM, WHEELCHAIR_TERM } from "../../src/features/directory/directory.taxonomy.ts";
import { readJsonDataset } from "../../src/features/directory/hsds/json.ts";
import type { TestApp } from "./app.ts";

export interface ServiceSpec {
  name?: string;
  description?: string;
  organization?: { id?: string; name?: string; association?: boolean };
  country?: string;
  city?: string;
  region?: string;
  lat?: number;
  lon?: number;
  /** "remote": a virtual location (phone or online) in the country. */
  mode?: "in_person" | "remote";
  types?: string[];
  languages?: string[];
  free?: boolean;
  wheelchair?: boolean;
  /** Codes of the service's own features: "women-led", "staff-gender-on-request". */
  features?: string[];
  /** Weekly hours: [byday, opens, closes, utc offset hours]. */
  hours?: [string, string, string, number?][];
  phone?: string;
  assuredDate?: string;
  id?: string;
}

/** A fully nested, valid HSDS 3.0 service for tests, with the facts the directory filters on. */
export function hsdsService(spec: ServiceSpec = {}): Record<string, unknown> {
  const id = spec.id ?? randomUUID();
  const orgId = spec.organization?.id ?? randomUUID();
  const locationId = randomUUID();
  const remote = spec.mode === "remote";
  const typeIds = (spec.types ?? ["psychological-support"]).map((code) => {
    const term = SERVICE_TYPES.find((t) => t.code === code);
    if (!term) throw new Error(`unknown type ${code}`);
    return term.id;
  });
  return {
    id,
    name: spec.name ?? `Service ${id.slice(0, 6)}`,
    description: spec.description ?? "Support for victims of terrorism and their families.",
    status: "active",
    last_modified: "2026-10-01T09:00:00.000Z",
    ...(spec.assuredDate ? { assured_date: spec.assuredDate, assurer_email: "checker@example.org" } : {}),
    organization: {
      id: orgId,
      name: spec.organization?.name ?? `Organisation ${orgId.slice(0, 6)}`,
      description: "A test organisation.",
      ...(spec.organization?.association
        ? { attributes: [{ id: randomUUID(), link_id: orgId, link_entity: "organization", link_type: "organization_type", taxonomy_term_id: ASSOCIATION_TERM.id }] }
        : {}),
    },
    phones: [{ id: randomUUID(), number: spec.phone ?? "+33 1 99 00 00 01", type: "voice" }],
    languages: (spec.languages ?? ["en"]).map((code) => ({ id: randomUUID(), code })),
    cost_options: spec.free === undefined ? [] : [{ id: randomUUID(), amount: spec.free ? 0 : 40, currency: "EUR", option: spec.free ? "Free" : "Per session" }],
    schedules: (spec.hours ?? []).map(([byday, opens, closes, offset]) => ({
      id: randomUUID(),
      freq: "WEEKLY",
      byday,
      opens_at: opens,
      closes_at: closes,
      ...(offset !== undefined ? { timezone: offset } : {}),
    })),
    attributes: [
      ...typeIds.map((termId) => ({ id: randomUUID(), link_id: id, link_entity: "service", link_type: "service_type", taxonomy_term_id: termId })),
      ...(spec.features ?? []).map((code) => {
        const term = SERVICE_FEATURES.find((f) => f.code === code);
        if (!term) throw new Error(`unknown feature ${code}`);
        return { id: randomUUID(), link_id: id, link_entity: "service", link_type: "service_feature", taxonomy_term_id: term.id };
      }),
    ],
    service_at_locations: [
      {
        id: randomUUID(),
        location: {
          id: locationId,
          location_type: remote ? "virtual" : "physical",
          ...(remote ? { url: "https://example.org/chat" } : { latitude: spec.lat ?? 48.8566, longitude: spec.lon ?? 2.3522 }),
          addresses: [
            {
              id: randomUUID(),
              address_1: remote ? "" : "1 Test Street",
              city: spec.city ?? "Paris",
              state_province: spec.region ?? "Île-de-France",
              postal_code: "75001",
              country: spec.country ?? "FR",
              address_type: remote ? "virtual" : "physical",
            },
          ],
          ...(spec.wheelchair
            ? { attributes: [{ id: randomUUID(), link_id: locationId, link_entity: "location", link_type: "accessibility", taxonomy_term_id: WHEELCHAIR_TERM.id }] }
            : {}),
        },
      },
    ],
  };
}

/** Imports services into the test portal (published), failing loudly when the import is refused. */
export async function importServices(t: TestApp, services: Record<string, unknown>[], opts: { publish?: boolean } = {}) {
  const directory = directoryService(t.db, () => t.clock.now);
  const report = await directory.importDataset(readJsonDataset(JSON.stringify(services)), { publish: opts.publish ?? true, source: "import" });
  if (!report.ok) throw new Error(`import refused: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  return report;
}

/** Service ids shown on a directory results page, in order. */
export function listedServiceIds(html: string, locale = "en"): string[] {
  return [...html.matchAll(new RegExp(`<h3[^>]*>\\s*<a href="/${locale}/services/([0-9a-f-]{36})`, "g"))].map((m) => m[1]!);
}
