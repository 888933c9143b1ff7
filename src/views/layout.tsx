import type { ComponentChildren } from "preact";
import { AUTONYM, LANG_TAG, LOCALES } from "../i18n/locales.ts";
import { can } from "../web/auth.ts";
import type { PageContext } from "../web/context.ts";
import { asset } from "../web/assets.ts";
import { CrisisBanner } from "./crisis-banner.tsx";
import { renderedOnce } from "./rendered-once.tsx";
import { defaultOgImage, OpenGraph, type OgImage, type OgType } from "./open-graph.tsx";

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  /** Prefixes the title with "Error:" (GOV.UK pattern) when a form is re-shown with errors. */
  hasErrors?: boolean;
  description?: string;
  area?: "public" | "admin";
  /** Extra head content, e.g. JSON-LD. */
  head?: ComponentChildren;
  noindex?: boolean;
  /** Link previews (Open Graph): the page's own picture (the portal's default otherwise) and kind. */
  ogImage?: OgImage | undefined;
  ogType?: OgType;
}

/** The page shell: lang and dir, skip link, quick exit, header with language switcher, main, footer. */
export function Layout(props: LayoutProps) {
  const { ctx, title } = props;
  const t = ctx.t;
  const area = props.area ?? "public";
  const fullTitle = `${props.hasErrors ? `${t("form.errorTitlePrefix")} ` : ""}${title} – ${t("site.name")}`;
  const pathOnly = ctx.pathInLocale;
  const canonical = `${ctx.origin}/${ctx.locale}${pathOnly === "/" ? "/" : pathOnly}`;
  return (
    <html lang={ctx.langTag} dir={ctx.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex || area === "admin" ? <meta name="robots" content="noindex, nofollow" /> : null}
        <link rel="stylesheet" href={asset("app.css")} />
        <link rel="icon" href={asset("icon.svg")} type="image/svg+xml" />
        {area === "public" ? (
          <>
            <link rel="canonical" href={canonical} />
            {LOCALES.map((l) => (
              <link rel="alternate" hrefLang={LANG_TAG[l]} href={`${ctx.origin}/${l}${pathOnly === "/" ? "/" : pathOnly}`} />
            ))}
            <link rel="alternate" hrefLang="x-default" href={`${ctx.origin}/`} />
          </>
        ) : null}
        {area === "public" && !props.noindex ? (
          <OpenGraph ctx={ctx} title={pathOnly === "/" ? t("site.name") : title} description={props.description ?? t("home.description")} url={canonical} type={props.ogType ?? "website"} image={props.ogImage ?? defaultOgImage(ctx)} />
        ) : null}
        {props.head}
      </head>
      <body class={`area-${area}`}>
        <a class="skip-link" href="#main-content">
          {t("layout.skipLink")}
        </a>
        {renderedOnce(`exit|${ctx.locale}|${ctx.quickExitUrl}`, () => <QuickExit ctx={ctx} />)}
        {area === "public" ? <CrisisBanner ctx={ctx} /> : null}
        <header class="site-header">
          <div class="container header-row">
            <a class="site-name" href={area === "admin" ? `/${ctx.locale}/admin` : `/${ctx.locale}/`}>
              <img src={asset("icon.svg")} alt="" width="32" height="32" />
              <span>{area === "admin" ? t("admin.siteName") : t("site.name")}</span>
            </a>
            <LanguageSwitcher ctx={ctx} />
          </div>
          {area === "public" ? renderedOnce(`nav|${ctx.locale}`, () => <PublicNav ctx={ctx} />) : <AdminNav ctx={ctx} />}
        </header>
        {renderedOnce(`demo|${ctx.locale}`, () => <DemoNotice ctx={ctx} />)}
        <main id="main-content" class="container" tabIndex={-1}>
          {ctx.flash ? (
            <div class="flash" role="status">
              {t(ctx.flash)}
            </div>
          ) : null}
          {props.children}
        </main>
        {renderedOnce(`footer|${ctx.locale}`, () => <Footer ctx={ctx} />)}
        <script src={asset("app.js")} defer />
      </body>
    </html>
  );
}

function DemoNotice({ ctx }: { ctx: PageContext }) {
  return (
    <div class="container">
      <p class="demo-banner" role="note">{ctx.t("layout.demoNotice")}</p>
    </div>
  );
}

function Footer({ ctx }: { ctx: PageContext }) {
  const t = ctx.t;
  return (
    <footer class="site-footer">
      <div class="container">
        <nav aria-label={t("layout.footerNav")}>
          <ul class="inline-list">
            <li><a href={`/${ctx.locale}/events`}>{t("events.nav.footer")}</a></li>
            <li><a href={`/${ctx.locale}/self-assessment`}>{t("assessment.nav")}</a></li>
            <li><a href={`/${ctx.locale}/info/safety`}>{t("nav.safety")}</a></li>
            <li><a href={`/${ctx.locale}/info/accessibility`}>{t("nav.accessibility")}</a></li>
            <li><a href={`/${ctx.locale}/info/privacy`}>{t("nav.privacy")}</a></li>
            <li><a href={`/${ctx.locale}/contact`}>{t("nav.contact")}</a></li>
            <li><a href={`/${ctx.locale}/newsletter`}>{t("newsletter.title")}</a></li>
            <li><a href={`/${ctx.locale}/admin`}>{t("nav.staff")}</a></li>
          </ul>
        </nav>
        <p class="footer-note">{t("layout.footerNote")}</p>
      </div>
    </footer>
  );
}

/** GOV.UK-style "Exit this page": a real link (no JS needed) plus Shift ×3 in app.js. */
function QuickExit({ ctx }: { ctx: PageContext }) {
  const t = ctx.t;
  return (
    <div
      class="exit-this-page"
      data-exit-this-page
      data-i18n-two={t("exit.pressTwoMore")}
      data-i18n-one={t("exit.pressOneMore")}
      data-i18n-expired={t("exit.expired")}
      data-i18n-loading={t("exit.loading")}
    >
      <div class="container">
        <a class="exit-button" href={ctx.quickExitUrl} rel="nofollow noreferrer" data-exit-link>
          <span class="visually-hidden">{t("exit.emergency")} </span>
          {t("exit.label")}
        </a>
        <a class="exit-help" href={`/${ctx.locale}/info/safety`}>
          {t("exit.help")}
        </a>
        <span class="exit-indicator" aria-hidden="true" data-exit-indicator>
          <span /><span /><span />
        </span>
        <span class="visually-hidden" role="status" data-exit-status></span>
      </div>
    </div>
  );
}

/** Links to the same page in each other language (pages missing a translation show a fallback there). */
function LanguageSwitcher({ ctx }: { ctx: PageContext }) {
  return (
    <nav class="language-switcher" aria-label={ctx.t("layout.languageNav")}>
      <ul class="inline-list">
        {LOCALES.map((l) =>
          l === ctx.locale ? (
            <li>
              <span class="current-language" lang={LANG_TAG[l]} aria-current="true">
                {AUTONYM[l]}
              </span>
            </li>
          ) : (
            <li>
              <a
                href={`/${l}${ctx.pathInLocale}`}
                lang={LANG_TAG[l]}
                hrefLang={LANG_TAG[l]}
              >
                {AUTONYM[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function PublicNav({ ctx }: { ctx: PageContext }) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <div class="container nav-row">
      <nav aria-label={t("layout.mainNav")}>
        <ul class="main-nav">
          <li><a href={`/${l}/info/get-help-now`}>{t("nav.helpNow")}</a></li>
          <li><a href={`/${l}/services`}>{t("nav.findHelp")}</a></li>
          <li><a href={`/${l}/countries`}>{t("nav.countries")}</a></li>
          <li><a href={`/${l}/stories`}>{t("nav.stories")}</a></li>
          <li><a href={`/${l}/videos`}>{t("nav.videos")}</a></li>
          <li><a href={`/${l}/library`}>{t("library.nav")}</a></li>
          <li><a href={`/${l}/learn`}>{t("learn.nav")}</a></li>
          <li><a href={`/${l}/remembrance`}>{t("remembrance.nav")}</a></li>
          <li><a href={`/${l}/info`}>{t("nav.information")}</a></li>
          <li><a href={`/${l}/news`}>{t("nav.news")}</a></li>
          <li class="nav-search-link"><a href={`/${l}/search`}>{t("search.title")}</a></li>
        </ul>
      </nav>
      <form class="header-search" role="search" method="get" action={`/${l}/search`}>
        <label for="header-q" class="visually-hidden">{t("search.label")}</label>
        <input id="header-q" name="q" type="search" dir="auto" autocomplete="off" />
        <button type="submit" class="button button-secondary">{t("search.submit")}</button>
      </form>
    </div>
  );
}

function AdminNav({ ctx }: { ctx: PageContext }) {
  const t = ctx.t;
  const l = ctx.locale;
  if (!ctx.staff) return null;
  const roles = ctx.staff.roles;
  const isAdmin = roles.includes("admin");
  return (
    <div class="container nav-row">
      <nav aria-label={t("layout.adminNav")}>
        <ul class="main-nav">
          <li><a href={`/${l}/admin`}>{t("admin.nav.dashboard")}</a></li>
          <li><a href={`/${l}/admin/content`}>{t("admin.nav.content")}</a></li>
          <li><a href={`/${l}/admin/translations`}>{t("admin.nav.translations")}</a></li>
          <li><a href={`/${l}/admin/feedback`}>{t("admin.nav.feedback")}</a></li>
          {can(ctx.staff, "directory.edit") || can(ctx.staff, "directory.moderate") ? <li><a href={`/${l}/admin/directory`}>{t("admin.nav.directory")}</a></li> : null}
          {can(ctx.staff, "countries.edit") ? <li><a href={`/${l}/admin/countries`}>{t("admin.nav.countries")}</a></li> : null}
          {can(ctx.staff, "stories.moderate") ? <li><a href={`/${l}/admin/stories`}>{t("admin.nav.stories")}</a></li> : null}
          {can(ctx.staff, "videos.manage") ? <li><a href={`/${l}/admin/videos`}>{t("admin.nav.videos")}</a></li> : null}
          {can(ctx.staff, "library.manage") || can(ctx.staff, "library.submit") ? <li><a href={`/${l}/admin/library`}>{t("admin.library.nav")}</a></li> : null}
          {can(ctx.staff, "events.manage") ? <li><a href={`/${l}/admin/events`}>{t("admin.events.nav")}</a></li> : null}
          {can(ctx.staff, "stories.moderate") ? <li><a href={`/${l}/admin/story-support`}>{t("admin.nav.storySupport")}</a></li> : null}
          {can(ctx.staff, "tributes.moderate") ? <li><a href={`/${l}/admin/tributes`}>{t("admin.tributes.nav")}</a></li> : null}
          {can(ctx.staff, "campaigns.manage") ? <li><a href={`/${l}/admin/campaigns`}>{t("admin.campaigns.nav")}</a></li> : null}
          {can(ctx.staff, "learn.manage") ? <li><a href={`/${l}/admin/learn`}>{t("admin.learn.nav")}</a></li> : null}
          {can(ctx.staff, "stories.translate") ? <li><a href={`/${l}/admin/story-translations`}>{t("admin.nav.storyTranslations")}</a></li> : null}
          {can(ctx.staff, "newsletter.send") ? <li><a href={`/${l}/admin/newsletter`}>{t("admin.newsletter.title")}</a></li> : null}
          {can(ctx.staff, "outbox.view") ? <li><a href={`/${l}/admin/outbox`}>{t("admin.outbox.title")}</a></li> : null}
          {can(ctx.staff, "crisis.manage") ? <li><a href={`/${l}/admin/crisis`}>{t("admin.crisis.nav")}</a></li> : null}
          {can(ctx.staff, "statistics.view") ? <li><a href={`/${l}/admin/statistics`}>{t("admin.stats.nav")}</a></li> : null}
          {isAdmin ? <li><a href={`/${l}/admin/users`}>{t("admin.nav.users")}</a></li> : null}
          {isAdmin ? <li><a href={`/${l}/admin/audit`}>{t("admin.nav.audit")}</a></li> : null}
          <li><a href={`/${l}/admin/account`}>{t("admin.nav.account")}</a></li>
        </ul>
      </nav>
      <form method="post" action={`/${l}/admin/logout`} class="logout-form">
        <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
        <button type="submit" class="button button-secondary">{t("admin.logout")}</button>
      </form>
    </div>
  );
}
