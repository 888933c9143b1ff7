import type { QuizQuestion } from "../features/learn/learn.schema.ts";

/** Demo course content, written for people who have lived through an attack: plain, practical, never pushing anyone to speak. */
type T3<T> = { en: T; fr: T; ar: T };

export interface DemoLesson { slug: string; texts: T3<{ title: string; body: string }> }
export interface DemoModule { texts: T3<{ title: string }>; lessons: DemoLesson[]; quiz?: { pass_mark: number; questions: QuizQuestion[] } }
export interface DemoCourse { slug: string; track: "victims" | "practitioners"; minutes: number; status: "draft" | "published"; texts: T3<{ title: string; summary: string }>; modules: DemoModule[] }

const a = (id: string, correct: boolean, en: [string, string], fr: [string, string], ar: [string, string]) => ({
  id,
  correct,
  texts: { en: { text: en[0], feedback: en[1] }, fr: { text: fr[0], feedback: fr[1] }, ar: { text: ar[0], feedback: ar[1] } },
});

export const demoCourses: DemoCourse[] = [
  {
    slug: "telling-your-story-safely",
    track: "victims",
    minutes: 40,
    status: "published",
    texts: {
      en: { title: "Telling your story safely", summary: "Decide whether, when and how to share your experience, keep control of what you share, and look after yourself before and after speaking." },
      fr: { title: "Raconter son histoire en sécurité", summary: "Décider si, quand et comment partager votre expérience, garder la maîtrise de ce que vous dites, et prendre soin de vous avant et après avoir parlé." },
      ar: { title: "رواية قصتك بأمان", summary: "قرّر ما إذا كنت ستشارك تجربتك ومتى وكيف، وحافظ على تحكّمك فيما تشاركه، واعتنِ بنفسك قبل الحديث وبعده." },
    },
    modules: [
      {
        texts: { en: { title: "Your story, your choice" }, fr: { title: "Votre histoire, votre choix" }, ar: { title: "قصتك، اختيارك" } },
        lessons: [
          {
            slug: "why-and-whether",
            texts: {
              en: { title: "Whether to speak at all", body: "Your story belongs to you. Many survivors find that speaking helps them and helps others; many others choose never to speak in public, and that is just as valid.\n\nBefore you decide, ask yourself:\n\n- **Why** do I want to speak now? To remember someone, to warn, to change something?\n- **Who** will hear it, and how might they react?\n- **What** would I do if it felt too much halfway through?\n\nThere is no deadline. You can say no, say not yet, or change your mind later — even after you have agreed." },
              fr: { title: "Parler ou non", body: "Votre histoire vous appartient. Beaucoup de survivants trouvent que parler les aide et aide les autres ; beaucoup d’autres choisissent de ne jamais parler en public, et c’est tout aussi légitime.\n\nAvant de décider, demandez-vous :\n\n- **Pourquoi** ai-je envie de parler maintenant ? Pour me souvenir de quelqu’un, pour avertir, pour faire changer les choses ?\n- **Qui** va l’entendre, et comment ces personnes pourraient-elles réagir ?\n- **Que** ferais-je si cela devenait trop lourd en cours de route ?\n\nIl n’y a pas d’échéance. Vous pouvez dire non, dire pas encore, ou changer d’avis plus tard — même après avoir accepté." },
              ar: { title: "هل تتحدث أصلًا؟", body: "قصتك ملكك. يجد كثير من الناجين أن الحديث يساعدهم ويساعد غيرهم، ويختار كثيرون آخرون ألا يتحدثوا علنًا أبدًا، وهذا خيار مشروع بالقدر نفسه.\n\nقبل أن تقرّر، اسأل نفسك:\n\n- **لماذا** أريد أن أتحدث الآن؟ لأتذكّر شخصًا، أو لأحذّر، أو لأغيّر شيئًا؟\n- **من** سيسمع القصة، وكيف قد يتفاعل؟\n- **ماذا** سأفعل إذا أصبح الأمر ثقيلًا في منتصف الحديث؟\n\nلا يوجد موعد نهائي. يمكنك أن تقول لا، أو ليس الآن، أو أن تغيّر رأيك لاحقًا — حتى بعد موافقتك." },
            },
          },
          {
            slug: "consent",
            texts: {
              en: { title: "Consent you can take back", body: "Consent means you understand and agree to **how** your story will be used: where it appears, for how long, with your name or not, with photos or not.\n\n- Ask for the agreement in writing, in a language you read well.\n- Ask whether you can see the text, video or quotes before they are published.\n- Ask what happens if you withdraw: what can be removed, and how fast.\n\nAn organisation that pressures you, or will not answer these questions, is not the right partner for your story." },
              fr: { title: "Un consentement que vous pouvez retirer", body: "Consentir, c’est comprendre et accepter **comment** votre histoire sera utilisée : où elle paraîtra, pendant combien de temps, avec votre nom ou non, avec des photos ou non.\n\n- Demandez un accord écrit, dans une langue que vous lisez bien.\n- Demandez si vous pourrez relire le texte, la vidéo ou les citations avant publication.\n- Demandez ce qui se passe si vous vous retirez : ce qui peut être supprimé, et en combien de temps.\n\nUne organisation qui vous met la pression, ou qui ne répond pas à ces questions, n’est pas le bon partenaire pour votre histoire." },
              ar: { title: "موافقة يمكنك سحبها", body: "الموافقة تعني أنك تفهم **كيف** ستُستخدم قصتك وتوافق على ذلك: أين ستُنشر، ولأي مدة، وباسمك أم دونه، ومع صور أم دونها.\n\n- اطلب الاتفاق مكتوبًا، بلغة تقرؤها جيدًا.\n- اسأل هل يمكنك الاطلاع على النص أو الفيديو أو الاقتباسات قبل نشرها.\n- اسأل ماذا يحدث إذا انسحبت: ما الذي يمكن حذفه، وبأي سرعة.\n\nالجهة التي تضغط عليك أو لا تجيب عن هذه الأسئلة ليست الشريك المناسب لقصتك." },
            },
          },
          {
            slug: "choosing-what-to-share",
            texts: {
              en: { title: "Choosing what to share", body: "You do not have to tell everything. It often helps to decide in advance:\n\n- **What I will share**: for example what happened to me, what helped, what I want people to know.\n- **What I keep private**: for example details of injuries, the names of my children, where I live.\n- **A sentence for difficult questions**: \"That is something I prefer not to talk about.\"\n\nYou can stay anonymous: use a first name only or another name, hide your face or voice, and leave out places and dates that identify you." },
              fr: { title: "Choisir ce que l’on partage", body: "Vous n’êtes pas obligé·e de tout raconter. Il est souvent utile de décider à l’avance :\n\n- **Ce que je partage** : par exemple ce qui m’est arrivé, ce qui m’a aidé, ce que je veux faire savoir.\n- **Ce que je garde pour moi** : par exemple le détail des blessures, le nom de mes enfants, mon lieu de vie.\n- **Une phrase pour les questions difficiles** : « C’est un sujet dont je préfère ne pas parler. »\n\nVous pouvez rester anonyme : n’utiliser qu’un prénom ou un autre nom, masquer votre visage ou votre voix, omettre les lieux et dates qui vous identifient." },
              ar: { title: "اختيار ما تشاركه", body: "لست مضطرًا إلى رواية كل شيء. من المفيد غالبًا أن تقرّر مسبقًا:\n\n- **ما سأشاركه**: مثل ما حدث لي، وما ساعدني، وما أريد أن يعرفه الناس.\n- **ما سأحتفظ به لنفسي**: مثل تفاصيل الإصابات، وأسماء أطفالي، ومكان سكني.\n- **جملة للأسئلة الصعبة**: «هذا أمر أفضّل ألا أتحدث عنه.»\n\nيمكنك أن تبقى مجهول الهوية: استخدم اسمك الأول فقط أو اسمًا آخر، وأخفِ وجهك أو صوتك، واحذف الأماكن والتواريخ التي تكشف هويتك." },
            },
          },
        ],
      },
      {
        texts: { en: { title: "Before and after speaking" }, fr: { title: "Avant et après avoir parlé" }, ar: { title: "قبل الحديث وبعده" } },
        lessons: [
          {
            slug: "reactions-after-speaking",
            texts: {
              en: { title: "Reactions after speaking", body: "After telling your story, it is common to feel tired, shaky, sad, angry or very emotional — sometimes the same day, sometimes days later. Old memories can come back. These are normal reactions, not a sign that you did something wrong.\n\nThings that help many people:\n\n- plan something calm for afterwards, with someone you trust;\n- avoid reading the comments under articles or videos;\n- give yourself permission to say no to the next request." },
              fr: { title: "Les réactions après avoir parlé", body: "Après avoir raconté votre histoire, il est fréquent de se sentir fatigué·e, tremblant·e, triste, en colère ou très ému·e — parfois le jour même, parfois quelques jours après. Des souvenirs peuvent revenir. Ce sont des réactions normales, pas le signe d’une erreur de votre part.\n\nCe qui aide beaucoup de personnes :\n\n- prévoir un moment calme après, avec quelqu’un de confiance ;\n- éviter de lire les commentaires sous les articles ou les vidéos ;\n- vous autoriser à refuser la demande suivante." },
              ar: { title: "ردود الفعل بعد الحديث", body: "بعد أن تروي قصتك، من الشائع أن تشعر بالتعب أو الارتجاف أو الحزن أو الغضب أو التأثر الشديد — أحيانًا في اليوم نفسه، وأحيانًا بعد أيام. قد تعود ذكريات قديمة. هذه ردود فعل طبيعية، وليست علامة على أنك أخطأت.\n\nأمور تساعد كثيرين:\n\n- خطّط لنشاط هادئ بعد الحديث، مع شخص تثق به؛\n- تجنّب قراءة التعليقات تحت المقالات أو الفيديوهات؛\n- امنح نفسك الإذن برفض الطلب التالي." },
            },
          },
          {
            slug: "support",
            texts: {
              en: { title: "Where to find support", body: "You do not have to manage alone. Victims' associations, support services and people who have spoken before you can help you prepare and can be there afterwards.\n\nIf you feel overwhelmed or unsafe, contact a support service in your country — the portal's **Find help** pages list them. If you are in danger, call your local emergency number." },
              fr: { title: "Où trouver du soutien", body: "Vous n’avez pas à gérer seul·e. Les associations de victimes, les services d’aide et les personnes qui ont déjà témoigné peuvent vous aider à vous préparer et être présents après.\n\nSi vous vous sentez submergé·e ou en danger, contactez un service d’aide dans votre pays — les pages **Trouver de l’aide** du portail les recensent. En cas de danger, appelez le numéro d’urgence local." },
              ar: { title: "أين تجد الدعم", body: "لست مضطرًا إلى مواجهة الأمر وحدك. يمكن لجمعيات الضحايا وخدمات الدعم والأشخاص الذين تحدثوا قبلك أن يساعدوك على الاستعداد وأن يكونوا إلى جانبك بعد ذلك.\n\nإذا شعرت بأن الأمر يفوق طاقتك أو بأنك لست في أمان، فتواصل مع خدمة دعم في بلدك — تُدرجها صفحات **ابحث عن مساعدة** في البوابة. وإذا كنت في خطر، فاتصل برقم الطوارئ المحلي." },
            },
          },
        ],
        quiz: {
          pass_mark: 75,
          questions: [
            {
              id: "q1",
              kind: "single",
              texts: { en: { prompt: "You agreed to an interview last month. Today you no longer want to do it. What can you do?" }, fr: { prompt: "Vous avez accepté une interview le mois dernier. Aujourd’hui, vous ne voulez plus la faire. Que pouvez-vous faire ?" }, ar: { prompt: "وافقت على مقابلة الشهر الماضي. واليوم لم تعد تريد إجراءها. ماذا يمكنك أن تفعل؟" } },
              answers: [
                a("a", false, ["Nothing: you gave your word", "Agreeing once does not oblige you. Consent can be withdrawn."], ["Rien : vous avez donné votre parole", "Avoir accepté une fois ne vous oblige pas. Le consentement peut être retiré."], ["لا شيء: لقد أعطيت كلمتك", "الموافقة مرة لا تُلزمك. يمكن سحب الموافقة."]),
                a("b", true, ["Tell them you are withdrawing", "Yes. You can change your mind; a good partner will respect it."], ["Leur dire que vous vous retirez", "Oui. Vous pouvez changer d’avis ; un bon partenaire le respectera."], ["أن تخبرهم بأنك تنسحب", "نعم. يمكنك أن تغيّر رأيك، والشريك الجيد سيحترم ذلك."]),
              ],
            },
            {
              id: "q2",
              kind: "multiple",
              texts: { en: { prompt: "Which of these help you stay anonymous?" }, fr: { prompt: "Lesquels de ces moyens vous aident à rester anonyme ?" }, ar: { prompt: "أيّ مما يلي يساعدك على البقاء مجهول الهوية؟" } },
              answers: [
                a("a", true, ["Using another name", "Right: a first name only or another name protects you."], ["Utiliser un autre nom", "Juste : un prénom seul ou un autre nom vous protège."], ["استخدام اسم آخر", "صحيح: الاسم الأول فقط أو اسم آخر يحميك."]),
                a("b", true, ["Hiding your face or voice", "Right: ask for this before recording."], ["Masquer votre visage ou votre voix", "Juste : demandez-le avant l’enregistrement."], ["إخفاء وجهك أو صوتك", "صحيح: اطلب ذلك قبل التسجيل."]),
                a("c", false, ["Naming your street so people believe you", "Places can identify you; you do not need them to be believed."], ["Citer votre rue pour être cru·e", "Les lieux peuvent vous identifier ; vous n’en avez pas besoin pour être cru·e."], ["ذكر اسم شارعك ليصدّقك الناس", "الأماكن قد تكشف هويتك، ولا تحتاج إليها ليصدّقك الناس."]),
              ],
            },
            {
              id: "q3",
              kind: "single",
              texts: { en: { prompt: "Two days after speaking you feel exhausted and upset. What does that most likely mean?" }, fr: { prompt: "Deux jours après avoir parlé, vous vous sentez épuisé·e et bouleversé·e. Qu’est-ce que cela veut probablement dire ?" }, ar: { prompt: "بعد يومين من الحديث تشعر بالإرهاق والضيق. ماذا يعني ذلك على الأرجح؟" } },
              answers: [
                a("a", true, ["It is a common reaction", "Yes. Such reactions are normal; rest and support help."], ["C’est une réaction fréquente", "Oui. Ces réactions sont normales ; le repos et le soutien aident."], ["إنه رد فعل شائع", "نعم. ردود الفعل هذه طبيعية، والراحة والدعم يساعدان."]),
                a("b", false, ["You should never have spoken", "Strong feelings afterwards do not mean speaking was a mistake."], ["Vous n’auriez jamais dû parler", "Des émotions fortes ensuite ne veulent pas dire que parler était une erreur."], ["ما كان ينبغي لك أن تتحدث أبدًا", "المشاعر القوية بعد الحديث لا تعني أن الحديث كان خطأ."]),
              ],
            },
            {
              id: "q4",
              kind: "multiple",
              texts: { en: { prompt: "What is worth asking before your story is published?" }, fr: { prompt: "Que vaut-il la peine de demander avant la publication de votre histoire ?" }, ar: { prompt: "ما الذي يستحق السؤال عنه قبل نشر قصتك؟" } },
              answers: [
                a("a", true, ["Where and for how long it will appear", "Right: you should know where your story goes."], ["Où et pendant combien de temps elle paraîtra", "Juste : vous devez savoir où va votre histoire."], ["أين ستُنشر ولأي مدة", "صحيح: من حقك أن تعرف أين تذهب قصتك."]),
                a("b", true, ["Whether you can see it before publication", "Right: many organisations agree to this."], ["Si vous pourrez la relire avant publication", "Juste : beaucoup d’organisations l’acceptent."], ["هل يمكنك الاطلاع عليها قبل النشر", "صحيح: كثير من الجهات توافق على ذلك."]),
                a("c", true, ["What happens if you withdraw", "Right: know how it can be removed."], ["Ce qui se passe si vous vous retirez", "Juste : sachez comment elle peut être retirée."], ["ماذا يحدث إذا انسحبت", "صحيح: اعرف كيف يمكن حذفها."]),
              ],
            },
          ],
        },
      },
    ],
  },
  ...(
    [
      ["working-with-the-media", "victims", ["Working with the media", "Travailler avec les médias", "التعامل مع وسائل الإعلام"], ["Prepare for interviews, set your conditions and handle difficult questions.", "Se préparer aux interviews, poser ses conditions et faire face aux questions difficiles.", "الاستعداد للمقابلات ووضع شروطك والتعامل مع الأسئلة الصعبة."]],
      ["countering-extremist-narratives", "victims", ["Your voice against violent-extremist narratives", "Votre voix face aux discours extrémistes violents", "صوتك في مواجهة روايات التطرف العنيف"], ["Strategic communication: how survivors' stories can answer extremist propaganda, safely.", "Communication stratégique : comment les récits de survivants peuvent répondre à la propagande extrémiste, en sécurité.", "التواصل الاستراتيجي: كيف ترد قصص الناجين على الدعاية المتطرفة، بأمان."]],
      ["self-care", "victims", ["Self-care", "Prendre soin de soi", "العناية بالنفس"], ["Everyday ways to look after your body and mind after an attack.", "Des gestes du quotidien pour prendre soin de son corps et de son esprit après un attentat.", "طرق يومية للعناية بجسدك وذهنك بعد الهجوم."]],
      ["trauma-informed-support", "practitioners", ["Trauma-informed support", "Un accompagnement qui tient compte du traumatisme", "الدعم المراعي للصدمات"], ["Principles and daily practice for anyone who assists victims of terrorism.", "Principes et pratique quotidienne pour toute personne qui aide des victimes du terrorisme.", "مبادئ وممارسات يومية لكل من يساعد ضحايا الإرهاب."]],
      ["needs-assessment", "practitioners", ["Assessing victims' needs", "Évaluer les besoins des victimes", "تقييم احتياجات الضحايا"], ["How to find out, with the person, what help they need now and later.", "Comment identifier, avec la personne, l’aide dont elle a besoin maintenant et plus tard.", "كيف تكتشف، مع الشخص نفسه، المساعدة التي يحتاج إليها الآن ولاحقًا."]],
    ] as const
  ).map(([slug, track, title, summary]) => ({
    slug,
    track,
    minutes: 30,
    status: "draft" as const,
    texts: { en: { title: title[0], summary: summary[0] }, fr: { title: title[1], summary: summary[1] }, ar: { title: title[2], summary: summary[2] } },
    modules: [],
  })),
];
