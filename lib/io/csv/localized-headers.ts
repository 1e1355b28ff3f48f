import type { ColumnField } from './presets';

/**
 * Column names of lists kept in Excel and of localized exports, in English,
 * German, French, Spanish, Dutch and Portuguese, for the mapping screen's first
 * guess. Folded (lower case, single spaces). "Name"-like headers that may mean the
 * full name or the surname are in NAME_OR_PART, settled by the other columns.
 */
const HEADERS: [ColumnField, string[]][] = [
  [
    'email',
    [
      'email',
      'e-mail',
      'mail',
      'email address',
      'e-mail address',
      'e-mail-adresse',
      'emailadresse',
      'courriel',
      'adresse e-mail',
      'adresse email',
      'adresse électronique',
      'correo',
      'correo electrónico',
      'correo electronico',
      'e-mailadres',
      'emailadres',
      'endereço de e-mail',
    ],
  ],
  [
    'firstName',
    [
      'first name',
      'firstname',
      'given name',
      'vorname',
      'prénom',
      'prenom',
      'voornaam',
      'primeiro nome',
    ],
  ],
  [
    'lastName',
    [
      'last name',
      'lastname',
      'surname',
      'family name',
      'nachname',
      'familienname',
      'nom de famille',
      'apellido',
      'apellidos',
      'achternaam',
      'sobrenome',
      'apelido',
    ],
  ],
  [
    'name',
    [
      'full name',
      'contact name',
      'contact',
      'contact person',
      'ansprechpartner',
      'ansprechpartnerin',
      'kontakt',
      'kontaktperson',
      'vollständiger name',
      'nom complet',
      'interlocuteur',
      'nombre completo',
      'contacto',
      'persona de contacto',
      'volledige naam',
      'contactpersoon',
      'nome completo',
      'contato',
      'pessoa de contato',
    ],
  ],
  [
    'company',
    [
      'company',
      'company name',
      'organization',
      'organisation',
      'account',
      'account name',
      'firma',
      'firmenname',
      'unternehmen',
      'société',
      'societe',
      'entreprise',
      'raison sociale',
      'empresa',
      'compañía',
      'compania',
      'bedrijf',
      'bedrijfsnaam',
      'organisatie',
      'nome da empresa',
    ],
  ],
  ['domain', ['domain', 'company domain', 'domain name', 'domäne', 'domaine', 'dominio', 'domein']],
  [
    'website',
    [
      'website',
      'web site',
      'url',
      'homepage',
      'website url',
      'webseite',
      'site web',
      'site internet',
      'sitio web',
      'página web',
      'site',
    ],
  ],
  [
    'title',
    [
      'title',
      'job title',
      'position',
      'role',
      'titel',
      'berufsbezeichnung',
      'funktion',
      'poste',
      'fonction',
      'titre',
      'cargo',
      'puesto',
      'functie',
      'functietitel',
      'função',
    ],
  ],
  [
    'phone',
    [
      'phone',
      'phone number',
      'mobile',
      'telephone',
      'tel',
      'tel.',
      'telefon',
      'telefonnummer',
      'handy',
      'mobil',
      'téléphone',
      'telephone',
      'portable',
      'mobile phone',
      'teléfono',
      'telefono',
      'móvil',
      'movil',
      'telefoon',
      'telefoonnummer',
      'mobiel',
      'telefone',
      'celular',
      'telemóvel',
    ],
  ],
  ['industry', ['industry', 'sector', 'branche', 'secteur', 'industria', 'setor']],
  ['crmId', ['id', 'record id', 'crm id']],
];

/** "Name" in de, fr, es, nl, pt: the full name alone, the surname beside a first name (and so on). */
const NAME_OR_PART = new Set(['name', 'nom', 'nombre', 'naam', 'nome']);

const FIELD_OF = new Map<string, ColumnField>(
  HEADERS.flatMap(([field, names]) => names.map((n): [string, ColumnField] => [n, field])),
);

/**
 * The field a folded header names, or 'ignore'. `has` says whether the file
 * has another column of a field: "Nom" beside "Prénom" is the surname, "Nombre"
 * beside "Apellidos" the first name, and alone either is the full name.
 */
export function localizedField(folded: string, has: (field: ColumnField) => boolean): ColumnField {
  if (NAME_OR_PART.has(folded)) {
    if (has('firstName') && !has('lastName')) return 'lastName';
    if (has('lastName') && !has('firstName')) return 'firstName';
    return 'name';
  }
  return FIELD_OF.get(folded) ?? (/e-?mail/.test(folded) ? 'email' : 'ignore');
}
