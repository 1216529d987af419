// Measurements run inside the page. Each entry point takes WebDriver's arguments and ends by
// calling the last one with its result.

// Installed before each document loads (CDP Page.addScriptToEvaluateOnNewDocument): notes the
// end of the frame that first shows a list row.
const WATCH_FIRST_ROW = `
  window.__benchFirstRow = null;
  new MutationObserver((_, mo) => {
    if (!document.querySelector('tbody tr')) return;
    mo.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__benchFirstRow = performance.now(); }, 0));
  }).observe(document, { subtree: true, childList: true });
`;

async function watchScript() {
  return WATCH_FIRST_ROW;
}

// After a cold load: when the first list row was shown, when the list's response ended, and
// what the page fetched.
async function coldLoad(listPath) {
  while (window.__benchFirstRow === null) await new Promise((r) => setTimeout(r, 10));
  const painted = window.__benchFirstRow === undefined ? null : window.__benchFirstRow;
  const resources = performance.getEntriesByType('resource');
  const list = resources.filter((r) => new URL(r.name).pathname === listPath).pop();
  const nav = performance.getEntriesByType('navigation')[0];
  const files = [nav, ...resources];
  return {
    first_row_ms: painted,
    list_response_end_ms: list ? list.responseEnd : null,
    requests: files.length,
    transfer_bytes: files.reduce((s, r) => s + (r.transferSize || 0), 0),
    encoded_bytes: files.reduce((s, r) => s + (r.encodedBodySize || 0), 0),
    decoded_bytes: files.reduce((s, r) => s + (r.decodedBodySize || 0), 0),
    list_encoded_bytes: list ? list.encodedBodySize : null,
    list_decoded_bytes: list ? list.decodedBodySize : null,
  };
}

// What the page shows that a change must alter: the first row, the summaries, the row count.
function shown() {
  const first = document.querySelector('tbody tr th');
  const summaries = [...document.querySelectorAll('.gw-pager__summary')].map((e) => e.textContent);
  return `${first ? first.textContent : ''}|${summaries.join('|')}|${document.querySelectorAll('tbody tr:not([hidden])').length}`;
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

// Sets `selector`'s value to each of `values` in turn, firing `kind` ('input' or 'change'), and
// times each: `work` from the event to the result in the DOM with style and layout done (what
// holds the frame back), `frame` from the event to the end of the frame that shows it.
async function changes(selector, kind, values) {
  const work = [], frame = [];
  for (const value of values) {
    await nextFrame();
    await nextFrame();
    const before = shown();
    const el = document.querySelector(selector);
    const root = document.querySelector('main') || document.body;
    const t0 = performance.now();
    const updated = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (shown() !== before) {
          mo.disconnect();
          void document.body.offsetHeight;
          resolve(performance.now());
        }
      });
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(() => { mo.disconnect(); resolve(null); }, 5000);
    });
    el.value = value;
    el.dispatchEvent(new Event(kind, { bubbles: true }));
    const t1 = await updated;
    if (t1 === null) throw new Error(`no change shown after ${selector} = ${value}`);
    const t2 = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
    work.push(t1 - t0);
    frame.push(t2 - t0);
  }
  return { work, frame };
}

// The browser's own share of showing a page of rows: the shown rows, cloned, inserted and laid
// out again without the app (median of 15), so the app's share of a change is what is above it.
async function rowFloor() {
  const body = document.querySelector('tbody');
  // The rows shown (unused row slots are hidden), put back where they were.
  const rows = [...body.children].filter((r) => !r.hidden);
  const at = rows.length ? rows[rows.length - 1].nextSibling : null;
  const times = [];
  for (let k = 0; k < 15; k++) {
    const copies = rows.map((r) => r.cloneNode(true));
    rows.forEach((r) => r.remove());
    const t0 = performance.now();
    copies.forEach((c) => body.insertBefore(c, at));
    void document.body.offsetHeight;
    times.push(performance.now() - t0);
    copies.forEach((c) => c.remove());
    rows.forEach((r) => body.insertBefore(r, at));
    void document.body.offsetHeight;
  }
  times.sort((a, b) => a - b);
  return { rows: rows.length, ms: times[7] };
}

// The wasm instance's linear memory (shell and chunks share it).
async function wasmMemory() {
  const inline = [...document.querySelectorAll('script[type=module]')].map((s) => s.textContent).join('\n');
  const glue = inline.match(/from "([^"]+\.js)"/);
  if (!glue) return null;
  const wasm = await (await import(glue[1])).default();
  return wasm.memory.buffer.byteLength;
}

const [entry, ...args] = arguments;
const done = args.pop();
({ coldLoad, changes, rowFloor, wasmMemory, watchScript })[entry](...args).then(done, (e) => done({ error: String(e) }));
