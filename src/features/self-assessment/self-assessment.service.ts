import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import type { MessageKey } from "../../i18n/i18n.ts";
import type { StaffUser } from "../../web/auth.ts";
import { can } from "../../web/auth.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { UN_STATE_BY_CODE } from "../countries/countries.data.ts";
import { canEditCountry, countriesService } from "../countries/countries.service.ts";
import { PROVISIONS, PROVISION_GROUPS, type ProvisionGroup, type ProvisionId, type ProvisionStatus } from "../countries/provisions.ts";
import { selfAssessmentRepo, type AnswerRow, type AssessmentRow } from "./self-assessment.repo.ts";
import { AnswerSchema, fieldName, provisionsOf, type StartInput } from "./self-assessment.schema.ts";

/** What the assessment page shows about the proposal: the revision's fate in the countries feature. */
export type ProposalState = "none" | "pending" | "published" | "returned" | "superseded";

export interface Tally {
  in_place: number;
  partly: number;
  not: number;
  unknown: number;
  /** Provisions with no answer yet. */
  unanswered: number;
  total: number;
}

/** May this member of staff answer self-assessments for this country? Editors and admins any; focal points their own. */
export function canAssess(user: StaffUser | null, code: string): boolean {
  return can(user, "countries.edit") && canEditCountry(user, code);
}

/** Counts of answers by status over these provisions. */
export function tally(answers: ReadonlyMap<string, AnswerRow>, provisions: readonly { id: string }[] = PROVISIONS): Tally {
  const t: Tally = { in_place: 0, partly: 0, not: 0, unknown: 0, unanswered: 0, total: provisions.length };
  for (const p of provisions) {
    const a = answers.get(p.id);
    if (a) t[a.status] += 1;
    else t.unanswered += 1;
  }
  return t;
}

/** A group is done when every provision in it has a status ("don't know" counts). */
export function groupDone(answers: ReadonlyMap<string, AnswerRow>, group: ProvisionGroup): boolean {
  return provisionsOf(group).every((p) => answers.has(p.id));
}

/** The form's values for one group, from the stored answers. */
export function groupValues(answers: ReadonlyMap<string, AnswerRow>, group: ProvisionGroup): FormValues {
  const values: FormValues = {};
  for (const p of provisionsOf(group)) {
    const a = answers.get(p.id);
    if (!a) continue;
    values[fieldName(p.id, "status")] = a.status;
    values[fieldName(p.id, "citation")] = a.citation;
    values[fieldName(p.id, "notes")] = a.notes;
    values[fieldName(p.id, "missing")] = a.missing;
  }
  return values;
}

type Parsed = { ok: true; answers: { provision: ProvisionId; status: ProvisionStatus; citation: string; notes: string; missing: string }[] } | { ok: false; errors: FieldErrors };

/** Reads one group's page: every field optional, but text without a status is an error. */
export function parseGroup(group: ProvisionGroup, values: FormValues): Parsed {
  const errors: FieldErrors = {};
  const answers: Extract<Parsed, { ok: true }>["answers"] = [];
  const str = (name: string) => {
    const v = values[name];
    return typeof v === "string" ? v : undefined;
  };
  for (const p of provisionsOf(group)) {
    const raw = {
      status: str(fieldName(p.id, "status")) || undefined,
      citation: str(fieldName(p.id, "citation")),
      notes: str(fieldName(p.id, "notes")),
      missing: str(fieldName(p.id, "missing")),
    };
    const parsed = AnswerSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = fieldName(p.id, String(issue.path[0] ?? "status") as "status");
        errors[name] ??= issue.message as MessageKey;
      }
      continue;
    }
    const a = parsed.data;
    if (!a.status) {
      if (a.citation || a.notes || a.missing) errors[fieldName(p.id, "status")] = "assessment.error.statusNeeded";
      continue;
    }
    // What is missing only means something for a provision not fully in place.
    answers.push({ provision: p.id, status: a.status, citation: a.citation, notes: a.notes, missing: a.status === "partly" || a.status === "not" ? a.missing : "" });
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}

/** Self-assessments: starting one, saving answers group by group, and proposing the result for the country profile. */
export function selfAssessmentService(db: Db, clock: () => Date = () => new Date()) {
  const repo = selfAssessmentRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  const countries = countriesService(db, clock);

  async function record(user: StaffUser | null, action: string, id: string, details?: Record<string, unknown>) {
    await audit.record({ userId: user?.id ?? null, action, targetType: "self_assessment", targetId: id, details });
  }

  return {
    repo,

    /** The assessments this member of staff may see. */
    async listFor(user: StaffUser): Promise<AssessmentRow[]> {
      return repo.listForCountries(can(user, "countries.publish") ? "all" : user.countries);
    },

    /** The assessment if it exists, belongs to this country and this member of staff may answer for it. */
    async findFor(user: StaffUser | null, code: string, id: string): Promise<AssessmentRow | null> {
      if (!UN_STATE_BY_CODE.has(code) || !canAssess(user, code)) return null;
      const row = await repo.findById(id);
      return row && row.country === code ? row : null;
    },

    async answers(id: string): Promise<Map<string, AnswerRow>> {
      return new Map((await repo.answers(id)).map((a) => [a.provision, a]));
    },

    /** Opens a draft, or returns the country's open draft (one per country at a time). */
    async start(user: StaffUser | null, input: StartInput, opts: { demo?: boolean } = {}): Promise<{ row: AssessmentRow; created: boolean }> {
      const open = await repo.openDraft(input.country);
      if (open) return { row: open, created: false };
      const at = clock().toISOString();
      const row: AssessmentRow = {
        id: randomUUID(),
        country: input.country,
        year: input.year,
        status: "draft",
        is_demo: opts.demo ? 1 : 0,
        proposed_revision: null,
        proposed_at: null,
        proposed_by: null,
        created_by: user?.id ?? null,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(row);
      await record(user, "self_assessment.start", row.id, { country: row.country, year: row.year });
      return { row, created: true };
    },

    /** Saves one group's answers (replacing that group's earlier ones). A returned proposal becomes a draft again. */
    async saveGroup(user: StaffUser | null, a: AssessmentRow, group: ProvisionGroup, answers: Extract<Parsed, { ok: true }>["answers"]): Promise<void> {
      const at = clock().toISOString();
      const rows: AnswerRow[] = answers.map((x) => ({ assessment_id: a.id, ...x, updated_at: at, updated_by: user?.id ?? null }));
      await repo.saveAnswers(a.id, provisionsOf(group).map((p) => p.id), rows, at);
      if (a.status !== "draft") await repo.update(a.id, { status: "draft", proposed_revision: null, proposed_at: null, proposed_by: null });
      await record(user, "self_assessment.save", a.id, { country: a.country, group, answered: rows.length });
    },

    /** The fate of the revision the result was proposed as. */
    async proposalState(a: AssessmentRow): Promise<ProposalState> {
      if (a.proposed_revision === null) return "none";
      const rev = await countries.repo.revisionDocument(a.country, a.proposed_revision);
      if (!rev) return "none";
      return rev.state === "submitted" ? "pending" : rev.state;
    },

    /** May the answers still be changed? In a draft, or when an editor sent the proposal back. */
    async editable(a: AssessmentRow): Promise<boolean> {
      if (a.status === "draft") return true;
      const state = await this.proposalState(a);
      return state === "returned" || state === "superseded";
    },

    /**
     * Proposes the answered statuses and citations for the country profile's legislation section: a new
     * revision through the countries service, waiting for an editor's review (an editor's own is published).
     */
    async propose(user: StaffUser, a: AssessmentRow): Promise<{ number: number; published: boolean } | null> {
      const answers = await repo.answers(a.id);
      if (answers.length === 0) return null;
      const { profile } = await countries.workingProfile(a.country);
      const legislation = profile.sections.legislation ?? { provisions: {} };
      const provisions = { ...legislation.provisions };
      for (const x of answers) {
        // "Don't know" never overwrites what the profile already says about a provision.
        if (x.status === "unknown" && provisions[x.provision as ProvisionId]) continue;
        provisions[x.provision as ProvisionId] = { status: x.status, ...(x.citation ? { citation: x.citation.slice(0, 500) } : {}) };
      }
      const next = { ...profile, sections: { ...profile.sections, legislation: { ...legislation, provisions } } };
      const saved = await countries.save(user, next, `self-assessment ${a.year}`);
      await repo.update(a.id, {
        status: saved.published ? "published" : "submitted",
        proposed_revision: saved.number,
        proposed_at: clock().toISOString(),
        proposed_by: user.id,
      });
      await record(user, "self_assessment.propose", a.id, { country: a.country, revision: saved.number, published: saved.published });
      return saved;
    },

    /** The status shown: the stored one, or published once an editor published the proposal. */
    async shownStatus(a: AssessmentRow): Promise<"draft" | "submitted" | "published" | "returned"> {
      if (a.status !== "submitted") return a.status;
      const state = await this.proposalState(a);
      return state === "published" ? "published" : state === "returned" ? "returned" : "submitted";
    },
  };
}
export type SelfAssessmentService = ReturnType<typeof selfAssessmentService>;

export const GROUPS = PROVISION_GROUPS;
