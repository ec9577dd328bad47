/*
 * The invitation letter for a reorganisation's staff (?uitnodiging=CODE), to print on A4: the employer's name from
 * the public invitation look-up, the link to the intake form in the letter's language with the code, and a QR code
 * of that link drawn in the page (qrcode-generator, copied by the build; nothing is fetched from elsewhere).
 */
(function () {
  'use strict';
  const { text, fill, setTitle, longDate, getJson } = window.RMT;
  const words = text.letter;
  const regions = JSON.parse(document.getElementById('rmt-regions').textContent);
  const code = new URLSearchParams(window.location.search).get('uitnodiging');
  const letter = document.getElementById('letter');
  const SVG = 'http://www.w3.org/2000/svg';


  function fail(title, message) {
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-text').textContent = message;
    document.getElementById('problem').hidden = false;
    setTitle(title, true);
  }

  /** The intake form in this letter's language, for the invitation's region, with the code. */
  function intakeLink(region) {
    const form = document.documentElement.lang === 'en' ? 'en' : '';
    return `${window.location.origin}/${form}?${new URLSearchParams({ region, uitnodiging: code })}`;
  }

  /** The QR code as an SVG of dark modules, four modules of quiet zone, scaled by CSS. */
  function qrCode(url) {
    const qr = window.qrcode(0, 'M');
    qr.addData(url);
    qr.make();
    const size = qr.getModuleCount();
    const path = [];
    for (let row = 0; row < size; row += 1) {
      for (let col = 0; col < size; col += 1) {
        if (qr.isDark(row, col)) path.push(`M${col + 4} ${row + 4}h1v1h-1z`);
      }
    }
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${size + 8} ${size + 8}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', words.qr);
    svg.setAttribute('shape-rendering', 'crispEdges');
    const background = document.createElementNS(SVG, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', '#ffffff');
    const modules = document.createElementNS(SVG, 'path');
    modules.setAttribute('d', path.join(''));
    modules.setAttribute('fill', '#000000');
    svg.append(background, modules);
    return svg;
  }

  function show(invitation) {
    const { reorganisation } = invitation;
    const region = regions[reorganisation.region] || reorganisation.region;
    const url = intakeLink(reorganisation.region);
    document.getElementById('letter-sender').textContent = fill(words.signature, { region });
    document.getElementById('letter-to').textContent = fill(words.to, { employer: reorganisation.employerName });
    document.getElementById('letter-opening').textContent = fill(words.opening, { region });
    const anchor = document.getElementById('letter-link');
    anchor.href = url;
    anchor.textContent = url;
    document.getElementById('letter-code').textContent = invitation.code;
    document.getElementById('letter-valid').textContent = fill(words.validUntil, { date: longDate(invitation.validUntil) });
    document.getElementById('letter-signature').textContent = fill(words.signature, { region });
    document.getElementById('letter-qr').replaceChildren(qrCode(url));
    document.getElementById('letter-tools').hidden = false;
    letter.hidden = false;
    setTitle(`${letter.dataset.title}: ${reorganisation.employerName}`, false);
  }

  async function load() {
    if (!code) {
      fail(words.missingTitle, words.missing);
      return;
    }
    const answer = await getJson(`/v1/invitations/${encodeURIComponent(code)}`);
    if (answer.status === 200) show(answer.body);
    else if (answer.status === 404 || answer.status === 410) {
      fail(words.refusedTitle, text.invitation[answer.body.code] || text.invitation.INVITATION_UNKNOWN);
    } else {
      fail(words.title, words.failed);
    }
  }

  document.getElementById('print').addEventListener('click', () => window.print());
  load();
}());
