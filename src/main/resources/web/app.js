// wirewatch newsroom page: live alerts (Server-Sent Events), stories, and a story's timeline and figure
// charts. Every piece of wire text goes into the page with textContent, never as HTML.
'use strict';

const TOKEN = new URLSearchParams(location.search).get('token');
const SVG_NS = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1565c0', '#c62828', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#5d4037', '#ad1457'];
const state = { alerts: new Map(), stories: [], storyId: null };

function withToken(path) {
  if (!TOKEN) return path;
  return path + (path.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(TOKEN);
}

async function api(path) {
  const r = await fetch(withToken(path), { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
  return r.json();
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function token(s) { return String(s || '').toLowerCase().replace(/[^a-z0-9]+/g, '-'); }

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? '' : d.toISOString().replace('T', ' ').slice(0, 16) + 'Z';
}

function setStatus(text, cls) {
  const s = document.getElementById('status');
  s.textContent = text;
  s.className = 'status ' + (cls || '');
}

// ---- alerts ----------------------------------------------------------------------------------------

function addAlert(a) {
  if (!a || !a.id || state.alerts.has(a.id)) return false;
  state.alerts.set(a.id, a);
  for (const [id, value] of [['f-type', a.type], ['f-desk', a.desk], ['f-agency', a.agency]]) addOption(id, value);
  return true;
}

function addOption(selectId, value) {
  if (!value) return;
  const sel = document.getElementById(selectId);
  if ([...sel.options].some(o => o.value === value)) return;
  const o = el('option', null, value);
  o.value = value;
  sel.appendChild(o);
}

function filtered() {
  const f = id => document.getElementById(id).value;
  const [type, desk, agency] = [f('f-type'), f('f-desk'), f('f-agency')];
  return [...state.alerts.values()]
    .filter(a => (!type || a.type === type) && (!desk || a.desk === desk) && (!agency || a.agency === agency))
    .sort((x, y) => String(y.raisedAt || '').localeCompare(String(x.raisedAt || '')) || x.id.localeCompare(y.id));
}

function renderAlerts() {
  const list = document.getElementById('alerts');
  const shown = filtered();
  list.replaceChildren(...shown.slice(0, 300).map(alertItem));
  document.getElementById('alert-count').textContent = '(' + shown.length + ')';
  document.getElementById('alerts-empty').hidden = shown.length > 0;
}

function alertItem(a) {
  const sev = token(a.severity);
  const li = el('li', 'alert sev-' + sev);
  li.dataset.id = a.id;
  li.dataset.type = a.type || '';
  const line1 = el('div', 'line1');
  line1.append(el('span', 'badge sev sev-' + sev, a.severity), el('span', 'badge type', a.type),
    el('span', 'time', when(a.raisedAt)), el('span', 'agency', a.agency || ''));
  if (a.desk) line1.append(el('span', 'badge desk', 'desk ' + a.desk));
  const story = el('a', 'story-link', a.storyHeadline || a.story);
  story.href = '#story/' + encodeURIComponent(a.story);
  li.append(line1, el('div', 'title', a.title || a.type), el('div', 'text', a.text || ''), story);
  return li;
}

function connectStream() {
  const es = new EventSource(withToken('/api/alerts/stream'));
  es.onopen = () => setStatus('live', 'live');
  es.onerror = () => setStatus('reconnecting…', 'down');
  es.addEventListener('alert', e => {
    let a;
    try { a = JSON.parse(e.data); } catch (err) { return; }
    if (addAlert(a)) {
      renderAlerts();
      scheduleStories();
      if (state.storyId && a.story === state.storyId) loadStory(state.storyId);
    }
  });
}

async function loadAlerts() {
  try {
    (await api('/api/alerts?limit=500')).forEach(addAlert);
    renderAlerts();
  } catch (err) { setStatus('alerts unavailable', 'down'); }
}

// ---- stories ---------------------------------------------------------------------------------------

let storiesTimer = null;
function scheduleStories() {
  if (storiesTimer) return;
  storiesTimer = setTimeout(() => { storiesTimer = null; loadStories(); }, 500);
}

async function loadStories() {
  try {
    state.stories = await api('/api/stories?limit=200');
    renderStories();
  } catch (err) { /* keep the last list; the next refresh tries again */ }
}

function levelBadge(level) {
  return level ? el('span', 'badge level level-' + token(level), level) : el('span', 'muted', '–');
}

function renderStories() {
  const body = document.querySelector('#stories tbody');
  body.replaceChildren(...state.stories.map(s => {
    const tr = el('tr', 'story-row');
    tr.dataset.id = s.id;
    const link = el('a', 'story-link', s.headline || s.id);
    link.href = '#story/' + encodeURIComponent(s.id);
    const agencies = el('td', 'agencies');
    (s.agencies || []).forEach(a => agencies.append(el('span', 'badge agency', a), ' '));
    (s.languages || []).forEach(l => agencies.append(el('span', 'badge lang', l), ' '));
    const level = el('td');
    level.append(levelBadge(s.level));
    const head = el('td');
    head.append(link);
    tr.append(head, agencies, el('td', 'num', (s.items || []).length), level, el('td', 'time', when(s.lastSeen)));
    return tr;
  }));
  document.getElementById('story-count').textContent = '(' + state.stories.length + ')';
  document.getElementById('stories-empty').hidden = state.stories.length > 0;
}

// ---- one story -------------------------------------------------------------------------------------

async function loadStory(id) {
  let s;
  try { s = await api('/api/stories/' + encodeURIComponent(id)); } catch (err) {
    document.getElementById('story-headline').textContent = 'Story not found';
    return;
  }
  if (state.storyId !== id) return;
  document.getElementById('story-headline').textContent = s.headline || s.id;
  const meta = document.getElementById('story-meta');
  meta.replaceChildren(levelBadge(s.level), ...(s.agencies || []).map(a => el('span', 'badge agency', a)),
    el('span', null, (s.items || []).length + ' items'), el('span', null, 'first ' + when(s.firstSeen)),
    el('span', null, 'last ' + when(s.lastSeen)));
  if (s.domain) meta.append(el('span', 'badge', s.domain));
  (s.languages || []).forEach(l => meta.append(el('span', 'badge lang', l)));
  renderCharts(s.figures || []);
  renderTimeline(s.items || []);
}

function renderTimeline(items) {
  const sorted = [...items].sort((a, b) =>
    String(a.versionCreated || a.receivedAt || '').localeCompare(String(b.versionCreated || b.receivedAt || '')));
  document.getElementById('timeline').replaceChildren(...sorted.map(i => {
    const li = el('li', 'item status-' + token(i.status));
    const version = i.version ? 'v' + i.version : '';
    // An undated item keeps "no date": its receipt time is shown, named as such, never passed off as its own.
    const time = i.versionCreated ? when(i.versionCreated)
      : (i.receivedAt ? 'received ' + when(i.receivedAt) + ' (undated)' : 'undated');
    li.append(el('span', 'time', time),
      el('span', 'badge status status-' + token(i.status), i.status), el('span', 'agency', i.agency || ''),
      el('span', 'headline', i.headline || ''));
    const src = [i.source, version, i.duplicateOf ? 'duplicate of ' + i.duplicateOf : ''].filter(Boolean).join(' · ');
    li.append(el('span', 'src', src));
    return li;
  }));
}

function renderCharts(figures) {
  const byMetric = new Map();
  figures.forEach(f => {
    if (!byMetric.has(f.metric)) byMetric.set(f.metric, []);
    byMetric.get(f.metric).push(f);
  });
  const charts = [...byMetric.entries()].map(([metric, series]) => chart(metric, series));
  document.getElementById('charts').replaceChildren(...charts);
  document.getElementById('charts-empty').hidden = charts.length > 0;
}

function chart(metric, series) {
  const W = 640, H = 240, L = 48, R = 90, T = 14, B = 30;
  const pts = series.flatMap(s => s.points || []);
  const times = pts.map(p => Date.parse(p.at)).filter(t => !isNaN(t));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  if (!times.length) { t0 = 0; t1 = 1; }
  if (t0 === t1) { t0 -= 3600e3; t1 += 3600e3; }
  const vmax = Math.max(1, ...pts.map(p => Number(p.value) || 0)) * 1.15;
  const x = t => L + (W - L - R) * ((isNaN(t) ? t0 : t) - t0) / (t1 - t0);
  const y = v => H - B - (H - T - B) * (Number(v) || 0) / vmax;
  const root = svg('svg', { class: 'figure-chart', viewBox: `0 0 ${W} ${H}`, role: 'img',
    'data-metric': metric, 'data-points': pts.length });
  root.append(svg('title', {}, metric + ' over time'),
    svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }),
    svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }),
    svg('text', { class: 'tick', x: L - 6, y: H - B, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'tick', x: L - 6, y: y(vmax / 1.15) + 4, 'text-anchor': 'end' }, Math.round(vmax / 1.15)),
    svg('text', { class: 'tick', x: L, y: H - 8 }, when(new Date(t0).toISOString())),
    svg('text', { class: 'tick', x: W - R, y: H - 8, 'text-anchor': 'end' }, when(new Date(t1).toISOString())));
  const legend = el('div', 'legend');
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const sp = [...(s.points || [])].sort((a, b) => String(a.at).localeCompare(String(b.at)));
    const g = svg('g', { class: 'series', 'data-subject': s.subject || '' });
    g.append(svg('polyline', { fill: 'none', stroke: colour, 'stroke-width': 2,
      points: sp.map(p => x(Date.parse(p.at)) + ',' + y(p.value)).join(' ') }));
    sp.forEach(p => {
      const c = svg('circle', { class: 'point', cx: x(Date.parse(p.at)), cy: y(p.value), r: 4, fill: colour });
      c.append(svg('title', {}, `${s.subject}: ${p.qualifier && p.qualifier !== 'exact' ? p.qualifier + ' ' : ''}` +
        `${p.value} (${p.agency || '?'}, ${when(p.at)})${p.sentence ? ' — ' + p.sentence : ''}`));
      const dy = i % 2 === 0 ? -7 : 15; // alternate sides so close points of two subjects stay readable
      g.append(c, svg('text', { class: 'point-label', x: x(Date.parse(p.at)) + 6, y: y(p.value) + dy },
        `${p.value} ${p.agency || ''}`.trim()));
    });
    root.append(g);
    const key = el('span', 'key');
    const sw = el('span', 'swatch');
    sw.style.background = colour;
    key.append(sw, document.createTextNode(s.subject || s.key || metric));
    legend.append(key);
  });
  const box = el('div', 'chart');
  box.append(el('h4', null, metric), root, legend);
  return box;
}

// ---- routing ---------------------------------------------------------------------------------------

function route() {
  const m = location.hash.match(/^#story\/(.+)$/);
  state.storyId = m ? decodeURIComponent(m[1]) : null;
  document.getElementById('story').hidden = !state.storyId;
  document.getElementById('stories-pane').hidden = !!state.storyId;
  if (state.storyId) loadStory(state.storyId); else loadStories();
}

['f-type', 'f-desk', 'f-agency'].forEach(id => document.getElementById(id).addEventListener('change', renderAlerts));
window.addEventListener('hashchange', route);
connectStream();
loadAlerts();
route();
setInterval(() => { if (state.storyId) loadStory(state.storyId); else loadStories(); }, 5000);
