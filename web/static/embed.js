// The one script a clinic adds: <script src="https://CHECKER/embed.js" data-clinic="ID" async></script>
// It adds a button that opens the claim-checker widget in an iframe served by the checker itself.
(function () {
  "use strict";
  var TEXT = /*TEXT*/null;
  var script = document.currentScript;
  if (!script || !TEXT || window.__claimcheckEmbedded) return;
  window.__claimcheckEmbedded = true;

  var base = new URL(script.src).origin;
  var clinic = script.getAttribute("data-clinic") || "";
  var frameId = "claimcheck-widget-frame";
  var frame = null;

  var button = document.createElement("button");
  button.type = "button";
  button.id = "claimcheck-open";
  button.textContent = TEXT.button_label;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", frameId);
  setStyles(button, {
    position: "fixed", right: "16px", bottom: "16px", zIndex: "2147483000",
    padding: "12px 18px", borderRadius: "24px", border: "0",
    background: "#1d4e89", color: "#ffffff", font: "600 15px/1.2 system-ui, sans-serif",
    boxShadow: "0 2px 8px rgba(0,0,0,.25)", cursor: "pointer", maxWidth: "calc(100vw - 32px)"
  });

  function setStyles(element, styles) {
    Object.keys(styles).forEach(function (name) { element.style[name] = styles[name]; });
  }

  function createFrame() {
    var element = document.createElement("iframe");
    element.id = frameId;
    element.title = TEXT.frame_title;
    element.src = base + "/widget?clinic=" + encodeURIComponent(clinic);
    // The widget needs no device access; say so, whatever the host page allows.
    element.setAttribute("allow", "camera 'none'; microphone 'none'; geolocation 'none'");
    element.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups " +
                         "allow-popups-to-escape-sandbox");
    element.setAttribute("referrerpolicy", "no-referrer");
    setStyles(element, {
      position: "fixed", right: "16px", bottom: "72px", zIndex: "2147483000",
      width: "min(400px, calc(100vw - 32px))", height: "min(620px, calc(100vh - 96px))",
      border: "1px solid #c8ced6", borderRadius: "12px", background: "#ffffff",
      boxShadow: "0 6px 24px rgba(0,0,0,.25)"
    });
    document.body.appendChild(element);
    return element;
  }

  function setOpen(open) {
    if (open && !frame) frame = createFrame();
    if (frame) frame.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", open ? "true" : "false");
    button.textContent = open ? TEXT.close_label : TEXT.button_label;
    if (open) frame.focus();
  }

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });

  function attach() { document.body.appendChild(button); }
  if (document.body) attach(); else document.addEventListener("DOMContentLoaded", attach);
})();
