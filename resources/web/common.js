/* What the participants' page and the jurors' page share: plain ES5, text always inserted
   with textContent. `LabinovasiPage(api, key)` gives the helpers for one page: its API base
   and the prefix of what it keeps in localStorage. */
(function () {
  "use strict";
  window.LabinovasiPage = function (api, key) {
    function $(id) { return document.getElementById(id); }
    function fmt(text, values) {
      return text.replace(/\{(\w+)\}/g, function (m, k) { return values[k] !== undefined ? String(values[k]) : m; });
    }
    function load(name) { try { return window.localStorage.getItem(key + name); } catch (e) { return null; } }
    function el(tag, className, text) {
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      if (text !== undefined && text !== null) { node.textContent = text; }
      return node;
    }
    function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
    function newKey() {
      var hex = "", a, i;
      if (window.crypto && window.crypto.getRandomValues) {
        a = new Uint8Array(16); window.crypto.getRandomValues(a);
      } else {
        a = []; for (i = 0; i < 16; i++) { a.push(Math.floor(Math.random() * 256)); }
      }
      for (i = 0; i < a.length; i++) { hex += (a[i] < 16 ? "0" : "") + a[i].toString(16); }
      return hex;
    }
    function request(method, path, body, done) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, api + path, true);
      xhr.timeout = 15000;
      if (body) { xhr.setRequestHeader("Content-Type", "application/json"); }
      xhr.onreadystatechange = function () {
        if (xhr.readyState !== 4) { return; }
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        done(xhr.status, data);
      };
      xhr.send(body ? JSON.stringify(body) : null);
    }
    return { $: $, fmt: fmt, load: load, el: el, clear: clear, newKey: newKey, request: request };
  };
})();
