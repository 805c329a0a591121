/* Draws the dashboards' plotly figures from the JSON next to each chart.
 *
 * plotly.js is served by the platform itself (dashboards/vendor/plotly.min.js); nothing
 * is loaded from elsewhere. Axis month names and number separators come from the admin's
 * language, colours from the admin theme (light or dark), so the charts read like the
 * tables beside them.
 */
(function () {
  "use strict";

  function readJSON(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function registerLocale(language) {
    var locale = readJSON("dashboards-plotly-locale");
    if (!locale || !window.Plotly) {
      return null;
    }
    window.Plotly.register({
      moduleType: "locale",
      name: language,
      dictionary: locale.dictionary || {},
      format: {
        days: locale.days,
        shortDays: locale.shortDays,
        months: locale.months,
        shortMonths: locale.shortMonths,
        periods: ["AM", "PM"],
        dateTime: "%a %b %e %X %Y",
        date: "%d/%m/%Y",
        time: "%H:%M:%S",
        decimal: locale.decimal,
        thousands: locale.thousands,
        grouping: [3],
        currency: ["", ""],
        year: "%Y",
        month: "%b %Y",
        dayMonth: "%b %-d",
        dayMonthYear: "%b %-d, %Y",
      },
    });
    return locale;
  }

  function themed(layout, element) {
    var style = window.getComputedStyle(element);
    var text = style.color || "#222";
    var grid = "rgba(128, 128, 128, 0.25)";
    var result = Object.assign({}, layout);
    result.font = Object.assign({}, layout.font || {}, { color: text });
    Object.keys(result).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) {
        result[key] = Object.assign({}, result[key], {
          gridcolor: grid,
          zerolinecolor: grid,
          linecolor: grid,
        });
      }
    });
    (result.annotations || []).forEach(function (annotation) {
      annotation.font = Object.assign({}, annotation.font || {}, { color: text });
    });
    return result;
  }

  function draw(element, language, locale) {
    var figure = readJSON(element.getAttribute("data-dashboard-figure"));
    if (!figure) {
      return;
    }
    var layout = themed(figure.layout || {}, element);
    if (locale) {
      layout.separators = locale.decimal + locale.thousands;
    }
    window.Plotly.newPlot(element, figure.data || [], layout, {
      responsive: true,
      displaylogo: false,
      locale: language,
      modeBarButtonsToRemove: [
        "select2d",
        "lasso2d",
        "autoScale2d",
        "toggleSpikelines",
        "hoverClosestCartesian",
        "hoverCompareCartesian",
      ],
      toImageButtonOptions: {
        format: "png",
        filename: element.getAttribute("data-filename") || "chart",
        scale: 2,
      },
    });
    element.classList.add("dashboard-chart--drawn");
  }

  function start() {
    var charts = document.querySelectorAll("[data-dashboard-figure]");
    if (!charts.length || !window.Plotly) {
      return;
    }
    var language = document.documentElement.lang || "en";
    var locale = registerLocale(language);
    charts.forEach(function (element) {
      draw(element, language, locale);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
