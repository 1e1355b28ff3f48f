/**
 * The address of a calendar feed as the seller pasted it, made the one Callprep
 * fetches: webcal:// (what calendars publish for subscribing) is https://;
 * anything but https is refused, since the feed carries the seller's meetings.
 */
export type FeedAddress = { url: string; origin: string };

export function feedAddress(input: string): FeedAddress | { error: string } {
  const text = input.trim().replace(/^webcals?:\/\//i, 'https://');
  if (text === '') return { error: 'Paste the calendar’s ICS address.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'This is not a web address. Paste the calendar’s ICS address (https://…).' };
  }
  if (url.protocol !== 'https:') {
    return {
      error:
        'Callprep fetches calendars only over https://, so nobody on the network can read them.',
    };
  }
  if (url.username || url.password) {
    return { error: 'Paste the address without a user name or password in it.' };
  }
  url.hash = '';
  return { url: url.href, origin: `https://${url.host}/*` };
}
