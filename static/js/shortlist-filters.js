// The filter controls always show what the table shows. On Back and Forward htmx puts back a page from its
// history cache, but the values chosen in a form are not in the saved HTML: the controls would show their
// defaults over a filtered table, and the next change would silently drop the hidden filter. So each control
// is set again from the URL, which holds every filter.
(() => {
  "use strict";

  function controlsFromUrl() {
    const form = document.getElementById("shortlist-filters");
    if (!form) return;
    const params = new URLSearchParams(window.location.search);
    for (const control of form.elements) {
      if (!control.name || control.type === "submit") continue;
      control.value = params.get(control.name) ?? "";
      if (control instanceof HTMLSelectElement && control.selectedIndex === -1) control.selectedIndex = 0;
    }
  }

  document.addEventListener("htmx:historyRestore", controlsFromUrl);
  window.addEventListener("pageshow", controlsFromUrl); // the browser's own back-forward cache
})();
