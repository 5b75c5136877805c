/* vigie desk: draws the JSON API as a timeline, a map, an actor network, an event table and an article
   reader. Plain JavaScript, no library. Every piece of stored text goes into the page through
   textContent or createTextNode, never as markup. */
"use strict";

(function () {
  const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  const STATUSES = ["occurred", "announced", "threatened", "claimed", "denied", "hypothetical"];
  const COLORS = {
    AGREE: "#9ecae1", CONSULT: "#6baed6", SUPPORT: "#4292c6", CONCEDE: "#2171b5",
    COOPERATE: "#a1d99b", AID: "#74c476", RETREAT: "#31a354",
    REQUEST: "#fdd0a2", ACCUSE: "#fdae6b", REJECT: "#fd8d3c", THREATEN: "#e6550d",
    PROTEST: "#fcbba1", SANCTION: "#fb6a4a", MOBILIZE: "#de2d26", COERCE: "#a50f15", ASSAULT: "#67000d",
    "verbal-cooperation": "#6baed6", "material-cooperation": "#31a354", "verbal-conflict": "#fd8d3c",
    "material-conflict": "#a50f15", other: "#999999",
  };
  const FILTERS = ["type", "country", "actor", "place", "search", "since", "until", "status"];
  const SVGNS = "http://www.w3.org/2000/svg";
  const view = document.getElementById("view");
  let world = null;
  let drawn = { timeline: false, map: false };

  // ------------------------------------------------------------------ DOM helpers (text only)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const c of children) add(node, c);
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    for (const c of children) add(node, c);
    return node;
  }
  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
  }
  function add(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { for (const c of child) add(node, c); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function link(path, text, attrs) { return el("a", Object.assign({ href: path, "data-nav": "1" }, attrs || {}), text); }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function enc(id) { return encodeURIComponent(id); }
  function actorNames(list) { return (list || []).map((a) => a.name || a.text).join(", ") || "–"; }
  function fmt(n) { return n === null || n === undefined ? "–" : Number(n).toLocaleString("en"); }

  // ------------------------------------------------------------------ fetching
  async function api(path, params) {
    const qs = params ? "?" + params.toString() : "";
    const res = await fetch("/api" + path + qs, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      const d = body && body.detail;
      const msg = Array.isArray(d) ? d.map((x) => (x.loc || []).slice(-1)[0] + ": " + x.msg).join("; ") : d;
      throw new Error(msg || res.status + " " + res.statusText);
    }
    return body;
  }
  function filterParams(extra) {
    const here = new URLSearchParams(location.search);
    const p = new URLSearchParams();
    for (const k of FILTERS) for (const v of here.getAll(k)) if (v) p.append(k, v);
    for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined && v !== "") p.set(k, v);
    return p;
  }
  function setTwin(path) {
    const a = document.getElementById("json-twin");
    a.setAttribute("href", "/api" + path);
  }
  function failure(box, err) {
    clear(box);
    box.appendChild(el("p", { class: "error", role: "alert" }, String(err.message || err)));
  }

  // ------------------------------------------------------------------ navigation and filters
  function go(url, replace) {
    if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
    route();
  }
  document.addEventListener("click", (ev) => {
    const a = ev.target.closest && ev.target.closest("a[data-nav]");
    if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    go(a.getAttribute("href"));
  });
  window.addEventListener("popstate", route);

  function initFilters() {
    const type = document.getElementById("f-type");
    for (const t of TYPES) type.appendChild(el("option", { value: t }, t));
    const status = document.getElementById("f-status");
    for (const s of STATUSES) status.appendChild(el("option", { value: s }, s));
    document.getElementById("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const k of FILTERS) {
        const v = document.getElementById("f-" + k).value.trim();
        if (v) p.set(k, v);
      }
      const path = location.pathname.match(/^\/(events|incidents|articles|quotes)\/./) ? "/" : location.pathname;
      go(path + (p.toString() ? "?" + p : ""));
    });
    document.getElementById("f-reset").addEventListener("click", () => go(location.pathname));
  }
  function showFilters() {
    const here = new URLSearchParams(location.search);
    for (const k of FILTERS) document.getElementById("f-" + k).value = here.get(k) || "";
  }
  function setFilter(name, value) {
    const p = new URLSearchParams(location.search);
    p.delete("offset");
    if (value) p.set(name, value); else p.delete(name);
    go(location.pathname + (p.toString() ? "?" + p : ""));
  }

  // ------------------------------------------------------------------ router
  async function route() {
    showFilters();
    document.getElementById("f-error").textContent = "";
    const path = location.pathname;
    clear(view);
    let m;
    try {
      if (path === "/") await overview();
      else if (path === "/events") { setTwin("/events" + location.search); await tableView(view, true); }
      else if ((m = path.match(/^\/events\/(.+)$/))) await eventView(decodeURIComponent(m[1]));
      else if ((m = path.match(/^\/articles\/(.+)$/))) await articleView(decodeURIComponent(m[1]), new URLSearchParams(location.search).get("event"));
      else if (path === "/articles") await articlesView();
      else if ((m = path.match(/^\/incidents\/(.+)$/))) await incidentView(decodeURIComponent(m[1]));
      else if (path === "/incidents") await incidentsView();
      else if (path === "/quotes") await quotesView();
      else if (path === "/actors") await actorsView();
      else if (path === "/mentions") await mentionsView();
      else view.appendChild(el("p", { class: "error" }, "No such view."));
    } catch (err) {
      failure(view, err);
    }
  }

  // ------------------------------------------------------------------ overview
  async function overview() {
    setTwin("/timeline" + location.search);
    drawn = { timeline: false, map: false };
    const tl = el("section", { id: "timeline", class: "panel wide" }, el("h2", {}, "Timeline"));
    const mp = el("section", { id: "map", class: "panel" }, el("h2", {}, "Map"));
    const nw = el("section", { id: "network", class: "panel" }, el("h2", {}, "Who acts on whom"));
    const tb = el("section", { id: "table", class: "panel wide" });
    view.append(el("div", { class: "grid" }, tl, mp, nw, tb));
    await Promise.all([
      timeline(tl).catch((e) => failure(tl, e)),
      mapPanel(mp).catch((e) => failure(mp, e)),
      network(nw).catch((e) => failure(nw, e)),
      tableView(tb, false).catch((e) => failure(tb, e)),
    ]);
  }
  function rendered(which) {
    drawn[which] = true;
    if (drawn.timeline && drawn.map && !window.__vigieRendered) window.__vigieRendered = performance.now();
  }

  // ------------------------------------------------------------------ timeline (stacked bars)
  async function timeline(box) {
    const here = new URLSearchParams(location.search);
    const bucket = here.get("bucket") || "month";
    const group = here.get("group") || "type";
    const data = await api("/timeline", filterParams({ bucket, group }));
    const controls = el("div", { class: "controls" },
      el("label", {}, "by ", choice(["day", "week", "month", "year"], bucket, (v) => setFilter("bucket", v))),
      el("label", {}, " of ", choice(["type", "quad"], group, (v) => setFilter("group", v))));
    box.appendChild(controls);
    const buckets = data.buckets;
    const undatedTotal = Object.values(data.undated).reduce((a, b) => a + b, 0);
    if (!buckets.length) {
      box.appendChild(el("p", { class: "muted" }, "No dated events match."));
      rendered("timeline");
      return;
    }
    const W = 1000, H = 220, L = 40, B = 24, T = 8;
    const max = Math.max(...buckets.map((b) => b.total));
    const bw = (W - L) / buckets.length;
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": "events over time" });
    for (const frac of [0, 0.5, 1]) {
      const y = H - B - frac * (H - B - T);
      chart.appendChild(svg("line", { x1: L, x2: W, y1: y, y2: y, class: "grid-line" }));
      chart.appendChild(svg("text", { x: L - 4, y: y + 4, class: "axis", "text-anchor": "end" }, fmt(Math.round(max * frac))));
    }
    let lastYear = null;
    buckets.forEach((b, i) => {
      let y = H - B;
      const x = L + i * bw;
      for (const k of data.keys) {
        const n = b.counts[k] || 0;
        if (!n) continue;
        const h = (n / max) * (H - B - T);
        y -= h;
        chart.appendChild(svg("rect", {
          x: x + 0.5, y, width: Math.max(1, bw - 1), height: Math.max(0.5, h), fill: COLORS[k] || "#888",
          class: "bar", "data-key": k,
          onclick: () => (data.group === "type" ? setFilter("type", k) : null),
        }, svg("title", {}, `${b.start} ${k}: ${n}`)));
      }
      const year = b.start.slice(0, 4);
      if (year !== lastYear) {
        chart.appendChild(svg("text", { x, y: H - 6, class: "axis" }, data.bucket === "year" || buckets.length < 30 ? b.start.slice(0, 7) : year));
        lastYear = year;
      }
    });
    box.appendChild(chart);
    const legend = el("div", { class: "legend" });
    for (const k of data.keys) {
      legend.appendChild(el("button", {
        type: "button", class: "key", "data-key": k,
        onclick: () => (data.group === "type" ? setFilter("type", k) : null),
      }, el("span", { class: "swatch", style: null, "data-color": k }), k));
    }
    box.appendChild(legend);
    for (const s of legend.querySelectorAll(".swatch")) s.style.background = COLORS[s.getAttribute("data-color")] || "#888";
    if (undatedTotal) box.appendChild(el("p", { class: "muted" }, `${fmt(undatedTotal)} matching events have no date.`));
    rendered("timeline");
  }
  function choice(values, current, onchange) {
    const s = el("select", { onchange: (ev) => onchange(ev.target.value) });
    for (const v of values) s.appendChild(el("option", { value: v, selected: v === current ? "selected" : null }, v));
    return s;
  }

  // ------------------------------------------------------------------ map (equirectangular, offline)
  function project(lon, lat) { return [(lon + 180) * (1000 / 360), (84 - lat) * (1000 / 360)]; }
  function ringPath(ring) {
    // a ring crossing the 180th meridian (Russia, Fiji) is cut there rather than drawn across the map
    let d = "", prev = null;
    ring.forEach(([lon, lat]) => {
      const [x, y] = project(lon, lat);
      d += (prev === null || Math.abs(lon - prev) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
      prev = lon;
    });
    return d + "Z";
  }
  async function mapPanel(box) {
    const [geo, places] = await Promise.all([
      world ? Promise.resolve(world) : fetch("/static/world.geojson").then((r) => r.json()),
      api("/places", filterParams({ limit: 400 })),
    ]);
    world = geo;
    const H = (84 + 58) * (1000 / 360);
    const chart = svg("svg", { viewBox: `0 0 1000 ${H.toFixed(0)}`, class: "chart map", role: "img", "aria-label": "map of events" });
    chart.appendChild(svg("rect", { width: 1000, height: H, class: "sea" }));
    const counts = places.countries || {};
    const cmax = Math.max(1, ...Object.values(counts));
    for (const f of geo.features) {
      let d = "";
      for (const poly of f.geometry.coordinates) for (const ring of poly) d += ringPath(ring);
      const iso = f.properties.iso3;
      const n = (iso && counts[iso]) || 0;
      const shade = n ? 0.15 + 0.6 * Math.sqrt(n / cmax) : 0;
      const path = svg("path", { d, class: "country" + (n ? " has-events" : ""), "data-iso3": iso || "",
        onclick: () => (iso ? setFilter("country", iso) : null) },
        svg("title", {}, `${f.properties.name}${n ? ": " + fmt(n) + " events" : ""}`));
      if (n) path.style.fillOpacity = String(shade);
      chart.appendChild(path);
    }
    const pmax = Math.max(1, ...places.features.map((p) => p.properties.events));
    for (const p of places.features.slice().reverse()) {
      const [x, y] = project(p.geometry.coordinates[0], p.geometry.coordinates[1]);
      const r = 2 + 14 * Math.sqrt(p.properties.events / pmax);
      chart.appendChild(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: "place",
        onclick: () => setFilter("place", p.properties.name) },
        svg("title", {}, `${p.properties.name} (${p.properties.country || "?"}): ${fmt(p.properties.events)} events`
          + (p.properties.dead ? `, ${fmt(p.properties.dead)} dead` : ""))));
    }
    box.appendChild(chart);
    box.appendChild(el("p", { class: "muted" }, `${places.features.length} places; click a country or a place to filter.`));
    const top = Object.entries(counts).slice(0, 12);
    if (top.length) {
      box.appendChild(el("p", { class: "countries" }, "Events by country of place: ",
        top.map(([iso, n], i) => [i ? " · " : "", el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); setFilter("country", iso); } }, iso), ` ${fmt(n)}`])));
    }
    rendered("map");
  }

  // ------------------------------------------------------------------ network (small force layout)
  async function network(box) {
    const data = await api("/network", filterParams({ limit: 60 }));
    if (!data.edges.length) { box.appendChild(el("p", { class: "muted" }, "No source → target pairs match.")); return; }
    const W = 600, H = 420;
    const nodes = data.nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / data.nodes.length;
      return Object.assign({}, n, { x: W / 2 + 160 * Math.cos(a), y: H / 2 + 150 * Math.sin(a), dx: 0, dy: 0 });
    });
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const edges = data.edges.map((e) => ({ s: index.get(e.source), t: index.get(e.target), e }));
    const k = Math.sqrt((W * H) / nodes.length) * 0.6;
    for (let it = 0, temp = 40; it < 160; it++, temp *= 0.975) {
      for (const n of nodes) { n.dx = 0; n.dy = 0; }
      for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        if (d > 3 * k) continue;
        const f = (k * k) / d;
        dx = (dx / d) * f; dy = (dy / d) * f;
        a.dx += dx; a.dy += dy; b.dx -= dx; b.dy -= dy;
      }
      for (const { s, t } of edges) {
        const a = nodes[s], b = nodes[t];
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const f = (d * d) / k;
        a.dx -= (dx / d) * f; a.dy -= (dy / d) * f; b.dx += (dx / d) * f; b.dy += (dy / d) * f;
      }
      for (const n of nodes) {
        n.dx += (W / 2 - n.x) * 0.5; n.dy += (H / 2 - n.y) * 0.5;
        const d = Math.max(1, Math.hypot(n.dx, n.dy));
        n.x = Math.min(W - 30, Math.max(30, n.x + (n.dx / d) * Math.min(d, temp)));
        n.y = Math.min(H - 15, Math.max(15, n.y + (n.dy / d) * Math.min(d, temp)));
      }
    }
    const wmax = Math.max(...data.edges.map((e) => e.weight));
    const nmax = Math.max(...nodes.map((n) => n.events));
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", role: "img", "aria-label": "actor network" },
      svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 16, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" },
        svg("path", { d: "M0,0L10,5L0,10z", class: "arrow" }))));
    for (const { s, t, e } of edges) {
      const a = nodes[s], b = nodes[t];
      const top = Object.entries(e.by_type).sort((x, y) => y[1] - x[1]);
      const line = svg("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
        class: "edge", "marker-end": "url(#arrow)" },
        svg("title", {}, `${a.label} → ${b.label}: ${fmt(e.weight)} events (` + top.map(([t, n]) => `${t} ${n}`).join(", ") + ")"));
      line.style.strokeWidth = (0.5 + 5 * Math.sqrt(e.weight / wmax)).toFixed(2);
      line.style.stroke = COLORS[top[0][0]] || "#888";
      chart.appendChild(line);
    }
    const labelled = new Set(nodes.slice().sort((a, b) => b.events - a.events).slice(0, 18).map((n) => n.id));
    for (const n of nodes) {
      const g = svg("g", { class: "node", onclick: () => setFilter("actor", n.label) },
        svg("circle", { cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: (3 + 9 * Math.sqrt(n.events / nmax)).toFixed(1) }),
        labelled.has(n.id) ? svg("text", { x: (n.x + 6).toFixed(1), y: (n.y - 6).toFixed(1) }, n.label) : null,
        svg("title", {}, `${n.label}${n.country ? " (" + n.country + ")" : ""}, ${n.kind || ""}: ${fmt(n.events)} events`));
      chart.appendChild(g);
    }
    box.appendChild(chart);
    box.appendChild(el("p", { class: "muted" }, "Arrows go from source to target; width is the number of events, colour their commonest type."));
  }

  // ------------------------------------------------------------------ event table
  async function tableView(box, full) {
    const here = new URLSearchParams(location.search);
    const limit = full ? 50 : 20;
    const offset = Math.max(0, parseInt(here.get("offset") || "0", 10) || 0);
    const sort = here.get("sort") || "date";
    const data = await api("/events", filterParams({ limit, offset, sort, view: "table" }));
    box.appendChild(el("h2", {}, "Events"));
    const controls = el("div", { class: "controls" },
      el("span", { id: "total" }, `${fmt(data.total)} events`),
      " sorted by ", choice(["date", "-date", "type", "confidence", "dead", "article"], sort, (v) => setFilter("sort", v)));
    const page = (o) => { const p = new URLSearchParams(location.search); p.set("offset", String(o)); return location.pathname + "?" + p; };
    if (offset > 0) controls.appendChild(link(page(Math.max(0, offset - limit)), "‹ previous", { class: "pager" }));
    if (offset + limit < data.total) controls.appendChild(link(page(offset + limit), "next ›", { class: "pager" }));
    box.appendChild(controls);
    const table = el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ["Date", "Type", "Source → target", "Place", "Dead/inj.", "Evidence", "Conf."].map((h) => el("th", {}, h)))));
    const body = el("tbody");
    for (const e of data.events) {
      const evid = e.evidence.length > 160 ? e.evidence.slice(0, 159) + "…" : e.evidence;
      body.appendChild(el("tr", { class: "event-row", "data-event": e.event_id },
        el("td", {}, e.date || "–"),
        el("td", {}, el("span", { class: "type-tag", "data-type": e.event_type }, e.event_type), e.mode ? " " + e.mode : ""),
        el("td", {}, `${e.source || "–"} → ${e.target || "–"}`),
        el("td", {}, e.place || "–"),
        el("td", {}, `${e.dead ?? "–"}/${e.injured ?? "–"}`),
        el("td", {}, link("/events/" + enc(e.event_id), evid, { class: "evidence-link" })),
        el("td", {}, e.confidence.toFixed(2))));
    }
    table.appendChild(body);
    box.appendChild(table);
    paintTypes(box);
  }
  function paintTypes(root) {
    for (const t of root.querySelectorAll(".type-tag")) t.style.borderColor = COLORS[t.getAttribute("data-type")] || "#888";
  }

  // ------------------------------------------------------------------ event and article reader
  async function eventView(id) {
    setTwin("/events/" + enc(id));
    const e = await api("/events/" + enc(id));
    await articleView(e.article_id, id, e);
  }
  function eventCard(e, current) {
    const loc = e.location ? `${e.location.name}${e.location.country ? " (" + e.location.country + ")" : ""}` : "–";
    const card = el("div", { class: "event-card" + (current ? " current" : ""), id: "ev-" + e.event_id },
      el("div", {}, el("span", { class: "type-tag", "data-type": e.event_type }, e.event_type), e.mode ? " " + e.mode : "", " · ", e.status,
        " · ", link("/events/" + enc(e.event_id), "#" + e.event_id)),
      el("dl", {},
        el("dt", {}, "Who"), el("dd", {}, `${actorNames(e.source)} → ${actorNames(e.target)}`),
        el("dt", {}, "When"), el("dd", {}, `${e.date || "unknown"}${e.date_text ? " (“" + e.date_text + "”)" : ""}`),
        el("dt", {}, "Where"), el("dd", {}, loc),
        el("dt", {}, "Toll"), el("dd", {}, `dead ${e.dead ?? "–"}, injured ${e.injured ?? "–"}, size ${e.size ?? "–"}${e.approximate ? " (approximate)" : ""}`),
        el("dt", {}, "Confidence"), el("dd", {}, e.confidence.toFixed(2)),
        e.quote ? [el("dt", {}, "Quote"), el("dd", {}, `“${e.quote.text}” — ${e.quote.speaker ? e.quote.speaker.name || e.quote.speaker.text : "unknown"}`)] : null,
        e.incident_id ? [el("dt", {}, "Incident"), el("dd", {}, link("/incidents/" + enc(e.incident_id), e.incident_id))] : null));
    return card;
  }
  async function articleView(id, focus, focusEvent) {
    if (!focus) setTwin("/articles/" + enc(id));
    const art = await api("/articles/" + enc(id));
    const chars = Array.from(art.text || "");
    const spans = [];
    for (const e of art.events) {
      spans.push({ start: e.evidence.start, end: e.evidence.end, event: e });
      for (const m of e.mentions || []) spans.push({ start: m.start, end: m.end, event: e, mention: true });
    }
    for (const q of art.quotes) spans.push({ start: q.evidence.start, end: q.evidence.end, quote: q });
    const cuts = new Set([0, chars.length]);
    for (const s of spans) {
      s.start = Math.max(0, Math.min(chars.length, s.start)); s.end = Math.max(s.start, Math.min(chars.length, s.end));
      cuts.add(s.start); cuts.add(s.end);
    }
    const bounds = Array.from(cuts).sort((a, b) => a - b);
    const text = el("div", { class: "article-text", id: "article-text" });
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      const piece = chars.slice(a, b).join("");
      const over = spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start);
      const evs = over.filter((s) => s.event);
      if (!over.length) { text.appendChild(document.createTextNode(piece)); continue; }
      if (evs.length) {
        const first = evs.find((s) => s.event.event_id === focus) || evs[0];
        const isCurrent = evs.some((s) => s.event.event_id === focus);
        text.appendChild(el("a", {
          href: "/events/" + enc(first.event.event_id), "data-nav": "1", class: "evidence" + (isCurrent ? " current" : "") + (evs.every((s) => s.mention) ? " mention" : ""),
          "data-events": evs.map((s) => s.event.event_id).join(" "),
          title: evs.map((s) => s.event.event_type + (s.mention ? " (mention)" : "")).join(", "),
        }, piece));
      } else {
        text.appendChild(el("span", { class: "quote-span", title: "reported speech" }, piece));
      }
    }
    const head = el("div", { class: "article-head" },
      el("h2", {}, art.title || art.article_id),
      el("p", { class: "muted" }, `${art.article_id} · ${art.language || "?"} · published ${art.published || "unknown"} · ${art.events.length} events · `,
        safeUrl(art.url) ? el("a", { href: safeUrl(art.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "original") : (art.url || "no url")));
    const side = el("aside", { class: "side" });
    const cur = focus ? art.events.find((e) => e.event_id === focus) || focusEvent : null;
    if (cur) side.append(el("h3", {}, "This event"), eventCard(cur, true));
    side.appendChild(el("h3", {}, `Events (${art.events.length})`));
    for (const e of art.events) if (!cur || e.event_id !== cur.event_id) side.appendChild(eventCard(e, false));
    side.appendChild(el("h3", {}, `Quotes (${art.quotes.length})`));
    for (const q of art.quotes) {
      side.appendChild(el("blockquote", { class: "quote" }, `“${q.text}”`,
        el("footer", {}, "— ", q.speaker ? `${q.speaker.name || q.speaker.text}${q.speaker.country ? " (" + q.speaker.country + ")" : ""}` : "speaker unknown")));
    }
    const ents = art.entities || { actors: [], places: [] };
    side.appendChild(el("h3", {}, "Named in its events"));
    side.appendChild(el("p", {}, ents.actors.map((a) => `${a.label}${a.country ? " (" + a.country + ")" : ""} ×${a.mentions}`).join(" · ") || "–"));
    side.appendChild(el("p", {}, ents.places.map((p) => `${p.name} ×${p.mentions}`).join(" · ") || "–"));
    if (art.article_links && art.article_links.length) {
      side.appendChild(el("h3", {}, "Copies and translations"));
      for (const l of art.article_links) {
        const other = l.a === art.article_id ? l.b : l.a;
        side.appendChild(el("p", {}, `${l.kind} of/by `, link("/articles/" + enc(other), other), ` (${l.why})`));
      }
    }
    view.appendChild(el("div", { class: "reader" }, el("article", {}, head, text), side));
    paintTypes(view);
    const target = text.querySelector(".evidence.current");
    if (target) target.scrollIntoView({ block: "center" });
  }

  // ------------------------------------------------------------------ lists
  async function articlesView() {
    setTwin("/articles");
    const data = await api("/articles", new URLSearchParams({ limit: "200" }));
    const rows = data.articles.map((a) => el("tr", {}, el("td", {}, link("/articles/" + enc(a.article_id), a.title || a.article_id)),
      el("td", {}, a.language || "–"), el("td", {}, a.published || "–"), el("td", {}, fmt(a.n_events))));
    view.appendChild(el("section", { class: "panel wide" }, el("h2", {}, "Articles"),
      el("table", {}, el("thead", {}, el("tr", {}, ["Title", "Lang.", "Published", "Events"].map((h) => el("th", {}, h)))), el("tbody", {}, rows))));
  }
  async function incidentsView() {
    const p = new URLSearchParams();
    const here = new URLSearchParams(location.search);
    for (const k of ["type", "country", "since", "until"]) if (here.get(k)) p.set(k, here.get(k));
    setTwin("/incidents?" + p);
    const data = await api("/incidents", p);
    const rows = data.incidents.map((i) => el("tr", {},
      el("td", {}, link("/incidents/" + enc(i.incident_id), i.incident_id)),
      el("td", {}, el("span", { class: "type-tag", "data-type": i.event_type }, i.event_type)),
      el("td", {}, i.date || "–"), el("td", {}, (i.location && i.location.name) || "–"),
      el("td", {}, `${actorNames(i.source)} → ${actorNames(i.target)}`),
      el("td", {}, fmt(i.n_reports)), el("td", {}, fmt(i.corroboration)), el("td", {}, i.languages.join(","))));
    view.appendChild(el("section", { class: "panel wide" }, el("h2", {}, `Incidents (${data.incidents.length})`),
      el("table", {}, el("thead", {}, el("tr", {}, ["Incident", "Type", "Date", "Place", "Who", "Reports", "Independent", "Lang."].map((h) => el("th", {}, h)))), el("tbody", {}, rows))));
    paintTypes(view);
  }
  async function incidentView(id) {
    setTwin("/incidents/" + enc(id));
    const i = await api("/incidents/" + enc(id));
    const rows = i.reports.map((r) => el("tr", {},
      el("td", {}, link("/articles/" + enc(r.article_id), r.title || r.article_id)),
      el("td", {}, r.language || "–"), el("td", {}, r.published || "–"),
      el("td", {}, link("/events/" + enc(r.event_id), r.evidence_text)), el("td", {}, r.why)));
    view.appendChild(el("section", { class: "panel wide" },
      el("h2", {}, `Incident ${i.incident_id}: `, el("span", { class: "type-tag", "data-type": i.event_type }, i.event_type)),
      el("p", {}, `${i.date || "date unknown"} · ${(i.location && i.location.name) || "place unknown"} · ${actorNames(i.source)} → ${actorNames(i.target)} · dead ${i.dead ?? "–"}, injured ${i.injured ?? "–"}`),
      el("p", { class: "muted" }, `${i.n_reports} reports in ${i.n_articles} articles, ${i.corroboration} independent; ${i.why}`),
      el("h3", {}, "Reports"),
      el("table", {}, el("thead", {}, el("tr", {}, ["Article", "Lang.", "Published", "Evidence", "Why joined"].map((h) => el("th", {}, h)))), el("tbody", {}, rows))));
    paintTypes(view);
  }
  async function quotesView() {
    setTwin("/quotes");
    const data = await api("/quotes", new URLSearchParams({ limit: "300" }));
    const list = el("div", { class: "quotes" });
    for (const q of data.quotes) {
      list.appendChild(el("blockquote", { class: "quote" }, `“${q.text}”`,
        el("footer", {}, "— ", q.speaker ? `${q.speaker.name || q.speaker.text}${q.speaker.country ? " (" + q.speaker.country + ")" : ""}` : "speaker unknown",
          " · ", link("/articles/" + enc(q.article_id), q.article_id))));
    }
    view.appendChild(el("section", { class: "panel wide" }, el("h2", {}, `Quotes (${data.quotes.length})`), list));
  }
  async function actorsView() {
    setTwin("/actors" + location.search);
    const data = await api("/actors", filterParams({ limit: 200 }));
    const rows = data.actors.map((a) => el("tr", {},
      el("td", {}, el("a", { href: "/?actor=" + enc(a.label), "data-nav": "1" }, a.label)), el("td", {}, a.country || "–"), el("td", {}, a.kind || "–"),
      el("td", {}, fmt(a.events)), el("td", {}, fmt(a.as_source)), el("td", {}, fmt(a.as_target))));
    view.appendChild(el("section", { class: "panel wide" }, el("h2", {}, "Actors"),
      el("table", {}, el("thead", {}, el("tr", {}, ["Actor", "Country", "Kind", "Events", "As source", "As target"].map((h) => el("th", {}, h)))), el("tbody", {}, rows))));
  }
  async function mentionsView() {
    const here = new URLSearchParams(location.search);
    const form = el("form", { class: "controls", id: "mentions-form" },
      el("label", {}, "Articles about ", el("input", { name: "about", id: "m-about", value: here.get("about") || "" })),
      el("label", {}, " never mentioning ", el("input", { name: "without", id: "m-without", value: here.get("without") || "" })),
      el("button", { type: "submit" }, "Find"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const k of ["about", "without"]) { const v = document.getElementById("m-" + k).value.trim(); if (v) p.set(k, v); }
      go("/mentions?" + p);
    });
    const box = el("section", { class: "panel wide" }, el("h2", {}, "Mentions"), form);
    view.appendChild(box);
    if (!here.get("about")) return;
    const p = new URLSearchParams({ about: here.get("about") });
    if (here.get("without")) p.set("without", here.get("without"));
    setTwin("/mentions?" + p);
    const data = await api("/mentions", p);
    box.appendChild(el("p", {}, `${fmt(data.total)} articles`));
    box.appendChild(el("ul", {}, data.articles.map((a) => el("li", {}, link("/articles/" + enc(a.article_id), a.title || a.article_id), ` (${a.published || "undated"}, ${a.n_events} events)`))));
  }

  initFilters();
  route();
})();
