"use strict";
// The run is data in the page: nothing is fetched. Text from the program is set as text,
// never parsed as markup.
const run = JSON.parse(document.getElementById("run").textContent);
const $ = (id) => document.getElementById(id);
const LABEL = 64;
const ROW = 20;
const AXIS = 22;
let cursor = run.total_us;
let zoom = 1;
let left = 0;
let dragging = false;

const span = () => run.total_us / zoom;
const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));

function short(us) {
  const trim = (v) => v.toFixed(3).replace(/\.?0+$/, "");
  if (us >= 1e6) return trim(us / 1e6) + " s";
  if (us >= 1e3) return trim(us / 1e3) + " ms";
  return Math.round(us) + " µs";
}

function trackWidth(canvas) {
  return Math.max(1, canvas.width - LABEL);
}

function timeAt(event) {
  const canvas = $("lanes");
  const box = canvas.getBoundingClientRect();
  const x = (event.clientX - box.left) * (canvas.width / box.width);
  return left + ((x - LABEL) / trackWidth(canvas)) * span();
}

function draw() {
  const canvas = $("lanes");
  canvas.width = Math.max(320, canvas.clientWidth || 800);
  canvas.height = run.lanes.length * ROW + AXIS;
  const g = canvas.getContext("2d");
  const track = trackWidth(canvas);
  const x = (us) => LABEL + ((us - left) / span()) * track;
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.font = "12px monospace";
  g.textBaseline = "middle";
  run.lanes.forEach((lane, i) => {
    const y = i * ROW;
    g.fillStyle = "#1d1d1f";
    g.fillText(lane.name, 4, y + ROW / 2);
    for (const [start, end, state] of lane.segments) {
      const x0 = Math.max(LABEL, x(start));
      const x1 = Math.min(canvas.width, x(end));
      if (x1 < LABEL || x0 > canvas.width) continue;
      g.fillStyle = run.states[state].colour;
      g.fillRect(x0, y + 4, Math.max(1, x1 - x0), ROW - 8);
    }
  });
  const axisY = run.lanes.length * ROW;
  g.fillStyle = "#555";
  for (let k = 0; k <= 4; k++) {
    const us = left + (span() * k) / 4;
    const tx = LABEL + (track * k) / 4;
    g.fillRect(tx, axisY, 1, 5);
    g.fillText(short(us), Math.min(tx + 2, canvas.width - 60), axisY + 13);
  }
  const cx = x(cursor);
  if (cx >= LABEL && cx <= canvas.width) {
    g.fillStyle = "#d00020";
    g.fillRect(cx - 1, 0, 2, axisY);
  }
}

// The latest moment at or before the cursor.
function moment() {
  let lo = 0;
  let hi = run.moments.length - 1;
  let found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (run.moments[mid].at <= cursor) {
      found = run.moments[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function code(m) {
  const box = $("code");
  box.replaceChildren();
  const here = new Map((m ? m.at_lines : []).map(([line, who]) => [line, who]));
  run.code.forEach((text, i) => {
    const row = document.createElement("div");
    row.className = here.has(i) ? "line here" : "line";
    const num = document.createElement("span");
    num.className = "num";
    num.textContent = String(i + 1);
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = here.get(i) || "";
    const body = document.createElement("span");
    body.textContent = text;
    row.append(num, who, body);
    box.append(row);
  });
}

function panels() {
  const m = moment();
  $("locks").textContent = m ? m.locks.join("\n") : "";
  $("chans").textContent = m ? m.chans.join("\n") : "";
  const printed = run.output.slice(0, m ? m.printed : 0);
  $("output").textContent = printed.map(([who, line]) => who.padEnd(5) + " " + line).join("\n");
  code(m);
  $("at").textContent = "at " + short(cursor) + " of " + short(run.total_us);
  document.body.dataset.cursor = String(cursor);
}

function setCursor(us) {
  cursor = Math.round(clamp(us, 0, run.total_us));
  $("cursor").value = String(cursor);
  panels();
  draw();
}

function zoomAround(us, factor) {
  const at = (us - left) / span();
  zoom = clamp(zoom * factor, 1, Math.max(1, run.total_us));
  left = clamp(us - at * span(), 0, run.total_us - span());
  draw();
}

function legend() {
  const box = $("legend");
  for (const state of run.states) {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = state.colour;
    item.append(swatch, document.createTextNode(state.glyph + " " + state.name));
    box.append(item);
  }
}

function start() {
  document.title = "syncscope: " + run.title;
  $("title").textContent = run.title;
  $("lesson").textContent = run.text;
  $("predict").textContent = run.predict ? "Predict: " + run.predict : "";
  $("file").textContent = run.file;
  $("cursor").max = String(run.total_us);
  $("output-box").hidden = !run.shows.output;
  $("locks-box").hidden = !run.shows.locks;
  $("chans-box").hidden = !run.shows.chans;
  legend();
  const canvas = $("lanes");
  canvas.addEventListener("mousedown", (e) => { dragging = true; setCursor(timeAt(e)); });
  window.addEventListener("mousemove", (e) => { if (dragging) setCursor(timeAt(e)); });
  window.addEventListener("mouseup", () => { dragging = false; });
  canvas.addEventListener("wheel", (e) => {
    e.preventDefault();
    zoomAround(timeAt(e), e.deltaY < 0 ? 1.25 : 0.8);
  }, { passive: false });
  $("cursor").addEventListener("input", (e) => setCursor(Number(e.target.value)));
  $("zoom-in").addEventListener("click", () => zoomAround(cursor, 2));
  $("zoom-out").addEventListener("click", () => zoomAround(cursor, 0.5));
  $("fit").addEventListener("click", () => { zoom = 1; left = 0; draw(); });
  window.addEventListener("keydown", (e) => {
    const step = span() / 100;
    if (e.key === "+" || e.key === "=") zoomAround(cursor, 2);
    else if (e.key === "-") zoomAround(cursor, 0.5);
    else if (e.key === "0") { zoom = 1; left = 0; draw(); }
    else if (e.key === "ArrowLeft") setCursor(cursor - step);
    else if (e.key === "ArrowRight") setCursor(cursor + step);
  });
  window.addEventListener("resize", draw);
  window.addEventListener("hashchange", followHash);
  followHash();
}

// `#at=US` puts the cursor there: a link to one moment of the run.
function followHash() {
  const asked = /^#at=(\d+)$/.exec(window.location.hash);
  setCursor(asked ? Number(asked[1]) : run.total_us);
}

start();
