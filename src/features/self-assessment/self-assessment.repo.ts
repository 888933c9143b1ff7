import type { Kysely, Selectable } from "kysely";
import type { Database, SelfAssessmentAnswersTable, SelfAssessmentsTable } from "../../db/schema.ts";

export type AssessmentRow = Selectable<SelfAssessmentsTable>;
export type AnswerRow = Selectable<SelfAssessmentAnswersTable>;

const normalise = (r: AssessmentRow): AssessmentRow => ({
  ...r,
  year: Number(r.year),
  is_demo: Number(r.is_demo),
  proposed_revision: r.proposed_revision === null ? null : Number(r.proposed_revision),
});

/** Self-assessments and their answers per provision. */
export function selfAssessmentRepo(db: Kysely<Database>) {
  return {
    async findById(id: string): Promise<AssessmentRow | undefined> {
      const row = await db.selectFrom("self_assessments").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? normalise(row) : undefined;
    },

    /** Assessments of these countries, newest year first. */
    async listForCountries(codes: readonly string[] | "all"): Promise<AssessmentRow[]> {
      let q = db.selectFrom("self_assessments").selectAll();
      if (codes !== "all") {
        if (codes.length === 0) return [];
        q = q.where("country", "in", codes);
      }
      const rows = await q.orderBy("country").orderBy("year", "desc").orderBy("created_at", "desc").execute();
      return rows.map(normalise);
    },

    async openDraft(country: string): Promise<AssessmentRow | undefined> {
      const row = await db.selectFrom("self_assessments").selectAll().where("country", "=", country).where("status", "=", "draft").executeTakeFirst();
      return row ? normalise(row) : undefined;
    },

    async insert(row: AssessmentRow): Promise<void> {
      await db.insertInto("self_assessments").values(row).execute();
    },

    async update(id: string, patch: Partial<Omit<AssessmentRow, "id" | "created_at">>): Promise<void> {
      await db.updateTable("self_assessments").set(patch).where("id", "=", id).execute();
    },

    async answers(id: string): Promise<AnswerRow[]> {
      return db.selectFrom("self_assessment_answers").selectAll().where("assessment_id", "=", id).execute();
    },

    /** Replaces the answers to these provisions (one group's page) in one transaction. */
    async saveAnswers(id: string, provisions: readonly string[], rows: readonly AnswerRow[], at: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (provisions.length) await trx.deleteFrom("self_assessment_answers").where("assessment_id", "=", id).where("provision", "in", provisions).execute();
        if (rows.length) await trx.insertInto("self_assessment_answers").values([...rows]).execute();
        await trx.updateTable("self_assessments").set({ updated_at: at }).where("id", "=", id).execute();
      });
    },

    async demoExists(): Promise<boolean> {
      return Boolean(await db.selectFrom("self_assessments").select("id").where("is_demo", "=", 1).executeTakeFirst());
    },
  };
}
