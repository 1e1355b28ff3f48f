/**
 * The file "Report this page" downloads: one JSON document, versioned, that a
 * unit test can turn back into a fixture (./fixture.ts). Built only from the
 * redacted structure and signal; the seller attaches it to a bug report
 * themselves, nothing is sent.
 */
import { z } from '../zod';
import { pageSignalSchema } from '../messaging/schema';
import type { PageSignal } from '../recognize/signal';
import type { PageStructure, StructureElement } from './page-structure';
import { redactSignal, redactStructure, type KeepList } from './redact';
import { structureElementSchema } from './structure-schema';
import { urlPattern } from './url-pattern';

export const REPORT_FORMAT = 'callprep-page-report';
export const REPORT_VERSION = 1;

export type PageReport = {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** ISO time the report was made */
  createdAt: string;
  /** the page's URL pattern (./url-pattern.ts) */
  url: string;
  /** what Callprep recognized on the page, redacted; null: nothing */
  signal: PageSignal | null;
  /** the strings the seller chose to keep as they are */
  kept: string[];
  /** the content script stopped at its node or depth cap */
  truncated: boolean;
  page: StructureElement;
};

export const pageReportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  createdAt: z.iso.datetime(),
  url: z.string().max(4000),
  signal: pageSignalSchema.nullable(),
  kept: z.array(z.string().max(200)).max(1000),
  truncated: z.boolean(),
  page: structureElementSchema,
}) satisfies z.ZodType<PageReport>;

export function buildPageReport({
  structure,
  signal,
  keep,
  now,
}: {
  structure: PageStructure;
  signal: PageSignal | null;
  keep: KeepList;
  now: number;
}): PageReport {
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: new Date(now).toISOString(),
    url: urlPattern(structure.url),
    signal: signal ? redactSignal(signal, keep) : null,
    kept: [...keep].sort(),
    truncated: structure.truncated,
    page: redactStructure(structure.root, keep, structure.url),
  };
}

export function reportFileText(report: PageReport): string {
  return `${JSON.stringify(report, null, 1)}\n`;
}

/** e.g. callprep-report-hubspot-2025-03-04.json */
export function reportFileName(report: PageReport): string {
  return `callprep-report-${report.signal?.site ?? 'page'}-${report.createdAt.slice(0, 10)}.json`;
}

/** A report file's text, checked: throws on anything that is not one. */
export function parsePageReport(text: string): PageReport {
  return pageReportSchema.parse(JSON.parse(text));
}
