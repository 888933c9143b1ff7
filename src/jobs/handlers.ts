import { NEWSLETTER_DELIVERY, newsletterService } from "../features/newsletter/newsletter.service.ts";
import type { Services } from "../web/services.ts";
import type { JobHandlers } from "./queue.ts";

/** Every kind of background job the portal runs, by kind. Add a feature's handler here. */
export function jobHandlers(services: Pick<Services, "db" | "clock" | "keys" | "mailer">): JobHandlers {
  const newsletter = newsletterService({ db: services.db, clock: services.clock, fieldKey: services.keys.field, mailer: services.mailer });
  return {
    [NEWSLETTER_DELIVERY]: newsletter.deliveryHandler(),
  };
}
