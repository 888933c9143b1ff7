import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import type { DemoCourse } from "../../demo/learn-demo.ts";
import { learnRepo } from "./learn.repo.ts";

/** Inserts courses whose slug is not there yet (so running it again changes nothing). Shared by the demo seed and the tests. */
export async function seedLearnCourses(db: Db, courses: readonly DemoCourse[], now: Date = new Date()): Promise<number> {
  const repo = learnRepo(db.kysely);
  const at = now.toISOString();
  let added = 0;
  for (const [ci, c] of courses.entries()) {
    if (await repo.courseBySlug(c.slug)) continue;
    const courseId = randomUUID();
    await repo.insertCourse({ id: courseId, slug: c.slug, track: c.track, minutes: c.minutes, status: c.status, position: ci, texts: JSON.stringify(c.texts), created_at: at, updated_at: at });
    for (const [mi, m] of c.modules.entries()) {
      const moduleId = randomUUID();
      await repo.insertModule({ id: moduleId, course_id: courseId, position: mi, texts: JSON.stringify(m.texts) });
      for (const [li, l] of m.lessons.entries()) {
        await repo.insertLesson({ id: randomUUID(), module_id: moduleId, position: li, slug: l.slug, texts: JSON.stringify(l.texts), video_episode_id: null, material_url: null });
      }
      if (m.quiz) await repo.insertQuiz({ id: randomUUID(), module_id: moduleId, pass_mark: m.quiz.pass_mark, questions: JSON.stringify(m.quiz.questions) });
    }
    added++;
  }
  return added;
}
