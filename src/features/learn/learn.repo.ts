import type { Kysely, Selectable } from "kysely";
import type { Database, LearnCompletionsTable, LearnCoursesTable, LearnersTable, LearnLessonsTable, LearnMaterialsTable, LearnModulesTable, LearnQuizzesTable } from "../../db/schema.ts";

export type CourseRow = Selectable<LearnCoursesTable>;
export type ModuleRow = Selectable<LearnModulesTable>;
export type LessonRow = Selectable<LearnLessonsTable>;
export type QuizRow = Selectable<LearnQuizzesTable>;
export type LearnerRow = Selectable<LearnersTable>;
export type CompletionRow = Selectable<LearnCompletionsTable>;
export type MaterialRow = Selectable<LearnMaterialsTable>;

/** Courses with their outline, learners, their sign-in tokens, sessions and progress. */
export function learnRepo(db: Kysely<Database>) {
  return {
    async courses(status?: "published"): Promise<CourseRow[]> {
      let q = db.selectFrom("learn_courses").selectAll();
      if (status) q = q.where("status", "=", status);
      return q.orderBy("position").orderBy("slug").execute();
    },
    async courseBySlug(slug: string): Promise<CourseRow | undefined> {
      return db.selectFrom("learn_courses").selectAll().where("slug", "=", slug).executeTakeFirst();
    },
    async courseById(id: string): Promise<CourseRow | undefined> {
      return db.selectFrom("learn_courses").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async insertCourse(row: CourseRow): Promise<void> {
      await db.insertInto("learn_courses").values(row).execute();
    },
    async updateCourse(id: string, patch: Partial<Omit<CourseRow, "id">>): Promise<void> {
      await db.updateTable("learn_courses").set(patch).where("id", "=", id).execute();
    },
    async modules(courseId: string): Promise<ModuleRow[]> {
      return db.selectFrom("learn_modules").selectAll().where("course_id", "=", courseId).orderBy("position").execute();
    },
    /** The modules of several courses in one query (in position order; the caller groups them by course). */
    async modulesOf(courseIds: readonly string[]): Promise<ModuleRow[]> {
      if (courseIds.length === 0) return [];
      return db.selectFrom("learn_modules").selectAll().where("course_id", "in", courseIds).orderBy("position").execute();
    },
    async lessons(moduleIds: string[]): Promise<LessonRow[]> {
      if (moduleIds.length === 0) return [];
      return db.selectFrom("learn_lessons").selectAll().where("module_id", "in", moduleIds).orderBy("position").execute();
    },
    async quizzes(moduleIds: string[]): Promise<QuizRow[]> {
      if (moduleIds.length === 0) return [];
      return db.selectFrom("learn_quizzes").selectAll().where("module_id", "in", moduleIds).execute();
    },
    async insertModule(row: ModuleRow): Promise<void> {
      await db.insertInto("learn_modules").values(row).execute();
    },
    async insertLesson(row: LessonRow): Promise<void> {
      await db.insertInto("learn_lessons").values(row).execute();
    },
    async updateLesson(id: string, patch: Partial<Omit<LessonRow, "id">>): Promise<void> {
      await db.updateTable("learn_lessons").set(patch).where("id", "=", id).execute();
    },
    async updateQuiz(id: string, patch: Partial<Omit<QuizRow, "id">>): Promise<void> {
      await db.updateTable("learn_quizzes").set(patch).where("id", "=", id).execute();
    },
    async insertQuiz(row: QuizRow): Promise<void> {
      await db.insertInto("learn_quizzes").values(row).execute();
    },
    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let q = db.selectFrom("learn_courses").select("id").where("slug", "=", slug);
      if (exceptId) q = q.where("id", "!=", exceptId);
      return Boolean(await q.executeTakeFirst());
    },
    async nextCoursePosition(): Promise<number> {
      const r = await db.selectFrom("learn_courses").select((eb) => eb.fn.max("position").as("p")).executeTakeFirst();
      return Number(r?.p ?? -1) + 1;
    },
    async completionCount(courseId: string): Promise<number> {
      const r = await db.selectFrom("learn_completions").select((eb) => eb.fn.countAll().as("n")).where("course_id", "=", courseId).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async updateModule(id: string, patch: Partial<Omit<ModuleRow, "id" | "course_id">>): Promise<void> {
      await db.updateTable("learn_modules").set(patch).where("id", "=", id).execute();
    },
    /** Gives rows of one table new positions 0, 1, 2… in the order of `ids`, in one transaction. */
    async reorder(table: "learn_modules" | "learn_lessons", ids: string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const [position, id] of ids.entries()) await trx.updateTable(table).set({ position }).where("id", "=", id).execute();
      });
    },
    /** Deletes lessons with what learners did in them and their materials' rows (the caller erases the files). */
    async deleteLessons(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("learn_lesson_progress").where("lesson_id", "in", ids).execute();
        await trx.deleteFrom("learn_materials").where("lesson_id", "in", ids).execute();
        await trx.deleteFrom("learn_lessons").where("id", "in", ids).execute();
      });
    },
    /** Deletes modules with their lessons, quizzes and attempts (the caller erases material files first). */
    async deleteModules(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.transaction().execute(async (trx) => {
        const lessons = (await trx.selectFrom("learn_lessons").select("id").where("module_id", "in", ids).execute()).map((r) => r.id);
        const quizzes = (await trx.selectFrom("learn_quizzes").select("id").where("module_id", "in", ids).execute()).map((r) => r.id);
        if (lessons.length) {
          await trx.deleteFrom("learn_lesson_progress").where("lesson_id", "in", lessons).execute();
          await trx.deleteFrom("learn_materials").where("lesson_id", "in", lessons).execute();
          await trx.deleteFrom("learn_lessons").where("id", "in", lessons).execute();
        }
        if (quizzes.length) {
          await trx.deleteFrom("learn_quiz_attempts").where("quiz_id", "in", quizzes).execute();
          await trx.deleteFrom("learn_quizzes").where("id", "in", quizzes).execute();
        }
        await trx.deleteFrom("learn_modules").where("id", "in", ids).execute();
      });
    },
    async deleteCourse(id: string): Promise<void> {
      await db.deleteFrom("learn_courses").where("id", "=", id).execute();
    },
    async lessonSlugTaken(courseId: string, slug: string): Promise<boolean> {
      const r = await db
        .selectFrom("learn_lessons as l")
        .innerJoin("learn_modules as m", "m.id", "l.module_id")
        .select("l.id")
        .where("m.course_id", "=", courseId)
        .where("l.slug", "=", slug)
        .executeTakeFirst();
      return Boolean(r);
    },
    async materials(lessonIds: string[]): Promise<MaterialRow[]> {
      if (lessonIds.length === 0) return [];
      return db.selectFrom("learn_materials").selectAll().where("lesson_id", "in", lessonIds).execute();
    },
    async material(lessonId: string, locale: string): Promise<MaterialRow | undefined> {
      return db.selectFrom("learn_materials").selectAll().where("lesson_id", "=", lessonId).where("locale", "=", locale).executeTakeFirst();
    },
    /** Sets a lesson's material in one language; returns the row it replaced, whose file the caller erases. */
    async saveMaterial(row: MaterialRow): Promise<MaterialRow | undefined> {
      return db.transaction().execute(async (trx) => {
        const old = await trx.selectFrom("learn_materials").selectAll().where("lesson_id", "=", row.lesson_id).where("locale", "=", row.locale).executeTakeFirst();
        if (old) await trx.deleteFrom("learn_materials").where("lesson_id", "=", row.lesson_id).where("locale", "=", row.locale).execute();
        await trx.insertInto("learn_materials").values(row).execute();
        return old;
      });
    },
    async deleteMaterial(lessonId: string, locale: string): Promise<void> {
      await db.deleteFrom("learn_materials").where("lesson_id", "=", lessonId).where("locale", "=", locale).execute();
    },
    /** The lesson and its course's id and status, for serving a material file. */
    async lessonCourse(lessonId: string): Promise<{ lesson_slug: string; course_id: string; course_slug: string; status: string } | undefined> {
      return db
        .selectFrom("learn_lessons as l")
        .innerJoin("learn_modules as m", "m.id", "l.module_id")
        .innerJoin("learn_courses as c", "c.id", "m.course_id")
        .select(["l.slug as lesson_slug", "c.id as course_id", "c.slug as course_slug", "c.status as status"])
        .where("l.id", "=", lessonId)
        .executeTakeFirst();
    },

    /** The learner whose address hashes to one of these (one hash per configured field key). */
    async learnerByEmailHash(hashes: readonly string[]): Promise<LearnerRow | undefined> {
      return db.selectFrom("learners").selectAll().where("email_hash", "in", hashes).executeTakeFirst();
    },
    async learnerById(id: string): Promise<LearnerRow | undefined> {
      return db.selectFrom("learners").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async insertLearner(row: LearnerRow): Promise<void> {
      await db.insertInto("learners").values(row).execute();
    },
    async updateLearner(id: string, patch: Partial<Omit<LearnerRow, "id">>): Promise<void> {
      await db.updateTable("learners").set(patch).where("id", "=", id).execute();
    },
    /** Deletes a learner with everything kept about them (tokens, sessions, progress, attempts, certificates). */
    async deleteLearner(id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const table of ["learn_completions", "learn_quiz_attempts", "learn_lesson_progress", "learner_sessions", "learner_tokens"] as const) {
          await trx.deleteFrom(table).where("learner_id", "=", id).execute();
        }
        await trx.deleteFrom("learners").where("id", "=", id).execute();
      });
    },
    async insertToken(row: { token_hash: string; learner_id: string; expires_at: string; created_at: string }): Promise<void> {
      await db.insertInto("learner_tokens").values({ ...row, used_at: null }).execute();
    },
    /** Marks a token used and returns its learner, once: a second use, or an expired token, gives undefined. */
    async useToken(hash: string, now: string): Promise<{ learnerId: string } | { expired: true } | undefined> {
      const row = await db.selectFrom("learner_tokens").selectAll().where("token_hash", "=", hash).executeTakeFirst();
      if (!row || row.used_at) return undefined;
      if (row.expires_at <= now) return { expired: true };
      const r = await db.updateTable("learner_tokens").set({ used_at: now }).where("token_hash", "=", hash).where("used_at", "is", null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0 ? { learnerId: row.learner_id } : undefined;
    },
    async insertSession(row: { id_hash: string; learner_id: string; created_at: string; last_seen_at: string; expires_at: string }): Promise<void> {
      await db.insertInto("learner_sessions").values(row).execute();
    },
    async session(idHash: string) {
      return db.selectFrom("learner_sessions").selectAll().where("id_hash", "=", idHash).executeTakeFirst();
    },
    async touchSession(idHash: string, now: string): Promise<void> {
      await db.updateTable("learner_sessions").set({ last_seen_at: now }).where("id_hash", "=", idHash).execute();
    },
    async deleteSession(idHash: string): Promise<void> {
      await db.deleteFrom("learner_sessions").where("id_hash", "=", idHash).execute();
    },

    async doneLessonIds(learnerId: string): Promise<Set<string>> {
      const rows = await db.selectFrom("learn_lesson_progress").select("lesson_id").where("learner_id", "=", learnerId).execute();
      return new Set(rows.map((r) => r.lesson_id));
    },
    /** Records a lesson as done; false when it already was. */
    async markLessonDone(learnerId: string, lessonId: string, now: string): Promise<boolean> {
      const exists = await db.selectFrom("learn_lesson_progress").select("lesson_id").where("learner_id", "=", learnerId).where("lesson_id", "=", lessonId).executeTakeFirst();
      if (exists) return false;
      await db.insertInto("learn_lesson_progress").values({ learner_id: learnerId, lesson_id: lessonId, done_at: now }).execute();
      return true;
    },
    async insertAttempt(row: { id: string; learner_id: string; quiz_id: string; score: number; total: number; passed: number; created_at: string }): Promise<void> {
      await db.insertInto("learn_quiz_attempts").values(row).execute();
    },
    async attempts(learnerId: string) {
      return db.selectFrom("learn_quiz_attempts").selectAll().where("learner_id", "=", learnerId).orderBy("created_at", "desc").execute();
    },
    async completion(learnerId: string, courseId: string): Promise<CompletionRow | undefined> {
      return db.selectFrom("learn_completions").selectAll().where("learner_id", "=", learnerId).where("course_id", "=", courseId).executeTakeFirst();
    },
    /** Every certificate a learner has, whatever the course. */
    async completions(learnerId: string): Promise<CompletionRow[]> {
      return db.selectFrom("learn_completions").selectAll().where("learner_id", "=", learnerId).execute();
    },
    async insertCompletion(row: CompletionRow): Promise<void> {
      await db.insertInto("learn_completions").values(row).execute();
    },
    async updateCompletion(id: string, patch: { display_name: string | null }): Promise<void> {
      await db.updateTable("learn_completions").set(patch).where("id", "=", id).execute();
    },
    async completionByCode(code: string): Promise<CompletionRow | undefined> {
      return db.selectFrom("learn_completions").selectAll().where("code", "=", code).executeTakeFirst();
    },
  };
}

export type LearnRepo = ReturnType<typeof learnRepo>;

/** Published episodes staff may attach to a lesson: id and titles by language. */
export async function publishedEpisodes(db: Kysely<Database>): Promise<{ id: string; locale: string; title: string }[]> {
  return db
    .selectFrom("video_episodes as e")
    .innerJoin("video_series as s", "s.id", "e.series_id")
    .innerJoin("video_episode_texts as x", "x.episode_id", "e.id")
    .select(["e.id as id", "x.locale as locale", "x.title as title"])
    .where("e.status", "=", "published")
    .where("s.status", "=", "published")
    .orderBy("e.id")
    .execute();
}
