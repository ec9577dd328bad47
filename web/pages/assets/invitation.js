/*
 * An invitation from a reorganisation (?uitnodiging=CODE): looks the code up, names the reorganisation above the
 * form, fills in "likely to lose my job" and the expected notice date (both stay changeable), and gives the code to
 * the intake form (intake.js) to send. A code the service refuses, on looking up or on sending, is dropped: the
 * person is told why and applies without it.
 */
(function () {
  'use strict';
  const { text, fill, longDate, getJson } = window.RMT;
  const words = text.invitation;
  const code = new URLSearchParams(window.location.search).get('uitnodiging');
  const box = document.getElementById('invitation-box');
  const message = document.getElementById('invitation');
  let accepted = null; // the code, once the service knows it for this page's region

  const paragraph = (content, strong) => {
    const p = document.createElement('p');
    p.className = 'utrecht-paragraph';
    if (strong) {
      const b = document.createElement('strong');
      b.textContent = content;
      p.append(b);
    } else {
      p.textContent = content;
    }
    return p;
  };

  const pageRegion = () => (new URLSearchParams(window.location.search).get('region') || '').toUpperCase();


  function prefill(noticeDate) {
    document.getElementById('situation-workStatus-AT_RISK').checked = true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(noticeDate || '')) return;
    const [year, month, day] = noticeDate.split('-');
    document.getElementById('situation-workEndDate-day').value = String(Number(day));
    document.getElementById('situation-workEndDate-month').value = String(Number(month));
    document.getElementById('situation-workEndDate-year').value = year;
  }

  function showAccepted(found) {
    const reorganisation = found.reorganisation;
    const parts = [paragraph(fill(words.named, { employer: reorganisation.employerName }), true)];
    parts.push(paragraph(reorganisation.expectedNoticeDate
      ? fill(words.prefilled, { date: longDate(reorganisation.expectedNoticeDate) }) : words.prefilledStatus));
    parts.push(paragraph(words.private));
    message.replaceChildren(...parts);
    box.hidden = false;
  }

  /** Why the code does not count, and that the form works without it. */
  function refused(reason) {
    accepted = null;
    message.replaceChildren(paragraph(words[reason] || words.INVITATION_UNKNOWN, true), paragraph(words.without));
    box.hidden = false;
  }

  async function lookUp() {
    const answer = await getJson(`/v1/invitations/${encodeURIComponent(code)}`);
    if (answer.status === 200 && answer.body.reorganisation
        && answer.body.reorganisation.region === pageRegion()) {
      accepted = code;
      prefill(answer.body.reorganisation.expectedNoticeDate);
      showAccepted(answer.body);
    } else if (answer.status === 0 || answer.status >= 500) {
      // Not known to be wrong: send it, and the service decides (a refusal comes back on step 1).
      accepted = code;
      message.replaceChildren(paragraph(words.unchecked));
      box.hidden = false;
    } else {
      refused(answer.body.code);
    }
  }

  window.RMT_INVITATION = {
    /** The code to send with the intake, or null when there is none or the service refused it. */
    code: () => accepted,
    /** The service refused the code on sending (400 field "invitation"): the next send goes without it. */
    refused: (reason) => refused(reason),
  };

  if (code && box) lookUp();
}());
