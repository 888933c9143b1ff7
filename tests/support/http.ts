import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** A tiny browser for app.inject(): keeps cookies, reads CSRF tokens, posts forms. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance, private readonly headers: Record<string, string> = {}) {}

  private cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string, headers: Record<string, string> = {}) {
    const cookie = this.cookieHeader();
    const res = await this.app.inject({ method: "GET", url, headers: { ...this.headers, ...(cookie ? { cookie } : {}), ...headers } });
    this.keep(res);
    return res;
  }

  /** Posts a urlencoded form; `_csrf` is taken from `formPage` (fetched first) unless given. */
  async post(url: string, form: Record<string, string | string[]>, opts: { formPage?: string; headers?: Record<string, string> } = {}) {
    const body = new URLSearchParams();
    let hasToken = "_csrf" in form;
    if (!hasToken && opts.formPage) {
      const page = await this.get(opts.formPage);
      const token = csrfFrom(page.body);
      if (token) {
        body.append("_csrf", token);
        hasToken = true;
      }
    }
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    const cookie = this.cookieHeader();
    const res = await this.app.inject({
      method: "POST",
      url,
      payload: body.toString(),
      headers: { ...this.headers, "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}), ...opts.headers },
    });
    this.keep(res);
    return res;
  }
}

export function csrfFrom(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}
