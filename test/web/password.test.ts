import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../support/databases.ts';
import { buildCounty, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('web: changing one’s password', (t) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock());
  });
  afterAll(async () => server?.close());

  it('refuses with 422 and a message beside the field: mismatch, wrong current password, weak password', async () => {
    const { township } = await buildCounty(t.db);
    const user = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
    const client = new Client(server.baseUrl);
    await client.signIn(user.username, TEST_PASSWORD);
    const cases: [Record<string, string>, string, string][] = [
      [{ currentPassword: TEST_PASSWORD, newPassword: 'New-pass-2027', confirmPassword: 'Other-pass-2027' }, 'confirmPassword', '两次输入的新密码不一致'],
      [{ currentPassword: 'not-it-123', newPassword: 'New-pass-2027', confirmPassword: 'New-pass-2027' }, 'currentPassword', '当前密码不正确'],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'short', confirmPassword: 'short' }, 'newPassword', '密码至少需要8个字符'],
    ];
    for (const [form, field, message] of cases) {
      const response = await client.submit('/admin/password', '/admin/password', form);
      expect(response.status, field).toBe(422);
      expect(response.text, field).toContain(`href="#field-${field}"`);
      expect(visibleText(response.text), field).toContain(message);
    }
    // Nothing changed: the old password still signs in.
    expect((await new Client(server.baseUrl).signIn(user.username, TEST_PASSWORD)).status).toBe(303);
  });

  it('changes the password, keeps this session, ends the others', async () => {
    const { township } = await buildCounty(t.db);
    const user = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
    const here = new Client(server.baseUrl);
    const elsewhere = new Client(server.baseUrl);
    await here.signIn(user.username, TEST_PASSWORD);
    await elsewhere.signIn(user.username, TEST_PASSWORD);
    const changed = await here.submit('/admin/password', '/admin/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Brand-new-2027',
      confirmPassword: 'Brand-new-2027',
    });
    expect(changed.status).toBe(303);
    expect(visibleText((await here.get(changed.location!)).text)).toContain('密码已修改。');
    expect((await elsewhere.get('/admin')).location).toMatch(/^\/admin\/sign-in\?done=expired/);
    expect((await new Client(server.baseUrl).signIn(user.username, TEST_PASSWORD)).status).toBe(401);
    expect((await new Client(server.baseUrl).signIn(user.username, 'Brand-new-2027')).status).toBe(303);
  });
});
