import type { DemoItem } from "./content-types.ts";

/**
 * Demonstration content: the fixed pages (help, safety, accessibility, privacy, contact) and the
 * news items. Every body starts with an italic line saying that it is demonstration content.
 */

export const demoFixedPages: DemoItem[] = [
  // ---------------------------------------------------------------------------------------------
  {
    kind: "page",
    slug: "get-help-now",
    audiences: ["victims", "families"],
    sortOrder: 0,
    publishedOn: "2026-06-01",
    reviewedOn: "2026-11-16",
    translations: {
      ar: {
        title: "احصل على المساعدة الآن",
        summary: "ما يمكنك فعله أولاً إذا تضررت أنت أو أحد أحبائك من هجوم إرهابي.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

## إذا كنت في خطر

إذا كنت أنت أو أي شخص بقربك في خطر داهم أو بحاجة إلى رعاية طبية عاجلة، فاتصل برقم الطوارئ المحلي. في الاتحاد الأوروبي وفي بلدان كثيرة أخرى الرقم هو 112، وفي أمريكا الشمالية هو 911. يختلف الرقم من بلد إلى آخر، فتحقق من الرقم المعمول به حيث تكون.

## إذا كنت خارج بلدك

إذا وقع الهجوم في بلد آخر، فاتصل بسفارة بلدك أو قنصليته. كثيراً ما يستطيع موظفو القنصلية مساعدتك على التواصل مع أسرتك، والعثور على رعاية طبية، واستبدال الوثائق المفقودة.

## اعتنِ بنفسك

الصدمة والخوف والشعور بالخدر وصعوبة النوم ردود فعل شائعة بعد حدث صادم. ابحث عن الإسعافات الأولية النفسية: وهي دعم إنساني بسيط يقدمه أشخاص مدربون يصغون إليك، ويسألونك عمّا تحتاج إليه، ويساعدونك على الوصول إلى خدمات أخرى.

## احتفظ بوثائقك

كثيراً ما تطلب برامج التعويض والدعم إثباتات. احتفظ في مكان آمن بما يلي:

- محضر الشرطة أو رقمه المرجعي؛
- السجلات والشهادات الطبية؛
- إيصالات النفقات، مثل العلاج والتنقل واستبدال المقتنيات.

## لست مضطراً إلى تقرير كل شيء الآن

خذ الأمور خطوة خطوة. لبعض الطلبات مواعيد نهائية، ولذلك من المهم أن تحتفظ بوثائقك، لكن معظم القرارات لا يلزم اتخاذها في الأيام الأولى. يمكنك العودة إلى هذه البوابة متى شئت.

إذا تعرّضت لاعتداء أو عنف جنسي، يمكنك [العثور على مساعدة طبية ونفسية وقانونية وعلى مأوى آمن](/ar/services?type=sgbv-medical&type=sgbv-psychological&type=sgbv-legal&type=sgbv-safe-accommodation). لست مضطرًا إلى شرح ما حدث لكي تطلب المساعدة.

إذا كنت تخشى أن يرى أحد أنك زرت هذا الموقع، فاقرأ [تصفح هذا الموقع بأمان](/ar/info/safety).`,
      },
      zh: {
        title: "立即获取帮助",
        summary: "如果您或您的亲人受到恐怖袭击影响，可以先做这些事。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

## 如果您身处危险之中

如果您或您身边的人正面临紧迫危险或需要紧急医疗救治，请拨打当地紧急电话。在欧洲联盟以及许多其他国家，紧急电话是 112；在北美是 911。各国号码不同，请确认您所在地适用的号码。

## 如果您身在国外

如果袭击发生在其他国家，请联系本国的大使馆或领事馆。领事人员通常可以帮助您联系家人、寻找医疗服务以及补办遗失的证件。

## 照顾好自己

在经历创伤性事件后，震惊、恐惧、麻木和难以入睡都是常见的反应。请寻求心理急救：这是由受过培训的人员提供的简单而人性化的支持，他们会倾听您的感受，了解您的需要，并帮助您获得其他服务。

## 保存好您的文件

赔偿和援助计划通常需要证明材料。请将以下材料存放在安全的地方：

- 报警记录或报案编号；
- 病历和医疗证明；
- 各项费用的收据，例如治疗费、交通费或购置替换物品的费用。

## 您不必现在就决定所有事情

一步一步来。有些申请设有截止期限，因此保存好文件很重要，但大多数决定并不需要在最初几天内作出。您可以随时回到本门户网站。

如果您遭受了性侵犯或性暴力，可以[查找医疗、心理、法律帮助和安全住所](/zh/services?type=sgbv-medical&type=sgbv-psychological&type=sgbv-legal&type=sgbv-safe-accommodation)。您不必先讲述发生了什么，才能寻求帮助。

如果您担心有人会发现您访问过本网站，请阅读[安全浏览本网站](/zh/info/safety)。`,
      },
      en: {
        title: "Get help now",
        summary: "What to do first if you or someone close to you has been affected by a terrorist attack.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

## If you are in danger

If you or someone near you is in immediate danger or needs urgent medical care, call the local emergency number. In the European Union and in many other countries it is 112; in North America it is 911. The number differs from country to country, so check which one applies where you are.

## If you are abroad

If the attack happened in another country, contact your country's embassy or consulate. Consular staff can often help you get in touch with your family, find medical care and replace lost documents.

## Look after yourself

Shock, fear, numbness and difficulty sleeping are common reactions after a traumatic event. Look for psychological first aid: simple, humane support from trained helpers who listen, ask what you need and help you reach other services.

## Keep your documents

Compensation and support schemes often ask for proof. Keep these in a safe place:

- the police report or its reference number;
- medical records and certificates;
- receipts for costs such as treatment, travel or replacing belongings.

## You do not have to decide everything now

Take things one step at a time. Some applications have deadlines, which is why keeping your documents matters, but most decisions do not need to be made in the first days. You can come back to this portal whenever you need.

If you were sexually assaulted or abused, you can [find medical, psychological and legal help and safe accommodation](/en/services?type=sgbv-medical&type=sgbv-psychological&type=sgbv-legal&type=sgbv-safe-accommodation). You do not have to explain what happened to ask for help.

If you are worried that someone may see that you visited this site, read [Browsing this site safely](/en/info/safety).`,
      },
      fr: {
        title: "Obtenir de l'aide maintenant",
        summary:
          "Ce que vous pouvez faire en premier si vous ou l'un de vos proches avez été touchés par un attentat terroriste.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

## Si vous êtes en danger

Si vous-même ou une personne près de vous êtes en danger immédiat ou avez besoin de soins médicaux urgents, appelez le numéro d'urgence local. Dans l'Union européenne et dans de nombreux autres pays, c'est le 112 ; en Amérique du Nord, c'est le 911. Le numéro varie d'un pays à l'autre : vérifiez celui qui s'applique là où vous vous trouvez.

## Si vous êtes à l'étranger

Si l'attentat a eu lieu dans un autre pays, contactez l'ambassade ou le consulat de votre pays. Le personnel consulaire peut souvent vous aider à joindre votre famille, à trouver des soins et à remplacer des documents perdus.

## Prenez soin de vous

Le choc, la peur, l'engourdissement émotionnel ou les troubles du sommeil sont des réactions fréquentes après un événement traumatisant. Cherchez des premiers secours psychologiques : un soutien simple et humain, apporté par des personnes formées qui vous écoutent, vous demandent ce dont vous avez besoin et vous aident à accéder à d'autres services.

## Conservez vos documents

Les dispositifs d'indemnisation et d'aide demandent souvent des justificatifs. Gardez en lieu sûr :

- le rapport de police ou son numéro de référence ;
- vos dossiers et certificats médicaux ;
- les reçus de vos dépenses, par exemple pour des soins, des déplacements ou le remplacement d'effets personnels.

## Vous n'avez pas à tout décider maintenant

Avancez pas à pas. Certaines demandes sont soumises à des délais, d'où l'importance de conserver vos documents, mais la plupart des décisions n'ont pas à être prises dans les premiers jours. Vous pouvez revenir sur ce portail quand vous le souhaitez.

Si vous avez subi une agression ou des violences sexuelles, vous pouvez [trouver une aide médicale, psychologique et juridique et un hébergement sûr](/fr/services?type=sgbv-medical&type=sgbv-psychological&type=sgbv-legal&type=sgbv-safe-accommodation). Vous n’avez pas à expliquer ce qui s’est passé pour demander de l’aide.

Si vous craignez que quelqu'un voie que vous avez consulté ce site, lisez [Naviguer sur ce site en sécurité](/fr/info/safety).`,
      },
      ru: {
        title: "Помощь прямо сейчас",
        summary: "Что сделать в первую очередь, если вы или ваши близкие пострадали от террористического акта.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

## Если вам угрожает опасность

Если вам или кому-то рядом с вами угрожает непосредственная опасность или нужна срочная медицинская помощь, позвоните по местному номеру экстренных служб. В Европейском союзе и во многих других странах это 112, в Северной Америке — 911. Номер зависит от страны, поэтому уточните, какой действует там, где вы находитесь.

## Если вы за границей

Если теракт произошёл в другой стране, обратитесь в посольство или консульство своей страны. Сотрудники консульства часто могут помочь связаться с семьёй, найти медицинскую помощь и восстановить утраченные документы.

## Позаботьтесь о себе

Шок, страх, оцепенение и проблемы со сном — частые реакции после травмирующего события. Обратитесь за первой психологической помощью: это простая и человечная поддержка, которую оказывают подготовленные люди. Они выслушают вас, спросят, что вам нужно, и помогут обратиться в другие службы.

## Сохраняйте документы

Для получения компенсации и поддержки часто нужны подтверждающие документы. Храните в надёжном месте:

- полицейский протокол или номер обращения в полицию;
- медицинские документы и справки;
- чеки и квитанции о расходах, например на лечение, проезд или замену вещей.

## Не нужно решать всё сразу

Действуйте шаг за шагом. У некоторых заявлений есть сроки подачи, поэтому важно сохранять документы, но большинство решений не требуется принимать в первые дни. Вы можете вернуться на этот портал в любое время.

Если вы пережили сексуальное насилие, вы можете [найти медицинскую, психологическую и юридическую помощь и безопасное жильё](/ru/services?type=sgbv-medical&type=sgbv-psychological&type=sgbv-legal&type=sgbv-safe-accommodation). Чтобы попросить о помощи, не нужно рассказывать, что произошло.

Если вы опасаетесь, что кто-то увидит, что вы заходили на этот сайт, прочитайте страницу [Безопасный просмотр сайта](/ru/info/safety).`,
      },
      es: {
        title: "Obtener ayuda ahora",
        summary: "Qué hacer en primer lugar si usted o alguien cercano se ha visto afectado por un atentado terrorista.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

## Si está en peligro

Si usted o alguien cerca de usted corre un peligro inmediato o necesita atención médica urgente, llame al número de emergencias local. En la Unión Europea y en muchos otros países es el 112; en América del Norte, el 911. El número varía de un país a otro, así que compruebe cuál corresponde al lugar donde se encuentra.

## Si está en el extranjero

Si el atentado ocurrió en otro país, póngase en contacto con la embajada o el consulado de su país. El personal consular a menudo puede ayudarle a comunicarse con su familia, encontrar atención médica y reponer documentos perdidos.

## Cuídese

La conmoción, el miedo, el aturdimiento o la dificultad para dormir son reacciones frecuentes después de un hecho traumático. Busque primeros auxilios psicológicos: un apoyo sencillo y humano que prestan personas capacitadas, que le escuchan, le preguntan qué necesita y le ayudan a llegar a otros servicios.

## Guarde sus documentos

Los programas de indemnización y de apoyo suelen pedir pruebas. Guarde en un lugar seguro:

- la denuncia policial o su número de referencia;
- los informes y certificados médicos;
- los recibos de los gastos, por ejemplo de tratamiento, desplazamientos o reposición de objetos personales.

## No tiene que decidirlo todo ahora

Vaya paso a paso. Algunas solicitudes tienen plazos, por eso es importante conservar los documentos, pero la mayoría de las decisiones no tienen que tomarse en los primeros días. Puede volver a este portal siempre que lo necesite.

Si sufrió una agresión o violencia sexual, puede [encontrar ayuda médica, psicológica y jurídica y un alojamiento seguro](/es/services?type=sgbv-medical&type=sgbv-psychological&type=sgbv-legal&type=sgbv-safe-accommodation). No tiene que explicar lo que pasó para pedir ayuda.

Si le preocupa que alguien vea que ha visitado este sitio, lea [Navegar por este sitio de forma segura](/es/info/safety).`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "page",
    slug: "safety",
    audiences: ["victims", "families"],
    sortOrder: 0,
    publishedOn: "2026-06-01",
    reviewedOn: "2026-11-16",
    translations: {
      ar: {
        title: "تصفح هذا الموقع بأمان",
        summary: "كيف يعمل زر «مغادرة هذه الصفحة»، وما الذي لا يستطيع فعله، وكيف تتصفح بأمان أكبر.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

## زر «مغادرة هذه الصفحة»

في أعلى كل صفحة يوجد زر **مغادرة هذه الصفحة**. عند اختياره، أو عند الضغط على مفتاح Shift ثلاث مرات، تختفي الصفحة فوراً ويحل محلها موقع محايد (صفحة لأحوال الطقس).

يحل هذا الموقع محل الصفحة الحالية في المتصفح، ولذلك لا يعيدك زر الرجوع إلى هنا.

## ما لا يستطيع هذا الزر فعله

يفيدك الخروج السريع إذا اقترب أحد من شاشتك فجأة، لكن له حدوداً:

- **لا** يمحو سجل التصفح: تبقى الصفحات التي زرتها مدرجة فيه؛
- **لا** يزيل الصفحة من الأجهزة الأخرى، مثلاً إذا كان متصفحك يزامن علامات التبويب أو السجل بين أجهزتك؛
- **لا** يحميك من شخص يراقب جهازك أو شبكتك.

## كيف تتصفح بأمان أكبر

- استخدم نافذة التصفح الخاص أو المتخفي. عند إغلاقها لا يحتفظ المتصفح بسجل تلك النافذة ولا بملفات تعريف الارتباط الخاصة بها.
- إذا لم تستخدم نافذة خاصة، فامسح السجل وملفات تعريف الارتباط بعد زيارتك. وانتبه إلى أن خلوّ السجل فجأة قد يلفت الانتباه أيضاً.
- استخدم، إن أمكن، جهازاً لا يستطيع الآخرون الوصول إليه، ولا سيما من تخشى منه.
- اعلم أن برامج المراقبة قد تكون موجودة، وأنها قد تسجل ما تفعله على الجهاز حتى في النافذة الخاصة. إذا كنت تظن أن جهازك مراقَب، فاستخدم جهازاً آخر.

## ما تفعله هذه البوابة

لا تستخدم البوابة أي أدوات تتبّع، ولا تحمّل أي محتوى من مواقع أخرى. ولا تضع لدى القراء أي ملفات تعريف ارتباط، باستثناء الملف الذي يحفظ اختيارك للغة والملفات اللازمة لإرسال النماذج.`,
      },
      zh: {
        title: "安全浏览本网站",
        summary: "“退出此页面”按钮如何工作、它做不到什么，以及如何更安全地浏览。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

## “退出此页面”按钮

每个页面顶部都有一个**退出此页面**按钮。点击该按钮，或连续按三次 Shift 键，当前页面会立即隐藏，并被一个中性网站（天气网页）取代。

由于它会替换浏览器中的当前页面，按“后退”按钮也不会回到这里。

## 它做不到的事

如果有人突然走近您的屏幕，快速退出功能可以帮助您。但它有局限：

- 它**不会**清除您的浏览记录：您访问过的页面仍会列在其中；
- 它**不会**从其他设备上移除该页面，例如当您的浏览器在多台设备之间同步标签页或历史记录时；
- 它**无法**防范监控您的设备或网络的人。

## 如何更安全地浏览

- 使用隐私浏览窗口（无痕窗口）。关闭窗口后，浏览器不会保留该窗口的浏览记录和 Cookie。
- 如果没有使用隐私窗口，请在浏览后清除历史记录和 Cookie。请注意，浏览记录突然被清空也可能引起他人注意。
- 如有可能，请使用他人（尤其是您所担心的人）无法接触的设备。
- 请注意，设备上可能装有监控软件，即使在隐私窗口中，它也可能记录您的操作。如果您怀疑设备受到监控，请换用另一台设备。

## 本门户网站的做法

本门户网站不使用任何跟踪工具，也不从其他网站加载任何内容。除了记住您语言选择的 Cookie 以及发送表单所必需的 Cookie 外，本网站不会为读者设置任何 Cookie。`,
      },
      en: {
        title: "Browsing this site safely",
        summary: "How the “Exit this page” control works, what it cannot do, and how to browse more safely.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

## The “Exit this page” control

At the top of every page there is an **Exit this page** control. Selecting it, or pressing the Shift key three times, hides the page at once and replaces it with a neutral website (a weather page).

It replaces the current page in your browser, so pressing the Back button does not bring you back here.

## What it cannot do

The quick exit helps if someone comes near your screen unexpectedly. But it has limits:

- it does **not** erase your browsing history: the pages you visited are still listed there;
- it does **not** remove the page from other devices, for example if your browser syncs tabs or history between your devices;
- it does **not** protect you from someone who monitors your device or your network.

## Browsing more safely

- Use a private or incognito window. When you close it, the browser does not keep the history or cookies from that window.
- If you did not use a private window, clear your history and cookies afterwards. Be aware that a history that is suddenly empty may also be noticed.
- If you can, use a device that other people, especially anyone you are worried about, do not have access to.
- Be aware that monitoring software can exist. It can record what you do on a device, even in a private window. If you think your device is being monitored, use another one.

## What this portal does

The portal uses no trackers and loads nothing from other websites. It sets no cookies for readers, except the one that remembers your language choice and those needed to send a form.`,
      },
      fr: {
        title: "Naviguer sur ce site en sécurité",
        summary:
          "Comment fonctionne le bouton « Quitter cette page », ce qu'il ne peut pas faire, et comment naviguer de façon plus sûre.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

## Le bouton « Quitter cette page »

En haut de chaque page se trouve un bouton **Quitter cette page**. Si vous le sélectionnez, ou si vous appuyez trois fois sur la touche Maj (Shift), la page est aussitôt masquée et remplacée par un site neutre (une page de météo).

Ce site remplace la page en cours dans votre navigateur : le bouton Retour ne vous ramène donc pas ici.

## Ce qu'il ne peut pas faire

La sortie rapide est utile si quelqu'un s'approche de votre écran à l'improviste. Mais elle a des limites :

- elle **n'efface pas** votre historique de navigation : les pages consultées y figurent toujours ;
- elle **ne retire pas** la page de vos autres appareils, par exemple si votre navigateur synchronise les onglets ou l'historique ;
- elle **ne vous protège pas** d'une personne qui surveille votre appareil ou votre réseau.

## Naviguer de façon plus sûre

- Utilisez une fenêtre de navigation privée. Quand vous la fermez, le navigateur ne conserve ni l'historique ni les cookies de cette fenêtre.
- Si vous n'avez pas utilisé de fenêtre privée, effacez ensuite votre historique et vos cookies. Sachez qu'un historique soudainement vide peut aussi attirer l'attention.
- Si possible, utilisez un appareil auquel les autres, et en particulier la personne qui vous inquiète, n'ont pas accès.
- Sachez que des logiciels de surveillance existent : ils peuvent enregistrer ce que vous faites sur un appareil, même dans une fenêtre privée. Si vous pensez que votre appareil est surveillé, utilisez-en un autre.

## Ce que fait ce portail

Le portail n'utilise aucun traceur et ne charge rien depuis d'autres sites. Il ne dépose aucun cookie chez les lecteurs, à l'exception de celui qui mémorise votre choix de langue et de ceux nécessaires à l'envoi d'un formulaire.`,
      },
      ru: {
        title: "Безопасный просмотр сайта",
        summary:
          "Как работает кнопка «Покинуть страницу», чего она не может сделать и как просматривать сайт безопаснее.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

## Кнопка «Покинуть страницу»

В верхней части каждой страницы есть кнопка **Покинуть страницу**. Если нажать на неё или трижды нажать клавишу Shift, страница сразу скроется и вместо неё откроется нейтральный сайт (страница с прогнозом погоды).

Этот сайт заменяет текущую страницу в браузере, поэтому кнопка «Назад» не вернёт вас сюда.

## Чего она не может

Быстрый выход поможет, если кто-то неожиданно подойдёт к вашему экрану. Но у него есть ограничения:

- он **не удаляет** историю браузера: посещённые страницы в ней остаются;
- он **не убирает** страницу с других устройств, например если браузер синхронизирует вкладки или историю;
- он **не защищает** от человека, который следит за вашим устройством или сетью.

## Как просматривать сайт безопаснее

- Пользуйтесь приватным окном (режимом инкогнито). После закрытия такого окна браузер не сохраняет его историю и файлы cookie.
- Если вы не пользовались приватным окном, очистите потом историю и файлы cookie. Учтите, что внезапно опустевшая история тоже может привлечь внимание.
- По возможности пользуйтесь устройством, к которому нет доступа у других людей, особенно у того, кого вы опасаетесь.
- Помните, что существуют программы слежения: они могут записывать ваши действия на устройстве даже в приватном окне. Если вы подозреваете, что за вашим устройством следят, воспользуйтесь другим.

## Что делает этот портал

Портал не использует трекеры и ничего не загружает с других сайтов. Он не устанавливает читателям файлы cookie, кроме того, который запоминает выбранный язык, и тех, что нужны для отправки формы.`,
      },
      es: {
        title: "Navegar por este sitio de forma segura",
        summary: "Cómo funciona el botón «Salir de esta página», qué no puede hacer y cómo navegar de forma más segura.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

## El botón «Salir de esta página»

En la parte superior de cada página hay un botón **Salir de esta página**. Si lo selecciona, o si pulsa tres veces la tecla Mayús (Shift), la página se oculta al instante y se sustituye por un sitio neutro (una página del tiempo).

Ese sitio reemplaza la página actual en el navegador, de modo que el botón Atrás no le devuelve aquí.

## Lo que no puede hacer

La salida rápida sirve si alguien se acerca a su pantalla de improviso, pero tiene límites:

- **no borra** el historial de navegación: las páginas que visitó siguen apareciendo en él;
- **no elimina** la página de otros dispositivos, por ejemplo si su navegador sincroniza pestañas o historial;
- **no le protege** de alguien que vigile su dispositivo o su red.

## Cómo navegar de forma más segura

- Use una ventana privada o de incógnito. Al cerrarla, el navegador no conserva el historial ni las cookies de esa ventana.
- Si no usó una ventana privada, borre después el historial y las cookies. Tenga en cuenta que un historial vacío de repente también puede llamar la atención.
- Si es posible, use un dispositivo al que no tengan acceso otras personas, en especial quien le preocupa.
- Tenga presente que existen programas de vigilancia que pueden registrar lo que hace en un dispositivo, incluso en una ventana privada. Si cree que su dispositivo está vigilado, use otro.

## Lo que hace este portal

El portal no utiliza rastreadores ni carga nada desde otros sitios. No instala cookies a los lectores, salvo la que recuerda su elección de idioma y las necesarias para enviar un formulario.`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "page",
    slug: "accessibility",
    audiences: ["victims", "families", "associations", "member-states", "practitioners"],
    sortOrder: 0,
    publishedOn: "2026-06-01",
    reviewedOn: "2026-11-10",
    translations: {
      ar: {
        title: "بيان إمكانية الوصول",
        summary: "كيف صُممت البوابة ليستخدمها الجميع، وما حدودها المعروفة، وكيف تبلغ عن مشكلة.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

## هدفنا

تسعى البوابة إلى استيفاء المستوى AA من إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2.

## ما يمكنك توقعه

- تعمل كل الصفحات من دون JavaScript.
- البوابة متاحة بست لغات: الإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية، وتُعرض الصفحات العربية باتجاه من اليمين إلى اليسار.
- يمكنك استخدام البوابة بلوحة المفاتيح وحدها، وبقارئات الشاشة، ومع تكبير المتصفح حتى 400%.

## كيف نتحقق من ذلك

تُفحص كل صفحة باختبارات آلية لإمكانية الوصول (axe-core). لا تكشف الاختبارات الآلية كل المشكلات، ولذلك نعتمد أيضاً على ما يخبرنا به المستخدمون.

## الحدود المعروفة

النصوص المنشورة على هذه البوابة محتوى تجريبي، تعرض طريقة عمل البوابة وليست إرشادات رسمية. وبعض الصفحات غير متاح بعدُ بكل اللغات؛ وعندما تنقص ترجمةٌ ما، تنبهك البوابة إلى ذلك.

## الإبلاغ عن مشكلة

إذا وجدت صعوبة في استخدام أي جزء من البوابة، فأخبرنا عبر [صفحة الاتصال](/ar/contact). اذكر الصفحة المعنية وما حدث، ويمكنك أيضاً، إن شئت، ذكر الجهاز أو المتصفح أو التقنية المساعدة التي تستخدمها.`,
      },
      zh: {
        title: "无障碍声明",
        summary: "本门户网站如何让每个人都能使用、已知的局限，以及如何报告问题。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

## 我们的目标

本门户网站力求符合《Web 内容无障碍指南》(WCAG) 2.2 的 AA 级标准。

## 您可以期待什么

- 所有页面无需 JavaScript 即可正常使用。
- 本网站提供六种语言：阿拉伯文、中文、英文、法文、俄文和西班牙文。阿拉伯文页面采用从右到左的版式。
- 您可以只用键盘、使用屏幕阅读器，或将浏览器缩放至 400% 来使用本网站。

## 我们如何检查

每个页面都经过自动化无障碍测试 (axe-core) 的检查。自动化测试无法发现所有问题，因此我们也依靠用户的反馈。

## 已知局限

本门户网站上的文字均为演示内容，用于展示网站的运作方式，并非官方指导。部分页面尚未提供所有语言版本；缺少译文时，网站会向您提示。

## 报告问题

如果网站的某些部分难以使用，请通过[联系页面](/zh/contact)告诉我们。请说明是哪一个页面以及发生了什么情况。如您愿意，也可以告诉我们您使用的设备、浏览器或辅助技术。`,
      },
      en: {
        title: "Accessibility statement",
        summary: "How the portal is built so that everyone can use it, its known limitations and how to report a problem.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

## Our aim

The portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.

## What you can expect

- Every page works without JavaScript.
- The portal is available in six languages: Arabic, Chinese, English, French, Russian and Spanish. Pages in Arabic use a right-to-left layout.
- You can use the portal with a keyboard alone, with a screen reader, and with browser zoom up to 400%.

## How we check

Every page is checked with automated accessibility tests (axe-core). Automated tests cannot find every problem, so we also rely on what users tell us.

## Known limitations

The texts on this portal are demonstration content. They show how the portal works and are not official guidance. Some pages are not yet available in every language; when a translation is missing, the portal tells you.

## Report a problem

If something on the portal is hard to use, please tell us through the [contact page](/en/contact). Say which page it was and what happened. If you wish, also tell us which device, browser or assistive technology you use.`,
      },
      fr: {
        title: "Déclaration d'accessibilité",
        summary:
          "Comment le portail est conçu pour être utilisable par toutes et tous, ses limites connues et comment signaler un problème.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

## Notre objectif

Le portail vise à respecter les Règles pour l'accessibilité des contenus Web (WCAG) 2.2, niveau AA.

## Ce que vous pouvez attendre

- Toutes les pages fonctionnent sans JavaScript.
- Le portail est disponible en six langues : anglais, arabe, chinois, espagnol, français et russe. Les pages en arabe s'affichent de droite à gauche.
- Vous pouvez utiliser le portail uniquement au clavier, avec un lecteur d'écran et avec un zoom du navigateur jusqu'à 400 %.

## Comment nous vérifions

Chaque page est contrôlée par des tests d'accessibilité automatisés (axe-core). Ces tests ne détectent pas tous les problèmes : vos signalements nous sont donc précieux.

## Limites connues

Les textes de ce portail sont des contenus de démonstration. Ils montrent le fonctionnement du portail et ne constituent pas une orientation officielle. Certaines pages ne sont pas encore disponibles dans toutes les langues ; lorsqu'une traduction manque, le portail vous l'indique.

## Signaler un problème

Si une partie du portail est difficile à utiliser, dites-le-nous par la [page de contact](/fr/contact). Indiquez la page concernée et ce qui s'est passé. Si vous le souhaitez, précisez aussi l'appareil, le navigateur ou la technologie d'assistance que vous utilisez.`,
      },
      ru: {
        title: "Заявление о доступности",
        summary: "Как портал сделан удобным для всех, какие у него известные ограничения и как сообщить о проблеме.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

## Наша цель

Портал стремится соответствовать Руководству по обеспечению доступности веб-контента (WCAG) 2.2 на уровне AA.

## Чего можно ожидать

- Все страницы работают без JavaScript.
- Портал доступен на шести языках: английском, арабском, испанском, китайском, русском и французском. Страницы на арабском языке отображаются справа налево.
- Порталом можно пользоваться только с клавиатуры, с программами чтения с экрана и при увеличении масштаба в браузере до 400%.

## Как мы проверяем

Каждая страница проверяется автоматическими тестами доступности (axe-core). Автоматические тесты находят не все проблемы, поэтому мы также рассчитываем на сообщения пользователей.

## Известные ограничения

Тексты на этом портале — демонстрационные материалы. Они показывают, как работает портал, и не являются официальным руководством. Некоторые страницы пока доступны не на всех языках; если перевода нет, портал сообщит об этом.

## Сообщить о проблеме

Если какой-то частью портала трудно пользоваться, сообщите нам через [страницу обратной связи](/ru/contact). Укажите, о какой странице идёт речь и что произошло. При желании сообщите также, каким устройством, браузером или вспомогательной технологией вы пользуетесь.`,
      },
      es: {
        title: "Declaración de accesibilidad",
        summary:
          "Cómo se ha construido el portal para que todas las personas puedan usarlo, sus limitaciones conocidas y cómo comunicar un problema.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

## Nuestro objetivo

El portal aspira a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA.

## Qué puede esperar

- Todas las páginas funcionan sin JavaScript.
- El portal está disponible en seis idiomas: árabe, chino, español, francés, inglés y ruso. Las páginas en árabe se muestran de derecha a izquierda.
- Puede usar el portal solo con el teclado, con un lector de pantalla y con el zoom del navegador hasta el 400 %.

## Cómo lo comprobamos

Cada página se revisa con pruebas automáticas de accesibilidad (axe-core). Las pruebas automáticas no detectan todos los problemas, por eso también contamos con lo que nos cuentan los usuarios.

## Limitaciones conocidas

Los textos de este portal son contenido de demostración: muestran cómo funciona el portal y no constituyen orientación oficial. Algunas páginas aún no están disponibles en todos los idiomas; cuando falta una traducción, el portal lo indica.

## Comunicar un problema

Si alguna parte del portal le resulta difícil de usar, díganoslo a través de la [página de contacto](/es/contact). Indique de qué página se trata y qué ocurrió. Si lo desea, díganos también qué dispositivo, navegador o tecnología de apoyo utiliza.`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "page",
    slug: "privacy",
    audiences: ["victims", "families", "associations", "member-states", "practitioners"],
    sortOrder: 0,
    publishedOn: "2026-06-01",
    reviewedOn: "2026-11-10",
    translations: {
      ar: {
        title: "إشعار الخصوصية",
        summary: "ما تجمعه البوابة، وهو قليل جداً، ولماذا، ومدة الاحتفاظ به، وكيف تمارس حقوقك.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

## قراءة البوابة

يمكنك قراءة كل الصفحات دون تقديم أي معلومات عن نفسك. لا تتتبعك البوابة، ولا تستخدم أدوات تحليل تابعة لجهات خارجية، ولا تعرض أي إعلانات.

## ملفات تعريف الارتباط

تضع البوابة ملف تعريف ارتباط يحفظ اختيارك للغة. وعندما ترسل نموذجاً، تضع أيضاً ملفات تعريف الارتباط اللازمة لإرساله بأمان. ولا تضع لدى القراء أي ملفات أخرى.

## «هل كانت هذه الصفحة مفيدة؟»

إذا أجبت عن هذا السؤال، فإننا نحتفظ بإجابتك فقط، وبتعليقك إن كتبت تعليقاً، مع الإشارة إلى الصفحة المعنية. نرجو ألا تذكر أي بيانات شخصية في تعليقك.

## نموذج الاتصال

نتلقى رسالتك، وعنوان بريدك الإلكتروني إن قدمته. ولا يُستخدم هذا العنوان إلا للرد عليك.

## سجلات الخادم

يحتفظ الخادم، كما في أي موقع، بسجلات تقنية. ولا تسجل هذه السجلات عبارات البحث ولا محتوى النماذج.

## الإحصاءات

لمعرفة الصفحات المفيدة، تُحصي البوابة مشاهدات الصفحات والزوار حسب اليوم والصفحة واللغة. ولا تضع لذلك أي ملف تعريف ارتباط ولا تخزّن عنوان IP: لا يُتعرَّف على الزائر إلا خلال يوم واحد، برمز يُحسب من العنوان والمتصفح بمفتاح عشوائي يُحذف في نهاية اليوم. ولا يُحتفظ إلا بالمجاميع اليومية. وإذا كان متصفحك يرسل إشارة «عدم التتبع» (Do Not Track) أو «التحكم العالمي في الخصوصية» (Global Privacy Control)، فلا تُحصى زياراتك إطلاقاً.

## من يمكنه الاطلاع على البيانات

لا يطلع على الملاحظات والرسائل إلا عدد محدود من موظفي الجهة المشغلة للبوابة، ويُسجَّل وصولهم إليها ويخضع للتدقيق.

## مدة الاحتفاظ بالبيانات

لا تُحفظ رسائل الاتصال إلا المدة اللازمة لمعالجتها. وتُحفظ الإجابات عن سؤال «هل كانت هذه الصفحة مفيدة؟» ما دامت تساعد على تحسين الصفحة. أما سجلات الخادم فتُحفظ مدة قصيرة لأسباب أمنية ثم تُحذف.

## حقوقك

يمكنك أن تطلب من الجهة المشغلة للبوابة الاطلاع على البيانات المتعلقة بك أو حذفها، عبر [صفحة الاتصال](/ar/contact).`,
      },
      zh: {
        title: "隐私声明",
        summary: "本门户网站收集哪些信息（极少）、为什么收集、保存多久，以及您如何行使自己的权利。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

## 阅读本网站

您无需提供任何个人信息即可阅读所有页面。本门户网站不会跟踪您，不使用任何第三方分析工具，也不展示任何广告。

## Cookie

本网站会设置一个 Cookie 来记住您选择的语言。当您发送表单时，还会设置安全发送该表单所必需的 Cookie。除此之外，本网站不会为读者设置其他 Cookie。

## “此页面对您有帮助吗？”

如果您回答这个问题，我们只保存您的回答，以及您填写的评论（如有），并记录所涉及的页面。请不要在评论中填写个人信息。

## 联系表单

我们会收到您的留言，以及您提供的电子邮件地址（如有）。该地址仅用于回复您。

## 服务器日志

与任何网站一样，服务器会保存技术日志。这些日志不会记录搜索词或表单内容。

## 统计

为了解哪些页面有帮助，本门户网站按日期、页面和语言统计页面浏览量和访客数。统计时不设置任何 Cookie，也不保存 IP 地址：访客只在同一天内被识别，识别依据是由地址和浏览器生成的代码，生成时使用的随机密钥在当天结束时即被删除。网站只保留每日总数。如果您的浏览器发送“请勿跟踪”（Do Not Track）或“全球隐私控制”（Global Privacy Control）信号，您的访问将完全不计入统计。

## 谁可以查看数据

只有门户网站运营方的少数工作人员可以查看反馈和留言，他们的访问会被记录并接受审计。

## 数据保存多久

联系留言仅在处理所需的时间内保存。“此页面对您有帮助吗？”的回答在有助于改进该页面期间予以保存。服务器日志出于安全原因短期保存，之后即被删除。

## 您的权利

您可以通过[联系页面](/zh/contact)请求门户网站运营方让您查阅与您有关的数据，或删除这些数据。`,
      },
      en: {
        title: "Privacy notice",
        summary: "What the portal collects, which is very little, why, how long it is kept and how to use your rights.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

## Reading the portal

You can read every page without giving any information about yourself. The portal does not track you, uses no analytics from third parties and shows no advertising.

## Cookies

The portal sets a cookie to remember your language choice. When you send a form, it also sets the cookies needed to send that form safely. It sets no other cookies for readers.

## “Was this page useful?”

If you answer this question, we keep only your answer and, if you write one, your comment, together with the page concerned. Please do not include personal details in your comment.

## The contact form

We receive your message and, if you give one, your email address. Your address is used only to reply to you.

## Server logs

Like any website, the server keeps technical logs. They do not record search terms or the contents of forms.

## Statistics

To know which pages help, the portal counts page views and visitors per day, page and language. It sets no cookie for this and stores no IP address: a visitor is recognised only within one day, by a code made from the address and the browser with a random key that is deleted at the end of the day. Only the daily totals are kept. If your browser sends Do Not Track or Global Privacy Control, your visits are not counted at all.

## Who can see the data

Only a limited number of staff of the portal's operator can see feedback and messages, and their access is recorded and audited.

## How long data is kept

Contact messages are kept only as long as needed to deal with them. Answers to “Was this page useful?” are kept while they help to improve the page. Server logs are kept for a short time for security reasons and then deleted.

## Your rights

You can ask the portal's operator for access to data about you, or for its deletion, through the [contact page](/en/contact).`,
      },
      fr: {
        title: "Politique de confidentialité",
        summary:
          "Ce que le portail collecte (très peu de chose), pourquoi, combien de temps ces données sont conservées et comment exercer vos droits.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

## Lire le portail

Vous pouvez lire toutes les pages sans donner aucune information sur vous. Le portail ne vous suit pas, n'utilise aucun outil de mesure d'audience de tiers et n'affiche aucune publicité.

## Cookies

Le portail dépose un cookie pour mémoriser votre choix de langue. Lorsque vous envoyez un formulaire, il dépose aussi les cookies nécessaires pour l'envoyer en toute sécurité. Il ne dépose aucun autre cookie chez les lecteurs.

## « Cette page vous a-t-elle été utile ? »

Si vous répondez à cette question, nous conservons uniquement votre réponse et, si vous en écrivez un, votre commentaire, avec l'indication de la page concernée. Merci de ne pas inclure d'informations personnelles dans votre commentaire.

## Le formulaire de contact

Nous recevons votre message et, si vous l'indiquez, votre adresse électronique. Celle-ci sert uniquement à vous répondre.

## Journaux du serveur

Comme tout site web, le serveur tient des journaux techniques. Ils n'enregistrent ni les termes de recherche ni le contenu des formulaires.

## Statistiques

Pour savoir quelles pages sont utiles, le portail compte les pages vues et les visiteurs par jour, par page et par langue. Il ne dépose pour cela aucun cookie et n’enregistre aucune adresse IP : un visiteur n’est reconnu que pendant une journée, grâce à un code calculé à partir de l’adresse et du navigateur avec une clé aléatoire effacée à la fin de la journée. Seuls les totaux quotidiens sont conservés. Si votre navigateur envoie le signal Do Not Track ou Global Privacy Control, vos visites ne sont pas comptées du tout.

## Qui peut voir les données

Seul un nombre restreint de membres du personnel de l'exploitant du portail peut consulter les avis et les messages ; leurs accès sont enregistrés et contrôlés.

## Durée de conservation

Les messages de contact ne sont conservés que le temps nécessaire pour les traiter. Les réponses à « Cette page vous a-t-elle été utile ? » sont conservées tant qu'elles aident à améliorer la page. Les journaux du serveur sont conservés peu de temps, pour des raisons de sécurité, puis supprimés.

## Vos droits

Vous pouvez demander à l'exploitant du portail l'accès aux données vous concernant, ou leur suppression, par la [page de contact](/fr/contact).`,
      },
      ru: {
        title: "Уведомление о конфиденциальности",
        summary:
          "Какие данные собирает портал (очень немного), зачем, как долго они хранятся и как воспользоваться своими правами.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

## Чтение портала

Все страницы можно читать, не сообщая о себе никаких сведений. Портал не отслеживает вас, не использует сторонние системы аналитики и не показывает рекламу.

## Файлы cookie

Портал устанавливает файл cookie, чтобы запомнить выбранный вами язык. Когда вы отправляете форму, устанавливаются также файлы cookie, необходимые для её безопасной отправки. Других файлов cookie портал читателям не устанавливает.

## «Была ли эта страница полезной?»

Если вы отвечаете на этот вопрос, мы сохраняем только ваш ответ и, если вы его написали, комментарий, а также указание на страницу. Пожалуйста, не пишите в комментарии личных данных.

## Форма обратной связи

Мы получаем ваше сообщение и, если вы его указали, адрес электронной почты. Адрес используется только для ответа вам.

## Журналы сервера

Как и на любом сайте, сервер ведёт технические журналы. В них не записываются поисковые запросы и содержание форм.

## Статистика

Чтобы понять, какие страницы полезны, портал подсчитывает просмотры страниц и посетителей по дням, страницам и языкам. Для этого он не устанавливает файлов cookie и не сохраняет IP-адресов: посетитель распознаётся только в течение одного дня по коду, вычисленному из адреса и браузера с помощью случайного ключа, который удаляется в конце дня. Сохраняются только итоги за день. Если ваш браузер отправляет сигнал Do Not Track или Global Privacy Control, ваши посещения вообще не учитываются.

## Кто имеет доступ к данным

Отзывы и сообщения могут просматривать лишь немногие сотрудники оператора портала; их доступ регистрируется и проверяется.

## Сколько хранятся данные

Сообщения из формы обратной связи хранятся только столько, сколько нужно для их рассмотрения. Ответы на вопрос «Была ли эта страница полезной?» хранятся, пока они помогают улучшать страницу. Журналы сервера хранятся недолго по соображениям безопасности, после чего удаляются.

## Ваши права

Через [страницу обратной связи](/ru/contact) вы можете попросить оператора портала предоставить вам доступ к данным о вас или удалить их.`,
      },
      es: {
        title: "Aviso de privacidad",
        summary: "Qué datos recoge el portal (muy pocos), para qué, cuánto tiempo se conservan y cómo ejercer sus derechos.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

## Leer el portal

Puede leer todas las páginas sin dar ningún dato sobre usted. El portal no le rastrea, no utiliza herramientas de análisis de terceros y no muestra publicidad.

## Cookies

El portal instala una cookie para recordar su elección de idioma. Cuando envía un formulario, instala también las cookies necesarias para enviarlo de forma segura. No instala ninguna otra cookie a los lectores.

## «¿Le ha resultado útil esta página?»

Si responde a esta pregunta, solo guardamos su respuesta y, si lo escribe, su comentario, junto con la indicación de la página. Le pedimos que no incluya datos personales en el comentario.

## El formulario de contacto

Recibimos su mensaje y, si la indica, su dirección de correo electrónico, que solo se utiliza para responderle.

## Registros del servidor

Como en cualquier sitio web, el servidor guarda registros técnicos. Estos registros no recogen los términos de búsqueda ni el contenido de los formularios.

## Estadísticas

Para saber qué páginas son útiles, el portal cuenta las páginas vistas y los visitantes por día, página e idioma. Para ello no instala ninguna cookie ni guarda ninguna dirección IP: a un visitante solo se le reconoce durante un día, mediante un código calculado a partir de la dirección y del navegador con una clave aleatoria que se borra al final del día. Solo se conservan los totales diarios. Si su navegador envía la señal Do Not Track o Global Privacy Control, sus visitas no se cuentan en absoluto.

## Quién puede ver los datos

Solo un número reducido de personas del equipo del operador del portal puede ver las valoraciones y los mensajes, y sus accesos quedan registrados y se auditan.

## Cuánto tiempo se conservan los datos

Los mensajes de contacto se conservan solo el tiempo necesario para atenderlos. Las respuestas a «¿Le ha resultado útil esta página?» se conservan mientras ayuden a mejorar la página. Los registros del servidor se conservan poco tiempo, por motivos de seguridad, y después se eliminan.

## Sus derechos

Puede pedir al operador del portal acceso a los datos que le conciernen, o su eliminación, a través de la [página de contacto](/es/contact).`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "page",
    slug: "contact",
    audiences: ["victims", "families", "associations", "member-states", "practitioners"],
    sortOrder: 0,
    publishedOn: "2026-06-01",
    reviewedOn: "2026-11-10",
    translations: {
      ar: {
        title: "اتصل بنا",
        summary: "أرسل رسالة إلى فريق البوابة. هذه ليست خدمة طوارئ.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

يرسل النموذج أدناه رسالة إلى فريق البوابة.

- لا تذكر أي تفاصيل لا ترغب في مشاركتها.
- لا تكتب عنوان بريدك الإلكتروني إلا إذا كنت تريد رداً.

**هذه ليست خدمة طوارئ.** إذا كنت في خطر، فاتصل برقم الطوارئ المحلي. وللعثور على خدمات الدعم، انظر [احصل على المساعدة الآن](/ar/info/get-help-now).`,
      },
      zh: {
        title: "联系我们",
        summary: "向门户网站团队发送留言。本服务不是紧急服务。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

通过下方表单，您可以向门户网站团队发送留言。

- 请不要填写您不愿分享的信息。
- 只有在希望得到回复时才需填写电子邮件地址。

**本服务不是紧急服务**。如果您身处危险之中，请拨打当地紧急电话。如需查找支持服务，请参阅[立即获取帮助](/zh/info/get-help-now)。`,
      },
      en: {
        title: "Contact us",
        summary: "Send a message to the portal's team. This is not an emergency service.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

The form below sends a message to the portal's team.

- Do not include details you would not want to share.
- Give an email address only if you want a reply.

**This is not an emergency service.** If you are in danger, call the local emergency number. To find support services, see [Get help now](/en/info/get-help-now).`,
      },
      fr: {
        title: "Nous contacter",
        summary: "Envoyez un message à l'équipe du portail. Ce n'est pas un service d'urgence.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

Le formulaire ci-dessous envoie un message à l'équipe du portail.

- N'indiquez pas d'informations que vous ne souhaitez pas partager.
- Ne donnez une adresse électronique que si vous souhaitez une réponse.

**Ce n'est pas un service d'urgence.** Si vous êtes en danger, appelez le numéro d'urgence local. Pour trouver des services d'aide, consultez [Obtenir de l'aide maintenant](/fr/info/get-help-now).`,
      },
      ru: {
        title: "Связаться с нами",
        summary: "Отправьте сообщение команде портала. Это не служба экстренной помощи.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

Форма ниже отправляет сообщение команде портала.

- Не указывайте сведений, которыми вы не хотели бы делиться.
- Указывайте адрес электронной почты, только если хотите получить ответ.

**Это не служба экстренной помощи.** Если вам угрожает опасность, позвоните по местному номеру экстренных служб. Чтобы найти службы поддержки, откройте страницу [Помощь прямо сейчас](/ru/info/get-help-now).`,
      },
      es: {
        title: "Contacto",
        summary: "Envíe un mensaje al equipo del portal. Este no es un servicio de emergencias.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

El formulario de abajo envía un mensaje al equipo del portal.

- No incluya datos que no quiera compartir.
- Indique una dirección de correo electrónico solo si desea recibir respuesta.

**Este no es un servicio de emergencias.** Si está en peligro, llame al número de emergencias local. Para encontrar servicios de apoyo, consulte [Obtener ayuda ahora](/es/info/get-help-now).`,
      },
    },
  },
];

export const demoNews: DemoItem[] = [
  // ---------------------------------------------------------------------------------------------
  {
    kind: "news",
    slug: "international-day-2026",
    audiences: ["victims", "families", "associations", "member-states", "practitioners"],
    publishedOn: "2026-08-21",
    reviewedOn: "2026-08-21",
    translations: {
      ar: {
        title: "21 آب/أغسطس: اليوم الدولي لإحياء ذكرى ضحايا الإرهاب وإجلالهم",
        summary:
          "في 21 آب/أغسطس من كل عام يكرّم العالم ضحايا الإرهاب والناجين منه ويدعمهم. وتجمع البوابة رسائل التضامن والمعلومات عن الفعاليات.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

يحيي العالم في 21 آب/أغسطس من كل عام اليوم الدولي لإحياء ذكرى ضحايا الإرهاب وإجلالهم.

وقد أعلنت الجمعية العامة للأمم المتحدة هذا اليوم في قرارها 72/165 المؤرخ 19 كانون الأول/ديسمبر 2017، بهدف تكريم ضحايا الإرهاب والناجين منه ودعمهم، وتعزيز وحماية تمتعهم الكامل بحقوق الإنسان والحريات الأساسية.

## رسائل التضامن والفعاليات

بمناسبة يوم هذا العام، تجمع البوابة رسائل التضامن والمعلومات عن الفعاليات التي تُقام إحياءً لهذا اليوم في أماكن مختلفة. ويمكن لجمعيات الضحايا والمنظمات والأفراد إرسال رسالة أو إخبارنا بفعالية عبر [صفحة الاتصال](/ar/contact). نرجو عدم ذكر بيانات شخصية عن آخرين دون موافقتهم.

## اعتنِ بنفسك

قد تعيد أيام الذكرى والمناسبات السنوية ذكريات مؤلمة، وهذا رد فعل شائع. لست مضطراً إلى المشاركة في أي شيء. وإذا كنت بحاجة إلى دعم، فانظر [احصل على المساعدة الآن](/ar/info/get-help-now).`,
      },
      zh: {
        title: "8月21日：纪念和悼念恐怖主义受害者国际日",
        summary: "每年8月21日，世界各地向恐怖主义受害者和幸存者致敬并给予支持。本门户网站正在收集声援留言和纪念活动信息。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

每年8月21日是纪念和悼念恐怖主义受害者国际日。

联合国大会在2017年12月19日第72/165号决议中宣布设立这一国际日，旨在向恐怖主义受害者和幸存者致敬并给予支持，促进和保护他们充分享有人权和基本自由。

## 声援留言和纪念活动

值此今年国际日之际，本门户网站正在收集声援留言，以及各地举办的纪念活动信息。受害者协会、各类组织和个人均可通过[联系页面](/zh/contact)发送留言或告诉我们相关活动。未经他人同意，请勿提供他人的个人信息。

## 照顾好自己

纪念日和周年纪念可能会唤起痛苦的回忆，这是常见的反应。您不必参加任何活动。如需支持，请参阅[立即获取帮助](/zh/info/get-help-now)。`,
      },
      en: {
        title: "21 August: International Day of Remembrance of and Tribute to the Victims of Terrorism",
        summary:
          "Every year on 21 August, the world honours and supports victims and survivors of terrorism. The portal is gathering messages of solidarity and information about events.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Every year on 21 August, the world marks the International Day of Remembrance of and Tribute to the Victims of Terrorism.

The United Nations General Assembly proclaimed the day in resolution 72/165 of 19 December 2017. The day exists to honour and support the victims and survivors of terrorism and to promote and protect the full enjoyment of their human rights and fundamental freedoms.

## Messages of solidarity and events

For this year's day, the portal is gathering messages of solidarity and information about events that mark the day in different places. Victims' associations, organisations and individuals can send a message or tell us about an event through the [contact page](/en/contact). Please do not include personal details of other people without their agreement.

## Take care of yourself

Remembrance days and anniversaries can bring back painful memories. This is a common reaction. You do not have to take part in anything. If you need support, see [Get help now](/en/info/get-help-now).`,
      },
      fr: {
        title: "21 août : Journée internationale du souvenir, en hommage aux victimes du terrorisme",
        summary:
          "Chaque année, le 21 août, le monde rend hommage aux victimes et aux survivants du terrorisme et leur apporte son soutien. Le portail recueille des messages de solidarité et des informations sur les événements.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

Chaque année, le 21 août, le monde observe la Journée internationale du souvenir, en hommage aux victimes du terrorisme.

L'Assemblée générale des Nations Unies a proclamé cette journée par sa résolution 72/165 du 19 décembre 2017. Elle vise à honorer et à soutenir les victimes et les survivants du terrorisme, ainsi qu'à promouvoir et protéger le plein exercice de leurs droits de l'homme et de leurs libertés fondamentales.

## Messages de solidarité et événements

À l'occasion de la Journée de cette année, le portail recueille des messages de solidarité et des informations sur les événements organisés en différents lieux pour la marquer. Les associations de victimes, les organisations et les particuliers peuvent envoyer un message ou nous signaler un événement par la [page de contact](/fr/contact). Merci de ne pas mentionner d'informations personnelles sur d'autres personnes sans leur accord.

## Prenez soin de vous

Les journées du souvenir et les dates anniversaires peuvent raviver des souvenirs douloureux. C'est une réaction fréquente. Rien ne vous oblige à participer. Si vous avez besoin de soutien, consultez [Obtenir de l'aide maintenant](/fr/info/get-help-now).`,
      },
      ru: {
        title: "21 августа — Международный день памяти и поминовения жертв терроризма",
        summary:
          "Ежегодно 21 августа мир чтит и поддерживает жертв терроризма и тех, кто пережил теракты. Портал собирает слова солидарности и сведения о мероприятиях.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

Ежегодно 21 августа отмечается Международный день памяти и поминовения жертв терроризма.

Генеральная Ассамблея ООН провозгласила этот день в резолюции 72/165 от 19 декабря 2017 года. Его цель — воздать должное жертвам терроризма и лицам, пострадавшим от него, поддержать их, а также содействовать защите и полному осуществлению их прав человека и основных свобод.

## Слова солидарности и мероприятия

В связи с Международным днём этого года портал собирает обращения со словами солидарности и сведения о мероприятиях, которые проводятся в память о жертвах в разных местах. Объединения пострадавших, организации и частные лица могут прислать сообщение или рассказать о мероприятии через [страницу обратной связи](/ru/contact). Пожалуйста, не указывайте личные данные других людей без их согласия.

## Позаботьтесь о себе

Дни памяти и годовщины могут пробуждать тяжёлые воспоминания. Это частая реакция. Вы не обязаны ни в чём участвовать. Если вам нужна поддержка, откройте страницу [Помощь прямо сейчас](/ru/info/get-help-now).`,
      },
      es: {
        title: "21 de agosto: Día Internacional de Conmemoración y Homenaje a las Víctimas del Terrorismo",
        summary:
          "Cada 21 de agosto, el mundo rinde homenaje y apoya a las víctimas y supervivientes del terrorismo. El portal reúne mensajes de solidaridad e información sobre actos conmemorativos.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

Cada 21 de agosto se conmemora el Día Internacional de Conmemoración y Homenaje a las Víctimas del Terrorismo.

La Asamblea General de las Naciones Unidas proclamó este día en su resolución 72/165, de 19 de diciembre de 2017. Su finalidad es honrar y apoyar a las víctimas y supervivientes del terrorismo, y promover y proteger el pleno disfrute de sus derechos humanos y libertades fundamentales.

## Mensajes de solidaridad y actos

Con motivo del Día de este año, el portal reúne mensajes de solidaridad e información sobre los actos que se organizan en distintos lugares para conmemorarlo. Las asociaciones de víctimas, las organizaciones y los particulares pueden enviar un mensaje o informarnos de un acto a través de la [página de contacto](/es/contact). Le pedimos que no incluya datos personales de otras personas sin su consentimiento.

## Cuídese

Los días de recuerdo y los aniversarios pueden despertar memorias dolorosas. Es una reacción frecuente. No tiene obligación de participar en nada. Si necesita apoyo, consulte [Obtener ayuda ahora](/es/info/get-help-now).`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "news",
    slug: "portal-opens-in-six-languages",
    audiences: ["victims", "families", "associations", "member-states", "practitioners"],
    publishedOn: "2026-11-02",
    reviewedOn: "2026-11-02",
    translations: {
      ar: {
        title: "البوابة متاحة الآن بست لغات",
        summary:
          "يمكن الآن قراءة البوابة التجريبية بالإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية، وهي اللغات الرسمية الست للأمم المتحدة.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

أصبحت البوابة التجريبية متاحة الآن بالإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية، وهي اللغات الرسمية الست للأمم المتحدة.

## كيف يعمل ذلك

- يمكنك تغيير اللغة من أداة اختيار اللغة في أعلى كل صفحة. وتحفظ البوابة اختيارك بملف تعريف ارتباط واحد.
- تُعرض الصفحات العربية باتجاه من اليمين إلى اليسار.
- لكل صفحة عنوان خاص بكل لغة، فيمكنك مشاركة رابط بلغة الشخص الذي ترسله إليه.
- إذا لم تكن الصفحة قد تُرجمت بعدُ إلى لغتك، تعرض البوابة تنبيهاً يُعلمك بذلك.

## لماذا يهم ذلك

بعد الهجوم، كثيراً ما يحتاج الناس إلى المعلومات بسرعة، وقد يكونون أحياناً في بلد لا يتكلمون لغته. وقراءة المعلومات عن الدعم والحقوق بلغة تفهمها جيداً تُحدث فرقاً حقيقياً، ولا سيما في اللحظات الصعبة.

يمكنك معرفة المزيد في [بيان إمكانية الوصول](/ar/info/accessibility). وإذا لاحظت خطأ في إحدى الترجمات، فأخبرنا عبر [صفحة الاتصال](/ar/contact).`,
      },
      zh: {
        title: "本门户网站现已提供六种语言版本",
        summary: "演示门户网站现可使用阿拉伯文、中文、英文、法文、俄文和西班牙文阅读，这六种语言是联合国的正式语文。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

演示门户网站现已提供阿拉伯文、中文、英文、法文、俄文和西班牙文六种语言版本，即联合国的六种正式语文。

## 如何使用

- 您可以通过每个页面顶部的语言切换器更改语言。本网站仅用一个 Cookie 记住您的选择。
- 阿拉伯文页面采用从右到左的版式。
- 每个页面在每种语言中都有各自的网址，因此您可以用对方的语言分享链接。
- 如果某个页面尚未译成您的语言，网站会显示提示告知您。

## 为什么这很重要

遭遇袭击后，人们往往急需信息，有时还身处一个不会说当地语言的国家。用自己熟悉的语言了解支持服务和自身权利，尤其在艰难时刻，会带来切实的帮助。

您可以在[无障碍声明](/zh/info/accessibility)中了解更多信息。如果您发现译文有误，请通过[联系页面](/zh/contact)告诉我们。`,
      },
      en: {
        title: "The portal is now available in six languages",
        summary:
          "The demonstration portal can now be read in Arabic, Chinese, English, French, Russian and Spanish, the six official languages of the United Nations.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

The demonstration portal is now available in Arabic, Chinese, English, French, Russian and Spanish, the six official languages of the United Nations.

## How it works

- You can change the language with the language switcher at the top of every page. The portal remembers your choice with a single cookie.
- Pages in Arabic use a right-to-left layout.
- Each page has its own address in each language, so you can share a link in the language of the person you are sending it to.
- When a page has not yet been translated into your language, the portal shows a notice to let you know.

## Why it matters

After an attack, people often need information quickly, and sometimes in a country whose language they do not speak. Reading about support and rights in a language you understand well makes a real difference, especially in a difficult moment.

You can read more in our [accessibility statement](/en/info/accessibility). If you notice a mistake in a translation, please tell us through the [contact page](/en/contact).`,
      },
      fr: {
        title: "Le portail est désormais disponible en six langues",
        summary:
          "Le portail de démonstration peut désormais être consulté en anglais, arabe, chinois, espagnol, français et russe, les six langues officielles des Nations Unies.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

Le portail de démonstration est désormais disponible en anglais, en arabe, en chinois, en espagnol, en français et en russe, les six langues officielles des Nations Unies.

## Comment ça marche

- Vous pouvez changer de langue grâce au sélecteur situé en haut de chaque page. Le portail mémorise votre choix au moyen d'un seul cookie.
- Les pages en arabe s'affichent de droite à gauche.
- Chaque page a sa propre adresse dans chaque langue : vous pouvez donc partager un lien dans la langue de la personne à qui vous l'envoyez.
- Lorsqu'une page n'a pas encore été traduite dans votre langue, le portail affiche un avis pour vous en informer.

## Pourquoi c'est important

Après un attentat, on a souvent besoin d'informations rapidement, parfois dans un pays dont on ne parle pas la langue. Lire des informations sur l'aide et sur ses droits dans une langue que l'on comprend bien change vraiment les choses, surtout dans un moment difficile.

Pour en savoir plus, consultez notre [déclaration d'accessibilité](/fr/info/accessibility). Si vous remarquez une erreur de traduction, signalez-la-nous par la [page de contact](/fr/contact).`,
      },
      ru: {
        title: "Портал доступен на шести языках",
        summary:
          "Демонстрационный портал теперь можно читать на английском, арабском, испанском, китайском, русском и французском языках — шести официальных языках ООН.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

Демонстрационный портал теперь доступен на английском, арабском, испанском, китайском, русском и французском языках — шести официальных языках Организации Объединенных Наций.

## Как это работает

- Язык можно сменить с помощью переключателя в верхней части каждой страницы. Портал запоминает ваш выбор с помощью одного файла cookie.
- Страницы на арабском языке отображаются справа налево.
- У каждой страницы есть собственный адрес на каждом языке, поэтому вы можете отправить ссылку на языке того, кому её пересылаете.
- Если страница ещё не переведена на ваш язык, портал покажет об этом уведомление.

## Почему это важно

После теракта людям часто срочно нужна информация, причём иногда в стране, языка которой они не знают. Возможность прочитать о поддержке и своих правах на языке, который вы хорошо понимаете, очень важна, особенно в трудную минуту.

Подробнее читайте в [заявлении о доступности](/ru/info/accessibility). Если вы заметили ошибку в переводе, сообщите нам через [страницу обратной связи](/ru/contact).`,
      },
      es: {
        title: "El portal ya está disponible en seis idiomas",
        summary:
          "El portal de demostración ya puede consultarse en árabe, chino, español, francés, inglés y ruso, los seis idiomas oficiales de las Naciones Unidas.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

El portal de demostración ya está disponible en árabe, chino, español, francés, inglés y ruso, los seis idiomas oficiales de las Naciones Unidas.

## Cómo funciona

- Puede cambiar de idioma con el selector situado en la parte superior de cada página. El portal recuerda su elección mediante una única cookie.
- Las páginas en árabe se muestran de derecha a izquierda.
- Cada página tiene su propia dirección en cada idioma, de modo que puede compartir un enlace en el idioma de la persona a quien se lo envía.
- Cuando una página aún no se ha traducido a su idioma, el portal muestra un aviso para informarle.

## Por qué es importante

Después de un atentado, las personas suelen necesitar información con rapidez, a veces en un país cuyo idioma no hablan. Leer sobre el apoyo disponible y sobre los propios derechos en un idioma que se entiende bien marca una diferencia real, sobre todo en un momento difícil.

Puede leer más en nuestra [declaración de accesibilidad](/es/info/accessibility). Si encuentra un error en una traducción, díganoslo a través de la [página de contacto](/es/contact).`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "news",
    slug: "model-legislative-provisions-explained",
    audiences: ["member-states", "practitioners", "associations"],
    publishedOn: "2026-10-05",
    reviewedOn: "2026-10-05",
    translations: {
      ar: {
        title: "شرح الأحكام التشريعية النموذجية المتعلقة بضحايا الإرهاب",
        summary:
          "مقدمة موجزة عن الأحكام النموذجية التي نشرها في عام 2022 مكتب الأمم المتحدة لمكافحة الإرهاب ومكتب الأمم المتحدة المعني بالمخدرات والجريمة والاتحاد البرلماني الدولي، لمساعدة الدول على سنّ قوانين بشأن حقوق ضحايا الإرهاب.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

في عام 2022، نشر مكتب الأمم المتحدة لمكافحة الإرهاب، ومكتب الأمم المتحدة المعني بالمخدرات والجريمة، والاتحاد البرلماني الدولي أحكاماً تشريعية نموذجية لدعم احتياجات ضحايا الإرهاب وحماية حقوقهم (العنوان بالإنكليزية: *Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism*).

## ما هي هذه الأحكام؟

هي نموذج، أي نصوص قانونية مقترحة يمكن للدول الاستعانة بها عند مراجعة قوانينها القائمة أو صياغة قوانين جديدة بشأن ضحايا الإرهاب. وهي ليست معاهدة، ولا تُلزم الدول بحد ذاتها، وقد صُممت لتُكيَّف مع مختلف النظم القانونية والظروف الوطنية.

## ما الذي تتناوله؟

تتناول مسائل مثل: من يُعترف به ضحيةً، وما المساعدة والدعم اللذان ينبغي أن يحصل عليهما الضحايا، وكيف يمكنهم المشاركة في الإجراءات القضائية، وكيف يحصلون على التعويض. وهي تعتمد في ذلك كله نهجاً يتمحور حول الضحايا.

## كيف أُعدّت؟

وُضع النص من خلال مشاورات مع خبراء شارك فيها ضحايا وجمعيات للضحايا، إلى جانب برلمانيين وممارسين ومتخصصين آخرين.

## لماذا يهم ذلك؟

توفر هذه الأحكام للبرلمانيين والمسؤولين نقطة انطلاق للصياغة التشريعية، ويمكن أن تساعد الجمعيات والممارسين في حوارهم مع السلطات بشأن ما ينبغي أن يتضمنه القانون الوطني.`,
      },
      zh: {
        title: "解读关于恐怖主义受害者的示范立法条款",
        summary:
          "简要介绍联合国反恐怖主义办公室、联合国毒品和犯罪问题办公室和各国议会联盟于2022年发布的示范条款，该条款旨在帮助各国制定有关恐怖主义受害者权利的法律。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

2022年，联合国反恐怖主义办公室、联合国毒品和犯罪问题办公室和各国议会联盟发布了关于支持恐怖主义受害者需求和保护其权利的示范立法条款（英文名称：*Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism*）。

## 什么是示范立法条款

它是一套范本，即各国在审查现行法律或制定有关恐怖主义受害者的新法律时可以参考的法律条文样本。它不是条约，本身对各国没有约束力，并可根据不同法律体系和本国情况加以调整。

## 涵盖哪些内容

条款涉及的问题包括：哪些人被认定为受害者，受害者应获得哪些援助和支持，受害者如何参与司法程序，以及如何获得赔偿。条款始终贯彻以受害者为中心的方针。

## 如何编写

条款是通过专家磋商拟定的，参与者除议员、从业人员和其他专家外，还包括受害者和受害者协会。

## 为什么重要

对议员和政府官员而言，这些条款为起草法律提供了起点。对受害者协会和从业人员而言，它们有助于就本国法律应包含哪些内容与当局开展对话。`,
      },
      en: {
        title: "The Model Legislative Provisions on victims of terrorism, explained",
        summary:
          "A short introduction to the model provisions published in 2022 by UNOCT, UNODC and the Inter-Parliamentary Union to help States write laws on the rights of victims of terrorism.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

In 2022, the United Nations Office of Counter-Terrorism (UNOCT), the United Nations Office on Drugs and Crime (UNODC) and the Inter-Parliamentary Union (IPU) published the *Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism*.

## What they are

The provisions are a model: sample legal texts that States can draw on when they review their laws or write new ones. They are not a treaty, do not bind States by themselves and can be adapted to different legal systems.

## What they cover

They address questions such as who is recognised as a victim, what assistance and support victims should receive, how victims can take part in justice proceedings and how they can obtain compensation. They follow a victim-centred approach.

## How they were prepared

The text was developed through expert consultations in which victims and victims' associations took part, alongside parliamentarians, practitioners and other specialists.

## Why it matters

For parliamentarians and officials, the provisions offer a starting point for drafting. For associations and practitioners, they can support discussions with authorities about what national law should contain.`,
      },
      fr: {
        title: "Les dispositions législatives types sur les victimes du terrorisme, expliquées",
        summary:
          "Une brève présentation des dispositions types publiées en 2022 par le Bureau de lutte contre le terrorisme de l'ONU, l'ONUDC et l'Union interparlementaire pour aider les États à légiférer sur les droits des victimes du terrorisme.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

En 2022, le Bureau de lutte contre le terrorisme de l'ONU, l'Office des Nations Unies contre la drogue et le crime (ONUDC) et l'Union interparlementaire ont publié des dispositions législatives types pour répondre aux besoins et protéger les droits des victimes du terrorisme (titre anglais : *Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism*).

## De quoi s'agit-il ?

Ces dispositions forment un modèle dont les États peuvent s'inspirer pour réexaminer leurs lois ou en adopter de nouvelles. Il ne s'agit pas d'un traité : elles ne lient pas les États par elles-mêmes et peuvent être adaptées à différents systèmes juridiques.

## Que contiennent-elles ?

Elles traitent notamment de la qualité de victime, de l'assistance et du soutien, de la participation aux procédures judiciaires et de l'indemnisation, selon une approche centrée sur les victimes.

## Leur élaboration

Elles sont issues de consultations d'experts associant des victimes, des associations de victimes, des parlementaires et des praticiens.

## Leur intérêt

Elles offrent un point de départ aux parlementaires et aux responsables publics, et peuvent nourrir le dialogue des associations et des praticiens avec les autorités.`,
      },
      ru: {
        title: "Типовые законодательные положения о жертвах терроризма: что это такое",
        summary:
          "Краткое знакомство с типовыми положениями, которые Контртеррористическое управление ООН, УНП ООН и Межпарламентский союз опубликовали в 2022 году, чтобы помочь государствам в разработке законов о правах жертв терроризма.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

В 2022 году Контртеррористическое управление ООН, Управление ООН по наркотикам и преступности (УНП ООН) и Межпарламентский союз опубликовали типовые законодательные положения о поддержке потребностей и защите прав жертв терроризма (английское название: *Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism*).

## Что это такое

Это образец — примерные правовые нормы, на которые государства могут опираться, пересматривая действующие законы или принимая новые. Это не международный договор, и сами по себе положения не обязательны для государств. Они рассчитаны на адаптацию к разным правовым системам и национальным условиям.

## О чём они

В них рассматриваются такие вопросы, как признание лица жертвой, помощь и поддержка, которые должны получать жертвы, их участие в судопроизводстве и получение компенсации. Положения последовательно исходят из интересов жертв.

## Как они готовились

Текст разработан по итогам консультаций с экспертами, в которых вместе с парламентариями, практиками и другими специалистами участвовали пострадавшие и их объединения.

## Почему это важно

Парламентариям и должностным лицам положения дают отправную точку для подготовки законопроектов. Объединениям пострадавших и специалистам-практикам они помогают вести диалог с властями о содержании национального законодательства.`,
      },
      es: {
        title: "Las disposiciones legislativas modelo sobre víctimas del terrorismo, explicadas",
        summary:
          "Una breve presentación de las disposiciones modelo publicadas en 2022 por la Oficina de Lucha contra el Terrorismo, la UNODC y la Unión Interparlamentaria para ayudar a los Estados a legislar sobre los derechos de las víctimas del terrorismo.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

En 2022, la Oficina de Lucha contra el Terrorismo y la Oficina contra la Droga y el Delito (UNODC) de las Naciones Unidas, junto con la Unión Interparlamentaria, publicaron unas disposiciones legislativas modelo para atender las necesidades y proteger los derechos de las víctimas del terrorismo (título en inglés: *Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism*).

## Qué son

Son un modelo: textos jurídicos en los que los Estados pueden inspirarse al revisar sus leyes o redactar otras nuevas. No son un tratado, no obligan por sí mismas a los Estados y pueden adaptarse a distintos sistemas jurídicos.

## Qué abarcan

Tratan, entre otras cuestiones, el reconocimiento de la condición de víctima, la asistencia y el apoyo, la participación en los procesos judiciales y la indemnización, con un enfoque centrado en las víctimas.

## Cómo se prepararon

Surgieron de consultas con expertos en las que participaron víctimas, asociaciones de víctimas, parlamentarios y profesionales.

## Su utilidad

Ofrecen un punto de partida a parlamentarios y funcionarios, y pueden apoyar el diálogo de las asociaciones y los profesionales con las autoridades.`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "news",
    slug: "new-guide-on-dealing-with-the-media",
    audiences: ["victims", "families", "associations"],
    publishedOn: "2026-09-14",
    reviewedOn: "2026-09-14",
    translations: {
      ar: {
        title: "دليل جديد: التعامل مع وسائل الإعلام",
        summary: "صفحة جديدة تشرح كيفية التعامل مع الصحفيين بعد الهجوم، بما في ذلك حقك في الرفض.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

بعد أي هجوم، قد يتصل الصحفيون بالضحايا وأسرهم، وأحياناً بسرعة كبيرة. يجد بعض الناس في رواية قصتهم عوناً لهم، بينما يفضل آخرون الابتعاد عن الأضواء. وكلا الخيارين مشروع، ويمكنك أن تغيّر رأيك.

تقدم صفحة جديدة على البوابة بعنوان [التعامل مع وسائل الإعلام](/ar/info/dealing-with-the-media) نصائح عملية، فهي تشرح:

- أنه يحق لك أن ترفض أي طلب، أو أن تؤجل الرد عليه؛
- ما ينبغي أن تسأل عنه قبل الموافقة على مقابلة، مثل الجهة التي يعمل لديها الصحفي وكيف ستُستخدم كلماتك وصورك؛
- كيف يمكن لشخص تثق به أن يتحدث نيابة عنك أو أن يرافقك أثناء المقابلة؛
- كيف تحمي خصوصيتك وخصوصية أسرتك، بما في ذلك على وسائل التواصل الاجتماعي.

الدليل موجّه إلى الضحايا وأسرهم، ويمكن أن يفيد أيضاً الجمعيات التي تدعمهم في تواصلهم مع الصحافة.

إذا أردت إبداء رأيك في الصفحة الجديدة، فاستخدم نموذج «هل كانت هذه الصفحة مفيدة؟» في تلك الصفحة، أو راسلنا عبر [صفحة الاتصال](/ar/contact).`,
      },
      zh: {
        title: "新指南：如何与媒体打交道",
        summary: "新页面介绍袭击发生后如何与记者打交道，包括您有权拒绝采访。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

袭击发生后，记者可能会联系受害者及其家人，有时速度很快。有些人觉得讲述自己的经历有所帮助，另一些人则希望远离公众视线。两种选择都是正当的，您也可以改变主意。

门户网站新增的[如何与媒体打交道](/zh/info/dealing-with-the-media)页面提供了实用建议，内容包括：

- 您可以拒绝任何请求，或要求暂缓答复；
- 同意接受采访前应当问清哪些问题，例如记者为哪家媒体工作、您的话语和照片将如何使用；
- 如何请一位您信任的人代您发言，或在采访时陪伴您；
- 如何保护您和家人的隐私，包括在社交媒体上。

本指南面向受害者及其家人，也可以帮助支持他们的协会与新闻界打交道。

如果您想对新页面提出意见，请使用该页面上的“此页面对您有帮助吗？”表单，或通过[联系页面](/zh/contact)给我们留言。`,
      },
      en: {
        title: "New guide: dealing with the media",
        summary: "A new page explains how to deal with journalists after an attack, including your right to say no.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

After an attack, journalists may contact victims and their families, sometimes very quickly. Some people find it helpful to tell their story; others prefer to stay out of the public eye. Both choices are legitimate, and you can change your mind.

A new page on the portal, [Dealing with the media](/en/info/dealing-with-the-media), offers practical advice. It explains:

- that you can say no, or not now, to any request;
- what to ask before agreeing to an interview, such as who the journalist works for and how your words and pictures will be used;
- how someone you trust can speak for you or be with you during an interview;
- how to protect your privacy and that of your family, including on social media.

The guide is written for victims and families, and it can also help the associations that support them in their contact with the press.

If you would like to comment on the new page, use the “Was this page useful?” form on that page or write to us through the [contact page](/en/contact).`,
      },
      fr: {
        title: "Nouveau guide : faire face aux médias",
        summary:
          "Une nouvelle page explique comment gérer les sollicitations des journalistes après un attentat, y compris votre droit de dire non.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

Après un attentat, des journalistes peuvent contacter les victimes et leurs familles, parfois très vite. Certaines personnes trouvent utile de témoigner ; d'autres préfèrent rester à l'écart. Les deux choix sont légitimes, et vous pouvez changer d'avis.

Une nouvelle page du portail, [Faire face aux médias](/fr/info/dealing-with-the-media), donne des conseils pratiques. Elle explique :

- que vous pouvez refuser toute demande, ou la remettre à plus tard ;
- quelles questions poser avant d'accepter une interview, par exemple pour quel média travaille le journaliste et comment vos propos et vos images seront utilisés ;
- comment une personne de confiance peut parler en votre nom ou vous accompagner pendant un entretien ;
- comment protéger votre vie privée et celle de votre famille, y compris sur les réseaux sociaux.

Le guide s'adresse aux victimes et à leurs familles ; il peut aussi aider les associations qui les accompagnent dans leurs relations avec la presse.

Pour donner votre avis sur cette nouvelle page, utilisez le formulaire « Cette page vous a-t-elle été utile ? » de cette page ou écrivez-nous par la [page de contact](/fr/contact).`,
      },
      ru: {
        title: "Новое руководство: общение со СМИ",
        summary:
          "Новая страница рассказывает, как общаться с журналистами после теракта, и напоминает, что вы вправе отказаться от интервью.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

После теракта журналисты могут обращаться к пострадавшим и их родственникам, иногда очень быстро. Одним людям помогает рассказать о пережитом, другие предпочитают оставаться в стороне от внимания публики. Оба решения правомерны, и вы можете передумать.

Новая страница портала [Общение со СМИ](/ru/info/dealing-with-the-media) содержит практические советы. В ней объясняется:

- что вы можете отказаться от любой просьбы или отложить ответ;
- о чём спросить, прежде чем соглашаться на интервью, — например, на какое издание работает журналист и как будут использованы ваши слова и фотографии;
- как доверенный человек может говорить от вашего имени или быть рядом во время интервью;
- как защитить свою частную жизнь и частную жизнь семьи, в том числе в социальных сетях.

Руководство адресовано пострадавшим и их семьям; оно также может пригодиться объединениям, которые помогают им в общении с прессой.

Чтобы высказать мнение о новой странице, воспользуйтесь формой «Была ли эта страница полезной?» на этой странице или напишите нам через [страницу обратной связи](/ru/contact).`,
      },
      es: {
        title: "Nueva guía: cómo tratar con los medios de comunicación",
        summary:
          "Una nueva página explica cómo tratar con periodistas después de un atentado, incluido su derecho a decir que no.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

Después de un atentado, los periodistas pueden ponerse en contacto con las víctimas y sus familias, a veces muy pronto. A algunas personas les ayuda contar su historia; otras prefieren mantenerse lejos de la atención pública. Ambas opciones son legítimas, y usted puede cambiar de opinión.

Una nueva página del portal, [Cómo tratar con los medios](/es/info/dealing-with-the-media), ofrece consejos prácticos. Explica:

- que puede decir que no, o que ahora no, a cualquier solicitud;
- qué preguntar antes de aceptar una entrevista, por ejemplo para qué medio trabaja el periodista y cómo se usarán sus palabras e imágenes;
- cómo una persona de confianza puede hablar en su nombre o acompañarle durante una entrevista;
- cómo proteger su intimidad y la de su familia, también en las redes sociales.

La guía está dirigida a las víctimas y sus familias, y también puede servir a las asociaciones que las acompañan en su relación con la prensa.

Si desea opinar sobre la nueva página, use el formulario «¿Le ha resultado útil esta página?» de esa página o escríbanos a través de la [página de contacto](/es/contact).`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    kind: "news",
    slug: "safety-features-on-the-portal",
    audiences: ["victims", "families"],
    publishedOn: "2026-07-01",
    reviewedOn: "2026-07-01",
    translations: {
      ar: {
        title: "خروج سريع في كل صفحة",
        summary: "أصبح في كل صفحة الآن زر «مغادرة هذه الصفحة»، وتشرح صفحة الأمان كيف تتصفح البوابة بأمان أكبر.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

يزور بعض الناس هذه البوابة في أوقات لا يشعرون فيها بالأمان، أو لا يريدون أن يعرف الآخرون ما يقرؤونه. ولمساعدتهم، أصبح في أعلى كل صفحة الآن زر **مغادرة هذه الصفحة**.

## كيف يعمل

اختر الزر، أو اضغط على مفتاح Shift ثلاث مرات، فتختفي الصفحة فوراً ويحل محلها موقع محايد هو صفحة لأحوال الطقس. ولأن الصفحة الحالية تُستبدل، لا يعيدك زر الرجوع إلى البوابة.

## ما لا يفعله

لا يمحو الخروج السريع سجل التصفح، ولا يحميك من شخص يراقب جهازك أو شبكتك.

## لمعرفة المزيد

تشرح صفحة [تصفح هذا الموقع بأمان](/ar/info/safety) هذه الحدود، وتقدم نصائح عملية مثل استخدام نافذة التصفح الخاص ومسح السجل. وتوضح أيضاً أن البوابة لا تستخدم أدوات تتبّع، ولا تحمّل أي محتوى من مواقع أخرى، ولا تضع لدى القراء ملفات تعريف ارتباط سوى ملف اختيار اللغة والملفات اللازمة لإرسال النماذج.`,
      },
      zh: {
        title: "每个页面都设有快速退出功能",
        summary: "现在每个页面都设有“退出此页面”按钮，安全页面介绍了如何更安全地浏览本门户网站。",
        body: `*演示内容：本页面用于展示门户网站的运作方式，并非官方指导。*

有些人在访问本门户网站时可能感到不安全，或者不希望他人知道自己在阅读什么。为此，现在每个页面顶部都设有**退出此页面**按钮。

## 如何使用

点击该按钮，或连续按三次 Shift 键，页面会立即隐藏，并被一个中性网站（天气网页）取代。由于当前页面已被替换，按“后退”按钮不会回到本网站。

## 它做不到的事

快速退出不会清除您的浏览记录，也无法防范监控您的设备或网络的人。

## 了解更多

[安全浏览本网站](/zh/info/safety)页面说明了这些局限，并提供实用建议，例如使用隐私浏览窗口和清除浏览记录。该页面还说明，本门户网站不使用任何跟踪工具，不从其他网站加载任何内容；除了记住语言选择的 Cookie 和发送表单所必需的 Cookie 外，不会为读者设置任何 Cookie。`,
      },
      en: {
        title: "A quick exit on every page",
        summary:
          "Every page now has an “Exit this page” control, and the safety page explains how to browse the portal more safely.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Some people visit this portal at a time when they do not feel safe, or when they do not want others to know what they are reading. To help, every page now has an **Exit this page** control at the top.

## How it works

Select the control, or press the Shift key three times. The page is hidden at once and replaced with a neutral website, a weather page. Because the current page is replaced, the Back button does not bring you back to the portal.

## What it does not do

The quick exit does not erase your browsing history, and it does not protect you from someone who monitors your device or network.

## Read more

The page [Browsing this site safely](/en/info/safety) explains these limits and gives practical tips, such as using a private window and clearing your history. It also explains that the portal uses no trackers, loads nothing from other sites and sets no cookies for readers except the language choice and those needed to send a form.`,
      },
      fr: {
        title: "Une sortie rapide sur chaque page",
        summary:
          "Chaque page comporte désormais un bouton « Quitter cette page », et la page consacrée à la sécurité explique comment naviguer sur le portail de façon plus sûre.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

Certaines personnes consultent ce portail à un moment où elles ne se sentent pas en sécurité, ou sans vouloir que d'autres sachent ce qu'elles lisent. Pour les aider, chaque page comporte désormais, tout en haut, un bouton **Quitter cette page**.

## Comment ça marche

Sélectionnez le bouton ou appuyez trois fois sur la touche Maj (Shift). La page est aussitôt masquée et remplacée par un site neutre, une page de météo. Comme la page en cours est remplacée, le bouton Retour ne vous ramène pas sur le portail.

## Ce qu'il ne fait pas

La sortie rapide n'efface pas votre historique de navigation et ne vous protège pas d'une personne qui surveille votre appareil ou votre réseau.

## En savoir plus

La page [Naviguer sur ce site en sécurité](/fr/info/safety) explique ces limites et donne des conseils pratiques, comme utiliser une fenêtre de navigation privée et effacer votre historique. Elle précise aussi que le portail n'utilise aucun traceur, ne charge rien depuis d'autres sites et ne dépose aucun cookie chez les lecteurs, hormis celui du choix de langue et ceux nécessaires à l'envoi d'un formulaire.`,
      },
      ru: {
        title: "Быстрый выход на каждой странице",
        summary:
          "Теперь на каждой странице есть кнопка «Покинуть страницу», а страница о безопасности объясняет, как пользоваться порталом безопаснее.",
        body: `*Демонстрационный материал: эта страница показывает, как работает портал, и не является официальным руководством.*

Некоторые люди заходят на этот портал, когда не чувствуют себя в безопасности или не хотят, чтобы другие знали, что они читают. Чтобы помочь им, теперь вверху каждой страницы есть кнопка **Покинуть страницу**.

## Как это работает

Нажмите на кнопку или трижды нажмите клавишу Shift. Страница сразу скроется, и вместо неё откроется нейтральный сайт — страница с прогнозом погоды. Поскольку текущая страница заменяется, кнопка «Назад» не вернёт вас на портал.

## Чего он не делает

Быстрый выход не удаляет историю браузера и не защищает от человека, который следит за вашим устройством или сетью.

## Подробнее

На странице [Безопасный просмотр сайта](/ru/info/safety) объясняются эти ограничения и даются практические советы, например пользоваться приватным окном и очищать историю. Там же сказано, что портал не использует трекеры, ничего не загружает с других сайтов и не устанавливает читателям файлы cookie, кроме файла с выбранным языком и тех, что нужны для отправки формы.`,
      },
      es: {
        title: "Una salida rápida en cada página",
        summary:
          "Todas las páginas tienen ahora un botón «Salir de esta página», y la página de seguridad explica cómo navegar por el portal de forma más segura.",
        body: `*Contenido de demostración: esta página muestra cómo funciona el portal y no constituye orientación oficial.*

Algunas personas visitan este portal en momentos en que no se sienten seguras o no quieren que otros sepan lo que están leyendo. Para ayudarlas, todas las páginas tienen ahora, en la parte superior, un botón **Salir de esta página**.

## Cómo funciona

Seleccione el botón o pulse tres veces la tecla Mayús (Shift). La página se oculta al instante y se sustituye por un sitio neutro, una página del tiempo. Como la página actual se reemplaza, el botón Atrás no le devuelve al portal.

## Lo que no hace

La salida rápida no borra el historial de navegación ni le protege de alguien que vigile su dispositivo o su red.

## Más información

La página [Navegar por este sitio de forma segura](/es/info/safety) explica estos límites y ofrece consejos prácticos, como usar una ventana privada y borrar el historial. También explica que el portal no utiliza rastreadores, no carga nada desde otros sitios y no instala cookies a los lectores, salvo la de la elección de idioma y las necesarias para enviar un formulario.`,
      },
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Deliberately translated into three languages only: the portal shows a notice in the others.
  {
    kind: "news",
    slug: "associations-network-call",
    audiences: ["associations"],
    publishedOn: "2026-06-10",
    reviewedOn: "2026-06-10",
    translations: {
      ar: {
        title: "جمعيات الضحايا: شاركونا تجربتكم",
        summary: "ندعو جمعيات الضحايا إلى إخبارنا بما يحتاج إليه الضحايا وأسرهم، وبما ينقص، وبكيفية تحسين خدمة البوابة لهم.",
        body: `*محتوى تجريبي: تعرض هذه الصفحة طريقة عمل البوابة، وليست إرشادات رسمية.*

كثيراً ما تعرف جمعيات الضحايا، أكثر من أي جهة أخرى، ما يحتاج إليه الضحايا وأسرهم، في الأيام الأولى بعد الهجوم وفي السنوات التي تليه. ولذلك ندعو الجمعيات إلى مشاركة تجربتها مع فريق البوابة.

## ما نود أن نعرفه

- الأسئلة التي يطرحها عليكم الضحايا وأسرهم في أغلب الأحيان؛
- المعلومات التي يصعب العثور عليها أو فهمها؛
- أساليب العمل التي يمكن أن تستفيد منها جمعيات أخرى؛
- المواضيع واللغات التي ينبغي أن تغطيها البوابة.

## كيف تشاركون

راسلونا عبر [صفحة الاتصال](/ar/contact)، واذكروا عنوان بريد إلكتروني إذا كنتم ترغبون في الرد. ونرجو عدم ذكر بيانات شخصية عن الضحايا أو أسرهم دون موافقتهم.

سنطلب إذنكم قبل نشر أي شيء مما ترسلونه إلينا.

ستساعد مساهماتكم في تشكيل محتوى البوابة، حتى يعكس تجربة من يدعمون الضحايا كل يوم.`,
      },
      en: {
        title: "Victims' associations: share your experience",
        summary:
          "We invite victims' associations to tell us what victims and families need, what is missing and how the portal could serve them better.",
        body: `*Demonstration content: this page shows how the portal works and is not official guidance.*

Victims' associations often know better than anyone what victims and families need, in the first days after an attack and in the years that follow. We invite associations to share their experience with the portal's team.

## What we would like to hear about

- the questions victims and families ask you most often;
- information that is hard to find or hard to understand;
- ways of working that other associations could learn from;
- topics and languages the portal should cover.

## How to take part

Write to us through the [contact page](/en/contact). Give an email address if you would like a reply. Please do not include personal details about victims or families unless they have agreed.

We will ask for your permission before publishing anything you send us.

Your contributions will help shape the content of the portal, so that it reflects the experience of those who support victims every day.`,
      },
      fr: {
        title: "Associations de victimes : partagez votre expérience",
        summary:
          "Nous invitons les associations de victimes à nous dire ce dont les victimes et les familles ont besoin, ce qui manque et comment le portail pourrait mieux les servir.",
        body: `*Contenu de démonstration : cette page montre le fonctionnement du portail et ne constitue pas une orientation officielle.*

Les associations de victimes savent souvent mieux que quiconque ce dont les victimes et les familles ont besoin, dans les premiers jours après un attentat comme dans les années qui suivent. Nous invitons les associations à partager leur expérience avec l'équipe du portail.

## Ce que nous aimerions savoir

- les questions que les victimes et les familles vous posent le plus souvent ;
- les informations difficiles à trouver ou à comprendre ;
- les façons de travailler dont d'autres associations pourraient s'inspirer ;
- les sujets et les langues que le portail devrait couvrir.

## Comment participer

Écrivez-nous par la [page de contact](/fr/contact). Indiquez une adresse électronique si vous souhaitez une réponse. Merci de ne pas mentionner d'informations personnelles sur des victimes ou des familles sans leur accord.

Nous vous demanderons votre autorisation avant de publier quoi que ce soit de ce que vous nous envoyez.

Vos contributions aideront à façonner le contenu du portail, afin qu'il reflète l'expérience de celles et ceux qui accompagnent les victimes au quotidien.`,
      },
    },
  },
];
