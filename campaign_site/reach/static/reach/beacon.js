/* Reach beacon: counts this page view once. No cookies, no storage, nothing from other sites.
   Sends the page id and its signature (from data-attributes), the referring site's name
   (never its path) and the utm_* campaign parameters of this address. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URLSearchParams) { return; }
  var data = script.dataset;
  var body = new URLSearchParams();
  body.set("v", "1");
  body.set("p", data.page);
  body.set("l", data.locale);
  body.set("s", data.sig);
  if (!data.coarse) {
    // Help and reporting pages send nothing about where the visitor came from.
    if (data.audience) { body.set("a", data.audience); }
    if (data.topic) { body.set("t", data.topic); }
    try {
      if (document.referrer) { body.set("r", new URL(document.referrer).hostname); }
    } catch (error) { /* an unreadable referrer counts as none */ }
    var query = new URLSearchParams(window.location.search);
    ["source", "medium", "campaign"].forEach(function (name) {
      var value = query.get("utm_" + name);
      if (value) { body.set("u" + name.charAt(0), value.slice(0, 64)); }
    });
  }
  var sent = false;
  if (navigator.sendBeacon) {
    try { sent = navigator.sendBeacon(data.endpoint, body); } catch (error) { sent = false; }
  }
  if (!sent) {
    // Older browsers: the same fields on the no-script image's address.
    new Image().src = data.endpoint.replace(/beacon$/, "pixel.gif") + "?" + body.toString();
  }
})();
