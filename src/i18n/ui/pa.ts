import type { UIStrings } from './en.ts';

/**
 * Punjabi interface strings, in Gurmukhi: plain everyday Punjabi as the
 * community in California reads it, addressing the reader as ਤੁਸੀਂ. Names of
 * organisations, the STOP APP and the hotline stay in English (with a Punjabi
 * description); phone numbers and figures keep the same digits as the English.
 */
const pa: UIStrings = {
  'site.name': 'STOP THE TRAFFIK',

  'skip.link': 'ਸਿੱਧਾ ਪੰਨੇ ਦੀ ਮੁੱਖ ਗੱਲ ’ਤੇ ਜਾਓ',

  'quickExit.label': 'ਇਸ ਪੰਨੇ ਤੋਂ ਨਿਕਲੋ',
  'quickExit.hidden': 'ਐਮਰਜੈਂਸੀ',
  'quickExit.region': 'ਫਟਾਫਟ ਨਿਕਲਣਾ',
  'quickExit.hint': 'ਫਟਾਫਟ ਨਿਕਲਣ ਲਈ Esc ਦੋ ਵਾਰ ਦਬਾਓ।',

  'hotline.heading': 'ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?',
  'hotline.call': '{number} ’ਤੇ ਫ਼ੋਨ ਕਰੋ',
  'hotline.text': '{code} ’ਤੇ {keyword} ਟੈਕਸਟ ਕਰੋ',
  'hotline.emergency': 'ਫ਼ੌਰੀ ਖ਼ਤਰਾ ਹੋਵੇ ਤਾਂ {number} ’ਤੇ ਫ਼ੋਨ ਕਰੋ।',
  'hotline.available': 'ਗੱਲਬਾਤ ਗੁਪਤ ਰਹਿੰਦੀ ਹੈ, ਅਤੇ ਫ਼ੋਨ ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ ਚੁੱਕਿਆ ਜਾਂਦਾ ਹੈ।',
  'hotline.name': 'ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੀ ਕੌਮੀ ਹੈਲਪਲਾਈਨ (National Human Trafficking Hotline)',

  'nav.label': 'ਮੁੱਖ ਮੀਨੂ',
  'nav.home': 'ਮੁੱਖ ਪੰਨਾ',
  'nav.campaign': 'ਸਟਾਕਟਨ ਮੁਹਿੰਮ',

  'lang.switch': 'ਭਾਸ਼ਾ',
  'lang.switchTo': 'ਇਹ ਪੰਨਾ {language} ਵਿੱਚ ਪੜ੍ਹੋ',

  'safe.heading': 'ਸੁਰੱਖਿਅਤ ਰਹਿ ਕੇ ਪੜ੍ਹੋ',
  'safe.body':
    'ਇਹ ਵੈੱਬਸਾਈਟ ਕੋਈ ਕੂਕੀ ਨਹੀਂ ਰੱਖਦੀ, ਕੋਈ ਟਰੈਕਰ ਨਹੀਂ ਵਰਤਦੀ ਅਤੇ ਹੋਰ ਵੈੱਬਸਾਈਟਾਂ ਤੋਂ ਕੁਝ ਵੀ ਨਹੀਂ ਮੰਗਵਾਉਂਦੀ, ਪਰ ਤੁਹਾਡਾ ਬ੍ਰਾਊਜ਼ਰ ਤੁਹਾਡੇ ਖੋਲ੍ਹੇ ਪੰਨੇ ਯਾਦ ਰੱਖਦਾ ਹੈ। ਜੇ ਕੋਈ ਹੋਰ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਚੈੱਕ ਕਰਦਾ ਹੈ, ਤਾਂ ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਵਰਤੋ, ਜਾਂ ਆਪਣੀ ਹਿਸਟਰੀ ਵਿੱਚੋਂ ਸਿਰਫ਼ ਇਸ ਵੈੱਬਸਾਈਟ ਦੇ ਪੰਨੇ ਮਿਟਾਓ: ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਾਫ਼ ਕੀਤੀ ਹਿਸਟਰੀ ਕਿਸੇ ਦੀ ਨਜ਼ਰ ਵਿੱਚ ਆ ਸਕਦੀ ਹੈ। “ਇਸ ਪੰਨੇ ਤੋਂ ਨਿਕਲੋ” ਬਟਨ ਦਬਾਉਣ ’ਤੇ, ਜਾਂ Esc ਦੋ ਵਾਰ ਦਬਾਉਣ ’ਤੇ, ਤੁਸੀਂ ਉਸੇ ਵੇਲੇ ਮੌਸਮ ਦੀ ਇੱਕ ਵੈੱਬਸਾਈਟ ’ਤੇ ਪਹੁੰਚ ਜਾਂਦੇ ਹੋ।',

  'footer.support': 'ਸਾਡੇ ਕੰਮ ਦਾ ਸਾਥ ਦਿਓ',
  'footer.donate': '{org} ਨੂੰ ਦਾਨ ਦਿਓ',
  'footer.app': '{app} ਡਾਊਨਲੋਡ ਕਰੋ',
  'footer.about':
    '{org} ਜਾਗਰੂਕਤਾ ਫੈਲਾ ਕੇ ਅਤੇ ਲੋਕਾਂ ਨੂੰ ਨਾਲ ਜੋੜ ਕੇ ਭਾਈਚਾਰਿਆਂ ਨੂੰ ਤਸਕਰੀ ਦੇ ਸਾਹਮਣੇ ਹੋਰ ਮਜ਼ਬੂਤ ਬਣਾਉਣ ਲਈ ਕੰਮ ਕਰਦੀ ਹੈ।',
  'footer.backToTop': 'ਉੱਪਰ ਵਾਪਸ ਜਾਓ',

  'home.title': 'ਕੀ ਤੁਹਾਡੇ ਨੇੜੇ ਮਨੁੱਖੀ ਤਸਕਰੀ ਹੋ ਰਹੀ ਹੈ?',
  'home.description':
    'ਸਟਾਕਟਨ ਅਤੇ ਸੈਨ ਵਾਕੀਨ ਵੈਲੀ ਵਿੱਚ ਮਨੁੱਖੀ ਤਸਕਰੀ ਹੋ ਰਹੀ ਹੈ। ਜਾਣੋ ਇਸਨੂੰ ਕਿਵੇਂ ਪਛਾਣਨਾ ਹੈ ਅਤੇ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਇਸਦੀ ਰਿਪੋਰਟ ਕਿਵੇਂ ਕਰਨੀ ਹੈ।',
  'home.intro':
    'ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੁਨੀਆ ਭਰ ਵਿੱਚ ਹੁੰਦੀ ਹੈ, ਅਤੇ ਖੋਜ ਵਿੱਚ ਸਟਾਕਟਨ ਅਤੇ ਆਲੇ-ਦੁਆਲੇ ਦੀ ਸੈਨ ਵਾਕੀਨ ਵੈਲੀ ਨੂੰ ਅਜਿਹੀਆਂ ਥਾਵਾਂ ਵਜੋਂ ਪਛਾਣਿਆ ਗਿਆ ਹੈ ਜਿੱਥੇ ਤਸਕਰੀ ਜ਼ਿਆਦਾ ਹੋ ਸਕਦੀ ਹੈ। ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਭਾਈਚਾਰੇ ਵਿੱਚ ਇਸਨੂੰ ਪਛਾਣ ਸਕੋਗੇ?',
  'home.campaignCta': 'ਸਟਾਕਟਨ ਵਿੱਚ ਤਸਕਰੀ ਬਾਰੇ ਪੜ੍ਹੋ',
  'home.reportHeading': 'ਜੋ ਦੇਖੋ, ਉਸਦੀ ਰਿਪੋਰਟ ਕਰੋ',
  'home.reportBody':
    'ਜੇ ਤੁਸੀਂ ਕੋਈ ਸ਼ੱਕ ਵਾਲੀ ਗੱਲ ਦੇਖਦੇ ਜਾਂ ਸੁਣਦੇ ਹੋ, ਤਾਂ ਉਸਦੀ ਰਿਪੋਰਟ ਕਰੋ। ਜੇ ਕਿਸੇ ਨੂੰ ਫ਼ੌਰੀ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ {emergency} ’ਤੇ ਪੁਲਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।',
  'home.signsHeading': 'ਕੀ ਤੁਸੀਂ ਨਿਸ਼ਾਨੀਆਂ ਪਛਾਣ ਸਕੋਗੇ?',
  'home.signsBody':
    'ਤਸਕਰੀ ਖੇਤਾਂ ਵਿੱਚ, ਮੋਟਲਾਂ ਵਿੱਚ, ਆਨਲਾਈਨ ਇਸ਼ਤਿਹਾਰਾਂ ਵਿੱਚ, ਸਿਹਤ ਸੇਵਾਵਾਂ ਵਿੱਚ ਅਤੇ ਰੈਸਟੋਰੈਂਟਾਂ ਵਿੱਚ ਲੁਕੀ ਹੋ ਸਕਦੀ ਹੈ। ਜਾਣੋ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਦਾ ਧਿਆਨ ਰੱਖਣਾ ਹੈ ਅਤੇ ਕੀ ਕਰਨਾ ਹੈ।',
  'home.signsCta': 'ਨਿਸ਼ਾਨੀਆਂ ਪਛਾਣੋ',
  'home.postsHeading': 'ਨਵੀਆਂ ਪੋਸਟਾਂ',
  'home.campaignsHeading': 'ਸਾਡੀਆਂ ਮੁਹਿੰਮਾਂ',

  'campaign.place': 'ਮੁਹਿੰਮ: {place}',
  'campaign.updated': 'ਅੱਪਡੇਟ ਕੀਤਾ: {date}',
  'campaign.hotlineRegion': 'ਇਸ ਇਲਾਕੇ ਲਈ ਹੈਲਪਲਾਈਨ',

  'support.heading': 'ਸਾਡਾ ਸਾਥ ਦਿਓ',
  'support.body': 'ਮਨੁੱਖੀ ਤਸਕਰੀ ਦਾ ਮੁਕਾਬਲਾ ਕਰਨ ਲਈ ਤੁਹਾਡਾ ਦਾਨ ਬਹੁਤ ਜ਼ਰੂਰੀ ਹੈ। ਰਲ ਕੇ ਅਸੀਂ ਇਸਨੂੰ ਰੋਕਾਂਗੇ।',
  'support.donate': 'ਦਾਨ ਕਰੋ',
  'support.external': '({org} ਦੀ ਵੈੱਬਸਾਈਟ ਖੁੱਲ੍ਹਦੀ ਹੈ, ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ)',

  'app.heading': 'ਜੋ ਦੇਖਿਆ, ਉਹ ਦੱਸੋ: {app}',
  'app.body':
    'ਜੇ ਤੁਸੀਂ ਕੁਝ ਅਜਿਹਾ ਦੇਖਿਆ ਜਾਂ ਸੁਣਿਆ ਹੈ ਜੋ ਮਨੁੱਖੀ ਤਸਕਰੀ ਨਾਲ ਜੁੜਿਆ ਹੋ ਸਕਦਾ ਹੈ, ਤਾਂ ਉਹ ਸਾਂਝਾ ਕਰਨ ਲਈ {app} ਡਾਊਨਲੋਡ ਕਰੋ। ਹਰ ਜਾਣਕਾਰੀ ਅਹਿਮ ਹੈ ਅਤੇ ਕਿਸੇ ਵੱਡੀ ਤਸਵੀਰ ਦਾ ਹਿੱਸਾ ਹੋ ਸਕਦੀ ਹੈ।',

  'translation.missing': 'ਇਸ ਪੰਨੇ ਦਾ ਅਜੇ ਪੰਜਾਬੀ ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਹੇਠਾਂ ਤੁਸੀਂ ਇਸਨੂੰ ਅਸਲ ਭਾਸ਼ਾ, ਅੰਗਰੇਜ਼ੀ, ਵਿੱਚ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।',

  'notFound.title': 'ਪੰਨਾ ਨਹੀਂ ਲੱਭਿਆ',
  'notFound.description': 'ਸਾਨੂੰ ਉਹ ਪੰਨਾ ਨਹੀਂ ਲੱਭਿਆ।',
  'notFound.body': 'ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਲੱਭ ਰਹੇ ਹੋ, ਉਹ ਹੈ ਨਹੀਂ ਜਾਂ ਕਿਸੇ ਹੋਰ ਥਾਂ ਚਲਾ ਗਿਆ ਹੈ। ਇਹ ਪੰਨੇ ਤੁਹਾਡੇ ਕੰਮ ਆ ਸਕਦੇ ਹਨ:',
  'notFound.home': 'ਮੁੱਖ ਪੰਨੇ ’ਤੇ ਜਾਓ',

  // Warning-signs guide and statistics explainers
  'nav.signs': 'ਖ਼ਤਰੇ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ',
  'nav.stats': 'ਅੰਕੜੇ',
  'signs.filterLabel': 'ਨਿਸ਼ਾਨੀਆਂ ਚੁਣੋ',
  'signs.byKind': 'ਸ਼ੋਸ਼ਣ ਦੀ ਕਿਸਮ ਅਨੁਸਾਰ',
  'signs.bySetting': 'ਥਾਂ ਅਨੁਸਾਰ',
  'signs.all': 'ਖ਼ਤਰੇ ਦੀਆਂ ਸਾਰੀਆਂ ਨਿਸ਼ਾਨੀਆਂ',
  'signs.kindsHeading': 'ਸ਼ੋਸ਼ਣ ਦੀ ਕਿਸਮ ਅਨੁਸਾਰ ਨਿਸ਼ਾਨੀਆਂ',
  'signs.settingsHeading': 'ਥਾਂ ਅਨੁਸਾਰ ਨਿਸ਼ਾਨੀਆਂ',
  'signs.group.general': 'ਕਿਸੇ ਵੀ ਥਾਂ ਦਿਸ ਸਕਣ ਵਾਲੀਆਂ ਨਿਸ਼ਾਨੀਆਂ',
  'signs.group.kind': 'ਸ਼ੋਸ਼ਣ ਦੀ ਕਿਸਮ',
  'signs.group.setting': 'ਥਾਂ',
  'signs.signsHeading': 'ਇਹਨਾਂ ਨਿਸ਼ਾਨੀਆਂ ਦਾ ਧਿਆਨ ਰੱਖੋ',
  'signs.onlyOne': '{title}: ਵੱਖਰਾ ਪੰਨਾ',
  'signs.related': 'ਇਹ ਵੀ ਦੇਖੋ',
  'signs.statLink': 'ਇਸ ਪਿੱਛੇ ਅੰਕੜਾ: {title}',
  'signs.pageDescription': '{title}: ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੀਆਂ ਖ਼ਤਰੇ ਵਾਲੀਆਂ ਨਿਸ਼ਾਨੀਆਂ, ਅਤੇ ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਦੀ ਫ਼ਿਕਰ ਹੈ ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ।',
  'signs.printLink': 'ਪ੍ਰਿੰਟ ਕਰਨ ਵਾਲਾ ਕਾਰਡ: ਨਿਸ਼ਾਨੀਆਂ ਅਤੇ ਹੈਲਪਲਾਈਨ ਇੱਕੋ ਪੰਨੇ ’ਤੇ',
  'signs.notProof':
    'ਇਕੱਲੀ ਇੱਕ ਨਿਸ਼ਾਨੀ ਇਹ ਸਾਬਤ ਨਹੀਂ ਕਰਦੀ ਕਿ ਤਸਕਰੀ ਹੋ ਰਹੀ ਹੈ। ਜੇ ਕੋਈ ਗੱਲ ਤੁਹਾਨੂੰ ਫ਼ਿਕਰ ਵਿੱਚ ਪਾਉਂਦੀ ਹੈ, ਤਾਂ ਰਿਪੋਰਟ ਕਰੋ: ਤੁਹਾਨੂੰ ਪੱਕਾ ਯਕੀਨ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।',
  'what.heading': 'ਜੇ ਤੁਹਾਨੂੰ ਫ਼ਿਕਰ ਹੈ ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ',
  'what.confront':
    'ਜਿਸ ’ਤੇ ਤੁਹਾਨੂੰ ਸ਼ੱਕ ਹੈ, ਉਸ ਨਾਲ ਆਪ ਨਾ ਉਲਝੋ, ਅਤੇ ਕਿਸੇ ਨੂੰ ਆਪ ਛੁਡਾਉਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਨਾ ਕਰੋ। ਇਸ ਨਾਲ ਉਹ ਵੀ ਅਤੇ ਤੁਸੀਂ ਵੀ ਖ਼ਤਰੇ ਵਿੱਚ ਪੈ ਸਕਦੇ ਹੋ।',
  'what.emergency': 'ਜੇ ਕਿਸੇ ਨੂੰ ਫ਼ੌਰੀ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ {number} ’ਤੇ ਫ਼ੋਨ ਕਰੋ।',
  'what.hotline':
    'ਨਹੀਂ ਤਾਂ, {hotline} ਨੂੰ ਫ਼ੋਨ ਜਾਂ ਟੈਕਸਟ ਕਰੋ। ਫ਼ੋਨ ਲਾਈਨ ਗੁਪਤ ਹੈ ਅਤੇ ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ।',
  'what.app':
    'ਤੁਸੀਂ ਜੋ ਵੀ ਦੇਖਿਆ ਜਾਂ ਸੁਣਿਆ ਹੈ, ਉਹ {app} ਰਾਹੀਂ ਵੀ ਸਾਂਝਾ ਕਰ ਸਕਦੇ ਹੋ। ਹਰ ਜਾਣਕਾਰੀ ਅਹਿਮ ਹੈ ਅਤੇ ਕਿਸੇ ਵੱਡੀ ਤਸਵੀਰ ਦਾ ਹਿੱਸਾ ਹੋ ਸਕਦੀ ਹੈ।',
  'what.callHeading': 'ਫ਼ੋਨ ਕਰਨ ’ਤੇ ਕੀ ਹੁੰਦਾ ਹੈ',
  'what.call1': 'ਲਾਈਨ ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ ਖੁੱਲ੍ਹੀ ਹੈ: ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ।',
  'what.call2': 'ਉਹਨਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕੀ ਦੇਖਿਆ ਜਾਂ ਸੁਣਿਆ, ਕਿੱਥੇ ਅਤੇ ਕਦੋਂ।',
  'what.call3': 'ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ ਕਿ ਇਹ ਤਸਕਰੀ ਹੀ ਹੈ: ਹਰ ਜਾਣਕਾਰੀ ਅਹਿਮ ਹੈ। ਤੁਹਾਡੀ ਕਾਲ ਗੁਪਤ ਰਹਿੰਦੀ ਹੈ।',
  'card.title': 'ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਪਛਾਣੋ',
  'card.description':
    'ਇੱਕ ਪੰਨੇ ਦਾ ਕਾਰਡ, ਜਿਸ ’ਤੇ ਮਨੁੱਖੀ ਤਸਕਰੀ ਦੀਆਂ ਖ਼ਤਰੇ ਵਾਲੀਆਂ ਨਿਸ਼ਾਨੀਆਂ ਅਤੇ ਹੈਲਪਲਾਈਨ ਦਾ ਨੰਬਰ ਹੈ, ਕਾਲੇ-ਚਿੱਟੇ ਵਿੱਚ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਤਿਆਰ।',
  'card.howToPrint':
    'ਇਹ ਕਾਰਡ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਪ੍ਰਿੰਟ (Print) ਚੁਣੋ (Ctrl+P, ਜਾਂ Mac ’ਤੇ Cmd+P)। ਇਹ ਇੱਕ ਪੰਨੇ ’ਤੇ, ਕਾਲੇ-ਚਿੱਟੇ ਵਿੱਚ ਪ੍ਰਿੰਟ ਹੁੰਦਾ ਹੈ।',
  'card.report': 'ਰਿਪੋਰਟ ਕਰੋ',
  'card.call': '{hotline} ਨੂੰ ਫ਼ੋਨ ਕਰੋ: {number}',
  'card.text': 'ਜਾਂ {code} ’ਤੇ {keyword} ਲਿਖ ਕੇ ਟੈਕਸਟ ਕਰੋ।',
  'card.app': 'ਜਾਂ ਜੋ ਦੇਖਿਆ, ਉਹ {app} ਵਿੱਚ ਸਾਂਝਾ ਕਰੋ।',
  'card.more': 'ਹੋਰ ਨਿਸ਼ਾਨੀਆਂ ਅਤੇ ਕੀ ਕਰਨਾ ਹੈ:',
  'card.dontConfront': 'ਕਿਸੇ ਨਾਲ ਆਪ ਨਾ ਉਲਝੋ। ਜੇ ਕਿਸੇ ਨੂੰ ਫ਼ੌਰੀ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ {number} ’ਤੇ ਫ਼ੋਨ ਕਰੋ।',
  'stats.title': 'ਅੰਕੜੇ, ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ',
  'stats.description':
    'ਮਨੁੱਖੀ ਤਸਕਰੀ ਅਤੇ ਅੱਜ ਦੀ ਗ਼ੁਲਾਮੀ ਬਾਰੇ ਜੋ ਅੰਕੜੇ ਅਸੀਂ ਵਰਤਦੇ ਹਾਂ: ਉਹ ਕਿੱਥੋਂ ਆਏ ਹਨ, ਕੀ ਮਾਪਦੇ ਹਨ ਅਤੇ ਕੀ ਨਹੀਂ।',
  'stats.intro':
    'ਇਸ ਵੈੱਬਸਾਈਟ ’ਤੇ ਹਰ ਅੰਕੜੇ ਨਾਲ ਉਸਦਾ ਸਰੋਤ ਅਤੇ ਸਾਲ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇੱਥੇ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਹਰ ਅੰਕੜਾ ਕੀ ਮਾਪਦਾ ਹੈ, ਇਹ ਕਿਵੇਂ ਕੱਢਿਆ ਗਿਆ ਅਤੇ ਇਹ ਸਾਨੂੰ ਕੀ ਨਹੀਂ ਦੱਸਦਾ।',
  'stats.ratio': '{whole} ਵਿੱਚੋਂ {part}',
  'stats.source': 'ਸਰੋਤ: {source}, {year}।',
  'stats.methodology': 'ਇਹ ਕਿਵੇਂ ਕੱਢਿਆ ਗਿਆ',
  'stats.caveats': 'ਧਿਆਨ ਰੱਖੋ',
  'stats.quote': 'ਸਰੋਤ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ (ਅੰਗਰੇਜ਼ੀ)',
  'stats.superseded': 'ਹੁਣ ਇਸਦੀ ਥਾਂ ਇੱਕ ਨਵਾਂ ਅੰਕੜਾ ਹੈ:',
  'stats.supersededNote': 'ਇਸਦੀ ਥਾਂ ਨਵਾਂ ਅੰਕੜਾ ਆ ਗਿਆ ਹੈ',
  'stats.explainer': 'ਇਸ ਅੰਕੜੇ ਬਾਰੇ: {title}',
  'stats.all': 'ਸਾਰੇ ਅੰਕੜੇ',
  'stats.charts': 'ਅੰਕੜੇ, ਚਾਰਟ ਵਿੱਚ',
  'stats.tableCaption': 'ਡੇਟਾ: {title}',
  'stats.tableItem': 'ਕੀ ਗਿਣਿਆ ਗਿਆ',
  'stats.tableValue': 'ਅੰਕੜਾ',
  'stats.total': 'ਕੁੱਲ',
  'stats.waffleDesc': '{total} ਖ਼ਾਨਿਆਂ ਵਿੱਚੋਂ {filled} ਭਰੇ ਹੋਏ ਹਨ।',
  'stats.waffleKey': 'ਭਰੇ ਖ਼ਾਨੇ: {label}।',
  'stats.waffleRest': 'ਖ਼ਾਲੀ ਖ਼ਾਨੇ: {label}।',
  // Blog (posts, tags, feeds)
  'nav.blog': 'ਬਲੌਗ',
  'blog.title': 'ਮੁਹਿੰਮ ਦਾ ਬਲੌਗ',
  'blog.description':
    'STOP THE TRAFFIK ਦੀਆਂ ਮੁਹਿੰਮਾਂ ਦੀਆਂ ਪੋਸਟਾਂ: ਸਰੋਤਾਂ ਸਮੇਤ ਤੱਥ, ਸਾਡੇ ਕੰਮ ਦੀਆਂ ਖ਼ਬਰਾਂ ਅਤੇ ਮਨੁੱਖੀ ਤਸਕਰੀ ਰੋਕਣ ਵਿੱਚ ਤੁਸੀਂ ਕਿਵੇਂ ਮਦਦ ਕਰ ਸਕਦੇ ਹੋ।',
  'blog.pageTitle': '{title}, {last} ਵਿੱਚੋਂ ਪੰਨਾ {page}',
  'blog.pagination': 'ਪੋਸਟਾਂ ਦੇ ਪੰਨੇ',
  'blog.newer': 'ਨਵੀਆਂ ਪੋਸਟਾਂ',
  'blog.older': 'ਪੁਰਾਣੀਆਂ ਪੋਸਟਾਂ',
  'blog.pageOf': '{last} ਵਿੱਚੋਂ ਪੰਨਾ {page}',
  'blog.published': 'ਪ੍ਰਕਾਸ਼ਿਤ: {date}',
  'blog.updated': 'ਅੱਪਡੇਟ ਕੀਤਾ: {date}',
  'blog.readingTime': 'ਪੜ੍ਹਨ ਲਈ {minutes} ਮਿੰਟ',
  'blog.by': 'ਲੇਖਕ: {author}',
  'blog.tags': 'ਵਿਸ਼ੇ',
  'blog.tagTitle': '“{tag}” ਬਾਰੇ ਪੋਸਟਾਂ',
  'blog.tagDescription': 'STOP THE TRAFFIK ਦੀਆਂ ਮੁਹਿੰਮਾਂ ਦੀਆਂ “{tag}” ਬਾਰੇ ਸਾਰੀਆਂ ਪੋਸਟਾਂ।',
  'blog.allTags': 'ਸਾਰੇ ਵਿਸ਼ੇ',
  'blog.allPosts': 'ਸਾਰੀਆਂ ਪੋਸਟਾਂ',
  'blog.untranslated': 'ਅਜੇ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ',
  'blog.morePosts': 'ਹੋਰ ਪੋਸਟਾਂ',
  'blog.previous': 'ਪਿਛਲੀ ਪੋਸਟ',
  'blog.next': 'ਅਗਲੀ ਪੋਸਟ',
  'blog.share': 'ਇਹ ਪੋਸਟ ਸਾਂਝੀ ਕਰੋ',
  'blog.shareEmail': 'ਈਮੇਲ ਰਾਹੀਂ ਸਾਂਝੀ ਕਰੋ',
  'blog.shareWhatsApp': 'WhatsApp ’ਤੇ ਸਾਂਝੀ ਕਰੋ',
  'blog.shareFacebook': 'Facebook ’ਤੇ ਸਾਂਝੀ ਕਰੋ',
  'blog.shareNote':
    'ਕੋਈ ਹੋਰ ਐਪ ਜਾਂ ਵੈੱਬਸਾਈਟ ਤਾਂ ਹੀ ਖੁੱਲ੍ਹਦੀ ਹੈ ਜਦੋਂ ਤੁਸੀਂ ਆਪ ਉਸਨੂੰ ਚੁਣਦੇ ਹੋ। ਐਪਾਂ ਤੁਹਾਡੀ ਸਾਂਝੀ ਕੀਤੀ ਚੀਜ਼ ਦਾ ਰਿਕਾਰਡ ਰੱਖ ਸਕਦੀਆਂ ਹਨ: ਜੇ ਕੋਈ ਹੋਰ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਚੈੱਕ ਕਰਦਾ ਹੈ, ਤਾਂ ਸੋਚ ਲਓ ਕਿ ਇਹ ਸੁਰੱਖਿਅਤ ਹੈ ਜਾਂ ਨਹੀਂ।',
  'blog.campaignPosts': '{place} ਅਤੇ {region} ਤੋਂ ਪੋਸਟਾਂ',
  'blog.campaignLink': 'ਮੁਹਿੰਮ: {title}',
  'blog.rssTitle': '{site}: ਮੁਹਿੰਮ ਦਾ ਬਲੌਗ',
  'blog.rss': 'RSS ਫ਼ੀਡ ਨਾਲ ਨਵੀਆਂ ਪੋਸਟਾਂ ਦੀ ਖ਼ਬਰ ਰੱਖੋ',
  'blog.empty': 'ਅਜੇ ਕੋਈ ਪੋਸਟ ਨਹੀਂ ਹੈ।',
  'blog.draftBadge': 'ਖਰੜਾ',
  'blog.draft': 'ਖਰੜਾ: ਪ੍ਰੀਵਿਊ ਵਿੱਚ ਇਹ ਸਿਰਫ਼ ਤੁਹਾਨੂੰ ਦਿਸਦਾ ਹੈ। “draft: true” ਹਟਾਏ ਜਾਣ ਤੱਕ ਇਹ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਵੇਗਾ।',
  'ukHelpline.heading': 'ਬਰਤਾਨੀਆ (UK) ਵਿੱਚ',
  'ukHelpline.body':
    '{name} (ਅੱਜ ਦੀ ਗ਼ੁਲਾਮੀ ਅਤੇ ਸ਼ੋਸ਼ਣ ਬਾਰੇ ਹੈਲਪਲਾਈਨ) ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਸਾਲ ਦੇ 365 ਦਿਨ, 200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਖੁੱਲ੍ਹੀ ਹੈ। ਗੱਲਬਾਤ ਗੁਪਤ ਰਹਿੰਦੀ ਹੈ, ਅਤੇ ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਆਪਣਾ ਨਾਂ ਦੱਸੇ ਬਿਨਾਂ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ (ਸਿਵਾਏ ਜਦੋਂ ਕਿਸੇ ਦੀ ਜਾਨ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ ਜਾਂ ਕੋਈ ਬੱਚਾ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ)। ਇਸਨੂੰ ਚੈਰਿਟੀ ਸੰਸਥਾ {operator} ਚਲਾਉਂਦੀ ਹੈ।',
  'ukHelpline.website': '{name} ਦੀ ਵੈੱਬਸਾਈਟ (ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ)',
  'ukHelpline.emergency': 'ਬਰਤਾਨੀਆ ਵਿੱਚ ਫ਼ੌਰੀ ਖ਼ਤਰਾ ਹੋਵੇ ਤਾਂ {number} ’ਤੇ ਫ਼ੋਨ ਕਰੋ।',
  'ukHelpline.usHeading': 'ਅਮਰੀਕਾ ਵਿੱਚ',
  'ukHelpline.us': '{name} ਨਾਲ ਸੰਪਰਕ ਕਰੋ:',
  // Search, support, get help and SEO (issue 5: search, support pages and discovery)
  'nav.getHelp': 'ਮਦਦ ਲਓ',
  'nav.support': 'ਸਾਡਾ ਸਾਥ ਦਿਓ',
  'search.title': 'ਖੋਜ',
  'search.description':
    'STOP THE TRAFFIK ਦੀ ਮੁਹਿੰਮ ਵਾਲੀ ਵੈੱਬਸਾਈਟ ਦੇ ਸਾਰੇ ਪੰਜਾਬੀ ਪੰਨਿਆਂ ਵਿੱਚ ਖੋਜੋ, ਅਤੇ ਨਤੀਜਿਆਂ ਨੂੰ ਪੰਨੇ ਦੀ ਕਿਸਮ ਅਨੁਸਾਰ ਛਾਂਟੋ।',
  'search.heading': 'ਇਸ ਵੈੱਬਸਾਈਟ ਵਿੱਚ ਖੋਜੋ',
  'search.formLabel': 'ਵੈੱਬਸਾਈਟ ਵਿੱਚ ਖੋਜੋ',
  'search.field': 'ਖੋਜਣ ਲਈ ਸ਼ਬਦ',
  'search.submit': 'ਖੋਜੋ',
  'search.noScript':
    'ਖੋਜ ਲਈ JavaScript ਚਾਹੀਦੀ ਹੈ, ਜੋ ਤੁਹਾਡੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਬੰਦ ਹੈ ਜਾਂ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਇਹਨਾਂ ਹਿੱਸਿਆਂ ਰਾਹੀਂ ਵੈੱਬਸਾਈਟ ਦੇ ਹਰ ਪੰਨੇ ਤੱਕ ਪਹੁੰਚ ਸਕਦੇ ਹੋ:',
  'search.sections': 'ਮੁੱਖ ਹਿੱਸੇ',
  'search.filters': 'ਪੰਨੇ ਦੀ ਕਿਸਮ',
  'search.type.campaign': 'ਮੁਹਿੰਮਾਂ',
  'search.type.post': 'ਪੋਸਟਾਂ',
  'search.type.sign': 'ਖ਼ਤਰੇ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ',
  'search.type.statistic': 'ਅੰਕੜੇ',
  'search.type.page': 'ਹੋਰ ਪੰਨੇ',
  'search.loading': 'ਖੋਜ ਜਾਰੀ ਹੈ…',
  'search.results.none': '“{query}” ਲਈ ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ ਮਿਲਿਆ।',
  'search.results.one': '“{query}” ਲਈ 1 ਨਤੀਜਾ।',
  'search.results.many': '“{query}” ਲਈ {count} ਨਤੀਜੇ।',
  'search.results.heading': 'ਨਤੀਜੇ',
  'search.more': 'ਹੋਰ ਨਤੀਜੇ ਦਿਖਾਓ',
  'search.error': 'ਖੋਜ ਇਸ ਵੇਲੇ ਕੰਮ ਨਹੀਂ ਕਰ ਰਹੀ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਹਿੱਸੇ ਵਰਤੋ।',
  // Blog tags (keys in src/config/tags.ts)
  'tag.campaigns': 'ਮੁਹਿੰਮਾਂ',
  'tag.stockton': 'ਸਟਾਕਟਨ',
  'tag.healthcare': 'ਸਿਹਤ ਸੇਵਾਵਾਂ',
  'tag.food-industry': 'ਖਾਣ-ਪੀਣ ਦਾ ਕਾਰੋਬਾਰ',
  'tag.labour-exploitation': 'ਮਜ਼ਦੂਰੀ ਵਿੱਚ ਸ਼ੋਸ਼ਣ',
  'tag.united-kingdom': 'ਬਰਤਾਨੀਆ (UK)',
  'tag.staying-safe': 'ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ',
  'tag.stop-app': 'STOP APP',
  // Placeholders written by `npm run new:post` into a new post in this language
  'newPost.description': 'ਇਸ ਲਿਖਤ ਦੀ ਥਾਂ ਪੋਸਟ ਦਾ ਇੱਕ ਵਾਕ ਦਾ ਸਾਰ ਲਿਖੋ; ਇਹ ਸੂਚੀਆਂ, ਖੋਜ ਨਤੀਜਿਆਂ ਅਤੇ ਲਿੰਕ ਪ੍ਰੀਵਿਊ ਵਿੱਚ ਦਿਸਦਾ ਹੈ।',
  'newPost.heroAlt': 'ਗੂੜ੍ਹੇ ਨੀਲੇ ਪਿਛੋਕੜ ’ਤੇ ਚਿੱਟੇ ਅੱਖਰਾਂ ਵਿੱਚ STOP THE TRAFFIK ਲਿਖਿਆ ਚਿੱਤਰ, ਹੇਠਾਂ ਨੀਲੀਆਂ ਲਹਿਰਾਂ।',
  'newPost.body': 'ਪੋਸਟ ਇੱਥੇ ਲਿਖੋ। ਸਿਰਫ਼ ਉਹੀ ਤੱਥ ਲਿਖੋ ਜਿਨ੍ਹਾਂ ਦਾ ਸਰੋਤ ਹੈ, ਅਤੇ ਦੱਸੋ ਕਿ ਹਰ ਅੰਕੜਾ ਕਿੱਥੋਂ ਆਇਆ ਹੈ।',
  'newPost.draftNote': 'ਖਰੜਾ: ਇਸਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਲਈ ਉੱਪਰਲੀ “draft: true” ਵਾਲੀ ਲਾਈਨ ਹਟਾਓ।',
  'badge.appStore.top': 'ਡਾਊਨਲੋਡ ਕਰੋ',
  'badge.appStore.name': 'App Store',
  'badge.googlePlay.top': 'ਡਾਊਨਲੋਡ ਕਰੋ',
  'badge.googlePlay.name': 'Google Play',
  'badge.forApp': '({app})',
  'seo.defaultImageAlt': 'ਸੂਰਜ ਡੁੱਬਣ ਵੇਲੇ ਖੇਤਾਂ ਵਿੱਚੋਂ ਲੰਘਦੀ ਇੱਕ ਲੰਮੀ ਸੜਕ ਦਾ ਚਿੱਤਰ, ਨਾਲ ਖੇਤ ਵਿੱਚ ਇੱਕ ਕੋਠਾ ਅਤੇ ਸੜਕ ਕਿਨਾਰੇ ਇੱਕ ਮੋਟਲ।',
};

export default pa;
