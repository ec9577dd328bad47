/*
 * The desk's reorganisations: register one for an employer (its invitation and the employer's link come back), the
 * region's list with a status filter and paging, and one reorganisation with its funnel, its invitation letters, a
 * new employer link and closing (after a confirm step). desk.js signs the calls and shows the views.
 * Addresses: #reorganisaties, #reorganisatie-registreren, #reorganisatie=<id>.
 */
(function () {
  'use strict';
  const { text, fill, setFieldError, clearErrors, showSummary, setTitle, dateOf, longDate } = window.RMT;
  const words = text.reorg;
  const listView = document.getElementById('reorganisations');
  const registerForm = document.getElementById('register');
  const registeredView = document.getElementById('registered');
  const detailView = document.getElementById('reorganisation');
  const FIELDS = ['employer.name', 'employer.kvkNumber', 'siteMunicipality', 'sector', 'jobsAffected',
    'expectedNoticeDate', 'socialPlan', 'contact.name', 'contact.email', 'invitationValidUntil'];
  // Every municipality of the country, as the build wrote them; the form offers those of the desk's region.
  const municipalities = [...document.getElementById('siteMunicipality').options].filter((option) => option.value);
  let pages = [null]; // the page token of each page shown so far; the first page has none
  let shown = null;   // the reorganisation on the detail view
  let sending = false;

  const desk = () => window.RMT_DESK_PAGE;
  /** A signed call; status 0 when the service could not be reached. */
  async function call(path, init) {
    try {
      return await desk().api(path, init);
    } catch (offline) {
      return { status: 0, body: {} };
    }
  }
  const value = (id) => document.getElementById(id).value.trim();
  const municipalityName = (code) => (municipalities.find((option) => option.value === code) || {}).textContent || code;
  const sectorName = (letter) => text.sector[letter] || letter;
  const yesNo = (flag) => (flag ? words.yes : words.no);

  function fact(list, term, content) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    if (content instanceof Node) dd.append(content);
    else dd.textContent = content == null ? '' : String(content);
    list.append(dt, dd);
  }

  function anchor(href, label) {
    const link = document.createElement('a');
    link.className = 'utrecht-link';
    link.href = href;
    link.textContent = label;
    return link;
  }

  function letterLinks(prefix, code) {
    for (const lang of ['nl', 'en']) {
      const link = document.getElementById(`${prefix}-letter-${lang}`);
      link.href = `${link.getAttribute('href').split('?')[0]}?${new URLSearchParams({ uitnodiging: code })}`;
    }
  }

  function fail(title, errors) {
    errors.filter((error) => error.field).forEach((error) => setFieldError(error.field, error.message));
    setTitle(title, true);
    showSummary(errors);
  }

  // ---------------------------------------------------------------- the list
  async function loadList(index, moveFocus) {
    clearErrors(document);
    const params = new URLSearchParams();
    const status = document.getElementById('reorganisation-status').value;
    if (status) params.set('status', status);
    if (pages[index]) params.set('pageToken', pages[index]);
    const answer = await call(`/v1/regions/${desk().region()}/reorganisations?${params}`);
    desk().show(listView, moveFocus);
    if (answer.status !== 200) {
      const fields = (answer.body.errors || []).filter((error) => error.field === 'status')
        .map((error) => ({ field: 'reorganisation-status', message: error.message }));
      fail(listView.dataset.title, fields.length ? fields : [{ field: null, message: desk().failure(answer) }]);
      return;
    }
    pages = pages.slice(0, index + 1);
    if (answer.body.nextPageToken) pages.push(answer.body.nextPageToken);
    const { cell, when } = desk();
    const rows = (answer.body.reorganisations || []).map((found) => {
      const row = document.createElement('tr');
      row.className = 'utrecht-table__row';
      row.append(cell(anchor(`#reorganisatie=${encodeURIComponent(found.reorganisationId)}`, found.employerName)),
        cell(sectorName(found.sector)), cell(Number(found.jobsAffected).toLocaleString(document.documentElement.lang)),
        cell(found.expectedNoticeDate ? longDate(found.expectedNoticeDate) : ''),
        cell(text.reorgStatus[found.status] || found.status), cell(when(found.registeredAt)));
      row.children[2].classList.add('rmt-number');
      return row;
    });
    document.getElementById('reorganisations-rows').replaceChildren(...rows);
    const counted = rows.length === 1 ? words.countOne : fill(words.count, { n: rows.length });
    document.getElementById('reorganisations-status').textContent = rows.length ? counted : words.none;
    document.getElementById('reorganisations-first').hidden = index === 0;
    const next = document.getElementById('reorganisations-next');
    next.hidden = !answer.body.nextPageToken;
    next.dataset.index = String(index + 1);
  }

  // ---------------------------------------------------------------- registering
  function showRegister(moveFocus) {
    clearErrors(document);
    const select = document.getElementById('siteMunicipality');
    const chosen = select.value;
    select.replaceChildren(select.options[0],
      ...municipalities.filter((option) => option.dataset.region === desk().region()));
    select.value = chosen;
    desk().show(registerForm, moveFocus);
  }

  function check() {
    const errors = [];
    const need = (ok, field, message) => { if (!ok) errors.push({ field, message }); };
    const problem = words.error;
    need(value('employer-name'), 'employer.name', problem.employerName);
    need(/^\d{8}$/.test(value('employer-kvkNumber')), 'employer.kvkNumber', problem.kvkNumber);
    need(value('siteMunicipality'), 'siteMunicipality', problem.siteMunicipality);
    need(value('sector'), 'sector', problem.sector);
    const jobs = value('jobsAffected');
    need(/^\d{1,6}$/.test(jobs) && Number(jobs) >= 1 && Number(jobs) <= 100000, 'jobsAffected', problem.jobsAffected);
    const notice = dateOf('expectedNoticeDate');
    if (notice.empty) need(false, 'expectedNoticeDate', problem.expectedNoticeDate);
    else need(!notice.invalid, 'expectedNoticeDate', problem.expectedNoticeDateInvalid);
    need(registerForm.querySelector('input[name="socialPlan"]:checked'), 'socialPlan', problem.socialPlan);
    need(value('contact-name'), 'contact.name', problem.contactName);
    need(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value('contact-email')), 'contact.email', problem.contactEmail);
    need(!dateOf('invitationValidUntil').invalid, 'invitationValidUntil', problem.invitationValidUntil);
    return errors;
  }

  function registration() {
    const body = {
      employer: { name: value('employer-name'), kvkNumber: value('employer-kvkNumber') },
      siteMunicipality: value('siteMunicipality'),
      sector: value('sector'),
      jobsAffected: Number(value('jobsAffected')),
      expectedNoticeDate: dateOf('expectedNoticeDate').iso,
      socialPlan: registerForm.querySelector('input[name="socialPlan"]:checked').value === 'yes',
      contact: { name: value('contact-name'), email: value('contact-email') },
    };
    const validUntil = dateOf('invitationValidUntil').iso;
    if (validUntil) body.invitationValidUntil = validUntil;
    return body;
  }

  async function register(event) {
    event.preventDefault();
    clearErrors(document);
    const errors = check();
    if (errors.length) {
      fail(registerForm.dataset.title, errors);
      return;
    }
    if (sending) return;
    sending = true;
    const answer = await call(`/v1/regions/${desk().region()}/reorganisations`,
      { method: 'POST', body: JSON.stringify(registration()) });
    sending = false;
    if (answer.status === 201) {
      showRegistered(answer.body, registerForm.elements.employerName.value.trim());
      registerForm.reset();
      return;
    }
    const fields = (answer.body.errors || []).map((error) => ({
      field: FIELDS.includes(error.field) ? error.field : null, message: error.message }));
    fail(registerForm.dataset.title,
      answer.status === 400 && fields.length ? fields : [{ field: null, message: desk().failure(answer) }]);
  }

  /** The answer to registering: the staff's link and code, and the employer's link, which is shown only now. */
  function showRegistered(created, employerName) {
    document.getElementById('registered-employer').textContent = employerName;
    document.getElementById('registered-invitation').value = created.invitation.url;
    const facts = document.getElementById('registered-facts');
    facts.replaceChildren();
    fact(facts, words.code, created.invitation.code);
    fact(facts, words.validUntil, longDate(created.invitation.validUntil));
    document.getElementById('registered-employer-link').value = created.employerView.url;
    letterLinks('registered', created.invitation.code);
    document.getElementById('registered-detail').href =
      `#reorganisatie=${encodeURIComponent(created.reorganisationId)}`;
    desk().show(registeredView, true);
  }

  // ---------------------------------------------------------------- one reorganisation
  async function loadDetail(id, moveFocus) {
    clearErrors(document);
    const answer = await call(`/v1/regions/${desk().region()}/reorganisations/${encodeURIComponent(id)}`);
    if (answer.status !== 200) {
      desk().show(listView, false);
      fail(listView.dataset.title,
        [{ field: null, message: answer.status === 404 ? words.notFound : desk().failure(answer) }]);
      return;
    }
    renderDetail(answer.body);
    desk().show(detailView, moveFocus);
    document.title = `${shown.employerName} - ${detailView.dataset.title} - ${text.site.name}`;
  }

  function renderDetail(found) {
    shown = found;
    const { when } = desk();
    document.getElementById('reorganisation-employer').textContent = found.employerName;
    const facts = document.getElementById('reorganisation-facts');
    facts.replaceChildren();
    fact(facts, words.status, text.reorgStatus[found.status] || found.status);
    fact(facts, words.kvkNumber, found.kvkNumber);
    fact(facts, words.sector, `${found.sector} ${sectorName(found.sector)}`);
    fact(facts, words.siteMunicipality, municipalityName(found.siteMunicipality));
    fact(facts, words.jobsAffected, Number(found.jobsAffected).toLocaleString(document.documentElement.lang));
    fact(facts, words.expectedNoticeDate, found.expectedNoticeDate ? longDate(found.expectedNoticeDate) : '');
    fact(facts, words.socialPlan, yesNo(found.socialPlan));
    fact(facts, words.contact, found.contact ? `${found.contact.name}, ${found.contact.email}` : words.contactErased);
    fact(facts, words.registeredAt, when(found.registeredAt));
    if (found.closedAt) fact(facts, words.closedAt, when(found.closedAt));
    window.RMT.renderFunnel(found.funnel);
    const invitation = found.invitation || {};
    const about = document.getElementById('reorganisation-invitation');
    about.replaceChildren();
    fact(about, words.invitationLink, invitation.url);
    fact(about, words.code, invitation.code);
    fact(about, words.validUntil, invitation.validUntil ? longDate(invitation.validUntil) : '');
    letterLinks('reorganisation', invitation.code);
    document.getElementById('employer-key-result').hidden = true;
    document.getElementById('close-part').hidden = found.status === 'CLOSED';
    document.getElementById('close-confirm').hidden = true;
    document.getElementById('close').hidden = false;
  }

  function shownPath(action) {
    return `/v1/regions/${desk().region()}/reorganisations/${encodeURIComponent(shown.reorganisationId)}/${action}`;
  }

  async function newEmployerKey() {
    clearErrors(document);
    const answer = await call(shownPath('employer-key'), { method: 'POST', body: '{}' });
    if (answer.status !== 200) {
      fail(detailView.dataset.title, [{ field: null, message: desk().failure(answer) }]);
      return;
    }
    document.getElementById('employer-key-link').value = answer.body.employerView.url;
    document.getElementById('employer-key-result').hidden = false;
    document.getElementById('employer-key-link').focus();
  }

  function askToClose() {
    document.getElementById('close').hidden = true;
    document.getElementById('close-confirm').hidden = false;
    document.getElementById('close-confirm-title').focus();
  }

  function keepOpen() {
    document.getElementById('close-confirm').hidden = true;
    document.getElementById('close').hidden = false;
    document.getElementById('close').focus();
  }

  async function close() {
    clearErrors(document);
    const answer = await call(shownPath('close'), { method: 'POST', body: '{}' });
    if (answer.status !== 200) {
      fail(detailView.dataset.title, [{ field: null, message: desk().failure(answer) }]);
      return;
    }
    await loadDetail(shown.reorganisationId, false);
    const result = document.getElementById('reorganisation-result');
    result.textContent = words.closed;
    detailView.querySelector('h1').focus();
  }

  // ---------------------------------------------------------------- wiring
  /** Shows the view the address names; false when it names none of these (desk.js shows the cases then). */
  function route(moveFocus) {
    const hash = window.location.hash.slice(1);
    const id = new URLSearchParams(hash).get('reorganisatie');
    document.getElementById('reorganisation-result').textContent = '';
    if (hash === 'reorganisaties') {
      pages = [null];
      loadList(0, moveFocus);
    } else if (hash === 'reorganisatie-registreren') {
      showRegister(moveFocus);
    } else if (id) {
      loadDetail(id, moveFocus);
    } else {
      return false;
    }
    return true;
  }

  document.getElementById('reorganisation-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    pages = [null];
    loadList(0, false);
  });
  document.getElementById('reorganisations-next').addEventListener('click', (event) => {
    loadList(Number(event.target.dataset.index), true);
  });
  document.getElementById('reorganisations-first').addEventListener('click', () => loadList(0, true));
  registerForm.addEventListener('submit', register);
  document.getElementById('employer-key').addEventListener('click', newEmployerKey);
  document.getElementById('close').addEventListener('click', askToClose);
  document.getElementById('close-no').addEventListener('click', keepOpen);
  document.getElementById('close-yes').addEventListener('click', close);

  window.RMT_DESK_REORGANISATIONS = { route };
}());
