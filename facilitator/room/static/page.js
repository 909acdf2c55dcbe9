// Participant page: no framework, no build step; works on old phones and wakes from sleep.
"use strict";
(function () {
  var T = {
    fr: {
      now: "En ce moment", send_idea: "Envoyer une idée", your_idea: "Votre idée", send: "Envoyer",
      ideas_closed: "L'envoi d'idées est fermé pour le moment.", your_name: "Votre nom",
      vote: "Voter", results: "Résultats", waiting: "Connexion…", sent: "Idée envoyée. Merci !",
      voted: "Votre vote est enregistré. Merci !", already: "Vous avez déjà voté dans ce tour.",
      chars: "{n} / 500 caractères", pick_name: "— choisissez votre nom —",
      rules: "{budget} points à placer", cap: ", au plus {cap} par choix",
      left: "{placed} placés, {left} restants", more: "Ajouter un point à « {text} »",
      less: "Retirer un point de « {text} »", dots: "{n} points", paused: "En pause",
      offline: "Connexion perdue : nouvel essai…", dot_word: "points"
    },
    en: {
      now: "Now", send_idea: "Send an idea", your_idea: "Your idea", send: "Send",
      ideas_closed: "Sending ideas is closed for now.", your_name: "Your name",
      vote: "Vote", results: "Results", waiting: "Connecting…", sent: "Idea sent. Thank you!",
      voted: "Your vote is recorded. Thank you!", already: "You have already voted in this round.",
      chars: "{n} / 500 characters", pick_name: "— pick your name —",
      rules: "{budget} dots to place", cap: ", at most {cap} per choice",
      left: "{placed} placed, {left} left", more: "Add a dot to “{text}”",
      less: "Remove a dot from “{text}”", dots: "{n} dots", paused: "Paused",
      offline: "Connection lost: trying again…", dot_word: "dots"
    }
  };
  var lang = "fr", state = null, dots = {}, timerEnd = null, running = false, ws = null, retry = 1000;

  function $(id) { return document.getElementById(id); }
  function t(key, params) {
    var s = (T[lang] || T.fr)[key] || key;
    for (var k in (params || {})) { s = s.split("{" + k + "}").join(String(params[k])); }
    return s;
  }
  function say(el, text, kind) { el.textContent = text || ""; el.className = "status" + (kind ? " " + kind : ""); }

  function api(method, path, body) {
    var opts = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
    return fetch(path, opts).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, data: data }; });
    });
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    var nodes = document.querySelectorAll("[data-t]");
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = t(nodes[i].getAttribute("data-t")); }
    $("lang-fr").setAttribute("aria-pressed", lang === "fr" ? "true" : "false");
    $("lang-en").setAttribute("aria-pressed", lang === "en" ? "true" : "false");
    countChars();
    if (state) { render(state); }
  }
  function setLanguage(l) {
    lang = l; applyLanguage();
    api("POST", "/api/lang", { language: l });
  }

  function fmt(sec) {
    var neg = sec < 0, s = Math.abs(Math.round(sec)), m = Math.floor(s / 60), r = s % 60;
    return (neg ? "−" : "") + m + ":" + (r < 10 ? "0" : "") + r;
  }
  function tick() {
    if (timerEnd === null) { return; }
    var left = running ? (timerEnd - Date.now()) / 1000 : timerEnd;
    $("item-timer").textContent = fmt(left) + (running ? "" : " · " + t("paused"));
  }

  function render(s) {
    state = s;
    $("waiting").hidden = true;
    $("session").textContent = s.session;
    document.title = s.session + " — Facilitateur";
    if (s.item) {
      $("item-box").hidden = false;
      $("item-title").textContent = s.item.title;
      running = s.item.running !== false;
      timerEnd = running ? Date.now() + s.item.remaining_seconds * 1000 : s.item.remaining_seconds;
      tick();
    } else { $("item-box").hidden = true; timerEnd = null; }
    $("idea-box").hidden = !s.ideas_open;
    $("ideas-closed").hidden = !!s.ideas_open;
    renderRound(s.round);
  }

  function placed() { var n = 0; for (var k in dots) { n += dots[k]; } return n; }

  function renderRound(r) {
    var box = $("vote-box"), res = $("results-box");
    if (!r) { box.hidden = true; res.hidden = true; return; }
    box.hidden = false;
    $("vote-heading").textContent = r.title;
    $("vote-rules").textContent = t("rules", { budget: r.budget }) + (r.cap ? t("cap", { cap: r.cap }) : "");
    var nameRow = $("name-row"), select = $("vote-name");
    nameRow.hidden = !r.named;
    if (r.named) {
      var current = select.value;
      select.innerHTML = "";
      var o = document.createElement("option"); o.value = ""; o.textContent = t("pick_name"); select.appendChild(o);
      (r.people || []).forEach(function (p) {
        var opt = document.createElement("option"); opt.value = String(p.id); opt.textContent = p.name; select.appendChild(opt);
      });
      select.value = current;
    }
    // the list is built once per round and per language; a click only updates the counts,
    // so the focus stays on the button a person (or a screen reader) just used
    var list = $("candidates"), key = r.id + ":" + lang + ":" + r.candidates.map(function (c) { return c.id + "=" + c.text; }).join("|");
    if (list.getAttribute("data-key") !== key) {
      list.setAttribute("data-key", key);
      list.innerHTML = "";
      r.candidates.forEach(function (c) {
        var li = document.createElement("li");
        var text = document.createElement("span"); text.className = "text"; text.textContent = c.text;
        var less = document.createElement("button"); less.type = "button"; less.textContent = "−";
        less.setAttribute("aria-label", t("less", { text: c.text }));
        var count = document.createElement("span"); count.className = "dots"; count.id = "dots-" + c.id;
        count.setAttribute("aria-live", "polite");
        var more = document.createElement("button"); more.type = "button"; more.textContent = "+";
        more.setAttribute("aria-label", t("more", { text: c.text }));
        less.onclick = function () { if ((dots[c.id] || 0) > 0) { dots[c.id]--; renderRound(state.round); } };
        more.onclick = function () { dots[c.id] = (dots[c.id] || 0) + 1; renderRound(state.round); };
        li.appendChild(text); li.appendChild(less); li.appendChild(count); li.appendChild(more);
        list.appendChild(li);
      });
    }
    r.candidates.forEach(function (c) {
      var count = $("dots-" + c.id);
      count.textContent = String(dots[c.id] || 0);
      count.setAttribute("aria-label", t("dots", { n: dots[c.id] || 0 }));
    });
    $("vote-left").textContent = t("left", { placed: placed(), left: Math.max(0, r.budget - placed()) });
    var done = !!r.voted;
    $("vote-send").disabled = done;
    if (done && !$("vote-status").textContent) { say($("vote-status"), t("already"), "ok"); }
    res.hidden = !r.revealed;
    if (r.revealed) {
      var ol = $("results"); ol.innerHTML = "";
      (r.results || []).forEach(function (x) {
        var li = document.createElement("li");
        li.textContent = x.rank + ". " + x.text + " — " + x.dots + " " + t("dot_word");
        ol.appendChild(li);
      });
    }
  }

  function refresh() {
    return api("GET", "/api/state").then(function (r) {
      if (r.status === 200) {
        if (r.data.device && r.data.device.language && !refresh.done) { lang = r.data.device.language; refresh.done = true; applyLanguage(); }
        render(r.data);
      } else { say($("idea-status"), r.data.error || "", "error"); }
    });
  }

  function connect() {
    var proto = location.protocol === "https:" ? "wss://" : "ws://";
    try { ws = new WebSocket(proto + location.host + "/ws"); } catch (e) { setTimeout(connect, retry); return; }
    ws.onopen = function () { retry = 1000; refresh(); };
    ws.onmessage = function (ev) {
      var msg; try { msg = JSON.parse(ev.data); } catch (e) { return; }
      if (msg.type === "state") {
        var s = msg.state;
        if (state && state.round && s.round && state.round.id === s.round.id) { s.round.voted = state.round.voted; }
        else if (s.round) { refresh(); }
        render(s);
      }
    };
    ws.onclose = function () {
      ws = null; $("waiting").hidden = false; $("waiting").textContent = t("offline");
      setTimeout(connect, retry); retry = Math.min(retry * 2, 15000);
    };
  }

  function countChars() { $("idea-count").textContent = t("chars", { n: $("idea-text").value.length }); }

  document.addEventListener("DOMContentLoaded", function () {
    $("lang-fr").onclick = function () { setLanguage("fr"); };
    $("lang-en").onclick = function () { setLanguage("en"); };
    $("idea-text").addEventListener("input", countChars);
    $("idea-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var text = $("idea-text").value;
      $("idea-send").disabled = true;
      api("POST", "/api/ideas", { text: text }).then(function (r) {
        $("idea-send").disabled = false;
        if (r.status === 201) { $("idea-text").value = ""; countChars(); say($("idea-status"), t("sent"), "ok"); }
        else { say($("idea-status"), r.data.error || String(r.status), "error"); }
      }, function () { $("idea-send").disabled = false; say($("idea-status"), t("offline"), "error"); });
    });
    $("vote-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!state || !state.round) { return; }
      var body = { round: state.round.id, dots: {} };
      for (var k in dots) { if (dots[k] > 0) { body.dots[k] = dots[k]; } }
      if (state.round.named) { body.name = parseInt($("vote-name").value, 10) || null; }
      api("POST", "/api/ballots", body).then(function (r) {
        if (r.status === 201) { state.round.voted = true; dots = {}; say($("vote-status"), t("voted"), "ok"); renderRound(state.round); }
        else { say($("vote-status"), r.data.error || String(r.status), "error"); }
      });
    });
    // a phone that slept: its timer and its socket are stale; read the state again
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { refresh(); if (!ws) { connect(); } }
    });
    setInterval(tick, 1000);
    applyLanguage();
    refresh().then(connect, connect);
  });
})();
