/**
 * Pipedrive writes its export headers in the seller's language, each as
 * "Entity - Field - Kind" ("Personne - E-mail - Travail", "Person - E-Mail -
 * Arbeit"). Each part is translated back to the English export's words here, so
 * one preset reads every language. Keys are folded (lower case, see foldHeader).
 */
const PIPEDRIVE_PARTS: Record<string, string> = {
  // entities
  personne: 'person',
  persona: 'person',
  pessoa: 'person',
  persoon: 'person',
  organisation: 'organization',
  organización: 'organization',
  organizacion: 'organization',
  organização: 'organization',
  organizacao: 'organization',
  organisatie: 'organization',
  // fields
  nom: 'name',
  nombre: 'name',
  nome: 'name',
  naam: 'name',
  prénom: 'first name',
  vorname: 'first name',
  'nom de famille': 'last name',
  nachname: 'last name',
  'e-mail': 'email',
  courriel: 'email',
  'correo electrónico': 'email',
  téléphone: 'phone',
  telefon: 'phone',
  teléfono: 'phone',
  telefone: 'phone',
  telefoon: 'phone',
  'titre du poste': 'job title',
  berufsbezeichnung: 'job title',
  'organisation id': 'organization id',
  // kinds of email and phone
  travail: 'work',
  arbeit: 'work',
  trabajo: 'work',
  trabalho: 'work',
  werk: 'work',
  domicile: 'home',
  privat: 'home',
  casa: 'home',
  thuis: 'home',
  autre: 'other',
  andere: 'other',
  otro: 'other',
  outro: 'other',
  anders: 'other',
};

const PIPEDRIVE_ENTITIES = new Set(['person', 'organization', 'deal', 'lead']);

/**
 * A folded Pipedrive header in the English export's words ("personne - nom" →
 * "person - name"); any other header as it is.
 */
export function pipedriveHeader(folded: string): string {
  const parts = folded.split(' - ');
  if (parts.length < 2) return folded;
  const english = parts.map((p) => PIPEDRIVE_PARTS[p] ?? p);
  return PIPEDRIVE_ENTITIES.has(english[0]!) ? english.join(' - ') : folded;
}
