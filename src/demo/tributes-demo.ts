import type { Locale } from "../i18n/locales.ts";

/**
 * Demonstration tributes and the demonstration campaign for the International Day of Remembrance and
 * Tribute to the Victims of Terrorism (21 August, General Assembly resolution 72/165). The messages and
 * names are invented for the demonstration.
 */
export const DEMO_TRIBUTES: { body: string; name: string | null; country: string | null; language: Locale; daysAgo: number }[] = [
  { body: "We remember every life taken and stand beside every survivor. You are not alone.", name: "Hannah", country: "GB", language: "en", daysAgo: 1 },
  { body: "Nous pensons à vous, aux familles et aux proches. Votre courage nous oblige.", name: null, country: "FR", language: "fr", daysAgo: 2 },
  { body: "Con cariño y respeto a todas las víctimas. Nunca los olvidaremos.", name: "Lucía", country: "CO", language: "es", daysAgo: 3 },
  { body: "Мы помним. Слова поддержки всем, кто потерял близких.", name: "Ольга", country: null, language: "ru", daysAgo: 4 },
  { body: "قلوبنا معكم، ولن ننسى من فقدناهم. كل التضامن مع الناجين وأسرهم.", name: "سلمى", country: "JO", language: "ar", daysAgo: 5 },
  { body: "向所有受害者和幸存者致以敬意。我们与你们站在一起。", name: null, country: "CN", language: "zh", daysAgo: 6 },
  { body: "To the families in Nairobi and everywhere: your loved ones are remembered today.", name: "Joseph", country: "KE", language: "en", daysAgo: 7 },
];

export interface DemoCampaignText {
  title: string;
  message: string;
  facts: string[];
  hashtags: string[];
  share_text: string;
  alt: string;
}

export const DEMO_CAMPAIGN_SLUG = "international-day-21-august";

export const DEMO_CAMPAIGN: Record<Locale, DemoCampaignText> = {
  en: {
    title: "21 August: remember and honour the victims of terrorism (demo)",
    message: "Every year on **21 August**, the International Day of Remembrance and Tribute to the Victims of Terrorism honours those who were killed or hurt, and the survivors who live with what happened.\n\nThis demonstration campaign shows how the portal shares a message: leave a few words on the [tribute wall](/en/remembrance/tributes), and share the kit below in your language.",
    facts: ["The General Assembly set the Day in resolution 72/165 of 19 December 2017.", "It is observed every year on 21 August.", "Victims’ voices and their rights are at the heart of the Day."],
    hashtags: ["VictimsOfTerrorism", "UNitedAgainstTerrorism"],
    share_text: "On 21 August we remember the victims of terrorism and stand with survivors.",
    alt: "Demonstration image: a white ribbon on a blue background with the date 21 August.",
  },
  fr: {
    title: "21 août : se souvenir des victimes du terrorisme et leur rendre hommage (démo)",
    message: "Chaque année, le **21 août**, la Journée internationale du souvenir, en hommage aux victimes du terrorisme, honore les personnes tuées ou blessées et les survivants qui vivent avec ce qui s’est passé.\n\nCette campagne de démonstration montre comment le portail partage un message : laissez quelques mots sur le [mur d’hommage](/fr/remembrance/tributes) et partagez le kit ci-dessous dans votre langue.",
    facts: ["L’Assemblée générale a créé la Journée par la résolution 72/165 du 19 décembre 2017.", "Elle est célébrée chaque année le 21 août.", "La parole des victimes et leurs droits sont au cœur de la Journée."],
    hashtags: ["VictimesDuTerrorisme", "UNitedAgainstTerrorism"],
    share_text: "Le 21 août, nous nous souvenons des victimes du terrorisme et soutenons les survivants.",
    alt: "Image de démonstration : un ruban blanc sur fond bleu avec la date du 21 août.",
  },
  es: {
    title: "21 de agosto: recordar y honrar a las víctimas del terrorismo (demostración)",
    message: "Cada **21 de agosto**, el Día Internacional de Conmemoración y Homenaje a las Víctimas del Terrorismo honra a quienes murieron o resultaron heridos, y a los sobrevivientes que viven con lo ocurrido.\n\nEsta campaña de demostración muestra cómo el portal comparte un mensaje: deje unas palabras en el [muro de homenaje](/es/remembrance/tributes) y comparta el kit en su idioma.",
    facts: ["La Asamblea General estableció el Día en la resolución 72/165, del 19 de diciembre de 2017.", "Se celebra cada año el 21 de agosto.", "La voz de las víctimas y sus derechos están en el centro del Día."],
    hashtags: ["VíctimasDelTerrorismo", "UNitedAgainstTerrorism"],
    share_text: "El 21 de agosto recordamos a las víctimas del terrorismo y acompañamos a los sobrevivientes.",
    alt: "Imagen de demostración: una cinta blanca sobre fondo azul con la fecha 21 de agosto.",
  },
  ru: {
    title: "21 августа: помнить о жертвах терроризма и чтить их память (демо)",
    message: "Ежегодно **21 августа** Международный день памяти и поминовения жертв терроризма чтит память погибших и пострадавших, а также тех, кто выжил и живёт с пережитым.\n\nЭта демонстрационная кампания показывает, как портал распространяет обращение: оставьте несколько слов на [стене памяти](/ru/remembrance/tributes) и поделитесь материалами на своём языке.",
    facts: ["Генеральная Ассамблея учредила этот день резолюцией 72/165 от 19 декабря 2017 года.", "Он отмечается ежегодно 21 августа.", "В центре этого дня — голоса жертв и их права."],
    hashtags: ["ЖертвыТерроризма", "UNitedAgainstTerrorism"],
    share_text: "21 августа мы вспоминаем жертв терроризма и поддерживаем тех, кто выжил.",
    alt: "Демонстрационное изображение: белая лента на синем фоне с датой 21 августа.",
  },
  ar: {
    title: "21 آب/أغسطس: لنتذكّر ضحايا الإرهاب ونكرّمهم (تجريبي)",
    message: "في **21 آب/أغسطس** من كل عام، يكرّم اليوم الدولي لتذكّر ضحايا الإرهاب وتكريمهم من قُتلوا أو أصيبوا، والناجين الذين يعيشون مع ما حدث.\n\nتُظهر هذه الحملة التجريبية كيف تنشر البوابة رسالة: اترك بضع كلمات على [جدار التكريم](/ar/remembrance/tributes)، وشارك المجموعة أدناه بلغتك.",
    facts: ["أنشأت الجمعية العامة هذا اليوم بقرارها 72/165 المؤرخ 19 كانون الأول/ديسمبر 2017.", "يُحتفل به كل عام في 21 آب/أغسطس.", "أصوات الضحايا وحقوقهم في صميم هذا اليوم."],
    hashtags: ["ضحايا_الإرهاب", "UNitedAgainstTerrorism"],
    share_text: "في 21 آب/أغسطس نتذكّر ضحايا الإرهاب ونقف إلى جانب الناجين.",
    alt: "صورة تجريبية: شريط أبيض على خلفية زرقاء مع تاريخ 21 آب/أغسطس.",
  },
  zh: {
    title: "8月21日：缅怀和悼念恐怖主义受害者（演示）",
    message: "每年 **8月21日**，纪念和悼念恐怖主义受害者国际日向遇难者、伤者以及带着这段经历生活的幸存者致敬。\n\n这项演示宣传活动展示了门户如何传播信息：在[悼念墙](/zh/remembrance/tributes)上留下几句话，并用您的语言分享下面的素材包。",
    facts: ["大会于2017年12月19日通过第72/165号决议设立这一国际日。", "每年8月21日纪念。", "受害者的声音和权利是这一国际日的核心。"],
    hashtags: ["恐怖主义受害者", "UNitedAgainstTerrorism"],
    share_text: "8月21日，我们缅怀恐怖主义受害者，与幸存者站在一起。",
    alt: "演示图片：蓝色背景上的白色丝带，以及日期8月21日。",
  },
};

/** The demonstration image: drawn here (no file to ship), marked DEMO on the image itself. */
export const DEMO_CAMPAIGN_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#0b4f8a"/>
<path d="M600 120 C 520 220, 520 300, 600 360 C 680 300, 680 220, 600 120 Z" fill="none" stroke="#ffffff" stroke-width="28"/>
<path d="M575 340 L 500 520 M625 340 L 700 520" stroke="#ffffff" stroke-width="28" stroke-linecap="round"/>
<text x="600" y="590" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#ffffff" text-anchor="middle">21 · 08</text>
<rect x="40" y="40" width="190" height="70" fill="#ffdd57"/>
<text x="135" y="90" font-family="DejaVu Sans, sans-serif" font-size="44" font-weight="bold" fill="#111111" text-anchor="middle">DEMO</text>
</svg>`;
