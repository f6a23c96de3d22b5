## Códigos SIP 5xx y 6xx.

## 500 Server Internal Error
sip-500-summary = El servidor se encontró con una situación inesperada y no pudo atender la petición.
sip-500-description = El 500 Server Internal Error indica que el servidor se encontró con una situación inesperada que le impidió atender la petición; el cliente puede mostrar la situación al usuario y puede repetir pasados los segundos que indique Retry-After (RFC 3261 §21.5.1). Hay otros dos usos definidos: un UAS responde 500 con Retry-After a un re-INVITE cuando aún está procesando un INVITE anterior que recibió (RFC 3261 §14.2), y un proxy cuya única respuesta es un 503 reenvía un 500 en su lugar (RFC 3261 §16.7).
sip-500-cause-1 = Un fallo de software, una consulta a base de datos o a un script que falló, o un cuelgue en una centralita o un servidor de aplicaciones al tratar la petición (RFC 3261 §21.5.1).
sip-500-cause-2 = Un re-INVITE que llega mientras el UAS todavía procesa un INVITE anterior del mismo diálogo (RFC 3261 §14.2).
sip-500-cause-3 = Un proxy cuyos destinos han respondido todos 503: convierte el 503 en 500 (RFC 3261 §16.7).
sip-500-fix-1 = Lee la frase de motivo y el Warning, y después los logs del propio servidor en el momento de la petición; respeta el Retry-After (RFC 3261 §21.5.1).
sip-500-fix-2 = Si el 500 responde a un re-INVITE con Retry-After, basta con repetir pasado ese tiempo (RFC 3261 §14.2).
sip-500-myth-1 = El 500 no dice nada sobre la validez de la petición; la misma petición puede funcionar en otro servidor (RFC 3261 §21.5.1).
sip-500-next = Probar otro servidor, o repetir tras el Retry-After; investigar los logs del servidor.
sip-500-use-when = el servidor ha fallado de forma inesperada al procesar una petición válida

## 501 Not Implemented
sip-501-summary = El servidor no implementa en absoluto el método de la petición.
sip-501-description = El 501 Not Implemented indica que el servidor no admite la funcionalidad necesaria para atender la petición, es decir, no reconoce el método para ningún usuario (RFC 3261 §21.5.2). Compáralo con el 405, en el que el método se conoce pero no está permitido para esta dirección (RFC 3261 §8.2.1).
sip-501-cause-1 = Una petición con un método que el servidor nunca implementó: UPDATE, PRACK, INFO, MESSAGE, REFER o PUBLISH hacia una pila antigua o mínima (RFC 3261 §21.5.2).
sip-501-cause-2 = Una pasarela convierte las causas ISUP 29 (facilidad rechazada) o 79 (servicio no implementado) en 501 (RFC 3398 §7.2.4.1).
sip-501-fix-1 = Mira el encabezado Allow del servidor (en una respuesta a OPTIONS) y usa un método que implemente; o actualízalo (RFC 3261 §21.5.2).
sip-501-myth-1 = El 501 no es un fallo del servidor; es una respuesta deliberada y permanente sobre una función que falta (RFC 3261 §21.5.2).
sip-501-next = No reenviar el mismo método a este servidor; usar un método que implemente.
sip-501-use-when = el servidor no implementa en absoluto el método de la petición

## 502 Bad Gateway
sip-502-summary = Una pasarela o un proxy recibió una respuesta no válida del siguiente servidor al que consultó.
sip-502-description = El 502 Bad Gateway indica que el servidor, actuando como pasarela o proxy, recibió una respuesta no válida del servidor siguiente al que consultó para atender la petición (RFC 3261 §21.5.3). Dentro de un diálogo, termina el diálogo (RFC 5057 §5.1).
sip-502-cause-1 = Un servidor posterior responde con una respuesta mal formada o inservible, por ejemplo después de que un SBC la estropeara (RFC 3261 §21.5.3).
sip-502-cause-2 = Una pasarela convierte la causa ISUP 27 (destino fuera de servicio) en 502 (RFC 3398 §7.2.4.1).
sip-502-cause-3 = Algunos proxies usan el 502 cuando falla la resolución DNS del siguiente salto o da un destino inservible (RFC 3261 §21.5.3).
sip-502-fix-1 = Mira el tramo que hay detrás de la pasarela: qué respondió de verdad el servidor siguiente, y si se podía interpretar (RFC 3261 §21.5.3).
sip-502-myth-1 = El 502 no viene del llamado; es un intermediario que informa de un problema con el salto siguiente (RFC 3261 §21.5.3).
sip-502-next = Probar otra ruta u otra pasarela; corregir las respuestas del servidor posterior.
sip-502-use-when = un intermediario recibió una respuesta no válida del servidor siguiente

## 503 Service Unavailable
sip-503-summary = El servidor no puede procesar la petición por ahora (sobrecarga, mantenimiento); prueba otro servidor o repite tras el Retry-After.
sip-503-description = El 503 Service Unavailable indica que el servidor no puede procesar la petición por ahora, por sobrecarga o mantenimiento; puede indicar Retry-After, y el cliente debe entonces evitar este servidor durante ese tiempo y puede probar otro (RFC 3261 §21.5.4). El cliente también trata un fallo de transporte como un 503 (RFC 3261 §8.1.3.1). Un proxy no debe reenviar un 503: si es la mejor respuesta, envía 500 (RFC 3261 §16.7).
sip-503-cause-1 = El servidor está sobrecargado, sin licencias o canales (ningún circuito disponible en una troncal de la red pública) o en mantenimiento (RFC 3261 §21.5.4).
sip-503-cause-2 = Sin ruta hacia el siguiente salto: un proxy con todas sus pasarelas o troncales caídas, a menudo con una frase de motivo del fabricante (RFC 3261 §21.5.4).
sip-503-cause-3 = El cliente ni siquiera pudo enviar la petición (conexión rechazada, ICMP inalcanzable): su pila registra un 503 localmente (RFC 3261 §8.1.3.1).
sip-503-cause-4 = Una pasarela convierte las causas ISUP de congestión y de recursos (34, 38, 41, 42, 47, 58, 88) en 503 (RFC 3398 §7.2.4.1).
sip-503-fix-1 = Respeta el Retry-After y pasa a otro servidor del DNS SRV o de tu lista de rutas (RFC 3261 §21.5.4).
sip-503-fix-2 = Averigua qué elemento generó el 503 (encabezado Server o User-Agent, Via) y revisa su capacidad, sus troncales y sus rutas (RFC 3261 §21.5.4).
sip-503-myth-1 = Un 503 sin Retry-After sigue siendo temporal; no significa que el destino sea erróneo (RFC 3261 §21.5.4).
sip-503-myth-2 = Ver un 503 procedente de un proxy contradice la regla de que los proxies convierten el 503 en 500 al reenviarlo; normalmente significa que el que no está disponible es el propio proxy, no un servidor detrás de él (RFC 3261 §16.7).
sip-503-next = Probar otro servidor ahora, o este tras el Retry-After.
sip-503-use-when = el servidor está temporalmente sobrecargado o en mantenimiento

## 504 Server Time-out
sip-504-summary = Una pasarela o un proxy no recibió a tiempo la respuesta de un servidor al que consultó (por ejemplo otro proxy o un servidor de localización).
sip-504-description = El 504 Server Time-out indica que el servidor no recibió a tiempo la respuesta de un servidor externo al que consultó para procesar la petición, como un servidor de localización o el siguiente salto (RFC 3261 §21.5.5). El 408 es lo contrario: quien no responde a tiempo es el destino.
sip-504-cause-1 = La consulta de un proxy a una base de datos, a ENUM o a un motor de encaminamiento agotó el tiempo (RFC 3261 §21.5.5).
sip-504-cause-2 = Una pasarela convierte la causa ISUP 102 (recuperación tras vencer un temporizador) en 504 (RFC 3398 §7.2.4.1).
sip-504-fix-1 = Revisa el servicio del que depende el remitente (base de datos, motor de encaminamiento, servidor del siguiente salto) y su latencia (RFC 3261 §21.5.5).
sip-504-myth-1 = El 504 no es un agotamiento de tiempo en la red entre tú y el servidor; el servidor te ha respondido precisamente para informar de que a él se le agotó el tiempo con quien tiene detrás (RFC 3261 §21.5.5).
sip-504-next = Probar otro servidor u otra ruta; investigar la dependencia que agotó el tiempo.
sip-504-use-when = a un intermediario se le agotó el tiempo esperando a un servidor del que depende

## 505 Version Not Supported
sip-505-summary = El servidor no admite la versión SIP de la petición.
sip-505-description = El 505 Version Not Supported indica que el servidor no admite, o se niega a admitir, la versión del protocolo SIP usada en la petición, lo que hoy siempre significa algo distinto de SIP/2.0 (RFC 3261 §21.5.6, RFC 3261 §8.2).
sip-505-cause-1 = Una línea de petición mal formada (SIP/2.1, SIP/1.0, versión en minúsculas o corrupta), a menudo de un fuzzer, un escáner o una manipulación de encabezados defectuosa (RFC 3261 §21.5.6).
sip-505-fix-1 = Envía SIP/2.0 en la línea de petición; localiza el elemento que la corrompe (RFC 3261 §21.5.6).
sip-505-myth-1 = El 505 no se refiere a versiones de TLS, de transporte o de códec; solo a la versión SIP de la línea de petición (RFC 3261 §21.5.6).
sip-505-next = Reenviar con SIP/2.0 en la línea de petición.
sip-505-use-when = la línea de petición lleva una versión SIP distinta de la que admite el servidor

## 513 Message Too Large
sip-513-summary = El mensaje es más grande de lo que el servidor puede procesar.
sip-513-description = El 513 Message Too Large indica que el servidor no pudo procesar la petición porque el mensaje entero supera lo que puede tratar (RFC 3261 §21.5.7). Los mensajes grandes deben viajar por un transporte con control de congestión, como TCP: la RFC 3261 pide a los clientes que abandonen UDP cuando la petición se queda a menos de 200 bytes de la MTU del camino, o supera los 1300 bytes si la MTU se desconoce (RFC 3261 §18.1.1).
sip-513-cause-1 = Un INVITE grande (un SDP extenso con candidatos ICE, muchos encabezados, cuerpos multipart) enviado por UDP que llega fragmentado o supera el búfer del servidor (RFC 3261 §18.1.1).
sip-513-fix-1 = Envía las peticiones grandes por TCP o TLS, y recorta encabezados y SDP (RFC 3261 §18.1.1).
sip-513-myth-1 = El 513 no es lo mismo que el 413: el 413 rechaza el tamaño del cuerpo; el 513, el del mensaje entero (RFC 3261 §21.5.7).
sip-513-next = Reenviar un mensaje más pequeño, o por TCP/TLS.
sip-513-use-when = el mensaje entero es demasiado grande para el servidor

## 555 Push Notification Service Not Supported
sip-555-summary = El servidor no admite el servicio de notificaciones push indicado en el REGISTER (pn-provider).
sip-555-description = El 555 Push Notification Service Not Supported lo envía un proxy o un registrar que admite notificaciones push en SIP, pero no el servicio de push (pn-provider) que pidió el dispositivo en los parámetros del Contact de su REGISTER (RFC 8599).
sip-555-cause-1 = Un cliente móvil se registra con pn-provider=apns o fcm en un servidor configurado para otro servicio de push, o para ninguno (RFC 8599).
sip-555-fix-1 = Regístrate con un proveedor de push que admita el servidor (consulta su documentación o el Feature-Caps de las respuestas), o sin parámetros de push (RFC 8599).
sip-555-myth-1 = El 555 no es un error genérico del servidor; solo no se admite el servicio de notificaciones push pedido (RFC 8599).
sip-555-next = Volver a registrarse con un proveedor de push que admita el servidor, o sin push.
sip-555-use-when = no se admite el servicio de notificaciones push pedido en el registro

## 580 Precondition Failure
sip-580-summary = No se pudo establecer la sesión porque no se cumplió una precondición obligatoria (por ejemplo una reserva de QoS).
sip-580-description = El 580 Precondition Failure indica que el UAS no pudo cumplir una precondición obligatoria de la sesión, normalmente una reserva de recursos de calidad de servicio pedida con atributos de precondición en el SDP (RFC 3312).
sip-580-cause-1 = Llamadas IMS o de redes de cable en las que falla la reserva de ancho de banda exigida (QoS) en la red de acceso (RFC 3312).
sip-580-cause-2 = Un tipo o un sentido de precondición que el llamado no puede satisfacer (RFC 3312).
sip-580-fix-1 = Revisa la reserva de recursos en las dos redes de acceso; haz opcional la precondición si la política lo permite (RFC 3312).
sip-580-myth-1 = El 580 no es un problema de códecs; los medios son aceptables, pero no se pudieron asegurar los recursos de red (RFC 3312).
sip-580-next = No reenviar sin cambios; resolver el problema de reserva de recursos o hacer opcional la precondición.
sip-580-use-when = no se pudo cumplir una precondición obligatoria de la sesión (como una reserva de recursos)

## 600 Busy Everywhere
sip-600-summary = El llamado está ocupado y sabe que ningún otro dispositivo ni destino aceptará la llamada.
sip-600-description = El 600 Busy Everywhere indica que se contactó con el sistema del llamado y este está ocupado, y que la respuesta tiene información definitiva de que el usuario no quiere recibir la llamada en ningún sitio, así que no deben probarse otros dispositivos (RFC 3261 §21.6.1). Un proxy que bifurca y lo recibe cancela todas las demás ramas (RFC 3261 §16.7).
sip-600-cause-1 = Un dispositivo del usuario, o un servicio que controla todos sus dispositivos (un servicio de presencia o de señalización de ocupado), rechaza la llamada como ocupada para todos ellos (RFC 3261 §21.6.1).
sip-600-cause-2 = Una centralita configurada para convertir «usuario ocupado» en 600, para que ninguna otra rama siga sonando (RFC 3261 §21.6.1).
sip-600-fix-1 = No pruebes otros destinos para este usuario; vuelve a llamar más tarde, tras el Retry-After si lo hay (RFC 3261 §21.6.1).
sip-600-fix-2 = Si las llamadas que deberían pasar a otros dispositivos se detienen en el 600, configura el dispositivo o la centralita para que envíen 486 en su lugar (RFC 3261 §21.4.24).
sip-600-myth-1 = El 600 no es un 486 más fuerte; la diferencia es el alcance: el 486 vale para este dispositivo, el 600 para todos los destinos del usuario (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-600-next = Dejar de probar otros destinos; volver a llamar más tarde (Retry-After).
sip-600-use-when = el usuario está ocupado y ningún otro destino lo hará mejor

## 603 Decline
sip-603-summary = El llamado ha rechazado expresamente la llamada, y no debe probarse ningún otro destino.
sip-603-description = El 603 Decline indica que se contactó con éxito con el dispositivo del llamado, pero el usuario expresamente no quiere o no puede participar (RFC 3261 §21.6.2). Retry-After puede indicar cuándo volver a llamar. Como respuesta 6xx, detiene la búsqueda: un proxy que bifurca cancela las demás ramas (RFC 3261 §16.7).
sip-603-cause-1 = El usuario pulsó «rechazar» o «declinar» en un teléfono o softphone configurado para enviar 603 (RFC 3261 §21.6.2).
sip-603-cause-2 = Un filtrado de llamadas o un servicio de no molestar que rechaza al llamante en todos los dispositivos del usuario (RFC 3261 §21.6.2).
sip-603-fix-1 = Respeta la decisión; vuelve a llamar más tarde si el Retry-After sugiere un momento (RFC 3261 §21.6.2).
sip-603-fix-2 = Si el rechazo viene de un filtro antispam y no del usuario, un 607 o un 608 lo dirían; consulta al operador del llamado (RFC 8197 §3, RFC 8688 §3).
sip-603-myth-1 = El 603 no dice por qué rechazó el llamado; es una decisión, no un informe de fallo (RFC 3261 §21.6.2).
sip-603-next = Parar: no probar los demás destinos del usuario; volver a llamar más tarde si el Retry-After lo sugiere.
sip-603-use-when = el usuario rechaza expresamente la llamada en todos sus destinos

## 604 Does Not Exist Anywhere
sip-604-summary = El servidor tiene información autoritativa de que el usuario no existe en ninguna parte.
sip-604-description = El 604 Does Not Exist Anywhere indica que el servidor tiene información autoritativa de que el usuario indicado en la Request-URI no existe en ninguna parte (RFC 3261 §21.6.3). A diferencia del 404, que se refiere a un dominio, termina la búsqueda de forma global.
sip-604-cause-1 = Una consulta de portabilidad numérica o a un directorio central que confirma que el número no está asignado en ninguna red (RFC 3261 §21.6.3).
sip-604-fix-1 = No repitas esta dirección en ningún sitio; comprueba el número o la dirección con quien llama (RFC 3261 §21.6.3).
sip-604-myth-1 = El 604 no es solo un 404 más estricto; afirma conocer todos los dominios, así que los proxies que bifurcan cancelan las demás ramas (RFC 3261 §16.7).
sip-604-next = Parar: la dirección no existe en ninguna parte; comprobar el número con quien llama.
sip-604-use-when = información autoritativa dice que el usuario no existe en ninguna parte

## 606 Not Acceptable
sip-606-summary = Se localizó al usuario, pero algún aspecto de la sesión (medios, ancho de banda, direccionamiento) no es aceptable para ninguno de sus extremos.
sip-606-description = El 606 Not Acceptable indica que se contactó con el agente del usuario, pero algunos aspectos de la descripción de sesión, como el tipo de medio, el ancho de banda o el estilo de direccionamiento, no son aceptables; un encabezado Warning puede explicar el motivo, y la respuesta vale para todos los destinos del usuario (RFC 3261 §21.6.4). Un proxy que bifurca cancela las demás ramas (RFC 3261 §16.7).
sip-606-cause-1 = Un usuario cuyos dispositivos solo admiten vídeo, o solo voz, recibe una oferta sin ese medio (RFC 3261 §21.6.4).
sip-606-cause-2 = Un servidor de políticas que sabe que ningún extremo del usuario aceptará el ancho de banda o el códec ofrecidos (RFC 3261 §21.6.4).
sip-606-fix-1 = Lee el encabezado Warning y cambia la oferta (medios, códec, ancho de banda) antes de volver a llamar (RFC 3261 §20.43).
sip-606-myth-1 = El 606 no es el 406: el 406 se refiere al encabezado Accept de una petición; el 606, a la descripción de sesión de una llamada (RFC 3261 §21.4.7, RFC 3261 §21.6.4).
sip-606-next = Cambiar la descripción de sesión (medios, códec, ancho de banda) antes de volver a probar con el usuario; los demás destinos también la rechazarán.
sip-606-use-when = la sesión ofrecida es inaceptable para todos los destinos del usuario

## 607 Unwanted
sip-607-summary = El llamado no quiere esta llamada y la marca como no deseada (spam, llamada automática), para que la red aprenda de ello.
sip-607-description = El 607 Unwanted permite al llamado, o a un servicio que actúa por él, rechazar una llamada e indicar que no era deseada, normalmente una molestia o una llamada automática; la red puede usar esa señal para mejorar su análisis y su bloqueo de llamadas (RFC 8197 §3). Como respuesta 6xx, termina la búsqueda del usuario.
sip-607-cause-1 = El usuario pulsó un botón de «denunciar spam» o «bloquear» en el teléfono o en la aplicación (RFC 8197 §3).
sip-607-cause-2 = El dispositivo o el servicio del llamado tiene al llamante en su lista de bloqueo (RFC 8197 §3).
sip-607-fix-1 = Como llamante: deja de llamar a este usuario. Si eres una empresa legítima afectada por falsos positivos, revisa tu nivel de atestación STIR/SHAKEN y la reputación de tu número con el operador de destino (RFC 8197 §3).
sip-607-myth-1 = El 607 lo decide el usuario llamado; el rechazo decidido por el análisis de un intermediario es el 608 (RFC 8197 §3, RFC 8688 §3).
sip-607-next = Parar: no volver a llamar, ni en este ni en otros destinos del usuario.
sip-607-use-when = el usuario llamado rechaza la llamada como no deseada

## 608 Rejected
sip-608-summary = Un intermediario (análisis de llamadas, filtro del operador) rechazó la llamada, no el usuario llamado; la respuesta puede indicar con quién hablar al respecto.
sip-608-description = El 608 Rejected lo envía un intermediario, como el motor de análisis de llamadas de un operador, que rechaza una llamada que considera no deseada antes de que llegue al usuario (RFC 8688 §3). Puede llevar un encabezado Call-Info con una jCard que identifica a quien la rechazó, para que un llamante legítimo bloqueado por error pueda reclamar (RFC 8688 §3.1).
sip-608-cause-1 = El filtro contra llamadas automáticas o contra el fraude de un operador bloquea el número llamante, por ejemplo por una atestación baja o una mala reputación (RFC 8688 §3).
sip-608-fix-1 = Lee el Call-Info de la respuesta: la jCard indica con quién hablar para reclamar el bloqueo; mientras tanto, revisa la atestación y el patrón de llamadas de tu número (RFC 8688 §3.1).
sip-608-myth-1 = El 608 no es una decisión del llamado: el usuario llamado ni siquiera vio la llamada. El rechazo del usuario es el 603 o el 607 (RFC 8688 §3).
sip-608-next = Dejar de llamar; contactar con quien rechazó, indicado en Call-Info, si el bloqueo es un error.
sip-608-use-when = un intermediario, y no el usuario llamado, rechaza la llamada como no deseada
