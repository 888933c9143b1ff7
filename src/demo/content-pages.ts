/**
 * Demonstration information pages (kind "page") for the topic tree.
 *
 * This is demonstration content written to show how the portal works. It is
 * not official guidance. Every body starts with an italic notice saying so.
 * "physical-recovery-and-medical-care" deliberately has only en, fr and es,
 * to exercise the fallback notice for missing translations.
 */
import type { DemoItem } from "./content-types.ts";

export const demoPages: DemoItem[] = [
  // ---------------------------------------------------------------- rights
  {
    kind: "page",
    slug: "your-rights-as-a-victim",
    topic: "rights",
    audiences: ["victims", "families"],
    sortOrder: 1,
    publishedOn: "2026-02-10",
    reviewedOn: "2026-09-15",
    translations: {
      ar: {
        title: "حقوقك بوصفك ضحية",
        summary:
          "في كثير من البلدان، يتمتع ضحايا الإرهاب وأسرهم بحقوق محددة. تشرح هذه الصفحة الحقوق التي تتوفر في الغالب، وكيف تعرف ما ينطبق عليك منها.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

إذا أُصبت في هجوم، أو أُصيب شخص قريب منك، فقد تشعر بأن الأمور أكبر من طاقتك. لا تحتاج إلى فهم كل شيء دفعة واحدة. تقدم هذه الصفحة صورة عامة فقط. وتختلف الحقوق بالتحديد من بلد إلى آخر، لذا تحقق مما ينطبق على حالتك.

## حقوق متوفرة في كثير من الأحيان

في كثير من البلدان، يحق لضحايا الإرهاب وأسرهم عادةً:

- أن يُعامَلوا باحترام وكرامة، ودون أن يُلاموا على ما حدث؛
- أن يحصلوا على معلومات واضحة بلغة يفهمونها؛
- أن يتلقوا الدعم، مثل الرعاية الطبية والمساعدة النفسية؛
- أن تُحمى خصوصيتهم وحياتهم الخاصة؛
- أن يشاركوا في الإجراءات الجنائية أو يتابعوها؛
- أن يتقدموا بطلب للحصول على تعويض أو مساعدة مالية.

لا توفر كل البلدان جميع هذه الحقوق. وقد يتوقف بعضها أيضًا على مكان وقوع الهجوم وعلى مكان إقامتك.

## كيف تعرف ما ينطبق عليك

يمكنك أن تسأل الشرطة أو إحدى خدمات دعم الضحايا أو محاميًا عن حقوقك. وقد يفيدك أن تكتب أسئلتك قبل الاتصال. ويمكنك أن تطلب المعلومات مكتوبة لتعود إليها لاحقًا في الوقت الذي يناسبك. إذا وقع الهجوم في بلد آخر، فاطّلع على صفحة [حقوقك عند التعرض لهجوم في الخارج](/ar/info/rights-when-attacked-abroad).

## الخطوة التالية

تقدّم خطوة بخطوة، ولا تضغط على نفسك. إذا كنت بحاجة إلى مساعدة الآن، فانتقل إلى صفحة [احصل على المساعدة الآن](/ar/info/get-help-now). وعندما تشعر بأنك مستعد، يمكنك أن تقرأ عن [التعويض والمساعدة المالية](/ar/info/compensation-and-financial-help) وعن [المشاركة في الإجراءات الجنائية](/ar/info/taking-part-in-criminal-proceedings).`,
      },
      zh: {
        title: "您作为受害者的权利",
        summary: "在许多国家，恐怖主义受害者及其家人享有一定的权利。本页介绍常见的权利类型，以及如何了解哪些权利适用于您。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

如果您在袭击中受伤，或者您身边的人受伤，您可能会感到不知所措。您不需要一下子弄清所有事情。本页只提供一个总体介绍。具体权利因国家而异，请核实哪些适用于您的情况。

## 常见的权利

在许多国家，恐怖主义受害者及其家人通常可以：

- 受到尊重、有尊严的对待，不因所发生的事情受到指责；
- 以自己能理解的语言获得清楚的信息；
- 获得支持，例如医疗护理和心理帮助；
- 个人隐私受到保护；
- 参与或关注刑事诉讼；
- 申请赔偿或经济援助。

并非每个国家都提供上述全部权利。有些权利还可能取决于袭击发生的地点和您的居住地。

## 如何了解适用于您的权利

您可以向警方、受害者支持服务机构或律师询问您享有哪些权利。打电话之前，先把问题写下来可能会有帮助。您也可以要求对方提供书面信息，方便以后在合适的时候再看。如果袭击发生在其他国家，请参阅[在国外遭遇袭击时的权利](/zh/info/rights-when-attacked-abroad)。

## 下一步

一步一步来，不必勉强自己。如果您现在就需要帮助，请前往[立即获取帮助](/zh/info/get-help-now)。当您准备好时，可以阅读[赔偿和经济援助](/zh/info/compensation-and-financial-help)以及[参与刑事诉讼](/zh/info/taking-part-in-criminal-proceedings)。`,
      },
      en: {
        title: "Your rights as a victim",
        summary:
          "In many countries, victims of terrorism and their families have rights. This page explains the kinds of rights that often exist and how to find out which apply to you.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

If you have been hurt in an attack, or someone close to you has, you may feel overwhelmed. You do not need to understand everything at once. This page gives a general picture. The exact rights depend on the country, so check what applies to you.

## Rights that often exist

In many countries, victims of terrorism and their families can expect:

- to be treated with respect and dignity, without blame;
- to receive clear information in a language they understand;
- to get support, such as medical care and psychological help;
- to have their privacy protected;
- to take part in or follow criminal proceedings;
- to apply for compensation or financial help.

Not every country offers all of these. Some rights may also depend on where the attack happened and where you live.

## How to find out what applies to you

You may ask the police, a victim support service or a lawyer which rights you have. It can help to write your questions down before you call. You can ask for information in writing, so you can read it again later. If the attack happened in another country, see [Rights when attacked abroad](/en/info/rights-when-attacked-abroad).

## What to do next

Take one step at a time. If you need help right now, go to [Get help now](/en/info/get-help-now). When you feel ready, you can read about [compensation and financial help](/en/info/compensation-and-financial-help) and [taking part in criminal proceedings](/en/info/taking-part-in-criminal-proceedings).`,
      },
      fr: {
        title: "Vos droits en tant que victime",
        summary:
          "Dans de nombreux pays, les victimes du terrorisme et leurs proches ont des droits. Cette page présente les droits qui existent souvent et explique comment savoir lesquels s'appliquent à vous.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Si un attentat vous a blessé, ou a blessé l'un de vos proches, il est normal de se sentir dépassé. Vous n'avez pas besoin de tout comprendre tout de suite. Cette page donne une vue d'ensemble. Les droits exacts dépendent du pays : vérifiez ce qui s'applique à votre situation.

## Des droits qui existent souvent

Dans de nombreux pays, les victimes du terrorisme et leurs proches peuvent :

- être traités avec respect et dignité, sans être blâmés ;
- recevoir des informations claires, dans une langue qu'ils comprennent ;
- bénéficier d'un soutien, comme des soins médicaux et une aide psychologique ;
- voir leur vie privée protégée ;
- participer à la procédure pénale ou la suivre ;
- demander une indemnisation ou une aide financière.

Tous les pays ne prévoient pas l'ensemble de ces droits. Certains droits peuvent aussi dépendre du lieu de l'attentat et de votre lieu de résidence.

## Savoir ce qui s'applique à vous

Vous pouvez demander à la police, à un service d'aide aux victimes ou à un avocat quels sont vos droits. Il peut être utile de noter vos questions avant d'appeler. Vous pouvez demander les informations par écrit, pour les relire plus tard. Si l'attentat a eu lieu dans un autre pays, consultez la page [Vos droits en cas d'attentat à l'étranger](/fr/info/rights-when-attacked-abroad).

## Et ensuite

Avancez une étape à la fois. Si vous avez besoin d'aide maintenant, allez à la page [Obtenir de l'aide maintenant](/fr/info/get-help-now). Quand vous le souhaiterez, vous pourrez lire les pages sur [l'indemnisation et l'aide financière](/fr/info/compensation-and-financial-help) et sur [la participation à la procédure pénale](/fr/info/taking-part-in-criminal-proceedings).`,
      },
      ru: {
        title: "Ваши права как пострадавшего",
        summary:
          "Во многих странах пострадавшие от терроризма и их семьи имеют определённые права. На этой странице рассказано, какие права существуют чаще всего и как узнать, какие из них относятся к вам.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Если вы пострадали при теракте или пострадал близкий вам человек, вам может быть очень тяжело. Не нужно разбираться во всём сразу. Эта страница даёт общее представление. Конкретные права зависят от страны, поэтому уточните, что относится именно к вам.

## Какие права часто существуют

Во многих странах пострадавшие от терроризма и их семьи могут рассчитывать на то, что:

- к ним будут относиться с уважением и достоинством, без обвинений;
- им предоставят ясную информацию на понятном им языке;
- они получат поддержку, например медицинскую и психологическую помощь;
- их частная жизнь будет защищена;
- они смогут участвовать в уголовном процессе или следить за ним;
- они смогут подать заявление на компенсацию или финансовую помощь.

Не во всех странах есть все эти права. Некоторые права могут также зависеть от того, где произошло нападение и где вы живёте.

## Как узнать, что относится к вам

Вы можете спросить о своих правах в полиции, в службе помощи пострадавшим или у юриста. Перед звонком полезно записать свои вопросы. Можно попросить предоставить информацию в письменном виде, чтобы перечитать её позже. Если нападение произошло в другой стране, прочитайте страницу [Права при нападении за рубежом](/ru/info/rights-when-attacked-abroad).

## Что делать дальше

Двигайтесь шаг за шагом. Если помощь нужна прямо сейчас, откройте страницу [Срочная помощь](/ru/info/get-help-now). Когда будете готовы, прочитайте о [компенсации и финансовой помощи](/ru/info/compensation-and-financial-help) и об [участии в уголовном процессе](/ru/info/taking-part-in-criminal-proceedings).`,
      },
      es: {
        title: "Sus derechos como víctima",
        summary:
          "En muchos países, las víctimas del terrorismo y sus familias tienen derechos. Esta página explica qué derechos suelen existir y cómo saber cuáles se aplican a usted.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Si ha sufrido heridas en un atentado, o las ha sufrido una persona cercana, es normal sentir que todo le supera. No necesita entenderlo todo de una vez. Esta página ofrece una visión general. Los derechos concretos dependen de cada país, así que compruebe cuáles se aplican a su caso.

## Derechos que suelen existir

En muchos países, las víctimas del terrorismo y sus familias pueden esperar:

- recibir un trato respetuoso y digno, sin que se las culpe;
- recibir información clara en un idioma que comprendan;
- obtener apoyo, como atención médica y ayuda psicológica;
- que se proteja su privacidad;
- participar en el proceso penal o seguirlo;
- solicitar una indemnización o ayuda económica.

No todos los países ofrecen todos estos derechos. Algunos también pueden depender del lugar del atentado y de su lugar de residencia.

## Cómo saber qué se aplica a usted

Puede preguntar a la policía, a un servicio de atención a víctimas o a un abogado qué derechos tiene. Puede ser útil anotar sus preguntas antes de llamar. También puede pedir la información por escrito, para volver a leerla más tarde. Si el atentado ocurrió en otro país, consulte [Sus derechos si sufre un atentado en el extranjero](/es/info/rights-when-attacked-abroad).

## Qué hacer después

Vaya paso a paso. Si necesita ayuda ahora mismo, vaya a [Obtener ayuda ahora](/es/info/get-help-now). Cuando se sienta con fuerzas, puede leer sobre [indemnizaciones y ayuda económica](/es/info/compensation-and-financial-help) y sobre [cómo participar en el proceso penal](/es/info/taking-part-in-criminal-proceedings).`,
      },
    },
  },
  {
    kind: "page",
    slug: "rights-when-attacked-abroad",
    topic: "rights",
    audiences: ["victims", "families"],
    sortOrder: 2,
    publishedOn: "2026-02-24",
    reviewedOn: "2026-09-15",
    translations: {
      ar: {
        title: "حقوقك عند التعرض لهجوم في الخارج",
        summary:
          "إذا وقع الهجوم وأنت في بلد آخر، فقد يأتيك الدعم من أكثر من جهة. تشرح هذه الصفحة من أين تبدأ، وما الذي ينبغي أن تحتفظ به.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

قد تكون الإصابة بعيدًا عن الوطن تجربة موحشة وصعبة بشكل خاص. ربما لا تتحدث لغة البلد، وقد تكون القواعد غير مألوفة لك. ومع ذلك، كثيرًا ما تتوفر المساعدة في البلد الذي وقع فيه الهجوم، وفي بلدك أيضًا.

## في البلد الذي وقع فيه الهجوم

- في حالات الطوارئ، اتصل برقم الطوارئ المحلي. تستخدم بلدان كثيرة الرقم 112 (في جميع أنحاء الاتحاد الأوروبي) أو الرقم 911 (في أمريكا الشمالية).
- يمكنك في كثير من الأحيان أن تبلّغ الشرطة المحلية عن الجريمة، وأن تطلب مترجمًا.
- اطلب نسخًا أو أرقامًا مرجعية لكل محضر أو وثيقة طبية تتعلق بك.
- تختلف حقوق الضحايا وخدمات الدعم وقواعد التعويض من بلد إلى آخر. وقد ينطبق بعضها عليك حتى لو لم تكن مقيمًا هناك.

## بلدك يمكنه المساعدة أيضًا

كثيرًا ما تستطيع سفارة بلدك أو قنصليته أن تقدم لك المعلومات، وأن تساعدك في استبدال الوثائق المفقودة، وأن تصلك بالخدمات المحلية. ويختلف ما يمكنها تقديمه من بلد إلى آخر. وبعد عودتك، يمكنك أن تسأل إحدى خدمات دعم الضحايا عمّا إذا كان في بلدك نظام للدعم أو التعويض ينطبق عليك أيضًا. تحقق من كل المواعيد النهائية التي تخصك، فقد يكون بعضها قصيرًا.

## الخطوة التالية

احفظ جميع أوراقك في ملف واحد، بما في ذلك إيصالات النفقات. دوّن الأسماء والتواريخ ما دمت تتذكرها جيدًا. إذا توفي أحد أحبائك، فقد تفيدك صفحة [دعم الأسر المفجوعة](/ar/info/support-for-bereaved-families). وللاطلاع على نظرة عامة، راجع صفحة [حقوقك بوصفك ضحية](/ar/info/your-rights-as-a-victim).`,
      },
      zh: {
        title: "在国外遭遇袭击时的权利",
        summary: "如果袭击发生时您身在其他国家，您可能可以从不止一个地方获得支持。本页说明从哪里着手，以及需要保留哪些材料。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

在远离家乡的地方受到伤害，可能会让人感到格外孤单。您可能不会说当地的语言，也不熟悉当地的规定。但无论是在袭击发生的国家，还是在您自己的国家，往往都有可以获得的帮助。

## 在袭击发生的国家

- 遇到紧急情况，请拨打当地的紧急电话。许多国家使用112（欧盟各国通用）或911（北美）。
- 您通常可以向当地警方报案，并要求提供翻译。
- 请索取每份报告和医疗文件的副本或编号。
- 受害者的权利、支持和赔偿规定因国家而异。即使您不住在那里，有些规定也可能适用于您。

## 您本国也可以提供帮助

您本国的大使馆或领事馆通常可以提供信息，协助补办丢失的证件，并帮您联系当地的服务机构。它们能提供哪些帮助，因国家而异。回国后，您可以询问受害者支持服务机构，您本国是否也有适用于您的支持或赔偿制度。请核实所有与您有关的申请期限，有些期限可能很短。

## 下一步

把所有文件放在同一个文件夹里，包括各项费用的收据。趁记忆还清楚，写下相关的姓名和日期。如果有人不幸遇难，[对遇难者家属的支持](/zh/info/support-for-bereaved-families)一页或许能帮到您。如需了解总体情况，请参阅[您作为受害者的权利](/zh/info/your-rights-as-a-victim)。`,
      },
      en: {
        title: "Rights when attacked abroad",
        summary:
          "If an attack happened while you were in another country, support may come from more than one place. This page explains where to start and what to keep.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Being hurt far from home can feel especially lonely. You may not speak the language, and the rules may be unfamiliar. Help is often still available, both where the attack happened and in your own country.

## In the country where the attack happened

- In an emergency, call the local emergency number. Many countries use 112 (across the European Union) or 911 (in North America).
- You can often report the crime to the local police and ask for an interpreter.
- Ask for copies or reference numbers of any reports and medical documents.
- Victims' rights, support and compensation rules differ from country to country. Some may apply to you even if you do not live there.

## Your own country can help too

The embassy or consulate of your country can often give information, help with lost documents and put you in contact with local services. What they can do differs by country. Once you are home, you may ask a victim support service whether a support or compensation scheme in your own country also applies to you. Check every deadline that applies to you, as some can be short.

## What to do next

Keep all your papers in one folder, including receipts for costs. Write down names and dates while you still remember them. If someone has died, [Support for bereaved families](/en/info/support-for-bereaved-families) may help. For an overview, see [Your rights as a victim](/en/info/your-rights-as-a-victim).`,
      },
      fr: {
        title: "Vos droits en cas d'attentat à l'étranger",
        summary:
          "Si l'attentat a eu lieu alors que vous étiez dans un autre pays, l'aide peut venir de plusieurs endroits. Cette page explique par où commencer et quoi conserver.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Subir un attentat loin de chez soi peut être particulièrement difficile. Vous ne parlez peut-être pas la langue, et les règles ne vous sont pas familières. Une aide existe souvent, à la fois dans le pays de l'attentat et dans votre propre pays.

## Dans le pays où l'attentat a eu lieu

- En cas d'urgence, appelez le numéro d'urgence local. De nombreux pays utilisent le 112 (dans toute l'Union européenne) ou le 911 (en Amérique du Nord).
- Vous pouvez souvent signaler les faits à la police locale et demander un interprète.
- Demandez une copie ou un numéro de référence pour chaque rapport et document médical.
- Les droits des victimes, le soutien et l'indemnisation varient d'un pays à l'autre. Certaines règles peuvent s'appliquer à vous même si vous n'habitez pas dans ce pays.

## Votre pays peut aussi vous aider

L'ambassade ou le consulat de votre pays peut souvent vous informer, vous aider à remplacer des documents perdus et vous mettre en contact avec des services locaux. Ce qu'ils peuvent faire varie selon les pays. Après votre retour, vous pouvez demander à un service d'aide aux victimes si un dispositif de soutien ou d'indemnisation de votre pays s'applique aussi à vous. Vérifiez chaque délai qui vous concerne : certains sont courts.

## Et ensuite

Rangez tous vos papiers dans un même dossier, y compris les justificatifs de frais. Notez les noms et les dates tant que vous vous en souvenez. Si une personne est décédée, la page [Soutien aux familles endeuillées](/fr/info/support-for-bereaved-families) peut vous aider. Pour une vue d'ensemble, consultez [Vos droits en tant que victime](/fr/info/your-rights-as-a-victim).`,
      },
      ru: {
        title: "Права при нападении за рубежом",
        summary:
          "Если нападение произошло, когда вы находились в другой стране, помощь может поступать из нескольких источников. На этой странице рассказано, с чего начать и что сохранить.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Пострадать вдали от дома особенно тяжело. Вы можете не знать языка, а местные правила могут быть незнакомыми. Тем не менее помощь часто доступна — и в стране, где произошло нападение, и в вашей собственной стране.

## В стране, где произошло нападение

- В экстренной ситуации звоните по местному номеру экстренных служб. Во многих странах это 112 (во всём Европейском союзе) или 911 (в Северной Америке).
- Часто можно сообщить о преступлении в местную полицию и попросить переводчика.
- Просите копии или регистрационные номера всех протоколов и медицинских документов.
- Права пострадавших, поддержка и компенсации в разных странах различаются. Некоторые правила могут распространяться на вас, даже если вы там не живёте.

## Ваша страна тоже может помочь

Посольство или консульство вашей страны часто может дать информацию, помочь с утерянными документами и связать вас с местными службами. Объём такой помощи зависит от страны. После возвращения домой вы можете спросить в службе помощи пострадавшим, есть ли в вашей стране программы поддержки или компенсации, которые относятся и к вам. Проверьте все сроки, которые вас касаются: некоторые из них короткие.

## Что делать дальше

Храните все документы в одной папке, включая чеки и квитанции о расходах. Запишите имена и даты, пока вы их помните. Если кто-то погиб, может помочь страница [Поддержка семей погибших](/ru/info/support-for-bereaved-families). Общие сведения о правах — на странице [Ваши права как пострадавшего](/ru/info/your-rights-as-a-victim).`,
      },
      es: {
        title: "Sus derechos si sufre un atentado en el extranjero",
        summary:
          "Si el atentado ocurrió mientras estaba en otro país, la ayuda puede llegar de más de un lugar. Esta página explica por dónde empezar y qué conservar.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Sufrir un atentado lejos de casa puede ser especialmente duro. Es posible que no hable el idioma y que las normas le resulten desconocidas. Aun así, a menudo hay ayuda disponible, tanto en el país donde ocurrió el atentado como en su propio país.

## En el país donde ocurrió el atentado

- En caso de emergencia, llame al número de emergencias local. Muchos países usan el 112 (en toda la Unión Europea) o el 911 (en América del Norte).
- A menudo puede denunciar los hechos ante la policía local y pedir un intérprete.
- Pida copias o números de referencia de cada denuncia e informe médico.
- Los derechos de las víctimas, el apoyo y las indemnizaciones varían de un país a otro. Algunas normas pueden aplicarse a usted aunque no viva allí.

## Su propio país también puede ayudar

La embajada o el consulado de su país a menudo puede informarle, ayudarle con documentos perdidos y ponerle en contacto con servicios locales. Lo que pueden hacer varía según el país. Cuando regrese, puede preguntar a un servicio de atención a víctimas si en su país existe también algún sistema de apoyo o indemnización que se le aplique. Compruebe todos los plazos que le afecten, porque algunos son cortos.

## Qué hacer después

Guarde todos los papeles en una misma carpeta, incluidos los recibos de gastos. Anote nombres y fechas mientras los recuerde. Si alguien ha fallecido, puede serle útil la página [Apoyo a las familias en duelo](/es/info/support-for-bereaved-families). Para una visión general, consulte [Sus derechos como víctima](/es/info/your-rights-as-a-victim).`,
      },
    },
  },
  {
    kind: "page",
    slug: "model-legislative-provisions",
    topic: "rights",
    audiences: ["member-states", "associations", "practitioners"],
    sortOrder: 3,
    publishedOn: "2026-03-12",
    reviewedOn: "2026-10-05",
    translations: {
      ar: {
        title: "الأحكام التشريعية النموذجية للأمم المتحدة بشأن ضحايا الإرهاب",
        summary:
          "في عام 2022، نشرت الأمم المتحدة أحكامًا تشريعية نموذجية لمساعدة الدول على تلبية احتياجات ضحايا الإرهاب وحماية حقوقهم. تقدم هذه الصفحة لمحة موجزة للمشرعين والجمعيات والعاملين في هذا المجال.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

نُشرت الأحكام التشريعية النموذجية لتلبية احتياجات ضحايا الإرهاب وحماية حقوقهم في عام 2022. وقد أعدّها مكتب الأمم المتحدة لمكافحة الإرهاب ومكتب الأمم المتحدة المعني بالمخدرات والجريمة، بالتعاون مع الاتحاد البرلماني الدولي.

## ما هي هذه الأحكام

هذه الأحكام نموذج، وليست قانونًا ملزمًا. فهي تقترح صيغًا يمكن للدول أن تكيّفها عند صياغة قوانين جديدة أو مراجعة القوانين القائمة. وتقرر كل دولة ما إذا كانت ستستخدمها وكيف، بما يتوافق مع نظامها القانوني. وتتناول هذه الأحكام مسائل مثل:

- من يُعترف به بوصفه ضحية، بما في ذلك أفراد الأسرة؛
- الحصول على المعلومات والمساعدة والدعم؛
- مكانة الضحايا في الإجراءات الجنائية؛
- التعويض وغيره من أشكال جبر الضرر.

## كيف يمكن استخدامها

- يمكن للدول الأعضاء أن تقارن تشريعاتها بالنموذج لتحديد الثغرات.
- يمكن للبرلمانيين الاستفادة منها عند إعداد مشاريع القوانين ومناقشتها.
- يمكن لجمعيات الضحايا الاستناد إليها في حوارها مع السلطات.
- يمكن للعاملين في هذا المجال استخدامها لشرح ما قد يشمله النهج الشامل.

## معلومات ذات صلة

يدير مكتب الأمم المتحدة لمكافحة الإرهاب برنامجًا لدعم ضحايا الإرهاب. أما اليوم الدولي لتذكُّر ضحايا الإرهاب وإجلالهم، في 21 آب/أغسطس، فقد أعلنته الجمعية العامة في قرارها 72/165 المؤرخ 19 كانون الأول/ديسمبر 2017. وللاطلاع على الحقوق التي يتمتع بها الضحايا في الغالب، راجع صفحة [حقوقك بوصفك ضحية](/ar/info/your-rights-as-a-victim).`,
      },
      zh: {
        title: "联合国关于恐怖主义受害者的示范立法条款",
        summary:
          "2022年，联合国发布了示范立法条款，帮助各国满足恐怖主义受害者的需求并保护其权利。本页为立法者、受害者协会和从业人员提供简要介绍。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

关于支持恐怖主义受害者需求和保护其权利的示范立法条款于2022年发布。这些条款由联合国反恐怖主义办公室（反恐办）和联合国毒品和犯罪问题办公室（毒罪办）与各国议会联盟共同制定。

## 这些条款是什么

这些条款是一种示范文本，而不是具有约束力的法律。它们提供了可供参考的措辞，各国在起草新法律或修订现行法律时可以加以调整。每个国家根据自身的法律制度，自行决定是否使用以及如何使用。条款涉及的问题包括：

- 哪些人被认定为受害者，包括家庭成员；
- 获得信息、援助和支持；
- 受害者在刑事诉讼中的地位；
- 赔偿及其他形式的补救。

## 如何使用这些条款

- 会员国可以将本国法律与示范文本进行比较，找出不足之处。
- 议员在起草和讨论法案时可以参考这些条款。
- 受害者协会可以在与政府部门对话时援引这些条款。
- 从业人员可以用它们来说明全面的做法可以包括哪些内容。

## 相关信息

反恐办开展恐怖主义受害者支助方案。恐怖主义受害者国际纪念和致敬日为每年8月21日，由联合国大会2017年12月19日第72/165号决议宣布设立。如需了解受害者通常享有的权利，请参阅[您作为受害者的权利](/zh/info/your-rights-as-a-victim)。`,
      },
      en: {
        title: "The UN Model Legislative Provisions for victims of terrorism",
        summary:
          "In 2022, the United Nations published model legislative provisions to help States support the needs and protect the rights of victims of terrorism. This page gives a short overview for lawmakers, associations and practitioners.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

The Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism were published in 2022. They were developed by the United Nations Office of Counter-Terrorism (UNOCT) and the United Nations Office on Drugs and Crime (UNODC), with the Inter-Parliamentary Union.

## What the provisions are

The provisions are a model, not a binding law. They offer wording that States may adapt when they draft new laws or review existing ones. Each State decides whether and how to use them, in line with its own legal system. They deal with questions such as:

- who is recognised as a victim, including family members;
- access to information, assistance and support;
- the place of victims in criminal proceedings;
- compensation and other forms of reparation.

## How they can be used

- Member States may compare their laws with the model to identify gaps.
- Parliamentarians may draw on them when preparing or discussing bills.
- Victims' associations may refer to them in dialogue with authorities.
- Practitioners may use them to explain what a comprehensive approach can include.

## Related information

UNOCT runs a Victims of Terrorism Support Programme. The International Day of Remembrance and Tribute to the Victims of Terrorism, 21 August, was proclaimed by General Assembly resolution 72/165 of 19 December 2017. For the rights victims often have, see [Your rights as a victim](/en/info/your-rights-as-a-victim).`,
      },
      fr: {
        title: "Les dispositions législatives types de l'ONU pour les victimes du terrorisme",
        summary:
          "En 2022, les Nations Unies ont publié des dispositions législatives types pour aider les États à répondre aux besoins des victimes du terrorisme et à protéger leurs droits. Cette page en donne un bref aperçu pour les législateurs, les associations et les professionnels.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Les dispositions législatives types visant à répondre aux besoins et à protéger les droits des victimes du terrorisme ont été publiées en 2022. Elles ont été élaborées par le Bureau de lutte contre le terrorisme des Nations Unies (UNOCT) et l'Office des Nations Unies contre la drogue et le crime (ONUDC), avec l'Union interparlementaire.

## Ce que sont ces dispositions

Ces dispositions sont un modèle, et non une loi contraignante. Elles proposent des formulations que les États peuvent adapter lorsqu'ils rédigent de nouvelles lois ou révisent leurs lois existantes. Chaque État décide s'il les utilise, et comment, selon son propre système juridique. Elles portent sur des questions telles que :

- qui est reconnu comme victime, y compris les membres de la famille ;
- l'accès à l'information, à l'assistance et au soutien ;
- la place des victimes dans la procédure pénale ;
- l'indemnisation et les autres formes de réparation.

## Comment les utiliser

- Les États Membres peuvent comparer leur législation au modèle pour repérer les lacunes.
- Les parlementaires peuvent s'en inspirer pour préparer ou examiner des projets de loi.
- Les associations de victimes peuvent s'y référer dans leur dialogue avec les autorités.
- Les professionnels peuvent s'en servir pour expliquer ce que peut comprendre une approche globale.

## Pour aller plus loin

Le Bureau de lutte contre le terrorisme mène un Programme d'appui aux victimes du terrorisme. La Journée internationale du souvenir en hommage aux victimes du terrorisme, le 21 août, a été proclamée par la résolution 72/165 de l'Assemblée générale du 19 décembre 2017. Pour les droits dont les victimes disposent souvent, consultez [Vos droits en tant que victime](/fr/info/your-rights-as-a-victim).`,
      },
      ru: {
        title: "Типовые законодательные положения ООН о жертвах терроризма",
        summary:
          "В 2022 году Организация Объединённых Наций опубликовала типовые законодательные положения, которые помогают государствам удовлетворять потребности жертв терроризма и защищать их права. На этой странице — краткий обзор для законодателей, ассоциаций и специалистов.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Типовые законодательные положения об удовлетворении потребностей и защите прав жертв терроризма были опубликованы в 2022 году. Их разработали Контртеррористическое управление ООН (КТУ ООН) и Управление ООН по наркотикам и преступности (УНП ООН) совместно с Межпарламентским союзом.

## Что представляют собой эти положения

Эти положения — образец, а не обязательный закон. Они предлагают формулировки, которые государства могут адаптировать при разработке новых законов или пересмотре действующих. Каждое государство само решает, использовать ли их и как, с учётом своей правовой системы. Положения касаются таких вопросов, как:

- кто признаётся жертвой, включая членов семьи;
- доступ к информации, помощи и поддержке;
- место жертв в уголовном процессе;
- компенсация и другие формы возмещения ущерба.

## Как их можно использовать

- Государства-члены могут сравнить своё законодательство с образцом и выявить пробелы.
- Парламентарии могут опираться на них при подготовке и обсуждении законопроектов.
- Ассоциации жертв могут ссылаться на них в диалоге с органами власти.
- Специалисты могут использовать их, чтобы объяснить, что может включать комплексный подход.

## Дополнительная информация

КТУ ООН реализует Программу поддержки жертв терроризма. Международный день памяти и поминовения жертв терроризма, 21 августа, был провозглашён резолюцией Генеральной Ассамблеи 72/165 от 19 декабря 2017 года. О правах, которые часто есть у пострадавших, читайте на странице [Ваши права как пострадавшего](/ru/info/your-rights-as-a-victim).`,
      },
      es: {
        title: "Las disposiciones legislativas modelo de las Naciones Unidas para las víctimas del terrorismo",
        summary:
          "En 2022, las Naciones Unidas publicaron disposiciones legislativas modelo para ayudar a los Estados a atender las necesidades y proteger los derechos de las víctimas del terrorismo. Esta página ofrece un breve resumen para legisladores, asociaciones y profesionales.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Las disposiciones legislativas modelo para atender las necesidades y proteger los derechos de las víctimas del terrorismo se publicaron en 2022. Las elaboraron la Oficina de las Naciones Unidas de Lucha contra el Terrorismo (UNOCT) y la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC), junto con la Unión Interparlamentaria.

## Qué son estas disposiciones

Las disposiciones son un modelo, no una ley vinculante. Ofrecen textos que los Estados pueden adaptar cuando redactan leyes nuevas o revisan las existentes. Cada Estado decide si las utiliza y cómo, de acuerdo con su propio sistema jurídico. Tratan cuestiones como:

- quién se reconoce como víctima, incluidos los familiares;
- el acceso a la información, la asistencia y el apoyo;
- el lugar de las víctimas en el proceso penal;
- la indemnización y otras formas de reparación.

## Cómo pueden utilizarse

- Los Estados Miembros pueden comparar sus leyes con el modelo para detectar lagunas.
- Los parlamentarios pueden inspirarse en ellas al preparar o debatir proyectos de ley.
- Las asociaciones de víctimas pueden citarlas en su diálogo con las autoridades.
- Los profesionales pueden usarlas para explicar lo que puede incluir un enfoque integral.

## Más información

La UNOCT gestiona un Programa de Apoyo a las Víctimas del Terrorismo. El Día Internacional de Conmemoración y Homenaje a las Víctimas del Terrorismo, el 21 de agosto, fue proclamado por la resolución 72/165 de la Asamblea General, de 19 de diciembre de 2017. Para conocer los derechos que suelen tener las víctimas, consulte [Sus derechos como víctima](/es/info/your-rights-as-a-victim).`,
      },
    },
  },
  // ---------------------------------------------------------- compensation
  {
    kind: "page",
    slug: "compensation-and-financial-help",
    topic: "compensation",
    audiences: ["victims", "families"],
    sortOrder: 1,
    publishedOn: "2026-01-20",
    reviewedOn: "2026-08-18",
    translations: {
      ar: {
        title: "التعويض والمساعدة المالية",
        summary:
          "لدى كثير من البلدان أنظمة تقدم المال أو أشكالًا أخرى من المساعدة لضحايا الإرهاب وأسرهم. وتختلف القواعد، لذا من المفيد أن تعرف مبكرًا ما قد ينطبق عليك.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

بعد الهجوم، قد تضاف الهموم المالية إلى كل ما تمر به. فقد تواجه تكاليف علاج، أو فقدانًا للدخل، أو تكاليف جنازة. وقد تتوفر مساعدة مالية، لكن القواعد تختلف من بلد إلى آخر.

## أنواع المساعدة التي قد تكون متاحة

بحسب المكان الذي تعيش فيه أو الذي وقع فيه الهجوم، قد يمكنك التقدم بطلب للحصول على:

- مدفوعات طارئة لتلبية الاحتياجات العاجلة؛
- تعويض من نظام حكومي مخصص لضحايا الجرائم أو الإرهاب؛
- مساعدة في تغطية تكاليف العلاج أو إعادة التأهيل أو الجنازة؛
- مدفوعات من التأمين، مثل تأمين السفر أو التأمين على الحياة أو التأمين الصحي؛
- تعويض تقضي به المحكمة، في بعض الأنظمة القانونية.

وتشمل بعض الأنظمة أيضًا أفراد الأسرة، أو الأشخاص الذين كانوا يعتمدون على الشخص المصاب أو المتوفى.

## ما يحسن معرفته مبكرًا

- لهذه الأنظمة مواعيد نهائية، وبعضها قصير. تحقق في أقرب وقت ممكن من الموعد النهائي الذي ينطبق عليك.
- كثيرًا ما تحتاج إلى أدلة، مثل محضر الشرطة والسجلات الطبية والإيصالات.
- قد يستغرق القرار وقتًا، ولا يؤدي تقديم الطلب دائمًا إلى صرف مبلغ.
- كن حذرًا إذا طلب منك أحد مالًا مقابل نتيجة مضمونة.

اسأل إحدى خدمات دعم الضحايا أو محاميًا عن الأنظمة التي قد تنطبق عليك. واحتفظ بنسخ من كل ما ترسله. وعندما تكون مستعدًا، اتبع صفحة [التقدم بطلب التعويض خطوة بخطوة](/ar/info/applying-for-compensation-step-by-step).`,
      },
      zh: {
        title: "赔偿和经济援助",
        summary:
          "许多国家设有向恐怖主义受害者及其家人提供资金或其他帮助的制度。各国规定不同，因此尽早了解可能适用于您的制度会有帮助。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

袭击发生后，经济上的担忧可能会让一切变得更加艰难。您可能要面对医疗费用、收入损失或丧葬费用。您或许可以获得经济援助，但各国的规定不尽相同。

## 可能存在的援助类型

根据您所在的地方，您或许可以申请：

- 用于应对紧急需要的紧急款项；
- 国家为犯罪或恐怖主义受害者设立的赔偿制度所提供的赔偿；
- 医疗、康复或丧葬费用方面的帮助；
- 保险赔付，例如旅行保险、人寿保险或医疗保险；
- 在某些法律制度下，由法院判决的赔偿。

有些制度也涵盖家庭成员，或依靠受伤者或遇难者生活的人。

## 需要尽早了解的事项

- 各种制度都有申请期限，有些期限很短。请尽快核实适用于您的期限。
- 通常需要提供证明材料，例如警方报告、病历和收据。
- 作出决定可能需要一段时间，而且提出申请并不一定能获得款项。
- 如果有人向您要钱，并保证一定能拿到结果，请保持警惕。

您可以向受害者支持服务机构或律师询问哪些制度可能适用于您。请保留您寄出的所有材料的副本。准备好之后，可以按照[逐步申请赔偿](/zh/info/applying-for-compensation-step-by-step)一页的步骤进行。`,
      },
      en: {
        title: "Compensation and financial help",
        summary:
          "Many countries have schemes that give money or other help to victims of terrorism and their families. The rules differ, so it helps to learn early what may apply to you.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

After an attack, money worries can add to everything else. You may face medical costs, lost income or funeral costs. Financial help may be available, but the rules differ from country to country.

## Kinds of help that may exist

Depending on where you live or where the attack happened, you may be able to apply for:

- emergency payments for urgent needs;
- compensation from a state scheme for victims of crime or terrorism;
- help with medical, rehabilitation or funeral costs;
- payments from insurance, such as travel, life or health insurance;
- compensation ordered by a court, in some legal systems.

Some schemes also cover family members, or people who depended on the person who was hurt or died.

## Things to know early

- Schemes have deadlines, and some are short. Check the deadline that applies to you as soon as you can.
- You will often need evidence, such as a police report, medical records and receipts.
- A decision can take time, and applying does not always lead to a payment.
- Be careful if someone asks you for money in exchange for a guaranteed result.

Ask a victim support service or a lawyer which schemes may apply to you. Keep copies of everything you send. When you are ready, follow [Applying for compensation step by step](/en/info/applying-for-compensation-step-by-step).`,
      },
      fr: {
        title: "Indemnisation et aide financière",
        summary:
          "De nombreux pays ont des dispositifs qui apportent une aide financière ou autre aux victimes du terrorisme et à leurs proches. Les règles varient : il est utile de se renseigner tôt sur ce qui peut s'appliquer à vous.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Après un attentat, les soucis d'argent peuvent s'ajouter à tout le reste. Vous pouvez avoir des frais médicaux, une perte de revenus ou des frais d'obsèques. Une aide financière peut exister, mais les règles varient d'un pays à l'autre.

## Les aides qui peuvent exister

Selon votre lieu de résidence ou le lieu de l'attentat, vous pourrez peut-être demander :

- une aide d'urgence pour les besoins immédiats ;
- une indemnisation par un dispositif public pour les victimes d'infractions ou de terrorisme ;
- une prise en charge de frais médicaux, de rééducation ou d'obsèques ;
- des versements de votre assurance, par exemple voyage, vie ou santé ;
- dans certains systèmes juridiques, une indemnisation décidée par un tribunal.

Certains dispositifs couvrent aussi les membres de la famille, ou les personnes qui dépendaient de la personne blessée ou décédée.

## À savoir dès le début

- Les dispositifs ont des délais, parfois courts. Vérifiez dès que possible le délai qui s'applique à vous.
- Il faut souvent des justificatifs, comme un rapport de police, des dossiers médicaux et des factures.
- Une décision peut prendre du temps, et une demande n'aboutit pas toujours à un versement.
- Méfiez-vous si quelqu'un vous demande de l'argent en échange d'un résultat garanti.

Demandez à un service d'aide aux victimes ou à un avocat quels dispositifs peuvent vous concerner. Gardez une copie de tout ce que vous envoyez. Lorsque vous le pourrez, suivez la page [Demander une indemnisation étape par étape](/fr/info/applying-for-compensation-step-by-step).`,
      },
      ru: {
        title: "Компенсация и финансовая помощь",
        summary:
          "Во многих странах существуют программы, которые предоставляют деньги или другую помощь пострадавшим от терроризма и их семьям. Правила различаются, поэтому полезно заранее узнать, что может относиться к вам.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

После нападения к остальным трудностям могут добавиться денежные заботы. У вас могут появиться расходы на лечение, потеря дохода или расходы на похороны. Финансовая помощь может быть доступна, но правила в разных странах различаются.

## Какая помощь может существовать

В зависимости от того, где вы живёте или где произошло нападение, вы, возможно, сможете обратиться за:

- срочными выплатами на неотложные нужды;
- компенсацией от государственной программы для пострадавших от преступлений или терроризма;
- помощью с расходами на лечение, реабилитацию или похороны;
- выплатами по страховке, например туристической, медицинской или страховке жизни;
- компенсацией по решению суда — в некоторых правовых системах.

Некоторые программы распространяются также на членов семьи или на людей, которые находились на иждивении пострадавшего или погибшего.

## Что важно знать заранее

- У программ есть сроки, и некоторые из них короткие. Как можно раньше уточните срок, который относится к вам.
- Часто нужны доказательства, например протокол полиции, медицинские документы и чеки.
- Решение может занять время, и заявление не всегда приводит к выплате.
- Будьте осторожны, если кто-то просит у вас деньги в обмен на гарантированный результат.

Спросите в службе помощи пострадавшим или у юриста, какие программы могут к вам относиться. Сохраняйте копии всего, что вы отправляете. Когда будете готовы, воспользуйтесь страницей [Как подать заявление на компенсацию: шаг за шагом](/ru/info/applying-for-compensation-step-by-step).`,
      },
      es: {
        title: "Indemnizaciones y ayuda económica",
        summary:
          "Muchos países tienen sistemas que ofrecen dinero u otro tipo de ayuda a las víctimas del terrorismo y a sus familias. Las normas varían, por eso conviene informarse pronto de lo que puede aplicarse a su caso.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Después de un atentado, las preocupaciones económicas pueden sumarse a todo lo demás. Puede tener gastos médicos, pérdida de ingresos o gastos de funeral. Puede haber ayuda económica disponible, pero las normas varían de un país a otro.

## Tipos de ayuda que pueden existir

Según dónde viva o dónde ocurrió el atentado, quizá pueda solicitar:

- pagos de emergencia para necesidades urgentes;
- una indemnización de un sistema público para víctimas de delitos o de terrorismo;
- ayuda con los gastos médicos, de rehabilitación o de funeral;
- pagos de un seguro, como un seguro de viaje, de vida o de salud;
- en algunos sistemas jurídicos, una indemnización fijada por un tribunal.

Algunos sistemas cubren también a los familiares o a las personas que dependían de quien resultó herido o falleció.

## Lo que conviene saber pronto

- Los sistemas tienen plazos, y algunos son cortos. Compruebe cuanto antes el plazo que se aplica a usted.
- A menudo se necesitan pruebas, como una denuncia policial, informes médicos y recibos.
- La decisión puede tardar, y presentar una solicitud no siempre lleva a un pago.
- Tenga cuidado si alguien le pide dinero a cambio de un resultado garantizado.

Pregunte a un servicio de atención a víctimas o a un abogado qué sistemas pueden aplicarse a usted. Guarde copia de todo lo que envíe. Cuando se sienta con fuerzas, siga la guía [Cómo solicitar una indemnización paso a paso](/es/info/applying-for-compensation-step-by-step).`,
      },
    },
  },
  {
    kind: "page",
    slug: "applying-for-compensation-step-by-step",
    topic: "compensation",
    audiences: ["victims", "families", "practitioners"],
    sortOrder: 2,
    publishedOn: "2026-02-03",
    reviewedOn: "2026-08-18",
    translations: {
      ar: {
        title: "التقدم بطلب التعويض خطوة بخطوة",
        summary:
          "دليل بسيط يشرح خطوة بخطوة كيفية إعداد طلب للحصول على تعويض أو مساعدة مالية. ويتضمن أيضًا نصائح للعاملين الذين يساعدون شخصًا في تقديم طلبه.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

قد يعني التقدم بطلب التعويض الكثير من الأوراق في وقت صعب. لست مضطرًا إلى إنجاز كل شيء في يوم واحد. ويمكنك أن تطلب المساعدة من شخص تثق به.

## الخطوات

1. **ابحث عن النظام المناسب.** اسأل إحدى خدمات دعم الضحايا أو محاميًا أو الجهة المسؤولة عن النظر في الطلبات.
2. **تحقق من الموعد النهائي.** دوّنه في مكان تراه باستمرار. وإذا كان الوقت ضيقًا، فاسأل عمّا إذا كان بإمكانك إرسال الاستمارة أولًا ثم المستندات لاحقًا.
3. **اجمع الأدلة.** تشمل عادةً محضر الشرطة أو رقمه المرجعي، والسجلات الطبية، وإيصالات النفقات.
4. **املأ الاستمارة.** أجب عما هو مطلوب. ولا بأس في أن تذكر أنك لا تعرف أمرًا ما.
5. **احتفظ بنسخ.** احتفظ بنسخة من كل ما ترسله، وسجّل التاريخ.
6. **تابع طلبك.** إذا لم يصلك رد، يمكنك أن تسأل عن سير الطلب. وإذا رُفض، فاسأل عما إذا كان بإمكانك طلب إعادة النظر فيه.

## للعاملين الذين يساعدون شخصًا في تقديم طلبه

- اشرح كل خطوة، وتأكد من موافقة الشخص قبل أن تتصرف نيابة عنه.
- اترك للشخص أن يقرر مقدار ما يريد قوله عما حدث.
- اقترح فترات راحة، ووزّع العمل على عدة لقاءات عند الحاجة.
- كن صادقًا في أن النتيجة لا يمكن ضمانها.

ابدأ بالخطوة الأولى عندما تشعر بأنك قادر على ذلك. وللاطلاع على أنواع المساعدة التي قد تكون متاحة، راجع صفحة [التعويض والمساعدة المالية](/ar/info/compensation-and-financial-help).`,
      },
      zh: {
        title: "逐步申请赔偿",
        summary: "一份简明的分步指南，帮助您准备赔偿或经济援助申请。其中也为协助他人申请的专业人员提供了建议。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

在艰难的时刻申请赔偿，可能意味着要处理大量文书工作。您不必在一天之内全部完成。您可以请一位信任的人帮忙。

## 具体步骤

1. **找到合适的制度**。向受害者支持服务机构、律师或负责受理申请的部门咨询。
2. **核实申请期限**。把期限写在您能经常看到的地方。如果时间紧迫，可以询问是否能先提交申请表，之后再补交材料。
3. **收集证明材料**。通常包括警方报告或报案编号、病历以及费用收据。
4. **填写申请表**。按要求作答。如果有些情况您不清楚，如实说明即可。
5. **保留副本**。保留您寄出的所有材料的副本，并记下日期。
6. **跟进进展**。如果一直没有消息，您可以询问办理进度。如果申请被拒绝，可以询问是否能够申请复核。

## 给协助他人申请的专业人员

- 解释每一个步骤，在代表对方采取行动之前，确认对方同意。
- 让对方自己决定愿意讲述多少所发生的事情。
- 适时安排休息，必要时把工作分几次会面完成。
- 坦诚告知对方，结果无法得到保证。

当您觉得可以时，从第1步开始。如需了解可能存在的援助类型，请参阅[赔偿和经济援助](/zh/info/compensation-and-financial-help)。`,
      },
      en: {
        title: "Applying for compensation step by step",
        summary:
          "A calm, step-by-step guide to preparing an application for compensation or financial help. It also includes tips for professionals who help someone apply.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Applying for compensation can mean a lot of paperwork at a hard time. You do not have to do it all in one day. You may ask someone you trust to help you.

## The steps

1. **Find the right scheme.** Ask a victim support service, a lawyer or the authority that handles claims.
2. **Check the deadline.** Write it down where you will see it. If time is short, ask whether you can send the form first and the documents later.
3. **Gather evidence.** This often includes a police report or reference number, medical records and receipts for costs.
4. **Fill in the form.** Answer what is asked. It is fine to say that you do not know something.
5. **Keep copies.** Keep a copy of everything you send, and note the date.
6. **Follow up.** If you hear nothing, you may ask about progress. If the answer is no, ask whether you can request a review.

## For practitioners helping someone apply

- Explain each step, and check that the person agrees before you act for them.
- Let the person decide how much they want to say about what happened.
- Offer breaks, and spread the work over several meetings if needed.
- Be honest that the outcome cannot be promised.

Start with step 1 when you feel able. For an overview of the kinds of help that may exist, see [Compensation and financial help](/en/info/compensation-and-financial-help).`,
      },
      fr: {
        title: "Demander une indemnisation étape par étape",
        summary:
          "Un guide simple, étape par étape, pour préparer une demande d'indemnisation ou d'aide financière. Il comprend aussi des conseils pour les professionnels qui accompagnent une personne.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Demander une indemnisation peut représenter beaucoup de démarches à un moment difficile. Rien ne vous oblige à tout faire en un jour. Vous pouvez demander à une personne de confiance de vous aider.

## Les étapes

1. **Trouver le bon dispositif.** Renseignez-vous auprès d'un service d'aide aux victimes, d'un avocat ou de l'organisme chargé des demandes.
2. **Vérifier le délai.** Notez-le à un endroit où vous le verrez. Si le temps presse, demandez si vous pouvez envoyer d'abord le formulaire, puis les documents.
3. **Rassembler les justificatifs.** Il s'agit souvent d'un rapport de police ou d'un numéro de dossier, de dossiers médicaux et de factures.
4. **Remplir le formulaire.** Répondez à ce qui est demandé. Vous pouvez indiquer que vous ne savez pas quelque chose.
5. **Garder des copies.** Conservez une copie de tout ce que vous envoyez, et notez la date.
6. **Faire le suivi.** Sans nouvelles, vous pouvez demander où en est votre dossier. En cas de refus, demandez s'il est possible d'obtenir un réexamen.

## Pour les professionnels qui accompagnent une demande

- Expliquez chaque étape et vérifiez que la personne est d'accord avant d'agir pour elle.
- Laissez la personne décider de ce qu'elle veut dire sur ce qui s'est passé.
- Proposez des pauses et répartissez le travail sur plusieurs rendez-vous si nécessaire.
- Dites honnêtement que le résultat ne peut pas être promis.

Commencez par l'étape 1 quand vous vous en sentez capable. Pour un aperçu des aides qui peuvent exister, consultez [Indemnisation et aide financière](/fr/info/compensation-and-financial-help).`,
      },
      ru: {
        title: "Как подать заявление на компенсацию: шаг за шагом",
        summary:
          "Простое пошаговое руководство по подготовке заявления на компенсацию или финансовую помощь. В нём также есть советы для специалистов, которые помогают пострадавшим.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Заявление на компенсацию может потребовать много бумажной работы в трудное время. Не нужно делать всё за один день. Вы можете попросить о помощи человека, которому доверяете.

## Шаги

1. **Найдите подходящую программу.** Спросите в службе помощи пострадавшим, у юриста или в органе, который рассматривает заявления.
2. **Уточните срок.** Запишите его там, где вы его увидите. Если времени мало, спросите, можно ли сначала подать заявление, а документы прислать позже.
3. **Соберите доказательства.** Обычно это протокол полиции или номер дела, медицинские документы и чеки о расходах.
4. **Заполните форму.** Отвечайте на то, что спрашивают. Можно написать, что вы чего-то не знаете.
5. **Сохраните копии.** Оставьте себе копию всего, что отправляете, и запишите дату.
6. **Следите за ходом дела.** Если ответа нет, можно спросить, на каком этапе рассмотрение. Если вам отказали, узнайте, можно ли попросить пересмотреть решение.

## Специалистам, которые помогают подать заявление

- Объясняйте каждый шаг и убеждайтесь, что человек согласен, прежде чем действовать от его имени.
- Дайте человеку самому решить, сколько он хочет рассказать о случившемся.
- Предлагайте перерывы и при необходимости распределяйте работу на несколько встреч.
- Честно говорите, что результат нельзя гарантировать.

Начните с первого шага, когда почувствуете, что готовы. Обзор возможных видов помощи — на странице [Компенсация и финансовая помощь](/ru/info/compensation-and-financial-help).`,
      },
      es: {
        title: "Cómo solicitar una indemnización paso a paso",
        summary:
          "Una guía sencilla, paso a paso, para preparar una solicitud de indemnización o de ayuda económica. También incluye consejos para los profesionales que acompañan a una persona.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Solicitar una indemnización puede suponer mucho papeleo en un momento difícil. No tiene que hacerlo todo en un día. Puede pedir ayuda a una persona de confianza.

## Los pasos

1. **Encuentre el sistema adecuado.** Pregunte a un servicio de atención a víctimas, a un abogado o al organismo que tramita las solicitudes.
2. **Compruebe el plazo.** Anótelo en un lugar donde lo vea. Si queda poco tiempo, pregunte si puede enviar primero el formulario y después los documentos.
3. **Reúna las pruebas.** Suelen incluir una denuncia policial o un número de referencia, informes médicos y recibos de gastos.
4. **Rellene el formulario.** Responda a lo que se pregunta. Puede indicar que no sabe algo.
5. **Guarde copias.** Guarde una copia de todo lo que envíe y anote la fecha.
6. **Haga un seguimiento.** Si no recibe noticias, puede preguntar cómo va su solicitud. Si la respuesta es negativa, pregunte si puede pedir una revisión.

## Para profesionales que acompañan una solicitud

- Explique cada paso y compruebe que la persona está de acuerdo antes de actuar en su nombre.
- Deje que la persona decida cuánto quiere contar sobre lo ocurrido.
- Ofrezca pausas y reparta el trabajo en varias citas si es necesario.
- Diga con honestidad que no se puede prometer el resultado.

Empiece por el paso 1 cuando se sienta con fuerzas. Para conocer los tipos de ayuda que pueden existir, consulte [Indemnizaciones y ayuda económica](/es/info/compensation-and-financial-help).`,
      },
    },
  },
  // ---------------------------------------------------------------- health
  {
    kind: "page",
    slug: "psychological-support-after-an-attack",
    topic: "health",
    audiences: ["victims", "families", "practitioners"],
    sortOrder: 1,
    publishedOn: "2026-01-27",
    reviewedOn: "2026-07-14",
    translations: {
      ar: {
        title: "الدعم النفسي بعد الهجوم",
        summary: "ردود الفعل القوية بعد الهجوم شائعة ومفهومة. تصف هذه الصفحة بعضها، وتوضح أين يمكن العثور على الدعم.",
        contentWarning: "تصف هذه الصفحة ردود فعل شائعة على الصدمة، مثل الذكريات المتطفلة والخوف وصعوبة النوم.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

الهجوم حدث صادم. وبعده يلاحظ كثير من الناس تغيرات في مشاعرهم أو طريقة تفكيرهم أو نومهم. هذه ردود فعل شائعة على أمر ما كان ينبغي أن يحدث أبدًا. وهي ليست علامة ضعف.

## ردود فعل قد تلاحظها

- ذكريات أو صور تعود إليك رغمًا عنك؛
- صعوبة في النوم أو كوابيس؛
- الشعور بالتوتر أو الترقب الدائم أو الفزع لأدنى صوت؛
- الشعور بالخدر أو الانفصال عما حولك أو بحزن شديد؛
- الغضب أو الشعور بالذنب أو الخجل، مع أن ما حدث ليس خطأك؛
- تجنب أماكن أو أصوات أو أخبار تذكّرك بالهجوم.

لدى كثير من الناس، تخف هذه الردود تدريجيًا خلال الأسابيع التالية. كل شخص مختلف، ولا توجد طريقة واحدة صحيحة للشعور.

## ما قد يساعدك

حاول أن تحافظ على روتين بسيط، مثل تناول الوجبات والراحة بانتظام. اقضِ وقتًا مع أشخاص تثق بهم، وتحدث عندما ترغب في ذلك. قلّل من متابعة الأخبار والصور المتعلقة بالهجوم. وكن صبورًا مع نفسك. وإذا كنت من العاملين في هذا المجال، فأصغِ دون إلحاح على التفاصيل، ووضّح أن هذه الردود شائعة.

## متى تطلب مزيدًا من الدعم

يمكنك التحدث إلى طبيب أو إلى أخصائي في الصحة النفسية إذا لم تخف هذه الردود بعد عدة أسابيع، أو ازدادت سوءًا، أو جعلت حياتك اليومية صعبة. وقد يفيد الدعم حتى بعد أشهر أو سنوات. إذا راودتك أفكار بإيذاء نفسك، فاطلب المساعدة فورًا: انتقل إلى صفحة [احصل على المساعدة الآن](/ar/info/get-help-now). وإذا كنت تعتني بأطفال، فاطّلع على صفحة [مساعدة الأطفال والشباب](/ar/info/helping-children-and-young-people).`,
      },
      zh: {
        title: "袭击后的心理支持",
        summary: "袭击后出现强烈的反应很常见，也可以理解。本页介绍其中一些反应，并说明可以在哪里寻求支持。",
        contentWarning: "本页描述了常见的创伤反应，例如闯入性记忆、恐惧和睡眠困难。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

袭击是令人震惊的事件。事后，许多人会发现自己的感受、想法或睡眠发生了变化。这些是对本不该发生的事情的常见反应，并不代表您软弱。

## 您可能注意到的反应

- 不想回忆时，记忆或画面却反复出现；
- 难以入睡或做噩梦；
- 感到紧张、时刻警觉，或容易受惊；
- 感到麻木、疏离或非常悲伤；
- 感到愤怒、内疚或羞愧，尽管这并不是您的错；
- 回避会让您想起袭击的地方、声音或新闻。

对许多人来说，这些反应会在随后几周内逐渐减轻。每个人都不一样，感受没有对错之分。

## 可能有帮助的做法

尽量保持简单的日常规律，例如按时吃饭和休息。与您信任的人待在一起，想说话的时候就说出来。减少接触有关袭击的新闻和画面。对自己多一些耐心。如果您是专业人员，请耐心倾听，不要追问细节，并说明这些反应是常见的。

## 何时寻求更多支持

如果这些反应在几周后仍未减轻、变得更严重，或者影响日常生活，您可以找医生或心理健康专业人员谈一谈。即使在几个月或几年之后，支持也会有帮助。如果您有伤害自己的念头，请立即寻求帮助：请前往[立即获取帮助](/zh/info/get-help-now)。如果您照顾孩子，请参阅[帮助儿童和青少年](/zh/info/helping-children-and-young-people)。`,
      },
      en: {
        title: "Psychological support after an attack",
        summary:
          "Strong reactions after an attack are common and understandable. This page describes some of them and explains where support may be found.",
        contentWarning:
          "This page describes common reactions to trauma, such as intrusive memories, fear and difficulty sleeping.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

An attack is a shocking event. Afterwards, many people notice changes in how they feel, think or sleep. These are common reactions to something that should never have happened. They are not a sign of weakness.

## Reactions you may notice

- memories or images that come back when you do not want them;
- trouble sleeping, or bad dreams;
- feeling tense, on edge or easily startled;
- feeling numb, distant or very sad;
- anger, guilt or shame, even though it was not your fault;
- avoiding places, sounds or news that remind you of the attack.

For many people, these reactions ease over the following weeks. Everyone is different, and there is no right way to feel.

## Things that may help

Try to keep simple routines, such as regular meals and rest. Spend time with people you trust, and talk when you want to. Limit how much news and how many images of the attack you see. Be patient with yourself. If you are a practitioner, listen without pressing for details, and explain that these reactions are common.

## When to ask for more support

You may want to talk to a doctor or a mental health professional if reactions do not ease after several weeks, get worse, or make daily life hard. Support can help even months or years later. If you have thoughts of harming yourself, seek help at once: see [Get help now](/en/info/get-help-now). If you care for children, see [Helping children and young people](/en/info/helping-children-and-young-people).`,
      },
      fr: {
        title: "Soutien psychologique après un attentat",
        summary:
          "Des réactions fortes après un attentat sont fréquentes et compréhensibles. Cette page en décrit certaines et indique où trouver du soutien.",
        contentWarning:
          "Cette page décrit des réactions fréquentes au traumatisme, comme des souvenirs envahissants, la peur et des difficultés à dormir.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Un attentat est un événement bouleversant. Ensuite, beaucoup de personnes remarquent des changements dans leurs émotions, leurs pensées ou leur sommeil. Ce sont des réactions fréquentes face à quelque chose qui n'aurait jamais dû arriver. Elles ne sont pas un signe de faiblesse.

## Des réactions que vous pouvez remarquer

- des souvenirs ou des images qui reviennent sans que vous le vouliez ;
- des difficultés à dormir ou des cauchemars ;
- une sensation de tension, d'alerte permanente, ou des sursauts au moindre bruit ;
- une impression d'engourdissement, de distance, ou une grande tristesse ;
- de la colère, de la culpabilité ou de la honte, même si vous n'y êtes pour rien ;
- l'envie d'éviter des lieux, des sons ou des informations qui rappellent l'attentat.

Pour beaucoup de personnes, ces réactions diminuent au cours des semaines suivantes. Chacun est différent, et il n'y a pas de bonne façon de ressentir les choses.

## Ce qui peut aider

Essayez de garder des routines simples : des repas et du repos réguliers. Entourez-vous de personnes de confiance, et parlez quand vous le souhaitez. Limitez les informations et les images de l'attentat. Accordez-vous du temps. Si vous êtes professionnel, écoutez sans insister sur les détails, et expliquez que ces réactions sont fréquentes.

## Quand demander plus de soutien

Vous pouvez parler à un médecin ou à un professionnel de la santé mentale si les réactions ne diminuent pas après plusieurs semaines, s'aggravent ou rendent la vie quotidienne difficile. Un soutien peut aider même des mois ou des années plus tard. Si vous pensez à vous faire du mal, demandez de l'aide tout de suite : consultez [Obtenir de l'aide maintenant](/fr/info/get-help-now). Si vous vous occupez d'enfants, consultez [Aider les enfants et les jeunes](/fr/info/helping-children-and-young-people).`,
      },
      ru: {
        title: "Психологическая поддержка после нападения",
        summary:
          "Сильные реакции после нападения встречаются часто и вполне понятны. На этой странице описаны некоторые из них и рассказано, где можно найти поддержку.",
        contentWarning:
          "На этой странице описаны частые реакции на травму, например навязчивые воспоминания, страх и проблемы со сном.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Теракт — это сильное потрясение. После него многие замечают перемены в том, как они чувствуют, думают или спят. Это частые реакции на то, чего никогда не должно было случиться. Это не признак слабости.

## Реакции, которые вы можете заметить

- воспоминания или образы, которые возвращаются против вашей воли;
- проблемы со сном или кошмары;
- напряжение, настороженность, вздрагивание от резких звуков;
- оцепенение, отстранённость или сильная грусть;
- гнев, чувство вины или стыда, хотя вашей вины в случившемся нет;
- желание избегать мест, звуков или новостей, которые напоминают о нападении.

У многих людей эти реакции ослабевают в течение следующих недель. Все люди разные, и нет «правильного» способа чувствовать.

## Что может помочь

Старайтесь сохранять простой распорядок: регулярно ешьте и отдыхайте. Проводите время с людьми, которым доверяете, и говорите, когда вам этого хочется. Ограничьте количество новостей и изображений нападения. Будьте терпеливы к себе. Если вы специалист, слушайте, не настаивая на подробностях, и объясняйте, что такие реакции встречаются часто.

## Когда обратиться за дополнительной помощью

Вы можете обратиться к врачу или специалисту в области психического здоровья, если реакции не ослабевают через несколько недель, усиливаются или мешают повседневной жизни. Поддержка может помочь даже спустя месяцы или годы. Если у вас появляются мысли о том, чтобы причинить себе вред, сразу обратитесь за помощью: откройте страницу [Срочная помощь](/ru/info/get-help-now). Если вы заботитесь о детях, прочитайте страницу [Как помочь детям и подросткам](/ru/info/helping-children-and-young-people).`,
      },
      es: {
        title: "Apoyo psicológico después de un atentado",
        summary:
          "Tener reacciones intensas después de un atentado es frecuente y comprensible. Esta página describe algunas de ellas y explica dónde puede encontrar apoyo.",
        contentWarning:
          "Esta página describe reacciones frecuentes al trauma, como recuerdos intrusivos, miedo y dificultades para dormir.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Un atentado es un hecho muy impactante. Después, muchas personas notan cambios en cómo se sienten, piensan o duermen. Son reacciones frecuentes ante algo que nunca debió ocurrir. No son una señal de debilidad.

## Reacciones que puede notar

- recuerdos o imágenes que vuelven aunque no quiera;
- dificultades para dormir o pesadillas;
- sensación de tensión o de alerta, o sobresaltos con facilidad;
- sensación de vacío, de distancia o de mucha tristeza;
- rabia, culpa o vergüenza, aunque no fue culpa suya;
- ganas de evitar lugares, sonidos o noticias que le recuerden el atentado.

Para muchas personas, estas reacciones disminuyen en las semanas siguientes. Cada persona es diferente, y no hay una forma correcta de sentirse.

## Lo que puede ayudar

Intente mantener rutinas sencillas, como comer y descansar con regularidad. Pase tiempo con personas de confianza y hable cuando quiera hacerlo. Limite las noticias e imágenes del atentado. Dese tiempo. Si es usted profesional, escuche sin insistir en los detalles y explique que estas reacciones son frecuentes.

## Cuándo pedir más apoyo

Puede hablar con un médico o con un profesional de la salud mental si las reacciones no disminuyen después de varias semanas, empeoran o le dificultan la vida diaria. El apoyo puede ayudar incluso meses o años después. Si tiene pensamientos de hacerse daño, pida ayuda de inmediato: consulte [Obtener ayuda ahora](/es/info/get-help-now). Si cuida de niños, consulte [Cómo ayudar a niños, niñas y jóvenes](/es/info/helping-children-and-young-people).`,
      },
    },
  },
  {
    kind: "page",
    slug: "physical-recovery-and-medical-care",
    topic: "health",
    audiences: ["victims"],
    sortOrder: 2,
    publishedOn: "2026-04-07",
    reviewedOn: "2026-09-29",
    // Only en, fr and es on purpose: the portal shows a fallback notice for the other locales.
    translations: {
      en: {
        title: "Physical recovery and medical care",
        summary:
          "Recovering from injuries can take time. This page offers general tips on follow-up care, keeping records and looking after yourself.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Physical injuries from an attack can take time to heal. Some effects appear only later. Recovery is rarely a straight line, and that is normal.

## Follow-up care

- Go to follow-up appointments, even if you feel better.
- Tell your doctor about new or changing symptoms, such as pain, dizziness or problems with hearing. Loud explosions can affect hearing.
- Ask whether rehabilitation, such as physiotherapy, could help you.
- If you were treated in another country, ask for copies of your medical records to share with your doctor at home.

## Keep a record

Medical records may be needed later, for example for compensation or insurance. You may keep a folder with:

- reports, prescriptions and appointment letters;
- receipts for medical costs and for travel to appointments;
- a short diary of your symptoms and how they affect your daily life.

## Looking after yourself

Rest when you need to, and accept practical help from people you trust. Body and mind are linked: pain and poor sleep can affect your mood, and stress can make recovery harder. You may seek support for both; see [Psychological support after an attack](/en/info/psychological-support-after-an-attack). For financial help, see [Compensation and financial help](/en/info/compensation-and-financial-help). If you have severe pain, heavy bleeding or trouble breathing, call the emergency number or see [Get help now](/en/info/get-help-now).`,
      },
      fr: {
        title: "Rétablissement physique et soins médicaux",
        summary:
          "Se remettre de ses blessures peut prendre du temps. Cette page donne des conseils généraux sur le suivi médical, la conservation des documents et le soin de soi.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Les blessures physiques causées par un attentat peuvent mettre du temps à guérir. Certains effets n'apparaissent que plus tard. Le rétablissement suit rarement une ligne droite, et c'est normal.

## Le suivi médical

- Allez à vos rendez-vous de suivi, même si vous vous sentez mieux.
- Signalez à votre médecin tout symptôme nouveau ou qui évolue, comme des douleurs, des vertiges ou des troubles de l'audition. Les fortes explosions peuvent affecter l'audition.
- Demandez si une rééducation, par exemple de la kinésithérapie, pourrait vous aider.
- Si vous avez reçu des soins dans un autre pays, demandez une copie de votre dossier médical pour votre médecin habituel.

## Garder une trace

Les documents médicaux peuvent être utiles plus tard, par exemple pour une indemnisation ou une assurance. Vous pouvez garder un dossier avec :

- les comptes rendus, les ordonnances et les convocations ;
- les factures de soins et les frais de transport vers vos rendez-vous ;
- un court journal de vos symptômes et de leurs effets sur votre vie quotidienne.

## Prendre soin de vous

Reposez-vous quand vous en avez besoin, et acceptez l'aide pratique de personnes de confiance. Le corps et l'esprit sont liés : la douleur et le manque de sommeil peuvent affecter le moral, et le stress peut rendre le rétablissement plus difficile. Vous pouvez demander du soutien pour les deux ; consultez [Soutien psychologique après un attentat](/fr/info/psychological-support-after-an-attack). Pour l'aide financière, consultez [Indemnisation et aide financière](/fr/info/compensation-and-financial-help). En cas de douleur intense, de saignement important ou de difficulté à respirer, appelez le numéro d'urgence ou consultez [Obtenir de l'aide maintenant](/fr/info/get-help-now).`,
      },
      es: {
        title: "Recuperación física y atención médica",
        summary:
          "Recuperarse de las lesiones puede llevar tiempo. Esta página ofrece consejos generales sobre el seguimiento médico, la conservación de documentos y el cuidado personal.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Las lesiones físicas causadas por un atentado pueden tardar en curarse. Algunos efectos aparecen solo más tarde. La recuperación rara vez es un camino recto, y eso es normal.

## Seguimiento médico

- Acuda a las citas de seguimiento, aunque se sienta mejor.
- Informe a su médico de cualquier síntoma nuevo o que cambie, como dolor, mareos o problemas de audición. Las explosiones fuertes pueden afectar a la audición.
- Pregunte si la rehabilitación, por ejemplo la fisioterapia, podría ayudarle.
- Si recibió atención en otro país, pida una copia de su historia clínica para compartirla con su médico habitual.

## Guarde un registro

Los documentos médicos pueden ser necesarios más adelante, por ejemplo para una indemnización o un seguro. Puede guardar una carpeta con:

- informes, recetas y citaciones;
- recibos de gastos médicos y de desplazamiento a las citas;
- un breve diario de sus síntomas y de cómo afectan a su vida diaria.

## Cuidarse

Descanse cuando lo necesite y acepte la ayuda práctica de personas de confianza. El cuerpo y la mente están unidos: el dolor y la falta de sueño pueden afectar al estado de ánimo, y el estrés puede dificultar la recuperación. Puede buscar apoyo para ambos; consulte [Apoyo psicológico después de un atentado](/es/info/psychological-support-after-an-attack). Para la ayuda económica, consulte [Indemnizaciones y ayuda económica](/es/info/compensation-and-financial-help). Si tiene un dolor intenso, una hemorragia importante o dificultad para respirar, llame al número de emergencias o consulte [Obtener ayuda ahora](/es/info/get-help-now).`,
      },
    },
  },
  // --------------------------------------------------------------- justice
  {
    kind: "page",
    slug: "taking-part-in-criminal-proceedings",
    topic: "justice",
    audiences: ["victims", "families", "practitioners"],
    sortOrder: 1,
    publishedOn: "2026-03-03",
    reviewedOn: "2026-10-12",
    translations: {
      ar: {
        title: "المشاركة في الإجراءات الجنائية",
        summary: "بعد الهجوم، قد يجري تحقيق وتُعقد محاكمة. تشرح هذه الصفحة بشكل عام كيف يمكن للضحايا وأسرهم المشاركة فيها.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

قد تستغرق الإجراءات الجنائية بعد هجوم إرهابي وقتًا طويلًا. وقد تعيد إليك ذكريات صعبة. يمكنك أن تختار إلى أي مدى تريد متابعتها، ويمكنك أن تغير رأيك لاحقًا.

## كيف يمكنك المشاركة

يختلف دور الضحايا من نظام قانوني إلى آخر. وبحسب البلد، قد يمكنك:

- الحصول على معلومات عن التحقيق ومواعيد الجلسات؛
- الإدلاء بإفادة أمام الشرطة أو المحكمة؛
- الانضمام إلى الدعوى بوصفك طرفًا فيها، في بعض الأنظمة القانونية؛
- وصف أثر الهجوم في حياتك؛
- الاستعانة بمحامٍ، وأحيانًا بمساعدة قانونية مجانية؛
- طلب تدابير حماية إذا كنت لا تشعر بالأمان.

## الاستعداد للمحكمة

- اسأل عمّا إذا كان بإمكانك زيارة قاعة المحكمة قبل الجلسة.
- اسأل عمّا إذا كانت هناك قاعة انتظار منفصلة للضحايا.
- اصطحب معك شخصًا تثق به، إذا كان ذلك مسموحًا.
- اسأل كيف يمكنك أخذ استراحة إذا احتجت إليها.

يمكن للعاملين في هذا المجال المساعدة بشرح كل مرحلة بكلمات بسيطة، وتوضيح ما يمكن توقعه. اسأل الشرطة أو النيابة العامة أو إحدى خدمات دعم الضحايا عن الخيارات المتاحة لك، وعمّا إذا كانت هناك مواعيد نهائية. وإذا كان حضور الصحفيين في المحكمة يقلقك، فاطّلع على صفحة [التعامل مع وسائل الإعلام](/ar/info/dealing-with-the-media). وإذا كنت لا تشعر بالأمان، فراجع صفحة [السلامة](/ar/info/safety).`,
      },
      zh: {
        title: "参与刑事诉讼",
        summary: "袭击发生后，可能会有调查和审判。本页概括介绍受害者及其家人可以如何参与。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

恐怖袭击之后的刑事诉讼可能会持续很长时间，也可能勾起痛苦的回忆。您可以自己决定在多大程度上关注诉讼，之后也可以改变主意。

## 您可以如何参与

受害者的角色因法律制度而异。视国家不同，您或许可以：

- 获得有关调查和开庭日期的信息；
- 向警方或法院作出陈述；
- 在某些法律制度下，作为当事方参与诉讼；
- 讲述袭击对您生活造成的影响；
- 获得律师的协助，有时可以获得免费法律援助；
- 如果感到不安全，申请保护措施。

## 出庭前的准备

- 询问能否在开庭前参观法庭。
- 询问是否有供受害者使用的单独候审室。
- 如果允许，请一位您信任的人陪同。
- 询问如果需要休息，可以怎么做。

专业人员可以用通俗的语言解释每个阶段，并告诉当事人会发生什么，从而提供帮助。您可以向警方、检察机关或受害者支持服务机构询问您有哪些选择，以及是否有期限要求。如果您担心法庭上有记者，请参阅[应对媒体](/zh/info/dealing-with-the-media)。如果您感到不安全，请参阅[安全](/zh/info/safety)。`,
      },
      en: {
        title: "Taking part in criminal proceedings",
        summary:
          "After an attack, there may be an investigation and a trial. This page explains, in general terms, how victims and families may be able to take part.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Criminal proceedings after a terrorist attack can take a long time. They can bring back difficult memories. You may choose how closely you want to follow them, and you may change your mind later.

## How you may be able to take part

The role of victims differs between legal systems. Depending on the country, you may be able to:

- receive information about the investigation and the dates of hearings;
- give a statement to the police or the court;
- join the proceedings as a party, in some legal systems;
- describe how the attack has affected your life;
- be assisted by a lawyer, sometimes with free legal aid;
- ask for protection measures if you feel unsafe.

## Preparing for court

- Ask whether you can visit the courtroom before the hearing.
- Ask whether there is a separate waiting area for victims.
- Bring someone you trust, if this is allowed.
- Ask how you can take a break if you need one.

Practitioners can help by explaining each stage in plain words and saying what to expect. Ask the police, the prosecutor's office or a victim support service about your options and whether any deadlines apply. If you are worried about journalists at court, see [Dealing with the media](/en/info/dealing-with-the-media). If you feel unsafe, see [Safety](/en/info/safety).`,
      },
      fr: {
        title: "Participer à la procédure pénale",
        summary:
          "Après un attentat, il peut y avoir une enquête et un procès. Cette page explique, de façon générale, comment les victimes et leurs proches peuvent y prendre part.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Une procédure pénale après un attentat peut durer longtemps. Elle peut raviver des souvenirs difficiles. Vous pouvez choisir de la suivre de près ou de loin, et changer d'avis plus tard.

## Comment vous pouvez y prendre part

La place des victimes varie selon les systèmes juridiques. Selon le pays, vous pourrez peut-être :

- recevoir des informations sur l'enquête et les dates d'audience ;
- faire une déclaration à la police ou au tribunal ;
- devenir partie à la procédure, dans certains systèmes juridiques ;
- décrire les conséquences de l'attentat sur votre vie ;
- bénéficier de l'assistance d'un avocat, parfois gratuitement ;
- demander des mesures de protection si vous ne vous sentez pas en sécurité.

## Se préparer à l'audience

- Demandez s'il est possible de visiter la salle d'audience avant le procès.
- Demandez s'il existe une salle d'attente séparée pour les victimes.
- Venez avec une personne de confiance, si c'est permis.
- Demandez comment faire une pause si vous en avez besoin.

Les professionnels peuvent aider en expliquant chaque étape avec des mots simples et en disant à quoi s'attendre. Renseignez-vous auprès de la police, du ministère public ou d'un service d'aide aux victimes sur vos possibilités et sur les éventuels délais. Si la présence de journalistes au tribunal vous inquiète, consultez [Faire face aux médias](/fr/info/dealing-with-the-media). Si vous ne vous sentez pas en sécurité, consultez [Sécurité](/fr/info/safety).`,
      },
      ru: {
        title: "Участие в уголовном процессе",
        summary:
          "После нападения может проводиться расследование и суд. На этой странице в общих чертах рассказано, как пострадавшие и их семьи могут в этом участвовать.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Уголовный процесс после теракта может длиться долго. Он может пробуждать тяжёлые воспоминания. Вы можете сами решить, насколько внимательно следить за ним, и позже изменить своё решение.

## Как вы можете участвовать

Роль пострадавших в разных правовых системах различается. В зависимости от страны вы, возможно, сможете:

- получать информацию о ходе расследования и датах заседаний;
- давать показания полиции или суду;
- участвовать в процессе в качестве стороны — в некоторых правовых системах;
- рассказать, как нападение повлияло на вашу жизнь;
- получить помощь адвоката, иногда бесплатно;
- попросить о мерах защиты, если вы чувствуете угрозу.

## Подготовка к суду

- Спросите, можно ли заранее осмотреть зал суда.
- Узнайте, есть ли отдельное помещение, где пострадавшие могут ожидать заседания.
- Возьмите с собой человека, которому доверяете, если это разрешено.
- Спросите, как можно сделать перерыв, если он понадобится.

Специалисты могут помочь, объясняя каждый этап простыми словами и рассказывая, чего ожидать. Узнайте в полиции, прокуратуре или службе помощи пострадавшим, какие у вас есть возможности и действуют ли какие-либо сроки. Если вас беспокоит присутствие журналистов в суде, прочитайте страницу [Общение со СМИ](/ru/info/dealing-with-the-media). Если вы чувствуете угрозу, откройте страницу [Безопасность](/ru/info/safety).`,
      },
      es: {
        title: "Cómo participar en el proceso penal",
        summary:
          "Después de un atentado puede haber una investigación y un juicio. Esta página explica, de forma general, cómo pueden participar las víctimas y sus familias.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Un proceso penal tras un atentado puede durar mucho tiempo. Puede traer recuerdos difíciles. Usted puede elegir hasta qué punto quiere seguirlo, y puede cambiar de opinión más adelante.

## Cómo puede participar

El papel de las víctimas varía según el sistema jurídico. Según el país, quizá pueda:

- recibir información sobre la investigación y las fechas de las vistas;
- prestar declaración ante la policía o el tribunal;
- personarse como parte en el proceso, en algunos sistemas jurídicos;
- explicar cómo el atentado ha afectado a su vida;
- contar con la asistencia de un abogado, a veces de forma gratuita;
- pedir medidas de protección si teme por su seguridad.

## Prepararse para el juicio

- Pregunte si puede visitar la sala antes de la vista.
- Pregunte si hay una sala de espera separada para las víctimas.
- Acuda con una persona de confianza, si está permitido.
- Pregunte cómo puede hacer una pausa si la necesita.

Los profesionales pueden ayudar explicando cada etapa con palabras sencillas y contando qué se puede esperar. Pregunte a la policía, a la fiscalía o a un servicio de atención a víctimas qué opciones tiene y si hay plazos que cumplir. Si le preocupa la presencia de periodistas en el tribunal, consulte [Cómo tratar con los medios de comunicación](/es/info/dealing-with-the-media). Si teme por su seguridad, consulte [Seguridad](/es/info/safety).`,
      },
    },
  },
  // ----------------------------------------------------------------- media
  {
    kind: "page",
    slug: "dealing-with-the-media",
    topic: "media",
    audiences: ["victims", "families", "associations"],
    sortOrder: 1,
    publishedOn: "2026-03-17",
    reviewedOn: "2026-10-12",
    translations: {
      ar: {
        title: "التعامل مع وسائل الإعلام",
        summary: "قد يتصل بك صحفيون بعد الهجوم. ولك أن تقرر ما إذا كنت ستتحدث إليهم، ومتى، وكيف.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

بعد الهجوم، قد يكون اهتمام وسائل الإعلام كبيرًا. قد يتصل بك الصحفيون أو يراسلونك أو يأتون إلى منزلك. يجد بعض الناس أن الحديث يفيدهم، ويفضّل آخرون ألا يتحدثوا. وكلا الخيارين مقبول.

## خياراتك

- يمكنك أن تقول «لا» أو «ليس الآن» دون أن تذكر سببًا.
- يمكنك أن تسأل الصحفي عن الجهة التي يعمل لصالحها، وكيف سيستخدم كلامك.
- يمكنك أن تطلب شروطًا، مثل عدم التقاط صور أو عدم ذكر أسماء أطفالك.
- يمكنك أن تعدّ بيانًا مكتوبًا قصيرًا بدلًا من إجراء مقابلة.
- يمكنك أن تطلب من شخص تثق به أن يتحدث نيابة عنك.

## على الإنترنت ووسائل التواصل الاجتماعي

قد تنتشر الصور والمعلومات الشخصية بسرعة على الإنترنت. ربما ترغب في مراجعة إعدادات الخصوصية لديك، وفي أن تطلب من أصدقائك ألا ينشروا شيئًا عنك دون أن يستأذنوك. إذا رأيت محتوى كاذبًا أو جارحًا، يمكنك الإبلاغ عنه لدى المنصة. ولست مضطرًا إلى قراءة التعليقات.

## لجمعيات الضحايا

يمكن للجمعيات أن تساعد أعضاءها بتخصيص شخص واحد للتواصل بشأن طلبات وسائل الإعلام، وبمشاركة إرشادات بسيطة. واستأذنوا الأعضاء دائمًا قبل إعطاء بياناتهم لأي جهة. وإذا كانت هناك محاكمة، فاطّلع على صفحة [المشاركة في الإجراءات الجنائية](/ar/info/taking-part-in-criminal-proceedings). وفي حال التعرض للمضايقة أو الشعور بعدم الأمان، راجع صفحة [السلامة](/ar/info/safety).`,
      },
      zh: {
        title: "应对媒体",
        summary: "袭击发生后，记者可能会联系您。是否接受采访、何时接受以及以何种方式接受，都由您决定。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

袭击发生后，媒体可能会高度关注。记者可能会打电话、写信，或直接上门。有些人觉得说出来有帮助，也有人不愿意谈。两种选择都可以。

## 您的选择

- 您可以拒绝，或者说“现在不行”，不需要说明理由。
- 您可以询问记者为哪家媒体工作，以及您的话会被如何使用。
- 您可以提出条件，例如不拍照，或不公开您孩子的名字。
- 您可以准备一份简短的书面声明，代替接受采访。
- 您可以请一位信任的人代表您发言。

## 网络和社交媒体

照片和个人信息可能会在网上迅速传播。您可以检查自己的隐私设置，并请亲友在发布与您有关的内容之前先征得您的同意。如果看到虚假或伤害性的内容，您可以向平台举报。您不必去看评论。

## 给受害者协会的建议

协会可以为成员指定一名专门处理媒体请求的联系人，并分享简单的指导，以此为成员提供帮助。在转交成员的联系方式之前，务必先征得本人同意。如果要出庭，请参阅[参与刑事诉讼](/zh/info/taking-part-in-criminal-proceedings)。如果受到骚扰或感到不安全，请参阅[安全](/zh/info/safety)。`,
      },
      en: {
        title: "Dealing with the media",
        summary: "Journalists may contact you after an attack. You can decide whether, when and how to speak to them.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

After an attack, there can be strong media interest. Journalists may call, write or come to your door. Some people find it helpful to speak. Others prefer not to. Both choices are fine.

## Your choices

- You can say no, or "not now", without giving a reason.
- You can ask who the journalist works for and how your words will be used.
- You can ask for conditions, such as no photos or no names of your children.
- You can prepare a short written statement instead of giving an interview.
- You can ask someone you trust to speak for you.

## Online and on social media

Pictures and personal details can spread fast online. You may want to check your privacy settings, and ask friends not to post about you without asking you first. If you see false or hurtful content, you can report it to the platform. You do not have to read the comments.

## For victims' associations

Associations can help members by offering one contact person for media requests and by sharing simple guidance. Always ask members before passing on their details. If someone is going to court, see [Taking part in criminal proceedings](/en/info/taking-part-in-criminal-proceedings). If anyone feels harassed or unsafe, see [Safety](/en/info/safety).`,
      },
      fr: {
        title: "Faire face aux médias",
        summary: "Des journalistes peuvent vous contacter après un attentat. Vous pouvez décider si, quand et comment leur parler.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Après un attentat, l'intérêt des médias peut être très fort. Des journalistes peuvent vous appeler, vous écrire ou venir chez vous. Certaines personnes trouvent utile de parler. D'autres préfèrent ne pas le faire. Les deux choix sont légitimes.

## Vos choix

- Vous pouvez dire non, ou « pas maintenant », sans vous justifier.
- Vous pouvez demander pour quel média travaille le journaliste et comment vos propos seront utilisés.
- Vous pouvez demander des conditions, par exemple aucune photo ou aucun prénom de vos enfants.
- Vous pouvez préparer une courte déclaration écrite plutôt que donner une interview.
- Vous pouvez demander à une personne de confiance de parler à votre place.

## En ligne et sur les réseaux sociaux

Les photos et les informations personnelles peuvent circuler très vite en ligne. Vous pouvez vérifier vos paramètres de confidentialité et demander à vos proches de ne rien publier sur vous sans votre accord. Si vous voyez un contenu faux ou blessant, vous pouvez le signaler à la plateforme. Rien ne vous oblige à lire les commentaires.

## Pour les associations de victimes

Les associations peuvent aider leurs membres en proposant une personne de contact unique pour les demandes des médias et en partageant des conseils simples. Demandez toujours l'accord des membres avant de transmettre leurs coordonnées. En vue d'un procès, consultez [Participer à la procédure pénale](/fr/info/taking-part-in-criminal-proceedings). En cas de harcèlement ou d'insécurité, consultez [Sécurité](/fr/info/safety).`,
      },
      ru: {
        title: "Общение со СМИ",
        summary: "После нападения с вами могут связаться журналисты. Вы сами решаете, говорить ли с ними, когда и как.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

После теракта интерес СМИ может быть очень большим. Журналисты могут звонить, писать или приходить к вам домой. Некоторым людям помогает возможность высказаться. Другие предпочитают не давать комментариев. Оба выбора нормальны.

## Ваш выбор

- Вы можете сказать «нет» или «не сейчас», ничего не объясняя.
- Вы можете спросить, на какое издание работает журналист и как будут использованы ваши слова.
- Вы можете поставить условия, например не фотографировать вас или не называть имена ваших детей.
- Вы можете подготовить короткое письменное заявление вместо интервью.
- Вы можете попросить человека, которому доверяете, говорить от вашего имени.

## В интернете и социальных сетях

Фотографии и личные данные быстро распространяются в интернете. Возможно, стоит проверить настройки конфиденциальности и попросить знакомых ничего не публиковать о вас без вашего согласия. Если вы видите ложные или оскорбительные материалы, о них можно сообщить платформе. Читать комментарии вы не обязаны.

## Ассоциациям пострадавших

Ассоциации могут помочь своим членам, назначив одно контактное лицо для запросов СМИ и поделившись простыми рекомендациями. Всегда спрашивайте согласия, прежде чем передавать чьи-либо контактные данные. Если предстоит суд, прочитайте страницу [Участие в уголовном процессе](/ru/info/taking-part-in-criminal-proceedings). При преследовании или угрозах откройте страницу [Безопасность](/ru/info/safety).`,
      },
      es: {
        title: "Cómo tratar con los medios de comunicación",
        summary:
          "Es posible que los periodistas se pongan en contacto con usted después de un atentado. Usted puede decidir si habla con ellos, cuándo y cómo.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Después de un atentado, el interés de los medios puede ser muy grande. Los periodistas pueden llamarle, escribirle o presentarse en su casa. A algunas personas les ayuda hablar. Otras prefieren no hacerlo. Las dos opciones son válidas.

## Sus opciones

- Puede decir que no, o «ahora no», sin dar explicaciones.
- Puede preguntar para qué medio trabaja el periodista y cómo se usarán sus palabras.
- Puede pedir condiciones, por ejemplo que no haya fotos o que no se nombre a sus hijos.
- Puede preparar una breve declaración escrita en lugar de dar una entrevista.
- Puede pedir a una persona de confianza que hable en su nombre.

## En internet y en las redes sociales

Las fotos y los datos personales pueden difundirse muy rápido en internet. Puede revisar su configuración de privacidad y pedir a sus allegados que no publiquen nada sobre usted sin preguntarle antes. Si ve contenidos falsos o hirientes, puede denunciarlos ante la plataforma. No tiene por qué leer los comentarios.

## Para las asociaciones de víctimas

Las asociaciones pueden ayudar a sus miembros ofreciendo una única persona de contacto para las peticiones de los medios y compartiendo pautas sencillas. Pidan siempre permiso a los miembros antes de facilitar sus datos. Si hay un juicio, consulte [Cómo participar en el proceso penal](/es/info/taking-part-in-criminal-proceedings). Ante el acoso o la falta de seguridad, consulte [Seguridad](/es/info/safety).`,
      },
    },
  },
  // ------------------------------------------------------------- practical
  {
    kind: "page",
    slug: "practical-matters-in-the-first-days",
    topic: "practical",
    audiences: ["victims", "families"],
    sortOrder: 1,
    publishedOn: "2026-01-13",
    reviewedOn: "2026-06-23",
    translations: {
      ar: {
        title: "الأمور العملية في الأيام الأولى",
        summary: "قد تكون الأيام الأولى بعد الهجوم مربكة. تعرض هذه الصفحة بعض الأمور العملية التي قد تساعدك، خطوة بخطوة.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

في الأيام الأولى، قد تشعر بالصدمة أو التعب أو بعدم القدرة على التفكير بوضوح. وهذا أمر شائع. لست مضطرًا إلى تدبير كل شيء وحدك. ركّز على ما هو أكثر إلحاحًا، ودع الآخرين يساعدونك في الباقي.

## الأمور الأولى

- إذا كان أحد في خطر أو يحتاج إلى رعاية طبية، فاتصل برقم الطوارئ. تستخدم بلدان كثيرة الرقم 112 (في جميع أنحاء الاتحاد الأوروبي) أو الرقم 911 (في أمريكا الشمالية).
- أخبر المقربين منك بمكان وجودك.
- استرح وتناول الطعام واشرب الماء، حتى لو لم تكن لديك رغبة في ذلك.
- إذا كنت تبحث عن قريب مفقود، فاسأل الشرطة أو السلطات عن جهة الاتصال التي ينبغي أن تتواصل معها.

## الأوراق وجهات الاتصال

- خصص دفترًا للملاحظات. دوّن فيه أسماء من تتحدث إليهم وأرقام هواتفهم والأرقام المرجعية.
- احفظ جميع المستندات في مكان واحد، مثل الأوراق الطبية ومحاضر الشرطة والإيصالات.
- إذا رغبت في ذلك، أبلغ جهة عملك أو مدرستك بأنك تحتاج إلى وقت.
- راجع وثائق التأمين الخاصة بك، فقد يغطي بعضها تكاليف ناتجة عن الهجوم.
- إذا فقدت وثائق هويتك، فاسأل السلطات عن طريقة استبدالها.

عندما تُحسم الأمور الأكثر إلحاحًا، يمكنك أن تقرأ عن [حقوقك بوصفك ضحية](/ar/info/your-rights-as-a-victim) وعن [التعويض والمساعدة المالية](/ar/info/compensation-and-financial-help). وإذا كنت بحاجة إلى مساعدة الآن، فانتقل إلى صفحة [احصل على المساعدة الآن](/ar/info/get-help-now). وإذا كنت لا تشعر بالأمان، فراجع صفحة [السلامة](/ar/info/safety).`,
      },
      zh: {
        title: "最初几天的实际事务",
        summary: "袭击发生后的最初几天可能让人感到混乱。本页列出一些可能有帮助的实际事项，您可以一步一步来。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

在最初几天里，您可能会感到震惊、疲惫，或者无法清晰地思考。这很常见。您不必独自处理所有事情。先关注最紧急的事，其余的可以让别人帮忙。

## 首先要做的事

- 如果有人处于危险之中或需要医疗救助，请拨打紧急电话。许多国家使用112（欧盟各国通用）或911（北美）。
- 让亲近的人知道您在哪里。
- 即使没有胃口，也要休息、吃东西、喝水。
- 如果您在寻找失踪的亲人，请向警方或有关部门询问应该联系哪个联络点。

## 文件和联系方式

- 准备一个笔记本，记下与您交谈过的人的姓名、电话号码和相关编号。
- 把所有文件放在同一个地方，例如医疗文件、警方报告和收据。
- 如果您愿意，可以告诉雇主或学校您需要一些时间。
- 查看您的保险单。有些保险可能会承担袭击后产生的费用。
- 如果您的身份证件丢失了，请向有关部门询问如何补办。

最紧急的事情处理好之后，您可以阅读[您作为受害者的权利](/zh/info/your-rights-as-a-victim)和[赔偿和经济援助](/zh/info/compensation-and-financial-help)。如果您现在就需要帮助，请前往[立即获取帮助](/zh/info/get-help-now)。如果您感到不安全，请参阅[安全](/zh/info/safety)。`,
      },
      en: {
        title: "Practical matters in the first days",
        summary:
          "The first days after an attack can be confusing. This page lists some practical things that may help, one step at a time.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

In the first days, you may feel shocked, tired or unable to think clearly. That is common. You do not have to deal with everything yourself. Focus on what is most urgent, and let others help with the rest.

## First things

- If anyone is in danger or needs medical care, call the emergency number. Many countries use 112 (across the European Union) or 911 (in North America).
- Let the people close to you know where you are.
- Rest, eat and drink water, even if you do not feel like it.
- If you are looking for a missing relative, ask the police or the authorities which contact point to use.

## Papers and contacts

- Keep a notebook. Write down the names, phone numbers and reference numbers of the people you speak to.
- Keep all documents in one place, such as medical papers, police reports and receipts.
- If you wish, tell your employer or school that you need time.
- Check your insurance policies. Some may cover costs after an attack.
- If your identity documents were lost, ask the authorities how to replace them.

When the most urgent matters are settled, you can read about [your rights as a victim](/en/info/your-rights-as-a-victim) and [compensation and financial help](/en/info/compensation-and-financial-help). If you need help now, see [Get help now](/en/info/get-help-now). If you feel unsafe, see [Safety](/en/info/safety).`,
      },
      fr: {
        title: "Les questions pratiques des premiers jours",
        summary:
          "Les premiers jours après un attentat peuvent être confus. Cette page présente quelques démarches pratiques qui peuvent aider, une étape à la fois.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Dans les premiers jours, le choc, la fatigue ou la difficulté à réfléchir clairement sont fréquents. Personne n'attend de vous que vous gériez tout. Concentrez-vous sur le plus urgent, et laissez d'autres personnes vous aider pour le reste.

## Les premières choses

- Si quelqu'un est en danger ou a besoin de soins, appelez le numéro d'urgence. De nombreux pays utilisent le 112 (dans toute l'Union européenne) ou le 911 (en Amérique du Nord).
- Faites savoir à vos proches où vous êtes.
- Reposez-vous, mangez et buvez de l'eau, même sans en avoir envie.
- Si vous cherchez un proche disparu, demandez à la police ou aux autorités quel point de contact utiliser.

## Papiers et contacts

- Gardez un carnet. Notez les noms, numéros de téléphone et numéros de dossier des personnes à qui vous parlez.
- Rangez tous les documents au même endroit : papiers médicaux, rapports de police, factures.
- Si vous le souhaitez, prévenez votre employeur ou votre établissement scolaire que vous avez besoin de temps.
- Vérifiez vos contrats d'assurance. Certains peuvent couvrir des frais après un attentat.
- Si vos papiers d'identité ont été perdus, demandez aux autorités comment les remplacer.

Quand le plus urgent est réglé, vous pouvez lire les pages sur [vos droits en tant que victime](/fr/info/your-rights-as-a-victim) et sur [l'indemnisation et l'aide financière](/fr/info/compensation-and-financial-help). Si vous avez besoin d'aide maintenant, consultez [Obtenir de l'aide maintenant](/fr/info/get-help-now). Si vous ne vous sentez pas en sécurité, consultez [Sécurité](/fr/info/safety).`,
      },
      ru: {
        title: "Практические вопросы в первые дни",
        summary:
          "Первые дни после нападения могут быть очень тяжёлыми и запутанными. На этой странице перечислены практические шаги, которые могут помочь, — по одному за раз.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

В первые дни вы можете чувствовать шок, усталость или неспособность ясно мыслить. Это обычное состояние. Не нужно справляться со всем в одиночку. Сосредоточьтесь на самом срочном, а в остальном позвольте другим помочь вам.

## Самое первое

- Если кто-то в опасности или нуждается в медицинской помощи, звоните по номеру экстренных служб. Во многих странах это 112 (во всём Европейском союзе) или 911 (в Северной Америке).
- Сообщите близким, где вы находитесь.
- Отдыхайте, ешьте и пейте воду, даже если не хочется.
- Если вы ищете пропавшего родственника, спросите в полиции или у властей, куда обращаться.

## Документы и контакты

- Заведите блокнот. Записывайте имена, телефоны и номера дел тех, с кем вы разговариваете.
- Храните все документы в одном месте: медицинские бумаги, протоколы полиции, чеки.
- Если хотите, сообщите работодателю или учебному заведению, что вам нужно время.
- Проверьте свои страховые полисы. Некоторые из них могут покрывать расходы после теракта.
- Если вы потеряли документы, удостоверяющие личность, узнайте у властей, как их восстановить.

Когда самые срочные дела будут решены, прочитайте о [ваших правах как пострадавшего](/ru/info/your-rights-as-a-victim) и о [компенсации и финансовой помощи](/ru/info/compensation-and-financial-help). Если помощь нужна прямо сейчас, откройте страницу [Срочная помощь](/ru/info/get-help-now). Если вы чувствуете угрозу, прочитайте страницу [Безопасность](/ru/info/safety).`,
      },
      es: {
        title: "Cuestiones prácticas de los primeros días",
        summary:
          "Los primeros días después de un atentado pueden ser confusos. Esta página enumera algunas cuestiones prácticas que pueden ayudar, paso a paso.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

En los primeros días es frecuente sentir conmoción, cansancio o dificultad para pensar con claridad. No tiene que ocuparse de todo usted. Céntrese en lo más urgente y deje que otras personas le ayuden con el resto.

## Lo primero

- Si alguien está en peligro o necesita atención médica, llame al número de emergencias. Muchos países usan el 112 (en toda la Unión Europea) o el 911 (en América del Norte).
- Avise a las personas cercanas de dónde está.
- Descanse, coma y beba agua, aunque no tenga ganas.
- Si busca a un familiar desaparecido, pregunte a la policía o a las autoridades qué punto de contacto debe usar.

## Papeles y contactos

- Lleve una libreta. Anote los nombres, teléfonos y números de referencia de las personas con las que hable.
- Guarde todos los documentos en un mismo lugar: papeles médicos, denuncias, recibos.
- Si lo desea, avise a su empresa o a su centro de estudios de que necesita tiempo.
- Revise sus pólizas de seguro. Algunas pueden cubrir gastos después de un atentado.
- Si ha perdido sus documentos de identidad, pregunte a las autoridades cómo sustituirlos.

Cuando lo más urgente esté resuelto, puede leer sobre [sus derechos como víctima](/es/info/your-rights-as-a-victim) y sobre [indemnizaciones y ayuda económica](/es/info/compensation-and-financial-help). Si necesita ayuda ahora, consulte [Obtener ayuda ahora](/es/info/get-help-now). Si teme por su seguridad, consulte [Seguridad](/es/info/safety).`,
      },
    },
  },
  // -------------------------------------------------------------- families
  {
    kind: "page",
    slug: "support-for-bereaved-families",
    topic: "families",
    audiences: ["families"],
    sortOrder: 1,
    publishedOn: "2026-02-17",
    reviewedOn: "2026-08-25",
    translations: {
      ar: {
        title: "دعم الأسر المفجوعة",
        summary:
          "فقدان شخص عزيز في هجوم أمر بالغ القسوة. تقدم هذه الصفحة، برفق، معلومات عن الخطوات الأولى، وعن الحزن، وعن أماكن الحصول على الدعم.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

نتقدم إليك بخالص التعازي في مصابك. إن فقدان شخص عزيز في هجوم إرهابي أمر مفاجئ وعنيف، وقد يكون الحزن شديدًا جدًا. لا توجد طريقة واحدة صحيحة للحزن. خذ الوقت الذي تحتاج إليه.

## الخطوات الأولى

تحتاج السلطات عادةً إلى التأكد من هوية الشخص المتوفى. وقد يستغرق ذلك وقتًا، وهو أمر شاق جدًا على الأسر. يمكنك:

- أن تطلب شخصًا واحدًا للتواصل يُطلعك على المستجدات؛
- أن تسأل عما سيُطلب منك فعله، ومتى؛
- أن تطلب وجود شخص إلى جانبك عندما تتلقى أخبارًا مهمة؛
- إذا توفي قريبك في الخارج، أن تسأل عن إعادة جثمانه إلى الوطن؛ فقد تتمكن السفارة أو القنصلية من المساعدة.

## الحزن والدعم

قد يؤثر الحزن في النوم والشهية والتركيز والصحة. وقد يأتي على شكل موجات، ولفترة طويلة. يمكنك أن تجد الدعم لدى عائلتك وأصدقائك، أو في جماعة دينية أو مجتمعية، أو لدى مرشد نفسي، أو لدى أسر أخرى مرت بالتجربة نفسها. وفي بعض البلدان، تجمع جمعيات الضحايا بين الأسر.

وللتذكر أهميته أيضًا. إذ يُحتفل باليوم الدولي لتذكُّر ضحايا الإرهاب وإجلالهم في 21 آب/أغسطس من كل عام.

قد تكون للأسر حقوق، وقد يحق لها الحصول على مساعدة مالية: راجع صفحتي [حقوقك بوصفك ضحية](/ar/info/your-rights-as-a-victim) و[التعويض والمساعدة المالية](/ar/info/compensation-and-financial-help). وإذا كان هناك أطفال يعيشون الحزن أيضًا، فاطّلع على صفحة [مساعدة الأطفال والشباب](/ar/info/helping-children-and-young-people).`,
      },
      zh: {
        title: "对遇难者家属的支持",
        summary: "在袭击中失去亲人是巨大的打击。本页以温和的方式介绍最初的步骤、哀伤，以及可以在哪里获得支持。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

对于您失去亲人，我们深表哀悼。在恐怖袭击中失去亲人，既突然又残酷，哀伤可能非常强烈。哀悼没有对错之分。请给自己所需要的时间。

## 最初的步骤

有关部门通常需要确认遇难者的身份。这可能需要一些时间，对家属来说非常煎熬。您可以：

- 请求指定一名联系人，随时向您通报情况；
- 询问需要您做些什么，以及在什么时候；
- 在接到重要消息时，请求有人陪在您身边；
- 如果您的亲人在国外遇难，可以询问遗体运送回国的事宜，大使馆或领事馆或许能够提供帮助。

## 哀伤与支持

哀伤可能影响睡眠、食欲、注意力和健康。它可能一阵一阵地袭来，并持续很长时间。您可以从家人和朋友、宗教或社区团体、心理咨询师，或有过相同经历的其他家庭那里获得支持。在一些国家，受害者协会会把遇难者家属联系在一起。

纪念也很重要。恐怖主义受害者国际纪念和致敬日为每年8月21日。

家属可能享有相应的权利，也可能有机会获得经济援助：请参阅[您作为受害者的权利](/zh/info/your-rights-as-a-victim)和[赔偿和经济援助](/zh/info/compensation-and-financial-help)。如果孩子也处于哀伤之中，请参阅[帮助儿童和青少年](/zh/info/helping-children-and-young-people)。`,
      },
      en: {
        title: "Support for bereaved families",
        summary:
          "Losing someone in an attack is devastating. This page offers gentle information on the first steps, on grief and on where support may be found.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

We are deeply sorry for your loss. Losing someone in a terrorist attack is sudden and violent, and grief can be very intense. There is no right way to grieve. Take the time you need.

## The first steps

Authorities usually need to confirm the identity of the person who died. This can take time, which is very hard for families. You may:

- ask for one contact person who keeps you informed;
- ask what you will be asked to do, and when;
- ask for someone to be with you when you receive important news;
- if your relative died abroad, ask about bringing them home; the embassy or consulate may be able to help.

## Grief and support

Grief can affect sleep, appetite, concentration and health. It may come in waves, for a long time. You may find support from family and friends, a faith or community group, a counsellor, or other families who have lived through the same loss. In some countries, victims' associations bring families together.

Remembrance can matter too. The International Day of Remembrance and Tribute to the Victims of Terrorism is held each year on 21 August.

Families may have rights, and may be able to get financial help: see [Your rights as a victim](/en/info/your-rights-as-a-victim) and [Compensation and financial help](/en/info/compensation-and-financial-help). If children are grieving too, see [Helping children and young people](/en/info/helping-children-and-young-people).`,
      },
      fr: {
        title: "Soutien aux familles endeuillées",
        summary:
          "Perdre un proche dans un attentat est une épreuve immense. Cette page donne, avec douceur, des informations sur les premières démarches, le deuil et les soutiens possibles.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Nous sommes profondément désolés pour votre perte. Perdre un proche dans un attentat terroriste est brutal et soudain, et le deuil peut être très intense. Il n'y a pas de bonne façon de vivre un deuil. Prenez le temps dont vous avez besoin.

## Les premières démarches

Les autorités doivent généralement confirmer l'identité de la personne décédée. Cela peut prendre du temps, ce qui est très difficile pour les familles. Vous pouvez :

- demander une personne de contact unique qui vous donne régulièrement des nouvelles ;
- demander ce que l'on attendra de vous, et à quel moment ;
- demander qu'une personne soit à vos côtés quand vous recevez des nouvelles importantes ;
- si votre proche est décédé à l'étranger, vous renseigner sur son rapatriement ; l'ambassade ou le consulat pourra peut-être vous aider.

## Le deuil et le soutien

Le deuil peut toucher le sommeil, l'appétit, la concentration et la santé. Il peut venir par vagues, pendant longtemps. Vous pouvez trouver du soutien auprès de votre famille et de vos amis, d'une communauté religieuse ou d'un groupe local, d'un psychologue, ou d'autres familles qui ont vécu la même épreuve. Dans certains pays, des associations de victimes réunissent les familles.

Le souvenir compte aussi. La Journée internationale du souvenir en hommage aux victimes du terrorisme a lieu chaque année le 21 août.

Les familles peuvent avoir des droits et pouvoir bénéficier d'une aide financière : consultez [Vos droits en tant que victime](/fr/info/your-rights-as-a-victim) et [Indemnisation et aide financière](/fr/info/compensation-and-financial-help). Si des enfants sont aussi en deuil, consultez [Aider les enfants et les jeunes](/fr/info/helping-children-and-young-people).`,
      },
      ru: {
        title: "Поддержка семей погибших",
        summary:
          "Потеря близкого человека при теракте — огромное горе. На этой странице бережно рассказано о первых шагах, о переживании горя и о том, где можно найти поддержку.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Мы глубоко сочувствуем вашей утрате. Гибель близкого человека при теракте — это внезапная и жестокая потеря, и горе может быть очень сильным. Нет «правильного» способа горевать. Дайте себе столько времени, сколько нужно.

## Первые шаги

Обычно властям необходимо установить личность погибшего. Это может занять время, и для семьи это очень тяжело. Вы можете:

- попросить назначить одно контактное лицо, которое будет держать вас в курсе;
- спросить, что от вас потребуется и когда;
- попросить, чтобы рядом с вами кто-то был, когда вы будете получать важные известия;
- если ваш родственник погиб за рубежом, спросить о перевозке тела на родину; в этом может помочь посольство или консульство.

## Горе и поддержка

Горе может влиять на сон, аппетит, концентрацию и здоровье. Оно может накатывать волнами, долгое время. Поддержку можно найти у родных и друзей, в религиозной общине или местной группе, у психолога или у других семей, переживших такую же утрату. В некоторых странах ассоциации пострадавших объединяют семьи.

Память тоже важна. Международный день памяти и поминовения жертв терроризма отмечается ежегодно 21 августа.

У семей могут быть свои права и возможность получить финансовую помощь: см. страницы [Ваши права как пострадавшего](/ru/info/your-rights-as-a-victim) и [Компенсация и финансовая помощь](/ru/info/compensation-and-financial-help). Если горюют и дети, прочитайте страницу [Как помочь детям и подросткам](/ru/info/helping-children-and-young-people).`,
      },
      es: {
        title: "Apoyo a las familias en duelo",
        summary:
          "Perder a un ser querido en un atentado es devastador. Esta página ofrece, con delicadeza, información sobre los primeros pasos, el duelo y dónde encontrar apoyo.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Sentimos profundamente su pérdida. Perder a alguien en un atentado terrorista es algo repentino y violento, y el duelo puede ser muy intenso. No hay una forma correcta de vivir el duelo. Tómese el tiempo que necesite.

## Los primeros pasos

Normalmente, las autoridades necesitan confirmar la identidad de la persona fallecida. Esto puede llevar tiempo, algo muy duro para las familias. Puede:

- pedir una única persona de contacto que le dé información con regularidad;
- preguntar qué se le pedirá que haga, y cuándo;
- pedir que alguien le acompañe cuando reciba noticias importantes;
- si su familiar falleció en el extranjero, preguntar por la repatriación; la embajada o el consulado quizá puedan ayudarle.

## El duelo y el apoyo

El duelo puede afectar al sueño, al apetito, a la concentración y a la salud. Puede llegar por oleadas, durante mucho tiempo. Puede encontrar apoyo en su familia y sus amistades, en una comunidad religiosa o un grupo local, en un profesional de la psicología o en otras familias que han vivido la misma pérdida. En algunos países, las asociaciones de víctimas reúnen a las familias.

El recuerdo también importa. El Día Internacional de Conmemoración y Homenaje a las Víctimas del Terrorismo se celebra cada año el 21 de agosto.

Las familias pueden tener derechos y acceso a ayuda económica: consulte [Sus derechos como víctima](/es/info/your-rights-as-a-victim) y [Indemnizaciones y ayuda económica](/es/info/compensation-and-financial-help). Si también hay niños en duelo, consulte [Cómo ayudar a niños, niñas y jóvenes](/es/info/helping-children-and-young-people).`,
      },
    },
  },
  // -------------------------------------------------------------- children
  {
    kind: "page",
    slug: "helping-children-and-young-people",
    topic: "children",
    audiences: ["families", "practitioners"],
    sortOrder: 1,
    publishedOn: "2026-04-21",
    reviewedOn: "2026-10-27",
    translations: {
      ar: {
        title: "مساعدة الأطفال والشباب",
        summary:
          "يتفاعل الأطفال والشباب مع الأحداث المخيفة كلٌّ على طريقته. تشرح هذه الصفحة ما قد تلاحظه، وكيف يمكن للكبار أن يساعدوا.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

قد يتأثر الأطفال بالهجوم حتى لو لم يكونوا هناك. فربما سمعوا عنه، أو رأوا صورًا له، أو شعروا بقلق الكبار من حولهم. ومع الدعم الهادئ والحنون، يتمكن كثير من الأطفال من التكيف جيدًا مع مرور الوقت.

## ما قد تلاحظه

كثيرًا ما تختلف ردود الفعل باختلاف العمر. قد تلاحظ:

- لدى الأطفال الصغار: التعلق الشديد بك، أو العودة إلى التبول في الفراش، أو تمثيل ما حدث في أثناء اللعب؛
- صعوبة في النوم، أو الخوف من الابتعاد عنك؛
- لدى الأطفال في سن المدرسة: تكرار الأسئلة نفسها مرات كثيرة؛
- لدى المراهقين: الانطواء، أو سرعة الانفعال، أو القيام بتصرفات خطرة؛
- صداعًا أو آلامًا في البطن دون سبب واضح.

## كيف يمكن للكبار أن يساعدوا

- أجب عن الأسئلة بصدق، وبكلمات بسيطة تناسب عمر الطفل.
- حافظ على الروتين اليومي قدر الإمكان.
- قلّل من تعرض الأطفال للأخبار والصور المتعلقة بالهجوم، ولا سيما الصغار منهم.
- أخبرهم بأن ما حدث ليس ذنبهم، وبأن الكبار يعملون على حمايتهم.
- أبلغ المدرسة أو دار الحضانة، حتى تتمكن من دعم الطفل.

## متى تطلب مزيدًا من المساعدة

يمكنك أن تستشير طبيبًا أو أخصائيًا في الصحة النفسية للأطفال إذا كانت ردود الفعل قوية، أو استمرت عدة أسابيع، أو أثّرت في الحياة اليومية. ويمكن للعاملين في هذا المجال إشراك الوالدين ومقدمي الرعاية، وشرح ردود الفعل الشائعة لهم. والكبار أيضًا يحتاجون إلى الدعم: راجع صفحة [الدعم النفسي بعد الهجوم](/ar/info/psychological-support-after-an-attack).`,
      },
      zh: {
        title: "帮助儿童和青少年",
        summary: "儿童和青少年会以各自的方式对可怕的事件作出反应。本页说明您可能注意到的情况，以及成年人可以如何提供帮助。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

即使孩子不在现场，袭击也可能对他们产生影响。他们可能听说了这件事，看到了相关画面，或者感受到了身边大人的担忧。在平静、关爱的支持下，许多孩子随着时间推移能够很好地应对。

## 您可能注意到的情况

孩子的反应往往与年龄有关。您可能会看到：

- 年幼的孩子变得黏人、再次尿床，或在游戏中重演事件；
- 难以入睡，或害怕与您分开；
- 学龄儿童反复问同样的问题；
- 青少年变得孤僻、易怒，或做出冒险行为；
- 出现原因不明的头痛或肚子痛。

## 成年人可以怎样帮助

- 用适合孩子年龄的简单语言，诚实地回答他们的问题。
- 尽量保持日常作息。
- 减少孩子接触有关袭击的新闻和画面，尤其是年幼的孩子。
- 告诉他们这不是他们的错，大人们正在努力保护他们的安全。
- 告知学校或托儿机构，以便他们也能支持孩子。

## 何时寻求更多帮助

如果孩子的反应很强烈、持续几周，或者影响日常生活，您可以咨询医生或儿童心理健康专业人员。专业人员可以让父母和其他照顾者参与进来，并向他们解释哪些反应是常见的。大人也需要支持：请参阅[袭击后的心理支持](/zh/info/psychological-support-after-an-attack)。`,
      },
      en: {
        title: "Helping children and young people",
        summary:
          "Children and young people react to frightening events in their own ways. This page explains what you may notice and how adults can help.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Children may be affected by an attack even if they were not there. They may have heard about it, seen images or felt the worry of the adults around them. With calm and caring support, many children cope well over time.

## What you may notice

Reactions often depend on age. You may see:

- young children becoming clingy, wetting the bed again or playing out the event;
- trouble sleeping, or fear of being apart from you;
- school-age children asking the same questions many times;
- teenagers withdrawing, being irritable or taking risks;
- headaches or stomach aches without a clear cause.

## How adults can help

- Answer questions honestly, in simple words that suit the child's age.
- Keep daily routines as much as you can.
- Limit news and images of the attack, especially for young children.
- Tell them it is not their fault, and that adults are working to keep them safe.
- Let the school or childcare know, so they can support the child.

## When to ask for more help

You may contact a doctor or a child mental health professional if reactions are strong, last several weeks or affect daily life. Practitioners can involve parents and carers, and explain which reactions are common. Adults need support too: see [Psychological support after an attack](/en/info/psychological-support-after-an-attack).`,
      },
      fr: {
        title: "Aider les enfants et les jeunes",
        summary:
          "Les enfants et les jeunes réagissent à leur manière aux événements effrayants. Cette page explique ce que vous pouvez remarquer et comment les adultes peuvent aider.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas un avis officiel.*

Un attentat peut toucher des enfants même s'ils n'étaient pas présents. Ils en ont peut-être entendu parler, vu des images ou ressenti l'inquiétude des adultes autour d'eux. Avec un soutien calme et bienveillant, beaucoup d'enfants surmontent bien cette épreuve avec le temps.

## Ce que vous pouvez remarquer

Les réactions dépendent souvent de l'âge. Vous pouvez observer :

- chez les jeunes enfants, le besoin de rester tout près de vous, le fait de mouiller de nouveau le lit, ou des jeux qui rejouent l'événement ;
- des difficultés à dormir, ou la peur d'être séparés de vous ;
- chez les enfants d'âge scolaire, les mêmes questions posées de nombreuses fois ;
- chez les adolescents, un repli sur soi, de l'irritabilité ou des prises de risque ;
- des maux de tête ou de ventre sans cause évidente.

## Comment les adultes peuvent aider

- Répondez honnêtement aux questions, avec des mots simples adaptés à l'âge de l'enfant.
- Maintenez autant que possible les routines quotidiennes.
- Limitez les informations et les images de l'attentat, surtout pour les jeunes enfants.
- Dites-leur que ce n'est pas de leur faute, et que des adultes veillent à leur sécurité.
- Prévenez l'école ou le mode de garde, pour qu'ils puissent soutenir l'enfant.

## Quand demander plus d'aide

Vous pouvez consulter un médecin ou un professionnel de la santé mentale de l'enfant si les réactions sont fortes, durent plusieurs semaines ou perturbent la vie quotidienne. Les professionnels peuvent associer les parents et les autres adultes qui s'occupent de l'enfant, et leur expliquer quelles réactions sont fréquentes. Les adultes aussi ont besoin de soutien : consultez [Soutien psychologique après un attentat](/fr/info/psychological-support-after-an-attack).`,
      },
      ru: {
        title: "Как помочь детям и подросткам",
        summary:
          "Дети и подростки по-своему реагируют на пугающие события. На этой странице рассказано, что вы можете заметить и как взрослые могут помочь.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальной рекомендацией.*

Теракт может затронуть детей, даже если их там не было. Они могли слышать о нём, видеть изображения или чувствовать тревогу взрослых вокруг. При спокойной и заботливой поддержке многие дети со временем хорошо справляются.

## Что вы можете заметить

Реакции часто зависят от возраста. Вы можете увидеть:

- у маленьких детей — желание не отходить от вас, возвращение ночного недержания мочи или игры, в которых они повторяют случившееся;
- проблемы со сном или страх разлуки с вами;
- у школьников — одни и те же вопросы, которые они задают много раз;
- у подростков — замкнутость, раздражительность или рискованное поведение;
- головные боли или боли в животе без явной причины.

## Как взрослые могут помочь

- Честно отвечайте на вопросы простыми словами, подходящими для возраста ребёнка.
- По возможности сохраняйте привычный распорядок дня.
- Ограничьте новости и изображения нападения, особенно для маленьких детей.
- Скажите детям, что они ни в чём не виноваты и что взрослые заботятся об их безопасности.
- Сообщите в школу или детский сад, чтобы там могли поддержать ребёнка.

## Когда обратиться за дополнительной помощью

Вы можете обратиться к врачу или детскому специалисту в области психического здоровья, если реакции сильные, длятся несколько недель или мешают повседневной жизни. Специалисты могут вовлекать родителей и других взрослых, которые заботятся о ребёнке, и объяснять им, какие реакции встречаются часто. Взрослым тоже нужна поддержка: прочитайте страницу [Психологическая поддержка после нападения](/ru/info/psychological-support-after-an-attack).`,
      },
      es: {
        title: "Cómo ayudar a niños, niñas y jóvenes",
        summary:
          "Los niños, niñas y jóvenes reaccionan a su manera ante hechos que asustan. Esta página explica lo que puede notar y cómo pueden ayudar las personas adultas.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no es una orientación oficial.*

Un atentado puede afectar a niños y niñas aunque no estuvieran allí. Quizá hayan oído hablar de él, hayan visto imágenes o hayan notado la preocupación de los adultos de su entorno. Con un apoyo tranquilo y cariñoso, muchos niños y niñas salen adelante con el tiempo.

## Lo que puede notar

Las reacciones suelen depender de la edad. Puede observar:

- en los más pequeños, que no quieran separarse de usted, que vuelvan a mojar la cama o que representen lo ocurrido en sus juegos;
- dificultades para dormir o miedo a estar lejos de usted;
- en edad escolar, que hagan las mismas preguntas muchas veces;
- en adolescentes, aislamiento, irritabilidad o conductas de riesgo;
- dolores de cabeza o de estómago sin una causa clara.

## Cómo pueden ayudar los adultos

- Responda a sus preguntas con sinceridad, con palabras sencillas adaptadas a su edad.
- Mantenga las rutinas diarias en la medida de lo posible.
- Limite las noticias e imágenes del atentado, sobre todo con los más pequeños.
- Dígales que no es culpa suya y que hay adultos ocupándose de su seguridad.
- Avise al colegio o a la guardería, para que puedan apoyar al niño o la niña.

## Cuándo pedir más ayuda

Puede consultar a un médico o a un profesional de la salud mental infantil si las reacciones son intensas, duran varias semanas o afectan a la vida diaria. Los profesionales pueden implicar a las madres, los padres y otras personas cuidadoras, y explicarles qué reacciones son frecuentes. Los adultos también necesitan apoyo: consulte [Apoyo psicológico después de un atentado](/es/info/psychological-support-after-an-attack).`,
      },
    },
  },
];
