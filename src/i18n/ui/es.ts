import type { UIStrings } from './en.ts';

/** Spanish interface strings: plain language, addressing the reader as usted. */
const es: UIStrings = {
  'site.name': 'STOP THE TRAFFIK',
  'skip.link': 'Ir al contenido principal',

  'quickExit.label': 'Salir de esta página',
  'quickExit.hidden': 'Emergencia',
  'quickExit.region': 'Salida rápida',
  'quickExit.hint': 'Presione Esc dos veces para salir rápido.',

  'hotline.heading': '¿Necesita ayuda ahora?',
  'hotline.call': 'Llame al {number}',
  'hotline.text': 'Envíe {keyword} al {code}',
  'hotline.emergency': 'Si hay peligro inmediato, llame al {number}.',
  'hotline.available': 'Las llamadas son confidenciales y se atienden las 24 horas del día, los 7 días de la semana.',
  'hotline.name': 'Línea Nacional contra la Trata de Personas',

  'nav.label': 'Principal',
  'nav.home': 'Inicio',

  'lang.switch': 'Idioma',

  'safe.heading': 'Navegue con seguridad',
  'safe.body':
    'Este sitio no usa cookies, no guarda nada en su navegador, no usa rastreadores y no carga nada de otros sitios, y las palabras que busca aquí nunca llegan a la barra de direcciones ni al historial. El botón «Salir de esta página» lo lleva a una página del clima y reemplaza esta página, así que el botón Atrás no vuelve a ella; presionar Esc dos veces hace lo mismo, pero solo con JavaScript activado. La página queda en el historial del navegador hasta que usted la borre. Si otra persona revisa su teléfono o su computadora, use una ventana privada, o borre del historial solo las páginas de este sitio: un historial borrado por completo puede llamar la atención.',

  'footer.support': 'Apoye nuestro trabajo',
  'footer.donate': 'Done a {org}',
  'footer.app': 'Descargue la {app}',
  'footer.about':
    '{org} ayuda a que las comunidades estén mejor preparadas contra la trata de personas, con información y participación.',
  'footer.backToTop': 'Volver arriba',
  'footer.about.label': 'Sobre este sitio',
  'footer.privacy': 'Privacidad',
  'footer.accessibility': 'Accesibilidad',
  'org.website': 'el sitio web de {org}',

  'home.title': '¿Hay trata de personas cerca de usted?',
  'home.description':
    'La trata de personas existe en Stockton y el Valle de San Joaquín. Aprenda a reconocerla y a denunciarla de forma segura.',
  'home.intro':
    'La trata de personas ocurre en todo el mundo, y una investigación ha señalado a Stockton y al Valle de San Joaquín como posibles focos. ¿Sabría reconocerla en su comunidad?',
  'home.campaignCta': 'Lea nuestra campaña: {title}',
  'home.reportHeading': 'Denuncie lo que vea',
  'home.reportBody':
    'Si ve o escucha algo sospechoso, denúncielo. Si alguien corre peligro inmediato, llame a la policía al {emergency}.',
  'home.signsHeading': '¿Sabría reconocer las señales?',
  'home.signsBody':
    'La trata puede esconderse en el campo, en moteles, en anuncios por internet, en los servicios de salud y en restaurantes. Sepa qué observar y qué hacer.',
  'home.signsCta': 'Conozca las señales',
  'home.postsHeading': 'Publicaciones recientes',
  'home.campaignsHeading': 'Nuestras campañas',

  'campaign.place': 'Campaña: {place}',
  'campaign.updated': 'Actualizado el {date}',

  'support.heading': 'Apóyenos',
  'support.body': 'Sus donaciones son esenciales para combatir la trata de personas. Juntos la detendremos.',
  'support.donate': 'Donar',
  'support.external': '(abre el sitio web de {org}, en inglés)',

  'app.heading': 'Cuéntenos lo que ha visto: la {app}',
  'app.body':
    'Descargue la {app} para compartir cualquier cosa que haya visto u oído y que pueda tener relación con la trata de personas. Toda información es importante y puede ser parte de algo más grande.',

  'translation.missing':
    'Esta página todavía no está traducida al español. A continuación puede leer la versión original en inglés.',
  'translation.unreviewed': 'Ningún hablante nativo ha revisado todavía esta traducción.',
  'translation.updated':
    'La versión en inglés de esta página se actualizó el {date}, después de hacer esta traducción.',
  'translation.updatedUndated': 'La versión en inglés de esta página ha cambiado desde que se hizo esta traducción.',
  'translation.readEnglish': 'Leer la versión en inglés',

  // Ayuda en su idioma (/languages/)
  'languages.title': 'Ayuda en su idioma',
  'languages.description':
    'Llame gratis y a cualquier hora a la Línea Nacional contra la Trata de Personas y hable con ayuda de un intérprete en su propio idioma.',
  'languages.intro':
    'La Línea Nacional contra la Trata de Personas atiende llamadas en inglés o en español, o en más de 200 idiomas distintos mediante un servicio de interpretación telefónica que funciona las 24 horas. Aquí le explicamos, en muchos idiomas, cómo pedir un intérprete.',
  'languages.listLabel': 'Idiomas en esta página',

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
  'signs.sources': 'De dónde vienen estas señales',
  'signs.sourcesIntro':
    'Cada señal de arriba explica con palabras sencillas una señal que da una o más de estas fuentes (en inglés):',
  'signs.printLink': 'Tarjeta para imprimir: las señales y la línea de ayuda en una página',
  'signs.notProof':
    'Una sola señal no demuestra que haya trata. Si algo le preocupa, denúncielo: no hace falta estar seguro de nada.',
  'what.heading': 'Qué hacer si algo le preocupa',
  'what.confront':
    'No enfrente a nadie de quien sospeche, y no intente rescatar a nadie por su cuenta. Podría poner en peligro a esa persona y a usted.',
  'what.emergency': 'Si alguien corre peligro inmediato, llame al {number}.',
  'what.hotline':
    'Si no, llame o envíe un mensaje de texto a la {hotline}. La línea telefónica es confidencial y atiende las 24 horas, los 7 días de la semana.',
  'what.app':
    'También puede contarnos lo que haya visto u oído por medio de la {app}. Toda información es importante y puede ser parte de algo más grande.',
  'what.callHeading': 'Qué pasa cuando llama',
  'what.call1': 'La línea atiende las 24 horas, los 7 días de la semana: puede llamar a cualquier hora.',
  'what.call2': 'Cuente lo que vio u oyó, dónde y cuándo.',
  'what.call3':
    'No hace falta estar seguro de que es trata: toda información es importante. La llamada es confidencial.',
  'card.title': 'Reconozca las señales de la trata de personas',
  'card.description':
    'Una tarjeta de una página con las señales de alerta de la trata de personas y el número de la línea de ayuda, lista para imprimir en blanco y negro.',
  'card.howToPrint':
    'Para imprimir esta tarjeta, use la opción Imprimir de su navegador (Ctrl+P, o Cmd+P en una Mac). Cabe en una página, en blanco y negro.',
  'card.report': 'Denúncielo',
  'card.call': 'Llame a la {hotline}: {number}',
  'card.text': 'O envíe la palabra {keyword} por mensaje de texto al {code}.',
  'card.app': 'O cuéntenos lo que vio en la {app}.',
  'card.more': 'Más señales y qué hacer:',
  'card.dontConfront': 'No enfrente a nadie. Si alguien corre peligro inmediato, llame al {number}.',
  'stats.title': 'Las estadísticas, explicadas',
  'stats.description':
    'Las cifras que usamos sobre la trata de personas y la esclavitud moderna: de dónde vienen, qué miden y qué no miden.',
  'stats.intro':
    'Cada cifra de este sitio indica su fuente y su año. Aquí puede ver qué mide cada una, cómo se calculó y qué no nos dice.',
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
  // Blog (publicaciones, temas, canales RSS)
  'nav.blog': 'Blog',
  'blog.title': 'Blog de la campaña',
  'blog.description':
    'Publicaciones de las campañas de STOP THE TRAFFIK: datos con sus fuentes, noticias de nuestro trabajo y formas de ayudar a detener la trata de personas.',
  'blog.pageTitle': '{title}, página {page} de {last}',
  'blog.pagination': 'Páginas de publicaciones',
  'blog.newer': 'Publicaciones más recientes',
  'blog.older': 'Publicaciones anteriores',
  'blog.pageOf': 'Página {page} de {last}',
  'blog.published': 'Publicado el {date}',
  'blog.updated': 'Actualizado el {date}',
  'blog.readingTime': 'Lectura de {minutes} min',
  'blog.by': 'Por {author}',
  'blog.tags': 'Temas',
  'blog.tagTitle': 'Publicaciones sobre «{tag}»',
  'blog.tagDescription': 'Todas las publicaciones de las campañas de STOP THE TRAFFIK sobre «{tag}».',
  'blog.allTags': 'Todos los temas',
  'blog.allPosts': 'Todas las publicaciones',
  'blog.untranslated': 'Todavía en inglés',
  'blog.morePosts': 'Más publicaciones',
  'blog.previous': 'Publicación anterior',
  'blog.next': 'Publicación siguiente',
  'blog.share': 'Compartir esta publicación',
  'blog.shareEmail': 'Compartir por correo electrónico',
  'blog.shareWhatsApp': 'Compartir en WhatsApp',
  'blog.shareFacebook': 'Compartir en Facebook',
  'blog.shareNote':
    'Al compartir, solo se abre otra aplicación o sitio web cuando usted lo elige. Las aplicaciones pueden guardar lo que usted comparte: si otra persona revisa su teléfono o su computadora, piense si es seguro hacerlo.',
  'blog.campaignPosts': 'Publicaciones sobre {place} y el {region}',
  'blog.campaignLink': 'Campaña: {title}',
  'blog.rssTitle': '{site}: blog de la campaña',
  'blog.rss': 'Siga las nuevas publicaciones con el canal RSS',
  'blog.empty': 'Todavía no hay publicaciones.',
  'blog.draftBadge': 'Borrador',
  'blog.draft': 'Borrador: solo se ve en la vista previa. No se publicará hasta que se quite «draft: true».',
  'ukHelpline.body':
    'La {name} (línea de ayuda contra la esclavitud moderna y la explotación) atiende las 24 horas, los 365 días del año, en más de 200 idiomas. Es confidencial y, si usted lo desea, anónima (salvo si hay una vida en peligro o un niño corre riesgo). La gestiona la organización benéfica {operator}.',
  // Search, support, get help and SEO (issue 5: search, support pages and discovery)
  'nav.getHelp': 'Pedir ayuda',
  'nav.support': 'Apóyenos',
  'search.title': 'Buscar',
  'search.description':
    'Busque en todas las páginas en español del sitio de campañas de STOP THE TRAFFIK y filtre los resultados por tipo de página.',
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
  'search.type.statistic': 'Estadísticas',
  'search.type.page': 'Otras páginas',
  'search.loading': 'Buscando…',
  'search.results.none': 'No hay resultados para «{query}».',
  'search.results.one': '1 resultado para «{query}».',
  'search.results.many': '{count} resultados para «{query}».',
  'search.results.heading': 'Resultados',
  'search.more': 'Ver más resultados',
  'search.error': 'La búsqueda no está disponible en este momento. Inténtelo más tarde o use las secciones de abajo.',
  // Blog tags (keys in src/config/tags.ts)
  'tag.campaigns': 'Campañas',
  'tag.stockton': 'Stockton',
  'tag.healthcare': 'Salud',
  'tag.food-industry': 'Industria alimentaria',
  'tag.labour-exploitation': 'Explotación laboral',
  'tag.united-kingdom': 'Reino Unido',
  'tag.staying-safe': 'Seguridad',
  'tag.stop-app': 'STOP APP',
  // Placeholders written by `npm run new:post` into a new post in this language
  'newPost.description':
    'Cambie este texto por un resumen de una oración; se muestra en listas, búsquedas y vistas previas de enlaces.',
  'newPost.heroAlt':
    'Ilustración con las palabras STOP THE TRAFFIK en blanco sobre azul oscuro, encima de unas olas azules.',
  'newPost.body': 'Escriba aquí la publicación. Incluya solo datos con fuente y diga de dónde viene cada cifra.',
  'newPost.draftNote': 'Borrador: quite la línea "draft: true" de arriba para publicarlo.',
  'badge.appStore.top': 'Descárguela en',
  'badge.appStore.name': 'App Store',
  'badge.googlePlay.top': 'Disponible en',
  'badge.googlePlay.name': 'Google Play',
  'badge.forApp': '({app})',
  // Campañas: índice, estado, material de difusión (issue 11)
  'nav.campaigns': 'Campañas',
  'campaigns.title': 'Nuestras campañas',
  'campaigns.description':
    'Todas las campañas de STOP THE TRAFFIK en este sitio, por país: dónde se realizan, de qué tratan, sus líneas de ayuda y su material de difusión.',
  'campaigns.intro':
    'Cada campaña trata de un lugar o de un ámbito. Sus páginas muestran las líneas de ayuda de su país. Las campañas pasadas se conservan aquí como referencia.',
  'campaigns.all': 'Todas las campañas',
  'campaigns.regionLines': 'Línea de ayuda en estas páginas: {name}.',
  'campaigns.kit': 'Material de difusión',
  'region.us': 'Estados Unidos',
  'region.uk': 'Reino Unido',
  'campaign.status.active': 'Campaña activa',
  'campaign.status.past': 'Campaña pasada',
  'campaign.pastNote':
    'Esta campaña ya terminó. Conservamos su página como referencia; las líneas de ayuda que aparecen en ella siguen vigentes.',
  'campaign.kitLink': 'Material de difusión: cartel, tarjetas y mensajes para compartir',
  'campaign.posts': 'Publicaciones de esta campaña',
  'kit.title': 'Material de difusión: {title}',
  'kit.description':
    'Un cartel para imprimir, tarjetas de bolsillo y mensajes para compartir de la campaña «{title}», con sus líneas de ayuda y un código QR.',
  'kit.intro':
    'Todo lo que necesita para correr la voz. Imprima el cartel y las tarjetas, y copie un mensaje para compartir. Cada uno lleva las líneas de ayuda de esta campaña y la dirección de su página.',
  'kit.campaignLink': 'Volver a la campaña: {title}',
  'kit.posterHeading': 'Cartel',
  'kit.posterBody':
    'Una página, A4 o carta, en blanco y negro: la pregunta de la campaña, tres señales de alerta, las líneas de ayuda en letra grande y un código QR que lleva a la página de la campaña.',
  'kit.posterLink': 'Abrir el cartel para imprimirlo',
  'kit.cardHeading': 'Tarjetas de bolsillo',
  'kit.cardBody':
    'Ocho tarjetas del tamaño de una tarjeta bancaria en una página, con líneas de corte: las líneas de ayuda y un código QR, para repartir o guardar en la cartera.',
  'kit.cardLink': 'Abrir las tarjetas para imprimirlas',
  'kit.shareHeading': 'Mensajes para compartir',
  'kit.shareBody':
    'Copie un mensaje para las redes sociales, un boletín o un chat de grupo. Cada uno termina con la dirección de la página de la campaña.',
  'kit.shareLabel': 'Mensaje {number}',
  'kit.copy': 'Copiar el mensaje {number}',
  'kit.copied': 'Mensaje copiado.',
  'kit.copyFailed': 'No se pudo copiar. Seleccione el texto y cópielo usted.',
  'kit.selectHint': 'Para copiar un mensaje, seleccione su texto.',
  'kit.imageHeading': 'Imagen para las vistas previas',
  'kit.imageBody':
    'Cuando alguien comparte la dirección de la campaña, las aplicaciones muestran esta imagen. También puede publicarla usted.',
  'kit.imageAlt': 'La imagen de la campaña con su título: {title}',
  'kit.imageLink': 'Descargar la imagen (JPEG, 1200 × 630 píxeles)',
  'kit.howToPrint':
    'Para imprimir, use la opción Imprimir de su navegador (Ctrl+P, o Cmd+P en una Mac). Cabe en una página A4 o carta.',
  'kit.back': 'Volver al material de difusión',
  'poster.title': 'Cartel: {title}',
  'poster.description':
    'Un cartel de una página de la campaña «{title}»: tres señales de la trata, las líneas de ayuda y un código QR, listo para imprimir.',
  'poster.signs': 'Señales de alerta',
  'poster.report': 'Denúncielo',
  'poster.text': 'Envíe {keyword} al {code}',
  'poster.scan': 'Escanee el código o visite:',
  'poster.org': 'Una campaña de {org}',
  'walletCard.title': 'Tarjetas de bolsillo: {title}',
  'walletCard.description':
    'Ocho tarjetas de bolsillo en una página de la campaña «{title}», con las líneas de ayuda y un código QR, listas para imprimir y recortar.',
  'walletCard.cut': 'Recorte por las líneas discontinuas.',
  'walletCard.heading': 'Reconozca las señales de la trata',
  'walletCard.emergency': 'Peligro inmediato: {number}',
  'qr.label': 'Código QR: enlace a {url}',
  'seo.defaultImageAlt':
    'Ilustración de una carretera larga entre campos de cultivo al atardecer, con un granero y un motel de carretera.',
};

export default es;
