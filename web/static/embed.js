// The one script a clinic adds: <script src="https://CHECKER/embed.js" data-clinic="ID" async></script>
// It adds a launcher button that opens the claim-checker widget, an iframe served by the checker itself,
// in a dialog panel. Both live in a shadow root, so the page's own CSS cannot restyle or hide them.
//
// For the page's own scripts: window.ClaimCheck.load(), .open(), .close(), .isOpen(), and a
// "claimcheck:ready" event on window once the launcher is shown. With data-load="manual" nothing is
// fetched or shown until the page calls ClaimCheck.load() or .open() (after cookie consent, say).
(function () {
  "use strict";
  var TEXT = /*TEXT*/null;
  var script = document.currentScript;
  if (!script || !TEXT || window.ClaimCheck) return;

  var base = new URL(script.src).origin;
  var clinic = script.getAttribute("data-clinic") || "";
  var FULL_SCREEN = "(max-width: 600px)";
  var STYLES = [
    ":host { all: initial; }",
    "* { box-sizing: border-box; }",
    "[hidden] { display: none !important; }",
    ".launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; display: block;",
    "  margin: 0; padding: 12px 18px; max-width: calc(100vw - 32px); border: 0; border-radius: 24px;",
    "  background: var(--accent, #1d4e89); color: #fff; font: 600 15px/1.2 system-ui, -apple-system, sans-serif;",
    "  text-transform: none; letter-spacing: normal; box-shadow: 0 2px 8px rgba(0,0,0,.25); cursor: pointer; }",
    ".launcher:focus-visible { outline: 3px solid var(--accent, #1d4e89); outline-offset: 3px; }",
    ".panel { position: fixed; right: 16px; bottom: 72px; z-index: 2147483000; display: block; margin: 0; padding: 0;",
    "  width: min(400px, calc(100vw - 32px)); height: min(620px, calc(100vh - 96px));",
    "  border: 1px solid #c8ced6; border-radius: 12px; overflow: hidden; background: #fff;",
    "  box-shadow: 0 6px 24px rgba(0,0,0,.25); }",
    ".frame { display: block; width: 100%; height: 100%; margin: 0; padding: 0; border: 0; }",
    // On a phone the panel is the whole screen; its top and height follow the visual viewport (below),
    // so the on-screen keyboard never covers the question box.
    "@media " + FULL_SCREEN + " { .panel { top: 0; left: 0; right: auto; bottom: auto; width: 100vw;",
    "  height: 100vh; border: 0; border-radius: 0; box-shadow: none; } }"
  ].join("\n");

  var loading = null;
  var launcher = null;
  var panel = null;
  var frame = null;

  function load() {
    if (!loading) loading = clinicDetails().then(build);
    return loading;
  }

  function clinicDetails() {
    return fetch(base + "/widget/clinic?clinic=" + encodeURIComponent(clinic), {credentials: "omit"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  function build(details) {
    var hostElement = document.createElement("claimcheck-widget");
    // The page cannot reach inside the shadow root; these inline rules keep its CSS off the host too.
    hostElement.style.setProperty("all", "initial", "important");
    hostElement.style.setProperty("display", "block", "important");
    var root = hostElement.attachShadow({mode: "open"});
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];

    launcher = document.createElement("button");
    launcher.type = "button";
    launcher.className = "launcher";
    launcher.textContent = TEXT.button_label;
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "claimcheck-panel");
    if (details) hostElement.style.setProperty("--accent", details.accent, "important");
    launcher.addEventListener("click", function () { if (isOpen()) close(); else open(); });

    panel = document.createElement("div");
    panel.id = "claimcheck-panel";
    panel.className = "panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", details ? details.dialog_label : TEXT.frame_title);
    panel.hidden = true;

    root.appendChild(launcher);
    root.appendChild(panel);
    document.body.appendChild(hostElement);
    followVisualViewport();
    window.dispatchEvent(new CustomEvent("claimcheck:ready"));
  }

  function createFrame() {
    var element = document.createElement("iframe");
    element.id = "claimcheck-widget-frame";
    element.className = "frame";
    element.title = TEXT.frame_title;
    // The widget checks this origin against the clinic's allowed origins before it talks to the page.
    element.src = base + "/widget?clinic=" + encodeURIComponent(clinic) +
      "&origin=" + encodeURIComponent(window.location.origin);
    // The widget needs no device access; say so, whatever the host page allows.
    element.setAttribute("allow", "camera 'none'; microphone 'none'; geolocation 'none'");
    element.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups " +
                         "allow-popups-to-escape-sandbox");
    element.setAttribute("referrerpolicy", "no-referrer");
    element.addEventListener("load", greetFrame);
    panel.appendChild(element);
    return element;
  }

  function fullScreen() { return window.matchMedia(FULL_SCREEN).matches; }

  function greetFrame() {
    if (isOpen()) frame.contentWindow.postMessage({claimcheck: "opened", fullScreen: fullScreen()}, base);
  }

  function isOpen() { return Boolean(panel && !panel.hidden); }

  function open() {
    return load().then(function () {
      if (isOpen()) return;
      var first = !frame;
      if (first) frame = createFrame();
      panel.hidden = false;
      launcher.setAttribute("aria-expanded", "true");
      launcher.textContent = TEXT.close_label;
      fitToVisualViewport();
      frame.focus();
      if (!first) greetFrame();
    });
  }

  function close() {
    if (!isOpen()) return;
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.textContent = TEXT.button_label;
    launcher.focus();
  }

  function fitToVisualViewport() {
    var viewport = window.visualViewport;
    if (!panel || !viewport) return;
    panel.style.top = fullScreen() ? viewport.offsetTop + "px" : "";
    panel.style.height = fullScreen() ? viewport.height + "px" : "";
  }

  function followVisualViewport() {
    if (!window.visualViewport) return;
    window.visualViewport.addEventListener("resize", fitToVisualViewport);
    window.visualViewport.addEventListener("scroll", fitToVisualViewport);
  }

  window.addEventListener("message", function (event) {
    if (!frame || event.origin !== base || event.source !== frame.contentWindow) return;
    if (event.data && event.data.claimcheck === "close") close();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") close();
  });

  window.ClaimCheck = {load: load, open: open, close: close, isOpen: isOpen};
  if (script.getAttribute("data-load") === "manual") return;
  if (document.body) load(); else document.addEventListener("DOMContentLoaded", load);
})();
