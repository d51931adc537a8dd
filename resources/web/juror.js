/* The jurors' page: pick your name, then score each presentation on the event's rubric. Plain
   ES5; names shown with textContent; typed scores kept in localStorage until saved. */
(function () {
  "use strict";
  var T = JSON.parse(document.getElementById("texts").textContent);
  var token = document.body.getAttribute("data-token");
  var api = "/api/j/" + encodeURIComponent(token);
  var KEY = "labinovasi." + token + ".";
  var state = null;
  var page = window.LabinovasiPage(api, KEY);
  var $ = page.$, fmt = page.fmt, load = page.load, el = page.el, clear = page.clear;
  var newKey = page.newKey, request = page.request;

  function save(name, value) {
    try {
      if (value === null) { window.localStorage.removeItem(KEY + name); } else { window.localStorage.setItem(KEY + name, value); }
    } catch (e) { /* */ }
  }
  function message(text, kind) { var n = $("juror-message"); n.textContent = text || ""; n.className = "message" + (kind ? " " + kind : ""); }

  function juror() { return load("juror") || ""; }

  function refresh() {
    request("GET", "/state?juror=" + encodeURIComponent(juror()), null, function (status, data) {
      if (status === 200 && data) { state = data; $("connection").className = "hidden"; render(); }
      else { $("connection").textContent = data && data.error ? data.error : T.offline; $("connection").className = ""; }
    });
  }

  function render() {
    var select = $("juror-select");
    clear(select);
    var blank = el("option", null, "—"); blank.value = ""; select.appendChild(blank);
    for (var i = 0; i < state.jurors.length; i++) {
      var option = el("option", null, state.jurors[i].name);
      option.value = state.jurors[i].id;
      if (state.jurors[i].id === juror()) { option.selected = true; }
      select.appendChild(option);
    }
    $("stage").textContent = state.fixed ? T.juror_fixed : fmt(T.juror_score_range, { low: state.scale[0], high: state.scale[1] });
    var list = $("presentations");
    clear(list);
    if (!state.jurors.length) { message(T.juror_none, "error"); return; }
    if (!juror()) { return; }
    if (!state.presentations.length) { list.appendChild(el("li", "empty", T.juror_no_presentations)); return; }
    for (var j = 0; j < state.presentations.length; j++) { list.appendChild(sheet(state.presentations[j])); }
  }

  function sheet(entry) {
    var li = el("li");
    li.setAttribute("data-id", entry.id);
    li.appendChild(el("span", "number", entry.position + "."));
    li.appendChild(el("span", "text", entry.name));
    li.appendChild(el("span", "meta", entry.opd));
    var saved = state.sheets[entry.id] || {};
    var draft = {};
    try { draft = JSON.parse(load("draft." + juror() + "." + entry.id) || "{}") || {}; } catch (e) { draft = {}; }
    var inputs = {};
    var complete = state.criteria.length > 0;
    for (var i = 0; i < state.criteria.length; i++) {
      var c = state.criteria[i];
      var row = el("label", "criterion");
      row.appendChild(el("span", null, c.name + " (" + c.weight + "%)"));
      var input = el("input");
      input.type = "number"; input.min = String(state.scale[0]); input.max = String(state.scale[1]);
      input.step = "any"; input.name = c.key; input.setAttribute("inputmode", "decimal");
      var value = draft[c.key] !== undefined ? draft[c.key] : saved[c.key];
      if (value === undefined || value === null) { complete = false; value = ""; }
      input.value = String(value);
      input.disabled = state.fixed;
      input.oninput = keepDraft(entry.id, inputs);
      inputs[c.key] = input;
      row.appendChild(input);
      li.appendChild(row);
    }
    if (complete) { li.appendChild(el("span", "done", T.done_mark)); }
    var button = el("button", "save", T.juror_save);
    button.type = "button"; button.disabled = state.fixed;
    button.onclick = function () { send(entry.id, inputs); };
    li.appendChild(button);
    return li;
  }

  function keepDraft(id, inputs) {
    return function () {
      var draft = {};
      for (var k in inputs) { if (inputs.hasOwnProperty(k)) { draft[k] = inputs[k].value; } }
      save("draft." + juror() + "." + id, JSON.stringify(draft));
    };
  }

  function send(id, inputs) {
    var scores = {};
    for (var k in inputs) {
      if (inputs.hasOwnProperty(k)) { scores[k] = inputs[k].value === "" ? null : inputs[k].value; }
    }
    request("POST", "/scores", { juror_id: juror(), innovation_id: id, scores: scores, client_key: newKey() }, function (status, data) {
      if (status === 200 || status === 201) { save("draft." + juror() + "." + id, null); message(T.juror_saved, "ok"); refresh(); }
      else { message(data && data.error ? data.error : T.offline, "error"); }
    });
  }

  $("juror-title").textContent = T.juror_title;
  $("pick-label").textContent = T.juror_pick;
  $("juror-select").onchange = function () { save("juror", $("juror-select").value || null); message("", ""); refresh(); };
  refresh();
})();
