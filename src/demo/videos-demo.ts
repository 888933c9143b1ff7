import { createReadStream } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locale } from "../i18n/locales.ts";

/**
 * The demonstration documentary: one series with one published episode. The media files are committed
 * in src/demo/media (made once with ffmpeg from lavfi test sources: a 20-second 320×180 VP9 + Opus test
 * pattern with a quiet tone, its Opus audio track, a frame as poster), so seeding needs no ffmpeg.
 * The voices and words are invented for the demonstration.
 */
export const DEMO_MEDIA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "media");
export const DEMO_VIDEO_FILE = path.join(DEMO_MEDIA_DIR, "norway-episode-1.webm");
export const DEMO_AUDIO_FILE = path.join(DEMO_MEDIA_DIR, "norway-episode-1.opus");
export const DEMO_POSTER_FILE = path.join(DEMO_MEDIA_DIR, "norway-episode-1-poster.jpg");
export const openDemoFile = (file: string) => createReadStream(file);

export const DEMO_SERIES = {
  slug: "norway",
  texts: {
    en: { title: "Surviving Terrorism: Victims' Voices from Norway", description: "Survivors of the attacks in Norway and the families of those who were killed speak about that day, about the years since, and about what helped them carry on." },
    fr: { title: "Survivre au terrorisme : la voix des victimes en Norvège", description: "Des survivants des attentats en Norvège et des proches des personnes tuées parlent de ce jour-là, des années qui ont suivi et de ce qui les a aidés à continuer." },
    es: { title: "Sobrevivir al terrorismo: la voz de las víctimas en Noruega", description: "Sobrevivientes de los atentados en Noruega y familiares de las personas asesinadas hablan de aquel día, de los años transcurridos y de lo que les ayudó a seguir adelante." },
    ru: { title: "Пережить терроризм: голоса жертв из Норвегии", description: "Пережившие теракты в Норвегии и родственники погибших рассказывают о том дне, о прошедших годах и о том, что помогло им жить дальше." },
    ar: { title: "النجاة من الإرهاب: أصوات الضحايا من النرويج", description: "يتحدث الناجون من الهجمات في النرويج وأسر الذين قُتلوا عن ذلك اليوم، وعن السنوات التي تلته، وعمّا ساعدهم على المضي قدمًا." },
    zh: { title: "在恐怖主义中幸存：来自挪威的受害者之声", description: "挪威袭击事件的幸存者和遇难者家属讲述那一天、此后的岁月，以及帮助他们走下去的力量。" },
  } satisfies Record<Locale, { title: string; description: string }>,
};

export const DEMO_EPISODE = {
  slug: "speaking-out",
  durationSeconds: 20,
  texts: {
    en: { title: "Speaking out", description: "Ingrid was nineteen when the attack happened. She explains why, years later, she chose to tell her story.", content_warning: "A survivor speaks about a terrorist attack and the loss of friends.", people: "Ingrid (survivor)" },
    fr: { title: "Prendre la parole", description: "Ingrid avait dix-neuf ans lors de l’attentat. Elle explique pourquoi, des années plus tard, elle a choisi de raconter son histoire.", content_warning: "Une survivante parle d’un attentat terroriste et de la perte d’amis.", people: "Ingrid (survivante)" },
    es: { title: "Alzar la voz", description: "Ingrid tenía diecinueve años cuando ocurrió el atentado. Explica por qué, años después, decidió contar su historia.", content_warning: "Una sobreviviente habla de un atentado terrorista y de la pérdida de amigos.", people: "Ingrid (sobreviviente)" },
    ru: { title: "Говорить вслух", description: "Ингрид было девятнадцать, когда произошёл теракт. Она объясняет, почему спустя годы решила рассказать свою историю.", content_warning: "Пережившая теракт рассказывает о нападении и о гибели друзей.", people: "Ингрид (пережившая теракт)" },
    ar: { title: "أن نتكلم", description: "كانت إنغريد في التاسعة عشرة عندما وقع الهجوم. تشرح لماذا اختارت، بعد سنوات، أن تروي قصتها.", content_warning: "ناجية تتحدث عن هجوم إرهابي وعن فقدان أصدقاء.", people: "إنغريد (ناجية)" },
    zh: { title: "说出来", description: "袭击发生时英格丽德十九岁。她讲述了为什么多年后选择说出自己的故事。", content_warning: "一位幸存者讲述恐怖袭击和失去朋友的经历。", people: "英格丽德（幸存者）" },
  } satisfies Record<Locale, { title: string; description: string; content_warning: string; people: string }>,
};

const cues = (lines: [string, string][]) => `WEBVTT\n\n${lines.map(([time, text], i) => `${i + 1}\n${time}\n${text}`).join("\n\n")}\n`;
const TIMES = ["00:00:00.500 --> 00:00:04.500", "00:00:05.000 --> 00:00:09.000", "00:00:09.500 --> 00:00:14.000", "00:00:14.500 --> 00:00:19.500"];

/** Captions of the demo episode, one WebVTT file per language. */
export const DEMO_CAPTIONS: Partial<Record<Locale, string>> = {
  en: cues([
    [TIMES[0]!, "<v Ingrid>I was nineteen that summer,\nat the camp with my friends."],
    [TIMES[1]!, "<v Ingrid>For years I could not speak\nabout what happened."],
    [TIMES[2]!, "<v Ingrid>Today I speak so that others know\nthey are not alone."],
    [TIMES[3]!, "<v Ingrid>Other survivors helped me\nfind my way back to life."],
  ]),
  fr: cues([
    [TIMES[0]!, "<v Ingrid>J’avais dix-neuf ans cet été-là,\nau camp avec mes amis."],
    [TIMES[1]!, "<v Ingrid>Pendant des années, je n’ai pas pu parler\nde ce qui s’était passé."],
    [TIMES[2]!, "<v Ingrid>Aujourd’hui, je parle pour que les autres sachent\nqu’ils ne sont pas seuls."],
    [TIMES[3]!, "<v Ingrid>D’autres survivants m’ont aidée\nà retrouver le chemin de la vie."],
  ]),
  es: cues([
    [TIMES[0]!, "<v Ingrid>Tenía diecinueve años aquel verano,\nen el campamento con mis amigos."],
    [TIMES[1]!, "<v Ingrid>Durante años no pude hablar\nde lo que pasó."],
    [TIMES[2]!, "<v Ingrid>Hoy hablo para que otras personas sepan\nque no están solas."],
    [TIMES[3]!, "<v Ingrid>Otros sobrevivientes me ayudaron\na volver a la vida."],
  ]),
  ru: cues([
    [TIMES[0]!, "<v Ингрид>Тем летом мне было девятнадцать,\nя была в лагере с друзьями."],
    [TIMES[1]!, "<v Ингрид>Много лет я не могла говорить\nо том, что случилось."],
    [TIMES[2]!, "<v Ингрид>Сегодня я говорю, чтобы другие знали:\nони не одни."],
    [TIMES[3]!, "<v Ингрид>Другие выжившие помогли мне\nвернуться к жизни."],
  ]),
  ar: cues([
    [TIMES[0]!, "<v إنغريد>كنت في التاسعة عشرة ذلك الصيف،\nفي المخيم مع أصدقائي."],
    [TIMES[1]!, "<v إنغريد>لسنوات لم أستطع الكلام\nعمّا حدث."],
    [TIMES[2]!, "<v إنغريد>اليوم أتكلم كي يعرف الآخرون\nأنهم ليسوا وحدهم."],
    [TIMES[3]!, "<v إنغريد>ساعدني ناجون آخرون\nعلى العودة إلى الحياة."],
  ]),
  zh: cues([
    [TIMES[0]!, "<v 英格丽德>那年夏天我十九岁，\n和朋友们在营地里。"],
    [TIMES[1]!, "<v 英格丽德>很多年里，我无法谈起\n发生的事情。"],
    [TIMES[2]!, "<v 英格丽德>今天我站出来说话，是为了让别人知道\n他们并不孤单。"],
    [TIMES[3]!, "<v 英格丽德>其他幸存者帮助我\n重新回到生活中。"],
  ]),
};
