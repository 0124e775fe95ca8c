// Search: a row stays visible when its search text holds every word typed.
// Language: the texts of the chosen language are shown, the others hidden.
(function () {
  var search = document.getElementById("search");
  var language = document.getElementById("lang");
  var count = document.getElementById("count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-search]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));
  function filter() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute("data-search");
      var visible = words.every(function (word) { return text.indexOf(word) >= 0; });
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelectorAll("tr[data-search]:not([hidden])").length === 0;
    });
    count.textContent = shown + " / " + rows.length;
  }
  function choose() {
    var chosen = language ? language.value : "";
    document.querySelectorAll("[data-lang]").forEach(function (text) {
      text.hidden = text.getAttribute("data-lang") !== chosen;
    });
    document.documentElement.lang = chosen || document.documentElement.lang;
  }
  search.addEventListener("input", filter);
  if (language) { language.addEventListener("change", choose); choose(); }
  filter();
})();
