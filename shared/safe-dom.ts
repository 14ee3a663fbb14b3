// DOM reads that a hostile page cannot redirect, for code that runs on any
// page (the content script) and in Node on linkedom (the command-line scanner).
//
// DOM clobbering: on `document` and on every `<form>`, named elements shadow
// built-in members. `<img name="querySelector">` makes document.querySelector
// an <img>; `<form><input name="firstChild"></form>` makes form.firstChild an
// <input>; `<input name="attributes">` replaces form.attributes. The browser
// shows them as own properties of the object, so reading a member from the
// object's prototype chain (never from the object itself) always gets the
// real accessor: prototypes are not clobberable, and Object.getPrototypeOf is
// an internal operation a page cannot intercept.
//
// linkedom keeps some members (nodeType, localName, parentNode) as plain own
// data properties with nothing on the prototype; it has no clobbering, so
// when no prototype defines a member the object's own value is the real one.
//
// Ships in: content.js, engine.js, sidebar-ui.js, save, and the scan command.

type Read = (obj: object) => unknown;

const readers = new WeakMap<object, Map<string, Read>>();

function descriptorOnChain(proto: object | null, name: string): PropertyDescriptor | undefined {
  for (let p = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** How to read `name` from objects with this prototype, built once and cached. */
function readerFor(proto: object | null, name: string): Read {
  if (proto === null) return (obj) => (obj as Record<string, unknown>)[name];
  let byName = readers.get(proto);
  if (!byName) {
    byName = new Map();
    readers.set(proto, byName);
  }
  let read = byName.get(name);
  if (!read) {
    const d = descriptorOnChain(proto, name);
    const getter = d?.get;
    if (getter) read = (obj) => getter.call(obj);
    else if (d && 'value' in d) {
      const value: unknown = d.value;
      read = () => value;
    } else read = (obj) => (obj as Record<string, unknown>)[name];
    byName.set(name, read);
  }
  return read;
}

/** `obj[name]`, read through the prototype's accessor so a named element cannot stand in for it. */
export function safeGet(obj: object, name: string): unknown {
  return readerFor(Object.getPrototypeOf(obj) as object | null, name)(obj);
}

/** `obj[name](...args)` with the method taken from the prototype; undefined when there is no such method. */
export function safeCall(obj: object, name: string, ...args: unknown[]): unknown {
  const fn = safeGet(obj, name);
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown).apply(obj, args) : undefined;
}

/**
 * The handful of node members a tree walk reads for every node, resolved once
 * per prototype: one prototype lookup and one map read per node, not per member.
 */
export interface NodeOps {
  nodeType(n: Node): number;
  parentNode(n: Node): Node | null;
  firstChild(n: Node): Node | null;
  nextSibling(n: Node): Node | null;
  /** Elements only. */
  localName(n: Node): string;
  /** Elements only. */
  getAttribute(n: Node, name: string): string | null;
  /** Elements only: false lets a walk skip every attribute test at once. */
  hasAttributes(n: Node): boolean;
  /** Text nodes only. */
  data(n: Node): string;
}

const opsCache = new WeakMap<object, NodeOps>();

function methodOnChain(proto: object | null, name: string): ((this: unknown, ...args: unknown[]) => unknown) | null {
  const value: unknown = descriptorOnChain(proto, name)?.value;
  return typeof value === 'function' ? (value as (this: unknown, ...args: unknown[]) => unknown) : null;
}

export function nodeOps(node: Node): NodeOps {
  const proto = Object.getPrototypeOf(node) as object | null;
  const cached = proto && opsCache.get(proto);
  if (cached) return cached;
  const r = (name: string) => readerFor(proto, name);
  const nodeType = r('nodeType');
  const parentNode = r('parentNode');
  const firstChild = r('firstChild');
  const nextSibling = r('nextSibling');
  const localName = r('localName');
  const data = r('data');
  // Methods are resolved to the function itself, so a call allocates nothing.
  const getAttribute = methodOnChain(proto, 'getAttribute');
  const hasAttributes = methodOnChain(proto, 'hasAttributes');
  const ops: NodeOps = {
    nodeType: (n) => nodeType(n) as number,
    parentNode: (n) => (parentNode(n) as Node | null) ?? null,
    firstChild: (n) => (firstChild(n) as Node | null) ?? null,
    nextSibling: (n) => (nextSibling(n) as Node | null) ?? null,
    localName: (n) => String(localName(n) ?? ''),
    getAttribute: getAttribute
      ? (n, name) => (getAttribute.call(n, name) as string | null | undefined) ?? null
      : () => null,
    hasAttributes: hasAttributes ? (n) => hasAttributes.call(n) !== false : () => true,
    data: (n) => String(data(n) ?? ''),
  };
  if (proto) opsCache.set(proto, ops);
  return ops;
}
