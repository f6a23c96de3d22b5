## Códigos SIP 400 a 429.

## 400 Bad Request
sip-400-summary = La petición estaba mal formada: la sintaxis es incorrecta o falta un encabezado obligatorio.
sip-400-description = El 400 Bad Request indica que no se pudo entender la petición por una sintaxis mal formada (RFC 3261 §21.4.1). La frase de motivo debería indicar el problema, por ejemplo «Missing Call-ID Header». Lo envía un UAS cuando falla la validación básica, y también un proxy cuando falla la validación de la petición (RFC 3261 §8.2.2, RFC 3261 §16.3).
sip-400-cause-1 = Falta un encabezado obligatorio o no se puede interpretar: To, From, Call-ID, CSeq, Via o Max-Forwards (RFC 3261 §8.2.2).
sip-400-cause-2 = Un valor de encabezado mal formado: un espacio sin escapar en una URI, comillas mal puestas en un nombre visible, un Content-Length que no cuadra con el cuerpo (RFC 3261 §21.4.1).
sip-400-cause-3 = Manipulación de encabezados en un SBC o en un script (Kamailio, OpenSIPS) que generó un mensaje no válido (RFC 3261 §21.4.1).
sip-400-fix-1 = Lee la frase de motivo y el posible encabezado Warning del 400: la mayoría de los servidores indican ahí el encabezado problemático (RFC 3261 §21.4.1, RFC 3261 §20.43).
sip-400-fix-2 = Captura la petición tal como salió del último salto y contrástala con la gramática; corrige el elemento que la construyó o la reescribió (RFC 3261 §21.4.1).
sip-400-myth-1 = El 400 no tiene que ver con permisos ni con encaminamiento: el servidor rechaza el mensaje en sí, antes de mirar quién lo envía o adónde va (RFC 3261 §21.4.1).
sip-400-next = Corregir la parte mal formada de la petición, indicada en la frase de motivo o en el Warning, y volver a enviarla.
sip-400-use-when = la petición tiene una sintaxis mal formada o le falta un encabezado obligatorio

## 401 Unauthorized
sip-401-summary = El servidor de agente de usuario o el registrar exige que la petición se autentique; repite con credenciales para el desafío del WWW-Authenticate.
sip-401-description = El 401 Unauthorized es un desafío del propio destino, un servidor de agente de usuario o un registrar: lleva un encabezado WWW-Authenticate con realm y nonce, y el cliente responde volviendo a enviar la petición con un encabezado Authorization (RFC 3261 §21.4.2, RFC 3261 §22.2). Su equivalente para proxies es el 407.
sip-401-cause-1 = El primer REGISTER de un dispositivo: los registrars suelen desafiar todos los registros, así que un 401 seguido de un 200 es el flujo esperado (RFC 3261 §22.4).
sip-401-cause-2 = Credenciales enviadas pero rechazadas: contraseña o usuario incorrectos, realm distinto o un nonce que el servidor considera caducado (stale=true en el nuevo desafío) (RFC 3261 §22.4).
sip-401-cause-3 = Un cliente que ignora el desafío y nunca repite, o repite sin Authorization (RFC 3261 §8.1.3.5).
sip-401-fix-1 = Repite con un encabezado Authorization calculado para el realm y el nonce de este desafío; conserva el Call-ID y suma uno al CSeq (RFC 3261 §22.2).
sip-401-fix-2 = Si cada nuevo intento vuelve a ser desafiado, revisa el usuario de autenticación (puede ser distinto de la extensión), la contraseña y el realm; si el nuevo desafío lleva stale=true, basta con repetir con el nonce nuevo (RFC 3261 §22.4).
sip-401-myth-1 = El 401 no significa acceso denegado; pide credenciales. La negativa es el 403 (RFC 3261 §21.4.2, RFC 3261 §21.4.4).
sip-401-myth-2 = Un único 401 en una traza no es un error: así empieza la autenticación digest (RFC 3261 §22.4).
sip-401-next = Reenviar la petición con un encabezado Authorization que responda al desafío del WWW-Authenticate.
sip-401-use-when = el propio destino (un agente de usuario o un registrar) necesita que el cliente se autentique

## 402 Payment Required
sip-402-summary = Reservado para uso futuro; ninguna especificación define cuándo enviarlo.
sip-402-description = El 402 Payment Required está registrado, pero reservado para uso futuro (RFC 3261 §21.4.3). No tiene asociado ningún comportamiento estándar; donde aparece, es decisión del fabricante, normalmente para una cuenta sin saldo.
sip-402-cause-1 = Una plataforma de prepago o de facturación que rechaza llamadas de cuentas sin saldo usando el 402, en contra de lo que aconseja la norma (RFC 3261 §21.4.3).
sip-402-fix-1 = Comprueba el saldo o el estado de facturación de la cuenta con el operador que lo envió; trátalo como un 4xx genérico (RFC 3261 §21.4.3).
sip-402-fix-2 = Al enviar, usa 403 con una frase de motivo explicativa (RFC 3261 §21.4.4).
sip-402-myth-1 = El 402 no tiene un mecanismo de pago definido en SIP; el cliente no puede hacer nada con él salvo rendirse (RFC 3261 §21.4.3).
sip-402-next = Renunciar; resolver el problema de la cuenta con el operador por otra vía.
sip-402-use-when = un fabricante señala una cuenta sin pagar o sin saldo (el código solo está reservado)

## 403 Forbidden
sip-403-summary = El servidor entendió la petición y se niega a atenderla; autenticarse no servirá de nada.
sip-403-description = El 403 Forbidden indica que el servidor entendió la petición y la rechaza, y que la autorización no ayudará (RFC 3261 §21.4.4). Es la respuesta general de la política: quien llama no tiene permiso para hacer esto, aquí. Un registrar también lo envía cuando el usuario autenticado no puede registrar la dirección del To (RFC 3261 §10.3).
sip-403-cause-1 = Una llamada a un destino al que la cuenta no puede llamar: números internacionales o de tarificación especial bloqueados, una troncal sin permiso para esa ruta (RFC 3261 §21.4.4).
sip-403-cause-2 = Registro rechazado: el usuario autenticado no puede vincular la dirección del To, la cuenta está desactivada o la IP de origen no está en la lista de permitidas (RFC 3261 §10.3).
sip-403-cause-3 = Tras una autenticación fallida, algunos servidores responden 403 en lugar de otro desafío, para impedir que se adivinen contraseñas (RFC 3261 §22.2).
sip-403-fix-1 = Lee la frase de motivo y el Warning: los operadores suelen indicar la política («Calling party not allowed», «Invalid source»); luego corrige los permisos de la cuenta o el formato del número de origen (RFC 3261 §21.4.4).
sip-403-fix-2 = En troncales autenticadas por IP, comprueba que la petición sale de la dirección y el puerto dados de alta (RFC 3261 §21.4.4).
sip-403-myth-1 = Reenviar con credenciales no sirve: el servidor ya ha decidido; una petición que necesita credenciales recibe 401 o 407 (RFC 3261 §21.4.4).
sip-403-next = No reenviar la misma petición aquí; cambiar los permisos de la cuenta o la petición (número, origen) y volver a intentarlo.
sip-403-use-when = el servidor rechaza por política, y autenticarse no cambiaría su respuesta

## 404 Not Found
sip-404-summary = El usuario no existe en el dominio de la Request-URI.
sip-404-description = El 404 Not Found es información definitiva de que el usuario no existe en el dominio indicado en la Request-URI (RFC 3261 §21.4.5). Lo envía un proxy o un registrar cuando el servicio de localización no conoce al usuario; también es la respuesta cuando el dominio de la Request-URI no es uno de los que atiende el destinatario (RFC 3261 §8.2.2.1, RFC 3261 §16.5).
sip-404-cause-1 = Un número marcado que no está asignado, o una errata en la parte de usuario (RFC 3261 §21.4.5).
sip-404-cause-2 = El número es correcto, pero el formato no es el que espera el servidor: falta el prefijo del país, un + que no elimina, un prefijo inesperado (RFC 3261 §21.4.5).
sip-404-cause-3 = Una petición enviada al dominio o al servidor equivocado, que no conoce al usuario (RFC 3261 §8.2.2.1).
sip-404-fix-1 = Revisa la Request-URI tal como llegó al servidor que respondió: plan de numeración, normalización del número y dominio (RFC 3261 §21.4.5).
sip-404-fix-2 = Si el usuario existe pero no está registrado en este momento, el servidor debería responder 480; pide a su responsable que corrija la correspondencia (RFC 3261 §21.4.18).
sip-404-myth-1 = El 404 no significa que el dispositivo esté apagado; un usuario conocido que simplemente no está localizable recibe 480 (RFC 3261 §21.4.5, RFC 3261 §21.4.18).
sip-404-next = No repetir la misma dirección en este servidor; corregir antes el número o la dirección.
sip-404-use-when = el usuario no existe en el dominio consultado

## 405 Method Not Allowed
sip-405-summary = El método se conoce, pero no está permitido para esta dirección; el encabezado Allow enumera los que sí lo están.
sip-405-description = El 405 Method Not Allowed indica que el servidor entiende el método, pero no lo permite para la dirección de la Request-URI; la respuesta debe llevar un encabezado Allow con los métodos que sí acepta (RFC 3261 §21.4.6, RFC 3261 §8.2.1).
sip-405-cause-1 = Un dispositivo que no acepta MESSAGE, SUBSCRIBE, INFO o REFER para ese destino (RFC 3261 §8.2.1).
sip-405-cause-2 = Un REGISTER enviado a un agente de usuario normal o a un proxy que no es registrar (RFC 3261 §21.4.6).
sip-405-fix-1 = Lee el Allow de la respuesta y usa uno de esos métodos, o envía este método a otro elemento (RFC 3261 §20.5).
sip-405-myth-1 = El 405 no es el 501: con el 405 el método se conoce pero se rechaza para esta dirección; con el 501 el servidor no lo implementa (RFC 3261 §21.4.6, RFC 3261 §21.5.2).
sip-405-next = Usar uno de los métodos del Allow, o enviar este método a otro sitio.
sip-405-use-when = el servidor conoce el método, pero no lo permite para esta dirección

## 406 Not Acceptable
sip-406-summary = El servidor solo puede generar respuestas cuyo contenido no admite el encabezado Accept de la petición.
sip-406-description = El 406 Not Acceptable indica que el recurso solo puede generar respuestas con características de contenido que no son aceptables según el encabezado Accept de la petición (RFC 3261 §21.4.7). Se refiere al cuerpo de respuesta que pidió el cliente, no al cuerpo que envió.
sip-406-cause-1 = Un SUBSCRIBE cuyo Accept solo incluye formatos que el notificador no sabe generar, por ejemplo un formato de presencia que no admite (RFC 3261 §20.1).
sip-406-cause-2 = Un OPTIONS o un INVITE con un Accept demasiado restrictivo para lo que el servidor tiene que devolver (RFC 3261 §21.4.7).
sip-406-fix-1 = Amplía el encabezado Accept de la petición para incluir un formato que el servidor sepa generar (RFC 3261 §20.1).
sip-406-myth-1 = El 406 no es el 415: el 406 rechaza lo que el cliente está dispuesto a recibir; el 415, lo que el cliente envió (RFC 3261 §21.4.7, RFC 3261 §21.4.13).
sip-406-next = Reenviar con un encabezado Accept que incluya un formato que el servidor sepa generar.
sip-406-use-when = el servidor no puede generar ningún formato de cuerpo que permita el Accept de la petición

## 407 Proxy Authentication Required
sip-407-summary = Un proxy del camino exige que el cliente se autentique; repite con credenciales para el desafío del Proxy-Authenticate.
sip-407-description = El 407 Proxy Authentication Required es la versión del 401 para proxies: un proxy del camino desafía al cliente con un encabezado Proxy-Authenticate, y el cliente repite con Proxy-Authorization (RFC 3261 §21.4.8, RFC 3261 §22.3). Pueden desafiar varios proxies, así que una petición puede acumular varias credenciales.
sip-407-cause-1 = El primer INVITE de una llamada a través del proxy de salida de un operador: los operadores suelen desafiar todas las llamadas, así que un 407 seguido de un nuevo INVITE es el flujo esperado (RFC 3261 §22.3).
sip-407-cause-2 = Credenciales incorrectas, un realm distinto o un nonce caducado (stale=true) en el nuevo intento (RFC 3261 §22.3).
sip-407-cause-3 = Un dispositivo que gestiona el 401 pero no el 407, o que envía las credenciales en Authorization en lugar de Proxy-Authorization (RFC 3261 §8.1.3.5).
sip-407-fix-1 = Repite con un encabezado Proxy-Authorization para el realm y el nonce del Proxy-Authenticate; conserva el Call-ID y suma uno al CSeq (RFC 3261 §22.3).
sip-407-fix-2 = Si el desafío se repite, revisa el usuario, la contraseña y el realm de la cuenta en el proxy (RFC 3261 §22.3).
sip-407-myth-1 = El 407 no viene del llamado: viene de un proxy, normalmente el de tu propio operador, antes de que la llamada llegue a nadie (RFC 3261 §21.4.8).
sip-407-next = Reenviar la petición con un encabezado Proxy-Authorization que responda al desafío del Proxy-Authenticate.
sip-407-use-when = un proxy del camino necesita que el cliente se autentique antes de reenviar la petición

## 408 Request Timeout
sip-408-summary = No se obtuvo a tiempo ninguna respuesta final: el servidor o el proxy dejó de esperar, o venció la propia transacción del cliente.
sip-408-description = El 408 Request Timeout indica que el servidor no pudo dar una respuesta en un tiempo razonable, por ejemplo porque no pudo averiguar a tiempo dónde estaba el usuario (RFC 3261 §21.4.9). Un proxy lo envía cuando vence el Timer C en una rama de INVITE sin respuesta final (RFC 3261 §16.8), y el cliente lo genera internamente cuando su propia transacción vence sin respuesta alguna (RFC 3261 §8.1.3.1).
sip-408-cause-1 = El teléfono llamado nunca respondió al INVITE: está apagado tras un registro antiguo, o caducó una correspondencia de NAT, así que la rama del proxy agota el tiempo (RFC 3261 §16.8).
sip-408-cause-2 = Ninguna respuesta a la petición: pérdida en la red, un cortafuegos que descarta los paquetes, o dirección o puerto equivocados. El «408» solo existe entonces dentro del cliente (RFC 3261 §8.1.3.1).
sip-408-cause-3 = Dentro de un diálogo, un re-INVITE, BYE o NOTIFY que vence; el cliente debe entonces terminar el diálogo (RFC 3261 §12.2.1.2).
sip-408-fix-1 = Busca en la captura la petición llegando al siguiente salto y alguna respuesta de vuelta; si no hay ninguna respuesta, mira la red, el NAT o el cortafuegos (RFC 3261 §8.1.3.1).
sip-408-fix-2 = En llamadas a dispositivos registrados, comprueba que el registro está al día y los keep-alives de NAT del lado del llamado (RFC 3261 §21.4.9).
sip-408-myth-1 = Un 408 en tus logs no tiene por qué haberlo enviado nadie: las pilas SIP registran como 408 el vencimiento de sus propias transacciones (RFC 3261 §8.1.3.1).
sip-408-myth-2 = Un proxy no debe enviar 408 a una petición que no sea INVITE; deja que venza la transacción del cliente (RFC 4320 §4.2).
sip-408-next = Volver a intentarlo más tarde, o por otra ruta; antes, averiguar qué salto dejó de responder.
sip-408-use-when = no se pudo obtener a tiempo una respuesta final

## 410 Gone
sip-410-summary = El usuario existía aquí pero ya no está disponible, y no se conoce ninguna dirección de desvío.
sip-410-description = El 410 Gone indica que el recurso pedido ya no está disponible en el servidor y que no se conoce ninguna dirección de desvío; se espera que la situación sea permanente (RFC 3261 §21.4.10). Un servidor que sabe que el usuario se ha trasladado a una dirección nueva envía 301 en su lugar.
sip-410-cause-1 = Un número o una cuenta dados de baja o portados a otro operador, de los que el servidor guarda constancia (RFC 3261 §21.4.10).
sip-410-cause-2 = Una pasarela convierte la causa ISUP 22 (número cambiado, sin número nuevo) o la 23 en 410 (RFC 3398 §7.2.4.1).
sip-410-fix-1 = Deja de llamar a esa dirección y quítala de las agendas; averigua por otra vía la dirección nueva del usuario (RFC 3261 §21.4.10).
sip-410-myth-1 = El 410 no es una situación temporal: a diferencia del 480, no sirve de nada volver a intentarlo más tarde (RFC 3261 §21.4.10).
sip-410-next = Dejar de usar esta dirección; no hay dirección nueva que probar.
sip-410-use-when = el usuario existía en esta dirección y se ha ido para siempre, sin dirección nueva conocida

## 412 Conditional Request Failed
sip-412-summary = Un PUBLISH condicional citaba una entity tag que el servidor ya no tiene; la publicación que renovar o modificar no existe.
sip-412-description = El 412 Conditional Request Failed responde a un PUBLISH cuyo encabezado SIP-If-Match cita una entity tag que no corresponde a ninguna publicación del compositor de estado de eventos, por ejemplo porque caducó (RFC 3903 §6).
sip-412-cause-1 = Una publicación caducó (el cliente la renovó demasiado tarde) y la renovación sigue llevando la entity tag antigua (RFC 3903 §6).
sip-412-cause-2 = El servidor de presencia se reinició o cambió de nodo y perdió las publicaciones (RFC 3903 §6).
sip-412-fix-1 = Envía un nuevo PUBLISH inicial con el estado completo y sin SIP-If-Match, y usa la nueva SIP-ETag que devuelva (RFC 3903 §6).
sip-412-myth-1 = El 412 no es un error genérico de precondición como en HTTP; en SIP solo se refiere a la entity tag de la publicación de eventos (RFC 3903 §6).
sip-412-next = Volver a publicar el estado completo sin SIP-If-Match y guardar la nueva entity tag.
sip-412-use-when = un PUBLISH se refiere a una publicación (entity tag) que ya no existe

## 413 Request Entity Too Large
sip-413-summary = El cuerpo de la petición es más grande de lo que el servidor está dispuesto a procesar.
sip-413-description = El 413 Request Entity Too Large indica que el servidor rechaza la petición porque el cuerpo es más grande de lo que quiere o puede procesar; si la situación es temporal, puede indicar en Retry-After cuándo volver a intentarlo (RFC 3261 §21.4.11). El cliente puede repetir entonces con un cuerpo más pequeño (RFC 3261 §8.1.3.5).
sip-413-cause-1 = Un SDP muy grande (muchos códecs, candidatos ICE y líneas de cifrado) o un cuerpo multipart con adjuntos (RFC 3261 §21.4.11).
sip-413-cause-2 = Un MESSAGE con mucho contenido enviado a un servidor con un límite pequeño (RFC 3261 §21.4.11).
sip-413-fix-1 = Reduce el cuerpo: ofrece menos códecs y candidatos, quita las partes innecesarias; respeta el Retry-After si lo hay (RFC 3261 §21.4.11).
sip-413-myth-1 = El 413 no es el 513: el 413 rechaza el tamaño del cuerpo; el 513, el del mensaje entero (RFC 3261 §21.4.11, RFC 3261 §21.5.7).
sip-413-next = Volver a enviar la petición con un cuerpo más pequeño (o tras el Retry-After, si el servidor dice que el límite es temporal).
sip-413-use-when = el cuerpo de la petición es demasiado grande para el servidor

## 414 Request-URI Too Long
sip-414-summary = La Request-URI es más larga de lo que el servidor está dispuesto a interpretar.
sip-414-description = El 414 Request-URI Too Long indica que el servidor rechaza la petición porque la Request-URI es más larga de lo que está dispuesto a interpretar (RFC 3261 §21.4.12).
sip-414-cause-1 = Muchos parámetros de URI o encabezados incrustados añadidos a la Request-URI por aplicaciones o SBC (RFC 3261 §21.4.12).
sip-414-cause-2 = Un bucle de encaminamiento que añade parámetros en cada pasada (RFC 3261 §21.4.12).
sip-414-fix-1 = Quita los parámetros de URI y los encabezados incrustados innecesarios; localiza el elemento que hace crecer la URI (RFC 3261 §21.4.12).
sip-414-myth-1 = El 414 se refiere solo a la Request-URI; un To o un From largos no lo provocan (RFC 3261 §21.4.12).
sip-414-next = Acortar la Request-URI y volver a enviar la petición.
sip-414-use-when = la Request-URI es demasiado larga para el servidor

## 415 Unsupported Media Type
sip-415-summary = El servidor no admite el formato, la codificación o el idioma del cuerpo de la petición; Accept, Accept-Encoding y Accept-Language enumeran lo que sí admite.
sip-415-description = El 415 Unsupported Media Type indica que el cuerpo de la petición está en un formato que el servidor no admite para este método; el servidor debe indicar lo que acepta en Accept, Accept-Encoding o Accept-Language (RFC 3261 §21.4.13, RFC 3261 §8.2.3). El cliente puede repetir con un cuerpo admitido (RFC 3261 §8.1.3.5).
sip-415-cause-1 = Un INVITE con un tipo de cuerpo que el servidor no trata: multipart/mixed con ISUP, application/vnd.* o un SDP envuelto de una forma que no sabe interpretar (RFC 3261 §8.2.3).
sip-415-cause-2 = Un cuerpo comprimido (Content-Encoding: gzip) o un tipo de contenido de MESSAGE que el destinatario no admite (RFC 3261 §8.2.3).
sip-415-fix-1 = Lee Accept, Accept-Encoding y Accept-Language en la respuesta y reenvía con un cuerpo que encaje con ellos (RFC 3261 §21.4.13).
sip-415-myth-1 = El 415 no rechaza los códecs de tu SDP; la incompatibilidad de códecs o de medios es el 488. El 415 significa que el propio tipo de cuerpo no se admite (RFC 3261 §21.4.13, RFC 3261 §21.4.26).
sip-415-next = Reenviar con un tipo de cuerpo, una codificación y un idioma de los enumerados en los encabezados Accept de la respuesta.
sip-415-use-when = el servidor no puede tratar el tipo, la codificación o el idioma del cuerpo de la petición

## 416 Unsupported URI Scheme
sip-416-summary = La Request-URI usa un esquema que el servidor no conoce (ni sip, ni sips, ni otro que admita).
sip-416-description = El 416 Unsupported URI Scheme indica que el servidor no puede procesar la petición porque no conoce el esquema de la Request-URI (RFC 3261 §21.4.14). Tanto los agentes de usuario como los proxies comprueban el esquema (RFC 3261 §8.2.2.1, RFC 3261 §16.3).
sip-416-cause-1 = Una URI tel: enviada a un servidor que solo encamina sip: y sips: (RFC 3261 §21.4.14).
sip-416-cause-2 = Una URI sips: enviada a un servidor sin TLS, o una URI im:, pres: o urn: enviada a un proxy corriente (RFC 3261 §16.3).
sip-416-fix-1 = Convierte la Request-URI a un esquema que el servidor admita, normalmente sip: con user=phone para números de teléfono (RFC 3261 §8.1.3.5).
sip-416-myth-1 = El 416 no es una URI mal formada (eso es el 400); la URI es válida, pero su esquema no se admite (RFC 3261 §21.4.14).
sip-416-next = Reenviar con una Request-URI en un esquema que el servidor admita (normalmente sip:).
sip-416-use-when = el esquema de la Request-URI es uno que el servidor no sabe tratar

## 417 Unknown Resource-Priority
sip-417-summary = El encabezado Resource-Priority de la petición usa un espacio de nombres o un valor que el servidor no entiende.
sip-417-description = El 417 Unknown Resource-Priority indica que el servidor no entendió el espacio de nombres o el valor de prioridad del encabezado Resource-Priority, y la petición exigía que lo entendiera (RFC 4412). La respuesta enumera lo que acepta en Accept-Resource-Priority, para que el cliente repita con un valor admitido.
sip-417-cause-1 = Una llamada prioritaria (servicios de emergencia, esquemas de prioridad gubernamental) con un espacio de nombres para el que el servidor no está configurado (RFC 4412).
sip-417-fix-1 = Repite con un espacio de nombres y un valor del Accept-Resource-Priority, o sin prioridad si la política lo permite (RFC 4412).
sip-417-myth-1 = El 417 no rechaza las llamadas prioritarias en general; solo el espacio de nombres o el valor del Resource-Priority es desconocido para este servidor (RFC 4412).
sip-417-next = Reenviar con un valor de Resource-Priority que el servidor enumere en Accept-Resource-Priority.
sip-417-use-when = el espacio de nombres o el valor del Resource-Priority es desconocido para el servidor

## 420 Bad Extension
sip-420-summary = La petición exige una extensión (option tag) que el servidor no admite; el Unsupported la indica.
sip-420-description = El 420 Bad Extension indica que el servidor no entiende una extensión incluida en el encabezado Require de la petición (o, para un proxy, en Proxy-Require); la respuesta debe enumerar las option tags no admitidas en un encabezado Unsupported (RFC 3261 §21.4.15, RFC 3261 §8.2.2.3). El cliente puede repetir sin depender de ellas (RFC 3261 §8.1.3.5).
sip-420-cause-1 = Un cliente envía Require: 100rel, timer, precondition o replaces a un servidor que no tiene esa función (RFC 3261 §8.2.2.3).
sip-420-cause-2 = El Proxy-Require cita una extensión que el proxy no implementa (RFC 3261 §16.3).
sip-420-fix-1 = Lee el Unsupported de la respuesta; pasa esa option tag de Require a Supported, o desactiva la función para este destino, y repite (RFC 3261 §8.1.3.5).
sip-420-myth-1 = El 420 no es el 421: el 420 es el servidor sin una extensión que el cliente exige; el 421, el servidor exigiendo una extensión que le falta al cliente (RFC 3261 §21.4.15, RFC 3261 §21.4.16).
sip-420-next = Reenviar sin exigir las option tags enumeradas en Unsupported.
sip-420-use-when = el cliente exigió una extensión que el servidor no admite

## 421 Extension Required
sip-421-summary = El servidor necesita una extensión que el cliente no ofreció en Supported; el Require la indica.
sip-421-description = El 421 Extension Required indica que el servidor de agente de usuario necesita una extensión concreta para procesar la petición, pero el cliente no la incluyó en Supported; la respuesta enumera las option tags exigidas en Require (RFC 3261 §21.4.16, RFC 3261 §20.32). Los servidores deben usarlo con moderación, porque impide interoperar con clientes más sencillos.
sip-421-cause-1 = Un UAS configurado para exigir respuestas provisionales fiables (100rel), temporizadores de sesión o precondiciones llama a un cliente que no los anuncia (RFC 3262 §3).
sip-421-fix-1 = Activa en el cliente la extensión indicada en Require y repite, o relaja la exigencia del servidor (RFC 3261 §21.4.16).
sip-421-myth-1 = El 421 no significa que el cliente haya enviado algo incorrecto; le falta soporte para algo que el servidor exige (RFC 3261 §21.4.16).
sip-421-next = Reenviar con las option tags del Require en tu encabezado Supported, si las implementas.
sip-421-use-when = el servidor exige una extensión que el cliente no incluyó como admitida

## 422 Session Interval Too Small
sip-422-summary = El intervalo del temporizador de sesión (Session-Expires) está por debajo del mínimo que acepta el servidor; el Min-SE indica ese mínimo.
sip-422-description = El 422 Session Interval Too Small rechaza un INVITE o un UPDATE cuyo Session-Expires es menor que el mínimo que acepta un proxy o el UAS; la respuesta debe llevar el Min-SE con ese mínimo (RFC 4028 §6). El cliente repite con un Session-Expires al menos igual y añade su propio encabezado Min-SE (RFC 4028 §7.4).
sip-422-cause-1 = Un cliente envía Session-Expires: 60 o 90 a un servidor que exige más, a menudo 1800 segundos (RFC 4028 §5).
sip-422-cause-2 = Un proxy del camino tiene un mínimo mayor que el del UAS (RFC 4028 §8).
sip-422-fix-1 = Sube el Session-Expires al menos hasta el Min-SE de la respuesta, incluye un encabezado Min-SE en el nuevo intento y vuelve a enviarlo (RFC 4028 §7.4).
sip-422-myth-1 = El 422 trata de temporizadores de sesión, no de registros: un intervalo demasiado corto en REGISTER o SUBSCRIBE recibe 423 (RFC 4028 §6, RFC 3261 §21.4.17).
sip-422-next = Reenviar con Session-Expires (y Min-SE) al menos iguales al Min-SE de la respuesta.
sip-422-use-when = el intervalo de refresco de sesión pedido en un INVITE o un UPDATE es demasiado pequeño

## 423 Interval Too Brief
sip-423-summary = La caducidad pedida para un registro, una suscripción o una publicación es más corta de lo que permite el servidor; el Min-Expires indica el mínimo.
sip-423-description = El 423 Interval Too Brief indica que el servidor rechaza la petición porque la caducidad del recurso que renueva es demasiado corta; la respuesta debe llevar el Min-Expires con el mínimo (RFC 3261 §21.4.17, RFC 3261 §10.3). Los registrars lo envían para el REGISTER, y la misma regla vale para SUBSCRIBE y PUBLISH (RFC 3903 §6).
sip-423-cause-1 = Un teléfono se registra con Expires: 30 o 60 para mantener abierta una correspondencia de NAT, y el mínimo del registrar es mayor (RFC 3261 §10.3).
sip-423-cause-2 = Un cliente de presencia publica o se suscribe con un Expires demasiado corto (RFC 3903 §6).
sip-423-fix-1 = Repite con un Expires de al menos el Min-Expires (RFC 3261 §10.2.8).
sip-423-fix-2 = Para mantener vivas las correspondencias de NAT, usa keep-alives (CRLF, OPTIONS) en lugar de registros muy cortos (RFC 3261 §10.2.8).
sip-423-myth-1 = El 423 no es un límite de frecuencia de registros; solo el valor del Expires es demasiado corto (RFC 3261 §21.4.17).
sip-423-next = Reenviar con una caducidad al menos tan larga como el Min-Expires.
sip-423-use-when = un registro, una suscripción o una publicación pide una caducidad demasiado corta

## 424 Bad Location Information
sip-424-summary = La información de ubicación enviada en la petición (Geolocation) estaba mal formada o no era suficiente; el Geolocation-Error explica el motivo.
sip-424-description = El 424 Bad Location Information rechaza una petición cuya información de ubicación, transmitida mediante el encabezado Geolocation (por valor en el cuerpo o por referencia), no se pudo usar: estaba mal formada, no se pudo obtener o no bastaba para la decisión de encaminamiento (RFC 6442). La respuesta lleva un encabezado Geolocation-Error con un código que explica cuál fue el caso.
sip-424-cause-1 = Una llamada de emergencia cuyo cuerpo PIDF-LO está mal formado, o cuya URI de ubicación el servidor no puede consultar (RFC 6442).
sip-424-cause-2 = Una ubicación demasiado imprecisa para la decisión de encaminamiento que debe tomar el servidor (RFC 6442).
sip-424-fix-1 = Lee el Geolocation-Error, corrige o actualiza la ubicación (cuerpo o referencia) y repite (RFC 6442).
sip-424-myth-1 = El 424 no significa que el usuario esté en un lugar equivocado; significa que los propios datos de ubicación no se pudieron usar (RFC 6442).
sip-424-next = Corregir o actualizar la información de ubicación, como indica el Geolocation-Error, y reenviar.
sip-424-use-when = la información de ubicación enviada en la petición no se puede usar

## 425 Bad Alert Message
sip-425-summary = El mensaje de alerta de la petición (por ejemplo una llamada de emergencia no interactiva) estaba mal formado o no se admite; el AlertMsg-Error explica el motivo.
sip-425-description = El 425 Bad Alert Message rechaza una petición que lleva un cuerpo de alerta, como en las llamadas de emergencia no interactivas de sensores y vehículos, porque no se pudo procesar el contenido de la alerta; la respuesta lleva un encabezado AlertMsg-Error que describe el problema (RFC 8876).
sip-425-cause-1 = Un cuerpo CAP (Common Alerting Protocol) mal formado o con elementos que el destinatario no admite (RFC 8876).
sip-425-fix-1 = Lee el AlertMsg-Error, corrige el cuerpo de la alerta y reenvía (RFC 8876).
sip-425-myth-1 = El 425 de SIP no tiene nada que ver con el 425 Too Early de HTTP; solo se refiere a cuerpos de mensajes de alerta (RFC 8876).
sip-425-next = Corregir el cuerpo de la alerta según el AlertMsg-Error y reenviar.
sip-425-use-when = el cuerpo de mensaje de alerta de una petición no se puede procesar

## 428 Use Identity Header
sip-428-summary = El servicio de verificación exige un encabezado Identity firmado (STIR/SHAKEN) y la petición no llevaba ninguno.
sip-428-description = El 428 Use Identity Header lo envía un servicio de verificación STIR cuya política exige una identidad firmada y que ha recibido una petición sin encabezado Identity (RFC 8224 §6.2.2). La RFC 4474 definió el código para el mecanismo de identidad original, hoy obsoleto; la RFC 8224 lo mantiene con el encabezado Identity basado en PASSporT.
sip-428-cause-1 = Una interconexión entre operadores exige firma STIR/SHAKEN y el operador de origen no firmó la llamada (RFC 8224 §6.2.2).
sip-428-cause-2 = El encabezado Identity se eliminó por el camino, por ejemplo en un SBC o en un operador de tránsito que no lo transmite (RFC 8224 §6.2.2).
sip-428-fix-1 = Firma la llamada en el servicio de autenticación de origen y asegúrate de que cada salto transmite el encabezado Identity sin alterarlo (RFC 8224 §6.2.2).
sip-428-myth-1 = El 428 no dice que la firma fuera incorrecta (eso es el 438); dice que no había ninguna firma (RFC 8224 §6.2.2).
sip-428-next = Reenviar con un encabezado Identity válido, generado por un servicio de autenticación.
sip-428-use-when = se exige una identidad firmada y la petición no llevaba encabezado Identity

## 429 Provide Referrer Identity
sip-429-summary = El destinatario de un REFER exige un token Referred-By válido que identifique a quien remite.
sip-429-description = El 429 Provide Referrer Identity lo envía el destinatario de un REFER (o la parte a la que contactaría) que exige un token Referred-By firmado que demuestre quién pidió la remisión, y no lo ha recibido (RFC 3892).
sip-429-cause-1 = Una transferencia de llamada en la que la política del transferido exige un remitente autenticado, y el REFER llevaba un Referred-By simple o ninguno (RFC 3892).
sip-429-fix-1 = Reenvía el REFER con un encabezado Referred-By y un token firmado válido (RFC 3892).
sip-429-myth-1 = El 429 no trata de límites de frecuencia como en HTTP; solo de la identidad de quien remite (RFC 3892).
sip-429-next = Reenviar el REFER con un token Referred-By que demuestre la identidad de quien remite.
sip-429-use-when = una remisión exige pruebas de quién es el remitente
