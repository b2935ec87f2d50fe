"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const src = document.getElementById("src");
  const tip = document.getElementById("tip");
  const runs = data.runs;
  const n = runs.length / 3;
  // Start offset (UTF-16 units of the <pre>'s text) of each run.
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i] + runs[3 * i];
  const text = src.textContent;
  // Self-check, read by the tests: the runs tile the text exactly.
  document.body.dataset.runs = String(n);
  document.body.dataset.check = starts[n] === text.length ? "ok" : "length mismatch: runs " + starts[n] + ", text " + text.length;

  // Text node -> its start offset, built on first use.
  let nodeStart = null;
  function buildNodeMap() {
    nodeStart = new Map();
    const walker = document.createTreeWalker(src, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodeStart.set(node, at);
      at += node.data.length;
    }
  }
  // Line starts, built on first use (CR LF, CR and LF end lines, as in TeX).
  let lineStarts = null;
  function buildLines() {
    lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
    }
  }
  function lineCol(off) {
    if (!lineStarts) buildLines();
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= off) lo = mid; else hi = mid - 1;
    }
    let col = 1;
    for (let i = lineStarts[lo]; i < off; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return [lo + 1, col];
  }
  function runAt(off) {
    let lo = 0, hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function caretAt(x, y) {
    let node, offset;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (!p) return -1;
      node = p.offsetNode; offset = p.offset;
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      if (!r) return -1;
      node = r.startContainer; offset = r.startOffset;
    } else return -1;
    if (!node || node.nodeType !== Node.TEXT_NODE || !src.contains(node)) return -1;
    if (!nodeStart) buildNodeMap();
    const base = nodeStart.get(node);
    if (base === undefined) return -1;
    // The caret may be after the character under the pointer.
    const range = document.createRange();
    for (const o of [offset, offset - 1]) {
      if (o < 0 || o >= node.data.length) continue;
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      for (const rect of range.getClientRects()) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return base + o;
      }
    }
    // Badges draw their label in a pseudo-element: accept the caret there.
    const parent = node.parentElement;
    if (parent && (parent.classList.contains("bad") || parent.classList.contains("ctl"))) {
      const r = parent.getBoundingClientRect();
      if (x >= r.left - 30 && x <= r.right + 30 && y >= r.top - 2 && y <= r.bottom + 2) return base;
    }
    return -1;
  }
  function appendMarkdown(el, s) {
    s.split("`").forEach(function (part, i) {
      if (i % 2 === 1) {
        const code = document.createElement("code");
        code.textContent = part;
        el.appendChild(code);
      } else if (part) el.appendChild(document.createTextNode(part));
    });
  }
  // Head overrides by offset.
  const overrides = new Map();
  for (let i = 0; i + 1 < data.headOverrides.length; i += 2) overrides.set(data.headOverrides[i], data.headOverrides[i + 1]);
  // The number of catcode changes at or before `off`.
  function segmentAt(off) {
    const s = data.segments;
    let lo = 0, hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid] <= off) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  // The hover text of the character at `off`: the server's, rebuilt from
  // its head (the character and its catcode story) and its tail (the token).
  function hoverText(off) {
    const r = runAt(off);
    let start = off;
    const c = text.charCodeAt(off);
    if (c >= 0xdc00 && c <= 0xdfff && off > 0) start = off - 1;
    const cp = text.codePointAt(start);
    let head = overrides.get(start);
    if (head === undefined) head = data.headKeys[cp + "," + segmentAt(start)];
    if (head === undefined) head = 0;
    // The tail's NUL stands for the character's own code.
    const own = "U+" + cp.toString(16).toUpperCase().padStart(4, "0");
    const tail = data.hovers[runs[3 * r + 2]].replace("\u0000", own);
    return [start, cp, data.heads[head] + (tail ? "\n\n" + tail : "")];
  }
  window.texlexHover = function (off) { return hoverText(off)[2]; };
  function describe(off) {
    const r = runAt(off);
    const cat = data.cats[runs[3 * r + 1]];
    const [start, cp, hover] = hoverText(off);
    const [line, col] = lineCol(start);
    const frag = document.createDocumentFragment();
    const head = document.createElement("div");
    const catEl = document.createElement("span");
    catEl.className = "cat";
    catEl.textContent = cat;
    head.appendChild(catEl);
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = "  line " + line + ", column " + col;
    head.appendChild(where);
    frag.appendChild(head);
    for (const para of hover.split("\n\n")) {
      const h = document.createElement("div");
      h.className = "p";
      appendMarkdown(h, para);
      frag.appendChild(h);
    }
    for (const d of data.diags) {
      if ((d[0] <= off && off < d[1]) || (d[0] === d[1] && d[0] === off)) {
        const el = document.createElement("div");
        el.className = "d " + (d[2] ? "error" : "warning");
        appendMarkdown(el, d[3] + ":" + d[4] + ": " + (d[2] ? "error" : "warning") + ": " + d[5]);
        frag.appendChild(el);
      }
    }
    return frag;
  }
  let pending = null, shown = -1;
  function update() {
    const ev = pending;
    pending = null;
    const off = caretAt(ev.clientX, ev.clientY);
    if (off < 0 || n === 0) {
      tip.hidden = true;
      shown = -1;
      return;
    }
    if (off !== shown) {
      tip.replaceChildren(describe(off));
      shown = off;
    }
    tip.hidden = false;
    const w = tip.offsetWidth, h = tip.offsetHeight;
    let left = ev.clientX + 14, top = ev.clientY + 18;
    if (left + w > window.innerWidth - 4) left = Math.max(4, window.innerWidth - w - 4);
    if (top + h > window.innerHeight - 4) top = Math.max(4, ev.clientY - h - 10);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  src.addEventListener("mousemove", function (ev) {
    if (tip.classList.contains("pinned")) {
      tip.classList.remove("pinned");
      tip.style.right = "";
    }
    if (pending === null) requestAnimationFrame(update);
    pending = ev;
  });
  src.addEventListener("mouseleave", function () {
    tip.hidden = true;
    shown = -1;
  });
  // `#hover=N` in the address shows the hover box of the character at
  // UTF-16 offset N, pinned: for tests and for sharing a link.
  const probe = /(?:^#|&)hover=(\d+)/.exec(location.hash);
  if (probe && n > 0) {
    const off = Math.min(Number(probe[1]), Math.max(0, text.length - 1));
    tip.replaceChildren(describe(off));
    tip.hidden = false;
    tip.classList.add("pinned");
    tip.style.right = "16px";
    tip.style.top = "16px";
    tip.dataset.offset = String(off);
  }
  // A click on a diagnostic in the list: scroll to it and flash it.
  document.getElementById("diagnostics").addEventListener("click", function (ev) {
    const a = ev.target.closest("a[data-d]");
    if (!a) return;
    const target = document.getElementById("d" + a.dataset.d);
    if (!target) return;
    ev.preventDefault();
    const el = target.tagName === "A" && target.parentElement !== src ? target.parentElement : target;
    target.scrollIntoView({ block: "center" });
    history.replaceState(null, "", "#d" + a.dataset.d);
    el.classList.add("flash");
    setTimeout(function () { el.classList.remove("flash"); }, 1200);
  });
})();
