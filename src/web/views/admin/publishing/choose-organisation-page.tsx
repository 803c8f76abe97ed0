import type { Organisation } from '../../../../domains/accounts/index.ts';
import { SelectField } from '../../components/fields.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { organisationOptions } from '../options.ts';
import { PUBLISHING_LINKS, PublishingNav } from './shared.tsx';

/** `/admin/publishing/items/new` for someone who publishes for several organisations: which one. */
export function ChooseOrganisationPage({ ctx, organisations }: { ctx: ConsoleContext; organisations: readonly Organisation[] }) {
  return (
    <ConsoleLayout ctx={ctx} title="起草信息">
      <PublishingNav current="/admin/publishing/items" links={PUBLISHING_LINKS} />
      <h1>起草信息</h1>
      <form method="get" action="/admin/publishing/items/new">
        <SelectField name="organisation" label="以哪个机构的名义发布" options={organisationOptions(organisations)} problems={[]} />
        <button type="submit" class="button">
          继续
        </button>
      </form>
    </ConsoleLayout>
  );
}
