/**
 * What content may contain: an allowlist, not a list of known-bad things.
 * Markdown, the site's own MDX components, a short list of harmless HTML
 * elements and attributes, links to this site or to plain `https:` addresses,
 * and pictures that are files of this site. Anything else (whatever staff
 * paste from another site) stops the build. Pure functions, unit-tested.
 */
import { mdxComponentNames } from '@/components/mdx/names.ts';
import { helpRegions, quotedNumbers } from '@/config/help-lines.ts';

/** HTML elements content may use (as `<em>` in MDX or raw HTML in Markdown). */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  // text
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'div',
  'span',
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  // lists, tables, figures, disclosure
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
  'details',
  'summary',
  // pictures (files of this site only, see checkMediaUrl)
  'img',
]);

/** Attributes any allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'title', 'translate'];

/** Attributes allowed on particular elements, besides the global ones. */
const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  time: ['datetime'],
  data: ['value'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  ol: ['start', 'reversed'],
  li: ['value'],
  th: ['scope', 'colspan', 'rowspan', 'abbr'],
  td: ['colspan', 'rowspan'],
  details: ['open'],
};

/** Attributes whose value is an address: checked as a link or as media. */
const LINK_ATTRIBUTES = new Set(['href', 'cite']);
const MEDIA_ATTRIBUTES = new Set(['src']);

/** `colSpan`, `col-span` and `colspan` are one attribute (hast, JSX and HTML spellings). */
export function normaliseAttribute(name: string): string {
  return name.toLowerCase().replaceAll('-', '');
}

export function isAllowedAttribute(element: string, attribute: string): boolean {
  const name = normaliseAttribute(attribute);
  return [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[element] ?? [])].some((a) => normaliseAttribute(a) === name);
}

export function attributeKind(attribute: string): 'link' | 'media' | 'text' {
  const name = normaliseAttribute(attribute);
  if (LINK_ATTRIBUTES.has(name)) return 'link';
  if (MEDIA_ATTRIBUTES.has(name)) return 'media';
  return 'text';
}

export function allowedAttributesText(element: string): string {
  return [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[element] ?? [])].join(', ');
}

export const COMPONENT_NAMES: ReadonlySet<string> = new Set(mdxComponentNames);

const componentList = () => mdxComponentNames.map((n) => `<${n} />`).join(', ');

/** Elements people paste from other sites, with what to do instead. */
const KNOWN_BAD: Record<string, string> = {
  script:
    "scripts are not allowed in content: a page runs only the site's own scripts. Remove it; if a page needs new behaviour, ask a developer for a component in src/components/mdx/.",
  iframe:
    'embedded frames load another site into the page (and can track readers). Link to the page instead: [its title](https://…).',
  object: 'embedded objects load code or another site into the page. Link to the file or page instead.',
  embed: 'embeds load code or another site into the page. Link to the file or page instead.',
  style: "style blocks are not allowed in content; the site's look comes from its stylesheet.",
  form: 'forms send what readers type somewhere; content may not contain forms.',
  link: 'link elements load files into the page; write a Markdown link [text](https://…) instead.',
  meta: 'meta elements are set by the page layout, not by content.',
  base: 'base elements change every address on the page; they are not allowed.',
  video: "videos would load from outside the page's allowed sources; link to the video instead.",
  audio: "audio would load from outside the page's allowed sources; link to it instead.",
  svg: 'inline SVG is not allowed in content; use a picture file in content/images/.',
};

/** Why an element is not allowed, and what to do instead; undefined when it is allowed. */
export function elementProblem(name: string | null): string | undefined {
  if (name === null) return undefined; // a fragment, <>…</>
  if (COMPONENT_NAMES.has(name) || ALLOWED_ELEMENTS.has(name)) return undefined;
  const lower = name.toLowerCase();
  const bad = KNOWN_BAD[lower];
  if (bad) return `<${name}> is not allowed: ${bad}`;
  const component = mdxComponentNames.find((c) => c.toLowerCase() === lower);
  if (component) {
    return `<${name}> is not an element content may use. Components start with a capital letter: write <${component} />.`;
  }
  if (/^[A-Z]/.test(name)) {
    return `<${name}> is not one of the site's content components. Use one of: ${componentList()}.`;
  }
  return `<${name}> is not an element content may use. Use Markdown, one of the site's components (${componentList()}) or a simple HTML element (${[...ALLOWED_ELEMENTS].join(', ')}).`;
}

/* ---------- addresses ---------- */

/** What the browser sees: it drops tabs and newlines anywhere and spaces/controls at either end. */
function browserUrl(url: string): string {
  const joined = url.replace(/[\t\n\r]/g, '');
  const isControlOrSpace = (i: number) => joined.charCodeAt(i) <= 0x20;
  let start = 0;
  let end = joined.length;
  while (start < end && isControlOrSpace(start)) start++;
  while (end > start && isControlOrSpace(end - 1)) end--;
  return joined.slice(start, end);
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/** A path on this site: `/blog/`, `../images/x.jpg`, `#top`, `?x` (never `//host` or `\\host`). */
function isSitePath(url: string): boolean {
  if (SCHEME.test(url)) return false;
  return !/^[/\\]{2}/.test(url) && !/^\/\\/.test(url);
}

const PHONE_SCHEMES = new Set(['tel', 'sms', 'callto', 'facetime', 'facetime-audio', 'mms', 'whatsapp', 'viber']);

export const PHONE_ADVICE = `Never type a phone number or a tel:/sms: link into content: the numbers live in src/config/help-lines.ts and pages show them through components: <Hotline /> (the help lines of the page's region: a campaign's, else the US hotline), <Emergency /> (the emergency number), <UkHelplines /> (UK numbers).`;

/** Why a link address is not allowed; undefined when it is. */
export function linkProblem(raw: string): string | undefined {
  const url = browserUrl(raw);
  if (isSitePath(url)) return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme && PHONE_SCHEMES.has(scheme)) return `the link "${raw}" dials or texts a number. ${PHONE_ADVICE}`;
  if (scheme === 'https') {
    try {
      const parsed = new URL(url);
      if (parsed.hostname && !parsed.username && !parsed.password) return undefined;
    } catch {
      // fall through
    }
    return `the link "${raw}" is not a valid https:// address.`;
  }
  if (scheme === 'http') {
    return `the link "${raw}" uses http://, which can be read and changed on the way. Use the https:// address.`;
  }
  if (!scheme)
    return `the link "${raw}" starts with // or \\ and would leave the site without saying how. Write the full https:// address, or a path on this site such as /blog/.`;
  return `links may only go to this site (a path such as /blog/) or to https:// addresses; "${raw}" (${scheme}:) is neither.`;
}

/** Why a picture or media address is not allowed; undefined when it is a file of this site. */
export function mediaProblem(raw: string, siteOrigin: string): string | undefined {
  const url = browserUrl(raw);
  if (url === '') return 'the picture has no address.';
  if (isSitePath(url)) return undefined;
  try {
    if (new URL(url).origin === new URL(siteOrigin).origin) return undefined;
  } catch {
    // not a URL
  }
  return `"${raw}" is not a file of this site. Pictures and media must be files of this site (they would otherwise tell another site who reads this page): put the picture in content/images/ and use a relative path such as ../../images/posts/my-picture.jpg.`;
}

/* ---------- phone numbers ---------- */

const SEPARATOR = '[ \\t\\u00a0\\u2009\\u202f.\\-\\u2010-\\u2015()/]';
/** A run of digits joined by phone-number separators, not touching letters or other digits. */
const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}_])\\+?\\(?\\d(?:${SEPARATOR}{0,3}\\d)*\\)?(?![\\p{N}])`, 'gu');

function isDateTriple([a, b, c]: string[]): boolean {
  const n = (s: string) => Number(s);
  const year = (s: string) => s.length === 4 && n(s) >= 1000 && n(s) <= 2199;
  const monthDay = (m: string, d: string) =>
    n(m) >= 1 && n(m) <= 12 && n(d) >= 1 && n(d) <= 31 && m.length <= 2 && d.length <= 2;
  if (year(a!) && monthDay(b!, c!)) return true; // 2026-11-26
  if (year(c!) && (monthDay(b!, a!) || monthDay(a!, b!))) return true; // 26.11.2026, 11/26/2026
  return false;
}

/** Does this run of digits and separators read as a phone number (not a figure, year, date or ISBN)? */
export function isPhoneShaped(candidate: string): boolean {
  const groups = candidate.match(/\d+/g) ?? [];
  const digits = groups.join('');
  if (digits.length < 7 || digits.length > 15) return false;
  if (groups.length === 1) return digits.length >= 10 && !/^97[89]\d{10}$/.test(digits); // 18883737888, not an ISBN-13
  const separators = candidate
    .split(/\d+/)
    .slice(1, -1)
    .map((s) => (s.trim() === '' ? ' ' : s.replace(/\s+/g, '')));
  const first = groups[0]!;
  const rest = groups.slice(1);
  // 27 600 000, 27.600.000: a figure with thousands separators.
  if (
    first.length <= 3 &&
    !first.startsWith('0') &&
    rest.every((g) => g.length === 3) &&
    new Set(separators).size === 1 &&
    (separators[0] === '.' || separators[0] === ' ')
  ) {
    return false;
  }
  if (groups.every((g) => g.length === 4 && Number(g) >= 1000 && Number(g) <= 2199)) return false; // 2018-2022
  if (
    groups.length === 3 &&
    (isDateTriple(groups) || /^(4,2,2|2,2,4|1,2,4|2,1,4)$/.test(groups.map((g) => g.length).join(',')))
  ) {
    return false; // 2026-11-26 (and mistyped dates such as 2026-13-45, which the date check reports)
  }
  if (groups.at(-1)!.length === 1) return false; // ISBN 0-19-852663-6 ends with a check digit
  if (digits.length === 13 && /^97[89]/.test(digits)) return false; // ISBN-13
  if (groups.every((g) => g.length <= 2) && separators.includes('.')) return false; // 9.30-17.30
  if (separators.includes('/') && !separators.every((s) => s === '/')) return false; // 24/7 1-2
  if (separators.every((s) => s === '/')) return false; // 2016/2017, 11/26/2026
  return true;
}

/** Digits of every number in src/config/help-lines.ts: typing one of them is the same mistake, even when it is right. */
const KNOWN_NUMBERS: ReadonlyMap<string, string> = new Map(
  [
    ...Object.values(helpRegions).flatMap(({ helpline }) => [
      [helpline.call.display, `the ${helpline.name}`] as const,
      ...('text' in helpline ? [[helpline.text.shortCode, `the ${helpline.name}'s text number`] as const] : []),
    ]),
    [quotedNumbers.foodIndustry2018.display, 'the 2018 UK food-industry line'] as const,
  ]
    .map(([display, name]) => [display.replace(/\D/g, ''), name] as const)
    .filter(([digits]) => digits.length >= 5),
);

type PhoneProblem = { match: string; index: number; message: string };

// Made once: a regular expression written in a function is a new object at every call.
const DIGIT = /\d/;
const NOT_DIGITS = /\D/g;
const TRAILING_SEPARATORS = /[\s.\-/]+$/u;
const US_COUNTRY_CODE = /^1(?=\d{10}$)/;
const PHONE_LINK = /\b(tel|sms|callto):/gi;

/** Help-line numbers and phone-shaped runs of digits typed in the text. */
function typedNumbers(text: string, found: PhoneProblem[]) {
  CANDIDATE.lastIndex = 0; // one search object for every text (matchAll would copy it for each)
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const match = m[0].replace(TRAILING_SEPARATORS, '');
    const digits = match.replace(NOT_DIGITS, '');
    const known = KNOWN_NUMBERS.get(digits) ?? KNOWN_NUMBERS.get(digits.replace(US_COUNTRY_CODE, ''));
    if (known) {
      found.push({ match, index: m.index, message: `"${match}" is ${known} typed by hand. ${PHONE_ADVICE}` });
    } else if (isPhoneShaped(match)) {
      found.push({ match, index: m.index, message: `"${match}" looks like a phone number. ${PHONE_ADVICE}` });
    }
  }
}

/** `tel:`, `sms:` and `callto:` written as text. */
function phoneLinks(text: string, found: PhoneProblem[]) {
  for (const m of text.matchAll(PHONE_LINK)) {
    found.push({ match: m[0], index: m.index, message: `"${m[0]}" is a phone link written as text. ${PHONE_ADVICE}` });
  }
}

/** Phone numbers in a piece of text: the matched text and why it is a problem. */
export function phoneProblems(text: string): PhoneProblem[] {
  const found: PhoneProblem[] = [];
  // Every number holds a digit and every link a colon; most text lacks them, and searching allocates.
  if (DIGIT.test(text)) typedNumbers(text, found);
  if (text.includes(':')) phoneLinks(text, found);
  return found;
}

/* ---------- MDX expressions ---------- */

/** `{/* a note *\/}` (an MDX comment) and `{"{"}` (a quoted string) run nothing; anything else is code. */
export function isHarmlessExpression(source: string): boolean {
  const withoutComments = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .trim();
  if (withoutComments === '') return true;
  return /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')$/.test(withoutComments);
}

/** A component attribute written as `{false}`, `{3}` or `{"text"}`: a plain value, no code. */
export function isLiteralExpression(source: string): boolean {
  const s = source.trim();
  return /^(?:true|false|null|-?\d+(?:\.\d+)?)$/.test(s) || (s !== '' && isHarmlessExpression(s));
}
