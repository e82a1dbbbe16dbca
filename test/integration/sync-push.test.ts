import { expect, it } from 'vitest';
import type { Command } from '../../shared/schemas/command';
import { describeBackends, trpcFailure } from '../factories/test-server';
import { buildCommand, claimOrder, eventsOfCommand, fetchOrder, push } from '../factories/orders';

describeBackends('sync.push (commands)', (server) => {
  const manager = (): ReturnType<typeof server.login> => server.login('manager');

  it('applies a command pushed twice only once and answers the same outcome', async () => {
    const { token, user } = await manager();
    const client = server.trpc(token);
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const command = buildCommand(user, 'order.add_tags', order.id, { tags: ['retry-me'] });
    const [first] = await push(client, [command]);
    const [second] = await push(client, [command]);
    expect(first).toEqual({ commandId: command.id, status: 'applied', version: order.version + 1 });
    expect(second).toEqual(first);
    const after = await fetchOrder(server, token, order.id);
    expect(after.version).toBe(order.version + 1);
    expect(eventsOfCommand(after, command.id)).toHaveLength(1);
    expect(after.events).toHaveLength(order.events.length + 1);
  });

  it('applies a command repeated within one batch once', async () => {
    const { token, user } = await manager();
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const command = buildCommand(user, 'order.set_notes', order.id, { notes: 'Leave at the door' });
    const outcomes = await push(server.trpc(token), [command, command, command]);
    expect(outcomes).toEqual(
      Array.from({ length: 3 }, () => ({
        commandId: command.id,
        status: 'applied',
        version: order.version + 1,
      })),
    );
    const after = await fetchOrder(server, token, order.id);
    expect(after).toMatchObject({ version: order.version + 1, notes: 'Leave at the door' });
    expect(eventsOfCommand(after, command.id)).toHaveLength(1);
  });

  it('applies a command pushed concurrently from several connections once', async () => {
    const { token, user } = await manager();
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const command = buildCommand(user, 'order.add_tags', order.id, { tags: ['raced'] });
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => push(server.trpc(token), [command])));
    for (const [outcome] of outcomes)
      expect(outcome).toEqual({ commandId: command.id, status: 'applied', version: order.version + 1 });
    const after = await fetchOrder(server, token, order.id);
    expect(after.version).toBe(order.version + 1);
    expect(eventsOfCommand(after, command.id)).toHaveLength(1);
    expect(after.tags.filter((tag) => tag === 'raced')).toHaveLength(1);
  });

  it('stores a rejection as final: replaying it later returns the same rejection even when it would now apply', async () => {
    const { token, user } = await manager();
    const client = server.trpc(token);
    const order = await claimOrder(server, 'pending');
    const tooEarly = buildCommand(user, 'order.set_status', order.id, { status: 'processing' });
    const [rejected] = await push(client, [tooEarly]);
    expect(rejected).toMatchObject({
      status: 'rejected',
      error: { code: 'INVALID_TRANSITION', details: { allowed: ['confirmed', 'on_hold'] } },
    });
    const [confirmed] = await push(client, [
      buildCommand(user, 'order.set_status', order.id, { status: 'confirmed' }),
    ]);
    expect(confirmed).toMatchObject({ status: 'applied', version: order.version + 1 });
    const [replayed] = await push(client, [tooEarly]);
    expect(replayed).toEqual(rejected);
    expect(await fetchOrder(server, token, order.id)).toMatchObject({
      status: 'confirmed',
      version: order.version + 1,
    });
  });

  it('applies 20 concurrent tag commands on one order without losing any (version +20)', async () => {
    const { token, user } = await manager();
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const tags = Array.from({ length: 20 }, (_, index) => `bulk-${index}`);
    const commands = tags.map((tag) => buildCommand(user, 'order.add_tags', order.id, { tags: [tag] }));
    const outcomes = (
      await Promise.all(commands.map((command) => push(server.trpc(token), [command])))
    ).flat();
    expect(outcomes.every((outcome) => outcome.status === 'applied')).toBe(true);
    const versions = outcomes
      .map((outcome) => (outcome.status === 'applied' ? outcome.version : -1))
      .sort((a, b) => a - b);
    expect(versions).toEqual(tags.map((_, index) => order.version + index + 1));
    const after = await fetchOrder(server, token, order.id);
    expect(after.version).toBe(order.version + 20);
    expect(after.tags).toEqual(expect.arrayContaining([...order.tags, ...tags]));
    expect(after.tags).toHaveLength(order.tags.length + 20);
    expect(after.events.filter((event) => event.type === 'tags_added')).toHaveLength(20);
  });

  it('answers each command of a mixed batch in order, applying the valid ones', async () => {
    const { token, user } = await manager();
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const batch: Command[] = [
      buildCommand(user, 'order.add_tags', order.id, { tags: ['ok-1'] }),
      buildCommand(user, 'order.teleport', order.id, {}),
      buildCommand(user, 'order.add_tags', order.id, { tags: [] }),
      buildCommand(user, 'order.add_tags', '00000000-0000-4000-8000-000000000000', { tags: ['x'] }),
      buildCommand(user, 'shipment.create', order.id, {}),
      buildCommand(user, 'order.set_notes', order.id, { notes: 'ok-2' }),
    ];
    const outcomes = await push(server.trpc(token), batch);
    expect(outcomes.map((outcome) => outcome.commandId)).toEqual(batch.map((command) => command.id));
    expect(
      outcomes.map((outcome) => (outcome.status === 'applied' ? 'applied' : outcome.error.code)),
    ).toEqual(['applied', 'BAD_INPUT', 'BAD_INPUT', 'NOT_FOUND', 'BAD_INPUT', 'applied']);
    const emptyTags = outcomes[2];
    expect(
      emptyTags?.status === 'rejected' ? emptyTags.error.issues?.map((issue) => issue.path) : [],
    ).toEqual(['tags']);
    expect(await fetchOrder(server, token, order.id)).toMatchObject({
      version: order.version + 2,
      notes: 'ok-2',
    });
  });

  it('validates the batch itself: malformed commands and more than 500 are BAD_REQUEST, writing nothing', async () => {
    const { token, user } = await manager();
    const client = server.trpc(token);
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const good = buildCommand(user, 'order.add_tags', order.id, { tags: ['never'] });
    const malformed = { ...good, id: 'not-a-uuid' };
    expect(await trpcFailure(client.sync.push.mutate({ commands: [good, malformed] }))).toMatchObject({
      code: 'BAD_REQUEST',
      domain: { code: 'BAD_INPUT' },
    });
    const tooMany = Array.from({ length: 501 }, () =>
      buildCommand(user, 'order.add_tags', order.id, { tags: ['never'] }),
    );
    expect(await trpcFailure(client.sync.push.mutate({ commands: tooMany }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await fetchOrder(server, token, order.id)).toEqual(order);
    expect(await trpcFailure(server.trpc().sync.push.mutate({ commands: [good] }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('rejects text the database cannot store (U+0000) per command instead of failing the batch', async () => {
    const { token, user } = await manager();
    const order = await claimOrder(server, ['processing', 'confirmed', 'pending']);
    const poison = buildCommand(user, 'order.set_notes', order.id, { notes: 'bad\u0000byte' });
    const fine = buildCommand(user, 'order.add_tags', order.id, { tags: ['after-poison'] });
    const outcomes = await push(server.trpc(token), [poison, fine]);
    expect(outcomes[0]).toMatchObject({
      commandId: poison.id,
      status: 'rejected',
      error: { code: 'BAD_INPUT' },
    });
    expect(outcomes[1]).toMatchObject({ commandId: fine.id, status: 'applied', version: order.version + 1 });
  });
});
