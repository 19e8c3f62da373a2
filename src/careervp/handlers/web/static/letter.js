// The letter as the reader sees it: paragraphs of selectable sentences, unverified spans highlighted, the CV facts
// behind any sentence, and a word-level comparison of two versions. Every piece of text goes in through
// textContent / createTextNode, never as HTML.

const STOP_WORDS = new Set(
  ("the and for with that this from your you our have has had was were are been being into over under about " +
    "their they them then than also which while where when what who whom will would could should can may might " +
    "more most very such each other some any all not but its it's i'm i've role team work working worked " +
    "dear hiring manager sincerely regards position company").split(" "),
);

/** Lower-case terms worth comparing: words of three letters or more and every number, minus filler words. */
export function terms(text) {
  const found = (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#%$.,'-]*/gu) || [])
    .map((t) => t.replace(/[.,'-]+$/u, "").replace(/,/g, ""))
    .filter((t) => (t.length >= 3 || /\d/.test(t)) && !STOP_WORDS.has(t));
  return new Set(found);
}

/** Rank candidate CV facts by how much of them a sentence repeats; numbers count double, since they are the facts
 * most worth tracing. Returns the best few with at least two shared terms (or one shared number). */
export function sourcesFor(sentence, facts, limit = 3) {
  const words = terms(sentence);
  const scored = [];
  for (const fact of facts) {
    const factTerms = fact.terms || (fact.terms = terms(fact.text));
    let weight = 0;
    let shared = 0;
    let numbers = 0;
    for (const t of factTerms) {
      if (!words.has(t)) continue;
      shared += 1;
      if (/\d/.test(t)) numbers += 1;
      weight += /\d/.test(t) ? 2 : 1;
    }
    if (shared >= 2 || numbers >= 1 || (fact.exact && shared >= 1)) {
      scored.push({ fact, score: weight / Math.sqrt(Math.max(1, factTerms.size)) });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((s) => s.fact);
}

function sentenceRanges(text, start, locale) {
  const out = [];
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    const segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
    for (const seg of segmenter.segment(text)) out.push([start + seg.index, start + seg.index + seg.segment.length]);
    return out;
  }
  const re = /[^.!?]+(?:[.!?]+["')\]]*\s*|$)/g;
  let m;
  while ((m = re.exec(text)) && m[0]) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

/** Violations with a usable [start, end) in `content`: the reported span, else the first place `found` occurs. */
export function violationRanges(content, violations) {
  const ranges = [];
  (violations || []).forEach((v, index) => {
    let s = Number.isInteger(v.span_start) ? v.span_start : -1;
    let e = Number.isInteger(v.span_end) ? v.span_end : -1;
    if (!(s >= 0 && e > s && e <= content.length) && v.found) {
      s = content.toLowerCase().indexOf(String(v.found).toLowerCase());
      e = s >= 0 ? s + String(v.found).length : -1;
    }
    if (s >= 0 && e > s) ranges.push({ start: s, end: Math.min(e, content.length), index, violation: v });
  });
  return ranges;
}

/** Fill `container` with the letter. `onSelect(sentenceText, element)` runs when a sentence is chosen. */
export function renderLetter(container, content, violations, onSelect, locale) {
  container.replaceChildren();
  const marks = violationRanges(content, violations);
  const paragraphRe = /\n[ \t]*\n+/g;
  let paraStart = 0;
  const paragraphs = [];
  let m;
  while ((m = paragraphRe.exec(content))) {
    paragraphs.push([paraStart, m.index]);
    paraStart = m.index + m[0].length;
  }
  paragraphs.push([paraStart, content.length]);
  for (const [ps, pe] of paragraphs) {
    if (pe <= ps) continue;
    const p = document.createElement("p");
    for (const [ss, se] of sentenceRanges(content.slice(ps, pe), ps, locale)) {
      const sentence = document.createElement("span");
      sentence.className = "sentence";
      sentence.tabIndex = 0;
      sentence.setAttribute("role", "button");
      appendPieces(sentence, content, ss, se, marks);
      const text = content.slice(ss, se).trim();
      if (!text) {
        p.append(document.createTextNode(content.slice(ss, se)));
        continue;
      }
      sentence.dataset.start = String(ss);
      const choose = () => onSelect(text, sentence);
      sentence.addEventListener("click", choose);
      sentence.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter" || ev.key === " ") {
          ev.preventDefault();
          choose();
        }
      });
      p.append(sentence);
    }
    container.append(p);
  }
}

function appendPieces(parent, content, start, end, marks) {
  const cuts = new Set([start, end]);
  for (const r of marks) {
    if (r.end <= start || r.start >= end) continue;
    cuts.add(Math.max(start, r.start));
    cuts.add(Math.min(end, r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i += 1) {
    const [a, b] = [points[i], points[i + 1]];
    const text = content.slice(a, b);
    const hit = marks.find((r) => r.start <= a && r.end >= b);
    if (!hit) {
      parent.append(document.createTextNode(text));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = "unverified " + String(hit.violation.severity || "").toLowerCase();
    mark.dataset.violation = String(hit.index);
    mark.title = hit.violation.message || "Not verified against your CV";
    mark.textContent = text;
    parent.append(mark);
  }
}

/** Word-level difference of two texts (longest common subsequence), as [op, text] with op in "=", "-", "+". */
export function diffWords(a, b) {
  const x = a.split(/(\s+)/).filter(Boolean);
  const y = b.split(/(\s+)/).filter(Boolean);
  if (x.length * y.length > 4_000_000) return [["-", a], ["+", b]]; // far beyond any letter; do not hang the tab
  const cols = y.length + 1;
  const table = new Uint32Array((x.length + 1) * cols);
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      table[i * cols + j] =
        x[i] === y[j] ? table[(i + 1) * cols + j + 1] + 1 : Math.max(table[(i + 1) * cols + j], table[i * cols + j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  const push = (op, t) => {
    const last = ops[ops.length - 1];
    if (last && last[0] === op) last[1] += t;
    else ops.push([op, t]);
  };
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      push("=", x[i]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * cols + j] >= table[i * cols + j + 1]) {
      push("-", x[i]);
      i += 1;
    } else {
      push("+", y[j]);
      j += 1;
    }
  }
  while (i < x.length) push("-", x[i++]);
  while (j < y.length) push("+", y[j++]);
  return ops;
}

/** One side of the comparison: common text plain, this side's own words marked (<del> left, <ins> right). */
export function renderDiffSide(container, ops, side) {
  container.replaceChildren();
  const own = side === "left" ? "-" : "+";
  for (const [op, text] of ops) {
    if (op === "=") container.append(document.createTextNode(text));
    else if (op === own) {
      const el = document.createElement(side === "left" ? "del" : "ins");
      el.textContent = text;
      container.append(el);
    }
  }
}
