## La línea de comandos: texto de ayuda de cada orden y opción.

cli-about = Explica, busca y compara códigos de estado de protocolos (empezando por SIP), sin conexión y con referencias.
cli-after-help = Ejemplos:
    statusdoc 486                     explica el SIP 486 Busy Here
    statusdoc explain sip 438         indica el protocolo de forma explícita
    statusdoc compare 486 600         la diferencia real entre dos códigos
    statusdoc search identity         busca por palabras, encabezados o números
    statusdoc list --class 4xx        todos los códigos 4xx registrados
    statusdoc 438 --format json       la misma respuesta en JSON (ver docs/json-contract.md)
cli-format = Formato de salida
cli-lang = Idioma de la respuesta (por defecto: LC_ALL, LC_MESSAGES o LANG; si no, inglés)
cli-explain-about = Explica un código de estado: significado, causas, soluciones, datos y referencias a las RFC
cli-explain-args = Protocolo (opcional, por ejemplo sip) y código, por ejemplo 438, "sip 438" o una línea de estado tal como aparece en una traza, "SIP/2.0 438 Invalid Identity Header"
cli-list-about = Lista los códigos registrados de un protocolo
cli-list-protocol = Protocolo (por defecto: todos)
cli-list-class = Solo esta clase, por ejemplo 4xx o 4
cli-search-about = Busca códigos por número, frase de motivo, nombre de encabezado o palabras de la explicación
cli-search-words = Palabras que buscar
cli-compare-about = Compara dos códigos de estado: resumen, diferencias clave y cuál corresponde
cli-compare-args = Protocolo (opcional) y dos códigos, por ejemplo 486 600, "sip 486 600" o dos líneas de estado copiadas de una traza
cli-completions-about = Imprime un script de autocompletado para la shell
cli-completions-shell = Shell para la que generar el autocompletado
cli-help = Muestra la ayuda
cli-version = Muestra la versión
cli-serve-about = Sirve el sitio web y la API JSON (todo incorporado, sin configuración)
cli-serve-addr = Dirección en la que escuchar
cli-serve-base-url = Dirección pública del sitio, para los enlaces canónicos (por defecto: http:// y la dirección de escucha)
cli-serve-max-upload = Mayor captura o log que acepta la página «Analizar una traza», en megabytes (los envíos mayores reciben 413)
cli-serve-listening = statusdoc está sirviendo en { $url } (Ctrl-C para detenerlo)
cli-export-about = Escribe el sitio entero como archivos estáticos, idénticos a lo que responde serve
cli-export-dir = Carpeta de destino (se crea si no existe)
cli-export-base-url = Dirección pública del sitio, para los enlaces canónicos
cli-export-progress = { $done } de { $total } archivos
cli-export-done = { $pages } páginas exportadas en { $files } archivos ({ $megabytes } MB) a { $dir } en { $seconds } s.
cli-error-unknown-argument = Opción desconocida { $arg }. Ejecuta «statusdoc --help» para ver las opciones.
cli-error-unknown-command = Orden desconocida { $arg }. Ejecuta «statusdoc --help» para ver las órdenes.
cli-error-invalid-value = { $value } no es un valor válido para { $arg }; se aceptan: { $valid }.
cli-error-bad-value = { $value } no es un valor válido para { $arg }. Ejecuta «statusdoc --help» para ver lo que acepta.
cli-error-missing-argument = Falta algo: { $arg }. Ejecuta «statusdoc --help» para ver ejemplos.
cli-error-wrong-count = Número incorrecto de valores para { $arg }. Ejecuta «statusdoc --help» para ver ejemplos.
cli-error-usage = No se ha podido entender la línea de órdenes. Ejecuta «statusdoc --help» para ver ejemplos.
