/* The intake form: four short steps, a check page and the confirmation, posted to the intake API. */
(function () {
  'use strict';
  const { text, fill, container, setFieldError, clearErrors, showSummary, setTitle, postJson } = window.RMT;
  const errorText = text.client.error;
  const STEPS = ['stap-1', 'stap-2', 'stap-3', 'stap-4', 'controleer'];
  const forms = Object.fromEntries([...document.querySelectorAll('.rmt-step-form')]
    .map((form) => [form.dataset.step === 'check' ? 'controleer' : `stap-${form.dataset.step}`, form]));
  const confirmation = document.getElementById('confirmation');
  const region = regionFromPage();

  let reached = 0;            // the furthest step whose earlier steps are all valid
  let returnToCheck = false;  // a change link on the check page brings the citizen back there
  let serverErrors = [];      // the API's field errors, shown on the step that holds each field
  let idempotencyKey = null;  // one per intake, so that a retried send never makes a second case
  let sending = false;
  let sent = false;

  function regionFromPage() {
    const fromUrl = new URLSearchParams(window.location.search).get('region');
    const code = (fromUrl || document.documentElement.dataset.region || '').toUpperCase();
    return /^AM(0[1-9]|[12][0-9]|3[0-8])$/.test(code) ? code : null;
  }

  // ---------------------------------------------------------------- reading the form
  const value = (id) => document.getElementById(id).value.trim();
  const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);

  const { dateOf } = window.RMT;

  function municipality() {
    const select = document.querySelector('select[name="homeMunicipality"]');
    const typed = document.getElementById('person-homeMunicipality');
    if (typed === select) return { code: select.value, name: select.selectedOptions[0]?.textContent || '' };
    const name = typed.value.trim();
    if (!name) {
      select.value = '';
      return { code: '', name: '' };
    }
    const option = [...select.options].find((candidate) => candidate.value
      && candidate.textContent.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (!option) return { unknown: true, name };
    select.value = option.value;
    return { code: option.value, name: option.textContent };
  }

  // ---------------------------------------------------------------- checks before sending (the API checks again)
  function check(step) {
    const errors = [];
    const need = (ok, field, message) => { if (!ok) errors.push({ field, message }); };
    if (step === 'stap-1') {
      need(value('person-givenName'), 'person.givenName', errorText.givenName);
      need(value('person-familyName'), 'person.familyName', errorText.familyName);
      const birth = dateOf('person-dateOfBirth');
      if (birth.empty) need(false, 'person.dateOfBirth', errorText.dateOfBirth);
      else if (birth.invalid) need(false, 'person.dateOfBirth', errorText.dateOfBirthInvalid);
      else need(birth.date < new Date(), 'person.dateOfBirth', errorText.dateOfBirthFuture);
      const postcode = value('person-postcode');
      need(!postcode || /^[1-9][0-9]{3} ?[A-Za-z]{2}$/.test(postcode), 'person.postcode', errorText.postcode);
      need(!municipality().unknown, 'person.homeMunicipality', errorText.homeMunicipality);
    } else if (step === 'stap-2') {
      const email = value('person-email');
      if (!email) need(false, 'person.email', errorText.email);
      else need(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email), 'person.email', errorText.emailInvalid);
      const phone = value('person-phone');
      need(!phone || /^\+?[0-9 ()-]{8,20}$/.test(phone), 'person.phone', errorText.phone);
    } else if (step === 'stap-3') {
      need(checked('situation-workStatus').length, 'situation.workStatus', errorText.workStatus);
      need(!dateOf('situation-workEndDate').invalid, 'situation.workEndDate', errorText.workEndDate);
      need(checked('situation-benefit').length, 'situation.benefit', errorText.benefit);
      need(document.getElementById('remarks').value.length <= 2000, 'remarks', errorText.remarks);
    } else if (step === 'controleer') {
      need(document.getElementById('consent-privacyStatement').checked, 'consent.privacyStatement',
        errorText.privacyStatement);
    }
    return errors;
  }

  // ---------------------------------------------------------------- the API's body
  function body() {
    const person = {
      givenName: value('person-givenName'),
      familyName: value('person-familyName'),
      email: value('person-email'),
      dateOfBirth: dateOf('person-dateOfBirth').iso,
      language: document.documentElement.lang,
    };
    if (value('person-phone')) person.phone = value('person-phone');
    if (value('person-postcode')) person.postcode = value('person-postcode');
    if (municipality().code) person.homeMunicipality = municipality().code;
    const flags = checked('situation-flag');
    const partnerTypes = checked('consent-partnerTypes');
    const form = {
      person,
      situation: {
        workStatus: checked('situation-workStatus')[0],
        workEndDate: dateOf('situation-workEndDate').iso || null,
        benefit: checked('situation-benefit')[0],
        inBanenafspraakRegister: flags.includes('inBanenafspraakRegister'),
        hasBasicQualification: flags.includes('hasBasicQualification'),
        statusHolder: flags.includes('statusHolder'),
      },
      needs: checked('needs'),
      consent: {
        privacyStatement: document.getElementById('consent-privacyStatement').checked,
        partnerTypes: Object.fromEntries(['UWV', 'GEMEENTE', 'VAKBOND', 'ONDERWIJS', 'SCHULDHULP']
          .map((type) => [type, partnerTypes.includes(type)])),
      },
    };
    const remarks = document.getElementById('remarks').value.trim();
    if (remarks) form.remarks = remarks;
    const invitation = window.RMT_INVITATION && window.RMT_INVITATION.code();
    if (invitation) form.invitation = invitation;
    return form;
  }

  // ---------------------------------------------------------------- the check page
  function checkRows() {
    const names = (group, values) => values.map((v) => text[group][v]).join(', ') || text.client.none;
    const birth = dateOf('person-dateOfBirth');
    const end = dateOf('situation-workEndDate');
    const situation = body().situation;
    const flags = checked('situation-flag');
    return [
      ['stap-1', 'givenName', value('person-givenName')],
      ['stap-1', 'familyName', value('person-familyName')],
      ['stap-1', 'dateOfBirth', birth.iso ? birth.iso.split('-').reverse().join('-') : ''],
      ['stap-1', 'postcode', value('person-postcode')],
      ['stap-1', 'homeMunicipality', municipality().name],
      ['stap-2', 'email', value('person-email')],
      ['stap-2', 'phone', value('person-phone')],
      ['stap-3', 'workStatus', situation.workStatus ? text.workStatus[situation.workStatus] : ''],
      ['stap-3', 'workEndDate', end.iso ? end.iso.split('-').reverse().join('-') : ''],
      ['stap-3', 'benefit', situation.benefit ? text.benefit[situation.benefit] : ''],
      ['stap-3', 'flags', names('flag', flags)],
      ['stap-3', 'needs', names('need', checked('needs'))],
      ['stap-3', 'remarks', document.getElementById('remarks').value.trim()],
      ['stap-4', 'partnerTypes', names('partnerType', checked('consent-partnerTypes'))],
    ];
  }

  function renderCheck() {
    const list = document.getElementById('check-list');
    list.replaceChildren(...checkRows().flatMap(([step, field, shown]) => {
      const term = document.createElement('dt');
      term.textContent = text.field[field];
      const answer = document.createElement('dd');
      answer.textContent = shown || text.client.notGiven;
      const action = document.createElement('dd');
      const link = document.createElement('a');
      link.className = 'utrecht-link';
      link.href = `#${step}`;
      link.append(text.client.change);
      const hidden = document.createElement('span');
      hidden.className = 'rmt-visually-hidden';
      hidden.textContent = ` ${text.field[field].toLocaleLowerCase()}`;
      link.append(hidden);
      link.addEventListener('click', () => { returnToCheck = true; });
      action.append(link);
      return [term, answer, action];
    }));
  }

  // ---------------------------------------------------------------- showing a step
  function titleOf(step) {
    const form = forms[step];
    const index = STEPS.indexOf(step);
    return index < 4
      ? `${fill(text.step.of, { n: index + 1, total: 4 })}: ${form.dataset.title}`
      : form.dataset.title;
  }

  function fieldsOf(step) {
    return new Set([...forms[step].querySelectorAll('[data-field]')].map((box) => box.dataset.field));
  }

  function show(step, moveFocus) {
    for (const form of Object.values(forms)) form.hidden = true;
    confirmation.hidden = true;
    const form = forms[step];
    clearErrors(document);
    if (step === 'controleer') {
      renderCheck();
      prepareProof();
    }
    form.hidden = false;
    const own = fieldsOf(step);
    const errors = serverErrors.filter((error) => own.has(error.field)
      || (step === 'controleer' && !error.field));
    errors.forEach((error) => error.field && setFieldError(error.field, error.message));
    setTitle(titleOf(step), errors.length > 0);
    if (errors.length) showSummary(errors);
    else if (moveFocus) form.querySelector('h1').focus();
  }

  function go(step) {
    if (window.location.hash === `#${step}`) show(step, true);
    else window.location.hash = step;
  }

  function route(moveFocus) {
    if (sent) {
      showConfirmation(null);
      return;
    }
    const wanted = STEPS.indexOf(window.location.hash.slice(1));
    const step = STEPS[wanted < 0 ? 0 : Math.min(wanted, reached)];
    if (`#${step}` !== window.location.hash && (wanted >= 0 || window.location.hash)) {
      window.history.replaceState(null, '', `#${step}`);
    }
    show(step, moveFocus);
  }

  // ---------------------------------------------------------------- proof of work (ALTCHA), where the stage asks for one
  // The check page fetches a challenge once: a 404 means this stage asks for none, and the widget stays hidden.
  // The widget solves it in the browser; its payload goes with the intake as the X-Altcha header.
  const proof = { box: document.getElementById('proof-of-work'), widget: document.querySelector('altcha-widget'),
    asked: null, payload: null, preparing: null };

  async function widgetReady() {
    await customElements.whenDefined('altcha-widget');
    if (typeof proof.widget.verify !== 'function') {
      await new Promise((resolve) => proof.widget.addEventListener('load', resolve, { once: true }));
    }
  }

  /** Asks for the challenge once; a send while it is being asked for waits for it, and never starts the widget bare. */
  function prepareProof() {
    if (proof.preparing) return proof.preparing;
    if (proof.asked !== null || !proof.widget) return Promise.resolve();
    proof.preparing = askForChallenge().finally(() => { proof.preparing = null; });
    return proof.preparing;
  }

  async function askForChallenge() {
    proof.asked = true;
    let response;
    try {
      response = await fetch('/v1/challenge', { headers: { accept: 'application/json' }, credentials: 'omit' });
    } catch (offline) {
      proof.asked = null;
      return;
    }
    if (response.status === 404) {
      proof.asked = false;
      return;
    }
    proof.box.hidden = false;
    await widgetReady();
    proof.widget.addEventListener('statechange', (event) => {
      proof.payload = event.detail.state === 'verified' ? event.detail.payload : null;
    });
    if (response.ok) proof.widget.configure({ challenge: await response.json() });
    proof.widget.verify();
  }

  /** The X-Altcha header once the widget has solved its challenge; {} where none is asked; null when it failed. */
  async function proofHeaders() {
    await prepareProof();
    if (proof.asked === false) return {};
    if (!proof.payload) {
      await widgetReady();
      const state = await new Promise((resolve) => {
        const settled = (event) => {
          if (['verified', 'error', 'expired'].includes(event.detail.state)) {
            proof.widget.removeEventListener('statechange', settled);
            resolve(event.detail.state);
          }
        };
        proof.widget.addEventListener('statechange', settled);
        if (proof.widget.getState() === 'verified') resolve('verified');
        else if (proof.widget.getState() !== 'verifying') proof.widget.verify();
      });
      if (state !== 'verified') return null;
    }
    return proof.payload ? { 'x-altcha': proof.payload } : null;
  }

  /** A spent or refused solution is not sent again: the widget solves a new challenge. */
  function renewProof() {
    if (!proof.asked || !proof.widget) return;
    proof.payload = null;
    proof.widget.reset();
    proof.widget.verify();
  }

  // ---------------------------------------------------------------- sending
  function apiField(field) {
    if (!field) return null;
    const plain = field.replace(/\[\d+\]$/, '');
    if (plain.startsWith('consent.partnerTypes')) return 'consent.partnerTypes';
    return container(plain) ? plain : null;
  }

  async function send() {
    if (sending) return;
    sending = true;
    idempotencyKey = idempotencyKey || crypto.randomUUID();
    let answer;
    try {
      const proofHeader = await proofHeaders();
      if (proofHeader === null) {
        serverErrors = [{ field: 'X-Altcha', message: errorText.proofOfWork }];
        show('controleer', false);
        return;
      }
      answer = await postJson(`/v1/regions/${region}/intakes`, body(),
        { 'idempotency-key': idempotencyKey, ...proofHeader });
    } catch (offline) {
      answer = { status: 0, body: {} };
    } finally {
      sending = false;
    }
    if (answer.status === 202) {
      sent = true;
      proof.payload = null;
      showConfirmation(answer.body);
      return;
    }
    if (answer.status === 400 && Array.isArray(answer.body.errors) && answer.body.errors.length) {
      serverErrors = answer.body.errors.map((error) => ({ field: apiField(error.field), message: error.message }));
      idempotencyKey = null;
      if (serverErrors.some((error) => error.field === 'X-Altcha')) renewProof();
      const invitation = answer.body.errors.find((error) => error.field === 'invitation');
      if (invitation && window.RMT_INVITATION) window.RMT_INVITATION.refused(invitation.code);
      const first = STEPS.find((step) => serverErrors.some((error) => fieldsOf(step).has(error.field)));
      go(first || 'controleer');
      return;
    }
    serverErrors = [{ field: null, message: answer.body.message && answer.status !== 0 && answer.status < 500
      ? answer.body.message : text.client.unreachable }];
    show('controleer', false);
  }

  const workingDays = (n) => (n === 1 ? text.client.day : fill(text.client.days, { n }));

  /** Per need the citizen ticked, who helps with it (the 202's help), in the page's words. */
  function helpLine(entry, lead) {
    const need = text.client.needFor[entry.need] || entry.need;
    const item = document.createElement('li');
    if (entry.name) {
      item.textContent = fill(text.client.helpBy,
        { need, organisation: entry.name, days: workingDays(entry.contactWithinWorkingDays) });
    } else if (entry.consentWithheldFor) {
      item.textContent = fill(text.client.helpWithoutConsent,
        { need, type: text.partnerType[entry.consentWithheldFor] || entry.consentWithheldFor, lead });
    } else {
      item.textContent = fill(text.client.helpByNobody, { need, lead });
    }
    return item;
  }

  function showConfirmation(accepted) {
    for (const form of Object.values(forms)) form.hidden = true;
    clearErrors(document);
    if (accepted) {
      document.getElementById('done-reference').textContent = accepted.reference;
      // Through an invitation: the 202 names the employer, as the invitation look-up did above the form.
      const employer = accepted.reorganisation && accepted.reorganisation.employerName;
      const reorganisation = document.getElementById('done-reorganisation');
      reorganisation.textContent = employer ? fill(text.done.reorganisation, { employer }) : '';
      reorganisation.hidden = !employer;
      document.getElementById('done-contact').textContent = fill(text.client.contact, {
        lead: accepted.lead.name,
        days: workingDays(accepted.lead.contactWithinWorkingDays),
      });
      const shared = (accepted.sharedWith || []).map((type) => {
        const item = document.createElement('li');
        item.textContent = text.partnerType[type] || type;
        return item;
      });
      document.getElementById('done-shared').replaceChildren(...shared);
      const help = (accepted.help || []).map((entry) => helpLine(entry, accepted.lead.name));
      document.getElementById('done-help').replaceChildren(...help);
      document.getElementById('done-help-section').hidden = help.length === 0;
      if (accepted.confirmationEmail === 'WITHHELD_DAILY_LIMIT') {
        document.getElementById('done-email').textContent = text.client.emailWithheld;
      }
      // The answers are sent: nothing personal stays in the page.
      for (const form of Object.values(forms)) form.reset();
      window.history.replaceState(null, '', '#verzonden');
    }
    confirmation.hidden = false;
    setTitle(confirmation.dataset.title, false);
    confirmation.querySelector('h1').focus();
  }

  // ---------------------------------------------------------------- wiring
  function start() {
    if (!region) {
      document.getElementById('no-region').hidden = false;
      setTitle(text.region.missingTitle, false);
      return;
    }
    const select = document.querySelector('select[name="homeMunicipality"]');
    if (window.accessibleAutocomplete) {
      window.accessibleAutocomplete.enhanceSelectElement({
        selectElement: select,
        defaultValue: '',
        tNoResults: () => text.client.acNoResults,
        tAssistiveHint: () => text.client.acHint,
      });
    }
    for (const [step, form] of Object.entries(forms)) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const errors = check(step);
        serverErrors = serverErrors.filter((error) => !fieldsOf(step).has(error.field) && error.field);
        if (errors.length) {
          serverErrors = serverErrors.concat(errors);
          show(step, false);
          return;
        }
        if (step === 'controleer') {
          send();
          return;
        }
        const next = returnToCheck ? 'controleer' : STEPS[STEPS.indexOf(step) + 1];
        reached = Math.max(reached, STEPS.indexOf(next));
        if (next === 'controleer') returnToCheck = false;
        go(next);
      });
    }
    window.addEventListener('hashchange', () => route(true));
    route(false);
  }

  start();
}());
