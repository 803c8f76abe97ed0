import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from './open-database.ts';

describe('cachingStatements (SQLite prepared-statement cache)', () => {
  it('prepares each SQL text once, keeps at most `max`, and survives a schema change', () => {
    const sqlite = new SqliteDatabase(':memory:');
    let prepared = 0;
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((sql: string) => {
      prepared++;
      return prepare(sql);
    }) as typeof sqlite.prepare;
    const db = cachingStatements(sqlite, 2);
    db.prepare('create table t (a integer)').run([]);
    db.prepare('insert into t (a) values (?)').run([1]);
    db.prepare('insert into t (a) values (?)').run([2]);
    expect(db.prepare('select a from t order by a').all([])).toEqual([{ a: 1 }, { a: 2 }]);
    expect(db.prepare('select a from t order by a').all([])).toEqual([{ a: 1 }, { a: 2 }]);
    expect(prepared).toBe(3);
    // The least recently used (create table) went out when the third text came in.
    db.prepare('insert into t (a) values (?)');
    expect(prepared).toBe(3);
    // A cached statement still reads correctly after the table is replaced.
    sqlite.exec('drop table t; create table t (a integer, b text); insert into t values (3, \'x\')');
    expect(db.prepare('select a from t order by a').all([])).toEqual([{ a: 3 }]);
    db.close();
    expect(sqlite.open).toBe(false);
  });
});
