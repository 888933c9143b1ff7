import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";

/**
 * Courses (tracks fixed in code), ordered modules and lessons, a quiz at the end of a module, and the
 * learners who keep progress. Per-language texts are JSON objects keyed by locale ({"en": {...}}), so a
 * course is written one language at a time without a table per text. Learners' addresses are encrypted
 * with a keyed hash for lookup; sign-in tokens and session ids are stored only as hashes. A completion
 * carries the certificate's verification code (random, unguessable, not secret).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("learn_courses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("track", "text", (c) => c.notNull())
    .addColumn("minutes", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("texts", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("learn_modules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("course_id", "text", (c) => c.notNull().references("learn_courses.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("texts", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("learn_modules_course_idx").on("learn_modules").columns(["course_id", "position"]).execute();
  await db.schema
    .createTable("learn_lessons")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("module_id", "text", (c) => c.notNull().references("learn_modules.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("texts", "text", (c) => c.notNull())
    .addColumn("video_episode_id", "text")
    .addColumn("material_url", "text")
    .execute();
  await db.schema.createIndex("learn_lessons_module_idx").on("learn_lessons").columns(["module_id", "position"]).execute();
  await db.schema
    .createTable("learn_quizzes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("module_id", "text", (c) => c.notNull().unique().references("learn_modules.id").onDelete("cascade"))
    .addColumn("pass_mark", "integer", (c) => c.notNull())
    .addColumn("questions", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("learners")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("display_name", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("last_mailed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("learner_tokens")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("learner_id", "text", (c) => c.notNull().references("learners.id").onDelete("cascade"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("learner_sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("learner_id", "text", (c) => c.notNull().references("learners.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("learn_lesson_progress")
    .addColumn("learner_id", "text", (c) => c.notNull().references("learners.id").onDelete("cascade"))
    .addColumn("lesson_id", "text", (c) => c.notNull().references("learn_lessons.id").onDelete("cascade"))
    .addColumn("done_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("learn_lesson_progress_pk", ["learner_id", "lesson_id"])
    .execute();
  await db.schema
    .createTable("learn_quiz_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("learner_id", "text", (c) => c.notNull().references("learners.id").onDelete("cascade"))
    .addColumn("quiz_id", "text", (c) => c.notNull().references("learn_quizzes.id").onDelete("cascade"))
    .addColumn("score", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("passed", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("learn_quiz_attempts_learner_idx").on("learn_quiz_attempts").columns(["learner_id", "quiz_id"]).execute();
  await db.schema
    .createTable("learn_completions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("learner_id", "text", (c) => c.notNull().references("learners.id").onDelete("cascade"))
    .addColumn("course_id", "text", (c) => c.notNull().references("learn_courses.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("completed_at", "text", (c) => c.notNull())
    .addUniqueConstraint("learn_completions_learner_course", ["learner_id", "course_id"])
    .execute();
}
