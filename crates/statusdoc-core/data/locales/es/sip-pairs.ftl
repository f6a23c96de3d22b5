## Notas escritas a mano para las parejas que más se confunden (enumeradas en
## data/protocols/sip/pairs.toml): la distinción real y cuál corresponde.

sip-pair-100-180-summary = El 100 Trying es una confirmación salto a salto del siguiente elemento, que indica que se ha hecho cargo del INVITE; el 180 Ringing viene del agente de usuario del llamado e indica que se está avisando al usuario (RFC 3261 §21.1.1, RFC 3261 §21.1.2). El 100 nunca se reenvía ni crea diálogo, mientras que el 180 vuelve hasta el llamante y crea un diálogo temprano (RFC 3261 §16.7, RFC 3261 §12.1).
sip-pair-100-180-which = No son alternativas, sino pasos sucesivos de una misma llamada: cada salto envía el 100 enseguida, y solo el llamado envía el 180, cuando de verdad está avisando. Una llamada que se queda en el 100 todavía no ha llegado a un dispositivo que suene (RFC 3261 §21.1.1).

sip-pair-180-183-summary = El 180 indica que el dispositivo del llamado está avisando a su usuario; el 183 informa de otro tipo de avance, casi siempre medios tempranos descritos en su SDP (RFC 3261 §21.1.2, RFC 3261 §21.1.5). Los dos son provisionales y los dos pueden llevar SDP, por eso se confunden: lo que oye el llamante depende del SDP de la respuesta, no del código (RFC 3261 §13.3.1.1).
sip-pair-180-183-which = Envía 180 cuando el teléfono suena de verdad. Envía 183 con SDP cuando el otro extremo tiene que reproducir él mismo tonos o locuciones, como hacen las pasarelas hacia la red pública. Un llamante que recibe un 180 sin SDP genera el tono de llamada localmente; con un 183 y SDP, reproduce los medios que recibe (RFC 3261 §13.3.1.1).

sip-pair-181-302-summary = Con el 181 un servidor desvía la llamada por sí mismo y solo informa al llamante; con el 302 el servidor devuelve la dirección nueva y es el llamante quien debe enviar un nuevo INVITE allí (RFC 3261 §21.1.3, RFC 3261 §21.3.3).
sip-pair-181-302-which = Un proxy o una centralita que hace el desvío por sí mismo puede enviar 181 y sigue adelante; un servidor de redirección, o un dispositivo que quiere que el lado del llamante haga el trabajo, responde 302 con un Contact. Donde los llamantes pueden no seguir redirecciones, desviar (con o sin 181) es la opción más segura (RFC 3261 §8.1.3.4).

sip-pair-199-487-summary = El 199 informa de que un diálogo temprano de un INVITE bifurcado ha terminado mientras el INVITE sigue en otras ramas; el 487 es la respuesta final que cierra toda la transacción INVITE después de haberse cancelado (RFC 6228 §5, RFC 3261 §21.4.25).
sip-pair-199-487-which = Aparecen en momentos distintos: el 199 antes de cualquier respuesta final, en la rama que falló, y solo si el llamante envió Supported: 199; el 487 al final de un INVITE cancelado, después del CANCEL (RFC 6228 §4, RFC 3261 §9.2).

sip-pair-200-202-summary = Los dos son éxitos; el 202 Accepted añadía que la petición se había aceptado pero aún no se había ejecutado. La RFC 6665 declaró obsoleto el 202 para los eventos SIP, y quien lo recibe debe tratarlo exactamente como un 200 (RFC 6665 §4.2.1.1).
sip-pair-200-202-which = Envía 200. Espera 202 de notificadores antiguos y de destinatarios de REFER, y trátalo como 200; en ambos casos, el resultado real de una suscripción o de una transferencia llega después en un NOTIFY (RFC 3515 §2.4.2).

sip-pair-202-204-summary = El 202 era la forma antigua de aceptar una suscripción cuyo estado llegaría después en un NOTIFY; el 204 acepta una renovación condicional de suscripción e indica que no llegará ningún NOTIFY, porque el estado no ha cambiado (RFC 6665 §4.2.1.1, RFC 5839 §7.1).
sip-pair-202-204-which = Un notificador solo envía 204 a un SUBSCRIBE que lleva Suppress-If-Match con la entity tag vigente; en los demás casos envía 200 (no el 202, obsoleto), seguido de un NOTIFY (RFC 5839 §6.3).

sip-pair-300-302-summary = Los dos redirigen. El 302 da la dirección que hay que usar para esta petición, quizá varios Contact que probar por orden; el 300 indica que la dirección corresponde a varias opciones distintas entre las que debe elegir el llamante o su cliente (RFC 3261 §21.3.1, RFC 3261 §21.3.3).
sip-pair-300-302-which = Envía 302 cuando el servidor sabe dónde está el usuario ahora mismo; envía 300 cuando hay varios destinos igual de válidos y la elección corresponde al llamante (RFC 3261 §8.1.3.4).

sip-pair-301-302-summary = El 301 indica que el usuario se ha trasladado para siempre: usa la dirección nueva a partir de ahora y actualiza las direcciones guardadas. El 302 vale para esta petición, o hasta que caduque, y la dirección original sigue siendo la que hay que conservar (RFC 3261 §21.3.2, RFC 3261 §21.3.3).
sip-pair-301-302-which = Usa 301 para un cambio permanente de número o de URI; usa 302 para desvíos, reparto de carga y todo lo temporal (RFC 3261 §21.3.3).

sip-pair-301-410-summary = Los dos indican que el usuario ya no está en esta dirección, de forma permanente; el 301 conoce la dirección nueva y la da en Contact, el 410 no conoce ninguna (RFC 3261 §21.3.2, RFC 3261 §21.4.10).
sip-pair-301-410-which = Un servidor que sabe adónde se fue el usuario envía 301; uno que solo sabe que el usuario ya no está envía 410 (RFC 3261 §21.4.10).

sip-pair-302-305-summary = El 302 da una dirección nueva para el usuario; el 305 mantiene la misma dirección, pero exige que la petición pase por el proxy indicado en Contact (RFC 3261 §21.3.3, RFC 3261 §21.3.4).
sip-pair-302-305-which = Envía 305 solo cuando al recurso únicamente se puede llegar a través de ese proxy. Los clientes siguen el 305 con cautela, porque permite a quien responde desviar su tráfico (RFC 3261 §8.1.3.4).

sip-pair-302-380-summary = El 302 apunta a otra dirección para el mismo servicio; el 380 indica que la llamada pedida falló, pero ofrece un servicio distinto, descrito en el cuerpo (RFC 3261 §21.3.3, RFC 3261 §21.3.5).
sip-pair-302-380-which = Usa 302 cuando se puede localizar al usuario en otro sitio; usa 380 cuando al llamante hay que ofrecerle otra cosa en su lugar, como el buzón de voz u otro medio (RFC 3261 §21.3.5).

sip-pair-400-420-summary = El 400 indica que la petición está mal formada; el 420, que está bien formada pero exige una extensión, una option tag en Require o en Proxy-Require, que el servidor no tiene, y el encabezado Unsupported indica cuál (RFC 3261 §21.4.1, RFC 3261 §21.4.15).
sip-pair-400-420-which = Envía 420 siempre que una option tag exigida sea desconocida, y reserva el 400 para errores de sintaxis y encabezados obligatorios ausentes; un cliente puede arreglar un 420 de forma mecánica, quitando la tag (RFC 3261 §8.1.3.5).

sip-pair-401-403-summary = El 401 pide credenciales e indica cómo, en el WWW-Authenticate; el 403 rechaza, y volver a autenticarse no cambiará la respuesta (RFC 3261 §21.4.2, RFC 3261 §21.4.4).
sip-pair-401-403-which = Envía 401 cuando unas credenciales válidas harían aceptable la petición; envía 403 cuando el usuario, autenticado o no, sencillamente no tiene permiso. Tras varias credenciales erróneas, muchos servidores pasan del 401 al 403 para impedir que se adivinen contraseñas (RFC 3261 §22.2).

sip-pair-401-407-summary = Los dos son desafíos digest. El 401 viene del propio destino (un UAS o un registrar), con WWW-Authenticate, y se responde con Authorization; el 407 viene de un proxy del camino, con Proxy-Authenticate, y se responde con Proxy-Authorization (RFC 3261 §22.2, RFC 3261 §22.3).
sip-pair-401-407-which = Un registrar o un agente de usuario desafía con 401; un proxy debe usar 407. En la práctica, el REGISTER suele desafiarse con 401 y las llamadas a través del proxy de un operador con 407 (RFC 3261 §21.4.8).

sip-pair-403-404-summary = El 404 indica que el usuario no existe en este dominio; el 403, que la petición se rechaza, aunque el destino bien puede existir (RFC 3261 §21.4.5, RFC 3261 §21.4.4).
sip-pair-403-404-which = Según la RFC, los usuarios desconocidos reciben 404 y los rechazos, 403. Algunos servidores responden 404 a todo lo que rechazan para no revelar qué usuarios existen; cuando un 404 no tiene sentido, sospecha de esa política (RFC 3261 §21.4.4).

sip-pair-403-433-summary = El 403 es un rechazo por cualquier motivo de política; el 433 es el rechazo concreto porque el llamante es anónimo, algo que el llamante puede remediar revelando su identidad (RFC 3261 §21.4.4, RFC 5079).
sip-pair-403-433-which = Si el anonimato es el único motivo del rechazo, envía 433 para que el llamante sepa qué cambiar; si no, envía 403 (RFC 5079).

sip-pair-403-470-summary = El 403 rechaza por la política del propio servidor; el 470 indica que el destino no ha consentido recibir peticiones de este remitente a través de un relay, y señala el permiso que falta (RFC 3261 §21.4.4, RFC 5360).
sip-pair-403-470-which = Un relay, como un servidor de listas o una conferencia, al que le falta el permiso de un destinatario envía 470; cualquier otro rechazo por política es 403 (RFC 5360).

sip-pair-403-603-summary = El 403 es el rechazo de esta petición por la política de un servidor; el 603 es la decisión del propio usuario llamado de no atender, válida para todos sus dispositivos (RFC 3261 §21.4.4, RFC 3261 §21.6.2).
sip-pair-403-603-which = Los servidores que aplican reglas (bloqueos, permisos) envían 403; un usuario que pulsa rechazar, o un servicio que decide por el usuario en todas partes, envía 603, lo que hace que los proxies que bifurcan cancelen las demás ramas (RFC 3261 §16.7).

sip-pair-404-410-summary = El 404 indica que el usuario no es conocido en este dominio; el 410, que el usuario estuvo aquí y se ha ido para siempre, sin dirección de desvío (RFC 3261 §21.4.5, RFC 3261 §21.4.10).
sip-pair-404-410-which = Envía 410 solo para direcciones que sabes que fueron válidas y se dieron de baja; todo lo desconocido es 404 (RFC 3261 §21.4.10).

sip-pair-404-480-summary = El 404 indica que el usuario no existe aquí; el 480, que el usuario existe pero no se le puede localizar ahora, por ejemplo porque no tiene ningún dispositivo registrado (RFC 3261 §21.4.5, RFC 3261 §21.4.18).
sip-pair-404-480-which = Un proxy cuyo servicio de localización conoce la dirección pero no tiene ningún registro vigente envía 480; para una dirección desconocida envía 404. Responder 404 a un usuario que simplemente no está registrado hace creer a los llamantes que el número es erróneo (RFC 3261 §16.5).

sip-pair-404-484-summary = El 404 significa que la dirección no existe; el 484, que está incompleta, normalmente un número al que le faltan dígitos (RFC 3261 §21.4.5, RFC 3261 §21.4.22).
sip-pair-404-484-which = Si el número podría ser válido con más dígitos (marcación solapada), envía 484 para que el cliente lo complete; envía 404 cuando no puede existir en ningún caso (RFC 3261 §21.4.22).

sip-pair-404-604-summary = El 404 habla del dominio de la Request-URI; el 604 afirma saber con autoridad que el usuario no existe en ninguna parte, y termina la búsqueda en todas las ramas (RFC 3261 §21.4.5, RFC 3261 §21.6.3).
sip-pair-404-604-which = Envía 404 salvo que sepas de verdad que el usuario no existe en ningún dominio. Un 604 hace que los proxies que bifurcan cancelen todas las demás ramas, así que un 604 erróneo tumba llamadas que habrían funcionado en otro sitio (RFC 3261 §16.7).

sip-pair-405-501-summary = El 405 indica que el servidor conoce el método, pero no lo permite para esta dirección, y enumera en Allow los métodos permitidos; el 501, que el servidor no implementa el método para ninguna dirección (RFC 3261 §21.4.6, RFC 3261 §21.5.2).
sip-pair-405-501-which = Un servidor que implementa el método, pero no para este destino, envía 405 con Allow; una pila que no implementa el método en absoluto envía 501 (RFC 3261 §8.2.1).

sip-pair-406-415-summary = El 406 se refiere a lo que el cliente está dispuesto a recibir como respuesta, según su encabezado Accept; el 415, a lo que el cliente envió: el tipo, la codificación o el idioma del cuerpo de la petición (RFC 3261 §21.4.7, RFC 3261 §21.4.13).
sip-pair-406-415-which = Envía 415, con Accept, Accept-Encoding y Accept-Language, cuando no puedes leer el cuerpo de la petición; envía 406 cuando podrías procesar la petición, pero no puedes generar ningún cuerpo de respuesta que acepte el cliente (RFC 3261 §8.2.3).

sip-pair-406-488-summary = El 406 se refiere a los formatos de respuesta enumerados en Accept; el 488, a la descripción de sesión ofrecida en el SDP: códecs, medios, transporte o direcciones (RFC 3261 §21.4.7, RFC 3261 §21.4.26).
sip-pair-406-488-which = Una incompatibilidad de códecs o de medios en un INVITE o un UPDATE es un 488, nunca un 406; el 406 pertenece a la negociación de contenido de otros cuerpos (RFC 3261 §21.4.26).

sip-pair-408-480-summary = El 408 indica que no llegó ninguna respuesta a tiempo; el 480, que se sabe que el usuario no está localizable en este momento (RFC 3261 §21.4.9, RFC 3261 §21.4.18).
sip-pair-408-480-which = Un proxy que sabe que el usuario no tiene registro responde 480 enseguida; uno que prueba un registro antiguo y no oye nada termina con 408 cuando vence su Timer C (RFC 3261 §16.5, RFC 3261 §16.8).

sip-pair-408-487-summary = El 408 significa que no llegó a tiempo ninguna respuesta final; el 487, que la petición se canceló a propósito, normalmente porque el llamante colgó (RFC 3261 §21.4.9, RFC 3261 §21.4.25).
sip-pair-408-487-which = Un UAS envía 487 tras recibir un CANCEL; un proxy envía 408 cuando vence el Timer C. Algunas centralitas cancelan ellas mismas las llamadas no contestadas tras un tiempo de timbre, lo que da 487 donde se esperaría 408; mira quién envió el CANCEL (RFC 3261 §16.8, RFC 3261 §9.1).

sip-pair-408-504-summary = El 408 indica que el destino no respondió a tiempo; el 504, que al propio servidor se le agotó el tiempo esperando a otro servidor del que depende (RFC 3261 §21.4.9, RFC 3261 §21.5.5).
sip-pair-408-504-which = Un proxy cuya rama no recibió respuesta final envía 408; un servidor cuya consulta a una base de datos, a ENUM o al siguiente salto agotó el tiempo envía 504 (RFC 3261 §16.8).

sip-pair-413-513-summary = El 413 rechaza una petición porque su cuerpo es demasiado grande; el 513, porque lo es el mensaje entero (RFC 3261 §21.4.11, RFC 3261 §21.5.7).
sip-pair-413-513-which = Usa 413 para límites de cuerpo, con Retry-After si el límite es temporal, y 513 para límites de tamaño de mensaje; el remedio habitual para el 513 es enviar por TCP (RFC 3261 §18.1.1).

sip-pair-415-488-summary = El 415 indica que no se admite el formato del cuerpo en sí; el 488, que el SDP se entendió, pero su contenido (códecs, medios, transporte) no es aceptable aquí (RFC 3261 §21.4.13, RFC 3261 §21.4.26).
sip-pair-415-488-which = Si no puedes tratar el tipo de cuerpo, responde 415 con Accept; si interpretaste la oferta SDP y no encontraste en ella nada aceptable, responde 488 (RFC 3261 §8.2.3).

sip-pair-420-421-summary = Son imágenes especulares: el 420 indica que el cliente exigió una extensión que le falta al servidor, indicada en Unsupported; el 421, que el servidor exige una extensión que el cliente no incluyó como admitida, indicada en Require (RFC 3261 §21.4.15, RFC 3261 §21.4.16).
sip-pair-420-421-which = Envía 420 cuando el Require o el Proxy-Require de la petición citan una option tag desconocida; envía 421 cuando tu propia política exige una option tag que falta en el Supported de la petición (RFC 3261 §8.2.2.3).

sip-pair-421-494-summary = El 421 pide una extensión SIP en general, indicada en Require; el 494 exige en concreto un acuerdo de mecanismo de seguridad antes de cualquier otra cosa, y enumera los mecanismos en Security-Server (RFC 3261 §21.4.16, RFC 3329 §2.3.1).
sip-pair-421-494-which = Los servidores que implementan sec-agree, sobre todo los P-CSCF de IMS, envían 494; cualquier otra extensión que falte es un 421 (RFC 3329 §2.3.1).

sip-pair-422-423-summary = Los dos rechazan un intervalo demasiado corto e indican el mínimo. El 422 se refiere al temporizador de sesión de una llamada (Session-Expires, mínimo en Min-SE); el 423, a la caducidad de un registro, una suscripción o una publicación (Expires, mínimo en Min-Expires) (RFC 4028 §6, RFC 3261 §21.4.17).
sip-pair-422-423-which = INVITE y UPDATE con un Session-Expires demasiado pequeño reciben 422; REGISTER, SUBSCRIBE y PUBLISH con un Expires demasiado pequeño reciben 423 (RFC 4028 §6, RFC 3261 §10.3).

sip-pair-428-438-summary = El 428 indica que la petición no llevaba encabezado Identity aunque la política del verificador lo exige; el 438, que había un encabezado Identity, pero no superó la verificación (RFC 8224 §6.2.2).
sip-pair-428-438-which = Sin Identity en absoluto, es un 428, y la solución está en el origen o en un salto que elimina el encabezado; un Identity que falla (firma incorrecta, iat antiguo, declaraciones que no coinciden con la petición) da un 438 (RFC 8224 §6.2.2).

sip-pair-430-439-summary = Los dos pertenecen a SIP Outbound: el 430 indica que ha muerto un flujo registrado hacia un dispositivo; el 439, que un registro pidió outbound a través de un primer salto que no puede admitirlo (RFC 5626 §11, RFC 5626 §12).
sip-pair-430-439-which = El 430 aparece al entregar una petición a un dispositivo por su flujo; el 439 aparece cuando el dispositivo se registra (RFC 5626 §5.3, RFC 5626 §6).

sip-pair-436-437-summary = Los dos se refieren a la credencial del firmante: el 436 significa que el verificador no pudo obtenerla a partir de la referencia del encabezado Identity; el 437, que la obtuvo pero no puede usarla ni fiarse de ella (RFC 8224 §6.2.2).
sip-pair-436-437-which = Una URL de certificado inalcanzable o mal formada da un 436; un certificado obtenido pero emitido por una autoridad no fiable, caducado o de un tipo no admitido da un 437 (RFC 8224 §6.2.2).

sip-pair-436-438-summary = El 436 falla antes de poder comprobar ninguna firma, porque no se puede obtener la credencial; el 438 falla en la propia comprobación, o al comparar las declaraciones firmadas con la petición (RFC 8224 §6.2.2).
sip-pair-436-438-which = Un verificador envía 436 cuando falla la obtención de la credencial a partir de la referencia, y 438 cuando tiene una credencial utilizable y aun así el PASSporT no se valida frente a la petición (RFC 8224 §6.2.2).

sip-pair-440-483-summary = Los dos frenan peticiones desbocadas: el 483 limita la profundidad del camino de una petición (Max-Forwards llegó a cero); el 440, su anchura (demasiadas ramas bifurcadas en paralelo) (RFC 3261 §21.4.21, RFC 5393).
sip-pair-440-483-which = Una cadena de saltos demasiado larga o en bucle recibe 483; una bifurcación que superaría el presupuesto de Max-Breadth recibe 440 (RFC 5393).

sip-pair-469-489-summary = Los dos rechazan un paquete desconocido: el 469, un Info Package en una petición INFO, con los aceptados en Recv-Info; el 489, un paquete de eventos en SUBSCRIBE, NOTIFY o PUBLISH, con los admitidos en Allow-Events (RFC 6086 §4.2.2, RFC 6665 §8.3.1).
sip-pair-469-489-which = Nunca compiten por la misma petición: el INFO recibe 469; las suscripciones y publicaciones de eventos reciben 489 (RFC 6086 §4.2.2).

sip-pair-480-486-summary = El 486 indica que este dispositivo está ocupado; el 480, que el usuario no está disponible por otro motivo, como no estar registrado, tener activado el no molestar o no contestar (RFC 3261 §21.4.24, RFC 3261 §21.4.18).
sip-pair-480-486-which = Ocupado en otra llamada: 486, que da al llamante el tono de ocupado y activa el desvío si ocupado. Cualquier otra indisponibilidad temporal: 480. Los dos pueden llevar Retry-After (RFC 3261 §21.4.18).

sip-pair-480-503-summary = El 480 se refiere al usuario, al que no se puede localizar por ahora; el 503, al servidor, que no puede atender a nadie por ahora (RFC 3261 §21.4.18, RFC 3261 §21.5.4).
sip-pair-480-503-which = Envía 480 cuando no se puede localizar al llamado pero el servicio funciona; envía 503 cuando el problema es tu propio servidor o tus troncales. Los clientes reaccionan de forma distinta: el 503 hace que pasen a otro servidor (RFC 3261 §21.5.4).

sip-pair-481-487-summary = El 481 indica que la petición no corresponde a ningún diálogo ni transacción que conozca el servidor; el 487 es la respuesta final de un INVITE que se ha cancelado (RFC 3261 §21.4.19, RFC 3261 §21.4.25).
sip-pair-481-487-which = En una cancelación pueden aparecer juntos: el CANCEL que corresponde al INVITE recibe un 200 y el INVITE recibe un 487, mientras que un CANCEL que no corresponde a nada (demasiado tarde, branch equivocado) recibe él mismo un 481 (RFC 3261 §9.2).

sip-pair-482-483-summary = Los dos apuntan a bucles de encaminamiento: el 482 lo detecta un proxy que reconoce, en los encabezados Via, su propio paso anterior; el 483 aparece cuando se agota Max-Forwards, lo que también atrapa bucles que modifican la petición en cada pasada (RFC 3261 §16.3).
sip-pair-482-483-which = Un proxy envía 482 cuando su detección de bucles encuentra un bucle real; cualquier elemento envía 483 cuando una petición llega con Max-Forwards a cero (RFC 3261 §16.3).

sip-pair-484-485-summary = El 484 indica que la dirección es demasiado corta para identificar a nadie; el 485, que identifica a más de un usuario (RFC 3261 §21.4.22, RFC 3261 §21.4.23).
sip-pair-484-485-which = Los números incompletos (marcación solapada) reciben 484; los nombres o alias cortos que coinciden con varios usuarios reciben 485, opcionalmente con los candidatos en Contact (RFC 3261 §21.4.23).

sip-pair-486-600-summary = El 486 indica que el llamado está ocupado en este dispositivo, así que otros dispositivos o un nuevo intento más tarde pueden funcionar; el 600, que el llamado está ocupado y que ningún destino aceptará la llamada, así que los proxies que bifurcan cortan todas las demás ramas (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-pair-486-600-which = Un teléfono ocupado envía 486, lo que deja su oportunidad a los demás dispositivos del usuario y al buzón de voz. Envía 600 solo cuando sabes que el usuario está ocupado en todas partes; si no, corta en silencio la llamada en paralelo (RFC 3261 §16.7).

sip-pair-486-603-summary = El 486 indica que el dispositivo está ocupado; el 603, que el usuario ha decidido no atender la llamada en ningún sitio (RFC 3261 §21.4.24, RFC 3261 §21.6.2).
sip-pair-486-603-which = Los teléfonos difieren en lo que envía el botón de rechazar: el 486 deja que la llamada pruebe otros dispositivos y el buzón de voz, el 603 termina el intento en todos los dispositivos. Usa 486 para «ahora y en este teléfono, no» y 603 para «no, en ningún sitio» (RFC 3261 §21.6.2).

sip-pair-488-580-summary = El 488 indica que los medios ofrecidos no son aceptables; el 580, que los medios pueden valer, pero no se puede cumplir una precondición obligatoria, como una reserva de recursos (RFC 3261 §21.4.26, RFC 3312).
sip-pair-488-580-which = Los problemas de códec, transporte o dirección piden un 488; una reserva de QoS fallida u otra precondición incumplida piden un 580 (RFC 3312).

sip-pair-488-606-summary = Los dos rechazan la descripción de sesión ofrecida; el 488 es la respuesta de este extremo, mientras que el 606 afirma que ningún extremo del usuario la aceptaría, lo que termina la búsqueda (RFC 3261 §21.4.26, RFC 3261 §21.6.4).
sip-pair-488-606-which = Un extremo que rechaza una oferta que no puede tratar envía 488, y deja libres las demás ramas para aceptarla; el 606 es solo para una oferta que rechazarían todos los destinos del usuario (RFC 3261 §16.7).

sip-pair-491-500-summary = Los dos pueden responder a un re-INVITE que choca con otro intercambio: el 491 cuando el UAS tiene pendiente su propia oferta (glare), el 500 con Retry-After cuando todavía está procesando un INVITE anterior que recibió (RFC 3261 §14.2).
sip-pair-491-500-which = El glare, cuando los dos lados enviaron un re-INVITE, da un 491 y un nuevo intento tras una espera aleatoria; un re-INVITE que llega mientras el INVITE recibido antes aún no ha terminado da un 500 con Retry-After (RFC 3261 §14.1).

sip-pair-500-503-summary = El 500 informa de un fallo inesperado al procesar; el 503, de una imposibilidad temporal, como una sobrecarga o un mantenimiento, que los clientes deben sortear (RFC 3261 §21.5.1, RFC 3261 §21.5.4).
sip-pair-500-503-which = La sobrecarga y el mantenimiento programado piden un 503 con Retry-After, para que los clientes pasen a otro servidor; los fallos de programación y las situaciones inesperadas piden un 500. Un proxy nunca reenvía un 503: lo convierte en 500 (RFC 3261 §16.7).

sip-pair-502-504-summary = Los dos vienen de un intermediario y se refieren al servidor que tiene detrás: el 502 cuando ese servidor respondió algo no válido, el 504 cuando no respondió a tiempo (RFC 3261 §21.5.3, RFC 3261 §21.5.5).
sip-pair-502-504-which = Una respuesta no válida desde más adelante da un 502; la falta de respuesta de un servidor consultado da un 504 (RFC 3261 §21.5.5).

sip-pair-600-603-summary = Los dos terminan el intento en todas partes; el 600 indica que el usuario está ocupado, el 603 que el usuario rechaza la llamada (RFC 3261 §21.6.1, RFC 3261 §21.6.2).
sip-pair-600-603-which = Envía 600 cuando todas las líneas del usuario están ocupadas y 603 cuando el usuario rechaza la llamada; las pasarelas los convierten en las causas ISUP 17 (usuario ocupado) y 21 (llamada rechazada), respectivamente (RFC 3398 §8.2.6.1).

sip-pair-603-607-summary = El 603 es un rechazo sin más; el 607 rechaza y además avisa a la red de que la llamada no era deseada, para que el análisis de llamadas aprenda de ello (RFC 3261 §21.6.2, RFC 8197 §3).
sip-pair-603-607-which = Envía 607 cuando el usuario marca la llamada como spam o molestia; envía 603 para cualquier otro rechazo (RFC 8197 §3).

sip-pair-607-608-summary = El 607 es el veredicto del usuario llamado de que una llamada no es deseada; el 608 es un rechazo de un intermediario, normalmente el análisis de llamadas de un operador, antes de que el usuario llegue a ver la llamada, y puede indicar con quién hablar en una jCard del Call-Info (RFC 8197 §3, RFC 8688 §3).
sip-pair-607-608-which = Cuando decide el usuario o su dispositivo, envía 607; cuando decide un filtro de la red, envía 608, para que los llamantes bloqueados por error tengan una vía para reclamar (RFC 8688 §3.1).
