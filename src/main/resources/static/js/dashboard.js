// Draws the on-time rate by month from the numbers the page carries; the table below shows the same figures.
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("trend");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var labels = canvas.dataset.labels ? canvas.dataset.labels.split("|") : [];
  var rates = canvas.dataset.rates ? canvas.dataset.rates.split("|").map(function (v) {
    return v === "" || v === "null" ? null : Number(v);
  }) : [];
  new Chart(canvas, {
    type: "bar",
    data: { labels: labels, datasets: [{ label: canvas.dataset.label, data: rates, backgroundColor: "#0b5394" }] },
    options: {
      animation: false,
      scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + "%"; } } } },
      plugins: { legend: { display: false } }
    }
  });
});
