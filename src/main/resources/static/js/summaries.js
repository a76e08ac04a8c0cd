// Draws each summaries table as an ECharts chart beside it. The table is the source of truth:
// the chart reads the numbers from its cells (data-value), so without JavaScript nothing is lost.
// ECharts comes from its WebJar, /webjars/echarts/5.5.0/echarts.min.js (the 5.5.0 jar has no dist/ folder).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var style = getComputedStyle(document.documentElement);
  function token(name, fallback) {
    var value = style.getPropertyValue(name).trim();
    return value || fallback;
  }
  var palette = [token('--chart-1', '#0031d8'), token('--chart-2', '#7f7f7f'), token('--chart-3', '#259d63'),
    token('--chart-4', '#fb5b01'), token('--chart-5', '#c9c9c9')];

  function read(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-series]'));
    var headCells = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = heads.map(function (th) {
      return { name: th.textContent.trim(), column: headCells.indexOf(th), data: [] };
    });
    var labels = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.children;
      labels.push(cells[0].textContent.trim());
      series.forEach(function (s) {
        var raw = cells[s.column].getAttribute('data-value');
        s.data.push(raw === null || raw === '' ? null : Number(raw));
      });
    });
    return { labels: labels, series: series };
  }

  document.querySelectorAll('.chart[data-for]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-for'));
    if (!table) {
      return;
    }
    var data = read(table);
    var stacked = table.getAttribute('data-chart') === 'stack';
    box.style.height = Math.max(240, data.labels.length * (stacked ? 36 : 44) + 80) + 'px';
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      color: palette,
      animation: false,
      textStyle: { fontFamily: token('--font-sans', 'sans-serif') },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', inverse: true, data: data.labels,
        axisLabel: { width: box.clientWidth < 480 ? 90 : 160, overflow: 'truncate' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', data: s.data, stack: stacked ? 'all' : undefined };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
