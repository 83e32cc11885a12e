/** `text` as the source of a regular expression that matches that text and nothing else. */
export const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * Ids of the modules Vite makes of the Markdown and MDX files under `folder` (an absolute path,
 * ending in a separator), with or without a query (`post.mdx?astroContentRender`).
 */
export const markdownModulesIn = (folder: string): RegExp =>
  new RegExp(`^${escapeRegExp(folder.replaceAll('\\', '/'))}[^?]*\\.mdx?(?:\\?|$)`);
