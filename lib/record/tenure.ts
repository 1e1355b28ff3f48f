const YEAR = 365.25 * 24 * 60 * 60 * 1000;

/**
 * How long they have been a customer: since the customer was added or their
 * first meeting, whichever was earlier, in years with one decimal.
 */
export function yearsAsCustomer(
  customerCreatedAt: number,
  firstMeetingAt: number | null,
  now: number,
): number {
  const since = Math.min(customerCreatedAt, firstMeetingAt ?? customerCreatedAt);
  return Math.max(0, Math.floor(((now - since) / YEAR) * 10) / 10);
}
