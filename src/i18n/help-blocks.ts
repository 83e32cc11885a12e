/**
 * "Help in your language" (`/languages/`, issue 10 §3): one short block per
 * language, in that language and its own script, shown on every site
 * language's version of the page. Each block says only what FACTS.md says about
 * the US hotline: calls are free (a toll-free number) at any time; calls are
 * answered in English or Spanish, or in more than 200 other languages through
 * a telephone interpreter the caller asks for by naming the language in
 * English; it is not the police or immigration; in danger call 911; text,
 * chat, email and the online form are in English and Spanish only.
 *
 * Numbers are never typed here: `{hotline}` and `{emergency}` become tap-to-call
 * links from src/config/site.ts, and `{say0}`, `{say1}` the English names in
 * `say`, which the caller says to get an interpreter. Why these languages:
 * README, "Help in your language". None of these texts has been reviewed by a
 * native speaker yet.
 */

export interface HelpBlock {
  /** BCP 47 tag of the block's text (with script where it matters: `zh-Hant`). */
  lang: string;
  /** `rtl` for right-to-left scripts. */
  dir: 'ltr' | 'rtl';
  /** The language's name in that language, the block's heading. */
  ownName: string;
  /** The language's name in English, shown beside it. */
  englishName: string;
  /** What the caller says in English to be given an interpreter (`{say0}`, `{say1}`). */
  say: readonly string[];
  /** The message, one short paragraph each, with `{hotline}`, `{emergency}`, `{say0}`… in place of numbers and names. */
  sentences: readonly string[];
}

/** Placeholders a sentence may use. */
export const helpBlockPlaceholders = ['hotline', 'emergency', 'say0', 'say1'] as const;

export const helpBlocks: readonly HelpBlock[] = [
  {
    lang: 'es',
    dir: 'ltr',
    ownName: 'Español',
    englishName: 'Spanish',
    say: [],
    sentences: [
      'Puede llamar gratis a la Línea Nacional contra la Trata de Personas al {hotline}, a cualquier hora, de día o de noche.',
      'Le atienden directamente en español.',
      'La línea no es la policía ni la oficina de inmigración.',
      'Si está en peligro ahora, llame al {emergency}.',
      'Los mensajes de texto, el chat, el correo electrónico y el formulario en línea están solo en inglés y en español.',
    ],
  },
  {
    lang: 'km',
    dir: 'ltr',
    ownName: 'ខ្មែរ',
    englishName: 'Khmer',
    say: ['Khmer'],
    sentences: [
      'អ្នកអាចហៅទៅខ្សែទូរស័ព្ទជំនួយជាតិប្រឆាំងការជួញដូរមនុស្ស តាមលេខ {hotline} ដោយឥតគិតថ្លៃ គ្រប់ពេល ទាំងថ្ងៃ ទាំងយប់។',
      'សូមនិយាយឈ្មោះភាសារបស់អ្នកជាភាសាអង់គ្លេស៖ {say0}។ អ្នកបកប្រែម្នាក់នឹងចូលរួមក្នុងការហៅនោះ។',
      'ខ្សែទូរស័ព្ទនេះ មិនមែនជាប៉ូលីស ហើយក៏មិនមែនជាការិយាល័យអន្តោប្រវេសន៍ដែរ។',
      'បើអ្នកកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ សូមហៅលេខ {emergency}។',
      'ការផ្ញើសារ ការជជែក (chat) អ៊ីមែល និងទម្រង់តាមអ៊ីនធឺណិត មានតែជាភាសាអង់គ្លេស និងភាសាអេស្ប៉ាញប៉ុណ្ណោះ។',
    ],
  },
  {
    lang: 'hmn',
    dir: 'ltr',
    ownName: 'Hmoob',
    englishName: 'Hmong',
    say: ['Hmong'],
    sentences: [
      'Koj hu tau dawb rau National Human Trafficking Hotline ntawm {hotline}, txhua lub sij hawm, nruab hnub los yog hmo ntuj.',
      'Hais koj hom lus lub npe ua lus Askiv: {say0}. Yuav muaj ib tug neeg txhais lus los nrog koj tham.',
      'Lub xov tooj no tsis yog tub ceev xwm, thiab tsis yog lub chaw saib xyuas neeg tsiv teb tsaws chaw (immigration).',
      'Yog koj muaj kev txaus ntshai tam sim no, hu rau {emergency}.',
      'Kev xa ntawv (text), chat, email thiab daim ntawv online tsuas muaj ua lus Askiv thiab lus Mev xwb.',
    ],
  },
  {
    lang: 'pa',
    dir: 'ltr',
    ownName: 'ਪੰਜਾਬੀ',
    englishName: 'Punjabi',
    say: ['Punjabi'],
    sentences: [
      'ਤੁਸੀਂ ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੀ ਕੌਮੀ ਹੈਲਪਲਾਈਨ ਨੂੰ {hotline} ’ਤੇ ਕਿਸੇ ਵੀ ਵੇਲੇ, ਦਿਨ ਹੋਵੇ ਜਾਂ ਰਾਤ, ਮੁਫ਼ਤ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।',
      'ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਆਪਣੀ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਦੱਸੋ: {say0}। ਇੱਕ ਦੁਭਾਸ਼ੀਆ ਗੱਲਬਾਤ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਜਾਵੇਗਾ।',
      'ਇਹ ਹੈਲਪਲਾਈਨ ਪੁਲਿਸ ਨਹੀਂ ਹੈ, ਅਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਮਹਿਕਮਾ ਵੀ ਨਹੀਂ ਹੈ।',
      'ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ {emergency} ’ਤੇ ਫ਼ੋਨ ਕਰੋ।',
      'ਟੈਕਸਟ ਸੁਨੇਹੇ, ਚੈਟ, ਈਮੇਲ ਅਤੇ ਔਨਲਾਈਨ ਫ਼ਾਰਮ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਅਤੇ ਸਪੇਨੀ ਵਿੱਚ ਹਨ।',
    ],
  },
  {
    lang: 'tl',
    dir: 'ltr',
    ownName: 'Tagalog',
    englishName: 'Tagalog',
    say: ['Tagalog'],
    sentences: [
      'Maaari kang tumawag nang libre sa National Human Trafficking Hotline sa {hotline}, anumang oras, araw man o gabi.',
      'Sabihin sa Ingles ang pangalan ng iyong wika: {say0}. May interpreter na sasali sa tawag.',
      'Ang hotline ay hindi pulis at hindi rin immigration.',
      'Kung nasa panganib ka ngayon, tumawag sa {emergency}.',
      'Ang text, chat, email at online na form ay sa Ingles at Espanyol lamang.',
    ],
  },
  {
    lang: 'vi',
    dir: 'ltr',
    ownName: 'Tiếng Việt',
    englishName: 'Vietnamese',
    say: ['Vietnamese'],
    sentences: [
      'Bạn có thể gọi miễn phí cho Đường dây nóng Quốc gia về Nạn buôn người theo số {hotline}, bất cứ lúc nào, ngày hay đêm.',
      'Hãy nói tên ngôn ngữ của bạn bằng tiếng Anh: {say0}. Một thông dịch viên sẽ tham gia cuộc gọi.',
      'Đường dây này không phải là cảnh sát, cũng không phải là sở di trú.',
      'Nếu bạn đang gặp nguy hiểm, hãy gọi {emergency}.',
      'Tin nhắn, trò chuyện trực tuyến (chat), email và mẫu đơn trên mạng chỉ có bằng tiếng Anh và tiếng Tây Ban Nha.',
    ],
  },
  {
    lang: 'zh-Hant',
    dir: 'ltr',
    ownName: '中文（繁體）',
    englishName: 'Chinese (Traditional)',
    say: ['Cantonese', 'Mandarin'],
    sentences: [
      '您可以隨時免費致電全國人口販運熱線 {hotline}，不分日夜。',
      '請用英文說出您的語言：{say0}（廣東話）或 {say1}（國語），就會有傳譯員加入通話。',
      '這條熱線不是警察，也不是移民局。',
      '如果您現在有危險，請撥打 {emergency}。',
      '短訊、網上聊天、電郵和網上表格只有英文和西班牙文。',
    ],
  },
  {
    lang: 'zh-Hans',
    dir: 'ltr',
    ownName: '中文（简体）',
    englishName: 'Chinese (Simplified)',
    say: ['Mandarin', 'Cantonese'],
    sentences: [
      '您可以随时免费拨打全国人口贩运热线 {hotline}，不分昼夜。',
      '请用英语说出您的语言：{say0}（普通话）或 {say1}（广东话），就会有口译员加入通话。',
      '这条热线不是警察，也不是移民局。',
      '如果您现在有危险，请拨打 {emergency}。',
      '短信、在线聊天、电子邮件和网上表格只有英语和西班牙语。',
    ],
  },
  {
    lang: 'lo',
    dir: 'ltr',
    ownName: 'ລາວ',
    englishName: 'Lao',
    say: ['Lao'],
    sentences: [
      'ທ່ານສາມາດໂທຫາສາຍດ່ວນແຫ່ງຊາດຕ້ານການຄ້າມະນຸດ ທີ່ເບີ {hotline} ໄດ້ຟຣີ ທຸກເວລາ ທັງກາງເວັນ ແລະ ກາງຄືນ.',
      'ບອກຊື່ພາສາຂອງທ່ານເປັນພາສາອັງກິດ: {say0}. ຈະມີນາຍແປພາສາເຂົ້າຮ່ວມການໂທ.',
      'ສາຍດ່ວນນີ້ ບໍ່ແມ່ນຕຳຫຼວດ ແລະ ບໍ່ແມ່ນເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງ.',
      'ຖ້າທ່ານຕົກຢູ່ໃນອັນຕະລາຍຕອນນີ້ ໃຫ້ໂທຫາ {emergency}.',
      'ການສົ່ງຂໍ້ຄວາມ, ການສົນທະນາອອນລາຍ (chat), ອີເມວ ແລະ ແບບຟອມອອນລາຍ ມີແຕ່ພາສາອັງກິດ ແລະ ພາສາສະເປນເທົ່ານັ້ນ.',
    ],
  },
  {
    lang: 'ko',
    dir: 'ltr',
    ownName: '한국어',
    englishName: 'Korean',
    say: ['Korean'],
    sentences: [
      '전국 인신매매 핫라인 {hotline}에 밤낮 언제든지 무료로 전화할 수 있습니다.',
      '영어로 언어 이름을 말하세요: {say0}. 통역사가 통화에 함께합니다.',
      '이 핫라인은 경찰이 아니며, 이민국도 아닙니다.',
      '지금 위험하다면 {emergency}에 전화하세요.',
      '문자, 채팅, 이메일, 온라인 양식은 영어와 스페인어로만 이용할 수 있습니다.',
    ],
  },
  {
    lang: 'ar',
    dir: 'rtl',
    ownName: 'العربية',
    englishName: 'Arabic',
    say: ['Arabic'],
    sentences: [
      'يمكنك الاتصال مجانًا بالخط الساخن الوطني لمكافحة الاتجار بالبشر على الرقم {hotline}، في أي وقت، ليلًا أو نهارًا.',
      'قل اسم لغتك بالإنجليزية: {say0}، وسينضم مترجم إلى المكالمة.',
      'هذا الخط ليس الشرطة، وليس دائرة الهجرة.',
      'إذا كنت في خطر الآن، اتصل بالرقم {emergency}.',
      'الرسائل النصية والدردشة والبريد الإلكتروني والنموذج على الإنترنت متاحة بالإنجليزية والإسبانية فقط.',
    ],
  },
  {
    lang: 'ru',
    dir: 'ltr',
    ownName: 'Русский',
    englishName: 'Russian',
    say: ['Russian'],
    sentences: [
      'Вы можете бесплатно позвонить на Национальную горячую линию по борьбе с торговлей людьми по номеру {hotline} в любое время, днём и ночью.',
      'Назовите свой язык по-английски: {say0}, и к разговору подключится переводчик.',
      'Горячая линия — это не полиция и не иммиграционная служба.',
      'Если вам грозит опасность прямо сейчас, звоните {emergency}.',
      'Сообщения, чат, электронная почта и онлайн-форма — только на английском и испанском языках.',
    ],
  },
  {
    lang: 'hi',
    dir: 'ltr',
    ownName: 'हिन्दी',
    englishName: 'Hindi',
    say: ['Hindi'],
    sentences: [
      'आप राष्ट्रीय मानव तस्करी हॉटलाइन को {hotline} पर कभी भी, दिन हो या रात, मुफ़्त फ़ोन कर सकते हैं।',
      'अंग्रेज़ी में अपनी भाषा का नाम बोलें: {say0}। एक दुभाषिया कॉल में जुड़ जाएगा।',
      'यह हॉटलाइन पुलिस नहीं है, और इमिग्रेशन विभाग भी नहीं है।',
      'अगर आप अभी ख़तरे में हैं, तो {emergency} पर फ़ोन करें।',
      'टेक्स्ट मैसेज, चैट, ईमेल और ऑनलाइन फ़ॉर्म सिर्फ़ अंग्रेज़ी और स्पेनिश में हैं।',
    ],
  },
  {
    lang: 'pt',
    dir: 'ltr',
    ownName: 'Português',
    englishName: 'Portuguese',
    say: ['Portuguese'],
    sentences: [
      'Você pode ligar de graça para a Linha Nacional contra o Tráfico de Pessoas no número {hotline}, a qualquer hora, de dia ou de noite.',
      'Diga em inglês o nome do seu idioma: {say0}. Um intérprete vai entrar na ligação.',
      'A linha não é a polícia nem a imigração.',
      'Se você está em perigo agora, ligue para {emergency}.',
      'Mensagens de texto, chat, e-mail e o formulário on-line são só em inglês e espanhol.',
    ],
  },
];

export type HelpPlaceholder = (typeof helpBlockPlaceholders)[number];
export type TemplatePart = string | { placeholder: HelpPlaceholder };

/** A sentence cut at its placeholders, so the page can put links and names in their place. */
export function splitTemplate(sentence: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of sentence.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as HelpPlaceholder;
    if (!helpBlockPlaceholders.includes(name)) throw new Error(`Unknown placeholder {${match[1]}} in "${sentence}"`);
    if (match.index > last) parts.push(sentence.slice(last, match.index));
    parts.push({ placeholder: name });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) parts.push(sentence.slice(last));
  return parts;
}

/** The blocks with the page's own language first (if it has one), then the rest in the order above. */
export function blocksFor(pageLang: string): HelpBlock[] {
  const own = helpBlocks.filter((b) => b.lang === pageLang);
  return [...own, ...helpBlocks.filter((b) => b.lang !== pageLang)];
}
