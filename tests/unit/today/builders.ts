import {
  commitmentSchema,
  customerSchema,
  goalSchema,
  meetingSchema,
  newsSchema,
  noteSchema,
  type Commitment,
  type Customer,
  type Goal,
  type Meeting,
  type News,
  type Note,
} from '@/lib/db/models';

/** Valid rows with only what a test cares about; times default to `at`. */
let n = 0;
const nextId = (p: string) => `${p}-${++n}`;

export function customer(name: string, at: number, extra: Partial<Customer> = {}): Customer {
  return customerSchema.parse({
    id: nextId('c'),
    name,
    nameKey: name.toLowerCase(),
    nameTokens: [],
    createdAt: at,
    updatedAt: at,
    ...extra,
  });
}

export function meeting(
  customerId: string,
  startsAt: number,
  extra: Partial<Meeting> = {},
): Meeting {
  return meetingSchema.parse({
    id: nextId('m'),
    customerId,
    title: 'Call',
    startsAt,
    createdAt: startsAt,
    updatedAt: startsAt,
    ...extra,
  });
}

export function promise(
  customerId: string,
  owner: 'us' | 'them',
  dueAt: number | null,
  extra: Partial<Commitment> = {},
): Commitment {
  return commitmentSchema.parse({
    id: nextId('p'),
    customerId,
    text: `${owner} promise`,
    owner,
    dueAt,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  });
}

export function note(customerId: string, createdAt: number, body = 'said hello'): Note {
  return noteSchema.parse({ id: nextId('n'), customerId, body, createdAt, updatedAt: createdAt });
}

export function newsItem(customerId: string, createdAt: number, extra: Partial<News> = {}): News {
  return newsSchema.parse({
    id: nextId('news'),
    customerId,
    text: 'Something they want to know',
    createdAt,
    updatedAt: createdAt,
    ...extra,
  });
}

export function goal(customerId: string, createdAt: number, extra: Partial<Goal> = {}): Goal {
  return goalSchema.parse({
    id: nextId('g'),
    customerId,
    statement: 'Cut onboarding from 6 weeks to 2',
    createdAt,
    updatedAt: createdAt,
    ...extra,
  });
}

/** Runs `fn` with the process in time zone `tz` (Node re-reads TZ when it is set). */
export function inTimeZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
