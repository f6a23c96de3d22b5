// Progressive enhancement only: every page works without this file.
// Search as you type, from the JSON API; without it the search form still submits.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (input && list && window.fetch) {
    var timer = null;
    var latest = 0;
    var hide = function () { list.hidden = true; list.textContent = ""; };
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { hide(); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        var url = input.getAttribute("data-api") + "?q=" + encodeURIComponent(q) + "&lang=" + encodeURIComponent(input.getAttribute("data-lang") || "en");
        fetch(url).then(function (r) { return r.ok ? r.json() : { hits: [] }; }).then(function (data) {
          if (ticket !== latest) { return; }
          list.textContent = "";
          var prefix = document.documentElement.lang && document.documentElement.lang !== "en" ? "/" + document.documentElement.lang.toLowerCase() : "";
          data.hits.slice(0, 8).forEach(function (hit) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            var slug = hit.reason.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
            a.href = prefix + "/" + hit.protocol + "/" + hit.code + "-" + slug;
            a.textContent = hit.code + " " + hit.reason;
            li.appendChild(a);
            list.appendChild(li);
          });
          list.hidden = list.childNodes.length === 0;
        }).catch(hide);
      }, 120);
    });
    input.addEventListener("keydown", function (e) { if (e.key === "Escape") { hide(); } });
    document.addEventListener("click", function (e) { if (!list.contains(e.target) && e.target !== input) { hide(); } });
  }
})();
