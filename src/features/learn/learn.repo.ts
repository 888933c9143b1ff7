import type { Kysely, Selectable } from "kysely";
import type { Database, LearnCompletionsTable, LearnCoursesTable, LearnersTable, LearnLessonsTable, LearnModulesTable, LearnQuizzesTable } from "../../db/schema.ts";

export type CourseRow = Selectable<LearnCoursesTable>;
export type ModuleRow = Selectable<LearnModulesTable>;
export type LessonRow = Selectable<LearnLessonsTable>;
export type QuizRow = Selectable<LearnQuizzesTable>;
export type LearnerRow = Selectable<LearnersTable>;
export type CompletionRow = Selectable<LearnCompletionsTable>;

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

    async learnerByEmailHash(hash: string): Promise<LearnerRow | undefined> {
      return db.selectFrom("learners").selectAll().where("email_hash", "=", hash).executeTakeFirst();
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

/** The address of a published video episode on the portal (series and episode slugs), if both are published. */
export async function episodePath(db: Kysely<Database>, episodeId: string): Promise<{ series: string; episode: string } | undefined> {
  return db
    .selectFrom("video_episodes as e")
    .innerJoin("video_series as s", "s.id", "e.series_id")
    .select(["s.slug as series", "e.slug as episode"])
    .where("e.id", "=", episodeId)
    .where("e.status", "=", "published")
    .where("s.status", "=", "published")
    .executeTakeFirst();
}

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
