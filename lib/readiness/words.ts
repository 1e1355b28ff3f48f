/** Small phrasing helpers for the reasons the readiness rules give. */

/** A text in quotes, cut to 80 characters. */
export const quote = (s: string) => `“${s.length > 80 ? `${s.slice(0, 79)}…` : s}”`;

/** "1 open goal", "2 open goals" */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
