/**
 * Walk one parsed content file (Sätteri's mdast, the tree Astro compiles) and
 * list everything the allowlist in rules.ts does not allow, each with its line.
 * Used by the Markdown/MDX plugin (plugin.ts) and by the check of every
 * content file before the build (scan.ts).
 */
import { htmlToHast } from 'satteri';
import {
  allowedAttributesText,
  attributeKind,
  elementProblem,
  isAllowedAttribute,
  isHarmlessExpression,
  isLiteralExpression,
  linkProblem,
  mediaProblem,
  phoneProblems,
  COMPONENT_NAMES,
} from './rules.ts';

export interface Problem {
  /** Line in the file, 1-based. */
  line: number;
  message: string;
}

/** The parts of a unist node this walk reads. */
export interface TreeNode {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: readonly TreeNode[];
  value?: unknown;
  url?: string;
  alt?: string | null;
  title?: string | null;
  name?: string | null;
  attributes?: readonly TreeAttribute[];
  tagName?: string;
  properties?: Record<string, unknown>;
}

interface TreeAttribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: { line: number } };
}

const PHRASING = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
]);

/** The text readers see in a run of inline content (a paragraph, heading or table cell). */
function phrasingText(node: TreeNode): string {
  let text = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text' || child.type === 'inlineCode') text += String(child.value ?? '');
    else if (child.type === 'break') text += '\n';
    else if (child.type === 'image') text += ` ${child.alt ?? ''} `;
    else if (PHRASING.has(child.type) && child.children) text += phrasingText(child);
  }
  return text;
}

const lineOf = (node: { position?: { start: { line: number } } } | undefined, fallback: number) =>
  node?.position?.start.line ?? fallback;

function textProblems(text: string, line: number, problems: Problem[]) {
  for (const found of phoneProblems(text)) {
    problems.push({ line: line + (text.slice(0, found.index).match(/\n/g)?.length ?? 0), message: found.message });
  }
}

/** Attributes of an MDX element (`<Hotline />`, `<em lang="es">`). */
function checkJsxAttributes(node: TreeNode, line: number, problems: Problem[], siteOrigin: string) {
  const element = node.name ?? '';
  const component = COMPONENT_NAMES.has(element);
  for (const attribute of node.attributes ?? []) {
    const at = lineOf(attribute, line);
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        line: at,
        message: `<${element} {${String(attribute.value)}}> spreads JavaScript values into an element; write each attribute as name="value".`,
      });
      continue;
    }
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) {
      problems.push({
        line: at,
        message: `${name}= on <${element}> runs JavaScript when readers interact with the page; content may not run code. Remove the attribute.`,
      });
      continue;
    }
    let value: string | undefined;
    const raw = attribute.value;
    if (raw && typeof raw === 'object' && (raw as { type?: string }).type === 'mdxJsxAttributeValueExpression') {
      const source = String((raw as { value?: unknown }).value ?? '');
      if (!isLiteralExpression(source)) {
        problems.push({
          line: at,
          message: `${name}={${source}} on <${element}> is JavaScript; content may only give plain values, e.g. ${name}="text" or ${name}={false}.`,
        });
        continue;
      }
      value = /^["']/.test(source.trim()) ? source.trim().slice(1, -1) : undefined;
    } else if (typeof raw === 'string') {
      value = raw;
    }
    if (!component && !isAllowedAttribute(element, name)) {
      problems.push({
        line: at,
        message: `the attribute ${name} is not allowed on <${element}> (allowed: ${allowedAttributesText(element)}).`,
      });
      continue;
    }
    if (value === undefined) continue;
    checkAttributeValue(element, name, value, at, problems, siteOrigin);
  }
}

function checkAttributeValue(
  element: string,
  name: string,
  value: string,
  line: number,
  problems: Problem[],
  siteOrigin: string,
) {
  const kind = attributeKind(name);
  const problem =
    kind === 'link'
      ? linkProblem(value)
      : kind === 'media' || (element === 'img' && name === 'src')
        ? mediaProblem(value, siteOrigin)
        : undefined;
  if (problem) problems.push({ line, message: `<${element} ${name}>: ${problem}` });
  else if (kind === 'text') textProblems(value, line, problems);
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** Raw HTML in a Markdown (.md) file, parsed the way a browser would. */
function checkRawHtml(html: string, line: number, problems: Problem[], siteOrigin: string) {
  let tree: HastNode;
  try {
    tree = htmlToHast(html, { fragment: true }) as HastNode;
  } catch {
    problems.push({ line, message: `this HTML could not be read; write the text in Markdown instead.` });
    return;
  }
  let searchFrom = 0;
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName;
      const index = html.toLowerCase().indexOf(`<${tag}`, searchFrom);
      if (index >= 0) searchFrom = index + 1;
      const at = line + (index >= 0 ? (html.slice(0, index).match(/\n/g)?.length ?? 0) : 0);
      const problem = elementProblem(tag);
      if (problem) {
        problems.push({ line: at, message: problem });
        return; // nothing inside a refused element matters
      }
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(property)) {
          problems.push({
            line: at,
            message: `${property.toLowerCase()}= on <${tag}> runs JavaScript when readers interact with the page; content may not run code. Remove the attribute.`,
          });
        } else if (!isAllowedAttribute(tag, property)) {
          problems.push({
            line: at,
            message: `the attribute ${property} is not allowed on <${tag}> (allowed: ${allowedAttributesText(tag)}).`,
          });
        } else if (typeof value === 'string') {
          checkAttributeValue(tag, property, value, at, problems, siteOrigin);
        }
      }
    } else if (node.type === 'text' && node.value) {
      textProblems(node.value, line, problems);
    } else if (node.type === 'doctype') {
      problems.push({ line, message: 'a <!doctype> does not belong in content.' });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
}

export interface CheckOptions {
  /** The site's own origin: pictures there are files of this site. */
  siteOrigin: string;
}

/** Everything in a parsed content file that the allowlist does not allow. */
export function checkTree(root: TreeNode, { siteOrigin }: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: TreeNode, parentLine: number) => {
    const line = lineOf(node, parentLine);
    switch (node.type) {
      case 'yaml':
      case 'toml':
        return; // frontmatter: checked line by line in frontmatter.ts
      case 'mdxjsEsm':
        problems.push({
          line,
          message: `import/export statements are not allowed in content: they can run code. The site's components (${[...COMPONENT_NAMES].map((c) => `<${c} />`).join(', ')}) work without importing.`,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isHarmlessExpression(String(node.value ?? ''))) {
          problems.push({
            line,
            message: `{${String(node.value).trim().slice(0, 40)}} is JavaScript and is not allowed in content. Write the text plainly; notes to other editors go in a comment: {/* like this */}.`,
          });
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const problem = elementProblem(node.name ?? null);
        if (problem) {
          problems.push({ line, message: problem });
          return;
        }
        checkJsxAttributes(node, line, problems, siteOrigin);
        break;
      }
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '');
        if (problem) problems.push({ line, message: problem });
        if (node.title) textProblems(node.title, line, problems);
        break;
      }
      case 'image': {
        const problem = mediaProblem(node.url ?? '', siteOrigin);
        if (problem) problems.push({ line, message: `the picture ${problem}` });
        break;
      }
      case 'html':
        checkRawHtml(String(node.value ?? ''), line, problems, siteOrigin);
        return;
      case 'code':
        textProblems(String(node.value ?? ''), line + 1, problems);
        return;
    }
    const children = node.children ?? [];
    if (!PHRASING.has(node.type) && children.some((c) => PHRASING.has(c.type))) {
      textProblems(phrasingText(node), line, problems);
    }
    for (const child of children) visit(child, line);
  };
  visit(root, 1);
  return problems;
}
