/*
 * The employer's view of its reorganisation: aggregate counts only. The link carries the reorganisation and the
 * employer's key in its fragment (#reorganisation=…&key=…), which never reaches a server or its logs; the key goes
 * to the API in a header. The fragment is then removed from the address bar and kept for this tab only, so that a
 * reload or the other language still works.
 */
(function () {
  'use strict';
  const { text, fill, setTitle, longDate, getJson } = window.RMT;
  const words = text.employerView;
  const STORE = 'rmt-employer-view';
  const overview = document.getElementById('overview');
  const problem = document.getElementById('problem');

  function link() {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    if (fragment.get('reorganisation') && fragment.get('key')) {
      const found = { reorganisation: fragment.get('reorganisation'), key: fragment.get('key') };
      window.sessionStorage.setItem(STORE, JSON.stringify(found));
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      return found;
    }
    return JSON.parse(window.sessionStorage.getItem(STORE) || 'null');
  }


  function fail(title, message) {
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-text').textContent = message;
    overview.hidden = true;
    problem.hidden = false;
    setTitle(title, true);
  }

  function show(view) {
    document.getElementById('overview-employer').textContent = view.employerName;
    document.getElementById('overview-notice').textContent = view.expectedNoticeDate
      ? fill(words.noticeDate, { date: longDate(view.expectedNoticeDate) }) : '';
    document.getElementById('overview-closed').hidden = view.status !== 'CLOSED';
    document.getElementById('overview-as-of').textContent = view.asOf
      ? fill(words.asOf, { when: new Date(view.asOf).toLocaleString(window.RMT.locale()) }) : '';
    window.RMT.renderFunnel(view.counts);
    problem.hidden = true;
    overview.hidden = false;
    setTitle(`${view.employerName} - ${overview.dataset.title}`, false);
  }

  async function load() {
    const found = link();
    if (!found) {
      fail(words.missingTitle, words.missing);
      return;
    }
    const answer = await getJson(`/v1/employer-views/${encodeURIComponent(found.reorganisation)}`,
      { 'x-employer-key': found.key });
    if (answer.status === 200) show(answer.body);
    else if (answer.status === 404) fail(words.wrongTitle, words.wrong);
    else fail(words.title, words.failed);
  }

  document.getElementById('print').addEventListener('click', () => window.print());
  // A new link pasted into the same tab changes only the fragment: no new page load.
  window.addEventListener('hashchange', load);
  load();
}());
