// Draws the ECharts bar charts of a page. Each chart is an element with data-chart="bar" whose data-source names a
// list of <li data-label data-value data-color> items rendered by the server (the CSP forbids inline script).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart="bar"]').forEach(function (element) {
    var items = Array.prototype.slice.call(document.querySelectorAll(element.getAttribute('data-source') + ' li'));
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 10, top: 10, bottom: 30 },
      tooltip: {},
      xAxis: { type: 'category', data: items.map(function (item) { return item.getAttribute('data-label'); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'bar',
        data: items.map(function (item) {
          return { value: Number(item.getAttribute('data-value')), itemStyle: { color: item.getAttribute('data-color') } };
        })
      }]
    });
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
