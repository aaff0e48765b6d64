'use client';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useZodResolver } from '@/lib/client/validation';
import { FeedbackMessage } from '@/app/_components/feedback/feedback-message';
import { useFeedback } from '@/app/_components/feedback/use-feedback';
import { CHECK_FIELDS_MESSAGE } from '@/lib/client/feedback/store';
import { SubmitButton } from '@/app/_components/submit-button';
import { grantRoleSchema, type GrantRoleInput } from '@/lib/pure/validation/admin';
import { ROLES, ROLE_LABELS, ROLE_SCOPE, type Role } from '@/lib/pure/auth/roles';
import { applyFieldErrors } from '@/lib/client/forms';
import { SelectField } from '@/app/_components/select-field';
import { MunicipalityPicker, type MunicipalityChoice } from '@/app/_components/municipality-picker';
import { CooperationPicker } from '@/app/_components/cooperation-picker';
import { grantRoleAction } from '../../actions';

interface Props {
  userId: string;
  municipalities: MunicipalityChoice[];
}

export function GrantRoleForm({ userId, municipalities }: Props) {
  const feedback = useFeedback();
  const {
    register,
    handleSubmit,
    control,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<GrantRoleInput, unknown, GrantRoleInput>({
    resolver: useZodResolver(grantRoleSchema) as never,
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
      feedback.success(`Rollen ${ROLE_LABELS[values.role as Role]} er gitt.`);
    },
    () => feedback.error(CHECK_FIELDS_MESSAGE),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-4">
      <input type="hidden" {...register('userId')} />
      <SelectField label="Rolle" error={errors.role?.message} {...register('role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      {scope === 'cooperation' ? (
        <Controller
          control={control}
          name="cooperationId"
          render={({ field }) => <CooperationPicker label="Samarbeid" value={field.value ?? ''} onChange={field.onChange} error={errors.cooperationId?.message} />}
        />
      ) : null}
      {scope !== 'system' ? (
        <Controller
          control={control}
          name="kommunenummer"
          render={({ field }) => (
            <MunicipalityPicker
              label={scope === 'cooperation' ? 'Kommunen personen representerer' : 'Kommune'}
              description={scope === 'cooperation' ? 'Valgfritt: for sponsorer og representanter, hvilken medlemskommune de tilhører.' : undefined}
              municipalities={municipalities}
              value={field.value ?? ''}
              onChange={field.onChange}
              error={errors.kommunenummer?.message}
            />
          )}
        />
      ) : null}
      <FeedbackMessage entry={feedback.entry} />
      <SubmitButton pending={isSubmitting}>Gi rolle</SubmitButton>
    </form>
  );
}
