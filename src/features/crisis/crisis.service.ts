import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { auditRepo } from "../admin-audit/audit.repo.ts";
import { crisisRepo, type CrisisTextRow } from "./crisis.repo.ts";

export interface CrisisSwitchOn {
  severity: string;
  country: string | null;
  text: CrisisTextRow;
}

/**
 * Switching crisis mode on and off and editing the notice's texts, each in one transaction with its
 * audit entry. Switching on while a notice is on replaces it (the old one is switched off and kept).
 * `changed` tells every instance (the local cache at once, the others through Redis when configured).
 */
export function crisisService(db: Db, clock: () => Date, changed: () => Promise<void>) {
  const repo = crisisRepo(db.kysely);
  const audit = auditRepo(db.kysely, clock);
  return {
    repo,

    async switchOn(input: CrisisSwitchOn, userId: string): Promise<string> {
      const id = randomUUID();
      const at = clock().toISOString();
      await db.kysely.transaction().execute(async (trx) => {
        for (const old of await repo.activeIds(trx)) {
          await repo.switchOff(old, userId, at, trx);
          await audit.record({ userId, action: "crisis.off", targetType: "crisis_notice", targetId: old, details: { replacedBy: id } }, trx);
        }
        await repo.insertNotice({ id, severity: input.severity, country: input.country, source_locale: input.text.locale, created_by: userId, at }, trx);
        await repo.saveText(id, input.text, at, trx);
        await audit.record(
          { userId, action: "crisis.on", targetType: "crisis_notice", targetId: id, details: { severity: input.severity, country: input.country, locale: input.text.locale, headline: input.text.headline } },
          trx,
        );
      });
      await changed();
      return id;
    },

    /** Adds or replaces the notice's text in one language; false when the notice is no longer on. */
    async saveText(noticeId: string, text: CrisisTextRow, userId: string): Promise<boolean> {
      const at = clock().toISOString();
      const ok = await db.kysely.transaction().execute(async (trx) => {
        const notice = await repo.findNotice(noticeId, trx);
        if (!notice || notice.active !== 1) return false;
        await repo.saveText(noticeId, text, at, trx);
        await repo.touch(noticeId, at, trx);
        await audit.record({ userId, action: "crisis.text", targetType: "crisis_notice", targetId: noticeId, details: { locale: text.locale, headline: text.headline } }, trx);
        return true;
      });
      if (ok) await changed();
      return ok;
    },

    async switchOff(noticeId: string, userId: string): Promise<boolean> {
      const at = clock().toISOString();
      const ok = await db.kysely.transaction().execute(async (trx) => {
        if ((await repo.switchOff(noticeId, userId, at, trx)) === 0) return false;
        await audit.record({ userId, action: "crisis.off", targetType: "crisis_notice", targetId: noticeId }, trx);
        return true;
      });
      if (ok) await changed();
      return ok;
    },
  };
}
