// A move that closes an application (Rejected, Withdrawn) is confirmed before it is sent. The question comes
// with the page, as data-confirm on the chosen <option> or on the Undo button; once it is answered, the
// form's "confirmed" field tells the server. Without this script the server asks on a page of its own.
(() => {
  "use strict";

  function question(form, submitter) {
    if (submitter && submitter.value === "compare") return null;
    const chosen = submitter && submitter.name === "undo"
      ? submitter
      : form.elements.namedItem("stage")?.selectedOptions?.[0];
    return chosen?.dataset.confirm || null;
  }

  function asked(form, submitter) {
    const text = question(form, submitter);
    if (!text) return true;
    if (!window.confirm(text)) return false;
    form.elements.namedItem("confirmed").value = "1";
    return true;
  }

  // Forms sent by htmx: a shortlist row, the bulk bar.
  document.addEventListener("htmx:confirm", (event) => {
    const form = event.detail.elt;
    if (!(form instanceof HTMLFormElement) || !form.elements.namedItem("confirmed")) return;
    event.preventDefault();
    if (asked(form, event.detail.triggeringEvent?.submitter)) event.detail.issueRequest(true);
  });

  // Plain forms: the candidate's own page.
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.hasAttribute("hx-post") || !form.elements.namedItem("confirmed")) return;
    if (!asked(form, event.submitter)) event.preventDefault();
  });
})();
