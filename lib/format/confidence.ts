/**
 * A match's confidence in words. Sellers read "very likely", not 0.87: a number
 * suggests a precision the matcher does not have.
 */
export type ConfidenceWord = 'exact' | 'very likely' | 'likely' | 'possible';

export function confidenceInWords(confidence: number): ConfidenceWord {
  if (!Number.isFinite(confidence)) return 'possible';
  if (confidence >= 0.99) return 'exact';
  if (confidence >= 0.85) return 'very likely';
  if (confidence >= 0.6) return 'likely';
  return 'possible';
}
