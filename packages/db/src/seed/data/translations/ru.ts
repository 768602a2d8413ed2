// Russian translations of the seeded record: faithful to the English, nothing added, and
// marked not yet reviewed when written. Each keeps the English it translates (`sourceText`):
// seed-data.test.ts fails when the English changes and its translation is not redone.
import type { SeedTranslations } from "./types";

export const ru: SeedTranslations = {
  events: {
    "2012-kazakhstan-elected-to-un-human-rights-council": {
      title: {
        sourceText: "Kazakhstan elected to the UN Human Rights Council",
        text: "Казахстан избран в Совет ООН по правам человека",
      },
      summary: {
        sourceText:
          "In 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council.",
        text: "В 2012 году Казахстан был избран членом Совета Организации Объединённых Наций по правам человека.",
      },
    },
    "2014-universal-periodic-review-of-kazakhstan": {
      title: {
        sourceText: "Universal Periodic Review of Kazakhstan",
        text: "Универсальный периодический обзор Казахстана",
      },
      summary: {
        sourceText:
          "During the 2014 Universal Periodic Review, national representatives commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.",
        text: "В ходе Универсального периодического обзора 2014 года представители государств одобрили создание в Казахстане механизма предупреждения пыток и национального правозащитного учреждения, но выразили обеспокоенность правовыми ограничениями свободы.",
      },
    },
    "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained": {
      title: {
        sourceText:
          "Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained",
        text: "Human Rights Watch: газеты закрыты, участники протестов заключены под стражу или оштрафованы, верующие оштрафованы или задержаны",
      },
      summary: {
        sourceText:
          "According to Human Rights Watch, in 2014 the authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls.",
        text: "По данным Human Rights Watch, в 2014 году власти закрывали газеты, заключали под стражу или штрафовали десятки людей после мирных, но несанкционированных протестов, а также штрафовали или задерживали верующих за исповедание религии вне государственного контроля.",
      },
    },
    "2019-council-of-europe-help-programme": {
      title: {
        sourceText:
          "Kazakhstan begins working with the Council of Europe, including on the HELP programme",
        text: "Казахстан начинает сотрудничество с Советом Европы, в том числе по программе HELP",
      },
      summary: {
        sourceText:
          "Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.",
        text: "С 2019 года Казахстан сотрудничает с Советом Европы в отраслевых улучшениях в области прав человека и верховенства права, в том числе через учебную программу HELP, которая действует до 2022 года.",
      },
    },
    "2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr": {
      title: {
        sourceText:
          "Second Optional Protocol to the International Covenant on Civil and Political Rights signed",
        text: "Подписан Второй факультативный протокол к Международному пакту о гражданских и политических правах",
      },
      summary: {
        sourceText:
          "In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty.",
        text: "В сентябре 2020 года Казахстан подписал Второй факультативный протокол к Международному пакту о гражданских и политических правах, обязавшись отменить смертную казнь.",
      },
    },
    "2021-decree-on-further-human-rights-measures": {
      title: {
        sourceText: 'Decree "On further human rights measures in Kazakhstan" signed',
        text: "Подписан указ «О дальнейших мерах в области прав человека в Казахстане»",
      },
      summary: {
        sourceText:
          'In June 2021, President Kassym-Jomart Tokayev signed into law a decree "On further human rights measures in Kazakhstan".',
        text: "В июне 2021 года президент Касым-Жомарт Токаев подписал указ «О дальнейших мерах в области прав человека в Казахстане».",
      },
    },
    "2005-political-expression-restricted-before-presidential-elections": {
      title: {
        sourceText:
          "Observers report political expression restricted ahead of the presidential elections",
        text: "Наблюдатели сообщают об ограничении политического самовыражения перед президентскими выборами",
      },
      summary: {
        sourceText:
          "In the months leading up to the December 2005 presidential elections, observers including Human Rights Watch and Freedom House reported that political expression was restricted.",
        text: "В месяцы, предшествовавшие президентским выборам в декабре 2005 года, наблюдатели, в том числе Human Rights Watch и Freedom House, сообщали об ограничении политического самовыражения.",
      },
    },
    "2005-vremya-printing-house-cancels-newspaper-contracts": {
      title: {
        sourceText: "Vremya printing house cancels contracts with seven newspapers",
        text: "Типография «Время» расторгает договоры с семью газетами",
      },
      summary: {
        sourceText:
          "In September 2005 the Vremya printing house unexpectedly cancelled contracts with seven newspapers; after a week-long hunger strike by their editors, the Daur publishing house agreed to publish five of them.",
        text: "В сентябре 2005 года типография «Время» неожиданно расторгла договоры с семью газетами; после недельной голодовки их редакторов издательство «Даур» согласилось печатать пять из них.",
      },
    },
    "2005-presidential-elections": {
      title: { sourceText: "Presidential elections", text: "Президентские выборы" },
      summary: {
        sourceText:
          "Kazakhstan held presidential elections on 2 December 2005, after months in which efforts were made to restrict dissent.",
        text: "Казахстан провёл президентские выборы 2 декабря 2005 года, после нескольких месяцев, в течение которых предпринимались попытки ограничить инакомыслие.",
      },
    },
    "2016-human-rights-day-roundtable-in-astana": {
      title: {
        sourceText: "Human Rights Day roundtable in Astana",
        text: "Круглый стол в Астане в День прав человека",
      },
      summary: {
        sourceText:
          "On Human Rights Day, 10 December 2016, Astana hosted a roundtable bringing together Kazakh officials and representatives of international organizations.",
        text: "В День прав человека, 10 декабря 2016 года, в Астане прошёл круглый стол, собравший казахстанских должностных лиц и представителей международных организаций.",
      },
    },
    "2018-trade-union-leader-dmitry-senyavskii-attacked": {
      title: {
        sourceText: "Trade union leader Dmitry Senyavskii attacked",
        text: "Нападение на профсоюзного лидера Дмитрия Сенявского",
      },
      summary: {
        sourceText:
          "On 10 November 2018, trade union leader Dmitry Senyavskii was attacked and beaten by unidentified persons and taken to hospital.",
        text: "10 ноября 2018 года на профсоюзного лидера Дмитрия Сенявского напали неизвестные, избили его, и он был доставлен в больницу.",
      },
    },
    "2014-us-government-report-on-acquittals": {
      title: {
        sourceText: "US government report: fewer than one percent of defendants acquitted",
        text: "Доклад правительства США: оправдано менее одного процента подсудимых",
      },
      summary: {
        sourceText:
          "A US government report released in 2014 found that fewer than one percent of criminal defendants in Kazakhstan were acquitted in public prosecution cases in trial courts.",
        text: "Согласно докладу правительства США, опубликованному в 2014 году, в Казахстане менее одного процента обвиняемых по делам публичного обвинения были оправданы судами первой инстанции.",
      },
    },
    "1992-law-on-freedom-of-religion-and-religious-associations": {
      title: {
        sourceText: "Law on Freedom of Religion and Religious Associations adopted",
        text: "Принят Закон о свободе вероисповедания и религиозных объединениях",
      },
      summary: {
        sourceText:
          "In 1992, after gaining independence, Kazakhstan adopted the Law on Freedom of Religion and Religious Associations.",
        text: "В 1992 году, после обретения независимости, Казахстан принял Закон о свободе вероисповедания и религиозных объединениях.",
      },
    },
    "2003-first-congress-of-leaders-of-world-and-traditional-religions": {
      title: {
        sourceText: "First Congress of the Leaders of World and Traditional Religions",
        text: "Первый Съезд лидеров мировых и традиционных религий",
      },
      summary: {
        sourceText:
          "Kazakhstan hosted the first Congress of the Leaders of World and Traditional Religions in 2003, attended by 17 religious delegations.",
        text: "В 2003 году Казахстан принял первый Съезд лидеров мировых и традиционных религий, в котором участвовали 17 религиозных делегаций.",
      },
    },
    "2011-religion-law": {
      title: { sourceText: "2011 religion law", text: "Закон о религии 2011 года" },
      summary: {
        sourceText:
          'The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.',
        text: "Документ упоминает закон о религии 2011 года, по которому специальный докладчик ООН по вопросу о свободе религии рекомендовал «далеко идущие реформы»; дата рекомендации в документе не указана.",
      },
    },
    "2014-minority-religious-groups-fined-and-detained": {
      title: {
        sourceText: "Human Rights Watch: minority religious groups fined and detained in 2014",
        text: "Human Rights Watch: религиозные меньшинства подвергались штрафам и задержаниям в 2014 году",
      },
      summary: {
        sourceText:
          "According to Human Rights Watch, minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law.",
        text: "По данным Human Rights Watch, в 2014 году религиозные меньшинства по-прежнему подвергались штрафам и кратковременным задержаниям за нарушение ограничительного закона о религии.",
      },
    },
    "2016-religions-against-terrorism-conference": {
      title: {
        sourceText: "Religions against Terrorism conference",
        text: "Конференция «Религии против терроризма»",
      },
      summary: {
        sourceText:
          "On 31 May 2016, the Congress of the Leaders of World and Traditional Religions held an international conference, Religions against Terrorism.",
        text: "31 мая 2016 года Съезд лидеров мировых и традиционных религий провёл международную конференцию «Религии против терроризма».",
      },
    },
    "2016-15th-session-of-the-congress-of-leaders-of-world-and-traditional-religions": {
      title: {
        sourceText:
          "15th session of the Congress of the Leaders of World and Traditional Religions",
        text: "15-е заседание Съезда лидеров мировых и традиционных религий",
      },
      summary: {
        sourceText:
          "On 1 June 2016, one day after its Religions against Terrorism conference, the Congress held its 15th session in Astana.",
        text: "1 июня 2016 года, на следующий день после конференции «Религии против терроризма», Съезд провёл своё 15-е заседание в Астане.",
      },
    },
    "2019-inaugural-religious-freedom-working-group": {
      title: {
        sourceText: "Inaugural Religious Freedom Working Group with the U.S. Department of State",
        text: "Первое заседание Рабочей группы по свободе вероисповедания с Государственным департаментом США",
      },
      summary: {
        sourceText:
          "In May 2019, an inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan.",
        text: "В мае 2019 года в Казахстане состоялось первое заседание Рабочей группы по свободе вероисповедания с участием правительства Казахстана и представителей Государственного департамента США.",
      },
    },
    "2006-hare-krishna-evictions": {
      title: {
        sourceText: "Hare Krishna followers evicted from thirteen homes",
        text: "Последователи общества сознания Кришны выселены из тринадцати домов",
      },
      summary: {
        sourceText:
          "On 20 November 2006, riot police and executors of the Karasai district evicted Hare Krishna followers from thirteen homes, which the police then demolished.",
        text: "20 ноября 2006 года ОМОН и судебные исполнители Карасайского района выселили последователей общества сознания Кришны из тринадцати домов, которые затем снесла полиция.",
      },
    },
    "2018-arrest-of-whatsapp-group-members": {
      title: {
        sourceText: "Nine members of a WhatsApp group arrested",
        text: "Арестованы девять участников группы в WhatsApp",
      },
      summary: {
        sourceText:
          "In 2018, the government arrested nine men who were members of a WhatsApp group chat for discussing Islam; the Working Group on Arbitrary Detention found the arrest violated international law.",
        text: "В 2018 году власти арестовали девять мужчин, участников группового чата в WhatsApp, за обсуждение ислама; Рабочая группа по произвольным задержаниям признала, что арест нарушил международное право.",
      },
    },
    "2011-zhanaozen-oil-worker-strikes": {
      title: {
        sourceText: "Zhanaozen oil worker strikes and clashes with police",
        text: "Забастовки нефтяников в Жанаозене и столкновения с полицией",
      },
      summary: {
        sourceText:
          "On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former's demands of better work conditions and higher pay; according to official sources 15 people were found dead.",
        text: "16 декабря 2011 года протестующие, в основном нефтяники, столкнулись с полицией в Жанаозене из-за своих требований улучшить условия труда и повысить зарплату; по официальным данным, были найдены мёртвыми 15 человек.",
      },
    },
    "2016-land-reform-protests": {
      title: { sourceText: "Land-reform protests", text: "Протесты против земельной реформы" },
      summary: {
        sourceText:
          "Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.",
        text: "Протесты против земельной реформы в апреле и мае 2016 года в связи с изменениями в законе о собственности на землю; были арестованы двести активистов и участников протестов.",
      },
    },
    "2019-protests-after-five-sisters-die-in-house-fire": {
      title: {
        sourceText: "Protests after five sisters die in a house fire",
        text: "Протесты после гибели пяти сестёр при пожаре в доме",
      },
      summary: {
        sourceText:
          "Protests took place in February 2019 after five sisters died in a house fire while their parents were working night shifts.",
        text: "В феврале 2019 года прошли протесты после того, как пять сестёр погибли при пожаре в доме, пока их родители работали в ночную смену.",
      },
    },
    "2019-nazarbayev-dismisses-the-government": {
      title: {
        sourceText: "Nazarbayev dismisses the government",
        text: "Назарбаев отправляет правительство в отставку",
      },
      summary: {
        sourceText: "In 2019, Nursultan Nazarbayev dismissed the government.",
        text: "В 2019 году Нурсултан Назарбаев отправил правительство в отставку.",
      },
    },
    "2019-nazarbayev-resigns-as-president": {
      title: {
        sourceText: "Nazarbayev resigns as president",
        text: "Назарбаев уходит с поста президента",
      },
      summary: {
        sourceText:
          "On 19 March 2019, Nursultan Nazarbayev resigned his formal position as president, while retaining other positions of power.",
        text: "19 марта 2019 года Нурсултан Назарбаев сложил с себя формальные полномочия президента, сохранив другие властные посты.",
      },
    },
    "2019-snap-presidential-elections": {
      title: {
        sourceText: "Snap presidential elections",
        text: "Внеочередные президентские выборы",
      },
      summary: {
        sourceText:
          "Kazakhstan held snap presidential elections in 2019, with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev.",
        text: "В 2019 году Казахстан провёл внеочередные президентские выборы, результаты которых, по-видимому, показали подавляющую победу временно исполняющего обязанности президента Касым-Жомарта Токаева.",
      },
    },
    "2019-protests-after-the-snap-presidential-elections": {
      title: {
        sourceText: "Protests and detentions after the snap presidential elections",
        text: "Протесты и задержания после внеочередных президентских выборов",
      },
      summary: {
        sourceText:
          "After the snap 2019 presidential elections there were several protests in Nur-Sultan and Almaty; more than 100 protesters were detained in Almaty and twenty in Shymkent.",
        text: "После внеочередных президентских выборов 2019 года в Нур-Султане и Алматы прошло несколько протестов; в Алматы было задержано более 100 протестующих, в Шымкенте — двадцать.",
      },
    },
    "2019-protest-incidents-september": {
      title: {
        sourceText: "Protest incidents continue (September 2019)",
        text: "Протестные акции продолжаются (сентябрь 2019 года)",
      },
      summary: {
        sourceText: "Protest incidents continued in September 2019.",
        text: "Протестные акции продолжились в сентябре 2019 года.",
      },
    },
    "2019-protest-incidents-october": {
      title: {
        sourceText: "Protest incidents continue (October 2019)",
        text: "Протестные акции продолжаются (октябрь 2019 года)",
      },
      summary: {
        sourceText: "Protest incidents continued in October 2019.",
        text: "Протестные акции продолжились в октябре 2019 года.",
      },
    },
    "2019-protest-incidents-december": {
      title: {
        sourceText: "Protest incidents continue (December 2019)",
        text: "Протестные акции продолжаются (декабрь 2019 года)",
      },
      summary: {
        sourceText: "Protest incidents continued in December 2019.",
        text: "Протестные акции продолжились в декабре 2019 года.",
      },
    },
    "2008-eu-and-kazakhstan-agree-annual-human-rights-dialogue": {
      title: {
        sourceText: "EU and Kazakhstan agree to an annual human rights dialogue",
        text: "ЕС и Казахстан договариваются о ежегодном диалоге по правам человека",
      },
      summary: {
        sourceText:
          'In 2008, in line with its "Strategy for a New Partnership" with Central Asia, the European Union agreed with Kazakhstan to establish an annual human rights dialogue.',
        text: "В 2008 году в соответствии со своей «Стратегией нового партнёрства» с Центральной Азией Европейский союз договорился с Казахстаном об учреждении ежегодного диалога по правам человека.",
      },
    },
    "2008-first-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "First round of the EU-Kazakhstan human rights dialogue",
        text: "Первый раунд диалога ЕС — Казахстан по правам человека",
      },
      summary: {
        sourceText:
          "The first round of the annual EU-Kazakhstan human rights dialogue was held on 15 October 2008 in Astana.",
        text: "Первый раунд ежегодного диалога ЕС — Казахстан по правам человека состоялся 15 октября 2008 года в Астане.",
      },
    },
    "2014-sixth-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "Sixth EU-Kazakhstan Human Rights Dialogue in Brussels",
        text: "Шестой диалог ЕС — Казахстан по правам человека в Брюсселе",
      },
      summary: {
        sourceText:
          "On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels.",
        text: "12 ноября 2014 года Европейский союз и Казахстан провели в Брюсселе шестой раунд ежегодного диалога по правам человека.",
      },
    },
    "2018-tenth-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "10th EU-Kazakhstan Human Rights Dialogue in Brussels",
        text: "10-й диалог ЕС — Казахстан по правам человека в Брюсселе",
      },
      summary: {
        sourceText:
          "The 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels.",
        text: "10-й диалог ЕС — Казахстан по правам человека состоялся 20–21 ноября 2018 года в Брюсселе.",
      },
    },
    "2020-twelfth-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "12th EU-Kazakhstan Human Rights Dialogue",
        text: "12-й диалог ЕС — Казахстан по правам человека",
      },
      summary: {
        sourceText:
          "At the 12th EU-Kazakhstan Human Rights Dialogue in November 2020, the EU acknowledged Kazakhstan's continuing reform process but urged speedy implementation.",
        text: "На 12-м диалоге ЕС — Казахстан по правам человека в ноябре 2020 года ЕС отметил продолжающийся в Казахстане процесс реформ, но призвал к их скорейшему осуществлению.",
      },
    },
    "2015-ngo-law-amendments": {
      title: {
        sourceText: "Amendments to the law on NGO activities",
        text: "Поправки в закон о деятельности НПО",
      },
      summary: {
        sourceText:
          "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities.",
        text: "В 2015 году Казахстан внёс поправки в закон о деятельности неправительственных организаций (НПО).",
      },
    },
    "2017-president-proposes-delegating-powers-to-parliament": {
      title: {
        sourceText: "President proposes delegating some presidential powers to Parliament",
        text: "Президент предлагает передать часть президентских полномочий Парламенту",
      },
      summary: {
        sourceText:
          "In January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament.",
        text: "В январе 2017 года президент Казахстана предложил реформу, направленную на передачу части полномочий президента Парламенту.",
      },
    },
    "2017-kazakhstan-joins-the-hcch": {
      title: {
        sourceText:
          "Kazakhstan becomes a member of the Hague Conference on Private International Law",
        text: "Казахстан становится членом Гаагской конференции по международному частному праву",
      },
      summary: {
        sourceText:
          "Kazakhstan has been a member of the Hague Conference on Private International Law (HCCH) since May 2017.",
        text: "Казахстан является членом Гаагской конференции по международному частному праву (ГКМЧП) с мая 2017 года.",
      },
    },
    "2019-national-council-of-public-trust-established": {
      title: {
        sourceText: "National Council of Public Trust established",
        text: "Создан Национальный совет общественного доверия",
      },
      summary: {
        sourceText:
          "On 17 July 2019, President Kassym-Jomart Tokayev established the National Council of Public Trust, an advisory body to make government more responsive to the people.",
        text: "17 июля 2019 года президент Касым-Жомарт Токаев создал Национальный совет общественного доверия — консультативный орган, призванный сделать правительство более отзывчивым к людям.",
      },
    },
    "2020-usaid-rule-of-law-program-launched": {
      title: {
        sourceText: "Five-year rule of law program with USAID launched",
        text: "Запущена пятилетняя программа по верховенству права с USAID",
      },
      summary: {
        sourceText:
          "In September 2020, a five-year rule of law program for over $7 million, under which Kazakhstan partners with USAID, was launched.",
        text: "В сентябре 2020 года была запущена пятилетняя программа по верховенству права стоимостью более 7 млн долларов, в рамках которой Казахстан сотрудничает с USAID.",
      },
    },
    "2020-kazakhstan-ranked-62nd-in-rule-of-law-index": {
      title: {
        sourceText: "Kazakhstan ranked 62nd in the Rule of Law Index",
        text: "Казахстан на 62-м месте в Индексе верховенства права",
      },
      summary: {
        sourceText:
          "In 2020, Kazakhstan was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
        text: "В 2020 году Казахстан занял 62-е место в Индексе верховенства права, поднявшись на три позиции с 2015 года.",
      },
    },
    "2015-day-of-gratitude-introduced": {
      title: {
        sourceText: "Day of Gratitude introduced as a new holiday",
        text: "Учреждён новый праздник — День благодарности",
      },
      summary: {
        sourceText:
          "In 2015, the Assembly of the People of Kazakhstan introduced a Day of Gratitude, celebrated on 1 March, on a proposal by President Nursultan Nazarbayev.",
        text: "В 2015 году Ассамблея народа Казахстана по предложению президента Нурсултана Назарбаева учредила День благодарности, который отмечается 1 марта.",
      },
    },
    "2002-commissioner-for-human-rights-established": {
      title: {
        sourceText: "Commissioner for Human Rights (Ombudsman) established",
        text: "Учреждён институт Уполномоченного по правам человека (омбудсмена)",
      },
      summary: {
        sourceText:
          "On 19 September 2002, the institution of the Commissioner for Human Rights, Kazakhstan's Ombudsman, was established by the President's Decree.",
        text: "19 сентября 2002 года указом Президента был учреждён институт Уполномоченного по правам человека — омбудсмена Казахстана.",
      },
    },
    "2019-first-meeting-of-the-national-council-of-public-trust": {
      title: {
        sourceText: "First meeting of the National Council of Public Trust",
        text: "Первое заседание Национального совета общественного доверия",
      },
      summary: {
        sourceText:
          "The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.",
        text: "Национальный совет общественного доверия провёл первое заседание 6 сентября 2019 года, посвящённое декриминализации клеветы, реформе пенитенциарной системы и судебной системы, гендерному балансу и расширению прав и возможностей женщин.",
      },
    },
    "2020-tokayev-signs-four-laws-of-the-national-council-of-public-trust-initiative": {
      title: {
        sourceText: "Tokayev signs four laws from the National Council of Public Trust initiative",
        text: "Токаев подписывает четыре закона, подготовленных по инициативе Национального совета общественного доверия",
      },
      summary: {
        sourceText:
          "In May 2020, President Tokayev signed four laws that were part of the National Council of Public Trust initiative, including a new law on peaceful assemblies.",
        text: "В мае 2020 года президент Токаев подписал четыре закона, подготовленных в рамках инициативы Национального совета общественного доверия, в том числе новый закон о мирных собраниях.",
      },
    },
  },
  topics: {
    overview: {
      name: { sourceText: "Overview", text: "Общий обзор" },
      overview: {
        sourceText:
          'Human rights in Kazakhstan are uniformly described as poor by independent observers. Human Rights Watch says that "Kazakhstan heavily restricts freedom of assembly, speech, and religion. In 2014, authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls. Government critics, including opposition leader Vladimir Kozlov, remained in detention after unfair trials. Torture remains common in places of detention."\n\nIn 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council. During the Universal Periodic Review of Human Rights in 2014, national representatives "commended Kazakhstan\'s establishment of a mechanism to prevent torture and of a national human rights institution" but "shared concerns about legal restrictions on freedom".\n\nSince 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the European Programme for Human Rights for Legal Professionals (HELP), a training programme for Kazakh legal professionals. The programme is running through 2022.\n\nIn September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty. This was received very positively by the human-rights organizations and the international community. Amnesty International called the news encouraging.\n\nThe top representative in Central Asia of the United Nations Refugee Agency, UNHCR, pointed to Kazakhstan\'s work on refugee crisis to "highlight the country\'s leadership in fostering interethnic consent." The United Nations in Kazakhstan affirmed that the Government of Kazakhstan supported the UN\'s Partnership Framework for Development for the country and its recommendations, as well as implemented the UN\'s human rights mechanisms.\n\nIn June 2021, a decree "On further human rights measures in Kazakhstan" was signed into law by Kazakh president Kassym-Jomart Tokayev, meant to protect the rights of minorities and vulnerable groups, such as women and people with disabilities, and improve coordination with international organisations.',
        text: "Независимые наблюдатели единодушно оценивают положение с правами человека в Казахстане как плохое. Human Rights Watch отмечает: «Казахстан жёстко ограничивает свободу собраний, слова и вероисповедания. В 2014 году власти закрывали газеты, заключали под стражу или штрафовали десятки людей после мирных, но несанкционированных протестов, а также штрафовали или задерживали верующих за исповедание религии вне государственного контроля. Критики правительства, в том числе оппозиционный лидер Владимир Козлов, оставались под стражей после несправедливых судебных процессов. Пытки по-прежнему распространены в местах лишения свободы».",
        firstParagraphOnly: true,
      },
    },
    "politics-freedom-of-speech-and-the-press": {
      name: {
        sourceText: "Politics, freedom of speech and the press",
        text: "Политика, свобода слова и печати",
      },
      overview: {
        sourceText:
          "Political expression was reported to be restricted in Kazakhstan in the months leading up to presidential elections in December 2005, according to observers, including Human Rights Watch and Freedom House. Kazakh authorities reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups. In September, the Vremya printing house unexpectedly cancelled contracts with seven newspapers, with no explanation given. Likewise, other printing firms in Kazakhstan's former capital, Almaty, also refused to print the publications. After a week-long hunger strike by the editors of these papers, the Daur publishing house agreed to publish five of the newspapers. Virtually all of Kazakhstan's broadcast media are owned by firms closely associated with the government; newspapers are some of the few sources of independent reporting.\n\nSome outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan.\n\nIn 2016 Astana hosted a roundtable discussion on Human Rights Day, December 10. The event brought together Kazakh officials and representatives of international organizations, such as International Organisation for Migration (IOM), EU, United Nations Development Programme (UNDP), Organization for Security and Co-operation in Europe (OSCE).\n\nOn November 10, 2018 Dmitry Senyavskii, a trade union leader in Kazakhstan was attacked and viciously beaten up by some unidentified persons and was taken to hospital. The International Labour Organization (ILO) has frequently called on the government of Kazakhstan to modify the restricting trade laws and maintain its commitments with international labor rights.",
        text: "По данным наблюдателей, в том числе Human Rights Watch и Freedom House, в месяцы, предшествовавшие президентским выборам в декабре 2005 года, политическое самовыражение в Казахстане было ограничено. Казахстанские власти, как сообщалось, пытались ограничить свободу слова и закрыть независимые СМИ и группы гражданского общества. В сентябре типография «Время» неожиданно и без объяснения причин расторгла договоры с семью газетами. Другие типографии в бывшей столице Казахстана, Алматы, также отказались печатать эти издания. После недельной голодовки редакторов этих газет издательство «Даур» согласилось печатать пять из них. Практически все вещательные СМИ Казахстана принадлежат компаниям, тесно связанным с правительством; газеты — один из немногих источников независимой информации.",
        firstParagraphOnly: true,
      },
    },
    "right-to-fair-trial": {
      name: {
        sourceText: "Right to fair trial",
        text: "Право на справедливое судебное разбирательство",
      },
      overview: {
        sourceText:
          "According to a US government report released in 2014, in Kazakhstan:\n\n> Fewer than one percent of criminal defendants have been acquitted in the cases of public prosecution in trial courts. Meanwhile, the appellate courts tend to overturn acquittals much more often than convictions.",
        text: "Согласно докладу правительства США, опубликованному в 2014 году, в Казахстане:",
        firstParagraphOnly: true,
      },
    },
    "religious-freedom": {
      name: { sourceText: "Religious freedom", text: "Свобода вероисповедания" },
      overview: {
        sourceText:
          'In 1992 after gaining independence Kazakhstan adopted the Law on Freedom of Religion and Religious Associations, which aimed to ensure inter-faith tolerance and religious freedom. As of 2014, there were over 3400 religious organizations in Kazakhstan.\n\nHuman Rights Watch however has said that "Minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law". A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law, finding, for example, that "non-registered religious communities ... suffer from serious infringements of their freedom of religion."\n\nIn order to promote inter-confessional dialogue and prevent religious conflict worldwide, Kazakhstan hosts regular Congress of the Leaders of World and Traditional Religions. The first congress was held in 2003 and was attended by 17 religious delegations.\n\nIn order to address the threat of religious extremism, the Congress of the Leaders of World and Traditional Religions held international conference, Religions against Terrorism, on May 31, 2016. One day later the Congress held its 15th session in Astana.\n\nAn inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan in May 2019. The U.S. Commission on International Religious Freedom (USCIRF) delegation participated in the Working Group. According to the USCIRF report, religious communities "have a positive dialogue with the government and believe their trajectory in the country is good."\n\n### 2006 Hare Krishna evictions\n\nOn November 20, 2006, three buses full of riot police, two ambulances, two empty lorries, and executors of the Karasai district arrived at the community in sub-zero weather and evicted the Hare Krishna followers from thirteen homes, which the police proceeded to demolish. The Forum 18 News Service reported, "Riot police who took part in the destruction threw personal belongings of the Hare Krishna devotees into the snow, and many devotees were left without clothes. Power for lighting and heating systems had been cut off before the demolition began. Furniture and larger household belongings were loaded onto trucks. Officials said these possessions would be destroyed. Two men who tried to prevent the bailiffs from entering a house to destroy it were seized by 15 police officers who twisted their hands and took them away to the police car." In response to these events the Organization for Security and Cooperation in Europe issued a statement: "It appears that state-sponsored action has been focused upon members of the Hare Krishna community in a manner that suggests they have been targeted on the basis of their religious affiliation." Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.\n\n### 2018 arrest of WhatsApp group members\n\nIn 2018, the government of Kazakhstan made a mass arrest of nine Kazakh men who were members of a group chat for discussing Islam on the messaging app WhatsApp. Their arrest was determined to be in violation of international law by the Working Group on Arbitrary Detention. However, five of the men remain imprisoned, and the four that are no longer imprisoned still face restrictions. The five who remain imprisoned are: Beket Mynbasov, Samat Adilov, Nazim Abdrakhmanov, Ernar Samatov and Bolatbek Nurgaliyev.',
        text: "В 1992 году, после обретения независимости, Казахстан принял Закон о свободе вероисповедания и религиозных объединениях, призванный обеспечить межконфессиональную терпимость и свободу вероисповедания. По состоянию на 2014 год в Казахстане действовало более 3400 религиозных организаций.",
        firstParagraphOnly: true,
      },
    },
    protests: {
      name: { sourceText: "Protests", text: "Протесты" },
      overview: {
        sourceText:
          "### 2011 Zhanaozen oil worker strikes\n\nOn 16 December 2011, there were clashes between protesters and police due to the former's demands of better work conditions and higher pay. Protesters consisted primarily of oil workers with oil fields responding by sacking hundreds of workers. Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen, but according to government officials police were forced to defend themselves. The clashes occurred when police tried to clear the town square in light of Kazakhstan's 20th independence day. There were signs of attempts at censorship of outgoing information, with internet users reporting difficulties accessing independent news websites and Twitter. According to official sources 15 people were found dead after the clashes.\n\n### 2016 land-reform protests\n\nIn April and May 2016, in relation to changes in the law in relation to land ownership. Two hundred activists and protestors were arrested.\n\n### 2019 protests\n\nProtests took place in February after five sisters died in a house fire while their parents were working night shifts and anger spread on online social networks, leading to further protests. Nursultan Nazarbayev dismissed the government and on 19 March 2019 resigned his formal position as president, while retaining other positions of power. After the snap 2019 Kazakh presidential elections with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev, there were several protests in cities of Nur-Sultan and Almaty. More than 100 protesters were detained in Astana Square in Almaty, as activists called for boycott of the election. Amongst the detained were some foreign and local journalists covering the event. Internet access in Nur-Sultan and Almaty was reported to be significantly slowed down, with it being difficult to access social media sites and to prevent live-streaming. Twenty protesters were also detained in the southern city of Shymkent. Protest incidents continued in September, October and December 2019.",
        text: "### Забастовки нефтяников в Жанаозене в 2011 году",
        firstParagraphOnly: true,
      },
    },
    "human-rights-dialogue": {
      name: { sourceText: "Human rights dialogue", text: "Диалог по правам человека" },
      overview: {
        sourceText:
          "In 2008, in line with its \"Strategy for a New Partnership\" with Central Asia, the European Union agreed with the Republic of Kazakhstan to establish an annual human rights dialogue, and its first round was held on 15 October 2008 in Astana.\n\nThese dialogues constitute an essential part of the EU's overall strategy to promote respect for human rights and fundamental freedoms, sustainable development, peace and stability. On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels. The Kazakh delegation was led by Mr Yogan Merkel, First Deputy Prosecutor General, who was accompanied by Mr Vyacheslav Kalyuzhnyy, Director of the National Centre for Human Rights, and other senior officials. The EU delegation was led by Mr Silvio Gonzato, Director for Human Rights and Democracy at the European External Action Service. The dialogue was held in a positive and constructive atmosphere. The EU welcomed Kazakhstan's development of a functioning National Preventive Mechanism for the monitoring of places of detention, and encouraged further steps to strengthen the Office of the Ombudsman and the National Centre for Human Rights. The EU acknowledged Kazakhstan's recent engagement in the second cycle of the Universal Period Review (UPR) process at the UN Human Rights Council, and encouraged the Kazakh authorities to consider accepting a number of UPR recommendations that it initially did not support.\n\nThe 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels. The EU noted Kazakhstan's improvements regarding laws and policies vis-à-vis civil society. It was emphasized that Kazakhstan should continue to take steps to foster an enabling environment, including for NGOs, lawyers and journalists. During the 12th EU-Kazakhstan Human Rights Dialogue held in November 2020, the EU \"acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms\" but urged speedy implementation.\n\nOSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law conduct joint training programs on human rights.",
        text: "В 2008 году в соответствии со своей «Стратегией нового партнёрства» с Центральной Азией Европейский союз договорился с Республикой Казахстан об учреждении ежегодного диалога по правам человека; его первый раунд состоялся 15 октября 2008 года в Астане.",
        firstParagraphOnly: true,
      },
    },
    "rule-of-law": {
      name: { sourceText: "Rule of law", text: "Верховенство права" },
      overview: {
        sourceText:
          "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities. The law guarantees to NGOs free access to public, international and private financing allowing them to actively participate in the social and political development of the country.\n\nIn January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament. This initiative is expected to create a stronger system of checks and balances in Kazakhstan.\n\nKazakhstan is a member of the Hague Conference on Private International Law (HCCH) since May 2017. The HCCH is aimed at promoting the harmonisation of conflict of laws principles in diverse subject matters within private international law, which contributes to the promotion of rule of law.\n\nThe National Council of Public Trust of Kazakhstan also plays an important role in promoting the rule of law. It is an advisory body that was established by the President of Kazakhstan, Kassym-Jomart Tokayev, on July 17, 2019 to make government more responsive to the people.\n\nKazakhstan partners with the USAID under a five-year rule of law program for over $7 million launched in September 2020. The Kazakh Supreme Court and the Ministry of Information and Public Development work closely with the USAID as part of the program to improve public trust and demonstrate greater alignment with internationally recognized standards.\n\nIn 2020, the country was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
        text: "В 2015 году Казахстан внёс поправки в закон о деятельности неправительственных организаций (НПО). Закон гарантирует НПО свободный доступ к государственному, международному и частному финансированию, позволяя им активно участвовать в социальном и политическом развитии страны.",
        firstParagraphOnly: true,
      },
    },
    "ethnic-diversity": {
      name: { sourceText: "Ethnic diversity", text: "Этническое многообразие" },
      overview: {
        sourceText:
          "Kazakhstan supports co-existence of different cultures. The Assembly of People of Kazakhstan supports nearly 200 centres where children and adults can study 30 different languages.\n\nIn 2015, the Assembly of the People of Kazakhstan (APK) introduced a Day of Gratitude as a new holiday of Kazakhstan. The proposal to establish it was delivered by President Nursultan Nazarbayev. The Day of Gratitude is celebrated on 1 March and marks the historic past and multi-ethnic unity of the country.\n\n70% of Kazakhstan's population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars. Representatives of about 125 ethnic groups live in Kazakhstan and some 818 ethnic and cultural associations operate under the auspices of the Assembly of People of Kazakhstan.",
        text: "Казахстан поддерживает сосуществование различных культур. Ассамблея народа Казахстана поддерживает почти 200 центров, где дети и взрослые могут изучать 30 разных языков.",
        firstParagraphOnly: true,
      },
    },
    "childrens-rights": {
      name: { sourceText: "Children's rights", text: "Права детей" },
      overview: {
        sourceText:
          "Kazakhstan's Human Rights Commissioner for Children's Rights and UNICEF Representative for Kazakhstan adopted a Statement of Intentions on Cooperation. The parties agreed to take necessary actions to develop an independent system of monitoring of ensuring children's rights in Kazakhstan.\n\nThe Kazakhstan 2050 Strategy places high emphasis on the protection of childhood. Kazakhstan adopted over 90 laws and other normative acts aimed at protecting children's rights.\n\nKazakhstan is a party to the United Nations Convention on the Rights of the Child.",
        text: "Уполномоченный по правам ребёнка в Казахстане и Представитель ЮНИСЕФ в Казахстане приняли Заявление о намерениях о сотрудничестве. Стороны договорились предпринять необходимые действия для развития независимой системы мониторинга обеспечения прав детей в Казахстане.",
        firstParagraphOnly: true,
      },
    },
    "commissioner-for-human-rights": {
      name: {
        sourceText: "Commissioner for Human Rights",
        text: "Уполномоченный по правам человека",
      },
      overview: {
        sourceText:
          "The institution of the Commissioner for human rights (Kazakhstan's Ombudsman) was established on September 19, 2002 by the President's Decree. The Commissioner and his associated organization, the National Center for Human Rights, are empowered to investigate human rights issues in the government per the decree of President Nazarbayev.",
        text: "Институт Уполномоченного по правам человека (омбудсмена Казахстана) был учреждён 19 сентября 2002 года указом Президента. Уполномоченный и связанная с ним организация — Национальный центр по правам человека — наделены полномочиями расследовать вопросы прав человека в государственных органах согласно указу президента Назарбаева.",
        firstParagraphOnly: true,
      },
    },
    "national-council-of-public-trust": {
      name: {
        sourceText: "National Council of Public Trust",
        text: "Национальный совет общественного доверия",
      },
      overview: {
        sourceText:
          'Kazakhstan President Kassym-Jomart Tokayev established the National Council of Public Trust in July 2019 as a dialogue platform for government to be more responsive to the public. The Council convened its first meeting on September 6, 2019. The Council meeting was focused on the following topics: decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.\n\nIn May 2020, President Tokayev signed four important laws that were a part of the National Council of Public Trust initiative. These four laws included the following:\n\n- “On the procedure for organizing and holding peaceful assemblies in the Republic of Kazakhstan”\n- “On introducing amendments to the Constitutional Law of the Republic of Kazakhstan”\n- “On Elections in the Republic of Kazakhstan”\n- “On introducing amendments and additions to the Law of the Republic of Kazakhstan "On Political Parties"”\n\nThe new law on rallies greatly simplified the legal regulation of peaceful assemblies. According to the law, public spaces in the cities of the country can be used by citizens to hold peaceful assemblies. In addition, the notification procedure for peaceful assemblies are reduced from 15 days to 5.',
        text: "Президент Казахстана Касым-Жомарт Токаев создал Национальный совет общественного доверия в июле 2019 года как диалоговую площадку, чтобы правительство было более отзывчивым к обществу. Совет провёл первое заседание 6 сентября 2019 года. Заседание Совета было посвящено следующим темам: декриминализация клеветы, реформа пенитенциарной системы и судебной системы, гендерный баланс и расширение прав и возможностей женщин.",
        firstParagraphOnly: true,
      },
    },
    "historical-situation": {
      name: { sourceText: "Historical situation", text: "Историческая ситуация" },
      overview: {
        sourceText:
          'The following chart shows Kazakhstan\'s ratings since 1991 in the Freedom in the World reports, published annually by Freedom House. A rating of 1 is "free"; 7, "not free".\n\n1. Note that the "Year" signifies the "Year covered". Therefore the information for the year marked 2008 is from the report published in 2009, and so on.\n2. As of January 1.',
        text: "На следующей диаграмме показаны оценки Казахстана с 1991 года в докладах «Свобода в мире», ежегодно публикуемых Freedom House. Оценка 1 означает «свободная»; 7 — «несвободная».",
        firstParagraphOnly: true,
      },
    },
  },
  places: {
    kazakhstan: {
      name: { sourceText: "Kazakhstan", text: "Казахстан" },
      region: { sourceText: "Central Asia", text: "Центральная Азия" },
    },
    astana: {
      name: { sourceText: "Astana", text: "Астана" },
      region: { sourceText: "Kazakhstan", text: "Казахстан" },
    },
    almaty: {
      name: { sourceText: "Almaty", text: "Алматы" },
      region: { sourceText: "Kazakhstan", text: "Казахстан" },
    },
    "astana-square-almaty": {
      name: { sourceText: "Astana Square", text: "площадь Астана" },
      region: { sourceText: "Almaty", text: "Алматы" },
    },
    zhanaozen: {
      name: { sourceText: "Zhanaozen", text: "Жанаозен" },
      region: { sourceText: "Kazakhstan", text: "Казахстан" },
    },
    shymkent: {
      name: { sourceText: "Shymkent", text: "Шымкент" },
      region: { sourceText: "Kazakhstan", text: "Казахстан" },
    },
    "karasai-district": {
      name: { sourceText: "Karasai district", text: "Карасайский район" },
      region: { sourceText: "Kazakhstan", text: "Казахстан" },
    },
    brussels: {
      name: { sourceText: "Brussels", text: "Брюссель" },
    },
    georgia: {
      name: { sourceText: "Georgia", text: "Грузия" },
    },
    ukraine: {
      name: { sourceText: "Ukraine", text: "Украина" },
    },
    kyrgyzstan: {
      name: { sourceText: "Kyrgyzstan", text: "Кыргызстан" },
    },
  },
  ratingSeries: {
    "freedom-in-the-world": {
      name: { sourceText: "Freedom in the World", text: "Свобода в мире" },
      description: {
        sourceText:
          "Kazakhstan's ratings since 1991 in the Freedom in the World reports, published annually by Freedom House: political rights, civil liberties and an overall status.",
        text: "Оценки Казахстана с 1991 года в докладах «Свобода в мире», ежегодно публикуемых Freedom House: политические права, гражданские свободы и общий статус.",
      },
    },
    "rule-of-law-index": {
      name: { sourceText: "Rule of Law Index", text: "Индекс верховенства права" },
      description: {
        sourceText: "Kazakhstan's rank in the Rule of Law Index, as the document reports it.",
        text: "Место Казахстана в Индексе верховенства права, как его приводит документ.",
      },
    },
  },
};
