// The managers' dashboard: logs in with the suite's OIDC provider (authorization code + PKCE, public client), then
// draws a few KPI charts from the reporting API with the access token. No library: plain SVG.
"use strict";

const API = "/api/v1/kpis/";
const TOKEN = "servicedesk.dashboard.token";
const VERIFIER = "servicedesk.dashboard.verifier";
const STATE = "servicedesk.dashboard.state";
const COLOURS = ["#1f4e79", "#e07b39", "#3a9d5d", "#c0392b", "#8e44ad", "#16a085", "#7f8c8d", "#d4ac0d"];
const SVG = "http://www.w3.org/2000/svg";

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function redirectUri() {
  return location.origin + location.pathname;
}

async function login(config) {
  const verifier = randomString();
  const state = randomString();
  sessionStorage.setItem(VERIFIER, verifier);
  sessionStorage.setItem(STATE, state);
  const challenge = base64Url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({
    response_type: "code", client_id: config.clientId, redirect_uri: redirectUri(), scope: "openid",
    code_challenge: challenge, code_challenge_method: "S256", state: state
  });
  location.assign(config.issuer + "/protocol/openid-connect/auth?" + query);
}

async function exchange(config, code, state) {
  if (state !== sessionStorage.getItem(STATE)) {
    throw new Error("o retorno do login não corresponde a este navegador");
  }
  const response = await fetch(config.issuer + "/protocol/openid-connect/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code", client_id: config.clientId, code: code, redirect_uri: redirectUri(),
      code_verifier: sessionStorage.getItem(VERIFIER)
    })
  });
  if (!response.ok) {
    throw new Error("o login falhou (" + response.status + ")");
  }
  sessionStorage.setItem(TOKEN, (await response.json()).access_token);
  sessionStorage.removeItem(VERIFIER);
  sessionStorage.removeItem(STATE);
  history.replaceState(null, "", redirectUri());
}

async function kpis(subject, query) {
  const response = await fetch(API + subject + "?" + query, {
    headers: { Authorization: "Bearer " + sessionStorage.getItem(TOKEN), Accept: "application/json" }
  });
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN);
    throw Object.assign(new Error("sessão expirada"), { relogin: true });
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || problem.title || "erro " + response.status);
  }
  return response.json();
}

function element(name, attributes, parent) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  if (parent) {
    parent.appendChild(node);
  }
  return node;
}

function legend(container, names) {
  const list = document.createElement("div");
  list.className = "legend";
  names.forEach((name, i) => {
    const item = document.createElement("span");
    item.innerHTML = '<i style="background:' + COLOURS[i % COLOURS.length] + '"></i>';
    item.appendChild(document.createTextNode(name));
    list.appendChild(item);
  });
  container.appendChild(list);
}

// Bars, stacked when there are several series: labels along x, one value per label per series.
function bars(container, labels, series) {
  container.replaceChildren();
  const width = 600, height = 200, left = 40, bottom = 20;
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (Number(s.values[i]) || 0), 0));
  const max = Math.max(1, ...totals);
  const svg = element("svg", { viewBox: "0 0 " + width + " " + (height + bottom), role: "img" }, container);
  element("text", { x: 0, y: 12, "font-size": 11 }, svg).textContent = String(max);
  const step = (width - left) / Math.max(1, labels.length);
  labels.forEach((label, i) => {
    let top = height;
    series.forEach((s, k) => {
      const value = Number(s.values[i]) || 0;
      const h = value / max * (height - 10);
      top -= h;
      const bar = element("rect", {
        x: left + i * step + 1, y: top, width: Math.max(1, step - 2), height: h,
        fill: COLOURS[k % COLOURS.length], "data-series": s.name, "data-label": label, "data-value": value
      }, svg);
      element("title", {}, bar).textContent = label + " — " + s.name + ": " + value;
    });
    if (labels.length <= 12 || i % Math.ceil(labels.length / 12) === 0) {
      element("text", { x: left + i * step, y: height + 14, "font-size": 10 }, svg).textContent = label;
    }
  });
  if (series.length > 1) {
    legend(container, series.map(s => s.name));
  }
}

// Lines over the buckets; a missing value breaks the line.
function lines(container, labels, series) {
  container.replaceChildren();
  const width = 600, height = 200, left = 40, bottom = 20;
  const values = series.flatMap(s => s.values.filter(v => v !== null).map(Number));
  const max = Math.max(1, ...values);
  const svg = element("svg", { viewBox: "0 0 " + width + " " + (height + bottom), role: "img" }, container);
  element("text", { x: 0, y: 12, "font-size": 11 }, svg).textContent = String(max);
  const step = (width - left) / Math.max(1, labels.length - 1);
  series.forEach((s, k) => {
    const points = s.values.map((v, i) => v === null ? null
      : (left + i * step) + "," + (height - Number(v) / max * (height - 10))).filter(p => p !== null);
    element("polyline", {
      points: points.join(" "), fill: "none", stroke: COLOURS[k % COLOURS.length], "stroke-width": 2,
      "data-series": s.name, "data-points": points.length
    }, svg);
  });
  legend(container, series.map(s => s.name));
}

const CHANNELS = { phone: "Telefone", email: "E-mail", fax: "Fax", webForm: "Formulário", chat: "Chat",
  whatsapp: "WhatsApp", partnerApi: "Parceiro" };

async function draw() {
  const form = new FormData(document.getElementById("period"));
  const query = new URLSearchParams([...form.entries()].filter(([, value]) => value !== ""));
  const status = document.getElementById("status");
  status.textContent = "Carregando…";
  const [requests, orders, quality] = await Promise.all(["requests", "orders", "quality"].map(s => kpis(s, query)));
  const days = requests.series.map(row => row.period);
  bars(document.getElementById("volume"), days,
    Object.entries(CHANNELS).map(([key, name]) => ({ name: name, values: requests.series.map(row => row[key]) })));
  bars(document.getElementById("backlog"), orders.backlog.byStatus.map(row => row.status),
    [{ name: "Ordens", values: orders.backlog.byStatus.map(row => row.orders) }]);
  lines(document.getElementById("resolution"), orders.series.map(row => row.period), [
    { name: "Mediana", values: orders.series.map(row => row.resolutionHoursMedian) },
    { name: "p90", values: orders.series.map(row => row.resolutionHoursP90) }]);
  lines(document.getElementById("sla"), orders.series.map(row => row.period), [
    { name: "Resposta", values: orders.series.map(row => row.responseCompliancePct) },
    { name: "Solução", values: orders.series.map(row => row.resolutionCompliancePct) }]);
  bars(document.getElementById("satisfaction"), quality.satisfaction.distribution.map(row => String(row.rating)),
    [{ name: "Avaliações", values: quality.satisfaction.distribution.map(row => row.orders) }]);
  document.getElementById("nps").textContent = "Média " + (quality.satisfaction.mean ?? "—") + " · NPS "
    + (quality.satisfaction.nps ?? "—") + " · " + quality.satisfaction.ratings + " avaliações";
  document.getElementById("from").value = requests.from;
  document.getElementById("to").value = requests.to;
  status.textContent = "Período " + requests.from + " a " + requests.to + ": " + requests.totals.volume
    + " solicitações, " + orders.totals.opened + " ordens abertas, " + orders.totals.closed + " encerradas.";
}

async function start() {
  const config = await (await fetch("/dashboard/config")).json();
  const params = new URLSearchParams(location.search);
  if (params.has("code")) {
    await exchange(config, params.get("code"), params.get("state"));
  }
  if (!sessionStorage.getItem(TOKEN)) {
    return login(config);
  }
  const initial = new URLSearchParams(location.search);
  ["from", "to", "department"].forEach(name => {
    if (initial.has(name)) {
      document.getElementById(name).value = initial.get(name);
    }
  });
  document.getElementById("period").addEventListener("submit", event => {
    event.preventDefault();
    draw().catch(fail);
  });
  document.getElementById("logout").addEventListener("click", () => {
    sessionStorage.removeItem(TOKEN);
    location.assign(config.issuer + "/protocol/openid-connect/logout?" + new URLSearchParams({
      client_id: config.clientId, post_logout_redirect_uri: redirectUri() }));
  });
  await draw();
}

function fail(error) {
  if (error.relogin) {
    location.reload();
    return;
  }
  document.getElementById("status").textContent = "Não foi possível carregar: " + error.message;
}

start().catch(fail);
