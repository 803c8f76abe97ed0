import {
  APPLICANT_TYPES, CONSULTATION_OPINIONS, CONSULTATION_OPINION_LABELS, CONSULTATION_PARTIES, CONSULTATION_PARTY_LABELS, DELIVERY_FORMS,
  DELIVERY_FORM_LABELS, DELIVERY_WAYS, DELIVERY_WAY_LABELS, OUTCOMES, OUTCOME_DEFINITIONS, RECEIPT_RULES, STAFF_CHANNELS, applicantTypeLongLabel,
} from '../../../domains/requests/index.ts';

export const APPLICANT_TYPE_OPTIONS = APPLICANT_TYPES.map((value) => ({ value, label: applicantTypeLongLabel(value) }));
export const DELIVERY_FORM_OPTIONS = DELIVERY_FORMS.map((value) => ({ value, label: DELIVERY_FORM_LABELS[value] }));
export const DELIVERY_WAY_OPTIONS = DELIVERY_WAYS.map((value) => ({ value, label: DELIVERY_WAY_LABELS[value] }));
export const CHANNEL_OPTIONS = STAFF_CHANNELS.map((value) => ({ value, label: RECEIPT_RULES[value].label }));
export const PARTY_OPTIONS = CONSULTATION_PARTIES.map((value) => ({ value, label: CONSULTATION_PARTY_LABELS[value] }));
export const OPINION_OPTIONS = CONSULTATION_OPINIONS.map((value) => ({ value, label: CONSULTATION_OPINION_LABELS[value] }));
export const OUTCOME_OPTIONS = OUTCOMES.map((value) => ({ value, label: `${OUTCOME_DEFINITIONS[value].label}（${OUTCOME_DEFINITIONS[value].article}）` }));
