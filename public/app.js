// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Exit this page: the link works without JS; with JS it hides the page at once, replaces the
  // history entry (Back does not return here) and answers Shift pressed three times within 5 s.
  var root = document.querySelector("[data-exit-this-page]");
  var link = root && root.querySelector("[data-exit-link]");
  if (root && link) {
    var status = root.querySelector("[data-exit-status]");
    var indicator = root.querySelector("[data-exit-indicator]");
    var presses = 0;
    var timer = null;
    var exit = function () {
      // Like the link's rel="noreferrer": the next site must not learn where the reader came from.
      var referrer = document.querySelector('meta[name="referrer"]');
      if (!referrer) referrer = document.head.appendChild(document.createElement("meta"));
      referrer.setAttribute("name", "referrer");
      referrer.setAttribute("content", "no-referrer");
      document.body.classList.add("exit-hide");
      if (status) status.textContent = root.getAttribute("data-i18n-loading") || "";
      window.location.replace(link.href);
    };
    var show = function (n) {
      if (!indicator) return;
      indicator.setAttribute("data-count", String(n));
    };
    link.addEventListener("click", function (e) {
      e.preventDefault();
      exit();
    });
    document.addEventListener(
      "keyup",
      function (e) {
        if (e.key !== "Shift") {
          presses = 0;
          show(0);
          return;
        }
        presses += 1;
        show(presses);
        clearTimeout(timer);
        if (presses >= 3) {
          presses = 0;
          exit();
          return;
        }
        if (status) status.textContent = root.getAttribute(presses === 1 ? "data-i18n-two" : "data-i18n-one") || "";
        timer = setTimeout(function () {
          presses = 0;
          show(0);
          if (status) status.textContent = root.getAttribute("data-i18n-expired") || "";
        }, 5000);
      },
      true,
    );
    // Coming back through the back/forward cache shows the page again.
    window.addEventListener("pageshow", function () {
      document.body.classList.remove("exit-hide");
      presses = 0;
      show(0);
    });
  }

  // Show/hide password (lets people check what they typed; the field keeps working without JS).
  Array.prototype.forEach.call(document.querySelectorAll("[data-password-toggle]"), function (wrap) {
    var input = wrap.querySelector("input");
    if (!input) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary button-small password-toggle";
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.textContent = wrap.getAttribute("data-show") || "Show";
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = wrap.getAttribute(show ? "data-hide" : "data-show") || "";
      button.setAttribute("aria-pressed", show ? "true" : "false");
    });
    wrap.appendChild(button);
  });

  // Error summary: move focus to it so keyboard and screen-reader users hear what went wrong.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
