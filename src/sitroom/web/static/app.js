// sitroom: live updates, the API token, rules. The project's own script; no libraries.
"use strict";

const TOKEN_KEY = "sitroom-token";
const token = () => localStorage.getItem(TOKEN_KEY) || "";

async function api(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { "Content-Type": "application/json", Authorization: "Bearer " + token() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail || response.statusText);
  return data;
}

function text(tag, value, className) {
  const node = document.createElement(tag);
  node.textContent = value;
  if (className) node.className = className;
  return node;
}

// Poll the counters; refresh what moved, without reloading the page.
let lastArticles = Number(document.body.dataset.latestArticles || 0);
let lastAlerts = Number(document.body.dataset.latestAlerts || 0);

async function poll() {
  try {
    const latest = await (await fetch("/api/updates")).json();
    if (latest.articles !== lastArticles) {
      lastArticles = latest.articles;
      const open = document.getElementById("situation-live");
      if (open) await newReports(open);
      const list = document.getElementById("situations");
      if (list) {
        // Keep the reader's place: the link that had the focus has it again after the refresh.
        const focused = list.contains(document.activeElement) ? document.activeElement.getAttribute("href") : null;
        list.innerHTML = await (await fetch(list.dataset.live)).text();
        const again = focused && list.querySelector(`a[href="${CSS.escape(focused)}"]`);
        if (again) again.focus();
      }
    }
    if (latest.alerts !== lastAlerts) {
      const fresh = await (await fetch("/api/alerts?after=" + lastAlerts)).json();
      lastAlerts = latest.alerts;
      showAlerts(fresh.reverse());
    }
  } catch (error) {
    // the server may be restarting; try again on the next tick
  }
}

// On a situation page: say which reports arrived since it was loaded, with a link to show them.
// The page itself is not redrawn under the reader; focus and scroll stay where they are.
async function newReports(open) {
  const data = await (await fetch("/api/situations/" + open.dataset.situation)).json();
  const known = new Set(open.dataset.articles.split(" "));
  const fresh = (data.articles || []).filter((a) => !known.has(a.id));
  if (!fresh.length) return;
  open.replaceChildren(text("strong", fresh.length + " new report" + (fresh.length === 1 ? "" : "s") + ": "));
  for (const article of fresh) {
    const link = text("a", (article.title || article.id) + " (" + article.source + ")");
    link.href = "/articles/" + article.id;
    open.append(link, " ");
  }
  const reload = text("a", "Show the updated situation");
  reload.href = window.location.href;
  open.append(reload);
  open.hidden = false;
}

const MAX_BANNERS = 3;

function showAlerts(alerts) {
  const banner = document.getElementById("live-alerts");
  const list = document.getElementById("alert-list");
  for (const alert of alerts) {
    const item = document.createElement("div");
    item.className = "live-alert " + alert.priority;
    item.setAttribute("role", "alert");
    item.append(text("span", alert.priority, "badge " + alert.priority), " ", text("span", alert.summary));
    if (alert.situation_id) {
      const link = text("a", " situation", "");
      link.href = "/situations/" + alert.situation_id;
      item.append(link);
    }
    const dismiss = text("button", "Dismiss", "dismiss");
    dismiss.type = "button";
    dismiss.setAttribute("aria-label", "Dismiss this alert");
    dismiss.addEventListener("click", () => item.remove());
    item.append(" ", dismiss);
    banner.prepend(item);
    // The latest few stay on screen; the alerts page keeps them all.
    while (banner.children.length > MAX_BANNERS) banner.lastElementChild.remove();
    if (list) {
      const none = document.getElementById("no-alerts");
      if (none) none.remove();
      const row = document.createElement("li");
      row.className = "alert-item " + alert.priority;
      row.append(text("span", alert.priority, "badge " + alert.priority), " ", text("span", alert.summary));
      list.prepend(row);
    }
  }
}

setInterval(poll, 1500);

document.addEventListener("DOMContentLoaded", () => {
  const printBrief = document.getElementById("print-brief");
  if (printBrief) printBrief.addEventListener("click", () => window.print());
  const tokenInput = document.getElementById("token");
  const saveToken = document.getElementById("save-token");
  if (tokenInput && saveToken) {
    const state = document.getElementById("token-state");
    state.textContent = token() ? "a token is set" : "no token set";
    saveToken.addEventListener("click", () => {
      localStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
      tokenInput.value = "";
      state.textContent = "a token is set";
    });
  }

  for (const button of document.querySelectorAll("button.silence")) {
    button.addEventListener("click", async () => {
      try {
        await api("POST", `/api/alerts/rules/${encodeURIComponent(button.dataset.name)}/silence?on=${button.dataset.on}`);
        location.reload();
      } catch (error) {
        alert(error.message);
      }
    });
  }

  const form = document.getElementById("new-rule");
  if (form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const rule = { name: data.get("name"), priority: data.get("priority") };
      const types = data.getAll("event_types");
      if (types.length) rule.event_types = types;
      if (data.get("place")) rule.near = { place: data.get("place"), radius_km: Number(data.get("radius_km") || 25) };
      if (data.get("actor")) rule.actors = [data.get("actor")];
      if (data.get("min_count")) rule.min_count = Number(data.get("min_count"));
      const state = document.getElementById("rule-state");
      try {
        await api("POST", "/api/alerts/rules", rule);
        state.textContent = "rule added";
        location.reload();
      } catch (error) {
        state.textContent = error.message;
      }
    });
  }

  const watch = document.getElementById("watch-filter");
  if (watch) {
    watch.addEventListener("click", async () => {
      const filter = JSON.parse(watch.dataset.filter || "{}");
      const name = prompt("Name of the new watch rule", "watch: " + document.title.split(" · ")[0]);
      if (!name) return;
      const rule = { name, priority: "routine" };
      if (filter.type && filter.type.length) rule.event_types = filter.type;
      if (filter.place) rule.near = { place: filter.place, radius_km: 25 };
      if (filter.actor) rule.actors = [filter.actor];
      try {
        await api("POST", "/api/alerts/rules", rule);
        alert("Watching: " + name);
      } catch (error) {
        alert(error.message);
      }
    });
  }
});
