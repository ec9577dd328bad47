/*
 * A reorganisation's funnel as table rows, for the employer's view and the desk: each count as the service gives it,
 * {"count": n}, {"fewerThan": 5} (a small number suppressed by the service, shown as "fewer than 5") or
 * {"withheld": true} (a larger one held back so that a small one cannot be worked out from the others).
 */
(function () {
  'use strict';
  const { text, fill } = window.RMT;
  const STAGES = ['invitedJobs', 'applications', 'inCoaching', 'movedToWork', 'toTraining', 'other'];

  function shown(cell) {
    if (cell && typeof cell.count === 'number') return cell.count.toLocaleString(document.documentElement.lang);
    if (cell && typeof cell.fewerThan === 'number') return fill(text.funnel.fewerThan, { n: cell.fewerThan });
    if (cell && cell.withheld) return text.funnel.withheld;
    return '';
  }

  /** Fills tbody#funnel-rows with one row per stage: its name as the row's header, then its count. */
  function renderFunnel(counts) {
    const rows = STAGES.map((stage) => {
      const row = document.createElement('tr');
      row.className = 'utrecht-table__row';
      const name = document.createElement('th');
      name.className = 'utrecht-table__header-cell';
      name.scope = 'row';
      name.textContent = text.funnel[stage];
      const count = document.createElement('td');
      count.className = 'utrecht-table__cell rmt-number';
      count.textContent = shown((counts || {})[stage]);
      row.append(name, count);
      return row;
    });
    document.getElementById('funnel-rows').replaceChildren(...rows);
  }

  window.RMT.renderFunnel = renderFunnel;
}());
