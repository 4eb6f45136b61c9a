// A desktop with no tray (#22): the one question asked when the main
// window is closed (components/close-choice.js). Either answer is sent as
// it is; Escape answers nothing and the window stays.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';

import {
  deferred, installDom, installTauri, removeDom, removeTauri, settle,
} from './fake-dom.mjs';
import { askAboutClosing } from '../../ui/components/close-choice.js';

let doc;
let calls;

const $ = (sel) => doc.body.querySelector(sel);
const callsOf = (cmd) => calls.filter((c) => c.cmd === cmd);

function backend(handlers) {
  calls = installTauri(handlers);
}

beforeEach(() => { doc = installDom(); });
afterEach(() => {
  removeDom();
  removeTauri();
});

describe('the close question', () => {
  function opener() {
    const button = doc.createElement('button');
    button.id = 'was-here';
    doc.body.append(button);
    button.focus();
    return button;
  }

  it('asks one labelled question, with "Keep reminders running" focused', () => {
    backend({});
    opener();
    askAboutClosing();
    const dialog = $('#close-choice');
    assert.equal(dialog.open, true);
    assert.equal(dialog.localName, 'dialog');
    assert.equal($(`#${dialog.getAttribute('aria-labelledby')}`).textContent,
      'Keep Interlude running when its window is closed?');
    const body = $(`#${dialog.getAttribute('aria-describedby')}`).textContent;
    assert.match(body, /no tray icon/);
    assert.match(body, /reminders/);
    assert.match(body, /from your apps/);
    assert.match($('#close-choice-later').textContent, /Settings/);
    assert.equal($('#close-choice-background').textContent, 'Keep reminders running');
    assert.equal($('#close-choice-quit').textContent, 'Quit Interlude');
    assert.equal(doc.activeElement, $('#close-choice-background'));
  });

  for (const [button, choice] of [['#close-choice-background', 'background'], ['#close-choice-quit', 'quit']]) {
    it(`${button.slice(14)}: answer_close with '${choice}', and the question goes`, async () => {
      backend({ answer_close: () => null });
      opener();
      askAboutClosing();
      $(button).click();
      await settle();
      assert.deepEqual(callsOf('answer_close').map((c) => c.args), [{ choice }]);
      assert.equal($('#close-choice').open, false);
    });
  }

  it('Escape answers nothing: the window stays, and focus goes back where it was', async () => {
    backend({ answer_close: () => null });
    const was = opener();
    askAboutClosing();
    $('#close-choice').close(); // what Escape does to a modal dialog
    await settle();
    assert.equal(callsOf('answer_close').length, 0);
    assert.equal(doc.activeElement, was);
  });

  it('asked again while it shows, it stays one question', () => {
    backend({});
    opener();
    askAboutClosing();
    askAboutClosing();
    assert.equal(doc.body.querySelectorAll('#close-choice').length, 1);
    assert.equal($('#close-choice').open, true);
    $('#close-choice').close();
    askAboutClosing();
    assert.equal(doc.body.querySelectorAll('#close-choice').length, 1, 'the same dialog is asked again');
    assert.equal($('#close-choice').open, true);
  });

  it('an answer that fails keeps the question and says why; one answer at a time', async () => {
    const answer = deferred();
    backend({ answer_close: () => answer.promise });
    opener();
    askAboutClosing();
    $('#close-choice-quit').click();
    $('#close-choice-quit').click();
    $('#close-choice-background').click();
    assert.equal($('#close-choice-quit').getAttribute('aria-disabled'), 'true');
    answer.reject({ kind: 'desktop', message: 'Your settings couldn’t be read or saved.' });
    await settle();
    assert.equal(callsOf('answer_close').length, 1);
    assert.equal($('#close-choice').open, true);
    assert.match($('#close-choice-status').textContent, /Your settings couldn’t be read or saved\./);
    assert.equal($('#close-choice-quit').hasAttribute('aria-disabled'), false);
  });
});
