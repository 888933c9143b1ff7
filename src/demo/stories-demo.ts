import type { Locale } from "../i18n/locales.ts";
import type { Naming } from "../features/stories/stories.consent.ts";
import type { StoryTheme } from "../features/stories/stories.schema.ts";

/**
 * Demonstration stories: invented people, written for the demo so the reading pages, the filters and
 * the warnings have something real to show. No attack is named and no year is given, so no story can
 * be mistaken for a real person's testimony about a real event. One carries a generated photo.
 */
export interface DemoStory {
  language: Locale;
  country: string | null;
  title: string;
  body: string;
  contentWarning: string | null;
  naming: Naming;
  displayName: string | null;
  translate: boolean;
  themes: StoryTheme[];
  /** Days before the seeding date the story was approved (newest first on the list). */
  approvedDaysAgo: number;
  photo?: { description: string };
}

export const DEMO_STORIES: DemoStory[] = [
  {
    language: "en",
    country: "KE",
    title: "The field behind the school",
    body:
      "For months after that day I could not walk past the school. My daughter still went every morning, and I waited at the gate with my heart racing.\n\n" +
      "A counsellor from a victims' association told me that avoiding the place was normal, and that I could go back one small step at a time. First to the corner of the street. Then to the gate. Then, one afternoon, to the field behind the school, where the children now play football again.\n\n" +
      "I am writing this for anyone who cannot yet walk past their own school, market or station. It does get a little easier. You do not have to do it alone.",
    contentWarning: null,
    naming: "first_name",
    displayName: "Grace",
    translate: true,
    themes: ["surviving", "healing"],
    approvedDaysAgo: 3,
    photo: { description: "A green field under a clear blue sky" },
  },
  {
    language: "fr",
    country: "FR",
    title: "Le jour où j’ai témoigné",
    body:
      "J’ai longtemps hésité à me constituer partie civile. J’avais peur de revivre tout cela devant des inconnus, et peur de ne pas trouver les mots.\n\n" +
      "L’avocate de l’association m’a expliqué chaque étape : ce que je pouvais dire, ce que je n’étais pas obligée de dire, et que je pouvais demander une pause à tout moment. Le jour venu, j’ai parlé pendant vingt minutes. Mes mains tremblaient, mais ma voix tenait.\n\n" +
      "Je ne sais pas si la justice répare. Mais ce jour-là, quelqu’un a écouté ce qui m’était arrivé, et cela a compté.",
    contentWarning: "Évoque un procès et des blessures",
    naming: "pseudonym",
    displayName: "Camille",
    translate: true,
    themes: ["justice"],
    approvedDaysAgo: 10,
  },
  {
    language: "ar",
    country: "IQ",
    title: "رسالة إلى أخي",
    body:
      "يا أخي، مرّت سنوات ولا أزال أضع كوب الشاي الثاني على الطاولة كل صباح قبل أن أتذكّر.\n\n" +
      "علّمتني أمّنا أن نذكر من رحلوا بأعمالهم الطيبة لا بيوم رحيلهم. لذلك أحكي لأطفالي عن ضحكتك، وعن الدرّاجة التي أصلحتها لكل أطفال الحيّ، وعن أغانيك التي كنت تغنيها بصوت عالٍ وخاطئ.\n\n" +
      "في اليوم الدولي لإحياء ذكرى الضحايا أشعل شمعة باسمك. لست وحدك في الذاكرة، ولسنا وحدنا في الحزن.",
    contentWarning: "تتحدث عن فقدان أحد أفراد الأسرة",
    naming: "anonymous",
    displayName: null,
    translate: false,
    themes: ["grief", "remembrance"],
    approvedDaysAgo: 21,
  },
  {
    language: "es",
    country: "ES",
    title: "Lo que aprendí en el grupo de apoyo",
    body:
      "Al principio no quería ir. Pensaba que escuchar a otras personas me haría revivirlo todo.\n\n" +
      "Pero en el grupo nadie me pidió que contara nada. Durante tres semanas solo escuché. A la cuarta, hablé de mi insomnio, y una mujer mayor me dijo que a ella le había pasado lo mismo y que había mejorado. Fue la primera vez en meses que sentí algo parecido a la esperanza.\n\n" +
      "Si alguien está dudando: vaya, aunque sea para sentarse en silencio.",
    contentWarning: null,
    naming: "first_name",
    displayName: "Lucía",
    translate: true,
    themes: ["healing"],
    approvedDaysAgo: 34,
  },
  {
    language: "ru",
    country: null,
    title: "Мы продолжаем жить",
    body:
      "После того дня я долго не могла ездить в метро. Каждый звук казался мне угрозой.\n\n" +
      "Помог психолог, с которым меня связала горячая линия для пострадавших. Мы начали с простых упражнений на дыхание, потом вместе проехали одну станцию. Сейчас я снова езжу на работу сама.\n\n" +
      "Я пишу это не потому, что всё прошло. Я пишу, потому что жить дальше — возможно.",
    contentWarning: "Описывает тревогу и панические атаки",
    naming: "anonymous",
    displayName: null,
    translate: true,
    themes: ["surviving", "healing"],
    approvedDaysAgo: 48,
  },
  {
    language: "zh",
    country: null,
    title: "为了和平而讲述",
    body:
      "很多年里，我从不谈论那一天。我以为沉默可以保护我的家人。\n\n" +
      "后来，我在一个受害者协会的活动上听到别人讲述自己的经历。他们的声音平静而坚定。我明白了，讲述不是为了重温痛苦，而是为了让更多人理解暴力的代价。\n\n" +
      "现在我会去学校和年轻人交流。我希望他们记住：仇恨不会带来任何东西，只有彼此理解才能带来和平。",
    contentWarning: null,
    naming: "pseudonym",
    displayName: "林",
    translate: true,
    themes: ["peace"],
    approvedDaysAgo: 60,
  },
];
