/**
 * A report back into a recognizer fixture: the skeleton as an HTML document
 * (placeholders where the page's words were) and the URL pattern to read it
 * at, so a seller's report becomes a regression test in one step.
 */
import type { PageSignal } from '../recognize/signal';
import type { PageReport } from './format';
import type { StructureElement } from './page-structure';

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The element as HTML; names were checked by the report's schema, values are escaped. */
export function htmlOf(el: StructureElement): string {
  const attrs = el.attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (VOID.has(el.tag)) return `<${el.tag}${attrs}>`;
  const inner = el.children
    .map((child) => (typeof child === 'string' ? escapeText(child) : htmlOf(child)))
    .join('');
  return `<${el.tag}${attrs}>${inner}</${el.tag}>`;
}

export type ReportFixture = { url: string; html: string; expected: PageSignal | null };

export function fixtureFromReport(report: PageReport): ReportFixture {
  const html = `<!doctype html>\n${htmlOf(report.page)}\n`;
  return { url: report.url, html, expected: report.signal };
}
