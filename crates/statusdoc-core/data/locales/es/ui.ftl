## Textos genéricos: errores, etiquetas y títulos comunes a todos los protocolos.

error-malformed-code = «{ $input }» no es un código de estado: indica un número de { $min } a { $max }, solo con dígitos (por ejemplo 486).
error-unknown-protocol = No existe ningún protocolo llamado «{ $input }». Protocolos conocidos: { $known }.
error-ambiguous-protocol = { $code } existe en más de un protocolo ({ $candidates }); indica el protocolo, por ejemplo «statusdoc explain sip { $code }».
error-unknown-locale = No hay traducción para «{ $input }». Disponibles: { $known }.
error-malformed-class = «{ $input }» no es una clase: escríbela de 1xx a 6xx (o solo el dígito).
error-empty-search = Indica al menos una palabra o un número para buscar.
error-internal-data = Error interno en los datos incorporados: { $detail }. Por favor, infórmalo.
error-internal-format = Error interno al componer el texto: { $detail }. Por favor, infórmalo.

status-deprecated = Obsoleto: no lo envíes; quien lo recibe todavía lo entiende ({ $reference }).
status-reserved = Reservado: registrado pero sin uso definido, así que no debe enviarse ({ $reference }).

unregistered-summary = { $code } no es un código registrado. El cliente que lo recibe debe tratarlo como { $default }, el código genérico de la clase { $class } ({ $reference }).
unregistered-description = Nada define el { $code } en sí: el registro de la IANA no lo incluye, así que su significado exacto es el que quiso darle el fabricante de quien lo envió. El protocolo aun así le da un sentido por su clase: cualquier elemento que no conozca el código actúa como si hubiera recibido { $default } ({ $reference }).
unregistered-cause = Una respuesta propietaria o experimental, o una errata en un log o en un ticket. Lee la frase de motivo y los encabezados Warning o Reason de la respuesta real: traen la explicación del propio remitente ({ $reference }).
unregistered-fix = Trátalo exactamente como { $default }; pregunta al fabricante del remitente qué quiso decir y, si controlas el remitente, prefiere un código registrado de la misma clase ({ $reference }).
unregistered-history = El { $code } existía en la { $source } como «{ $reason }» y se eliminó cuando la RFC 3261 la sustituyó. Los equipos antiguos todavía pueden enviarlo; trátalo como { $default } ({ $reference }).

heading-description = Qué significa
heading-when = Cuándo aparece
heading-fix = Cómo solucionarlo
heading-myths = Errores frecuentes
heading-facts = Datos
heading-references = Referencias
heading-related = Suele confundirse con
heading-nearest = Códigos registrados más cercanos
heading-history = Historia
heading-search = Resultados para «{ $query }»
heading-list = Códigos { $protocol }

fact-class = Clase
fact-provisional = Respuesta provisional
fact-final-response = Respuesta final
fact-status = Estado
fact-registered = Registrado
fact-unregistered = No registrado
fact-former = Nombre anterior
fact-next = Siguiente paso del cliente
fact-scope = Alcance
fact-senders = Lo envía
fact-methods = Responde normalmente a
fact-methods-any = cualquier método
fact-headers = Encabezados
fact-ack = Confirmación (ACK)
fact-early-dialog = Diálogo temprano (early dialog)
fact-mid-dialog = Dentro de un diálogo
fact-proxy = En los proxies
fact-q850-from = Desde las causas ISUP
fact-q850-to = Hacia la causa ISUP

search-no-hits = Ningún código coincide con «{ $query }». Prueba con menos palabras, con otras, con el nombre de un encabezado o con el número del código.
search-hit-count = { $count ->
    [one] Un código coincide.
   *[other] { $count } códigos coinciden.
}
list-count = { $count ->
    [one] Un código registrado.
   *[other] { $count } códigos registrados.
}

q850-cause-1 = Número no asignado
q850-cause-2 = Sin ruta hacia la red de tránsito especificada
q850-cause-3 = Sin ruta hacia el destino
q850-cause-17 = Usuario ocupado
q850-cause-18 = El usuario no responde
q850-cause-19 = Sin respuesta del usuario (usuario avisado)
q850-cause-20 = Abonado ausente
q850-cause-21 = Llamada rechazada
q850-cause-22 = Número cambiado
q850-cause-23 = Redirección a un nuevo destino
q850-cause-25 = Error de encaminamiento en la central
q850-cause-26 = Liberación de usuario no seleccionado
q850-cause-27 = Destino fuera de servicio
q850-cause-28 = Formato de número no válido (dirección incompleta)
q850-cause-29 = Facilidad rechazada
q850-cause-31 = Normal, sin especificar
q850-cause-34 = No hay circuito o canal disponible
q850-cause-38 = Red fuera de servicio
q850-cause-41 = Fallo temporal
q850-cause-42 = Congestión del equipo de conmutación
q850-cause-47 = Recurso no disponible, sin especificar
q850-cause-55 = Llamadas entrantes prohibidas en el grupo cerrado de usuarios
q850-cause-57 = Capacidad portadora no autorizada
q850-cause-58 = Capacidad portadora no disponible por ahora
q850-cause-63 = Servicio u opción no disponible, sin especificar
q850-cause-65 = Capacidad portadora no implementada
q850-cause-70 = Solo hay disponible capacidad portadora de información digital restringida
q850-cause-79 = Servicio u opción no implementado, sin especificar
q850-cause-87 = El usuario no pertenece al grupo cerrado de usuarios
q850-cause-88 = Destino incompatible
q850-cause-102 = Recuperación tras vencer un temporizador
q850-cause-111 = Error de protocolo, sin especificar
q850-cause-127 = Interfuncionamiento, sin especificar
