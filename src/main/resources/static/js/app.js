// Sends the CSRF token with every htmx request that changes something.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Shows only the deadline field that the chosen kind needs; without script all fields stay visible.
function showDeadlineFields(select) {
  var kind = select.value;
  document.querySelectorAll("[data-deadline-for]").forEach(function (field) {
    field.hidden = field.getAttribute("data-deadline-for").split(" ").indexOf(kind) < 0;
  });
}
document.addEventListener("DOMContentLoaded", function () {
  var select = document.querySelector("[data-deadline-kind]");
  if (select) {
    showDeadlineFields(select);
    select.addEventListener("change", function () { showDeadlineFields(select); });
  }
});
