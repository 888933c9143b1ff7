import type { Locale } from "../i18n/locales.ts";
import type { Attendance, EventStatus, EventType } from "../features/events/events.schema.ts";

/**
 * Demonstration events and years of the International Day. Dates are set relative to the day the demo
 * is loaded, so there is always something upcoming, something past and an International Day to count
 * down to. Every organiser, venue and address is invented; addresses are on example.org.
 */

export interface DemoEventText {
  title: string;
  summary: string;
  description?: string;
  accessibility?: string;
  status_note?: string;
}

export interface DemoEvent {
  slug: string;
  type: EventType;
  attendance: Attendance;
  status: EventStatus;
  timeZone: string;
  /** When, in the event's own zone: "next-day" is the next 21 August (today's if it is today), "last-day" the latest one before today. */
  start: { days: number; time: string } | { day: "next-day" | "last-day"; time: string };
  /** Length in minutes. */
  minutes: number;
  country: string | null;
  languages: string[];
  venue?: { name: string; address: string };
  livestream?: string;
  registration?: string;
  organizer?: string;
  texts: Partial<Record<Locale, DemoEventText>> & { en: DemoEventText };
}

const ORGANIZER = "Demonstration Association of Victims (invented)";

export const DEMO_EVENTS: DemoEvent[] = [
  {
    slug: "international-day-observance-new-york",
    type: "international_day",
    attendance: "hybrid",
    status: "scheduled",
    timeZone: "America/New_York",
    start: { day: "next-day", time: "10:00" },
    minutes: 120,
    country: "US",
    languages: ["ar", "zh", "en", "fr", "ru", "es"],
    venue: { name: "Demonstration Hall", address: "1 Example Plaza, New York" },
    livestream: "https://example.org/live/international-day",
    registration: "https://example.org/register/international-day",
    organizer: ORGANIZER,
    texts: {
      en: {
        title: "International Day observance",
        summary: "Survivors, families and Member States remember the victims of terrorism and listen to survivors' voices.",
        description: "A moment of silence, testimonies from survivors and families, and a conversation on what long-term support looks like.\n\nDemonstration event: it shows how the portal presents an event.",
        accessibility: "Interpretation in the six UN languages, live captions, step-free access and a quiet room.",
      },
      fr: {
        title: "Commémoration de la Journée internationale",
        summary: "Survivants, familles et États Membres se souviennent des victimes du terrorisme et écoutent la voix des survivants.",
        description: "Une minute de silence, des témoignages de survivants et de familles, et un échange sur ce qu’est un soutien dans la durée.\n\nÉvénement de démonstration : il montre comment le portail présente un événement.",
        accessibility: "Interprétation dans les six langues de l’ONU, sous-titrage en direct, accès de plain-pied et salle calme.",
      },
      es: {
        title: "Conmemoración del Día Internacional",
        summary: "Sobrevivientes, familias y Estados Miembros recuerdan a las víctimas del terrorismo y escuchan la voz de los sobrevivientes.",
        description: "Un minuto de silencio, testimonios de sobrevivientes y familias, y una conversación sobre el apoyo a largo plazo.\n\nEvento de demostración: muestra cómo el portal presenta un evento.",
        accessibility: "Interpretación en los seis idiomas de la ONU, subtítulos en directo, acceso sin escalones y sala tranquila.",
      },
      ru: {
        title: "Мероприятие в Международный день",
        summary: "Пережившие теракты, семьи и государства-члены вспоминают жертв терроризма и слушают голоса выживших.",
        description: "Минута молчания, рассказы выживших и семей и разговор о долгосрочной поддержке.\n\nДемонстрационное мероприятие: оно показывает, как портал представляет мероприятия.",
        accessibility: "Устный перевод на шесть языков ООН, субтитры в реальном времени, вход без ступенек и тихая комната.",
      },
      ar: {
        title: "إحياء اليوم الدولي",
        summary: "يتذكر الناجون والأسر والدول الأعضاء ضحايا الإرهاب ويستمعون إلى أصوات الناجين.",
        description: "دقيقة صمت، وشهادات من ناجين وأسر، وحوار حول الدعم على المدى الطويل.\n\nفعالية تجريبية: تعرض طريقة تقديم البوابة للفعاليات.",
        accessibility: "ترجمة فورية باللغات الست للأمم المتحدة، وترجمة مكتوبة مباشرة، ودخول بلا درج، وغرفة هادئة.",
      },
      zh: {
        title: "国际日纪念活动",
        summary: "幸存者、家属和会员国共同缅怀恐怖主义受害者，倾听幸存者的声音。",
        description: "默哀、幸存者和家属讲述亲身经历，并围绕长期支持展开对话。\n\n演示活动：展示门户网站如何呈现活动。",
        accessibility: "提供联合国六种语言的口译、实时字幕、无台阶通道和安静室。",
      },
    },
  },
  {
    slug: "supporting-survivors-webinar-tokyo",
    type: "webinar",
    attendance: "online",
    status: "scheduled",
    timeZone: "Asia/Tokyo",
    start: { days: 12, time: "19:00" },
    minutes: 90,
    country: null,
    languages: ["en", "ja"],
    livestream: "https://example.org/live/supporting-survivors",
    registration: "https://example.org/register/supporting-survivors",
    organizer: ORGANIZER,
    texts: {
      en: {
        title: "Supporting survivors years after an attack",
        summary: "A webinar for practitioners on long-term psychological and practical support.",
        description: "Two practitioners and a survivor discuss what helps years after an attack, followed by questions.\n\nDemonstration event.",
        accessibility: "Live captions in English and Japanese; the recording will be published with a transcript.",
      },
      fr: { title: "Accompagner les survivants des années après un attentat", summary: "Un webinaire pour les professionnels sur le soutien psychologique et pratique dans la durée." },
      es: { title: "Apoyar a los sobrevivientes años después de un atentado", summary: "Un seminario web para profesionales sobre el apoyo psicológico y práctico a largo plazo." },
      ru: { title: "Поддержка выживших спустя годы после теракта", summary: "Вебинар для специалистов о долгосрочной психологической и практической поддержке." },
      ar: { title: "دعم الناجين بعد سنوات من الهجوم", summary: "ندوة شبكية للمختصين حول الدعم النفسي والعملي على المدى الطويل." },
      zh: { title: "袭击多年后如何支持幸存者", summary: "面向从业人员的网络研讨会，探讨长期的心理和实际支持。" },
    },
  },
  {
    slug: "portraits-exhibition-oslo",
    type: "exhibition",
    attendance: "in_person",
    status: "scheduled",
    timeZone: "Europe/Oslo",
    start: { days: 5, time: "10:00" },
    minutes: 21 * 24 * 60 + 8 * 60,
    country: "NO",
    languages: ["no", "en"],
    venue: { name: "Example Gallery", address: "Eksempelgata 1, Oslo" },
    organizer: ORGANIZER,
    texts: {
      en: { title: "Portraits of resilience", summary: "An exhibition of portraits and words of survivors and families.", accessibility: "Step-free access; texts in large print; audio guide in Norwegian and English." },
      fr: { title: "Portraits de résilience", summary: "Une exposition de portraits et de paroles de survivants et de familles." },
      es: { title: "Retratos de resiliencia", summary: "Una exposición de retratos y palabras de sobrevivientes y familias." },
      ru: { title: "Портреты стойкости", summary: "Выставка портретов и слов выживших и их семей." },
      ar: { title: "صور من الصمود", summary: "معرض لصور الناجين والأسر وكلماتهم." },
      zh: { title: "坚韧的面孔", summary: "展出幸存者和家属的肖像及他们的话语。" },
    },
  },
  {
    slug: "peer-support-training-nairobi",
    type: "training",
    attendance: "in_person",
    status: "cancelled",
    timeZone: "Africa/Nairobi",
    start: { days: 25, time: "09:00" },
    minutes: 7 * 60,
    country: "KE",
    languages: ["en", "sw"],
    venue: { name: "Example Training Centre", address: "Example Road 10, Nairobi" },
    registration: "https://example.org/register/peer-support",
    organizer: ORGANIZER,
    texts: {
      en: { title: "Peer support training for victims' associations", summary: "A one-day training on setting up peer support groups.", status_note: "The trainers cannot travel. Registered participants will be offered the next session." },
      fr: { title: "Formation au soutien par les pairs pour les associations de victimes", summary: "Une journée de formation pour créer des groupes de soutien par les pairs.", status_note: "Les formateurs ne peuvent pas se déplacer. Les personnes inscrites se verront proposer la prochaine session." },
      es: { title: "Formación en apoyo entre pares para asociaciones de víctimas", summary: "Una jornada de formación para crear grupos de apoyo entre pares.", status_note: "Los formadores no pueden viajar. A las personas inscritas se les ofrecerá la próxima sesión." },
      ru: { title: "Тренинг по взаимной поддержке для ассоциаций пострадавших", summary: "Однодневный тренинг о создании групп взаимной поддержки.", status_note: "Тренеры не могут приехать. Зарегистрированным участникам предложат следующую сессию." },
      ar: { title: "تدريب على دعم الأقران لجمعيات الضحايا", summary: "يوم تدريبي على إنشاء مجموعات دعم الأقران.", status_note: "لا يستطيع المدربون السفر. سيُعرض على المسجلين حضور الدورة القادمة." },
      zh: { title: "面向受害者协会的同伴支持培训", summary: "为期一天的培训，介绍如何建立同伴支持小组。", status_note: "培训师无法前往。已报名者将获邀参加下一期培训。" },
    },
  },
  {
    slug: "remembrance-concert-madrid",
    type: "commemoration",
    attendance: "in_person",
    status: "postponed",
    timeZone: "Europe/Madrid",
    start: { days: 40, time: "19:00" },
    minutes: 120,
    country: "ES",
    languages: ["es", "en"],
    venue: { name: "Auditorio de Ejemplo", address: "Calle Ejemplo 1, Madrid" },
    organizer: ORGANIZER,
    texts: {
      en: { title: "Remembrance concert", summary: "Music and readings in memory of the victims of terrorism.", status_note: "The hall is being repaired. A new date will be announced here." },
      fr: { title: "Concert du souvenir", summary: "Musique et lectures à la mémoire des victimes du terrorisme.", status_note: "La salle est en travaux. Une nouvelle date sera annoncée ici." },
      es: { title: "Concierto en memoria de las víctimas", summary: "Música y lecturas en memoria de las víctimas del terrorismo.", status_note: "La sala está en obras. La nueva fecha se anunciará aquí." },
      ru: { title: "Концерт памяти", summary: "Музыка и чтения в память о жертвах терроризма.", status_note: "В зале идет ремонт. Новая дата будет объявлена здесь." },
      ar: { title: "حفل موسيقي لإحياء الذكرى", summary: "موسيقى وقراءات تخليدًا لذكرى ضحايا الإرهاب.", status_note: "القاعة قيد الإصلاح. سيُعلن الموعد الجديد هنا." },
      zh: { title: "纪念音乐会", summary: "以音乐和朗诵缅怀恐怖主义受害者。", status_note: "音乐厅正在维修。新日期将在此公布。" },
    },
  },
  {
    slug: "justice-for-victims-conference-bogota",
    type: "conference",
    attendance: "hybrid",
    status: "moved_online",
    timeZone: "America/Bogota",
    start: { days: 60, time: "09:00" },
    minutes: 32 * 60,
    country: "CO",
    languages: ["es", "en", "fr"],
    venue: { name: "Centro de Convenciones de Ejemplo", address: "Carrera Ejemplo 1, Bogotá" },
    livestream: "https://example.org/live/justice-conference",
    registration: "https://example.org/register/justice-conference",
    organizer: ORGANIZER,
    texts: {
      en: { title: "Justice for victims: a regional conference", summary: "Two days on victims' rights in criminal proceedings and compensation.", status_note: "The conference takes place online only. Registered participants receive the link by e-mail." },
      fr: { title: "Justice pour les victimes : une conférence régionale", summary: "Deux jours sur les droits des victimes dans la procédure pénale et l’indemnisation.", status_note: "La conférence a lieu uniquement en ligne. Les personnes inscrites reçoivent le lien par courriel." },
      es: { title: "Justicia para las víctimas: una conferencia regional", summary: "Dos días sobre los derechos de las víctimas en el proceso penal y la reparación.", status_note: "La conferencia se celebra solo en línea. Las personas inscritas reciben el enlace por correo electrónico." },
      ru: { title: "Правосудие для пострадавших: региональная конференция", summary: "Два дня о правах пострадавших в уголовном процессе и о компенсации.", status_note: "Конференция проходит только онлайн. Зарегистрированные участники получат ссылку по электронной почте." },
      ar: { title: "العدالة للضحايا: مؤتمر إقليمي", summary: "يومان حول حقوق الضحايا في الإجراءات الجنائية والتعويض.", status_note: "يُعقد المؤتمر عبر الإنترنت فقط. يتلقى المسجلون الرابط بالبريد الإلكتروني." },
      zh: { title: "为受害者伸张正义：区域会议", summary: "为期两天，探讨受害者在刑事诉讼中的权利和赔偿。", status_note: "会议仅在线上举行。已报名者将通过电子邮件收到链接。" },
    },
  },
  {
    slug: "international-day-commemoration-sydney",
    type: "commemoration",
    attendance: "in_person",
    status: "scheduled",
    timeZone: "Australia/Sydney",
    start: { day: "last-day", time: "11:00" },
    minutes: 90,
    country: "AU",
    languages: ["en"],
    venue: { name: "Example Memorial Garden", address: "1 Example Street, Sydney" },
    organizer: ORGANIZER,
    texts: {
      en: { title: "Commemoration in the memorial garden", summary: "Families and survivors laid flowers and read the names of those who were killed.", accessibility: "Step-free paths; seating available." },
      fr: { title: "Commémoration au jardin du souvenir", summary: "Familles et survivants ont déposé des fleurs et lu les noms des personnes tuées." },
      es: { title: "Conmemoración en el jardín de la memoria", summary: "Familias y sobrevivientes depositaron flores y leyeron los nombres de las personas asesinadas." },
      ru: { title: "Памятная церемония в мемориальном саду", summary: "Семьи и выжившие возложили цветы и зачитали имена погибших." },
      ar: { title: "إحياء الذكرى في حديقة النصب التذكاري", summary: "وضعت الأسر والناجون الزهور وقرأوا أسماء من قُتلوا." },
      zh: { title: "纪念园中的悼念仪式", summary: "家属和幸存者献花，并宣读遇难者的名字。" },
    },
  },
];

export interface DemoYear {
  /** Years before the current one: 0 is this year. */
  yearsAgo: number;
  videoUrl: string | null;
  texts: Record<Locale, { theme: string; message?: string; message_url?: string }>;
}

const MESSAGE = {
  en: "Demonstration message: on this International Day we remember those who were killed and stand with everyone who lives with the consequences of terrorism. Their rights and their voices must guide our work.",
  fr: "Message de démonstration : en cette Journée internationale, nous nous souvenons des personnes tuées et nous sommes aux côtés de toutes celles et tous ceux qui vivent avec les conséquences du terrorisme. Leurs droits et leur voix doivent guider notre action.",
  es: "Mensaje de demostración: en este Día Internacional recordamos a quienes murieron y acompañamos a todas las personas que viven con las consecuencias del terrorismo. Sus derechos y sus voces deben guiar nuestro trabajo.",
  ru: "Демонстрационное послание: в этот Международный день мы вспоминаем погибших и поддерживаем всех, кто живет с последствиями терроризма. Их права и голоса должны направлять нашу работу.",
  ar: "رسالة تجريبية: في هذا اليوم الدولي نتذكر من قُتلوا ونقف إلى جانب كل من يعيش مع عواقب الإرهاب. يجب أن تكون حقوقهم وأصواتهم دليلًا لعملنا.",
  zh: "演示致辞：在这个国际日，我们缅怀遇难者，与所有承受恐怖主义后果的人站在一起。他们的权利和声音应当指引我们的工作。",
} satisfies Record<Locale, string>;

export const DEMO_YEARS: DemoYear[] = [
  {
    yearsAgo: 0,
    videoUrl: null,
    texts: {
      en: { theme: "Remembering together, supporting every survivor" },
      fr: { theme: "Se souvenir ensemble, soutenir chaque survivant" },
      es: { theme: "Recordar juntos, apoyar a cada sobreviviente" },
      ru: { theme: "Помнить вместе, поддерживать каждого выжившего" },
      ar: { theme: "نتذكّر معًا وندعم كل ناجٍ" },
      zh: { theme: "共同铭记，支持每一位幸存者" },
    },
  },
  {
    yearsAgo: 1,
    videoUrl: "/en/videos/norway",
    texts: {
      en: { theme: "The voices of survivors, heard and respected", message: MESSAGE.en, message_url: "https://example.org/messages/international-day" },
      fr: { theme: "La voix des survivants, entendue et respectée", message: MESSAGE.fr, message_url: "https://example.org/messages/international-day" },
      es: { theme: "La voz de los sobrevivientes, escuchada y respetada", message: MESSAGE.es, message_url: "https://example.org/messages/international-day" },
      ru: { theme: "Голоса выживших: услышанные и уважаемые", message: MESSAGE.ru, message_url: "https://example.org/messages/international-day" },
      ar: { theme: "أصوات الناجين مسموعة ومحترمة", message: MESSAGE.ar, message_url: "https://example.org/messages/international-day" },
      zh: { theme: "倾听并尊重幸存者的声音", message: MESSAGE.zh, message_url: "https://example.org/messages/international-day" },
    },
  },
  {
    yearsAgo: 2,
    videoUrl: null,
    texts: {
      en: { theme: "United in memory, committed to support", message: MESSAGE.en },
      fr: { theme: "Unis dans le souvenir, engagés dans le soutien", message: MESSAGE.fr },
      es: { theme: "Unidos en la memoria, comprometidos con el apoyo", message: MESSAGE.es },
      ru: { theme: "Едины в памяти, верны поддержке", message: MESSAGE.ru },
      ar: { theme: "متحدون في الذكرى، ملتزمون بالدعم", message: MESSAGE.ar },
      zh: { theme: "在铭记中团结，在支持中坚守", message: MESSAGE.zh },
    },
  },
];
