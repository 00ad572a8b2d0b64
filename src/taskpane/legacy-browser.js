/* Runs before the add-in's bundle, in plain ES5 (no polyfills are shipped).
 * Internet Explorer and the old EdgeHTML webview (Excel 2016/2019 on older Windows) cannot run the
 * add-in. Detect them and put a clear message in place of the pane, and set a flag so that the
 * bundle does not start (it checks window.communeTargetsUnsupportedBrowser). */
(function () {
  "use strict";
  var w = window;
  var isLegacy =
    typeof w.Promise === "undefined" ||
    typeof w.fetch === "undefined" ||
    typeof w.Symbol === "undefined" ||
    typeof document.documentMode !== "undefined" || // Internet Explorer only
    /\bEdge\/\d+/.test(navigator.userAgent); // EdgeHTML (the Chromium Edge says "Edg/")
  if (!isLegacy) return;
  w.communeTargetsUnsupportedBrowser = true;

  var MESSAGE_VI =
    "Phần bổ trợ này cần Excel cho Microsoft 365, Excel 2021 trở lên, Excel trên web hoặc Excel cho Mac.";
  var MESSAGE_EN =
    "This add-in needs Excel for Microsoft 365, Excel 2021 or later, Excel on the web, or Excel for Mac.";

  function paragraph(text, lang, style) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.style.cssText = style;
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function showMessage() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText =
      "font-family: 'Segoe UI', Arial, sans-serif; padding: 16px; color: #242424;";
    box.appendChild(
      paragraph(MESSAGE_VI, "vi", "font-size: 16px; font-weight: 600; margin: 0 0 12px 0;")
    );
    box.appendChild(paragraph(MESSAGE_EN, "en", "font-size: 14px; margin: 0;"));
    body.appendChild(box);
  }

  if (document.body) {
    showMessage();
  } else if (document.addEventListener) {
    document.addEventListener("DOMContentLoaded", showMessage, false);
  } else {
    w.attachEvent("onload", showMessage);
  }
})();
