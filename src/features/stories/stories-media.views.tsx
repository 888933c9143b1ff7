import { formatBytes } from "../../i18n/format.ts";
import { narrowestFirst, Picture, TextInput } from "../../views/components.tsx";
import type { OgImage } from "../../views/open-graph.tsx";
import type { PageContext } from "../../web/context.ts";
import type { FieldErrors, FormValues } from "../../web/forms.ts";
import type { Config } from "../../config.ts";
import { storyFilePath, storyFiles, type StoryFile } from "./stories.media.ts";
import type { StoryMediaRow } from "./stories.repo.ts";

/** What the file field offers (the server checks the content; this only helps the phone's picker). */
export const STORY_MEDIA_ACCEPT = "image/jpeg,image/png,image/webp,image/avif,audio/*,video/mp4,video/webm,video/quicktime";

/**
 * The optional photo, recording or video: what is accepted, the limits, what the portal does to the
 * file (hidden information removed), and a word on faces and places. A file cannot be sent back to
 * the browser, so after an error the author is told to choose it again.
 */
export function MediaFields({
  ctx,
  values,
  errors,
  limits,
  current,
  fileDropped,
}: {
  ctx: PageContext;
  values: FormValues;
  errors?: FieldErrors | undefined;
  limits: Config["mediaMaxBytes"];
  current?: StoryMediaRow | undefined;
  fileDropped?: boolean;
}) {
  const t = ctx.t;
  const l = ctx.locale;
  return (
    <fieldset class="form-section">
      <legend>{t("stories.media.legend")}</legend>
      <p class="hint">{t("stories.media.lead")}</p>
      <ul class="hint">
        <li>{t("stories.media.privacy")}</li>
        <li>{t("stories.media.faces")}</li>
      </ul>
      {current ? (
        <div class="field">
          <p>{t("stories.media.current", { kind: t(`stories.media.kind.${current.kind}` as "stories.media.kind.image") })}</p>
          <div class="checkbox">
            <input type="checkbox" id="field-media_remove" name="media_remove" value="yes" checked={values.media_remove === "yes"} />
            <label for="field-media_remove">{t("stories.media.remove")}</label>
          </div>
        </div>
      ) : null}
      {fileDropped ? <p class="notice">{t("stories.media.chooseAgain")}</p> : null}
      <TextInput
        ctx={ctx}
        name="media"
        type="file"
        accept={STORY_MEDIA_ACCEPT}
        label={current ? t("stories.media.replace") : t("stories.media.file")}
        hint={t("stories.media.limits", { image: formatBytes(l, limits.image), audio: formatBytes(l, limits.audio), video: formatBytes(l, limits.video) })}
        values={values}
        errors={errors}
      />
      <TextInput ctx={ctx} name="media_description" label={t("stories.media.description")} hint={t("stories.media.descriptionHint")} values={values} errors={errors} />
    </fieldset>
  );
}

function fileUrl(base: string, f: StoryFile): string {
  return `${base}/media/${storyFilePath(f)}`;
}

/** A story's photo for link previews: its JPEG closest to 1200 pixels wide, described in the author's words. */
export function storyOgImage(ctx: PageContext, media: StoryMediaRow | undefined, base: string): OgImage | undefined {
  if (media?.kind !== "image") return undefined;
  const jpeg = storyFiles(media)
    .filter((f) => f.format === "jpeg")
    .sort((a, b) => Math.abs((a.width ?? 0) - 1200) - Math.abs((b.width ?? 0) - 1200))[0];
  return jpeg ? { path: fileUrl(base, jpeg), width: jpeg.width, height: jpeg.height, alt: media.description ?? ctx.t("stories.media.photoAlt") } : undefined;
}

/**
 * A story's photo (AVIF and WebP with a JPEG fallback, at the width the screen needs), recording or
 * video (loaded only when the reader presses play), with the author's description as its text.
 * `base` is the story's address for this reader (public, the author's private link, or moderation).
 */
export function StoryMedia({ ctx, media, base, lang }: { ctx: PageContext; media: StoryMediaRow; base: string; lang?: string | undefined }) {
  const t = ctx.t;
  const files = storyFiles(media);
  const desc = media.description ? <figcaption lang={lang} dir="auto">{media.description}</figcaption> : null;
  if (media.kind === "image") {
    if (!files.some((f) => f.format === "jpeg")) return null;
    const sources = (["avif", "webp"] as const).filter((format) => files.some((f) => f.format === format));
    return (
      <figure class="story-media">
        <Picture variants={narrowestFirst(files)} url={(f) => fileUrl(base, f)} sources={sources} fallbackWidth={900} sizes="(min-width: 48rem) 46rem, 100vw" alt={media.description ?? t("stories.media.photoAlt")} />
        {desc}
      </figure>
    );
  }
  const file = files[0];
  if (!file) return null;
  const src = fileUrl(base, file);
  const size = formatBytes(ctx.locale, file.bytes);
  return (
    <figure class="story-media">
      {media.kind === "audio" ? (
        <audio controls preload="none" src={src} aria-label={media.description ?? t("stories.media.audioLabel")} />
      ) : (
        <video controls preload="none" src={src} aria-label={media.description ?? t("stories.media.videoLabel")} />
      )}
      {desc}
      <p class="meta">
        <a href={src} download>{t("stories.media.download", { size })}</a>
      </p>
    </figure>
  );
}
