/*
 * The service-use report's charts, drawn from the page's own tables (one chart per measure, a series per row, a
 * bar per month), so the chart and the table can never disagree and the table stays what screen readers and the
 * keyboard use. A suppressed count is no bar (never a number), and the tooltip says "suppressed" where it would be.
 * ECharts comes from the register's own WebJar (/console/assets/webjars), never a CDN.
 */
(function () {
    'use strict';
    if (typeof echarts === 'undefined') {
        return;
    }
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
        var months = Array.prototype.map.call(table.querySelectorAll('thead th[data-month]'), function (th) {
            return th.textContent.trim();
        });
        var suppressedText = table.getAttribute('data-suppressed');
        var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
            var cells = Array.prototype.slice.call(row.querySelectorAll('td[data-month]'));
            return {
                name: row.querySelector('th').textContent.trim(),
                suppressed: cells.map(function (cell) { return cell.classList.contains('suppressed'); }),
                values: cells.map(function (cell) {
                    return cell.classList.contains('suppressed') ? null : Number(cell.textContent.trim());
                })
            };
        });
        var holder = document.createElement('div');
        holder.className = 'chart';
        holder.setAttribute('role', 'img');
        holder.setAttribute('aria-label', table.getAttribute('data-chart'));
        var wrapper = table.parentNode;
        wrapper.parentNode.insertBefore(holder, wrapper);
        var chart = echarts.init(holder, null, {renderer: 'canvas'});
        chart.setOption({
            animation: false,
            legend: {type: 'scroll', top: 0},
            grid: {top: 40, left: 40, right: 16, bottom: 24},
            tooltip: {
                trigger: 'axis',
                formatter: function (points) {
                    var month = points.length ? points[0].axisValue : '';
                    var index = months.indexOf(month);
                    return [month].concat(rows.map(function (row) {
                        return row.name + ': ' + (row.suppressed[index] ? suppressedText : row.values[index]);
                    })).join('<br>');
                }
            },
            xAxis: {type: 'category', data: months},
            yAxis: {type: 'value', minInterval: 1},
            series: rows.map(function (row) {
                return {name: row.name, type: 'bar', data: row.values};
            })
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
}());
