import type { Words } from './en.js';

/** Las palabras integradas en español. */
export const es: Words = {
  badge: 'Nuestro programa',
  roles: 'Puestos típicos',
  source: 'Fuente',
  about: 'Descripción',
  nextStep: 'Siguiente paso',
  comparePaths: 'Trayectorias que comparar',
  atLeastTwo: '(al menos dos)',
  pathQuestion: '¿Qué trayectoria te interesa?',
  allPaths: 'Todas las trayectorias',
  interestQuestion: '¿Qué te gusta hacer?',
  matches: '{n} puestos coinciden',
  matchesOne: '1 puesto coincide',
  matchedBy: 'Coincide con:',
  otherRoles: 'Otros puestos',
  noMatch: 'Ningún puesto coincide con lo que elegiste.',
  clear: 'Borrar la selección',
  path: 'Trayectoria',
  duties: 'Funciones',
  onet: 'Código O*NET-SOC',
  error: 'No se pudo mostrar la información sobre carreras.',
  retry: 'Reintentar',
};
