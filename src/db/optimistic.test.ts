import { expect, it } from 'vitest';
import { buildOrganisation } from '../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../test/support/databases.ts';
import { isDomainError } from '../domains/shared/errors.ts';
import { CONFLICT_MESSAGE, updateVersioned } from './optimistic.ts';

describeEachDialect('optimistic concurrency', (t) => {
  it('bumps the version, and a stale version is a conflict with a Chinese message', async () => {
    const org = await buildOrganisation(t.db);
    expect(org.version).toBe(1);
    expect(await updateVersioned(t.db, 'organisations', org.id, 1, { name: '第一次修改' })).toBe(2);
    const error = await updateVersioned(t.db, 'organisations', org.id, 1, { name: '过期的修改' }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('conflict');
    expect(isDomainError(error) && error.status).toBe(409);
    expect(isDomainError(error) && error.userMessage).toBe(CONFLICT_MESSAGE);
    const row = await t.db.selectFrom('organisations').select(['name', 'version']).where('id', '=', org.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '第一次修改', version: 2 });
  });

  it('treats a missing row as a conflict too', async () => {
    await expect(updateVersioned(t.db, 'users', 'no-such-id', 1, { display_name: 'x' })).rejects.toMatchObject({ code: 'conflict' });
  });
});
