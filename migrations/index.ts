import type { Kysely } from "kysely";
import type { Dialect } from "../src/db/database.ts";
import * as m0001 from "./0001-foundation.ts";
import * as m0002 from "./0002-user-tokens.ts";
import * as m0003 from "./0003-directory.ts";
import * as m0004 from "./0004-countries.ts";
import * as m0005 from "./0005-stories.ts";
import * as m0006 from "./0006-story-voices.ts";
import * as m0007 from "./0007-videos.ts";
import * as m0008 from "./0008-story-media.ts";
import * as m0009 from "./0009-events.ts";
import * as m0010 from "./0010-tributes-campaigns.ts";
import * as m0011 from "./0011-newsletter-jobs.ts";
import * as m0012 from "./0012-crisis.ts";
import * as m0013 from "./0013-library.ts";
import * as m0014 from "./0014-learn.ts";
import * as m0015 from "./0015-self-assessment.ts";
import * as m0016 from "./0016-learn-authoring.ts";
import * as m0018 from "./0018-gender-content.ts";
import * as m0019 from "./0019-statistics.ts";
import * as m0020 from "./0020-key-rotation.ts";

export interface PortalMigration {
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** Every migration in order; forward-only. Add a new file and list it here. */
export const migrations: Record<string, PortalMigration> = {
  "0001-foundation": m0001,
  "0002-user-tokens": m0002,
  "0003-directory": m0003,
  "0004-countries": m0004,
  "0005-stories": m0005,
  "0006-story-voices": m0006,
  "0007-videos": m0007,
  "0008-story-media": m0008,
  "0009-events": m0009,
  "0010-tributes-campaigns": m0010,
  "0011-newsletter-jobs": m0011,
  "0012-crisis": m0012,
  "0013-library": m0013,
  "0014-learn": m0014,
  "0015-self-assessment": m0015,
  "0016-learn-authoring": m0016,
  "0018-gender-content": m0018,
  "0019-statistics": m0019,
  "0020-key-rotation": m0020,
};
