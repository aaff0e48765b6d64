'use client';
import { Controller, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { fillTemplate } from '@/lib/pure/i18n/template';
import { SubmitButton } from '@/app/_components/submit-button';
import type { GrantRoleInput } from '@/lib/pure/validation/admin';
import { ROLES, ROLE_SCOPE, type Role } from '@/lib/pure/auth/roles';
import { applyFieldErrors, useForm } from '@/lib/client/forms';
import { SelectField } from '@/app/_components/select-field';
import { MunicipalityPicker, type MunicipalityChoice } from '@/app/_components/municipality-picker';
import { CooperationPicker } from '@/app/_components/cooperation-picker';
import { grantRoleAction } from '../../actions';

/** The form's words (brukere): the role names, and `granted` with the placeholder {role}. */
export interface GrantRoleWords {
  roles: Record<Role, string>;
  role: string;
  cooperation: string;
  representedMunicipality: string;
  municipality: string;
  representedDescription: string;
  grant: string;
  granted: string;
  checkFields: string;
}

interface Props {
  userId: string;
  municipalities: MunicipalityChoice[];
  words: GrantRoleWords;
}

export function GrantRoleForm({ userId, municipalities, words }: Props) {
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    control,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<GrantRoleInput, unknown, GrantRoleInput>({
    resolver: useZodResolver(() => import('@/lib/pure/validation/admin').then((m) => m.grantRoleSchema)) as never,
    defaultValues: { userId, role: 'radmannsteam', kommunenummer: '', cooperationId: '' },
  });
  const role = useWatch({ control, name: 'role' }) as Role;
  const scope = ROLE_SCOPE[role] ?? 'system';

  const onSubmit = handleSubmit(
    async (values) => {
      feedback.clear();
      const result = await grantRoleAction(values);
      if (!result.ok) {
        applyFieldErrors(result, setError);
        feedback.error(result.message);
        return;
      }
      reset({ userId, role: values.role, kommunenummer: '', cooperationId: '' });
      feedback.success(fillTemplate(words.granted, { role: words.roles[values.role as Role] }));
    },
    () => feedback.error(words.checkFields),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      <input type="hidden" {...register('userId')} />
      <SelectField label={words.role} error={errors.role?.message} {...register('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {words.roles[r]}
          </option>
        ))}
      </SelectField>
      {scope === 'cooperation' ? (
        <Controller
          control={control}
          name="cooperationId"
          render={({ field }) => <CooperationPicker label={words.cooperation} value={field.value ?? ''} onChange={field.onChange} error={errors.cooperationId?.message} />}
        />
      ) : null}
      {scope !== 'system' ? (
        <Controller
          control={control}
          name="kommunenummer"
          render={({ field }) => (
            <MunicipalityPicker
              label={scope === 'cooperation' ? words.representedMunicipality : words.municipality}
              description={scope === 'cooperation' ? words.representedDescription : undefined}
              municipalities={municipalities}
              value={field.value ?? ''}
              onChange={field.onChange}
              error={errors.kommunenummer?.message}
            />
          )}
        />
      ) : null}
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting}>{words.grant}</SubmitButton>
    </form>
  );
}
