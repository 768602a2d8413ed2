// Kazakh translations of the seeded record: faithful to the English, nothing added, and
// marked not yet reviewed when written. Each keeps the English it translates (`sourceText`):
// seed-data.test.ts fails when the English changes and its translation is not redone.
import type { SeedTranslations } from "./types";

export const kk: SeedTranslations = {
  events: {
    "2012-kazakhstan-elected-to-un-human-rights-council": {
      title: {
        sourceText: "Kazakhstan elected to the UN Human Rights Council",
        text: "Қазақстан БҰҰ Адам құқықтары жөніндегі кеңесіне сайланды",
      },
      summary: {
        sourceText:
          "In 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council.",
        text: "2012 жылы Қазақстан Біріккен Ұлттар Ұйымының Адам құқықтары жөніндегі кеңесінің мүшесі болып сайланды.",
      },
    },
    "2014-universal-periodic-review-of-kazakhstan": {
      title: {
        sourceText: "Universal Periodic Review of Kazakhstan",
        text: "Қазақстанның Жалпыға бірдей мерзімдік шолуы",
      },
      summary: {
        sourceText:
          "During the 2014 Universal Periodic Review, national representatives commended Kazakhstan's establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.",
        text: "2014 жылғы Жалпыға бірдей мерзімдік шолу барысында мемлекеттердің өкілдері Қазақстанда азаптауды болдырмау тетігі мен ұлттық адам құқықтары институтының құрылғанын құптады, бірақ бостандықты құқықтық шектеулерге алаңдаушылық білдірді.",
      },
    },
    "2014-newspapers-closed-protesters-and-worshipers-fined-or-detained": {
      title: {
        sourceText:
          "Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained",
        text: "Human Rights Watch: газеттер жабылды, наразылық білдірушілер қамалды немесе айыппұл салынды, діндарлар айыппұл төледі немесе ұсталды",
      },
      summary: {
        sourceText:
          "According to Human Rights Watch, in 2014 the authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls.",
        text: "Human Rights Watch мәліметінше, 2014 жылы билік газеттерді жауып, бейбіт, бірақ рұқсат етілмеген наразылықтардан кейін ондаған адамды қамады немесе айыппұл салды, ал діндарларды мемлекеттік бақылаудан тыс дін ұстанғаны үшін айыппұл салды немесе ұстады.",
      },
    },
    "2019-council-of-europe-help-programme": {
      title: {
        sourceText:
          "Kazakhstan begins working with the Council of Europe, including on the HELP programme",
        text: "Қазақстан Еуропа Кеңесімен, соның ішінде HELP бағдарламасы бойынша жұмыс бастайды",
      },
      summary: {
        sourceText:
          "Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.",
        text: "2019 жылдан бері Қазақстан Еуропа Кеңесімен адам құқықтары мен құқық үстемдігі салаларын жетілдіру бойынша жұмыс істейді, соның ішінде 2022 жылға дейін жүретін HELP оқу бағдарламасы арқылы.",
      },
    },
    "2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr": {
      title: {
        sourceText:
          "Second Optional Protocol to the International Covenant on Civil and Political Rights signed",
        text: "Азаматтық және саяси құқықтар туралы халықаралық пактіге Екінші факультативтік хаттамаға қол қойылды",
      },
      summary: {
        sourceText:
          "In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty.",
        text: "2020 жылғы қыркүйекте Қазақстан Азаматтық және саяси құқықтар туралы халықаралық пактіге Екінші факультативтік хаттамаға қол қойып, өлім жазасын жоюға міндеттенді.",
      },
    },
    "2021-decree-on-further-human-rights-measures": {
      title: {
        sourceText: 'Decree "On further human rights measures in Kazakhstan" signed',
        text: "«Қазақстандағы адам құқықтары саласындағы одан әрі шаралар туралы» жарлыққа қол қойылды",
      },
      summary: {
        sourceText:
          'In June 2021, President Kassym-Jomart Tokayev signed into law a decree "On further human rights measures in Kazakhstan".',
        text: "2021 жылғы маусымда Президент Қасым-Жомарт Тоқаев «Қазақстандағы адам құқықтары саласындағы одан әрі шаралар туралы» жарлыққа қол қойды.",
      },
    },
    "2005-political-expression-restricted-before-presidential-elections": {
      title: {
        sourceText:
          "Observers report political expression restricted ahead of the presidential elections",
        text: "Бақылаушылар президент сайлауы алдында саяси пікір білдірудің шектелгенін хабарлайды",
      },
      summary: {
        sourceText:
          "In the months leading up to the December 2005 presidential elections, observers including Human Rights Watch and Freedom House reported that political expression was restricted.",
        text: "2005 жылғы желтоқсандағы президент сайлауының алдындағы айларда бақылаушылар, соның ішінде Human Rights Watch пен Freedom House, саяси пікір білдірудің шектелгенін хабарлады.",
      },
    },
    "2005-vremya-printing-house-cancels-newspaper-contracts": {
      title: {
        sourceText: "Vremya printing house cancels contracts with seven newspapers",
        text: "«Время» баспаханасы жеті газетпен шартты бұзады",
      },
      summary: {
        sourceText:
          "In September 2005 the Vremya printing house unexpectedly cancelled contracts with seven newspapers; after a week-long hunger strike by their editors, the Daur publishing house agreed to publish five of them.",
        text: "2005 жылғы қыркүйекте «Время» баспаханасы жеті газетпен шартты күтпеген жерден бұзды; олардың редакторлары бір апталық аштық жариялағаннан кейін «Даур» баспасы бесеуін басып шығаруға келісті.",
      },
    },
    "2005-presidential-elections": {
      title: { sourceText: "Presidential elections", text: "Президент сайлауы" },
      summary: {
        sourceText:
          "Kazakhstan held presidential elections on 2 December 2005, after months in which efforts were made to restrict dissent.",
        text: "Қазақстан 2005 жылғы 2 желтоқсанда президент сайлауын өткізді; оның алдындағы айларда келіспеушілікті шектеуге әрекеттер жасалды.",
      },
    },
    "2016-human-rights-day-roundtable-in-astana": {
      title: {
        sourceText: "Human Rights Day roundtable in Astana",
        text: "Адам құқықтары күніне орай Астанадағы дөңгелек үстел",
      },
      summary: {
        sourceText:
          "On Human Rights Day, 10 December 2016, Astana hosted a roundtable bringing together Kazakh officials and representatives of international organizations.",
        text: "Адам құқықтары күні, 2016 жылғы 10 желтоқсанда, Астанада қазақстандық лауазымды тұлғалар мен халықаралық ұйымдардың өкілдерін жинаған дөңгелек үстел өтті.",
      },
    },
    "2018-trade-union-leader-dmitry-senyavskii-attacked": {
      title: {
        sourceText: "Trade union leader Dmitry Senyavskii attacked",
        text: "Кәсіподақ жетекшісі Дмитрий Сенявскийге шабуыл жасалды",
      },
      summary: {
        sourceText:
          "On 10 November 2018, trade union leader Dmitry Senyavskii was attacked and beaten by unidentified persons and taken to hospital.",
        text: "2018 жылғы 10 қарашада кәсіподақ жетекшісі Дмитрий Сенявскийге белгісіз адамдар шабуыл жасап, оны соққыға жықты, ол ауруханаға жеткізілді.",
      },
    },
    "2014-us-government-report-on-acquittals": {
      title: {
        sourceText: "US government report: fewer than one percent of defendants acquitted",
        text: "АҚШ үкіметінің баяндамасы: айыпталушылардың бір пайызынан азы ақталған",
      },
      summary: {
        sourceText:
          "A US government report released in 2014 found that fewer than one percent of criminal defendants in Kazakhstan were acquitted in public prosecution cases in trial courts.",
        text: "2014 жылы жарияланған АҚШ үкіметінің баяндамасына сәйкес, Қазақстанда бірінші сатыдағы соттарда мемлекеттік айыптау істері бойынша қылмыстық айыпталушылардың бір пайызынан азы ақталған.",
      },
    },
    "1992-law-on-freedom-of-religion-and-religious-associations": {
      title: {
        sourceText: "Law on Freedom of Religion and Religious Associations adopted",
        text: "Діни сенім бостандығы және діни бірлестіктер туралы заң қабылданды",
      },
      summary: {
        sourceText:
          "In 1992, after gaining independence, Kazakhstan adopted the Law on Freedom of Religion and Religious Associations.",
        text: "1992 жылы тәуелсіздік алғаннан кейін Қазақстан Діни сенім бостандығы және діни бірлестіктер туралы заң қабылдады.",
      },
    },
    "2003-first-congress-of-leaders-of-world-and-traditional-religions": {
      title: {
        sourceText: "First Congress of the Leaders of World and Traditional Religions",
        text: "Әлемдік және дәстүрлі діндер лидерлерінің бірінші съезі",
      },
      summary: {
        sourceText:
          "Kazakhstan hosted the first Congress of the Leaders of World and Traditional Religions in 2003, attended by 17 religious delegations.",
        text: "2003 жылы Қазақстан Әлемдік және дәстүрлі діндер лидерлерінің бірінші съезін қабылдады, оған 17 діни делегация қатысты.",
      },
    },
    "2011-religion-law": {
      title: { sourceText: "2011 religion law", text: "2011 жылғы дін туралы заң" },
      summary: {
        sourceText:
          'The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.',
        text: "Құжат 2011 жылғы дін туралы заңға сілтеме жасайды; БҰҰ-ның діни сенім бостандығы жөніндегі арнаулы баяндамашысы оған «ауқымды реформалар» ұсынды; құжатта бұл ұсыныстың күні көрсетілмеген.",
      },
    },
    "2014-minority-religious-groups-fined-and-detained": {
      title: {
        sourceText: "Human Rights Watch: minority religious groups fined and detained in 2014",
        text: "Human Rights Watch: 2014 жылы діни азшылық топтарына айыппұл салынып, олар ұсталды",
      },
      summary: {
        sourceText:
          "According to Human Rights Watch, minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law.",
        text: "Human Rights Watch мәліметінше, 2014 жылы діни азшылық топтары шектеуші дін туралы заңды бұзғаны үшін айыппұлға және қысқа мерзімді қамауға ұшырауын жалғастырды.",
      },
    },
    "2016-religions-against-terrorism-conference": {
      title: {
        sourceText: "Religions against Terrorism conference",
        text: "«Діндер терроризмге қарсы» конференциясы",
      },
      summary: {
        sourceText:
          "On 31 May 2016, the Congress of the Leaders of World and Traditional Religions held an international conference, Religions against Terrorism.",
        text: "2016 жылғы 31 мамырда Әлемдік және дәстүрлі діндер лидерлерінің съезі «Діндер терроризмге қарсы» халықаралық конференциясын өткізді.",
      },
    },
    "2016-15th-session-of-the-congress-of-leaders-of-world-and-traditional-religions": {
      title: {
        sourceText:
          "15th session of the Congress of the Leaders of World and Traditional Religions",
        text: "Әлемдік және дәстүрлі діндер лидерлері съезінің 15-отырысы",
      },
      summary: {
        sourceText:
          "On 1 June 2016, one day after its Religions against Terrorism conference, the Congress held its 15th session in Astana.",
        text: "2016 жылғы 1 маусымда, «Діндер терроризмге қарсы» конференциясынан бір күн өткен соң, Съезд Астанада өзінің 15-отырысын өткізді.",
      },
    },
    "2019-inaugural-religious-freedom-working-group": {
      title: {
        sourceText: "Inaugural Religious Freedom Working Group with the U.S. Department of State",
        text: "АҚШ Мемлекеттік департаментімен діни сенім бостандығы жөніндегі жұмыс тобының алғашқы отырысы",
      },
      summary: {
        sourceText:
          "In May 2019, an inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan.",
        text: "2019 жылғы мамырда Қазақстанда Қазақстан үкіметі мен АҚШ Мемлекеттік департаментінің өкілдері арасындағы діни сенім бостандығы жөніндегі жұмыс тобының алғашқы отырысы өтті.",
      },
    },
    "2006-hare-krishna-evictions": {
      title: {
        sourceText: "Hare Krishna followers evicted from thirteen homes",
        text: "Кришна санасы қоғамының ізбасарлары он үш үйден көшірілді",
      },
      summary: {
        sourceText:
          "On 20 November 2006, riot police and executors of the Karasai district evicted Hare Krishna followers from thirteen homes, which the police then demolished.",
        text: "2006 жылғы 20 қарашада арнаулы полиция жасағы мен Қарасай ауданының сот орындаушылары Кришна санасы қоғамының ізбасарларын он үш үйден көшірді, кейін полиция ол үйлерді бұзып тастады.",
      },
    },
    "2018-arrest-of-whatsapp-group-members": {
      title: {
        sourceText: "Nine members of a WhatsApp group arrested",
        text: "WhatsApp тобының тоғыз мүшесі қамауға алынды",
      },
      summary: {
        sourceText:
          "In 2018, the government arrested nine men who were members of a WhatsApp group chat for discussing Islam; the Working Group on Arbitrary Detention found the arrest violated international law.",
        text: "2018 жылы үкімет WhatsApp топтық чатының мүшелері болған тоғыз ер адамды исламды талқылағаны үшін қамауға алды; Негізсіз қамауға алу жөніндегі жұмыс тобы бұл қамаудың халықаралық құқықты бұзғанын анықтады.",
      },
    },
    "2011-zhanaozen-oil-worker-strikes": {
      title: {
        sourceText: "Zhanaozen oil worker strikes and clashes with police",
        text: "Жаңаөзендегі мұнайшылар ереуілі және полициямен қақтығыстар",
      },
      summary: {
        sourceText:
          "On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former's demands of better work conditions and higher pay; according to official sources 15 people were found dead.",
        text: "2011 жылғы 16 желтоқсанда негізінен мұнайшылардан тұратын наразылық білдірушілер еңбек жағдайын жақсарту және жалақыны көтеру талаптарына байланысты Жаңаөзенде полициямен қақтығысты; ресми деректер бойынша 15 адамның өлі денесі табылды.",
      },
    },
    "2016-land-reform-protests": {
      title: { sourceText: "Land-reform protests", text: "Жер реформасына қарсы наразылықтар" },
      summary: {
        sourceText:
          "Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.",
        text: "2016 жылғы сәуір мен мамырда жерге меншік туралы заңның өзгерістеріне байланысты жер реформасына қарсы наразылықтар болды; екі жүз белсенді мен наразылық білдіруші қамауға алынды.",
      },
    },
    "2019-protests-after-five-sisters-die-in-house-fire": {
      title: {
        sourceText: "Protests after five sisters die in a house fire",
        text: "Бес апалы-сіңлінің үйдегі өртте қаза табуынан кейінгі наразылықтар",
      },
      summary: {
        sourceText:
          "Protests took place in February 2019 after five sisters died in a house fire while their parents were working night shifts.",
        text: "2019 жылғы ақпанда ата-анасы түнгі ауысымда жұмыс істеп жүргенде бес апалы-сіңлі үйдегі өртте қаза тапқаннан кейін наразылықтар өтті.",
      },
    },
    "2019-nazarbayev-dismisses-the-government": {
      title: {
        sourceText: "Nazarbayev dismisses the government",
        text: "Назарбаев үкіметті отставкаға жібереді",
      },
      summary: {
        sourceText: "In 2019, Nursultan Nazarbayev dismissed the government.",
        text: "2019 жылы Нұрсұлтан Назарбаев үкіметті отставкаға жіберді.",
      },
    },
    "2019-nazarbayev-resigns-as-president": {
      title: {
        sourceText: "Nazarbayev resigns as president",
        text: "Назарбаев президент қызметінен кетеді",
      },
      summary: {
        sourceText:
          "On 19 March 2019, Nursultan Nazarbayev resigned his formal position as president, while retaining other positions of power.",
        text: "2019 жылғы 19 наурызда Нұрсұлтан Назарбаев басқа билік лауазымдарын сақтай отырып, президенттің ресми қызметінен кетті.",
      },
    },
    "2019-snap-presidential-elections": {
      title: { sourceText: "Snap presidential elections", text: "Кезектен тыс президент сайлауы" },
      summary: {
        sourceText:
          "Kazakhstan held snap presidential elections in 2019, with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev.",
        text: "Қазақстан 2019 жылы кезектен тыс президент сайлауын өткізді, оның нәтижелері уақытша президент Қасым-Жомарт Тоқаевтың басым жеңісін көрсеткендей болды.",
      },
    },
    "2019-protests-after-the-snap-presidential-elections": {
      title: {
        sourceText: "Protests and detentions after the snap presidential elections",
        text: "Кезектен тыс президент сайлауынан кейінгі наразылықтар мен ұстаулар",
      },
      summary: {
        sourceText:
          "After the snap 2019 presidential elections there were several protests in Nur-Sultan and Almaty; more than 100 protesters were detained in Almaty and twenty in Shymkent.",
        text: "2019 жылғы кезектен тыс президент сайлауынан кейін Нұр-Сұлтан мен Алматыда бірнеше наразылық болды; Алматыда 100-ден астам, Шымкентте жиырма наразылық білдіруші ұсталды.",
      },
    },
    "2019-protest-incidents-september": {
      title: {
        sourceText: "Protest incidents continue (September 2019)",
        text: "Наразылық оқиғалары жалғасуда (2019 жылғы қыркүйек)",
      },
      summary: {
        sourceText: "Protest incidents continued in September 2019.",
        text: "Наразылық оқиғалары 2019 жылғы қыркүйекте жалғасты.",
      },
    },
    "2019-protest-incidents-october": {
      title: {
        sourceText: "Protest incidents continue (October 2019)",
        text: "Наразылық оқиғалары жалғасуда (2019 жылғы қазан)",
      },
      summary: {
        sourceText: "Protest incidents continued in October 2019.",
        text: "Наразылық оқиғалары 2019 жылғы қазанда жалғасты.",
      },
    },
    "2019-protest-incidents-december": {
      title: {
        sourceText: "Protest incidents continue (December 2019)",
        text: "Наразылық оқиғалары жалғасуда (2019 жылғы желтоқсан)",
      },
      summary: {
        sourceText: "Protest incidents continued in December 2019.",
        text: "Наразылық оқиғалары 2019 жылғы желтоқсанда жалғасты.",
      },
    },
    "2008-eu-and-kazakhstan-agree-annual-human-rights-dialogue": {
      title: {
        sourceText: "EU and Kazakhstan agree to an annual human rights dialogue",
        text: "ЕО мен Қазақстан адам құқықтары жөніндегі жыл сайынғы диалогқа келіседі",
      },
      summary: {
        sourceText:
          'In 2008, in line with its "Strategy for a New Partnership" with Central Asia, the European Union agreed with Kazakhstan to establish an annual human rights dialogue.',
        text: "2008 жылы Орталық Азиямен «Жаңа әріптестік стратегиясына» сәйкес Еуропалық Одақ Қазақстанмен адам құқықтары жөніндегі жыл сайынғы диалог құруға келісті.",
      },
    },
    "2008-first-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "First round of the EU-Kazakhstan human rights dialogue",
        text: "ЕО — Қазақстан адам құқықтары жөніндегі диалогының бірінші раунды",
      },
      summary: {
        sourceText:
          "The first round of the annual EU-Kazakhstan human rights dialogue was held on 15 October 2008 in Astana.",
        text: "ЕО — Қазақстан адам құқықтары жөніндегі жыл сайынғы диалогының бірінші раунды 2008 жылғы 15 қазанда Астанада өтті.",
      },
    },
    "2014-sixth-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "Sixth EU-Kazakhstan Human Rights Dialogue in Brussels",
        text: "Брюссельдегі ЕО — Қазақстан адам құқықтары жөніндегі алтыншы диалогы",
      },
      summary: {
        sourceText:
          "On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels.",
        text: "2014 жылғы 12 қарашада Еуропалық Одақ пен Қазақстан Брюссельде адам құқықтары жөніндегі жыл сайынғы диалогтың алтыншы раундын өткізді.",
      },
    },
    "2018-tenth-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "10th EU-Kazakhstan Human Rights Dialogue in Brussels",
        text: "Брюссельдегі ЕО — Қазақстан адам құқықтары жөніндегі 10-диалогы",
      },
      summary: {
        sourceText:
          "The 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels.",
        text: "ЕО — Қазақстан адам құқықтары жөніндегі 10-диалогы 2018 жылғы 20–21 қарашада Брюссельде өтті.",
      },
    },
    "2020-twelfth-eu-kazakhstan-human-rights-dialogue": {
      title: {
        sourceText: "12th EU-Kazakhstan Human Rights Dialogue",
        text: "ЕО — Қазақстан адам құқықтары жөніндегі 12-диалогы",
      },
      summary: {
        sourceText:
          "At the 12th EU-Kazakhstan Human Rights Dialogue in November 2020, the EU acknowledged Kazakhstan's continuing reform process but urged speedy implementation.",
        text: "2020 жылғы қарашадағы ЕО — Қазақстан адам құқықтары жөніндегі 12-диалогында ЕО Қазақстандағы жалғасып жатқан реформалар процесін мойындады, бірақ оларды жедел жүзеге асыруға шақырды.",
      },
    },
    "2015-ngo-law-amendments": {
      title: {
        sourceText: "Amendments to the law on NGO activities",
        text: "ҮЕҰ қызметі туралы заңға түзетулер",
      },
      summary: {
        sourceText:
          "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities.",
        text: "2015 жылы Қазақстан үкіметтік емес ұйымдардың (ҮЕҰ) қызметі туралы заңға түзетулер енгізді.",
      },
    },
    "2017-president-proposes-delegating-powers-to-parliament": {
      title: {
        sourceText: "President proposes delegating some presidential powers to Parliament",
        text: "Президент президенттік өкілеттіктердің бір бөлігін Парламентке беруді ұсынады",
      },
      summary: {
        sourceText:
          "In January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament.",
        text: "2017 жылғы қаңтарда Қазақстан Президенті Президент өкілеттіктерінің бір бөлігін Парламентке беруге бағытталған реформаны ұсынды.",
      },
    },
    "2017-kazakhstan-joins-the-hcch": {
      title: {
        sourceText:
          "Kazakhstan becomes a member of the Hague Conference on Private International Law",
        text: "Қазақстан Халықаралық жеке құқық жөніндегі Гаага конференциясының мүшесі болады",
      },
      summary: {
        sourceText:
          "Kazakhstan has been a member of the Hague Conference on Private International Law (HCCH) since May 2017.",
        text: "Қазақстан 2017 жылғы мамырдан бері Халықаралық жеке құқық жөніндегі Гаага конференциясының (HCCH) мүшесі.",
      },
    },
    "2019-national-council-of-public-trust-established": {
      title: {
        sourceText: "National Council of Public Trust established",
        text: "Ұлттық қоғамдық сенім кеңесі құрылды",
      },
      summary: {
        sourceText:
          "On 17 July 2019, President Kassym-Jomart Tokayev established the National Council of Public Trust, an advisory body to make government more responsive to the people.",
        text: "2019 жылғы 17 шілдеде Президент Қасым-Жомарт Тоқаев үкіметті халыққа көбірек құлақ асатын етуге арналған кеңесші орган — Ұлттық қоғамдық сенім кеңесін құрды.",
      },
    },
    "2020-usaid-rule-of-law-program-launched": {
      title: {
        sourceText: "Five-year rule of law program with USAID launched",
        text: "USAID-пен құқық үстемдігі жөніндегі бесжылдық бағдарлама іске қосылды",
      },
      summary: {
        sourceText:
          "In September 2020, a five-year rule of law program for over $7 million, under which Kazakhstan partners with USAID, was launched.",
        text: "2020 жылғы қыркүйекте Қазақстан USAID-пен серіктестік жасайтын, құны 7 миллион доллардан асатын құқық үстемдігі жөніндегі бесжылдық бағдарлама іске қосылды.",
      },
    },
    "2020-kazakhstan-ranked-62nd-in-rule-of-law-index": {
      title: {
        sourceText: "Kazakhstan ranked 62nd in the Rule of Law Index",
        text: "Қазақстан Құқық үстемдігі индексінде 62-орында",
      },
      summary: {
        sourceText:
          "In 2020, Kazakhstan was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
        text: "2020 жылы Қазақстан Құқық үстемдігі индексінде 62-орынға ие болып, 2015 жылдан бері үш позицияға көтерілді.",
      },
    },
    "2015-day-of-gratitude-introduced": {
      title: {
        sourceText: "Day of Gratitude introduced as a new holiday",
        text: "Жаңа мереке — Алғыс айту күні енгізілді",
      },
      summary: {
        sourceText:
          "In 2015, the Assembly of the People of Kazakhstan introduced a Day of Gratitude, celebrated on 1 March, on a proposal by President Nursultan Nazarbayev.",
        text: "2015 жылы Қазақстан халқы Ассамблеясы Президент Нұрсұлтан Назарбаевтың ұсынысы бойынша 1 наурызда атап өтілетін Алғыс айту күнін енгізді.",
      },
    },
    "2002-commissioner-for-human-rights-established": {
      title: {
        sourceText: "Commissioner for Human Rights (Ombudsman) established",
        text: "Адам құқықтары жөніндегі уәкіл (омбудсмен) институты құрылды",
      },
      summary: {
        sourceText:
          "On 19 September 2002, the institution of the Commissioner for Human Rights, Kazakhstan's Ombudsman, was established by the President's Decree.",
        text: "2002 жылғы 19 қыркүйекте Президент Жарлығымен Қазақстанның омбудсмені — Адам құқықтары жөніндегі уәкіл институты құрылды.",
      },
    },
    "2019-first-meeting-of-the-national-council-of-public-trust": {
      title: {
        sourceText: "First meeting of the National Council of Public Trust",
        text: "Ұлттық қоғамдық сенім кеңесінің бірінші отырысы",
      },
      summary: {
        sourceText:
          "The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.",
        text: "Ұлттық қоғамдық сенім кеңесі 2019 жылғы 6 қыркүйекте бірінші отырысын өткізді; ол жала жабуды қылмыстық жазадан шығаруға, пенитенциарлық жүйе мен сот жүйесінің реформасына, гендерлік теңгерімге және әйелдердің құқықтары мен мүмкіндіктерін кеңейтуге арналды.",
      },
    },
    "2020-tokayev-signs-four-laws-of-the-national-council-of-public-trust-initiative": {
      title: {
        sourceText: "Tokayev signs four laws from the National Council of Public Trust initiative",
        text: "Тоқаев Ұлттық қоғамдық сенім кеңесінің бастамасымен әзірленген төрт заңға қол қояды",
      },
      summary: {
        sourceText:
          "In May 2020, President Tokayev signed four laws that were part of the National Council of Public Trust initiative, including a new law on peaceful assemblies.",
        text: "2020 жылғы мамырда Президент Тоқаев Ұлттық қоғамдық сенім кеңесінің бастамасы аясындағы төрт заңға, соның ішінде бейбіт жиналыстар туралы жаңа заңға қол қойды.",
      },
    },
  },
  topics: {
    overview: {
      name: { sourceText: "Overview", text: "Жалпы шолу" },
      overview: {
        sourceText:
          'Human rights in Kazakhstan are uniformly described as poor by independent observers. Human Rights Watch says that "Kazakhstan heavily restricts freedom of assembly, speech, and religion. In 2014, authorities closed newspapers, jailed or fined dozens of people after peaceful but unsanctioned protests, and fined or detained worshipers for practicing religion outside state controls. Government critics, including opposition leader Vladimir Kozlov, remained in detention after unfair trials. Torture remains common in places of detention."\n\nIn 2012, Kazakhstan was elected as a member of the United Nations Human Rights Council. During the Universal Periodic Review of Human Rights in 2014, national representatives "commended Kazakhstan\'s establishment of a mechanism to prevent torture and of a national human rights institution" but "shared concerns about legal restrictions on freedom".\n\nSince 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the European Programme for Human Rights for Legal Professionals (HELP), a training programme for Kazakh legal professionals. The programme is running through 2022.\n\nIn September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty. This was received very positively by the human-rights organizations and the international community. Amnesty International called the news encouraging.\n\nThe top representative in Central Asia of the United Nations Refugee Agency, UNHCR, pointed to Kazakhstan\'s work on refugee crisis to "highlight the country\'s leadership in fostering interethnic consent." The United Nations in Kazakhstan affirmed that the Government of Kazakhstan supported the UN\'s Partnership Framework for Development for the country and its recommendations, as well as implemented the UN\'s human rights mechanisms.\n\nIn June 2021, a decree "On further human rights measures in Kazakhstan" was signed into law by Kazakh president Kassym-Jomart Tokayev, meant to protect the rights of minorities and vulnerable groups, such as women and people with disabilities, and improve coordination with international organisations.',
        text: "Тәуелсіз бақылаушылар Қазақстандағы адам құқықтарының жағдайын бірауыздан нашар деп сипаттайды. Human Rights Watch былай дейді: «Қазақстан жиналыс, сөз және дін бостандығын қатаң шектейді. 2014 жылы билік газеттерді жауып, бейбіт, бірақ рұқсат етілмеген наразылықтардан кейін ондаған адамды қамады немесе айыппұл салды, ал діндарларды мемлекеттік бақылаудан тыс дін ұстанғаны үшін айыппұл салды немесе ұстады. Үкімет сыншылары, соның ішінде оппозиция жетекшісі Владимир Козлов, әділетсіз сот процестерінен кейін қамауда қалды. Қамау орындарында азаптау әлі де жиі кездеседі».",
        firstParagraphOnly: true,
      },
    },
    "politics-freedom-of-speech-and-the-press": {
      name: {
        sourceText: "Politics, freedom of speech and the press",
        text: "Саясат, сөз және баспасөз бостандығы",
      },
      overview: {
        sourceText:
          "Political expression was reported to be restricted in Kazakhstan in the months leading up to presidential elections in December 2005, according to observers, including Human Rights Watch and Freedom House. Kazakh authorities reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups. In September, the Vremya printing house unexpectedly cancelled contracts with seven newspapers, with no explanation given. Likewise, other printing firms in Kazakhstan's former capital, Almaty, also refused to print the publications. After a week-long hunger strike by the editors of these papers, the Daur publishing house agreed to publish five of the newspapers. Virtually all of Kazakhstan's broadcast media are owned by firms closely associated with the government; newspapers are some of the few sources of independent reporting.\n\nSome outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government's attempt to prevent such transformation from occurring in Kazakhstan.\n\nIn 2016 Astana hosted a roundtable discussion on Human Rights Day, December 10. The event brought together Kazakh officials and representatives of international organizations, such as International Organisation for Migration (IOM), EU, United Nations Development Programme (UNDP), Organization for Security and Co-operation in Europe (OSCE).\n\nOn November 10, 2018 Dmitry Senyavskii, a trade union leader in Kazakhstan was attacked and viciously beaten up by some unidentified persons and was taken to hospital. The International Labour Organization (ILO) has frequently called on the government of Kazakhstan to modify the restricting trade laws and maintain its commitments with international labor rights.",
        text: "Бақылаушылардың, соның ішінде Human Rights Watch пен Freedom House-тың мәліметінше, 2005 жылғы желтоқсандағы президент сайлауының алдындағы айларда Қазақстанда саяси пікір білдіру шектелген. Хабарланғандай, қазақстандық билік сөз бостандығын шектеуге және тәуелсіз БАҚ пен азаматтық қоғам топтарын жабуға әрекет жасаған. Қыркүйекте «Время» баспаханасы ешқандай түсініктеме бермей, жеті газетпен шартты күтпеген жерден бұзды. Сол сияқты Қазақстанның бұрынғы астанасы Алматыдағы басқа баспаханалар да бұл басылымдарды басып шығарудан бас тартты. Осы газеттердің редакторлары бір апталық аштық жариялағаннан кейін «Даур» баспасы газеттердің бесеуін басып шығаруға келісті. Қазақстанның барлық дерлік хабар тарату құралдары үкіметпен тығыз байланысты компанияларға тиесілі; газеттер — тәуелсіз ақпараттың аз ғана көздерінің бірі.",
        firstParagraphOnly: true,
      },
    },
    "right-to-fair-trial": {
      name: { sourceText: "Right to fair trial", text: "Әділ сот талқылауына құқық" },
      overview: {
        sourceText:
          "According to a US government report released in 2014, in Kazakhstan:\n\n> Fewer than one percent of criminal defendants have been acquitted in the cases of public prosecution in trial courts. Meanwhile, the appellate courts tend to overturn acquittals much more often than convictions.",
        text: "2014 жылы жарияланған АҚШ үкіметінің баяндамасына сәйкес, Қазақстанда:",
        firstParagraphOnly: true,
      },
    },
    "religious-freedom": {
      name: { sourceText: "Religious freedom", text: "Діни сенім бостандығы" },
      overview: {
        sourceText:
          'In 1992 after gaining independence Kazakhstan adopted the Law on Freedom of Religion and Religious Associations, which aimed to ensure inter-faith tolerance and religious freedom. As of 2014, there were over 3400 religious organizations in Kazakhstan.\n\nHuman Rights Watch however has said that "Minority religious groups continued to be subjected to fines and short-term detention in 2014 for violating a restrictive religion law". A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law, finding, for example, that "non-registered religious communities ... suffer from serious infringements of their freedom of religion."\n\nIn order to promote inter-confessional dialogue and prevent religious conflict worldwide, Kazakhstan hosts regular Congress of the Leaders of World and Traditional Religions. The first congress was held in 2003 and was attended by 17 religious delegations.\n\nIn order to address the threat of religious extremism, the Congress of the Leaders of World and Traditional Religions held international conference, Religions against Terrorism, on May 31, 2016. One day later the Congress held its 15th session in Astana.\n\nAn inaugural Religious Freedom Working Group between the Kazakhstani government and representatives from the U.S. Department of State took place in Kazakhstan in May 2019. The U.S. Commission on International Religious Freedom (USCIRF) delegation participated in the Working Group. According to the USCIRF report, religious communities "have a positive dialogue with the government and believe their trajectory in the country is good."\n\n### 2006 Hare Krishna evictions\n\nOn November 20, 2006, three buses full of riot police, two ambulances, two empty lorries, and executors of the Karasai district arrived at the community in sub-zero weather and evicted the Hare Krishna followers from thirteen homes, which the police proceeded to demolish. The Forum 18 News Service reported, "Riot police who took part in the destruction threw personal belongings of the Hare Krishna devotees into the snow, and many devotees were left without clothes. Power for lighting and heating systems had been cut off before the demolition began. Furniture and larger household belongings were loaded onto trucks. Officials said these possessions would be destroyed. Two men who tried to prevent the bailiffs from entering a house to destroy it were seized by 15 police officers who twisted their hands and took them away to the police car." In response to these events the Organization for Security and Cooperation in Europe issued a statement: "It appears that state-sponsored action has been focused upon members of the Hare Krishna community in a manner that suggests they have been targeted on the basis of their religious affiliation." Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.\n\n### 2018 arrest of WhatsApp group members\n\nIn 2018, the government of Kazakhstan made a mass arrest of nine Kazakh men who were members of a group chat for discussing Islam on the messaging app WhatsApp. Their arrest was determined to be in violation of international law by the Working Group on Arbitrary Detention. However, five of the men remain imprisoned, and the four that are no longer imprisoned still face restrictions. The five who remain imprisoned are: Beket Mynbasov, Samat Adilov, Nazim Abdrakhmanov, Ernar Samatov and Bolatbek Nurgaliyev.',
        text: "1992 жылы тәуелсіздік алғаннан кейін Қазақстан конфессияаралық төзімділік пен діни сенім бостандығын қамтамасыз етуге бағытталған Діни сенім бостандығы және діни бірлестіктер туралы заң қабылдады. 2014 жылғы жағдай бойынша Қазақстанда 3400-ден астам діни ұйым болды.",
        firstParagraphOnly: true,
      },
    },
    protests: {
      name: { sourceText: "Protests", text: "Наразылықтар" },
      overview: {
        sourceText:
          "### 2011 Zhanaozen oil worker strikes\n\nOn 16 December 2011, there were clashes between protesters and police due to the former's demands of better work conditions and higher pay. Protesters consisted primarily of oil workers with oil fields responding by sacking hundreds of workers. Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen, but according to government officials police were forced to defend themselves. The clashes occurred when police tried to clear the town square in light of Kazakhstan's 20th independence day. There were signs of attempts at censorship of outgoing information, with internet users reporting difficulties accessing independent news websites and Twitter. According to official sources 15 people were found dead after the clashes.\n\n### 2016 land-reform protests\n\nIn April and May 2016, in relation to changes in the law in relation to land ownership. Two hundred activists and protestors were arrested.\n\n### 2019 protests\n\nProtests took place in February after five sisters died in a house fire while their parents were working night shifts and anger spread on online social networks, leading to further protests. Nursultan Nazarbayev dismissed the government and on 19 March 2019 resigned his formal position as president, while retaining other positions of power. After the snap 2019 Kazakh presidential elections with results appearing to show an overwhelming victory for interim President Kassym-Jomart Tokayev, there were several protests in cities of Nur-Sultan and Almaty. More than 100 protesters were detained in Astana Square in Almaty, as activists called for boycott of the election. Amongst the detained were some foreign and local journalists covering the event. Internet access in Nur-Sultan and Almaty was reported to be significantly slowed down, with it being difficult to access social media sites and to prevent live-streaming. Twenty protesters were also detained in the southern city of Shymkent. Protest incidents continued in September, October and December 2019.",
        text: "### 2011 жылғы Жаңаөзендегі мұнайшылар ереуілі",
        firstParagraphOnly: true,
      },
    },
    "human-rights-dialogue": {
      name: { sourceText: "Human rights dialogue", text: "Адам құқықтары жөніндегі диалог" },
      overview: {
        sourceText:
          "In 2008, in line with its \"Strategy for a New Partnership\" with Central Asia, the European Union agreed with the Republic of Kazakhstan to establish an annual human rights dialogue, and its first round was held on 15 October 2008 in Astana.\n\nThese dialogues constitute an essential part of the EU's overall strategy to promote respect for human rights and fundamental freedoms, sustainable development, peace and stability. On 12 November 2014 the European Union and Kazakhstan held the sixth round of the annual Human Rights Dialogue in Brussels. The Kazakh delegation was led by Mr Yogan Merkel, First Deputy Prosecutor General, who was accompanied by Mr Vyacheslav Kalyuzhnyy, Director of the National Centre for Human Rights, and other senior officials. The EU delegation was led by Mr Silvio Gonzato, Director for Human Rights and Democracy at the European External Action Service. The dialogue was held in a positive and constructive atmosphere. The EU welcomed Kazakhstan's development of a functioning National Preventive Mechanism for the monitoring of places of detention, and encouraged further steps to strengthen the Office of the Ombudsman and the National Centre for Human Rights. The EU acknowledged Kazakhstan's recent engagement in the second cycle of the Universal Period Review (UPR) process at the UN Human Rights Council, and encouraged the Kazakh authorities to consider accepting a number of UPR recommendations that it initially did not support.\n\nThe 10th EU-Kazakhstan Human Rights Dialogue was held on 20–21 November 2018 in Brussels. The EU noted Kazakhstan's improvements regarding laws and policies vis-à-vis civil society. It was emphasized that Kazakhstan should continue to take steps to foster an enabling environment, including for NGOs, lawyers and journalists. During the 12th EU-Kazakhstan Human Rights Dialogue held in November 2020, the EU \"acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms\" but urged speedy implementation.\n\nOSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law conduct joint training programs on human rights.",
        text: "2008 жылы Орталық Азиямен «Жаңа әріптестік стратегиясына» сәйкес Еуропалық Одақ Қазақстан Республикасымен адам құқықтары жөніндегі жыл сайынғы диалог құруға келісті, оның бірінші раунды 2008 жылғы 15 қазанда Астанада өтті.",
        firstParagraphOnly: true,
      },
    },
    "rule-of-law": {
      name: { sourceText: "Rule of law", text: "Құқық үстемдігі" },
      overview: {
        sourceText:
          "In 2015 Kazakhstan introduced amendments to the law on nongovernmental organisation (NGO) activities. The law guarantees to NGOs free access to public, international and private financing allowing them to actively participate in the social and political development of the country.\n\nIn January 2017 Kazakhstan's President proposed a reform aimed at delegating some of the President's powers to the Parliament. This initiative is expected to create a stronger system of checks and balances in Kazakhstan.\n\nKazakhstan is a member of the Hague Conference on Private International Law (HCCH) since May 2017. The HCCH is aimed at promoting the harmonisation of conflict of laws principles in diverse subject matters within private international law, which contributes to the promotion of rule of law.\n\nThe National Council of Public Trust of Kazakhstan also plays an important role in promoting the rule of law. It is an advisory body that was established by the President of Kazakhstan, Kassym-Jomart Tokayev, on July 17, 2019 to make government more responsive to the people.\n\nKazakhstan partners with the USAID under a five-year rule of law program for over $7 million launched in September 2020. The Kazakh Supreme Court and the Ministry of Information and Public Development work closely with the USAID as part of the program to improve public trust and demonstrate greater alignment with internationally recognized standards.\n\nIn 2020, the country was ranked 62nd in the Rule of Law Index, climbing three positions since 2015.",
        text: "2015 жылы Қазақстан үкіметтік емес ұйымдардың (ҮЕҰ) қызметі туралы заңға түзетулер енгізді. Заң ҮЕҰ-ға мемлекеттік, халықаралық және жеке қаржыландыруға еркін қол жеткізуге кепілдік беріп, оларға елдің әлеуметтік және саяси дамуына белсенді қатысуға мүмкіндік береді.",
        firstParagraphOnly: true,
      },
    },
    "ethnic-diversity": {
      name: { sourceText: "Ethnic diversity", text: "Этностық әралуандық" },
      overview: {
        sourceText:
          "Kazakhstan supports co-existence of different cultures. The Assembly of People of Kazakhstan supports nearly 200 centres where children and adults can study 30 different languages.\n\nIn 2015, the Assembly of the People of Kazakhstan (APK) introduced a Day of Gratitude as a new holiday of Kazakhstan. The proposal to establish it was delivered by President Nursultan Nazarbayev. The Day of Gratitude is celebrated on 1 March and marks the historic past and multi-ethnic unity of the country.\n\n70% of Kazakhstan's population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars. Representatives of about 125 ethnic groups live in Kazakhstan and some 818 ethnic and cultural associations operate under the auspices of the Assembly of People of Kazakhstan.",
        text: "Қазақстан әртүрлі мәдениеттердің қатар өмір сүруін қолдайды. Қазақстан халқы Ассамблеясы балалар мен ересектер 30 түрлі тілді үйрене алатын 200-ге жуық орталықты қолдайды.",
        firstParagraphOnly: true,
      },
    },
    "childrens-rights": {
      name: { sourceText: "Children's rights", text: "Балалардың құқықтары" },
      overview: {
        sourceText:
          "Kazakhstan's Human Rights Commissioner for Children's Rights and UNICEF Representative for Kazakhstan adopted a Statement of Intentions on Cooperation. The parties agreed to take necessary actions to develop an independent system of monitoring of ensuring children's rights in Kazakhstan.\n\nThe Kazakhstan 2050 Strategy places high emphasis on the protection of childhood. Kazakhstan adopted over 90 laws and other normative acts aimed at protecting children's rights.\n\nKazakhstan is a party to the United Nations Convention on the Rights of the Child.",
        text: "Қазақстандағы Бала құқықтары жөніндегі уәкіл мен ЮНИСЕФ-тің Қазақстандағы өкілі Ынтымақтастық туралы ниет мәлімдемесін қабылдады. Тараптар Қазақстанда балалардың құқықтарын қамтамасыз етуді мониторингтеудің тәуелсіз жүйесін дамыту үшін қажетті шаралар қабылдауға келісті.",
        firstParagraphOnly: true,
      },
    },
    "commissioner-for-human-rights": {
      name: { sourceText: "Commissioner for Human Rights", text: "Адам құқықтары жөніндегі уәкіл" },
      overview: {
        sourceText:
          "The institution of the Commissioner for human rights (Kazakhstan's Ombudsman) was established on September 19, 2002 by the President's Decree. The Commissioner and his associated organization, the National Center for Human Rights, are empowered to investigate human rights issues in the government per the decree of President Nazarbayev.",
        text: "Адам құқықтары жөніндегі уәкіл (Қазақстанның омбудсмені) институты 2002 жылғы 19 қыркүйекте Президент Жарлығымен құрылды. Уәкіл мен оған қарасты ұйым — Ұлттық адам құқықтары орталығы Президент Назарбаевтың жарлығына сәйкес мемлекеттік органдардағы адам құқықтары мәселелерін тексеруге өкілетті.",
        firstParagraphOnly: true,
      },
    },
    "national-council-of-public-trust": {
      name: {
        sourceText: "National Council of Public Trust",
        text: "Ұлттық қоғамдық сенім кеңесі",
      },
      overview: {
        sourceText:
          'Kazakhstan President Kassym-Jomart Tokayev established the National Council of Public Trust in July 2019 as a dialogue platform for government to be more responsive to the public. The Council convened its first meeting on September 6, 2019. The Council meeting was focused on the following topics: decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.\n\nIn May 2020, President Tokayev signed four important laws that were a part of the National Council of Public Trust initiative. These four laws included the following:\n\n- “On the procedure for organizing and holding peaceful assemblies in the Republic of Kazakhstan”\n- “On introducing amendments to the Constitutional Law of the Republic of Kazakhstan”\n- “On Elections in the Republic of Kazakhstan”\n- “On introducing amendments and additions to the Law of the Republic of Kazakhstan "On Political Parties"”\n\nThe new law on rallies greatly simplified the legal regulation of peaceful assemblies. According to the law, public spaces in the cities of the country can be used by citizens to hold peaceful assemblies. In addition, the notification procedure for peaceful assemblies are reduced from 15 days to 5.',
        text: "Қазақстан Президенті Қасым-Жомарт Тоқаев 2019 жылғы шілдеде үкіметтің қоғамға көбірек құлақ асуы үшін диалог алаңы ретінде Ұлттық қоғамдық сенім кеңесін құрды. Кеңес бірінші отырысын 2019 жылғы 6 қыркүйекте өткізді. Кеңес отырысы мына тақырыптарға арналды: жала жабуды қылмыстық жазадан шығару, пенитенциарлық жүйе мен сот жүйесінің реформасы, гендерлік теңгерім және әйелдердің құқықтары мен мүмкіндіктерін кеңейту.",
        firstParagraphOnly: true,
      },
    },
    "historical-situation": {
      name: { sourceText: "Historical situation", text: "Тарихи жағдай" },
      overview: {
        sourceText:
          'The following chart shows Kazakhstan\'s ratings since 1991 in the Freedom in the World reports, published annually by Freedom House. A rating of 1 is "free"; 7, "not free".\n\n1. Note that the "Year" signifies the "Year covered". Therefore the information for the year marked 2008 is from the report published in 2009, and so on.\n2. As of January 1.',
        text: "Төмендегі диаграмма Freedom House жыл сайын жариялайтын «Әлемдегі бостандық» баяндамаларындағы Қазақстанның 1991 жылдан бергі бағаларын көрсетеді. 1 деген баға — «еркін»; 7 — «еркін емес».",
        firstParagraphOnly: true,
      },
    },
  },
  places: {
    kazakhstan: {
      name: { sourceText: "Kazakhstan", text: "Қазақстан" },
      region: { sourceText: "Central Asia", text: "Орталық Азия" },
    },
    astana: {
      name: { sourceText: "Astana", text: "Астана" },
      region: { sourceText: "Kazakhstan", text: "Қазақстан" },
    },
    almaty: {
      name: { sourceText: "Almaty", text: "Алматы" },
      region: { sourceText: "Kazakhstan", text: "Қазақстан" },
    },
    "astana-square-almaty": {
      name: { sourceText: "Astana Square", text: "Астана алаңы" },
      region: { sourceText: "Almaty", text: "Алматы" },
    },
    zhanaozen: {
      name: { sourceText: "Zhanaozen", text: "Жаңаөзен" },
      region: { sourceText: "Kazakhstan", text: "Қазақстан" },
    },
    shymkent: {
      name: { sourceText: "Shymkent", text: "Шымкент" },
      region: { sourceText: "Kazakhstan", text: "Қазақстан" },
    },
    "karasai-district": {
      name: { sourceText: "Karasai district", text: "Қарасай ауданы" },
      region: { sourceText: "Kazakhstan", text: "Қазақстан" },
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
      name: { sourceText: "Kyrgyzstan", text: "Қырғызстан" },
    },
  },
  ratingSeries: {
    "freedom-in-the-world": {
      name: { sourceText: "Freedom in the World", text: "Әлемдегі бостандық" },
      description: {
        sourceText:
          "Kazakhstan's ratings since 1991 in the Freedom in the World reports, published annually by Freedom House: political rights, civil liberties and an overall status.",
        text: "Freedom House жыл сайын жариялайтын «Әлемдегі бостандық» баяндамаларындағы Қазақстанның 1991 жылдан бергі бағалары: саяси құқықтар, азаматтық бостандықтар және жалпы мәртебе.",
      },
    },
    "rule-of-law-index": {
      name: { sourceText: "Rule of Law Index", text: "Құқық үстемдігі индексі" },
      description: {
        sourceText: "Kazakhstan's rank in the Rule of Law Index, as the document reports it.",
        text: "Құжатта келтірілгендей, Қазақстанның Құқық үстемдігі индексіндегі орны.",
      },
    },
  },
};
