import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** A tiny browser for app.inject(): keeps cookies, reads CSRF tokens, posts forms. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
    /** The address requests come from (rate limits count per address); 127.0.0.1 unless given. */
    private readonly remoteAddress?: string,
  ) {}

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
    const res = await this.app.inject({ method: "GET", url, ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}), headers: { ...this.headers, ...(cookie ? { cookie } : {}), ...headers } });
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
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
      payload: body.toString(),
      headers: { ...this.headers, "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}), ...opts.headers },
    });
    this.keep(res);
    return res;
  }

  /** Posts a multipart form with files, as a browser does for `enctype="multipart/form-data"`; `_csrf` as for post(). */
  async postMultipart(url: string, form: Record<string, string | string[]>, files: FormFile[], opts: { formPage?: string; headers?: Record<string, string> } = {}) {
    const fields: Record<string, string | string[]> = {};
    if (!("_csrf" in form) && opts.formPage) {
      const token = csrfFrom((await this.get(opts.formPage)).body);
      if (token) fields._csrf = token;
    }
    const body = multipartBody({ ...fields, ...form }, files);
    const cookie = this.cookieHeader();
    const res = await this.app.inject({
      method: "POST",
      url,
      ...(this.remoteAddress ? { remoteAddress: this.remoteAddress } : {}),
      payload: body.payload,
      headers: { ...this.headers, "content-type": body.contentType, ...(cookie ? { cookie } : {}), ...opts.headers },
    });
    this.keep(res);
    return res;
  }
}

/** A file for a multipart form: field name, the name the browser gives, its declared type and bytes. */
export type FormFile = { name: string; filename: string; type: string; content: Buffer };

/** A multipart/form-data body as a browser sends it (fields first, then files), for app.inject. */
export function multipartBody(fields: Record<string, string | string[]>, files: FormFile[]): { payload: Buffer; contentType: string } {
  const boundary = `----vsp${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    for (const item of Array.isArray(v) ? v : [v]) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${item}\r\n`));
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.content, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function csrfFrom(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}
