export {
  parseCsv,
  decodeCsv,
  decodeCsvBytes,
  readCsvFile,
  rowNumber,
  MAX_CSV_BYTES,
  type ParsedCsv,
} from './parse';
export { ENCODING_LABELS, type CsvEncoding, type DecodedText } from './encoding';
export {
  PRESETS,
  COLUMN_FIELDS,
  COLUMN_FIELD_LABELS,
  detectPreset,
  getPreset,
  guessMapping,
  presetMapping,
  presetRefTypes,
  refTypes,
  type ColumnField,
  type CrmSystem,
  type ImportKind,
  type ImportMapping,
  type Preset,
  type RefTypes,
} from './presets';
export {
  planImport,
  planProblem,
  normalizeCrmId,
  type ImportPlan,
  type PlanOptions,
  type RejectedRow,
  type RowWarning,
} from './plan';
export { applyImport, type ImportProgress, type ImportSummary } from './apply';
export { ImportError } from '../errors';
