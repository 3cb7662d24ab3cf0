/**
 * Walking a jsdom tree by siblings instead of through `childNodes`,
 * `children` or `querySelectorAll`: each of those builds a live collection,
 * and on a long page, done for every element, that cost dominates parsing.
 */
export function* childNodesOf(node: Node): Generator<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

export function* childElementsOf(element: Element): Generator<Element> {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) yield child;
}

/** True when some element below `element` passes `test`. */
export function someDescendant(element: Element, test: (descendant: Element) => boolean): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child) || someDescendant(child, test)) return true;
  }
  return false;
}

/** Every element below `root` (and `root` itself with `includeRoot`), in document order, as querySelectorAll('*') lists them. */
export function* descendantsOf(root: Element, includeRoot = false): Generator<Element> {
  if (includeRoot) yield root;
  let el = root.firstElementChild;
  while (el) {
    yield el;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
}
