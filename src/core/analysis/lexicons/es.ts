// Spanish: general promotional and giving language, accents folded ("código" -> "codigo").
import type { Lexicon } from './lexicon.ts';

const OWN = 'curso*|clase*|taller*|tienda|negocio|empresa|marca|producto*|app|aplicacion|libro|ebook|newsletter|boletin|' +
  'blog|canal|podcast|episodio|video|pagina|perfil|web|sitio|comunidad|servicio*|agencia|coleccion|catalogo|mentoria*|asesoria*|programa';

export const es: Lexicon = {
  language: 'es',
  stopwords: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'no', 'se',
    'lo', 'mi', 'me', 'del', 'al', 'pero', 'muy', 'si', 'como', 'esta', 'este', 'tu', 'te', 'hay', 'ya',
    'alguien', 'hoy', 'nadie', 'tambien', 'pues', 'estoy', 'tengo', 'ella', 'eso', 'algun', 'alguna', 'cuando', 'donde'],
  self: ['yo', 'mi', 'mis', 'me', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  others: ['su', 'sus', 'ella', 'ellos', 'ellas'],
  relations: ['amigo', 'amiga', 'amigos', 'amigas', 'hermano', 'hermana', 'madre', 'padre', 'mama', 'papa', 'primo', 'prima', 'vecino', 'vecina', 'companero', 'companera', 'hijo', 'hija', 'tio', 'tia', 'abuela', 'abuelo', 'sobrino', 'sobrina', 'novio', 'novia'],
  imperatives: ['usa', 'pon', 'deja', 'mezcla', 'anade', 'corta', 'lava', 'seca', 'evita', 'prueba', 'revisa', 'mira', 'toma',
    'riega', 'calienta', 'guarda', 'quita', 'cambia', 'busca', 'pide', 'lleva', 'espera', 'sacatelo', 'apunta'],
  phrases: [
    // Asking to attend or vote for the author.
    { signal: 'cta', weight: 1.4, phrases: ['vota|voten|votad|votar por mi|nosotros|nuestro|nuestra', 'ven|vengan|venid a vernos|verme'] },
    { signal: 'follow', weight: 1.6, phrases: ['suscribete', 'siguenos', 'sigueme'] },
    { signal: 'hiring', weight: 1.3, phrases: ['estamos contratando', 'buscamos', 'vacantes'] },
    { signal: 'cta', weight: 1.6, phrases: [
      'link|enlace en mi? bio|perfil', 'compra|compralo|pide|reserva|inscribete|registrate|suscribete ya|hoy|aqui|ahora',
      'inscribete', 'registrate', 'escribeme', 'mandame|enviame|mandenme mensaje|un mensaje|dm|md',
      'mensaje privado', 'por privado', 'al privado', 'al dm', 'pasate por mi', 'pasate', 'visita mi|nuestra|nuestro', 'echa un vistazo a mi',
      'reserva tu', 'consigue tu', 'aprovecha', 'comenta CAPS', 'compra en', 'haz tu pedido', 'pide el tuyo', 'comparte',
    ] },
    { signal: 'cta', weight: 0.8, phrases: ['compra', 'comprar', 'pedido*', 'descarga', 'apuntate', 'reservas', 'si te interesa', 'si quieren'] },
    { signal: 'offer', weight: 1.4, phrases: [
      '# % de? descuento', '# % off', 'descuento*', 'cupon', 'codigo de? descuento', 'codigo CAPS', 'oferta*', 'rebaja*', 'promocion',
      'solo por # horas|dias', 'por tiempo limitado', 'plazas limitadas', 'ultimas plazas|unidades', 'envio gratis', 'sorteo', 'gratis los primeros',
      'hasta el domingo|lunes|viernes|sabado', 'hasta agotar', 'preventa', 'black friday', 'envios a todo',
    ] },
    { signal: 'own', weight: 1.3, phrases: [
      `mi|mis|nuestro|nuestra|nuestros|nuestras nuevo|nueva|primer|primera|propio|propia? ${OWN}`, 'en mi canal|blog|tienda|web|perfil',
      'estoy vendiendo', 'vendo', 'vendemos', 'ofrezco', 'ofrecemos', 'hacemos envios', 'te ayudo a', 'ayudo a', 'en la tienda|vivero tenemos',
      'por catalogo', 'subo recetas|videos',
    ] },
    { signal: 'announce', weight: 1.3, phrases: [
      'ya salio', 'ya esta disponible', 'ya disponible', 'ya esta aqui', 'nuevo lanzamiento', 'lanzamos',
      'nueva coleccion', 'nuevo video|episodio|curso', 'abierta la inscripcion', 'inscripciones abiertas', 'agenda abierta',
    ] },
    { signal: 'sponsored', weight: 1.8, phrases: ['enlace de afiliado', 'link de afiliado', 'publicidad', 'patrocinado', 'colaboracion pagada', '#publi', '#ad'] },
    { signal: 'howto', weight: -1.0, phrases: ['como hacer', 'paso a paso', 'paso #', 'consejo*', 'truco*', 'tip', 'tips', 'guia', 'lo que me funciono', 'aprendi'] },
    { signal: 'explain', weight: -0.5, phrases: [
      'porque', 'por eso', 'en vez de', 'en lugar de', 'casi siempre', 'siempre', 'nunca', 'evita', 'asegurate', 'prueba', 'usa', 'mira en',
      'si tienes', 'si quieres', 'dejalo', 'pon', 'no pagues', 'sin cita', 'tarde', 'cuesta',
    ] },
    { signal: 'thanks', weight: -1.0, phrases: ['gracias', 'muchas gracias', 'agradecid*', 'te agradezco'] },
    { signal: 'congrats', weight: -1.2, phrases: ['felicidades', 'felicitaciones', 'enhorabuena', 'te lo mereces'] },
    { signal: 'credit', weight: -1.2, phrases: ['no es mio', 'no es mia', 'hecho por', 'creado por', 'via @', 'de @',
      // Someone close to the author owns it ("la tienda de mi hermana"): sharing it has no stake.
      'de mi amigo|amiga|hermano|hermana|primo|prima|vecino|vecina|companero|companera|hijo|hija|esposo|esposa|novio|novia|cunado|cunada|tia|tio',
      'de un amigo', 'de una amiga'] },
    { signal: 'unaffiliated', weight: -2.0, phrases: ['no estoy afiliad*', 'sin afiliacion', 'no es publicidad', 'no me pagan', 'no patrocinado'] },
    // Asking for help invites others to share what they know.
    { signal: 'question', weight: -0.6, phrases: [
      'alguien sabe|conoce|tiene|recomienda', 'alguien me puede|podria ~ recomendar|ayudar|explicar', 'me pueden|podrian recomendar|ayudar',
      'alguna recomendacion|sugerencia', 'algun consejo', 'es normal que', 'como hago para', 'que me recomiendan',
    ] },
    { signal: 'freeHelp', weight: -1.3, phrases: ['es gratis', 'gratuito', 'gratuita', 'sin coste', 'sin costo', 'regalo', 'te ayudo gratis', 'con gusto te ayudo'] },
    { signal: 'community', weight: -1.2, phrases: ['voluntari*', 'donacion*', 'donar', 'banco de alimentos', 'refugio', 'biblioteca'] },
    { signal: 'encourage', weight: -0.8, phrases: ['animo', 'tu puedes', 'no estas solo|sola', 'mucha fuerza', 'un abrazo'] },
    { signal: 'praise', weight: -0.4, phrases: ['buenisimo', 'que lindo', 'que bonito', 'me encanta', 'excelente', 'gran video|articulo'] },
  ],
};
