/**
 * English interface strings. This file defines the keys: every other locale
 * must provide exactly the same keys (see es.ts), so a missing translation
 * fails `astro check`. Placeholders look like `{name}`.
 */
const en = {
  'site.name': 'STOP THE TRAFFIK',
  'site.tagline': 'Spot the signs of human trafficking in Stockton and the San Joaquin Valley.',

  'skip.link': 'Skip to main content',

  'quickExit.label': 'Exit this page',
  'quickExit.hidden': 'Emergency',
  'quickExit.region': 'Quick exit',
  'quickExit.hint': 'Press Esc twice to leave quickly.',

  'hotline.heading': 'Need help now?',
  'hotline.call': 'Call {number}',
  'hotline.text': 'Text {keyword} to {code}',
  'hotline.emergency': 'In immediate danger, call {number}.',
  'hotline.available': 'Confidential, 24 hours a day, 7 days a week.',
  'hotline.name': 'National Human Trafficking Hotline',

  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.campaign': 'Stockton campaign',

  'lang.switch': 'Language',
  'lang.switchTo': 'Read this page in {language}',

  'safe.heading': 'Browse safely',
  'safe.body':
    'This site sets no cookies and keeps nothing about you, but your browser remembers the pages you visit. If someone else uses your phone or computer, use a private window or clear your browsing history afterwards. The Exit button, or pressing Esc twice, takes you to a weather site straight away.',

  'footer.support': 'Support our work',
  'footer.donate': 'Donate to {org}',
  'footer.app': 'Get the {app}',
  'footer.appStore': '{app} on the App Store',
  'footer.googlePlay': '{app} on Google Play',
  'footer.about':
    '{org} works to help communities become more resilient to trafficking through awareness and engagement.',
  'footer.backToTop': 'Back to top',

  'home.title': 'Is trafficking happening near you?',
  'home.description':
    'Human trafficking is happening in Stockton and the San Joaquin Valley. Learn to recognise it and how to report it safely.',
  'home.intro':
    'Human trafficking happens around the world, and research has identified Stockton and the wider San Joaquin Valley as potential hotspots. Would you recognise it in your community?',
  'home.campaignCta': 'Read about trafficking in Stockton',
  'home.reportHeading': 'If you see something, say something',
  'home.reportBody':
    'If you see or hear anything suspicious, report it. If someone is at immediate risk, call the police on {emergency}.',
  'home.supportHeading': 'Help us stop it',
  'home.supportBody': 'Your donations are vital to our work against human trafficking. Together we will stop it.',
  'home.campaignsHeading': 'Our campaigns',

  'campaign.place': 'Campaign: {place}',
  'campaign.updated': 'Updated {date}',
  'campaign.published': 'Published {date}',
  'campaign.hotlineRegion': 'Hotline for this area',

  'support.heading': 'Support us',
  'support.body':
    'Your donations are vital to enabling us to combat human trafficking. Together we will stop it.',
  'support.donate': 'Donate',
  'support.external': '(opens the {org} website)',

  'app.heading': 'Share what you have seen: the {app}',
  'app.body':
    'Download the {app} to share anything you have seen or heard that may be linked to human trafficking. All information is important and may be part of a bigger picture.',

  'translation.missing': 'This page has not been translated into English yet. You are reading the original version.',

  'notFound.title': 'Page not found',
  'notFound.description': 'We could not find that page.',
  'notFound.body': 'The page you asked for does not exist or has moved. These pages may help:',
  'notFound.home': 'Go to the home page',

  // Search, support, get help and SEO (issue 5: search, support pages and discovery)
  'nav.getHelp': 'Get help',
  'nav.support': 'Support us',
  'nav.search': 'Search',
  'search.title': 'Search',
  'search.description': 'Search every page of the STOP THE TRAFFIK campaign site in English, and narrow the results by type of page.',
  'search.heading': 'Search this site',
  'search.formLabel': 'Search the site',
  'search.field': 'Words to search for',
  'search.submit': 'Search',
  'search.noScript':
    'Search needs JavaScript, which is turned off or not working in your browser. You can still reach every part of the site from these sections:',
  'search.sections': 'Main sections',
  'search.filters': 'Type of page',
  'search.type.campaign': 'Campaigns',
  'search.type.post': 'Posts',
  'search.type.sign': 'Warning signs',
  'search.type.statistic': 'Facts and figures',
  'search.type.page': 'Other pages',
  'search.prompt': 'Type one or more words and press Search.',
  'search.loading': 'Searching…',
  'search.results.none': 'No results for “{query}”.',
  'search.results.one': '1 result for “{query}”.',
  'search.results.many': '{count} results for “{query}”.',
  'search.results.heading': 'Results',
  'search.more': 'Show more results',
  'search.error': 'Search is not available right now. Please try again later, or use the sections below.',
  'badge.appStore.top': 'Download on the',
  'badge.appStore.name': 'App Store',
  'badge.googlePlay.top': 'Get it on',
  'badge.googlePlay.name': 'Google Play',
  'badge.forApp': '({app})',
  'seo.defaultImageAlt': 'Illustration of a long road through farm fields at sunset, with a barn and a roadside motel.',
} as const;

export type UIKey = keyof typeof en;
export type UIStrings = Record<UIKey, string>;
export default en satisfies UIStrings;
