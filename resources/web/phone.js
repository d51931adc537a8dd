/* The participants' page ("Ikut lewat HP"). Plain ES5 for old Android Chrome and iOS Safari.
   Participant text is always inserted with textContent, never as markup. What is typed is kept
   in localStorage until the server acknowledges it; each submission carries a client key, so a
   retry after a dropped Wi-Fi or a reload is counted once. */
(function () {
  "use strict";
  var T = JSON.parse(document.getElementById("texts").textContent);
  var token = document.body.getAttribute("data-token");
  var api = "/api/t/" + encodeURIComponent(token);
  var KEY = "labinovasi." + token + ".";
  var state = null;
  var myDots = {};
  var pending = null;   // the idea being sent: {text, author, client_key}
  var source = null;    // the EventSource
  var pollTimer = null;
  var retryTimer = null;
  var voting = false;   // one dot change at a time: the next counts from the answer
  var page = window.LabinovasiPage(api, KEY);
  var $ = page.$, fmt = page.fmt, load = page.load, el = page.el, clear = page.clear;
  var newKey = page.newKey, request = page.request;

  function save(name, value) {
    try {
      if (value === null || value === undefined || value === "") { window.localStorage.removeItem(KEY + name); }
      else { window.localStorage.setItem(KEY + name, value); }
    } catch (e) { /* private mode: nothing kept */ }
  }
  function loadName() { try { return window.localStorage.getItem("labinovasi.name") || ""; } catch (e) { return ""; } }
  function saveName(value) { try { window.localStorage.setItem("labinovasi.name", value); } catch (e) { /* */ } }
  function message(id, text, kind) {
    var node = $(id); node.textContent = text || ""; node.className = "message" + (kind ? " " + kind : "");
  }
  function online(ok) {
    var node = $("connection");
    if (ok) { node.className = "hidden"; } else { node.textContent = T.offline; node.className = ""; }
  }


  /* -- showing the table's state ------------------------------------------------------- */

  function render() {
    if (!state) { return; }
    document.title = state.opd + " · " + T.title;
    $("opd-name").textContent = state.opd;
    $("stage").textContent = (T["stage_" + state.stage] || state.stage) + " · " + state.opd_name;
    var counter = $("counter");
    counter.textContent = state.count + " " + T.of + " " + state.minimum;
    counter.className = state.count >= state.minimum ? "met" : "";
    $("drumup").className = state.stage === "drum-up" ? "" : "hidden";
    $("diagnose").className = state.stage === "diagnose" ? "" : "hidden";
    $("design").className = state.stage === "design" || state.stage === "done" ? "" : "hidden";
    renderIdeas();
    if (state.stage === "diagnose") { renderRanking(); }
  }

  function renderIdeas() {
    var list = $("ideas");
    clear(list);
    if (!state.ideas.length) { list.appendChild(el("li", "empty", T.no_ideas)); return; }
    for (var i = state.ideas.length - 1; i >= 0; i--) {
      var idea = state.ideas[i];
      var li = el("li", idea.counted ? "counted" : "not-counted");
      li.setAttribute("data-id", idea.id);
      li.appendChild(el("span", "number", idea.number + "."));
      li.appendChild(el("span", "text", idea.text));
      var notes = [];
      if (idea.author) { notes.push(fmt(T.by, { name: idea.author })); }
      if (idea.withdrawn) { notes.push(T.withdrawn); }
      else if (idea.duplicate_of_number) { notes.push(fmt(T.duplicate_of, { n: idea.duplicate_of_number })); }
      else if (!idea.counted) { notes.push(T.not_counted); }
      if (notes.length) { li.appendChild(el("span", "meta", notes.join(" · "))); }
      list.appendChild(li);
    }
  }

  function usedDots() {
    var used = 0;
    for (var k in myDots) { if (myDots.hasOwnProperty(k)) { used += myDots[k]; } }
    return used;
  }

  function renderRanking() {
    var list = $("ranking");
    clear(list);
    var total = state.dots_per_participant;
    $("dots-intro").textContent = fmt(T.dots_intro, { n: total });
    $("dots-left").textContent = fmt(T.dots_left, { n: total - usedDots(), total: total });
    var passing = [];
    for (var i = 0; i < state.ideas.length; i++) {
      if (state.ideas[i].counted && state.ideas[i].passes_apkl) { passing.push(state.ideas[i]); }
    }
    passing.sort(function (a, b) { return (a.rank || 999) - (b.rank || 999) || a.number - b.number; });
    if (!passing.length) { list.appendChild(el("li", "empty", T.dots_none)); }
    for (var j = 0; j < passing.length; j++) { list.appendChild(rankingItem(passing[j], total)); }
  }

  function rankingItem(idea, total) {
    var li = el("li");
    li.setAttribute("data-id", idea.id);
    li.appendChild(el("span", "number", idea.number + "."));
    li.appendChild(el("span", "text", idea.text));
    var meta = [];
    if (idea.rank) { meta.push(fmt(T.rank, { n: idea.rank })); }
    meta.push(fmt(T.dots_total, { n: idea.dots }));
    if (idea.usg_total !== null) { meta.push(fmt(T.usg_total, { n: idea.usg_total })); }
    li.appendChild(el("span", "meta", meta.join(" · ")));
    var row = el("div", "dots-row");
    var mine = myDots[idea.id] || 0;
    var remove = el("button", "remove", T.remove_dot);
    remove.type = "button"; remove.disabled = voting || mine <= 0;
    remove.onclick = function () { vote(idea.id, (myDots[idea.id] || 0) - 1); };
    var add = el("button", "add", T.add_dot);
    add.type = "button"; add.disabled = voting || usedDots() >= total;
    add.onclick = function () { vote(idea.id, (myDots[idea.id] || 0) + 1); };
    row.appendChild(remove);
    row.appendChild(el("span", "dots-mine", "● " + mine));
    row.appendChild(add);
    li.appendChild(row);
    if (state.usg_allowed) { li.appendChild(usgRow(idea)); }
    return li;
  }

  function usgRow(idea) {
    var row = el("div", "usg-row");
    var names = [T.usg_u, T.usg_s, T.usg_g];
    var selects = [];
    for (var i = 0; i < 3; i++) {
      var select = el("select");
      select.setAttribute("aria-label", names[i]);
      select.appendChild(el("option", null, names[i].charAt(0) + " –"));
      select.options[0].value = "";
      for (var n = 1; n <= 5; n++) {
        var option = el("option", null, names[i].charAt(0) + " " + n);
        option.value = String(n);
        if (idea.usg[i] === n) { option.selected = true; }
        select.appendChild(option);
      }
      selects.push(select);
      row.appendChild(select);
    }
    var button = el("button", "usg-save", T.usg_save);
    button.type = "button";
    button.onclick = function () {
      var scores = [];
      for (var k = 0; k < 3; k++) { scores.push(parseInt(selects[k].value, 10)); }
      sendOnce("/usg", { idea_id: idea.id, usg: scores }, function (status, data) {
        if (status === 200 || status === 201) { message("vote-message", fmt(T.usg_saved, { n: data.usg_total }), "ok"); refresh(); }
        else { message("vote-message", data && data.error ? data.error : T.offline, "error"); }
      });
    };
    row.appendChild(button);
    return row;
  }

  /* -- keeping up to date: SSE, else polling -------------------------------------------- */

  /* A state older than the one shown is dropped: a stream's update may overtake the answer
     to a request sent before it. A restarted server counts from 0 again under a new name. */
  /* The same version again (a poll, a stream's echo of this phone's own change) is not drawn
     again: redrawing replaces the buttons, and a tap landing meanwhile would be lost. */
  function accept(data) {
    var known = state && data.server === state.server;
    if (known && data.version < state.version) { return false; }
    var same = known && data.version === state.version;
    state = data;
    return !same;
  }

  function refresh() {
    var who = participant();
    request("GET", "/state" + (who ? "?participant=" + encodeURIComponent(who) : ""), null, function (status, data) {
      if (status === 200 && data) {
        online(true);
        var mine = data.my_dots ? JSON.stringify(data.my_dots) !== JSON.stringify(myDots) : false;
        if (data.my_dots) { myDots = data.my_dots; }
        if (accept(data) || mine) { render(); }
      } else if (status === 404) {
        stopLive(); online(false); $("connection").textContent = data && data.error ? data.error : T.offline;
      } else { online(false); }
    });
  }

  function startLive() {
    if (window.EventSource) {
      source = new window.EventSource(api + "/events");
      source.addEventListener("state", function (event) {
        online(true);
        var data;
        try { data = JSON.parse(event.data); } catch (e) { return; }
        if (!accept(data)) { return; }
        if (state.stage === "diagnose" && participant()) { refresh(); } else { render(); }
      });
      source.addEventListener("revoked", function () { stopLive(); refresh(); });
      source.onerror = function () { online(false); startPolling(); };
      source.onopen = function () { online(true); stopPolling(); };
    } else {
      startPolling();
    }
  }
  function stopLive() { if (source) { source.close(); source = null; } stopPolling(); }
  function startPolling() { if (!pollTimer) { pollTimer = window.setInterval(refresh, 4000); } }
  function stopPolling() { if (pollTimer) { window.clearInterval(pollTimer); pollTimer = null; } }

  /* -- sending, once ------------------------------------------------------------------------ */

  function sendOnce(path, body, done) {
    body.client_key = newKey();
    request("POST", path, body, done);
  }

  function participant() { return ($("participant").value || $("idea-author").value || "").replace(/^\s+|\s+$/g, ""); }

  function sendPending() {
    if (!pending) { return; }
    $("idea-send").disabled = true;
    $("idea-send").textContent = T.sending;
    request("POST", "/ideas", pending, function (status, data) {
      $("idea-send").disabled = false;
      $("idea-send").textContent = T.send;
      if (status === 200 || status === 201) {
        var sent = pending;
        pending = null; save("pending", null);
        if ($("idea-text").value === sent.text) { $("idea-text").value = ""; save("draft", null); }
        var text = data.counted ? fmt(T.saved_counted, { n: data.number })
          : data.duplicate_of_number ? fmt(T.saved_duplicate, { n: data.duplicate_of_number }) : T.saved_blank;
        message("idea-message", text, "ok");
        online(true);
        refresh();
      } else if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
        pending = null; save("pending", null);  // refused: the text stays in the box
        message("idea-message", data && data.error ? data.error : String(status), "error");
      } else {
        message("idea-message", T.waiting_network, "error");
        online(false);
        if (!retryTimer) { retryTimer = window.setTimeout(function () { retryTimer = null; sendPending(); }, 3000); }
      }
    });
  }

  function submitIdea(event) {
    if (event) { event.preventDefault(); }
    if (pending) { sendPending(); return; }
    var author = $("idea-author").value.replace(/^\s+|\s+$/g, "");
    saveName(author);
    pending = { text: $("idea-text").value, author: author, client_key: newKey() };
    save("pending", JSON.stringify(pending));
    sendPending();
  }

  function vote(ideaId, dots) {
    var who = participant();
    if (!who) { message("vote-message", T.name_first, "error"); $("participant").focus(); return; }
    if (voting) { return; }
    saveName(who);
    voting = true;
    renderRanking();
    sendOnce("/votes", { participant: who, idea_id: ideaId, dots: dots }, function (status, data) {
      voting = false;
      if (status === 200 || status === 201) {
        myDots = data.my_dots || {};
        message("vote-message", "", "");
        renderRanking();
        refresh();
      } else {
        message("vote-message", data && data.error ? data.error : T.offline, "error");
        renderRanking();
      }
    });
  }

  /* -- start ------------------------------------------------------------------------------- */

  function start() {
    $("idea-label").textContent = T.idea_label;
    $("idea-text").setAttribute("placeholder", T.idea_placeholder);
    $("author-label").textContent = T.name_label;
    $("idea-author").setAttribute("placeholder", T.name_placeholder);
    $("participant-label").textContent = T.name_label;
    $("idea-send").textContent = T.send;
    $("ideas-heading").textContent = T.ideas_heading;
    $("design-note").textContent = T.design_note;
    $("counter").textContent = T.loading;
    var name = loadName();
    $("idea-author").value = name;
    $("participant").value = name;
    $("idea-text").value = load("draft") || "";
    $("idea-text").oninput = function () { save("draft", $("idea-text").value); };
    $("idea-author").oninput = function () { saveName($("idea-author").value); };
    $("participant").oninput = function () { saveName($("participant").value); };
    $("participant").onchange = function () { saveName(participant()); refresh(); };
    $("idea-form").onsubmit = submitIdea;
    try { pending = JSON.parse(load("pending") || "null"); } catch (e) { pending = null; }
    refresh();
    startLive();
    if (pending) { sendPending(); }
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) { refresh(); if (pending) { sendPending(); } }
    });
    window.addEventListener("online", function () { refresh(); if (pending) { sendPending(); } });
  }

  start();
})();
