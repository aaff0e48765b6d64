import { NextResponse } from 'next/server';
import { appliedMigrations, getDbHandle } from '@/db/client';
import { route } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'public' }, async () => {
  try {
    const { db, kind } = await getDbHandle();
    const migrations = await appliedMigrations(db);
    return NextResponse.json({ status: 'ok', database: kind, migrations }, { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    console.error('[health] databasen svarer ikke:', err);
    return NextResponse.json(
      { status: 'error', message: 'Databasen svarer ikke.' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
});
