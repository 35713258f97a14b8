'use strict';
// Termine's Direct Line 3.0 against the real client library of Web Chat 4.18.1 (botframework-directlinejs 0.15.5):
// over a WebSocket and by polling, resuming with a watermark, a refreshed token, and an expired one.
// Started by DirectLineProtocolTests (tests/Termine.Bot.Tests), which runs Termine on loopback ports.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const {
  ConnectionStatus, connect, domain, environment, fromWebChat, pageToken, sequenceOf, waitFor,
} = require('./support/termine');

const env = environment();
const modes = [{ name: 'WebSocket', webSocket: true }, { name: 'polling', webSocket: false }];

/** Posts an activity as Web Chat does and waits for its echo: the same id, the channelData as sent. */
async function postAndSeeEcho(client, activity) {
  const id = await client.post(activity);
  assert.match(id, /^[A-Za-z0-9_-]+\|\d{7}$/);
  const clientActivityID = activity.channelData.clientActivityID;
  const echo = await waitFor(
    () => client.received.find((a) => a.channelData && a.channelData.clientActivityID === clientActivityID && a.id),
    `the echo of ${activity.type}`,
  );
  assert.equal(echo.id, id);
  assert.deepEqual(echo.channelData, activity.channelData);
  assert.equal(echo.from.role, 'user');
  assert.equal(typeof echo.timestamp, 'string');
  return echo;
}

/** The bot's answers to one activity: Web Chat holds a reply whose replyToId it does not know. */
const repliesTo = (client, id) => client.received.filter((a) => a.from.role === 'bot' && a.replyToId === id);

async function joinAndSeeWelcome(client) {
  const join = await postAndSeeEcho(client, fromWebChat({ type: 'event', name: 'webchat/join', value: {} }));
  await waitFor(() => repliesTo(client, join.id).find((a) => a.channelData && a.channelData.expecting === 'service'), 'the welcome');
  return join;
}

for (const mode of modes) {
  test(`${mode.name}: the welcome on webchat/join, then a message with its echo and the bot's reply`, async () => {
    const page = await pageToken(env.baseUrl);
    const client = connect({ domain: domain(env.baseUrl), token: page.token, webSocket: mode.webSocket, pollingInterval: 200 });
    try {
      const join = await joinAndSeeWelcome(client);
      assert.equal(join.from.id, page.userId);

      const message = fromWebChat({ type: 'message', text: 'extend my residence permit', textFormat: 'plain' });
      message.channelData.custom = { nested: [1, 'two', { at: '2026-01-01T00:00:00Z' }], flag: false };
      const echo = await postAndSeeEcho(client, message);
      await waitFor(() => repliesTo(client, echo.id).length > 0, 'the reply to the message');

      assert.equal(client.directLine.connectionStatus$.getValue(), ConnectionStatus.Online);
      assert.equal(client.directLine.conversationId, page.conversationId);
      assert.equal(typeof client.directLine.watermark, 'string');
      assert.ok(Number(client.directLine.watermark) >= sequenceOf(echo));
    } finally {
      client.close();
    }
  });

  test(`${mode.name}: resuming with a watermark brings only what came after it`, async () => {
    const page = await pageToken(env.baseUrl);
    const first = connect({ domain: domain(env.baseUrl), token: page.token, webSocket: mode.webSocket, pollingInterval: 200 });
    let watermark;
    try {
      await joinAndSeeWelcome(first);
      watermark = Math.max(...first.received.map(sequenceOf));
    } finally {
      first.close();
    }

    const resumed = connect({
      domain: domain(env.baseUrl),
      token: page.token,
      conversationId: page.conversationId,
      watermark: String(watermark),
      webSocket: mode.webSocket,
      pollingInterval: 200,
    });
    try {
      const echo = await postAndSeeEcho(resumed, fromWebChat({ type: 'message', text: 'help', textFormat: 'plain' }));
      await waitFor(() => repliesTo(resumed, echo.id).length > 0, 'the reply after resuming');
      assert.ok(resumed.received.every((a) => sequenceOf(a) > watermark), 'nothing at or before the watermark came again');
      assert.equal(sequenceOf(echo), watermark + 1);
    } finally {
      resumed.close();
    }
  });
}

test('token refresh: the refreshed token opens the same conversation, as the same user', async () => {
  const call = (path, bearer, body) => fetch(`${domain(env.baseUrl)}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const generatedResponse = await call('/tokens/generate', env.secret, { user: { id: 'dl_protocol-test' } });
  assert.equal(generatedResponse.status, 200);
  const generated = await generatedResponse.json();
  assert.ok(generated.expires_in > 0);

  const refreshedResponse = await call('/tokens/refresh', generated.token);
  assert.equal(refreshedResponse.status, 200);
  const refreshed = await refreshedResponse.json();
  assert.equal(refreshed.conversationId, generated.conversationId);

  const client = connect({ domain: domain(env.baseUrl), token: refreshed.token, webSocket: true });
  try {
    const join = await joinAndSeeWelcome(client);
    assert.equal(join.from.id, 'dl_protocol-test');
    assert.equal(client.directLine.conversationId, generated.conversationId);
  } finally {
    client.close();
  }
});

test('expired token: the client reports ExpiredToken, a post asks for a retry, refresh is refused', { skip: !env.shortLivedUrl }, async () => {
  const page = await pageToken(env.shortLivedUrl);
  const client = connect({ domain: domain(env.shortLivedUrl), token: page.token, webSocket: false, pollingInterval: 200 });
  try {
    await waitFor(() => client.statuses.includes(ConnectionStatus.Online), 'Online');
    await waitFor(() => client.statuses.includes(ConnectionStatus.ExpiredToken), 'ExpiredToken', page.expires_in * 1000 + 10000);

    assert.equal(await client.post(fromWebChat({ type: 'message', text: 'too late', textFormat: 'plain' })), 'retry');
    const refresh = await fetch(`${domain(env.shortLivedUrl)}/tokens/refresh`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${client.directLine.token}` },
    });
    assert.equal(refresh.status, 403);
    assert.equal((await refresh.json()).error.code, 'TokenExpired');
  } finally {
    client.close();
  }
});
