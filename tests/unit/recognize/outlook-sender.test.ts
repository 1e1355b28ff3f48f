/**
 * Outlook on the web: the sender is the most important person on a thread.
 * Small pages, one variant of the header each, beside the saved pages in
 * tests/fixtures/pages/outlook-thread-*.
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { text } from '@/lib/recognize/dom';

const URL_ = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2ZWQ1YjQ2LTc0ZTEtNDZkYi1h';

function read(body: string, url = URL_) {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  return recognizePage(doc, url);
}

const SUBJECT = '<div role="heading" aria-level="2"><span title="Renewal">Renewal</span></div>';
const msg = (header: string, body = '<p>Hi</p>') =>
  `<div aria-label="Email message" role="region"><div class="ZpzsS">${header}</div>` +
  `<div id="UniqueMessageBody_1" aria-label="Message body" role="document">${body}</div></div>`;
const pane = (inner: string) =>
  `<div id="ReadingPaneContainerId" role="main">${SUBJECT}${inner}</div>`;

describe('Outlook sender', () => {
  it('reads the address from the From row’s own title when its text is only a name', () => {
    const s = read(
      pane(
        msg(
          '<span aria-label="From: Carla Mendes" title="CARLA@GLOBEX.EXAMPLE">Carla Mendes</span>',
        ),
      ),
    );
    expect(s?.people[0]).toEqual({
      role: 'from',
      name: 'Carla Mendes',
      email: 'carla@globex.example',
    });
  });

  it('without any From row, takes the header’s first persona, never a To recipient or the subject', () => {
    const s = read(
      `<div id="ReadingPaneContainerId" role="main"><div role="heading" aria-level="2" title="Intro to eve@other.example">Intro to eve@other.example</div>` +
        msg(
          '<div aria-label="To: Ana Souza"><span title="ana@northwind.example">Ana Souza</span></div>' +
            '<button aria-label="Bruno  Costa&lt;BRUNO@ACME.EXAMPLE&gt;"><span>BC</span></button>',
        ) +
        '</div>',
    );
    expect(s?.people).toEqual([
      { role: 'from', name: 'Bruno Costa', email: 'bruno@acme.example' },
      { role: 'to', name: 'Ana Souza', email: 'ana@northwind.example' },
    ]);
  });

  it('with newest on top, the expanded message’s sender comes before a collapsed earlier one', () => {
    const s = read(
      pane(
        msg('<span aria-label="From: Tom Okafor">Tom Okafor&lt;TOM@NORTHWIND.EXAMPLE&gt;</span>') +
          '<div aria-label="Email message"><span aria-label="From: Hans Gruber" title="hans@nakatomi.example">Hans Gruber</span><div>preview</div></div>',
      ),
    );
    expect(s?.people.map((p) => p.email)).toEqual([
      'tom@northwind.example',
      'hans@nakatomi.example',
    ]);
  });

  it('never reads a quoted earlier message, even one outside a labelled body', () => {
    const s = read(
      pane(
        '<div aria-label="Email message"><span aria-label="From: Tom Okafor"><span>Tom Okafor</span></span>' +
          '<blockquote><span aria-label="From: Priya Raman">Priya Raman&lt;priya@globex.example&gt;</span>' +
          '<a href="mailto:priya@globex.example" title="priya@globex.example">Priya</a></blockquote>' +
          '<div id="x_divRplyFwdMsg"><b>From:</b> <span title="lena@acme.example">Lena</span></div></div>',
      ),
    );
    expect(s?.people).toEqual([{ role: 'from', name: 'Tom Okafor' }]);
  });

  it('borrows no address from a To row for a name-only sender', () => {
    const s = read(
      pane(
        msg(
          '<span aria-label="From: Tom Okafor">Tom Okafor</span>' +
            '<div aria-label="To: Ana Souza"><span title="ana@northwind.example">Ana Souza</span></div>',
        ),
      ),
    );
    expect(s?.people).toEqual([
      { role: 'from', name: 'Tom Okafor' },
      { role: 'to', name: 'Ana Souza', email: 'ana@northwind.example' },
    ]);
  });

  it('finds a reading pane without its ids from the open message, and not on a list', () => {
    const thread = read(
      `<div role="main"><div>${SUBJECT}${msg('<span aria-label="From: Carla Mendes">Carla Mendes&lt;CARLA@GLOBEX.EXAMPLE&gt;</span>')}</div></div>`,
      'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNTcw',
    );
    expect(thread?.view).toBe('thread');
    expect(thread?.people[0]?.email).toBe('carla@globex.example');
    const list = read(
      '<div role="main"><div role="heading" aria-level="2">Inbox</div><div role="listbox"><div role="option" aria-label="Carla Mendes Renewal">Carla</div></div></div>',
      'https://outlook.live.com/mail/0/inbox',
    );
    expect(list).toMatchObject({ view: 'list', people: [] });
  });
});

describe('text with a gap, as the Outlook reader reads rows', () => {
  it('keeps a name and an address in sibling spans apart', () => {
    const doc = new DOMParser().parseFromString(
      '<p><span>Peter Gibbons</span><span>PETER@INITECH.IO</span></p>',
      'text/html',
    );
    const p = doc.querySelector('p')!;
    expect(text(p)).toBe('Peter GibbonsPETER@INITECH.IO');
    expect(text(p, 200, ' ')).toBe('Peter Gibbons PETER@INITECH.IO');
  });
});
