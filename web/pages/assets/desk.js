/* The desk page: sign in, the region's cases with filters and paging, one case explained, re-route by hand. */
(function () {
  'use strict';
  const { text, fill, setFieldError, clearErrors, showSummary, setTitle } = window.RMT;
  const words = text.deskClient;
  const access = window.RMT_DESK_SIGN_IN;
  const signIn = document.getElementById('sign-in');
  const casesView = document.getElementById('cases');
  const caseView = document.getElementById('case');
  // The reorganisations' views (desk-reorganisations.js) take turns with these on the same page.
  const views = [signIn, casesView, caseView, ...document.querySelectorAll('[data-desk-view]')];
  const PAGE_SIZE = 20;
  const DAY_MS = 24 * 60 * 60 * 1000;
  let session = null;
  let region = null;
  let pages = [null]; // the next token of each page shown so far; the first page has none
  let shownCase = null;

  function client() {
    return new window.aws4fetch.AwsClient({
      accessKeyId: session.accessKeyId,
      secretAccessKey: session.secretAccessKey,
      sessionToken: session.sessionToken,
      service: 'execute-api',
      region: window.RMT_DESK.awsRegion,
    });
  }

  async function api(path, init) {
    const response = await client().fetch(new URL(path, access.apiUrl).toString(), {
      ...init,
      headers: { accept: 'application/json', 'accept-language': document.documentElement.lang,
        ...(init && init.body ? { 'content-type': 'application/json' } : {}) },
    });
    let body = {};
    try {
      body = await response.json();
    } catch (notJson) {
      body = {};
    }
    return { status: response.status, body };
  }

  function show(section, moveFocus) {
    for (const view of views) view.hidden = view !== section;
    document.getElementById('session').hidden = section === signIn;
    markPart(section);
    setTitle(section.dataset.title, false);
    if (moveFocus) section.querySelector('h1').focus();
  }

  /** The navigation between the desk's parts: hidden until signed in, the shown part marked as current. */
  function markPart(section) {
    const nav = document.getElementById('desk-nav');
    nav.hidden = section === signIn;
    const part = section.hasAttribute('data-desk-view') ? 'reorganisations' : 'cases';
    for (const link of nav.querySelectorAll('a')) {
      if (link.dataset.part === part) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  function failure(answer) {
    if (answer.status === 403) return words.forbidden;
    if (answer.status === 404) return words.notFound;
    return words.failed;
  }

  const cell = (content) => {
    const td = document.createElement('td');
    td.className = 'utrecht-table__cell';
    if (content instanceof Node) td.append(content);
    else td.textContent = content;
    return td;
  };
  const when = (instant) => (instant ? new Date(instant).toLocaleString(document.documentElement.lang) : '');
  const groupNames = (groups) => (groups || []).map((group) => text.targetGroup[group] || group).join(', ');

  // ---------------------------------------------------------------- the list
  function query(next) {
    const form = document.getElementById('filters');
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    for (const name of ['status', 'group', 'partner']) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    const days = form.elements.age.value;
    if (days) params.set('submittedBefore', new Date(Date.now() - Number(days) * DAY_MS).toISOString());
    if (next) params.set('next', next);
    return params;
  }

  async function loadPage(index, moveFocus) {
    clearErrors(document);
    const answer = await api(`/v1/regions/${region}/cases?${query(pages[index])}`);
    show(casesView, moveFocus);
    if (answer.status !== 200) {
      const fields = (answer.body.errors || []).filter((error) => error.field);
      fields.forEach((error) => setFieldError(error.field, error.message));
      setTitle(casesView.dataset.title, true);
      showSummary(fields.length ? fields : [{ field: null, message: failure(answer) }]);
      return;
    }
    pages = pages.slice(0, index + 1);
    if (answer.body.next) pages.push(answer.body.next);
    const rows = answer.body.cases.map((found) => {
      const row = document.createElement('tr');
      row.className = 'utrecht-table__row';
      const link = document.createElement('a');
      link.className = 'utrecht-link';
      link.href = `#zaak=${encodeURIComponent(found.caseId)}`;
      link.textContent = found.reference;
      row.append(cell(link), cell(text.caseStatus[found.status] || found.status), cell(groupNames(found.targetGroups)),
        cell(found.leadPartnerId || ''), cell(when(found.submittedAt)));
      return row;
    });
    document.getElementById('cases-rows').replaceChildren(...rows);
    const counted = rows.length === 1 ? words.countOne : fill(words.count, { n: rows.length });
    document.getElementById('cases-status').textContent = rows.length ? counted : words.none;
    document.getElementById('first-page').hidden = index === 0;
    document.getElementById('next-page').hidden = !answer.body.next;
    document.getElementById('next-page').dataset.index = String(index + 1);
  }

  // ---------------------------------------------------------------- one case
  function fact(list, term, value) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value == null ? '' : String(value);
    list.append(dt, dd);
  }

  function paragraph(content) {
    const p = document.createElement('p');
    p.className = 'utrecht-paragraph';
    p.textContent = content;
    return p;
  }

  function list(items) {
    const ul = document.createElement('ul');
    ul.className = 'utrecht-unordered-list';
    ul.replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      li.textContent = item;
      return li;
    }));
    return ul;
  }

  function renderDecision(decision) {
    const lang = document.documentElement.lang;
    const plain = (both) => (both && both[lang]) || null;
    const parts = [];
    if (decision.region) {
      parts.push(paragraph(fill(words.regionBasis, decision.region)));
    }
    parts.push(list((decision.targetGroups || []).map((group) =>
      `${text.targetGroup[group.group] || group.group}: ${group.reason}`)));
    const lead = decision.lead || {};
    // The plain words come first; the rule ids stay beside them for staff. Decisions stored before the words were
    // recorded have only the ids.
    if (plain(lead.explanation)) parts.push(paragraph(plain(lead.explanation)));
    if (lead.rule) parts.push(paragraph(fill(words.rule, lead.rule)));
    if (lead.partner) {
      parts.push(paragraph(fill(words.partner, { name: (lead.partner.name || {})[lang] || lead.partner.id,
        days: lead.contactWithinWorkingDays })));
    }
    const referrals = decision.referrals || [];
    parts.push(paragraph(referrals.length ? `${words.referrals}:` : words.noReferrals));
    if (referrals.length) {
      parts.push(list(referrals.map((referral) => {
        const partner = referral.partner || {};
        const named = plain(referral.explanation) || (partner.name || {})[lang] || partner.id;
        return `${named} (${(referral.because || []).join(', ')})`;
      })));
    }
    const skipped = decision.skippedReferrals || [];
    if (skipped.length) {
      parts.push(paragraph(`${words.skipped}:`));
      parts.push(list(skipped.map((skip) => plain(skip.explanation)
        || `${skip.partnerType} (${skip.group}): ${skip.reason}`)));
    }
    const help = (decision.help || []).map((entry) => plain(entry.text)).filter(Boolean);
    if (help.length) {
      const heading = document.createElement('h3');
      heading.className = 'utrecht-heading-3';
      heading.textContent = words.helpTitle;
      parts.push(heading, list(help));
    }
    document.getElementById('case-decision').replaceChildren(...parts);
  }

  async function loadCase(caseId, moveFocus) {
    clearErrors(document);
    const answer = await api(`/v1/regions/${region}/cases/${encodeURIComponent(caseId)}`);
    if (answer.status !== 200) {
      show(casesView, false);
      setTitle(casesView.dataset.title, true);
      showSummary([{ field: null, message: failure(answer) }]);
      return;
    }
    const found = answer.body;
    shownCase = found;
    document.getElementById('case-reference').textContent = found.reference;
    const facts = document.getElementById('case-facts');
    facts.replaceChildren();
    fact(facts, text.desk.status, text.caseStatus[found.status] || found.status);
    fact(facts, words.region, found.region);
    fact(facts, words.deskRegion, found.deskRegion);
    fact(facts, words.lead, found.leadPartnerId);
    fact(facts, words.round, found.round);
    fact(facts, words.groups, groupNames(found.targetGroups));
    fact(facts, words.submitted, when(found.submittedAt));
    fact(facts, words.updated, when(found.updatedAt));
    fact(facts, words.rules, found.rulesVersion);
    renderDecision(found.decision || {});
    document.getElementById('case-history').replaceChildren(...(found.history || []).map((entry) => {
      const row = document.createElement('tr');
      row.className = 'utrecht-table__row';
      const change = `${entry.from ? `${text.caseStatus[entry.from] || entry.from} → ` : ''}${text.caseStatus[entry.to] || entry.to}`;
      row.append(cell(when(entry.at)), cell(change), cell(entry.actor),
        cell([entry.reason, entry.note].filter(Boolean).join(': ')));
      return row;
    }));
    document.getElementById('case-messages').replaceChildren(...(found.messages || []).map((message) => {
      const row = document.createElement('tr');
      row.className = 'utrecht-table__row';
      row.append(cell(message.kind), cell(message.queue), cell(message.status), cell(when(message.sentAt)));
      return row;
    }));
    show(caseView, moveFocus);
    document.title = `${found.reference} - ${caseView.dataset.title} - ${text.site.name}`;
  }

  async function reroute(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const partnerId = form.elements.partnerId.value.trim();
    const reason = form.elements.reason.value.trim();
    const errors = [];
    if (!partnerId) errors.push({ field: 'partnerId', message: words.partnerId });
    if (!reason) errors.push({ field: 'reason', message: words.reason });
    let answer = null;
    if (!errors.length) {
      answer = await api(`/v1/regions/${region}/cases/${encodeURIComponent(shownCase.caseId)}/reroute`,
        { method: 'POST', body: JSON.stringify({ partnerId, reason }) });
      if (answer.status === 400 || answer.status === 409) {
        const fields = (answer.body.errors || []).filter((error) => error.field);
        errors.push(...(fields.length ? fields.map((error) => ({
          field: ['partnerId', 'reason'].includes(error.field) ? error.field : null, message: error.message }))
          : [{ field: 'partnerId', message: answer.body.message || words.failed }]));
      } else if (answer.status !== 200) {
        errors.push({ field: null, message: failure(answer) });
      }
    }
    if (errors.length) {
      errors.filter((error) => error.field).forEach((error) => setFieldError(error.field, error.message));
      setTitle(`${shownCase.reference} - ${caseView.dataset.title}`, true);
      showSummary(errors);
      return;
    }
    form.reset();
    await loadCase(shownCase.caseId, false);
    const result = document.getElementById('reroute-result');
    result.textContent = fill(words.rerouted, { partner: answer.body.leadPartnerId, round: answer.body.round });
  }

  // ---------------------------------------------------------------- wiring
  function route(moveFocus) {
    if (!region) {
      show(signIn, moveFocus);
      return;
    }
    document.getElementById('signed-in').textContent = fill(words.signedIn, { region });
    if (window.RMT_DESK_REORGANISATIONS && window.RMT_DESK_REORGANISATIONS.route(moveFocus)) return;
    const caseId = new URLSearchParams(window.location.hash.slice(1)).get('zaak');
    if (caseId) loadCase(caseId, moveFocus);
    else loadPage(0, moveFocus);
  }

  signIn.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(signIn);
    if (access.mode !== 'local') {
      await access.signIn();
      return;
    }
    const chosen = signIn.elements.region.value;
    if (!chosen) {
      setFieldError('desk-region', words.chooseRegion);
      setTitle(signIn.dataset.title, true);
      showSummary([{ field: 'desk-region', message: words.chooseRegion }]);
      return;
    }
    await access.signIn(chosen);
    session = await access.ready();
    region = session.region;
    pages = [null];
    route(true);
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    access.signOut();
    session = null;
    region = null;
    window.location.hash = '';
    route(true);
  });
  document.getElementById('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    pages = [null];
    loadPage(0, false);
  });
  document.getElementById('next-page').addEventListener('click', (event) => {
    loadPage(Number(event.target.dataset.index), true);
  });
  document.getElementById('first-page').addEventListener('click', () => loadPage(0, true));
  document.getElementById('reroute').addEventListener('submit', reroute);
  window.addEventListener('hashchange', () => route(true));
  // The reorganisations' part of the page makes its signed calls and shows its views through these.
  window.RMT_DESK_PAGE = { api, show, failure, cell, when, region: () => region };
  for (const part of document.querySelectorAll('[data-sign-in]')) part.hidden = part.dataset.signIn !== access.mode;
  access.ready().then((ready) => {
    session = ready;
    region = ready && ready.region;
    route(false);
  }, () => {
    show(signIn, false);
    setTitle(signIn.dataset.title, true);
    showSummary([{ field: null, message: words.signInFailed }]);
  });
}());
