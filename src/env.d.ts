declare namespace App {
  interface Locals {
    /** Set by pages that show a campaign's content: its help-line region and donation page (src/lib/help-context.ts). */
    help?: import('./lib/help-context.ts').HelpContext;
  }
}
