// The PHQ-9 and GAD-7 list (`#measures`): each questionnaire's latest
// score in plain words, how it has moved, a history chart with the score
// bands shaded, its results (deletable, with Undo) and a way to take it —
// or to continue the one begun. The questionnaire itself lives in
// measure-form.js; it is exported from here too, so app.js finds both
// views of the measures in one place.

import {
  deleteMeasure, exportMeasuresFhir, getMeasureForms, getMeasureHistory, listMeasureRequests, restoreMeasure,
  stopMeasureRequest,
} from '../ipc.js';
import { lineChart, truncate } from '../lib/charts.js';
import { append, errorNotice, h, showToast, svg, withBusy } from '../lib/dom.js';
import { t, tNodes } from '../lib/i18n.js';
import {
  bandName, bandStripes, bandWords, changeLine, draftLine, historyPoints, historySentence, maxScore, measuresTitle,
  progressLines, scoreWords,
} from '../lib/measures.js';
import { formatDay, nowYear } from '../lib/time.js';

// --- The history chart ----------------------------------------------------------

/** The line chart of scores over time, with each score band a soft
 *  horizontal stripe behind it. The stripes are decoration for the eye;
 *  the chart's label and the table beside it carry the same facts. */
function historyChart(form, history) {
  const max = maxScore(form.items.length);
  const results = history.results ?? [];
  const chart = lineChart(historyPoints(results), {
    min: 0, max, label: historySentence(form.title, results, max, history.change),
  });
  chart.setAttribute('id', `${form.id}-history`);
  const stripes = svg('g', { class: 'band-stripes', 'aria-hidden': 'true' },
    bandStripes(history.bands, { max }).map((s) => [
      svg('rect', {
        class: ['band-stripe', s.index % 2 ? 'band-odd' : 'band-even'],
        'data-band': s.key, x: s.x, y: s.y, width: s.width, height: s.height,
      }),
      s.labelFits ? svg('text', { class: 'band-label', x: s.x + 10, y: s.labelY }, truncate(s.label, 24)) : null,
    ]));
  // Behind everything else: straight after the <title>.
  chart.insertBefore(stripes, chart.querySelector('title').nextSibling);

  const table = h('table', { class: 'visually-hidden' },
    h('caption', {}, t('measures-table-caption', { title: form.title })),
    h('thead', {}, h('tr', {}, ['measures-table-date', 'measures-table-score', 'measures-table-range']
      .map((id) => h('th', { scope: 'col' }, t(id))))),
    h('tbody', {}, results.map((r) => h('tr', {},
      h('th', { scope: 'row' }, formatDay(r.at, nowYear())),
      h('td', {}, scoreWords(r.score, max)),
      h('td', {}, bandWords(r.band))))));
  return h('div', { class: 'measure-chart' }, chart, table);
}

// --- Results, with delete and Undo ---------------------------------------------

async function removeResult(result, ctx) {
  const day = formatDay(result.at, nowYear());
  try {
    await deleteMeasure(result.id);
  } catch (err) {
    showToast(err.message);
    return;
  }
  showToast(t('measures-deleted', { date: day }), {
    actionLabel: t('measures-undo'),
    actionId: 'measure-undo-delete',
    onAction: async () => {
      try {
        await restoreMeasure(result.id);
      } catch (err) {
        showToast(err.message);
      }
      ctx.refresh();
    },
  });
  ctx.refresh();
}

function resultsList(form, results, ctx) {
  const max = maxScore(form.items.length);
  return h('details', { class: 'measure-results', id: `${form.id}-results` },
    h('summary', {}, t('measures-results', { count: results.length })),
    h('ul', { class: 'measure-result-list' }, [...results].reverse().map((r) => {
      const day = formatDay(r.at, nowYear());
      return h('li', {},
        h('span', { class: 'measure-result-day' }, day),
        h('span', {}, scoreWords(r.score, max)),
        h('span', { class: 'muted' }, bandName(r.band?.label)),
        h('button', {
          type: 'button', class: 'button quiet', id: `measure-delete-${r.id}`,
          'aria-label': t('measures-delete-label', { date: day }),
          onclick: () => removeResult(r, ctx),
        }, t('measures-delete')));
    })));
}

// --- The list ------------------------------------------------------------------------

function measureCard(form, settled, ctx) {
  const id = form.id;
  const max = maxScore(form.items.length);
  const history = settled.status === 'fulfilled' ? settled.value ?? {} : null;
  const results = history?.results ?? [];
  const latest = results[results.length - 1] ?? null;
  const draft = history?.draft ?? null;

  let body;
  if (!history) {
    body = errorNotice(settled.reason, ctx.refresh);
  } else if (!latest) {
    body = h('p', { class: 'muted', id: `${id}-none` }, t('measures-not-taken'));
  } else {
    body = [
      // The score in bold, inside one sentence a language can reorder.
      h('p', { class: 'measure-latest', id: `${id}-latest` },
        tNodes(latest.band ? 'measures-latest-band' : 'measures-latest',
          { date: formatDay(latest.at, nowYear()), band: bandWords(latest.band) },
          { score: h('strong', {}, scoreWords(latest.score, max)) })),
      h('p', { id: `${id}-change` }, changeLine(history.change, results.length)),
      progressLines(history.change).map((line) => h('p', { class: 'measure-progress' }, line)),
      historyChart(form, history),
    ];
  }

  let takeLabel = t('measures-take', { title: form.title });
  if (draft) takeLabel = t('measures-continue');
  else if (latest) takeLabel = t('measures-take-again', { title: form.title });
  return h('section', { class: 'card measure-card', id: `measure-card-${id}`, 'aria-labelledby': `measure-card-${id}-title` },
    h('h2', { id: `measure-card-${id}-title` }, form.name),
    h('p', { class: 'measure-why' }, form.why),
    body,
    draft ? h('p', { class: 'measure-draft', id: `${id}-draft` }, draftLine(draft, form.items.length)) : null,
    h('div', { class: 'actions' },
      h('a', { class: draft ? 'button soft' : 'button', id: `take-${id}`, href: `#measures/${id}` }, takeLabel)),
    results.length ? resultsList(form, results, ctx) : null);
}

/** Saving every completed questionnaire as FHIR, for a clinic whose
 *  record system takes it. Shown once there is a result to send; the file
 *  goes where the brief's exports go, and the line under the button says
 *  where (or, calmly, why not). */
function fhirExport() {
  const status = h('p', { class: 'status', id: 'measures-fhir-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button', id: 'measures-fhir-export' }, t('measures-fhir-export'));
  button.addEventListener('click', () => withBusy(button, async () => {
    status.textContent = '';
    try {
      const { path } = await exportMeasuresFhir();
      status.textContent = t('measures-fhir-saved', { path });
    } catch (err) {
      status.textContent = err?.message ?? String(err);
    }
  }));
  return h('section', { class: 'card measure-fhir', 'aria-labelledby': 'measures-fhir-title' },
    h('h2', { id: 'measures-fhir-title' }, t('measures-fhir-title')),
    h('p', {}, t('measures-fhir-why')),
    h('div', { class: 'actions' }, button),
    status);
}

/** The questionnaires a therapist asked for in a homework file, each with
 *  when and who asked, and "Stop asking" (the person decides). Nothing
 *  when there are none. */
function requestsSection(requests, ctx) {
  if (!Array.isArray(requests) || !requests.length) return null;
  return h('section', { class: 'card', id: 'measure-requests', 'aria-labelledby': 'measure-requests-title' },
    h('h2', { id: 'measure-requests-title' }, t('measures-requests-title')),
    h('ul', { class: 'entries' }, requests.map((r) => h('li', { dataset: { requestId: r.id } },
      h('span', {}, t('measures-request-line', {
        measure: r.measure === 'gad7' ? 'gad7' : 'phq9',
        timing: r.timing === 'weekly' ? 'weekly' : 'beforeEachSession',
        who: String(r.from ?? '').trim() || t('brief-home-measure-your-therapist'),
      })),
      ' ',
      h('button', {
        type: 'button', class: 'button quiet', id: `stop-request-${r.id}`,
        'aria-label': t('measures-request-stop-label', { measure: r.measure === 'gad7' ? 'gad7' : 'phq9' }),
        onclick: async (event) => {
          await withBusy(event.currentTarget, async () => {
            try {
              await stopMeasureRequest(r.id);
              showToast(t('measures-request-stopped'));
              ctx.refresh();
            } catch (err) {
              showToast(err.message);
            }
          });
        },
      }, t('measures-request-stop'))))));
}

export const listView = {
  async render(root, _route, ctx) {
    append(root,
      h('h1', {}, measuresTitle()),
      h('p', { class: 'lede' }, t('measures-lede')));
    let forms;
    try {
      forms = await getMeasureForms();
    } catch (err) {
      append(root, errorNotice(err, ctx.refresh));
      return measuresTitle();
    }
    const histories = await Promise.allSettled(forms.map((f) => getMeasureHistory(f.id)));
    // Requests are a nice-to-have here: unreadable, the page simply doesn't list them.
    const requests = await listMeasureRequests().catch(() => null);
    const anyResult = histories.some((s) => s.status === 'fulfilled' && (s.value?.results ?? []).length > 0);
    append(root,
      requestsSection(requests, ctx),
      h('div', { class: 'measure-cards' }, forms.map((f, i) => measureCard(f, histories[i], ctx))),
      h('p', { class: 'muted measure-note' }, t('measures-note')),
      anyResult ? fhirExport() : null);
    return measuresTitle();
  },
};

export { formView } from './measure-form.js';
