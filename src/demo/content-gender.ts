/**
 * Demonstration information page for the topic "gender" (issue 10, decision 017).
 *
 * Demonstration content, not official guidance. It makes no claim about any country's law. It has no
 * content warning of its own: pages of the "gender" topic get the standard one by default, which is
 * what this page shows when the demo is loaded.
 */
import type { DemoItem } from "./content-types.ts";

export const demoGenderPages: DemoItem[] = [
  {
    kind: "page",
    slug: "gender-specific-needs-and-rights",
    topic: "gender",
    audiences: ["victims", "families", "practitioners"],
    sortOrder: 1,
    publishedOn: "2026-11-20",
    reviewedOn: "2026-11-20",
    translations: {
      en: {
        title: "Needs and rights of women, men and people of diverse gender identities",
        summary:
          "Terrorism harms people differently depending on their gender. This page explains some of those harms, what you can ask for, and where to find help.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Everyone lives through an attack in their own way. Women and girls, men and boys, and people of diverse gender identities may face different harms and different obstacles afterwards. You can read this page in any order, skip any part, and stop whenever you need to.

## Sexual and gender-based violence

Some terrorist groups use sexual violence on purpose, to frighten, punish or control people and communities. It can happen to anyone, whatever their gender or age. If it happened to you, it was not your fault. You deserve care, belief and respect.

Some medical care works best within the first few days, but it is never too late to ask for help. You can ask for care without reporting to the police first, and you can decide later whether to report.

## Abduction, captivity and forced marriage

People held by terrorist groups may have been forced into marriage, labour or fighting, or had children in captivity. What you went through is recognised as harm done to you. Support can include health care, psychological help, help with documents for you and your children, and a safe place to stay.

## Coming home

People returning from captivity or conflict, and children born there, sometimes face rejection, gossip or suspicion. This stigma is not your fault. Support services can help you, your family and your community, and you may ask that your name and your story be kept private.

## Losing a partner, losing an income

When a husband, wife or partner is killed, the family may lose its main income. In some places widows and widowers also face barriers to inheritance, property or documents. Ask a victim support service or a lawyer which allowances or help you may claim.

## Justice and compensation

Shame, fear, care for children or a lack of documents can make it harder to take part in proceedings or to claim compensation. You can often ask:

- to speak with a staff member, doctor or interpreter of the gender you prefer;
- for a private room and a person you trust to stay with you;
- not to repeat your account more often than necessary;
- for your identity to be protected.

## Where to find help

- If you need help right now, go to [Get help now](/en/info/get-help-now).
- Find services near you, including psychological support, in the [directory of services](/en/services).
- Read about [compensation and financial help](/en/info/compensation-and-financial-help) and [taking part in criminal proceedings](/en/info/taking-part-in-criminal-proceedings).`,
      },
      fr: {
        title: "Besoins et droits des femmes, des hommes et des personnes de diverses identités de genre",
        summary:
          "Le terrorisme ne touche pas tout le monde de la même façon selon le genre. Cette page présente certaines de ces atteintes, ce que vous pouvez demander et où trouver de l’aide.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Chacun vit un attentat à sa manière. Les femmes et les filles, les hommes et les garçons, et les personnes de diverses identités de genre peuvent subir des atteintes différentes et rencontrer ensuite des obstacles différents. Vous pouvez lire cette page dans l’ordre que vous voulez, passer une partie et vous arrêter quand vous en avez besoin.

## Violences sexuelles et fondées sur le genre

Certains groupes terroristes utilisent délibérément la violence sexuelle pour terroriser, punir ou contrôler des personnes et des communautés. Elle peut toucher n’importe qui, quels que soient son genre ou son âge. Si cela vous est arrivé, ce n’est pas votre faute. Vous méritez des soins, d’être cru et d’être respecté.

Certains soins médicaux sont plus efficaces dans les tout premiers jours, mais il n’est jamais trop tard pour demander de l’aide. Vous pouvez demander des soins sans porter plainte d’abord, et décider plus tard de porter plainte ou non.

## Enlèvement, captivité et mariage forcé

Les personnes retenues par des groupes terroristes ont parfois été contraintes au mariage, au travail ou au combat, ou ont eu des enfants en captivité. Ce que vous avez vécu est reconnu comme un tort qui vous a été fait. Le soutien peut comprendre des soins de santé, une aide psychologique, une aide pour les papiers d’identité de vos enfants et les vôtres, et un lieu sûr où séjourner.

## Le retour

Les personnes qui reviennent de captivité ou d’une zone de conflit, et les enfants qui y sont nés, font parfois face au rejet, aux rumeurs ou à la méfiance. Cette stigmatisation n’est pas votre faute. Les services d’aide peuvent vous accompagner, ainsi que votre famille et votre communauté, et vous pouvez demander que votre nom et votre histoire restent confidentiels.

## Perdre un conjoint, perdre un revenu

Lorsqu’un mari, une épouse ou un partenaire est tué, la famille peut perdre son principal revenu. Dans certains endroits, les veuves et les veufs rencontrent aussi des obstacles pour l’héritage, les biens ou les papiers. Demandez à un service d’aide aux victimes ou à un avocat à quelles aides vous pouvez prétendre.

## Justice et indemnisation

La honte, la peur, la garde des enfants ou l’absence de papiers peuvent rendre plus difficile la participation à une procédure ou une demande d’indemnisation. Vous pouvez souvent demander :

- à parler avec un membre du personnel, un médecin ou un interprète du genre que vous préférez ;
- une pièce à l’écart et la présence d’une personne de confiance ;
- à ne pas répéter votre récit plus souvent que nécessaire ;
- la protection de votre identité.

## Où trouver de l’aide

- Si vous avez besoin d’aide maintenant, allez à la page [Obtenir de l’aide maintenant](/fr/info/get-help-now).
- Trouvez des services près de chez vous, dont un soutien psychologique, dans l’[annuaire des services](/fr/services).
- Lisez les pages sur [l’indemnisation et l’aide financière](/fr/info/compensation-and-financial-help) et sur [la participation à la procédure pénale](/fr/info/taking-part-in-criminal-proceedings).`,
      },
      es: {
        title: "Necesidades y derechos de mujeres, hombres y personas de diversas identidades de género",
        summary:
          "El terrorismo no daña a todas las personas por igual según su género. Esta página explica algunos de esos daños, lo que puede pedir y dónde encontrar ayuda.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Cada persona vive un atentado a su manera. Las mujeres y las niñas, los hombres y los niños, y las personas de diversas identidades de género pueden sufrir daños distintos y encontrar después obstáculos distintos. Puede leer esta página en el orden que quiera, saltarse cualquier parte y parar cuando lo necesite.

## Violencia sexual y de género

Algunos grupos terroristas usan la violencia sexual de forma deliberada para aterrorizar, castigar o controlar a personas y comunidades. Puede sucederle a cualquiera, sea cual sea su género o su edad. Si le ocurrió a usted, no fue su culpa. Merece atención, que le crean y que le traten con respeto.

Algunos cuidados médicos funcionan mejor en los primeros días, pero nunca es tarde para pedir ayuda. Puede pedir atención sin denunciar antes a la policía, y decidir más adelante si quiere denunciar.

## Secuestro, cautiverio y matrimonio forzado

Las personas retenidas por grupos terroristas pueden haber sido obligadas a casarse, a trabajar o a combatir, o haber tenido hijos o hijas en cautiverio. Lo que vivió se reconoce como un daño que le hicieron. El apoyo puede incluir atención sanitaria, ayuda psicológica, ayuda con los documentos para usted y sus hijos, y un lugar seguro donde quedarse.

## El regreso

Las personas que regresan del cautiverio o de zonas de conflicto, y los niños y niñas nacidos allí, a veces sufren rechazo, rumores o desconfianza. Ese estigma no es su culpa. Los servicios de apoyo pueden ayudarle a usted, a su familia y a su comunidad, y puede pedir que su nombre y su historia se mantengan en privado.

## Perder a la pareja, perder los ingresos

Cuando matan a un marido, una esposa o una pareja, la familia puede perder su principal fuente de ingresos. En algunos lugares, las viudas y los viudos también encuentran obstáculos con la herencia, la propiedad o los documentos. Pregunte a un servicio de apoyo a las víctimas o a un abogado qué ayudas puede solicitar.

## Justicia e indemnización

La vergüenza, el miedo, el cuidado de los hijos o la falta de documentos pueden dificultar la participación en un procedimiento o la solicitud de una indemnización. A menudo puede pedir:

- hablar con una persona del personal, médico o intérprete del género que prefiera;
- una sala aparte y que le acompañe una persona de confianza;
- no repetir su relato más veces de las necesarias;
- que se proteja su identidad.

## Dónde encontrar ayuda

- Si necesita ayuda ahora mismo, vaya a [Obtener ayuda ahora](/es/info/get-help-now).
- Encuentre servicios cerca de usted, incluido apoyo psicológico, en el [directorio de servicios](/es/services).
- Lea sobre [la indemnización y la ayuda económica](/es/info/compensation-and-financial-help) y sobre [la participación en el proceso penal](/es/info/taking-part-in-criminal-proceedings).`,
      },
      ar: {
        title: "احتياجات وحقوق النساء والرجال والأشخاص من هويات جنسانية متنوعة",
        summary:
          "لا يُلحق الإرهاب الضرر نفسه بالجميع، بل يختلف بحسب النوع الاجتماعي. تشرح هذه الصفحة بعض هذه الأضرار، وما يمكنك طلبه، وأين تجد المساعدة.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

يعيش كل شخص الهجوم بطريقته الخاصة. وقد تتعرض النساء والفتيات، والرجال والفتيان، والأشخاص من هويات جنسانية متنوعة لأضرار مختلفة، ويواجهون بعد ذلك عقبات مختلفة. يمكنك قراءة هذه الصفحة بأي ترتيب تريده، وتخطي أي جزء منها، والتوقف متى احتجت إلى ذلك.

## العنف الجنسي والعنف القائم على النوع الاجتماعي

تستخدم بعض الجماعات الإرهابية العنف الجنسي عمدًا لبث الرعب في الأفراد والمجتمعات أو معاقبتهم أو السيطرة عليهم. وقد يتعرض له أي شخص، أيًّا كان نوعه الاجتماعي أو عمره. إذا حدث لك ذلك، فهو ليس ذنبك. أنت تستحق الرعاية والتصديق والاحترام.

بعض أنواع الرعاية الطبية تكون أكثر فاعلية في الأيام الأولى، لكن طلب المساعدة لا يفوت أوانه أبدًا. يمكنك أن تطلب الرعاية دون أن تبلّغ الشرطة أولًا، وأن تقرر لاحقًا ما إذا كنت تريد التبليغ.

## الاختطاف والأسر والزواج القسري

ربما أُجبر الأشخاص الذين احتجزتهم جماعات إرهابية على الزواج أو العمل أو القتال، أو أنجبوا أطفالًا في الأسر. وما عشته معترف به بوصفه ضررًا وقع عليك. ويمكن أن يشمل الدعم الرعاية الصحية، والمساعدة النفسية، والمساعدة في استخراج الوثائق لك ولأطفالك، ومكانًا آمنًا للإقامة.

## العودة إلى الديار

يواجه العائدون من الأسر أو من مناطق النزاع، والأطفال الذين وُلدوا هناك، أحيانًا الرفض أو الشائعات أو الريبة. وهذا الوصم ليس ذنبك. ويمكن لخدمات الدعم أن تساعدك وتساعد أسرتك ومجتمعك، ويمكنك أن تطلب أن يبقى اسمك وقصتك طي الكتمان.

## فقدان الشريك وفقدان الدخل

عندما يُقتل الزوج أو الزوجة أو الشريك، قد تفقد الأسرة مصدر دخلها الرئيسي. وفي بعض الأماكن تواجه الأرامل والأرامل من الرجال أيضًا عقبات في الميراث أو الممتلكات أو الوثائق. اسأل إحدى خدمات دعم الضحايا أو محاميًا عن المساعدات التي يحق لك طلبها.

## العدالة والتعويض

قد يجعل الخجل أو الخوف أو رعاية الأطفال أو عدم امتلاك الوثائق المشاركة في الإجراءات أو طلب التعويض أصعب. وكثيرًا ما يمكنك أن تطلب:

- التحدث إلى موظف أو طبيب أو مترجم شفوي من النوع الاجتماعي الذي تفضله؛
- غرفة منفصلة وأن يرافقك شخص تثق به؛
- ألّا تكرر روايتك أكثر مما هو ضروري؛
- حماية هويتك.

## أين تجد المساعدة

- إذا كنت بحاجة إلى مساعدة الآن، فانتقل إلى صفحة [احصل على المساعدة الآن](/ar/info/get-help-now).
- ابحث عن خدمات قريبة منك، منها الدعم النفسي، في [دليل الخدمات](/ar/services).
- اقرأ عن [التعويض والمساعدة المالية](/ar/info/compensation-and-financial-help) وعن [المشاركة في الإجراءات الجنائية](/ar/info/taking-part-in-criminal-proceedings).`,
      },
      zh: {
        title: "妇女、男子和不同性别认同者的需求与权利",
        summary: "恐怖主义对不同性别的人造成的伤害各不相同。本页介绍其中一些伤害、您可以提出的要求，以及在哪里获得帮助。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

每个人经历袭击的方式都不一样。妇女和女童、男子和男童以及不同性别认同的人，可能遭受不同的伤害，事后也会遇到不同的障碍。您可以按任意顺序阅读本页，跳过任何部分，需要时随时停下来。

## 性暴力和基于性别的暴力

一些恐怖团体故意使用性暴力来恐吓、惩罚或控制个人和社区。无论性别或年龄，任何人都可能遭受性暴力。如果这发生在您身上，那不是您的错。您应当得到照顾、信任和尊重。

有些医疗护理在最初几天内效果最好，但寻求帮助永远不会太晚。您可以先寻求医疗护理而不必先报警，以后再决定是否报案。

## 绑架、囚禁和强迫婚姻

被恐怖团体扣押的人可能曾被迫结婚、劳动或参加战斗，或在囚禁期间生育子女。您所经历的一切被认定为对您造成的伤害。支持可以包括医疗护理、心理帮助、为您和子女办理证件的协助，以及安全的住所。

## 回家

从囚禁或冲突地区返回的人以及在那里出生的儿童，有时会遭到排斥、议论或怀疑。这种污名不是您的错。支持服务可以帮助您、您的家人和社区，您也可以要求对您的姓名和经历保密。

## 失去伴侣，失去收入

当丈夫、妻子或伴侣遇害时，家庭可能失去主要收入来源。在某些地方，丧偶者在继承、财产或证件方面也会遇到障碍。请向受害者支持服务机构或律师咨询您可以申请哪些补助或帮助。

## 司法与赔偿

羞耻、恐惧、照顾孩子或缺少证件，都可能让参与诉讼或申请赔偿变得更难。您通常可以要求：

- 与您希望的性别的工作人员、医生或口译员交谈；
- 使用单独的房间，并由您信任的人陪同；
- 不必过多地重复讲述您的经历；
- 保护您的身份。

## 在哪里获得帮助

- 如果您现在就需要帮助，请前往[立即获取帮助](/zh/info/get-help-now)。
- 在[服务名录](/zh/services)中查找您附近的服务，包括心理支持。
- 阅读[赔偿和经济援助](/zh/info/compensation-and-financial-help)以及[参与刑事诉讼](/zh/info/taking-part-in-criminal-proceedings)。`,
      },
      ru: {
        title: "Потребности и права женщин, мужчин и людей с разной гендерной идентичностью",
        summary:
          "Терроризм причиняет людям разный вред в зависимости от их пола и гендера. На этой странице рассказано о некоторых видах такого вреда, о том, что вы можете попросить, и о том, где найти помощь.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Каждый переживает теракт по-своему. Женщины и девочки, мужчины и мальчики, люди с разной гендерной идентичностью могут пострадать по-разному и потом столкнуться с разными препятствиями. Эту страницу можно читать в любом порядке, пропускать любые части и останавливаться, когда нужно.

## Сексуальное и гендерное насилие

Некоторые террористические группы намеренно применяют сексуальное насилие, чтобы запугать, наказать или подчинить людей и целые общины. Это может случиться с кем угодно, независимо от пола и возраста. Если это случилось с вами, вы ни в чём не виноваты. Вы заслуживаете помощи, доверия и уважения.

Некоторая медицинская помощь наиболее эффективна в первые дни, но обратиться за помощью никогда не поздно. Можно получить помощь, не обращаясь сначала в полицию, и позже решить, подавать ли заявление.

## Похищение, плен и принудительный брак

Людей, которых удерживали террористические группы, могли принуждать к браку, труду или участию в боях; у некоторых в плену родились дети. То, что вы пережили, признаётся вредом, причинённым вам. Поддержка может включать медицинскую и психологическую помощь, помощь с документами для вас и ваших детей и безопасное жильё.

## Возвращение домой

Люди, вернувшиеся из плена или из зон конфликта, и рождённые там дети иногда сталкиваются с отторжением, слухами или подозрением. Эта стигматизация — не ваша вина. Службы поддержки могут помочь вам, вашей семье и вашей общине, а вы можете попросить, чтобы ваше имя и ваша история оставались в тайне.

## Потеря близкого человека и дохода

Когда погибает муж, жена или партнёр, семья может лишиться основного дохода. В некоторых местах вдовы и вдовцы также сталкиваются с препятствиями при наследовании, оформлении имущества или документов. Спросите в службе поддержки пострадавших или у юриста, на какие выплаты и помощь вы можете претендовать.

## Правосудие и компенсация

Стыд, страх, забота о детях или отсутствие документов могут мешать участию в разбирательстве или подаче заявления на компенсацию. Часто можно попросить:

- поговорить с сотрудником, врачом или переводчиком того пола, который вам удобнее;
- отдельное помещение и присутствие человека, которому вы доверяете;
- не пересказывать случившееся чаще, чем необходимо;
- защитить вашу личность.

## Где найти помощь

- Если помощь нужна прямо сейчас, перейдите на страницу [Получить помощь сейчас](/ru/info/get-help-now).
- Найдите службы рядом с вами, в том числе психологическую поддержку, в [справочнике служб](/ru/services).
- Прочитайте о [компенсации и финансовой помощи](/ru/info/compensation-and-financial-help) и об [участии в уголовном процессе](/ru/info/taking-part-in-criminal-proceedings).`,
      },
    },
  },
];
