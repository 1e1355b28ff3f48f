/** Where the seller goes from an empty Today; `newTab` from the side panel. */
export type TodayLinks = { welcome: string; data: string; calendar: string; newTab: boolean };

function Go({ href, links, children }: { href: string; links: TodayLinks; children: string }) {
  return links.newTab ? (
    <a href={href} target="_blank" rel="noopener">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  );
}

/**
 * An entirely empty Today says what to do next: with no customers, load the
 * sample or import; with customers and nothing due, bring in meetings.
 */
export function TodayEmpty({ hasCustomers, links }: { hasCustomers: boolean; links: TodayLinks }) {
  if (!hasCustomers) {
    return (
      <div className="card stack empty-workspace today-empty">
        <h2>No customers yet</h2>
        <p>
          Load the sample workspace to see Callprep at work in a minute, or create a customer from
          the page you are on.
        </p>
        <ul className="today-next">
          <li>
            <Go href={links.welcome} links={links}>
              Open the welcome page to load the sample workspace
            </Go>
          </li>
          <li>
            <Go href={links.data} links={links}>
              Import customers from your CRM (CSV)
            </Go>
          </li>
          <li>
            <Go href={links.calendar} links={links}>
              Import a calendar file (.ics)
            </Go>
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div className="card stack today-empty">
      <h2>Nothing needs you today</h2>
      <p>
        No meetings today, no promises due, no news waiting and nobody you are losing touch with.
        Think of one way to move a customer closer to their goals.
      </p>
      <p>
        <Go href={links.calendar} links={links}>
          Import a calendar file (.ics) to see your meetings here
        </Go>
      </p>
    </div>
  );
}
