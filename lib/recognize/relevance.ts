/**
 * Does a batch of DOM mutations touch anything a recognizer reads? Gmail and
 * Salesforce mutate all the time (clocks, chat, spinners, cached views kept up
 * to date out of sight); skipping unrelated churn keeps recognitions to real
 * changes. Bounded: a huge batch is simply treated as relevant (the debounce
 * still applies).
 */
import { hidden } from './dom';

const MAX_RECORDS = 300;

/** The node is a key node, sits inside one, or (for attribute changes) contains one. */
function touches(node: Node, selector: string, orContains: boolean): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.closest(selector) !== null) return true;
  return orContains && node.nodeType === 1 && el.querySelector(selector) !== null;
}

/**
 * An added or removed subtree is or holds a key node. Only called once the
 * record's target is known to sit outside every key node, so what is above a
 * child is already answered (a text child: entirely): asking `closest` again per
 * child would walk the same ancestors each time, on every clock tick of a busy page.
 */
function holdsKey(nodes: NodeList, selector: string): boolean {
  for (const n of nodes)
    if (
      n.nodeType === 1 &&
      ((n as Element).matches(selector) || (n as Element).querySelector(selector))
    )
      return true;
  return false;
}

/** Inside a subtree the markup hides (hidden, aria-hidden, inline display:none). */
function outOfSight(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && hidden(el);
}

export function isRelevantMutation(
  records: readonly MutationRecord[],
  selector: string | undefined,
): boolean {
  if (!selector || records.length > MAX_RECORDS) return true;
  try {
    for (const r of records) {
      if (r.type === 'childList') {
        if (
          !touches(r.target, selector, false) &&
          !holdsKey(r.addedNodes, selector) &&
          !holdsKey(r.removedNodes, selector)
        )
          continue;
        // Rows arriving in a list kept hidden behind the open view change nothing shown.
        if (!outOfSight(r.target)) return true;
      } else if (touches(r.target, selector, true)) {
        // An attribute on a key node, or on a container of one (Lightning's .active,
        // Gmail's role="main", hidden / aria-hidden / style): the visible view may have
        // changed, unless an ancestor hides it anyway (the node's own attribute may be
        // the one that shows or hides it).
        const parent = r.target.parentElement;
        if (!parent || !outOfSight(parent)) return true;
      }
    }
    return false;
  } catch {
    return true; // an odd selector or node: err on the side of recognizing
  }
}
