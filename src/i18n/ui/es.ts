import type { UIStrings } from './en.ts';

/** Spanish interface strings: plain language, addressing the reader as usted. */
const es: UIStrings = {
  'site.name': 'STOP THE TRAFFIK',
  'site.tagline': 'Aprenda a reconocer la trata de personas en Stockton y el Valle de San Joaquín.',

  'skip.link': 'Ir al contenido principal',

  'quickExit.label': 'Salir de esta página',
  'quickExit.hidden': 'Emergencia',
  'quickExit.region': 'Salida rápida',
  'quickExit.hint': 'Pulse Esc dos veces para salir rápido.',

  'hotline.heading': '¿Necesita ayuda ahora?',
  'hotline.call': 'Llame al {number}',
  'hotline.text': 'Envíe {keyword} al {code}',
  'hotline.emergency': 'Si hay peligro inmediato, llame al {number}.',
  'hotline.available': 'Confidencial, las 24 horas del día, los 7 días de la semana.',
  'hotline.name': 'Línea Nacional contra la Trata de Personas',

  'nav.label': 'Principal',
  'nav.home': 'Inicio',
  'nav.campaign': 'Campaña de Stockton',

  'lang.switch': 'Idioma',
  'lang.switchTo': 'Leer esta página en {language}',

  'safe.heading': 'Navegue con seguridad',
  'safe.body':
    'Este sitio no usa cookies ni guarda datos sobre usted, pero su navegador recuerda las páginas que visita. Si otra persona usa su teléfono o su computadora, abra una ventana privada o borre el historial al terminar. El botón Salir, o pulsar Esc dos veces, lo lleva de inmediato a una página del clima.',

  'footer.support': 'Apoye nuestro trabajo',
  'footer.donate': 'Done a {org}',
  'footer.app': 'Descargue la {app}',
  'footer.appStore': '{app} en App Store',
  'footer.googlePlay': '{app} en Google Play',
  'footer.about':
    '{org} ayuda a que las comunidades estén mejor preparadas contra la trata de personas, con información y participación.',
  'footer.backToTop': 'Volver arriba',

  'home.title': '¿Hay trata de personas cerca de usted?',
  'home.description':
    'La trata de personas existe en Stockton y el Valle de San Joaquín. Aprenda a reconocerla y a denunciarla de forma segura.',
  'home.intro':
    'La trata de personas ocurre en todo el mundo, y una investigación ha señalado a Stockton y al Valle de San Joaquín como posibles focos. ¿Sabría reconocerla en su comunidad?',
  'home.campaignCta': 'Lea sobre la trata de personas en Stockton',
  'home.reportHeading': 'Si ve algo, dígalo',
  'home.reportBody':
    'Si ve o escucha algo sospechoso, denúncielo. Si alguien corre peligro inmediato, llame a la policía al {emergency}.',
  'home.supportHeading': 'Ayúdenos a detenerla',
  'home.supportBody': 'Sus donaciones son esenciales para nuestra lucha contra la trata de personas. Juntos la detendremos.',
  'home.campaignsHeading': 'Nuestras campañas',

  'campaign.place': 'Campaña: {place}',
  'campaign.updated': 'Actualizado el {date}',
  'campaign.published': 'Publicado el {date}',
  'campaign.hotlineRegion': 'Línea de ayuda para esta zona',

  'support.heading': 'Apóyenos',
  'support.body':
    'Sus donaciones son esenciales para combatir la trata de personas. Juntos la detendremos.',
  'support.donate': 'Donar',
  'support.external': '(abre el sitio web de {org}, en inglés)',

  'app.heading': 'Cuéntenos lo que ha visto: la {app}',
  'app.body':
    'Descargue la {app} para compartir cualquier cosa que haya visto u oído y que pueda tener relación con la trata de personas. Toda información es importante y puede ser parte de algo más grande.',

  'translation.missing': 'Esta página todavía no está traducida al español. A continuación puede leer la versión original en inglés.',

  'notFound.title': 'Página no encontrada',
  'notFound.description': 'No encontramos esa página.',
  'notFound.body': 'La página que busca no existe o cambió de dirección. Estas páginas pueden servirle:',
  'notFound.home': 'Ir a la página de inicio',

  // Search, support, get help and SEO (issue 5: search, support pages and discovery)
  'nav.getHelp': 'Pedir ayuda',
  'nav.support': 'Apóyenos',
  'nav.search': 'Buscar',
  'search.title': 'Buscar',
  'search.description': 'Busque en todas las páginas en español del sitio de campañas de STOP THE TRAFFIK y filtre los resultados por tipo de página.',
  'search.heading': 'Buscar en este sitio',
  'search.formLabel': 'Buscar en el sitio',
  'search.field': 'Palabras que busca',
  'search.submit': 'Buscar',
  'search.noScript':
    'La búsqueda necesita JavaScript, que está desactivado o no funciona en su navegador. Puede llegar a todo el sitio desde estas secciones:',
  'search.sections': 'Secciones principales',
  'search.filters': 'Tipo de página',
  'search.type.campaign': 'Campañas',
  'search.type.post': 'Publicaciones',
  'search.type.sign': 'Señales de alerta',
  'search.type.statistic': 'Datos y cifras',
  'search.type.page': 'Otras páginas',
  'search.prompt': 'Escriba una o más palabras y pulse Buscar.',
  'search.loading': 'Buscando…',
  'search.results.none': 'No hay resultados para «{query}».',
  'search.results.one': '1 resultado para «{query}».',
  'search.results.many': '{count} resultados para «{query}».',
  'search.results.heading': 'Resultados',
  'search.more': 'Ver más resultados',
  'search.error': 'La búsqueda no está disponible en este momento. Inténtelo más tarde o use las secciones de abajo.',
  'badge.appStore.top': 'Descárguela en',
  'badge.appStore.name': 'App Store',
  'badge.googlePlay.top': 'Disponible en',
  'badge.googlePlay.name': 'Google Play',
  'badge.forApp': '({app})',
  'seo.defaultImageAlt': 'Ilustración de una carretera larga entre campos de cultivo al atardecer, con un granero y un motel de carretera.',
};

export default es;
