/**
 * English interface strings. This file defines the keys: every other
 * language's file (`src/i18n/ui/<code>.ts`, typed `UIStrings`) must provide
 * exactly the same keys, so a missing or extra key fails `npm run check`.
 * Placeholders look like `{name}`. See src/i18n/README.md.
 */
const en = {
  'site.name': 'STOP THE TRAFFIK',
  'skip.link': 'Skip to main content',

  'quickExit.label': 'Exit this page',
  'quickExit.hidden': 'Emergency',
  'quickExit.region': 'Quick exit',
  'quickExit.hint': 'Press Esc twice to leave quickly.',

  'hotline.heading': 'Need help now?',
  'hotline.call': 'Call {number}',
  'hotline.text': 'Text {keyword} to {code}',
  'hotline.emergency': 'In immediate danger, call {number}.',
  'hotline.available': 'Calls are confidential and answered 24 hours a day, 7 days a week.',
  'hotline.name': 'National Human Trafficking Hotline',

  'nav.label': 'Main',
  'nav.home': 'Home',

  'lang.switch': 'Language',

  'safe.heading': 'Browse safely',
  'safe.body':
    'This site sets no cookies, stores nothing in your browser, uses no trackers and loads nothing from other websites, and the words you search for here never enter the address bar or your History. The “Exit this page” button takes you to a weather site and replaces this page, so Back does not return to it; pressing Esc twice does the same, but only with JavaScript on. The page stays in your browser’s History list until you delete it. If someone else checks your phone or computer, use a private window, or delete only this site’s pages from your History: a History wiped clean can be noticed.',

  'footer.support': 'Support our work',
  'footer.donate': 'Donate to {org}',
  'footer.app': 'Get the {app}',
  'footer.about':
    '{org} works to help communities become more resilient to trafficking through awareness and engagement.',
  'footer.backToTop': 'Back to top',
  'footer.about.label': 'About this site',
  'footer.privacy': 'Privacy',
  'footer.accessibility': 'Accessibility',
  'org.website': 'the {org} website',

  'home.title': 'Is trafficking happening near you?',
  'home.description':
    'Human trafficking is happening in Stockton and the San Joaquin Valley. Learn to recognise it and how to report it safely.',
  'home.intro':
    'Human trafficking happens around the world, and research has identified Stockton and the wider San Joaquin Valley as potential hotspots. Would you recognise it in your community?',
  'home.campaignCta': 'Read our campaign: {title}',
  'home.reportHeading': 'Report what you see',
  'home.reportBody':
    'If you see or hear anything suspicious, report it. If someone is at immediate risk, call the police on {emergency}.',
  'home.signsHeading': 'Would you recognise the signs?',
  'home.signsBody':
    'Trafficking can be hidden on farms, in motels, in online adverts, in health care and in restaurants. Learn what to look out for and what to do.',
  'home.signsCta': 'Spot the signs',
  'home.postsHeading': 'Latest posts',
  'home.campaignsHeading': 'Our campaigns',

  'campaign.place': 'Campaign: {place}',
  'campaign.updated': 'Updated {date}',

  'support.heading': 'Support us',
  'support.body': 'Your donations are vital to enabling us to combat human trafficking. Together we will stop it.',
  'support.donate': 'Donate',
  'support.external': '(opens the {org} website)',

  'app.heading': 'Share what you have seen: the {app}',
  'app.body':
    'Download the {app} to share anything you have seen or heard that may be linked to human trafficking. All information is important and may be part of a bigger picture.',

  'translation.missing': 'This page has not been translated into English yet. You are reading the original version.',
  'translation.unreviewed': 'No native speaker has checked this translation yet.',
  'translation.updated': 'The English version of this page was updated on {date}, after this translation was made.',
  'translation.updatedUndated': 'The English version of this page has changed since this translation was made.',
  'translation.readEnglish': 'Read the English version',

  // Help in your language (/languages/)
  'languages.title': 'Help in your language',
  'languages.description':
    'Call the National Human Trafficking Hotline free, at any time, and speak through an interpreter in your own language.',
  'languages.intro':
    'The National Human Trafficking Hotline answers calls in English or Spanish, or in more than 200 other languages through a 24-hour telephone interpreting service. Here is how to ask for an interpreter, in many languages.',
  'languages.listLabel': 'Languages on this page',

  'notFound.title': 'Page not found',
  'notFound.description': 'We could not find that page.',
  'notFound.body': 'The page you asked for does not exist or has moved. These pages may help:',
  'notFound.home': 'Go to the home page',

  // Warning-signs guide and statistics explainers
  'nav.signs': 'Warning signs',
  'nav.stats': 'Statistics',
  'signs.filterLabel': 'Choose signs',
  'signs.byKind': 'By kind of exploitation',
  'signs.bySetting': 'By setting',
  'signs.all': 'All warning signs',
  'signs.kindsHeading': 'Signs by kind of exploitation',
  'signs.settingsHeading': 'Signs by setting',
  'signs.group.general': 'Signs in any setting',
  'signs.group.kind': 'Kind of exploitation',
  'signs.group.setting': 'Setting',
  'signs.signsHeading': 'Signs to look out for',
  'signs.onlyOne': 'Single page for {title}',
  'signs.related': 'See also',
  'signs.statLink': 'The figure behind this: {title}',
  'signs.pageDescription':
    '{title}: warning signs of human trafficking, and what to do if you are worried about someone.',
  'signs.sources': 'Where these signs come from',
  'signs.sourcesIntro': 'Each sign above puts in plain words a sign listed by one or more of these sources:',
  'signs.printLink': 'Printable card: the signs and the hotline on one page',
  'signs.notProof':
    'One sign on its own does not prove trafficking. If something worries you, report it: you do not need to be sure.',
  'what.heading': 'What to do if you are worried',
  'what.confront':
    'Do not confront anyone you suspect, and do not try to rescue anyone yourself. It could put them, and you, in danger.',
  'what.emergency': 'If someone is in immediate danger, call {number}.',
  'what.hotline':
    'Otherwise, call or text the {hotline}. The phone line is confidential and open 24 hours a day, 7 days a week.',
  'what.app':
    'You can also share anything you have seen or heard through the {app}. All information is important and may be part of a bigger picture.',
  'what.callHeading': 'What happens when you call',
  'what.call1': 'The line answers 24 hours a day, 7 days a week: you can call at any time.',
  'what.call2': 'Tell them what you saw or heard, and where and when.',
  'what.call3':
    'You do not need to be sure that it is trafficking: all information is important. The call is confidential.',
  'card.title': 'Spot the signs of human trafficking',
  'card.description':
    'A one-page card with the warning signs of human trafficking and the hotline number, ready to print in black and white.',
  'card.howToPrint':
    "To print this card, use your browser's Print command (Ctrl+P, or Cmd+P on a Mac). It prints on one page, in black and white.",
  'card.report': 'Report it',
  'card.call': 'Call the {hotline}: {number}',
  'card.text': 'Or text {keyword} to {code}.',
  'card.app': 'Or share what you have seen in the {app}.',
  'card.more': 'More signs and what to do:',
  'card.dontConfront': 'Do not confront anyone. If someone is in immediate danger, call {number}.',
  'stats.title': 'Statistics explained',
  'stats.description':
    'The figures we use about human trafficking and modern slavery: their sources, what they measure and what they do not.',
  'stats.intro':
    'Every figure on this site comes with its source and its year. Here you can see what each figure measures, how it was worked out and what it does not tell us.',
  'stats.ratio': '{part} in {whole}',
  'stats.source': 'Source: {source}, {year}.',
  'stats.methodology': 'How it was worked out',
  'stats.caveats': 'Keep in mind',
  'stats.quote': 'In the words of the source',
  'stats.superseded': 'A newer figure has replaced this one:',
  'stats.supersededNote': 'Replaced by a newer figure',
  'stats.explainer': 'About this figure: {title}',
  'stats.all': 'All statistics',
  'stats.charts': 'The figures, drawn',
  'stats.tableCaption': 'Data: {title}',
  'stats.tableItem': 'What is counted',
  'stats.tableValue': 'Figure',
  'stats.total': 'Total',
  'stats.waffleDesc': '{filled} of {total} squares are filled.',
  'stats.waffleKey': 'Filled squares: {label}.',
  'stats.waffleRest': 'Empty squares: {label}.',
  // Blog (posts, tags, feeds)
  'nav.blog': 'Blog',
  'blog.title': 'Campaign blog',
  'blog.description':
    'Posts from STOP THE TRAFFIK campaigns: facts with their sources, news from our work and ways you can help stop human trafficking.',
  'blog.pageTitle': '{title}, page {page} of {last}',
  'blog.pagination': 'Pages of posts',
  'blog.newer': 'Newer posts',
  'blog.older': 'Older posts',
  'blog.pageOf': 'Page {page} of {last}',
  'blog.published': 'Published {date}',
  'blog.updated': 'Updated {date}',
  'blog.readingTime': '{minutes} min read',
  'blog.by': 'By {author}',
  'blog.tags': 'Tags',
  'blog.tagTitle': 'Posts tagged “{tag}”',
  'blog.tagDescription': 'Every STOP THE TRAFFIK campaign post tagged “{tag}”.',
  'blog.allTags': 'All tags',
  'blog.allPosts': 'All posts',
  'blog.untranslated': 'Not yet translated',
  'blog.morePosts': 'More posts',
  'blog.previous': 'Previous post',
  'blog.next': 'Next post',
  'blog.share': 'Share this post',
  'blog.shareEmail': 'Share by email',
  'blog.shareWhatsApp': 'Share on WhatsApp',
  'blog.shareFacebook': 'Share on Facebook',
  'blog.shareNote':
    'Sharing opens another app or website only when you choose one. Apps may keep a record of what you share: if someone else checks your phone or computer, think about whether it is safe.',
  'blog.campaignPosts': 'Posts from {place} and the {region}',
  'blog.campaignLink': 'Campaign: {title}',
  'blog.rssTitle': '{site}: campaign blog',
  'blog.rss': 'Follow new posts with the RSS feed',
  'blog.empty': 'There are no posts yet.',
  'blog.draftBadge': 'Draft',
  'blog.draft':
    'Draft: only you can see this while previewing. It will not be published until “draft: true” is removed.',
  'ukHelpline.body':
    'The {name} is open 24 hours a day, 365 days a year, in over 200 languages. It is confidential, and you can stay anonymous if you wish (except where a life is at risk or a child is in danger). It is run by the charity {operator}.',
  // Search, support, get help and SEO (issue 5: search, support pages and discovery)
  'nav.getHelp': 'Get help',
  'nav.support': 'Support us',
  'search.title': 'Search',
  'search.description':
    'Search every page of the STOP THE TRAFFIK campaign site in English, and narrow the results by type of page.',
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
  'search.type.statistic': 'Statistics',
  'search.type.page': 'Other pages',
  'search.loading': 'Searching…',
  'search.results.none': 'No results for “{query}”.',
  'search.results.one': '1 result for “{query}”.',
  'search.results.many': '{count} results for “{query}”.',
  'search.results.heading': 'Results',
  'search.more': 'Show more results',
  'search.error': 'Search is not available right now. Please try again later, or use the sections below.',
  // Blog tags (keys in src/config/tags.ts)
  'tag.campaigns': 'Campaigns',
  'tag.stockton': 'Stockton',
  'tag.healthcare': 'Healthcare',
  'tag.food-industry': 'Food industry',
  'tag.labour-exploitation': 'Labour exploitation',
  'tag.united-kingdom': 'United Kingdom',
  'tag.staying-safe': 'Staying safe',
  'tag.stop-app': 'STOP APP',
  // Placeholders written by `npm run new:post` into a new post in this language
  'newPost.description':
    'Replace this with a one-sentence summary of the post, shown in lists, search results and link previews.',
  'newPost.heroAlt': 'Illustration with the words STOP THE TRAFFIK in white on dark blue, above blue waves.',
  'newPost.body': 'Write the post here. State only facts you can source, and say where each figure comes from.',
  'newPost.draftNote': 'Draft: remove the "draft: true" line above to publish it.',
  'badge.appStore.top': 'Download on the',
  'badge.appStore.name': 'App Store',
  'badge.googlePlay.top': 'Get it on',
  'badge.googlePlay.name': 'Google Play',
  'badge.forApp': '({app})',
  // Campaigns: index, status, outreach kit (issue 11)
  'nav.campaigns': 'Campaigns',
  'campaigns.title': 'Our campaigns',
  'campaigns.description':
    'Every STOP THE TRAFFIK campaign on this site, by country: where it runs, what it is about, and its help lines and outreach kit.',
  'campaigns.intro':
    'Each campaign is about one place or one setting. Its pages show the help lines of its country. Past campaigns stay here for reference.',
  'campaigns.all': 'All campaigns',
  'campaigns.regionLines': 'Help line on these pages: {name}.',
  'campaigns.kit': 'Outreach kit',
  'region.us': 'United States',
  'region.uk': 'United Kingdom',
  'campaign.status.active': 'Active campaign',
  'campaign.status.past': 'Past campaign',
  'campaign.pastNote': 'This campaign has ended. We keep its page for reference; the help lines on it are current.',
  'campaign.kitLink': 'Outreach kit: poster, wallet cards and messages to share',
  'campaign.posts': 'Posts about this campaign',
  'kit.title': 'Outreach kit: {title}',
  'kit.description':
    'A printable poster, wallet cards and messages to share for the campaign “{title}”, with its help lines and a QR code.',
  'kit.intro':
    'Everything you need to spread the word. Print the poster and the wallet cards, and copy a message to share. Each one carries the help lines for this campaign and the address of its page.',
  'kit.campaignLink': 'Back to the campaign: {title}',
  'kit.posterHeading': 'Poster',
  'kit.posterBody':
    'One page, A4 or Letter, in black and white: the campaign’s question, three signs to look out for, the help lines in large type and a QR code to this campaign’s page.',
  'kit.posterLink': 'Open the poster to print',
  'kit.cardHeading': 'Wallet cards',
  'kit.cardBody':
    'Eight cards the size of a bank card on one page, with cut lines: the help lines and a QR code, to hand out or leave in a wallet.',
  'kit.cardLink': 'Open the wallet cards to print',
  'kit.shareHeading': 'Messages to share',
  'kit.shareBody':
    'Copy a message for social media, a newsletter or a group chat. Each one ends with the address of the campaign page.',
  'kit.shareLabel': 'Message {number}',
  'kit.copy': 'Copy message {number}',
  'kit.copied': 'Message copied.',
  'kit.copyFailed': 'Could not copy. Select the text and copy it yourself.',
  'kit.selectHint': 'To copy a message, select its text.',
  'kit.imageHeading': 'Picture for link previews',
  'kit.imageBody':
    'When someone shares the campaign’s address, apps show this picture with it. You can also post it yourself.',
  'kit.imageAlt': 'The campaign picture with its title: {title}',
  'kit.imageLink': 'Download the picture (JPEG, 1200 × 630 pixels)',
  'kit.howToPrint':
    "To print, use your browser's Print command (Ctrl+P, or Cmd+P on a Mac). It fits on one A4 or Letter page.",
  'kit.back': 'Back to the outreach kit',
  'poster.title': 'Poster: {title}',
  'poster.description':
    'A one-page poster for the campaign “{title}”: three signs of trafficking, the help lines and a QR code, ready to print.',
  'poster.signs': 'Signs to look out for',
  'poster.report': 'Report it',
  'poster.text': 'Text {keyword} to {code}',
  'poster.scan': 'Scan the code or visit:',
  'poster.org': 'A campaign by {org}',
  'walletCard.title': 'Wallet cards: {title}',
  'walletCard.description':
    'Eight wallet cards on one page for the campaign “{title}”, with the help lines and a QR code, ready to print and cut out.',
  'walletCard.cut': 'Cut along the dashed lines.',
  'walletCard.heading': 'Spot the signs of trafficking',
  'walletCard.emergency': 'Immediate danger: {number}',
  'qr.label': 'QR code: link to {url}',
  'seo.defaultImageAlt': 'Illustration of a long road through farm fields at sunset, with a barn and a roadside motel.',
} as const;

export type UIKey = keyof typeof en;
export type UIStrings = Record<UIKey, string>;
export default en satisfies UIStrings;
