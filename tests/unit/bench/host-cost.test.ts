import { extensionSelfTime } from '../../bench/host-cost';

const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/mail.js';
const PAGE = 'https://mail.google.com/mail/u/0/';

describe('host-cost: the content script’s own time in a CPU profile', () => {
  it('sums the time until the next sample of every sample whose frame is the extension’s', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } },
        { id: 2, callFrame: { functionName: 'mutate', url: PAGE, lineNumber: 10 } },
        { id: 3, callFrame: { functionName: 'seen', url: EXT, lineNumber: 0 } },
        { id: 4, callFrame: { functionName: 'touches', url: EXT, lineNumber: 0 } },
      ],
      // page 100 µs, seen 50 µs, touches 30 µs, seen 20 µs, page (last: no duration)
      samples: [2, 3, 4, 3, 2],
      timeDeltas: [0, 100, 50, 30, 20],
    };
    const own = extensionSelfTime(profile);
    expect(own.ms).toBeCloseTo(0.1, 6);
    expect(own.top).toEqual([
      ['seen:0', 0.07],
      ['touches:0', 0.03],
    ]);
  });

  it('counts nothing when no frame is the extension’s, or the profile is empty', () => {
    const nodes = [{ id: 1, callFrame: { functionName: 'mutate', url: PAGE, lineNumber: 1 } }];
    expect(extensionSelfTime({ nodes, samples: [1, 1], timeDeltas: [0, 5] }).ms).toBe(0);
    expect(extensionSelfTime({ nodes }).ms).toBe(0);
  });
});
