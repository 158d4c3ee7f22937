// Starts Swagger UI on /docs from a file, not an inline script, so the page's policy allows no inline script.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({url: root.dataset.openapi, domNode: root, deepLinking: true});
})();
