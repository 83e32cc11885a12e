import type { UIStrings } from './en.ts';

/**
 * Hmong interface strings (White Hmong, Romanized Popular Alphabet): short,
 * spoken-sounding sentences addressing the reader as "koj". Names of
 * organisations, the STOP APP and the hotline stay in English; the text
 * around them says in Hmong what they are. Digits are the Latin ones the
 * English uses.
 */
const hmn: UIStrings = {
  'site.name': 'STOP THE TRAFFIK',
  'skip.link': 'Hla mus rau cov ntsiab lus',

  'quickExit.label': 'Tawm ntawm no',
  'quickExit.hidden': 'Xwm txheej ceev',
  'quickExit.region': 'Tawm sai',
  'quickExit.hint': 'Nias Esc ob zaug kom tawm sai.',

  'hotline.heading': 'Xav tau kev pab tam sim no?',
  'hotline.call': 'Hu rau {number}',
  'hotline.text': 'Xa {keyword} rau {code}',
  'hotline.emergency': 'Yog muaj kev txaus ntshai tam sim no, hu rau {number}.',
  'hotline.available': 'Kev hu xov tooj yog zais cia. Lawv teb xov tooj 24 teev ib hnub, 7 hnub ib lim tiam.',
  'hotline.name': 'National Human Trafficking Hotline',

  'nav.label': 'Cov nplooj tseem ceeb',
  'nav.home': 'Nplooj pib',

  'lang.switch': 'Hom lus',

  'safe.heading': 'Siv lub vev xaib no kom nyab xeeb',
  'safe.body':
    'Lub vev xaib no tsis siv cookies, tsis khaws dab tsi rau hauv koj lub browser, tsis siv trackers, thiab tsis rub dab tsi los ntawm lwm lub vev xaib. Cov lus koj nrhiav ntawm no yeej tsis tshwm hauv qhov chaw sau address los yog hauv koj lub History. Lub pob “Tawm ntawm no” coj koj mus rau ib lub vev xaib huab cua thiab muab nplooj ntawv no hloov, yog li nias Back yuav tsis rov qab los rau ntawm no; nias Esc ob zaug kuj ua tib yam, tiam sis tsuas yog thaum JavaScript qhib xwb. Nplooj ntawv no tseem nyob hauv koj lub browser daim npe History mus txog thaum koj tshem nws. Yog muaj lwm tus neeg saib koj lub xov tooj los yog koj lub computer, siv ib lub private window, los yog tshem cov nplooj ntawv ntawm lub vev xaib no xwb tawm ntawm koj lub History: yog koj tshem tag nrho lub History, tej zaum lawv yuav pom.',

  'footer.support': 'Pab peb txoj haujlwm',
  'footer.donate': 'Pub nyiaj pab {org}',
  'footer.app': 'Rub {app} los siv',
  'footer.about':
    '{org} pab cov zej zog kom muaj zog tiv thaiv kev lag luam tib neeg, los ntawm kev qhia kom neeg paub thiab kev koom tes.',
  'footer.backToTop': 'Rov qab mus saum toj',
  // Added with the privacy and accessibility statements and sign sources (issue 9): for the Hmong translator to review.
  'footer.about.label': 'Txog lub vev xaib no',
  'footer.privacy': 'Kev ceev ntiag tug',
  'footer.accessibility': 'Kev siv tau rau txhua tus',
  'org.website': 'lub vev xaib ntawm {org} (ua lus Askiv)',

  'home.title': 'Puas muaj kev lag luam tib neeg nyob ze koj?',
  'home.description':
    'Muaj kev lag luam tib neeg hauv Stockton thiab San Joaquin Valley. Kawm kom paub nws, thiab kawm qhia tawm kom nyab xeeb.',
  'home.intro':
    'Kev lag luam tib neeg muaj thoob plaws ntiaj teb. Kev tshawb fawb pom tias Stockton thiab thaj chaw San Joaquin Valley tej zaum yog qhov chaw uas muaj kev lag luam tib neeg ntau. Koj puas yuav paub thaum nws muaj nyob hauv koj lub zej zog?',
  'home.campaignCta': 'Nyeem peb phiaj xwm: {title}',
  'home.reportHeading': 'Qhia tawm yam koj pom',
  'home.reportBody':
    'Yog koj pom los yog hnov ib yam dab tsi uas zoo li tsis yog, thov qhia tawm. Yog muaj ib tug neeg muaj kev txaus ntshai tam sim no, hu rau tub ceev xwm ntawm {emergency}.',
  'home.signsHeading': 'Koj puas paub cov cim qhia?',
  'home.signsBody':
    'Kev lag luam tib neeg tuaj yeem nkaum nyob hauv teb, hauv tsev so (motel), hauv cov ntawv tshaj tawm hauv internet, hauv kev kho mob thiab hauv tsev noj mov. Kawm seb yuav tsum saib dab tsi thiab yuav ua li cas.',
  'home.signsCta': 'Kawm cov cim qhia',
  'home.postsHeading': 'Cov ntawv tshiab tshaj',
  'home.campaignsHeading': 'Peb cov phiaj xwm',

  'campaign.place': 'Phiaj xwm: {place}',
  'campaign.updated': 'Hloov kho {date}',

  'support.heading': 'Pab peb',
  'support.body':
    'Koj cov nyiaj pub pab tseem ceeb heev rau peb txoj kev tawm tsam kev lag luam tib neeg. Yog peb koom tes, peb yuav nres tau nws.',
  'support.donate': 'Pub nyiaj',
  'support.external': '(qhib lub vev xaib {org}, ua lus Askiv)',

  'app.heading': 'Qhia yam koj tau pom: {app}',
  'app.body':
    'Rub {app} los siv, ces koj qhia tau txhua yam koj tau pom los yog hnov uas tej zaum muaj feem xyuam rau kev lag luam tib neeg. Txhua yam koj paub tseem ceeb, thiab tej zaum nws yog ib feem ntawm ib qho teeb meem loj dua.',

  'translation.missing':
    'Nplooj ntawv no tseem tsis tau muab txhais ua lus Hmoob. Hauv qab no yog thawj tsab, ua lus Askiv.',
  'translation.unreviewed': 'Tseem tsis tau muaj ib tug neeg hais lus Hmoob tshuaj xyuas cov lus txhais no.',
  'translation.updated': 'Tsab lus Askiv ntawm nplooj ntawv no tau hloov tshiab rau {date}, tom qab muab txhais lawm.',
  'translation.updatedUndated': 'Tsab lus Askiv ntawm nplooj ntawv no tau hloov lawm tom qab muab txhais.',
  'translation.readEnglish': 'Nyeem tsab lus Askiv',
  'languages.title': 'Kev pab ua koj hom lus',
  'languages.description':
    'Hu dawb rau National Human Trafficking Hotline txhua lub sij hawm, thiab tham nrog ib tug neeg txhais lus ua koj hom lus.',
  'languages.intro':
    'National Human Trafficking Hotline teb xov tooj ua lus Askiv los yog lus Mev, los yog ntau tshaj 200 lwm hom lus los ntawm ib qho kev pab txhais lus hauv xov tooj uas qhib 24 teev. Hauv qab no qhia ua ntau hom lus tias yuav thov ib tug neeg txhais lus li cas.',
  'languages.listLabel': 'Cov lus nyob rau nplooj ntawv no',

  'notFound.title': 'Nrhiav tsis tau nplooj ntawv no',
  'notFound.description': 'Peb nrhiav tsis tau nplooj ntawv ntawd.',
  'notFound.body':
    'Nplooj ntawv koj nrhiav tsis muaj, los yog tau txav mus rau lwm qhov lawm. Cov nplooj ntawv no tej zaum pab tau koj:',
  'notFound.home': 'Mus rau nplooj pib',

  // Warning-signs guide and statistics explainers
  'nav.signs': 'Cov cim ceeb toom',
  'nav.stats': 'Cov lej',
  'signs.filterLabel': 'Xaiv cov cim',
  'signs.byKind': 'Raws li hom kev tsim txom',
  'signs.bySetting': 'Raws li qhov chaw',
  'signs.all': 'Tag nrho cov cim ceeb toom',
  'signs.kindsHeading': 'Cov cim raws li hom kev tsim txom',
  'signs.settingsHeading': 'Cov cim raws li qhov chaw',
  'signs.group.general': 'Cov cim nyob txhua qhov chaw',
  'signs.group.kind': 'Hom kev tsim txom',
  'signs.group.setting': 'Qhov chaw',
  'signs.signsHeading': 'Cov cim uas koj yuav tsum saib',
  'signs.onlyOne': 'Nplooj ntawv rau {title} xwb',
  'signs.related': 'Saib ntxiv',
  'signs.sources': 'Cov cim no los qhov twg',
  'signs.sourcesIntro':
    'Txhua lub cim saum toj no yog ib lub cim uas ib los yog ntau qhov chaw no tau sau tseg (ua lus Askiv); peb muab sau ua lus yooj yim:',
  'signs.statLink': 'Tus lej qhia txog qhov no: {title}',
  'signs.pageDescription':
    '{title}: cov cim ceeb toom txog kev lag luam tib neeg, thiab yuav ua li cas yog koj txhawj txog ib tug neeg.',
  'signs.printLink': 'Daim npav luam tawm: cov cim thiab tus xov tooj pab nyob rau ib nplooj',
  'signs.notProof':
    'Ib lub cim xwb tsis tau qhia tseeb tias yog kev lag luam tib neeg. Yog muaj ib yam ua rau koj txhawj, thov qhia tawm: koj tsis tas yuav paub tseeb.',
  'what.heading': 'Yuav ua li cas yog koj txhawj',
  'what.confront':
    'Tsis txhob mus nug los yog sib cav nrog tus neeg koj xav tias ua txhaum, thiab tsis txhob mus cawm leej twg ib leeg. Qhov ntawd yuav ua rau nws thiab koj muaj kev txaus ntshai.',
  'what.emergency': 'Yog muaj ib tug neeg muaj kev txaus ntshai tam sim no, hu rau {number}.',
  'what.hotline':
    'Yog tsis yog li ntawd, hu los yog xa ntawv rau {hotline} (lub xov tooj pab txog kev lag luam tib neeg thoob teb chaws Asmeskas). Lub xov tooj no yog zais cia, thiab qhib 24 teev ib hnub, 7 hnub ib lim tiam.',
  'what.app':
    'Koj kuj qhia tau txhua yam koj pom los yog hnov los ntawm {app}. Txhua yam koj paub tseem ceeb, thiab tej zaum nws yog ib feem ntawm ib qho teeb meem loj dua.',
  'what.callHeading': 'Thaum koj hu, yuav muaj li cas',
  'what.call1': 'Lawv teb xov tooj 24 teev ib hnub, 7 hnub ib lim tiam: koj hu tau txhua lub sij hawm.',
  'what.call2': 'Qhia rau lawv tias koj pom los yog hnov dab tsi, nyob qhov twg thiab thaum twg.',
  'what.call3':
    'Koj tsis tas yuav paub tseeb tias yog kev lag luam tib neeg: txhua yam koj paub tseem ceeb. Kev hu no yog zais cia.',
  'card.title': 'Kawm paub cov cim qhia txog kev lag luam tib neeg',
  'card.description':
    'Ib daim npav ib nplooj uas muaj cov cim ceeb toom txog kev lag luam tib neeg thiab tus xov tooj pab, npaj txhij luam ua xim dub thiab dawb.',
  'card.howToPrint':
    'Yog xav luam daim npav no, siv qhov Print hauv koj lub browser (Ctrl+P, los yog Cmd+P ntawm Mac). Nws luam tau rau ib nplooj, ua xim dub thiab dawb.',
  'card.report': 'Qhia tawm',
  'card.call': 'Hu rau {hotline}: {number}',
  'card.text': 'Los yog xa ntawv {keyword} rau {code}.',
  'card.app': 'Los yog qhia yam koj pom hauv {app}.',
  'card.more': 'Cov cim ntxiv thiab yuav ua li cas:',
  'card.dontConfront':
    'Tsis txhob mus nug los yog sib cav nrog leej twg. Yog muaj ib tug neeg muaj kev txaus ntshai tam sim no, hu rau {number}.',
  'stats.title': 'Piav qhia cov lej',
  'stats.description':
    'Cov lej peb siv txog kev lag luam tib neeg thiab kev ua qhev niaj hnub no: lawv los qhov twg, lawv suav dab tsi thiab tsis suav dab tsi.',
  'stats.intro':
    'Txhua tus lej ntawm lub vev xaib no qhia tias nws los qhov twg thiab xyoo twg. Ntawm no koj pom tau tias txhua tus lej suav dab tsi, lawv suav li cas, thiab nws tsis qhia peb dab tsi.',
  'stats.ratio': '{part} ntawm txhua {whole}',
  'stats.source': 'Qhov chaw los: {source}, {year}.',
  'stats.methodology': 'Lawv suav li cas',
  'stats.caveats': 'Nco ntsoov',
  'stats.quote': 'Raws li qhov chaw los hais (ua lus Askiv)',
  'stats.superseded': 'Muaj ib tus lej tshiab dua los hloov tus no lawm:',
  'stats.supersededNote': 'Muaj tus lej tshiab dua los hloov lawm',
  'stats.explainer': 'Txog tus lej no: {title}',
  'stats.all': 'Tag nrho cov lej',
  'stats.charts': 'Cov lej, kos ua duab',
  'stats.tableCaption': 'Cov ntaub ntawv: {title}',
  'stats.tableItem': 'Yam uas lawv suav',
  'stats.tableValue': 'Tus lej',
  'stats.total': 'Tag nrho',
  'stats.waffleDesc': '{filled} ntawm {total} lub plaub fab muaj xim.',
  'stats.waffleKey': 'Cov plaub fab muaj xim: {label}.',
  'stats.waffleRest': 'Cov plaub fab tsis muaj xim: {label}.',
  // Blog (posts, tags, feeds)
  'nav.blog': 'Blog',
  'blog.title': 'Blog ntawm peb cov phiaj xwm',
  'blog.description':
    'Cov ntawv los ntawm STOP THE TRAFFIK cov phiaj xwm: tej yam tseeb thiab lawv qhov chaw los, xov xwm txog peb txoj haujlwm, thiab txoj kev koj pab tau nres kev lag luam tib neeg.',
  'blog.pageTitle': '{title}, nplooj {page} ntawm {last}',
  'blog.pagination': 'Cov nplooj ntawv blog',
  'blog.newer': 'Cov ntawv tshiab dua',
  'blog.older': 'Cov ntawv qub dua',
  'blog.pageOf': 'Nplooj {page} ntawm {last}',
  'blog.published': 'Luam tawm {date}',
  'blog.updated': 'Hloov kho {date}',
  'blog.readingTime': 'Nyeem li {minutes} feeb',
  'blog.by': 'Sau los ntawm {author}',
  'blog.tags': 'Cov ntsiab lus',
  'blog.tagTitle': 'Cov ntawv txog “{tag}”',
  'blog.tagDescription': 'Txhua tsab ntawv ntawm STOP THE TRAFFIK cov phiaj xwm txog “{tag}”.',
  'blog.allTags': 'Tag nrho cov ntsiab lus',
  'blog.allPosts': 'Tag nrho cov ntawv',
  'blog.untranslated': 'Tseem yog lus Askiv',
  'blog.morePosts': 'Cov ntawv ntxiv',
  'blog.previous': 'Tsab ntawv dhau los',
  'blog.next': 'Tsab ntawv tom ntej',
  'blog.share': 'Qhia tsab ntawv no rau lwm tus',
  'blog.shareEmail': 'Xa ua email',
  'blog.shareWhatsApp': 'Qhia hauv WhatsApp',
  'blog.shareFacebook': 'Qhia hauv Facebook',
  'blog.shareNote':
    'Tsuas yog thaum koj xaiv ib qho, nws thiaj qhib lwm lub app los yog lwm lub vev xaib. Cov app tej zaum yuav khaws tej yam koj qhia: yog muaj lwm tus neeg saib koj lub xov tooj los yog koj lub computer, xav ua ntej seb puas nyab xeeb.',
  'blog.campaignPosts': 'Cov ntawv txog {place} thiab {region}',
  'blog.campaignLink': 'Phiaj xwm: {title}',
  'blog.rssTitle': '{site}: blog ntawm peb cov phiaj xwm',
  'blog.rss': 'Txais cov ntawv tshiab los ntawm RSS feed',
  'blog.empty': 'Tseem tsis tau muaj ntawv.',
  'blog.draftBadge': 'Tsab qauv',
  'blog.draft':
    'Tsab qauv: tsuas yog koj pom thaum saib ua ntej (preview). Nws yuav tsis luam tawm kom txog thaum muab “draft: true” tshem tawm.',
  'ukHelpline.body':
    '{name} (lub xov tooj pab txog kev ua qhev niaj hnub no thiab kev tsim txom) qhib 24 teev ib hnub, 365 hnub ib xyoos, ua ntau tshaj 200 hom lus. Nws yog zais cia, thiab yog koj xav tau, koj tsis tas qhia koj lub npe (tsuas yog thaum muaj ib tug neeg txoj sia muaj kev txaus ntshai, los yog ib tug me nyuam muaj kev phom sij). Lub koom haum pab dawb {operator} yog tus khiav lub xov tooj no.',
  // Search, support, get help and SEO (issue 5: search, support pages and discovery)
  'nav.getHelp': 'Nrhiav kev pab',
  'nav.support': 'Pab peb',
  'search.title': 'Nrhiav',
  'search.description':
    'Nrhiav txhua nplooj ntawv lus Hmoob ntawm STOP THE TRAFFIK lub vev xaib phiaj xwm, thiab xaiv hom nplooj ntawv kom pom tsawg dua.',
  'search.heading': 'Nrhiav hauv lub vev xaib no',
  'search.formLabel': 'Nrhiav hauv lub vev xaib',
  'search.field': 'Cov lus koj xav nrhiav',
  'search.submit': 'Nrhiav',
  'search.noScript':
    'Kev nrhiav yuav tsum siv JavaScript, tiam sis nws raug kaw los yog tsis ua haujlwm hauv koj lub browser. Koj tseem mus tau txhua qhov ntawm lub vev xaib los ntawm cov ntu no:',
  'search.sections': 'Cov ntu tseem ceeb',
  'search.filters': 'Hom nplooj ntawv',
  'search.type.campaign': 'Phiaj xwm',
  'search.type.post': 'Cov ntawv blog',
  'search.type.sign': 'Cov cim ceeb toom',
  'search.type.statistic': 'Cov lej',
  'search.type.page': 'Lwm cov nplooj ntawv',
  'search.loading': 'Tab tom nrhiav…',
  'search.results.none': 'Nrhiav tsis pom dab tsi rau “{query}”.',
  'search.results.one': 'Pom 1 yam rau “{query}”.',
  'search.results.many': 'Pom {count} yam rau “{query}”.',
  'search.results.heading': 'Cov uas nrhiav pom',
  'search.more': 'Saib ntau ntxiv',
  'search.error': 'Tam sim no nrhiav tsis tau. Thov sim dua tom qab, los yog siv cov ntu hauv qab no.',
  // Blog tags (keys in src/config/tags.ts)
  'tag.campaigns': 'Phiaj xwm',
  'tag.stockton': 'Stockton',
  'tag.healthcare': 'Kev kho mob',
  'tag.food-industry': 'Kev lag luam khoom noj',
  'tag.labour-exploitation': 'Kev tsim txom neeg ua haujlwm',
  'tag.united-kingdom': 'Teb chaws Askiv (UK)',
  'tag.staying-safe': 'Kev nyab xeeb',
  'tag.stop-app': 'STOP APP',
  // Placeholders written by `npm run new:post` into a new post in this language
  'newPost.description':
    'Hloov cov lus no ua ib kab lus luv luv piav txog tsab ntawv no. Nws tshwm hauv cov npe, hauv kev nrhiav thiab thaum qhia link.',
  'newPost.heroAlt':
    'Duab kos muaj cov lus STOP THE TRAFFIK xim dawb rau saum xim xiav tsaus, saum cov nthwv dej xim xiav.',
  'newPost.body':
    'Sau tsab ntawv ntawm no. Tsuas sau tej yam tseeb uas muaj qhov chaw los, thiab qhia seb txhua tus lej los qhov twg.',
  'newPost.draftNote': 'Tsab qauv: tshem kab “draft: true” saum toj no kom thiaj luam tawm tau.',
  // Campaigns: index, status, outreach kit (issue 11)
  'nav.campaigns': 'Cov phiaj xwm',
  'campaigns.title': 'Peb cov phiaj xwm',
  'campaigns.description':
    'Txhua phiaj xwm ntawm STOP THE TRAFFIK ntawm lub vev xaib no, raws li teb chaws: ua nyob qhov twg, hais txog dab tsi, nws cov xov tooj pab thiab nws cov khoom siv qhia xov.',
  'campaigns.intro':
    'Txhua phiaj xwm hais txog ib qho chaw los yog ib hom chaw ua haujlwm. Nws cov nplooj ntawv qhia cov xov tooj pab ntawm nws lub teb chaws. Cov phiaj xwm uas dhau lawm tseem nyob ntawm no rau koj saib.',
  'campaigns.all': 'Tag nrho cov phiaj xwm',
  'campaigns.regionLines': 'Xov tooj pab ntawm cov nplooj ntawv no: {name}.',
  'campaigns.kit': 'Khoom siv qhia xov',
  'region.us': 'Teb chaws Asmeskas',
  'region.uk': 'Teb chaws Askiv (UK)',
  'campaign.status.active': 'Phiaj xwm tab tom ua',
  'campaign.status.past': 'Phiaj xwm dhau lawm',
  'campaign.pastNote':
    'Phiaj xwm no tas lawm. Peb khaws nws nplooj ntawv cia rau koj saib; cov xov tooj pab ntawm no tseem siv tau.',
  'campaign.kitLink': 'Khoom siv qhia xov: daim ntawv lo phab ntsa, cov npav me thiab cov lus rau koj qhia lwm tus',
  'campaign.posts': 'Cov ntawv txog phiaj xwm no',
  'kit.title': 'Khoom siv qhia xov: {title}',
  'kit.description':
    'Daim ntawv lo phab ntsa luam tau, cov npav me hnab nyiaj thiab cov lus rau qhia lwm tus rau phiaj xwm “{title}”, muaj nws cov xov tooj pab thiab ib lub QR code.',
  'kit.intro':
    'Txhua yam koj xav tau los qhia kom neeg paub. Luam daim ntawv lo phab ntsa thiab cov npav me, thiab theej ib co lus los qhia lwm tus. Txhua yam muaj cov xov tooj pab rau phiaj xwm no thiab qhov chaw nyob (address) ntawm nws nplooj ntawv.',
  'kit.campaignLink': 'Rov qab mus rau phiaj xwm: {title}',
  'kit.posterHeading': 'Daim ntawv lo phab ntsa',
  'kit.posterBody':
    'Ib nplooj, A4 los yog Letter, xim dub thiab dawb: lo lus nug ntawm phiaj xwm, peb lub cim ceeb toom, cov xov tooj pab ua tus ntawv loj thiab ib lub QR code mus rau nplooj ntawv ntawm phiaj xwm.',
  'kit.posterLink': 'Qhib daim ntawv lo phab ntsa los luam',
  'kit.cardHeading': 'Cov npav me hnab nyiaj',
  'kit.cardBody':
    'Yim daim npav loj npaum li daim npav txhab nyiaj nyob rau ib nplooj, muaj kab txiav: cov xov tooj pab thiab ib lub QR code, rau koj muab rau neeg los yog khaws rau hauv hnab nyiaj.',
  'kit.cardLink': 'Qhib cov npav me los luam',
  'kit.shareHeading': 'Cov lus rau qhia lwm tus',
  'kit.shareBody':
    'Theej ib co lus rau social media, ib tsab xov xwm (newsletter) los yog ib pab pawg chat. Txhua co lus xaus nrog qhov chaw nyob (address) ntawm nplooj ntawv phiaj xwm.',
  'kit.shareLabel': 'Lus {number}',
  'kit.copy': 'Theej lus {number}',
  'kit.copied': 'Theej tau lawm.',
  'kit.copyFailed': 'Theej tsis tau. Xaiv cov ntawv thiab theej koj tus kheej.',
  'kit.selectHint': 'Yog xav theej ib co lus, xaiv nws cov ntawv.',
  'kit.imageHeading': 'Duab rau thaum qhia link',
  'kit.imageBody':
    'Thaum ib tug neeg qhia qhov chaw nyob (address) ntawm phiaj xwm, cov app qhia daim duab no nrog. Koj kuj muab tso tau rau koj tus kheej.',
  'kit.imageAlt': 'Daim duab ntawm phiaj xwm nrog nws lub npe: {title}',
  'kit.imageLink': 'Rub daim duab (JPEG, 1200 × 630 pixels)',
  'kit.howToPrint':
    'Yog xav luam, siv qhov Print hauv koj lub browser (Ctrl+P, los yog Cmd+P ntawm Mac). Nws luam tau rau ib nplooj A4 los yog Letter.',
  'kit.back': 'Rov qab mus rau cov khoom siv qhia xov',
  'poster.title': 'Daim ntawv lo phab ntsa: {title}',
  'poster.description':
    'Daim ntawv lo phab ntsa ib nplooj rau phiaj xwm “{title}”: peb lub cim qhia txog kev lag luam tib neeg, cov xov tooj pab thiab ib lub QR code, npaj txhij luam.',
  'poster.signs': 'Cov cim uas koj yuav tsum saib',
  'poster.report': 'Qhia tawm',
  'poster.text': 'Xa {keyword} rau {code}',
  'poster.scan': 'Scan lub code los yog mus saib:',
  'poster.org': 'Ib phiaj xwm ntawm {org}',
  'walletCard.title': 'Cov npav me hnab nyiaj: {title}',
  'walletCard.description':
    'Yim daim npav me hnab nyiaj nyob rau ib nplooj rau phiaj xwm “{title}”, muaj cov xov tooj pab thiab ib lub QR code, npaj txhij luam thiab txiav.',
  'walletCard.cut': 'Txiav raws cov kab dashed.',
  'walletCard.heading': 'Kawm paub cov cim qhia txog kev lag luam tib neeg',
  'walletCard.emergency': 'Muaj kev txaus ntshai tam sim no: {number}',
  'qr.label': 'QR code: link mus rau {url}',
  'badge.appStore.top': 'Rub tau ntawm',
  'badge.appStore.name': 'App Store',
  'badge.googlePlay.top': 'Rub tau ntawm',
  'badge.googlePlay.name': 'Google Play',
  'badge.forApp': '({app})',
  'seo.defaultImageAlt':
    'Duab kos ib txoj kev ntev hla cov teb thaum hnub poob, muaj ib lub tsev khaws qoob loo (barn) thiab ib lub tsev so ntawm ntug kev (motel).',
};

export default hmn;
