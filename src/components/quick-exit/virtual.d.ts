/** Provided at build time by src/integrations/security-headers.ts. */
declare module 'virtual:site-security' {
  /** The quick-exit script, built and minified from quick-exit.ts; the only inline script the policy allows. */
  export const quickExitScript: string;
  /** The Content-Security-Policy for `<meta http-equiv>` (without frame-ancestors, which meta cannot carry). */
  export const metaContentSecurityPolicy: string;
}
