## SIP: clases y vocabulario de los datos (ver data/protocols/sip/protocol.toml).

sip-name = SIP

sip-class-1xx = Provisional
sip-class-2xx = Éxito
sip-class-3xx = Redirección
sip-class-4xx = Fallo de la petición
sip-class-5xx = Fallo del servidor
sip-class-6xx = Fallo global

sip-class-1xx-meaning = Una respuesta 1xx indica que la petición se ha recibido y se está procesando; no es una respuesta definitiva, y el cliente sigue esperando la respuesta final (RFC 3261 §21.1).
sip-class-2xx-meaning = Una respuesta 2xx indica que la petición ha tenido éxito (RFC 3261 §21.2).
sip-class-3xx-meaning = Una respuesta 3xx indica dónde se puede localizar al usuario; el cliente puede repetir la petición en las direcciones que da (RFC 3261 §21.3).
sip-class-4xx-meaning = Una respuesta 4xx es un fallo definitivo de este servidor en concreto: la petición, tal como se envió, no puede atenderse aquí, pero la misma petición puede funcionar en otro servidor o una vez corregida (RFC 3261 §21.4).
sip-class-5xx-meaning = Una respuesta 5xx indica que el propio servidor no ha podido procesar una petición aparentemente válida (RFC 3261 §21.5).
sip-class-6xx-meaning = Una respuesta 6xx indica que el servidor tiene información definitiva sobre el usuario, no solo sobre este dispositivo: la petición fallará donde quiera que se envíe (RFC 3261 §21.6).

sip-sender-uas = el servidor de agente de usuario (el teléfono llamado, la centralita o la aplicación)
sip-sender-proxy = un proxy del camino
sip-sender-registrar = un registrar
sip-sender-redirect-server = un servidor de redirección
sip-sender-b2bua = un B2BUA (centralita, SBC o servidor de aplicaciones que actúa por el llamado)
sip-sender-gateway = una pasarela hacia otra red (por ejemplo la red telefónica pública)
sip-sender-notifier = un notificador (el servidor de una suscripción a eventos)
sip-sender-verifier = un servicio de verificación STIR
sip-sender-client-local = el propio cliente, cuando no llega ninguna respuesta a tiempo o falla el transporte

sip-next-wait = Seguir esperando: todavía falta la respuesta final.
sip-next-proceed = Continuar: la petición ha tenido éxito.
sip-next-follow-contact = Repetir en la dirección o direcciones indicadas en Contact.
sip-next-authenticate = Reenviar la petición con credenciales para el desafío recibido.
sip-next-modify-and-retry = Modificar la petición como indica la respuesta y volver a enviarla.
sip-next-retry-later = Volver a intentarlo más tarde, tras el Retry-After si lo hay, o probar otra forma de localizar al usuario.
sip-next-try-elsewhere = Enviar la petición a otro servidor, o al mismo tras el Retry-After.
sip-next-stop-here = No reenviar la misma petición a este destino; otro destino todavía puede funcionar.
sip-next-stop-everywhere = Parar: no intentar localizar a este usuario en ningún otro destino.
sip-next-nothing = Nada que repetir: la respuesta comunica un estado que el cliente debe tener en cuenta.

sip-scope-progress = No es un desenlace: informa del avance de una petición que sigue pendiente.
sip-scope-success = La petición ha tenido éxito.
sip-scope-redirect = El usuario está en otro sitio: la respuesta habla de esta dirección, no del usuario.
sip-scope-request = Esta petición en este servidor: otros servidores, otras ramas o una petición modificada pueden funcionar.
sip-scope-server = Este servidor: ha fallado él, pero la petición puede ser correcta para otro.
sip-scope-everywhere = El usuario en cualquier sitio: ninguna otra rama ni destino lo hará mejor.

sip-header-level-must = presencia obligatoria, MUST
sip-header-level-should = presencia recomendada, SHOULD
sip-header-level-may = presencia opcional, MAY
sip-header-level-carries = presente cuando el remitente dispone del dato, sin MUST, SHOULD ni MAY

sip-ack-none = Una respuesta provisional nunca se confirma; solo detiene las retransmisiones del INVITE sobre UDP.
sip-ack-end-to-end = El cliente confirma un 2xx a un INVITE con un ACK en una transacción nueva, enviado de extremo a extremo por la ruta del diálogo.
sip-ack-hop-by-hop = La transacción del cliente confirma una respuesta final no 2xx a un INVITE con un ACK que se queda dentro de la misma transacción, salto a salto.

sip-early-dialog-creates = Con una etiqueta en To, crea un diálogo temprano (early dialog), uno por cada rama bifurcada que responde.
sip-early-dialog-terminates = Comunica que un diálogo temprano ha terminado mientras la transacción INVITE continúa.
sip-early-dialog-none = Nunca crea diálogo: vale salto a salto y no lleva la etiqueta To del llamado.

sip-mid-dialog-dialog = Como respuesta a una petición dentro de un diálogo, termina el diálogo entero y todos sus usos.
sip-mid-dialog-usage = Como respuesta a una petición dentro de un diálogo, termina el uso al que pertenecía la petición (la llamada o la suscripción), no necesariamente el diálogo entero.
sip-mid-dialog-transaction = Como respuesta a una petición dentro de un diálogo, solo hace fallar esa transacción: el diálogo y la sesión siguen igual.

sip-proxy-not-forwarded = El proxy no la reenvía hacia atrás: solo afecta al salto que la recibió.
sip-proxy-forward-immediately = El proxy la reenvía hacia atrás de inmediato.
sip-proxy-may-recurse = El proxy puede seguir él mismo la redirección, probando las direcciones de Contact en lugar de reenviar la respuesta.
sip-proxy-cancels-branches = El proxy que bifurca cancela todas las demás ramas pendientes y la reenvía: ninguna otra rama puede hacerlo mejor.
sip-proxy-preferred = Al elegir la mejor de varias respuestas 4xx, el proxy que bifurca prefiere esta, porque le dice al cliente cómo corregir la petición.
sip-proxy-aggregate-challenges = El proxy que bifurca reúne los desafíos de todas las ramas en la única respuesta que reenvía.
sip-proxy-becomes-500 = El proxy no debe reenviarla: si es la mejor respuesta que tiene, envía 500 en su lugar, para que los clientes anteriores no crean que el propio proxy está sobrecargado.
sip-proxy-timer-c = El proxy la envía hacia atrás cuando vence su Timer C en una rama de INVITE que nunca recibió respuesta final.
sip-proxy-loop-check = El proxy la envía cuando su comprobación de bucles descubre que la petición ya pasó por él con los mismos parámetros.
sip-proxy-max-forwards-check = El proxy la envía cuando Max-Forwards ha llegado a cero.
sip-proxy-proxy-require-check = El proxy la envía cuando Proxy-Require incluye una extensión que no admite.
sip-proxy-uri-scheme-check = El proxy la envía cuando el esquema de la Request-URI es uno que no sabe encaminar.

sip-next-short-wait = seguir esperando la respuesta final
sip-next-short-proceed = continuar, porque la petición ha tenido éxito
sip-next-short-follow-contact = repetir en la dirección indicada en Contact
sip-next-short-authenticate = reenviar la petición con credenciales
sip-next-short-modify-and-retry = modificar la petición y volver a enviarla
sip-next-short-retry-later = volver a intentarlo más tarde o por otra vía
sip-next-short-try-elsewhere = probar otro servidor
sip-next-short-stop-here = renunciar solo a este destino
sip-next-short-stop-everywhere = renunciar al usuario en todos los destinos
sip-next-short-nothing = tomar nota sin más, porque no hay nada que repetir
