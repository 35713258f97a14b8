'use strict';
require('./globals');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

/** Where the C# test started Termine, and the Direct Line secret it configured. */
function environment() {
  const baseUrl = process.env.TERMINE_DIRECTLINE_URL;
  const secret = process.env.TERMINE_DIRECTLINE_SECRET;
  if (!baseUrl || !secret) {
    throw new Error('Set TERMINE_DIRECTLINE_URL and TERMINE_DIRECTLINE_SECRET (DirectLineProtocolTests in tests/Termine.Bot.Tests does).');
  }
  return { baseUrl, secret, shortLivedUrl: process.env.TERMINE_DIRECTLINE_SHORT_LIVED_URL };
}

const domain = (baseUrl) => `${baseUrl}/v3/directline`;

/** What the county page does: ask Termine for a token, never the secret. */
async function pageToken(baseUrl) {
  const response = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST' });
  if (response.status !== 200) {
    throw new Error(`POST /api/webchat/token answered ${response.status}`);
  }
  return response.json();
}

/**
 * A real DirectLine client and everything it receives. `close()` ends it the way Web Chat does when it unmounts.
 */
function connect(options) {
  const directLine = new DirectLine(options);
  const received = [];
  const statuses = [];
  const statusSubscription = directLine.connectionStatus$.subscribe((status) => statuses.push(status));
  const activitySubscription = directLine.activity$.subscribe((activity) => received.push(activity));
  return {
    directLine,
    received,
    statuses,
    /** Resolves with postActivity's one value: the activity id, or "retry". */
    post: (activity) =>
      new Promise((resolve, reject) => directLine.postActivity(activity).subscribe({ next: resolve, error: reject })),
    close() {
      activitySubscription.unsubscribe();
      statusSubscription.unsubscribe();
      directLine.end();
    },
  };
}

/** Waits until `condition()` returns something truthy, and returns it. */
async function waitFor(condition, what, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let counter = 0;

/** An activity as Web Chat 4.18.1 posts it: no id, timestamp or conversation; a clientActivityID in channelData. */
function fromWebChat(fields) {
  counter += 1;
  return {
    channelId: 'webchat',
    from: { id: 'r_ignored', name: '', role: 'user' },
    locale: 'en-US',
    localTimestamp: '2026-11-24T09:00:00.000+01:00',
    localTimezone: 'Europe/Berlin',
    channelData: { clientActivityID: `client-${process.pid}-${counter}`, attachmentSizes: [] },
    ...fields,
  };
}

const sequenceOf = (activity) => Number(activity.id.split('|')[1]);

module.exports = { ConnectionStatus, connect, domain, environment, fromWebChat, pageToken, sequenceOf, waitFor };
