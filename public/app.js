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


  // Services directory: filters apply without a full reload (the form still works as a plain GET),
  // and "Use my location" fills a rounded position that is only used to sort the list.
  var directoryForm = document.querySelector("[data-directory-form]");
  if (directoryForm && window.fetch && window.DOMParser && window.history && window.FormData) {
    var pending = null;
    var queryOf = function (form) {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (typeof value === "string" && value !== "") params.append(key, value);
      });
      return params.toString();
    };
    var refresh = function (replaceForm) {
      var form = document.querySelector("[data-directory-form]");
      var qs = queryOf(form);
      var url = form.getAttribute("action") + (qs ? "?" + qs : "");
      var results = document.getElementById("directory-results");
      if (results) results.setAttribute("aria-busy", "true");
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url, { signal: pending.signal, credentials: "same-origin" })
        .then(function (res) {
          return res.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var newResults = doc.getElementById("directory-results");
          var newForm = doc.querySelector("[data-directory-form]");
          var summary = doc.querySelector("[data-error-summary]");
          // Validation errors: show the server's page as it is, with its error summary.
          if (summary || !newResults) {
            window.location.href = url;
            return;
          }
          var current = document.getElementById("directory-results");
          if (current) current.replaceWith(document.importNode(newResults, true));
          if (replaceForm && newForm) {
            var active = document.activeElement && document.activeElement.id;
            form.replaceWith(document.importNode(newForm, true));
            bindDirectoryForm();
            if (active && document.getElementById(active)) document.getElementById(active).focus();
          }
          window.history.replaceState(null, "", url);
          document.title = doc.title;
        })
        .catch(function (err) {
          if (err && err.name === "AbortError") return;
          window.location.href = url;
        });
    };
    var bindDirectoryForm = function () {
      var form = document.querySelector("[data-directory-form]");
      // On a wide screen there is room to show every filter at once.
      var more = form.querySelector("[data-more-filters]");
      if (more && window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) more.open = true;
      form.addEventListener("change", function (e) {
        var target = e.target;
        if (target && target.type === "search") return;
        refresh(target && (target.name === "country" || target.name === "sort"));
      });
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        refresh(true);
      });
      var slot = form.querySelector("[data-geolocate]");
      if (slot && navigator.geolocation) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button button-secondary";
        button.textContent = slot.getAttribute("data-label") || "";
        var note = document.createElement("p");
        note.className = "hint";
        note.textContent = slot.getAttribute("data-privacy") || "";
        var status = document.createElement("p");
        status.setAttribute("role", "status");
        status.className = "hint";
        button.addEventListener("click", function () {
          status.textContent = slot.getAttribute("data-busy") || "";
          navigator.geolocation.getCurrentPosition(
            function (pos) {
              var set = function (name, value) {
                var input = form.querySelector('input[name="' + name + '"]');
                if (!input) {
                  input = document.createElement("input");
                  input.type = "hidden";
                  input.name = name;
                  form.appendChild(input);
                }
                input.value = value;
              };
              set("lat", (Math.round(pos.coords.latitude * 100) / 100).toFixed(2));
              set("lon", (Math.round(pos.coords.longitude * 100) / 100).toFixed(2));
              var near = form.querySelector('select[name="near"]');
              if (near) near.value = "";
              var distance = form.querySelector('input[name="sort"][value="distance"]');
              if (distance) distance.checked = true;
              status.textContent = "";
              refresh(true);
            },
            function () {
              status.textContent = slot.getAttribute("data-denied") || "";
            },
            { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
          );
        });
        slot.className = "geolocate";
        slot.appendChild(button);
        slot.appendChild(note);
        slot.appendChild(status);
      }
    };
    bindDirectoryForm();
  }

  // Print: a real button where JavaScript runs (the PDF link works without it); printing opens
  // every collapsed section so the paper copy has everything.
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("main details:not([open])"), function (d) {
      d.setAttribute("open", "");
      d.setAttribute("data-opened-for-print", "");
    });
  });
  window.addEventListener("afterprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-opened-for-print]"), function (d) {
      d.removeAttribute("open");
      d.removeAttribute("data-opened-for-print");
    });
  });

  // Documentaries: a transcript timestamp plays the video from there (without JS the link opens the
  // video file at that time); an external player loads only when the reader asks for it.
  document.addEventListener("click", function (e) {
    var link = e.target && e.target.closest ? e.target.closest("[data-seek]") : null;
    var player = link && document.getElementById(link.getAttribute("data-player-id") || "");
    if (!player || typeof player.play !== "function") return;
    e.preventDefault();
    player.currentTime = Number(link.getAttribute("data-seek")) || 0;
    var playing = player.play();
    if (playing && playing.catch) playing.catch(function () {});
    player.focus();
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-embed-src]"), function (box) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = box.getAttribute("data-load-label") || "";
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = box.getAttribute("data-embed-src");
      frame.title = box.getAttribute("data-embed-title") || "";
      frame.allow = "fullscreen; picture-in-picture; encrypted-media";
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      box.replaceChildren(frame);
      frame.focus();
    });
    var link = box.querySelector("[data-embed-link]");
    if (link && link.parentNode) link.parentNode.insertBefore(button, link);
  });

  // Events: the server writes each time in the event's own zone; add the reader's own time when it
  // differs (Intl, in the page's language). Without this script the zone and its offset still show.
  var readerZone = null;
  try {
    readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (err) {
    readerZone = null;
  }
  if (readerZone) {
    var lang = document.documentElement.getAttribute("lang") || undefined;
    Array.prototype.forEach.call(document.querySelectorAll("time[datetime][data-zone][data-start]"), function (el) {
      try {
        var start = new Date(el.getAttribute("data-start"));
        var end = el.getAttribute("data-end") ? new Date(el.getAttribute("data-end")) : null;
        var style = el.getAttribute("data-style") === "short" ? "medium" : "full";
        var shown = function (zone) {
          var f = new Intl.DateTimeFormat(lang, { dateStyle: style, timeStyle: "short", timeZone: zone });
          return end && f.formatRange ? f.formatRange(start, end) : f.format(start);
        };
        var mine = shown(readerZone);
        if (mine === shown(el.getAttribute("data-zone"))) return;
        var zoneName = new Intl.DateTimeFormat(lang, { timeZone: readerZone, timeZoneName: "long" }).formatToParts(start).filter(function (p) {
          return p.type === "timeZoneName";
        })[0];
        var label = el.getAttribute("data-local-label") || "{time} ({name})";
        var out = document.createElement("span");
        out.className = "local-time";
        out.setAttribute("data-local-time", "");
        out.textContent = label.replace("{time}", mine).replace("{name}", zoneName ? zoneName.value : readerZone);
        var box = el.closest("[data-when]") || el.parentNode;
        box.appendChild(out);
      } catch (err) {
        /* an unknown zone or an old browser: the event's own time stays */
      }
    });
  }

  // Error summary: move focus to it so keyboard and screen-reader users hear what went wrong.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
    // GOV.UK pattern: a link to a field shows its question (legend or label) too, not only the input.
    summary.addEventListener("click", function (e) {
      var link = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
      if (!link) return;
      var id = link.getAttribute("href").slice(1);
      var input = document.getElementById(id);
      if (!input) return;
      e.preventDefault();
      var fieldset = input.closest("fieldset");
      var legend = fieldset ? fieldset.querySelector("legend") : null;
      var label = document.querySelector('label[for="' + id + '"]');
      (legend || label || input).scrollIntoView();
      window.scrollBy(0, -16);
      input.focus({ preventScroll: true });
      if (window.history && history.replaceState) history.replaceState(null, "", "#" + id);
    });
  }
  // Campaign share kit: a copy button beside the share text (without JS the text is there to select).
  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector("[data-copy-status]");
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.textContent || "";
      var done = function () {
        if (status) status.textContent = button.getAttribute("data-copied") || "";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () {});
      } else {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        if (document.execCommand("copy")) done();
      }
    });
  });
})();
