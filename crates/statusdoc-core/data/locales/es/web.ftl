## El sitio web: maquetación, páginas y errores de la API.

site-tagline = Códigos de estado de protocolos, explicados y comparados, con la sección de la RFC de cada afirmación.
skip-to-content = Saltar al contenido
nav-compare = Comparar
nav-about = Acerca de
nav-codes = Todos los códigos
search-label = Buscar códigos
search-placeholder = Código, palabras o encabezado (p. ej. 438, ocupado, Min-Expires)
search-button = Buscar
language-label = Idioma
language-suggestion = Esta página también está disponible en { $language }.
locale-name = Español
footer-text = statusdoc explica códigos de estado de protocolos a partir de las RFC. Cada afirmación cita la sección en la que se basa; informa de errores desde la página Acerca de.

home-title = Códigos de respuesta SIP explicados y comparados
home-description = Todos los códigos de respuesta SIP: qué significan, por qué aparecen, cómo solucionarlos y en qué se diferencian del código con el que se confunden, con la sección de la RFC de cada afirmación.
home-intro = Consulta cualquier código de respuesta SIP o compara dos de ellos. Cada respuesta cita la sección de la RFC de la que procede.
home-classes = Códigos por clase
home-confused = Parejas que más se confunden
home-picker = Comparar dos códigos

picker-title = Comparar dos códigos SIP
picker-description = Elige dos códigos de respuesta SIP cualesquiera para ver qué los distingue de verdad.
picker-first = Primer código
picker-second = Segundo código
picker-submit = Comparar
picker-invalid = Elige dos códigos registrados distintos.

class-title = Respuestas SIP { $class }: { $name }
class-description = Todos los códigos de respuesta SIP { $class } registrados ({ $name }), cada uno con su significado y su referencia a la RFC.
protocol-title = Todos los códigos de respuesta SIP
protocol-description = Los { $count } códigos de respuesta del registro SIP de la IANA, por clase, cada uno con su significado y su referencia a la RFC.

code-title = SIP { $code } { $reason }: significado, causas y soluciones
code-compare-with = Comparar el { $code } con
code-open-full = Explicación completa del { $code }
code-table-code = Código
code-table-reason = Frase de motivo
code-table-summary = Significado

compare-title = SIP { $a } frente a { $b }: la diferencia
compare-description = { $a } { $a-reason } frente a { $b } { $b-reason }: la distinción real, las diferencias clave con referencias a las RFC y cuál corresponde.

search-title = Búsqueda: { $query }
search-title-empty = Buscar códigos SIP
search-description = Busca códigos de respuesta SIP por número, frase de motivo, nombre de encabezado o palabras.
search-prompt = Escribe un código, palabras o el nombre de un encabezado.

about-title = Acerca de statusdoc y su método
about-description = De dónde salen los datos de statusdoc, cómo se construyen las comparaciones y cómo informar de un error.
about-sources-heading = Fuentes
about-sources = El registro refleja el Session Initiation Protocol (SIP) Parameters, Response Codes, de la IANA. Los datos y los textos están escritos a partir de las propias RFC, sobre todo la RFC 3261 y las RFC que definen o modifican cada código; cada párrafo indica la sección en la que se apoya, y las referencias enlazan con la copia de esa sección en el RFC Editor.
about-method-heading = Cómo se hacen las comparaciones
about-method = Una comparación pone lado a lado los datos de los dos códigos: clase y si la respuesta es final, alcance, qué hace después el cliente, quién la envía, a qué peticiones responde, encabezados exigidos, efectos sobre transacciones y diálogos, tratamiento en los proxies, estado en el registro y correspondencia ISUP/Q.850. Solo figuran como diferencias los aspectos en los que los dos códigos difieren de verdad, cada uno con sus referencias. Para las parejas que los ingenieros suelen confundir, una nota escrita a mano explica la distinción real y cuándo enviar cada uno.
about-report-heading = Informar de un error
about-report = Si una afirmación es incorrecta o está desfasada, abre una incidencia en el gestor del proyecto indicando la dirección de la página, la frase y la sección de la RFC que la contradice.
about-offline = Este sitio funciona con un único programa que lleva incorporados todos los datos; no carga nada de otros sitios.

notfound-title = Página no encontrada
notfound-description = La página no existe. Busca entre los códigos o empieza por la lista.
notfound-intro = No hay ninguna página en esta dirección. Quizá te sirva alguno de estos:
notfound-unregistered-title = SIP { $code } no es un código registrado

api-error-not-found = Recurso de la API inexistente: { $path }
api-error-bad-code = «{ $input }» no es un código de estado SIP (se espera de 100 a 699).
api-error-same-code = Compara el { $code } con un código distinto.
api-error-empty-search = Indica al menos una palabra o un número en el parámetro q.
api-error-unknown-locale = Idioma desconocido «{ $input }».
http-error-method = Método no permitido; usa GET o HEAD.
http-error-too-long = La dirección de la petición es demasiado larga.

## "Analizar una traza": subir una captura o pegar un log.
nav-analyze = Analizar una traza
analyze-page-title = Analizar una traza SIP
analyze-page-description = Suba una captura (pcap, pcapng) o pegue un log SIP o un volcado de ngrep / tcpdump -A: cada llamada dibujada como diagrama de escalera, cada fallo explicado por sus propias cabeceras.
analyze-page-lead = Suba una captura o pegue el texto de un log: obtendrá el diagrama de cada llamada, los mensajes completos y, para cada fallo, lo que dicen sus cabeceras y qué hacer.
analyze-file-label = Archivo de captura (pcap, pcapng, Network Monitor, Endace ERF, snoop; también comprimidos: gzip, zstd, xz, bzip2, lz4) o archivo de log (también la salida de ngrep o tcpdump -A), o un archivo ZIP o tar que los contenga; varios ficheros elegidos a la vez se combinan en una sola línea de tiempo
analyze-text-label = O pegue mensajes SIP o líneas de log (Kamailio, OpenSIPS, Asterisk, FreeSWITCH)
analyze-text-placeholder = SIP/2.0 486 Busy Here …
analyze-redact-label = Anonimizar primero: sustituir direcciones IP, nombres de host, usuarios, números de teléfono y nombres visibles por seudónimos
analyze-keys-label = Registro de claves TLS (opcional): el SIP sobre TLS de la captura se descifra con los secretos de sesión que contiene (SSLKEYLOGFILE, formato NSS)
analyze-submit = Analizar
analyze-privacy = Los envíos de hasta { $limit } MB se leen en memoria, se responden y se descartan: no se guarda ni se registra nada.
analyze-cli-hint = El mismo informe desde la línea de comandos, sin subir nada: statusdoc analyze ARCHIVO --html informe.html
analyze-again = Analizar otra traza
analyze-error-empty = No se envió nada: elija un archivo o pegue algún texto.
analyze-error-too-large = El envío supera el límite de { $limit } MB. Recorte la captura a las llamadas que necesita (por ejemplo con editcap o tshark -Y sip -w) o ejecute statusdoc analyze en su propia máquina, que no tiene ese límite.
analyze-error-form = No se pudo leer el formulario: { $detail }
