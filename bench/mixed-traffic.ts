import { randomUUID } from "node:crypto";

/**
 * Mixed traffic against a running portal, for the soak test (bench/soak.ts) and its bounded version in
 * the suite (tests/system/soak.test.ts): pages in all six languages, searches with varied words,
 * directory searches, country profiles, feeds, 404s and refused input from a few concurrent fetch
 * loops, and form posts (feedback and contact, with the CSRF token from a cookie jar) at a low rate.
 * Every answer is checked against the status it should have; nothing here measures speed.
 */
const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
const PAGES = ["your-rights-as-a-victim", "rights-when-attacked-abroad", "compensation-and-financial-help", "psychological-support-after-an-attack", "taking-part-in-criminal-proceedings", "dealing-with-the-media", "support-for-bereaved-families", "helping-children-and-young-people", "get-help-now", "safety", "privacy"];
const NEWS = ["international-day-2026", "portal-opens-in-six-languages", "model-legislative-provisions-explained", "safety-features-on-the-portal"];
const SECTIONS = ["", "info", "news", "countries", "events", "stories", "remembrance", "contact", "help-navigator", "library", "campaigns", "services"];
const COUNTRIES = ["fr", "gb", "es", "no", "au", "us", "de", "be", "ma", "ng", "jp", "br", "zw", "in"];
/** Search words per language, mixed with a random suffix now and then so no two searches need be the same. */
const WORDS: Record<(typeof LOCALES)[number], string[]> = {
  ar: ["تعويض", "حقوق", "دعم", "ضحايا", "محكمة"],
  zh: ["赔偿", "权利", "支持", "受害者", "心理"],
  en: ["compensation", "rights", "support", "trauma", "court", "children", "media", "funeral"],
  fr: ["indemnisation", "droits", "soutien", "victimes", "procès"],
  ru: ["компенсация", "права", "поддержка", "жертвы", "суд"],
  es: ["indemnización", "derechos", "apoyo", "víctimas", "juicio"],
};
const DIRECTORY_WORDS = ["legal aid", "psychological", "helpline", "peer support", "compensation", "trauma counselling", "avocat", "apoyo", "", "consular"];
const DIRECTORY_TYPES = ["", "psychological-support", "legal-aid", "helpline", "peer-support", "compensation-claims"];
const DIRECTORY_COUNTRIES = ["", "", "FR", "ES", "GB", "NO", "BE", "US"];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const word = () => Math.random().toString(36).slice(2, 8);

interface Planned {
  kind: string;
  path: string;
  expect: number;
}

/** One request of the mix, with the kind it counts under and the status it must get. */
function plan(): Planned {
  const lang = pick(LOCALES);
  const r = Math.random() * 100;
  if (r < 28) {
    const section = pick(SECTIONS);
    const path = Math.random() < 0.5 ? `/${lang}/${section}` : Math.random() < 0.75 ? `/${lang}/info/${pick(PAGES)}` : `/${lang}/news/${pick(NEWS)}`;
    return { kind: "page", path, expect: 200 };
  }
  if (r < 43) {
    const q = Math.random() < 0.3 ? `${pick(WORDS[lang])} ${word()}` : pick(WORDS[lang]);
    return { kind: "search", path: `/${lang}/search?q=${encodeURIComponent(q)}`, expect: 200 };
  }
  if (r < 58) {
    const params = new URLSearchParams();
    const q = pick(DIRECTORY_WORDS);
    if (q) params.set("q", Math.random() < 0.2 ? `${q} ${word()}` : q);
    const country = pick(DIRECTORY_COUNTRIES);
    if (country) params.set("country", country);
    const type = pick(DIRECTORY_TYPES);
    if (type) params.set("type", type);
    if (Math.random() < 0.2) params.set("free", "1");
    return { kind: "directory", path: `/${lang}/services?${params}`, expect: 200 };
  }
  if (r < 73) return { kind: "country", path: `/${lang}/countries/${pick(COUNTRIES)}`, expect: 200 };
  if (r < 81) return { kind: "feed", path: `/${lang}/${pick(["news.atom", "stories.atom", "events.atom", "events.ics"])}`, expect: 200 };
  if (r < 92) {
    const path = pick([`/${lang}/info/missing-${word()}`, `/${lang}/news/missing-${word()}`, `/${lang}/services/${randomUUID()}`, `/${lang}/no-such-page-${word()}`]);
    return { kind: "not found", path, expect: 404 };
  }
  if (r < 96) return { kind: "refused input", path: `/${lang}/services?country=ZZ&q=${word()}`, expect: 400 };
  return { kind: "static", path: "/static/app.css", expect: 200 };
}

export interface TrafficReport {
  requests: number;
  /** Requests by kind (page, search, directory, country, feed, not found, refused input, static, form post). */
  byKind: Record<string, number>;
  /** Answers by status code. */
  statuses: Record<string, number>;
  serverErrors: number;
  /** Connections refused or reset, and requests without an answer within 30 s. */
  connectionErrors: number;
  /** Answers with another status than the one expected (the first 20, with the total). */
  unexpected: string[];
  unexpectedCount: number;
}

export interface Traffic {
  /** The figures so far. */
  report(): TrafficReport;
  /**
   * Runs `fn` while no request is under way (the loops wait, then go on): a memory sample taken then
   * is not inflated by the garbage of the requests in flight.
   */
  quiet<T>(fn: () => Promise<T>): Promise<T>;
  /** Stops the loops and waits for the requests under way; returns the figures. */
  stop(): Promise<TrafficReport>;
}

/** Starts `concurrency` request loops and one form post every `postIntervalMs` against `base`. */
export function startMixedTraffic(base: string, opts: { concurrency: number; postIntervalMs: number }): Traffic {
  const report: TrafficReport = { requests: 0, byKind: {}, statuses: {}, serverErrors: 0, connectionErrors: 0, unexpected: [], unexpectedCount: 0 };
  let running = true;
  let inFlight = 0;
  let paused: Promise<void> | null = null;
  const send = async <T>(fn: () => Promise<T>): Promise<T> => {
    while (paused) await paused;
    inFlight++;
    try {
      return await fn();
    } finally {
      inFlight--;
    }
  };

  const record = (kind: string, method: string, path: string, expect: number, status: number | null, error?: unknown) => {
    report.requests++;
    report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
    if (status === null) {
      report.connectionErrors++;
      note(`${method} ${path} → ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    report.statuses[status] = (report.statuses[status] ?? 0) + 1;
    if (status >= 500) report.serverErrors++;
    if (status !== expect) note(`${method} ${path} → ${status} (expected ${expect})`);
  };
  const note = (line: string) => {
    report.unexpectedCount++;
    if (report.unexpected.length < 20) report.unexpected.push(line);
  };

  const loop = async () => {
    while (running) {
      const p = plan();
      await send(async () => {
        try {
          const res = await fetch(base + p.path, { redirect: "manual", headers: { "accept-encoding": "br, gzip" }, signal: AbortSignal.timeout(30_000) });
          await res.arrayBuffer();
          record(p.kind, "GET", p.path, p.expect, res.status);
        } catch (err) {
          record(p.kind, "GET", p.path, p.expect, null, err);
        }
      });
    }
  };

  // Form posts: each from a visitor with a cookie jar, behind a proxy that names one of a pool of
  // addresses (the portal trusts it), so the per-address limits on forms are not what is measured.
  let posted = 0;
  const postOnce = async () => {
    const n = posted++;
    // 1,024 addresses: at one post a second, each posts about three times an hour, under every form's limit.
    const visitor = `10.77.${(n >> 8) % 4}.${n % 256}`;
    const jar = new Map<string, string>();
    const headers = () => ({ "x-forwarded-for": visitor, ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } : {}) });
    const keep = (res: Response) => {
      for (const c of res.headers.getSetCookie()) {
        const [pair = ""] = c.split(";");
        const i = pair.indexOf("=");
        jar.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
      }
    };
    const lang = pick(LOCALES);
    const variant = n % 4;
    const formPath = variant === 3 ? `/${lang}/contact` : `/${lang}/info/${pick(PAGES)}`;
    const action = variant === 3 ? formPath : `${formPath}/feedback`;
    const fields: Record<string, string> =
      variant === 3 ? { message: `Soak test message ${n}: ${word()} ${word()}.` } : variant === 2 ? { comment: "no answer chosen" } : { useful: pick(["yes", "no"]), comment: `Soak test ${n} ${word()}` };
    // A valid post is redirected (303), one without an answer is refused with the form (400), one without the token is refused (403).
    const withoutToken = n % 10 === 9;
    const expect = withoutToken ? 403 : variant === 2 ? 400 : 303;
    let path = formPath;
    try {
      const page = await fetch(base + formPath, { headers: headers(), signal: AbortSignal.timeout(30_000) });
      keep(page);
      const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
      if (!token) {
        record("form post", "GET", formPath, 0, page.status);
        return;
      }
      path = action;
      const body = new URLSearchParams({ ...(withoutToken ? {} : { _csrf: token }), ...fields });
      const res = await fetch(base + action, {
        method: "POST",
        redirect: "manual",
        headers: { ...headers(), "content-type": "application/x-www-form-urlencoded", origin: base, "sec-fetch-site": "same-origin" },
        body: body.toString(),
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      record("form post", "POST", action, expect, res.status);
    } catch (err) {
      record("form post", "POST", path, expect, null, err);
    }
  };
  const posting = (async () => {
    while (running) {
      const started = Date.now();
      await send(postOnce);
      const wait = opts.postIntervalMs - (Date.now() - started);
      if (wait > 0 && running) await new Promise((r) => setTimeout(r, wait));
    }
  })();

  const loops = Array.from({ length: opts.concurrency }, () => loop());
  const copy = (): TrafficReport => structuredClone(report);
  return {
    report: copy,
    async quiet(fn) {
      let resume = () => {};
      paused = new Promise<void>((r) => (resume = r));
      try {
        while (inFlight > 0) await new Promise((r) => setTimeout(r, 5));
        return await fn();
      } finally {
        paused = null;
        resume();
      }
    },
    async stop() {
      running = false;
      await Promise.all([...loops, posting]);
      return copy();
    },
  };
}

/** Least-squares slope of y over x (0 with fewer than two points). */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}
