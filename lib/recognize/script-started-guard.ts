/**
 * WXT stops a content script when a newer copy of it starts: the newer one
 * dispatches `<extension id>:<script>:wxt:content-script-started` on the
 * document and the older one invalidates itself. The page can dispatch that event
 * too (the id of a published extension is public), and would switch recognition
 * off. Callprep never injects a second copy into a live page (an orphaned script
 * stops by itself when its extension is gone), so the event is swallowed before
 * WXT's listener sees it: a capture listener on window runs before any listener
 * on the document. (WXT keeps the name private; this is how it builds it, 0.20.)
 */
import type { PageContext } from './in-page';

export function scriptStartedEventName(extensionId: string, script: string): string {
  return `${extensionId}:${script}:wxt:content-script-started`;
}

export function ignoreScriptStartedEvents(
  ctx: Pick<PageContext, 'signal'>,
  extensionId: string | undefined,
  script: string = import.meta.env.ENTRYPOINT,
): void {
  if (!extensionId) return;
  window.addEventListener(
    scriptStartedEventName(extensionId, script),
    (event) => event.stopImmediatePropagation(),
    { capture: true, signal: ctx.signal },
  );
}
