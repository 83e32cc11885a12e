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
  'blog.shareDevice': 'Compartir con una aplicación de este dispositivo',
  'blog.shareNote':
    'Al compartir, solo se abre otra aplicación o sitio web cuando usted lo elige. Las aplicaciones pueden guardar lo que usted comparte: si otra persona revisa su teléfono o su computadora, piense si es seguro hacerlo.',
  'blog.campaignPosts': 'Publicaciones sobre {place} y el {region}',
  'blog.campaignLink': 'Campaña: {title}',
  'blog.rssTitle': '{site}: blog de la campaña',
  'blog.rss': 'Siga las nuevas publicaciones con el canal RSS',
  'blog.empty': 'Todavía no hay publicaciones.',
  'blog.draftBadge': 'Borrador',
  'blog.draft': 'Borrador: solo se ve en la vista previa. No se publicará hasta que se quite «draft: true».',
  'ukHelpline.heading': 'En el Reino Unido',
  'ukHelpline.body':
    'La {name} (línea de ayuda contra la esclavitud moderna y la explotación) atiende las 24 horas, los 365 días del año, en más de 200 idiomas. Es confidencial y, si usted lo desea, anónima (salvo si hay una vida en peligro o un niño corre riesgo). La gestiona la organización benéfica {operator}.',
  'ukHelpline.website': 'Sitio web de la {name} (en inglés)',
  'ukHelpline.emergency': 'Si hay peligro inmediato en el Reino Unido, llame al {number}.',
  'ukHelpline.usHeading': 'En los Estados Unidos',
  'ukHelpline.us': 'Comuníquese con la {name}:',
};

export default es;
