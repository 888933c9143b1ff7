import type { CrisisNotice } from "../features/crisis/crisis.cache.ts";
import type { CrisisTextRow } from "../features/crisis/crisis.repo.ts";
import { foreignText, type Locale } from "../i18n/locales.ts";
import type { PageContext } from "../web/context.ts";

/** The notice's text in the reader's language when written, else in the language it was first written in. */
export function pickCrisisText(notice: CrisisNotice, locale: Locale): CrisisTextRow | null {
  return notice.texts.get(locale) ?? notice.texts.get(notice.sourceLocale) ?? notice.texts.values().next().value ?? null;
}

/**
 * The incident banner at the top of every public page, under the quick-exit bar: a labelled region (not
 * an alert: it must not steal focus or interrupt a screen reader on every page), never dismissable.
 */
export function CrisisBanner({ ctx }: { ctx: PageContext }) {
  const notice = ctx.crisis;
  if (!notice) return null;
  const text = pickCrisisText(notice, ctx.locale);
  if (!text) return null;
  const mark = foreignText(ctx.locale, text.locale);
  return (
    <div class={`crisis-banner crisis-${notice.severity}`} role="region" aria-label={ctx.t("crisis.banner.label")} data-crisis-banner>
      <div class="container crisis-banner-row">
        <div class="crisis-banner-text" {...mark}>
          <strong class="crisis-banner-headline">{text.headline}</strong> <span>{text.message}</span>
        </div>
        <a class="crisis-banner-link" href={`/${ctx.locale}/crisis`}>
          {ctx.t("crisis.banner.link")}
        </a>
      </div>
    </div>
  );
}
