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

  // Warning-signs guide and statistics explainers
  'nav.signs': 'Señales de alerta',
  'nav.stats': 'Estadísticas',
  'signs.filterLabel': 'Elegir señales',
  'signs.byKind': 'Según el tipo de explotación',
  'signs.bySetting': 'Según el lugar',
  'signs.all': 'Todas las señales de alerta',
  'signs.kindsHeading': 'Señales según el tipo de explotación',
  'signs.settingsHeading': 'Señales según el lugar',
  'signs.group.general': 'Señales en cualquier lugar',
  'signs.group.kind': 'Tipo de explotación',
  'signs.group.setting': 'Lugar',
  'signs.signsHeading': 'Señales a las que prestar atención',
  'signs.onlyOne': 'Página solo de {title}',
  'signs.related': 'Vea también',
  'signs.statLink': 'La cifra que hay detrás: {title}',
  'signs.pageDescription': '{title}: señales de alerta de la trata de personas y qué hacer si le preocupa alguien.',
  'signs.printLink': 'Tarjeta para imprimir: las señales y la línea de ayuda en una página',
  'signs.notProof': 'Una sola señal no demuestra que haya trata. Si algo le preocupa, denúncielo: no hace falta estar seguro de nada.',
  'what.heading': 'Qué hacer si algo le preocupa',
  'what.confront': 'No enfrente a nadie de quien sospeche, y no intente rescatar a nadie por su cuenta. Podría poner en peligro a esa persona y a usted.',
  'what.emergency': 'Si alguien corre peligro inmediato, llame al {number}.',
  'what.hotline': 'Si no, llame o envíe un mensaje de texto a la {hotline}. Es confidencial y atiende las 24 horas, los 7 días de la semana.',
  'what.app': 'También puede contarnos lo que haya visto u oído por medio de la {app}. Toda información es importante y puede ser parte de algo más grande.',
  'what.callHeading': 'Qué pasa cuando llama',
  'what.call1': 'Hablará con una persona que le escuchará.',
  'what.call2': 'Cuente lo que vio u oyó, dónde y cuándo. Puede contar tanto o tan poco como quiera.',
  'what.call3': 'No hace falta que esté seguro de que es trata, y la llamada es confidencial.',
  'card.title': 'Reconozca las señales de la trata de personas',
  'card.description': 'Una tarjeta de una página con las señales de alerta de la trata de personas y el número de la línea de ayuda, lista para imprimir en blanco y negro.',
  'card.howToPrint': 'Para imprimir esta tarjeta, use la opción Imprimir de su navegador (Ctrl+P, o Cmd+P en una Mac). Cabe en una página, en blanco y negro.',
  'card.report': 'Denúncielo',
  'card.call': 'Llame a la {hotline}: {number}',
  'card.text': 'O envíe {keyword} al {code}. Confidencial, las 24 horas.',
  'card.app': 'O cuéntenos lo que vio en la {app}.',
  'card.more': 'Más señales y qué hacer:',
  'card.dontConfront': 'No enfrente a nadie. Si alguien corre peligro inmediato, llame al {number}.',
  'stats.title': 'Las estadísticas, explicadas',
  'stats.description': 'Las cifras que usamos sobre la trata de personas y la esclavitud moderna: de dónde vienen, qué miden y qué no miden.',
  'stats.intro': 'Cada cifra de este sitio indica su fuente y su año. Aquí puede ver qué mide cada una, cómo se calculó y qué no nos dice.',
  'stats.ratio': '{part} de cada {whole}',
  'stats.source': 'Fuente: {source}, {year}.',
  'stats.methodology': 'Cómo se calculó',
  'stats.caveats': 'Tenga en cuenta',
  'stats.quote': 'En palabras de la fuente (en inglés)',
  'stats.superseded': 'Una cifra más reciente reemplazó a esta:',
  'stats.supersededNote': 'Reemplazada por una cifra más reciente',
  'stats.explainer': 'Sobre esta cifra: {title}',
  'stats.all': 'Todas las estadísticas',
  'stats.charts': 'Las cifras, en gráficos',
  'stats.tableCaption': 'Datos: {title}',
  'stats.tableItem': 'Qué se cuenta',
  'stats.tableValue': 'Cifra',
  'stats.total': 'Total',
  'stats.waffleDesc': '{filled} de {total} cuadrados están rellenos.',
  'stats.waffleKey': 'Cuadrados rellenos: {label}.',
  'stats.waffleRest': 'Cuadrados vacíos: {label}.',
};

export default es;
