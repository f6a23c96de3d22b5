## Códigos SIP 1xx a 3xx.

## 100 Trying
sip-100-summary = El siguiente salto ha recibido la petición y está trabajando en ella; esto detiene las retransmisiones del remitente, pero no dice nada del llamado.
sip-100-description = El 100 Trying es una confirmación salto a salto de un INVITE. Un proxy o un servidor de agente de usuario lo envía enseguida, antes de tener una respuesta real, para que el salto anterior deje de retransmitir la petición sobre UDP (RFC 3261 §21.1.1). A diferencia de las demás respuestas provisionales, un proxy nunca lo reenvía y nunca crea diálogo (RFC 3261 §16.7).
sip-100-cause-1 = Cualquier INVITE que llega a un proxy con estado: el proxy responde 100 en cuanto empieza a procesarlo, normalmente en milisegundos (RFC 3261 §16.2).
sip-100-cause-2 = Un servidor de agente de usuario que prevé tardar más de 200 ms en responder a un INVITE envía 100 para calmar la transacción del cliente (RFC 3261 §8.2.6.1).
sip-100-cause-3 = En una petición que no es INVITE, el servidor puede enviar 100 para evitar una avalancha de respuestas tardías cuando su respuesta final se retrasa (RFC 4320 §4.1).
sip-100-fix-1 = Nada que corregir: el 100 es normal. Si las retransmisiones del INVITE siguen después de él, comprueba que el 100 llega de verdad al remitente (NAT, cortafuegos o un Via incorrecto) (RFC 3261 §17.1.1.2).
sip-100-fix-2 = Si la llamada se queda mucho tiempo en el 100, el problema está más adelante: busca en la captura, en el tramo del siguiente salto, el 180/183 o la respuesta final que falta (RFC 3261 §21.1.1).
sip-100-myth-1 = Un 100 no significa que el teléfono esté sonando ni que se haya encontrado al llamado; solo que el siguiente salto se ha hecho cargo de la petición (RFC 3261 §21.1.1).
sip-100-myth-2 = El 100 que ves en el llamante no lo envió el llamado: los proxies absorben el 100 del llamado y generan el suyo (RFC 3261 §16.7).
sip-100-next = Seguir esperando una respuesta provisional o final; dejar de retransmitir el INVITE.
sip-100-use-when = un salto acaba de hacerse cargo de un INVITE y todavía no tiene respuesta del llamado

## 180 Ringing
sip-180-summary = Se ha encontrado el dispositivo del llamado y está avisando al usuario.
sip-180-description = El 180 Ringing indica al llamante que el agente de usuario ha recibido el INVITE y está avisando al usuario, por ejemplo haciendo sonar el teléfono (RFC 3261 §21.1.2). Enviado con una etiqueta en To, crea un diálogo temprano; puede llevar una respuesta SDP, y que el llamante reproduzca el tono de llamada local o medios tempranos depende de ese cuerpo y de la fiabilidad (RFC 3261 §13.3.1.1, RFC 3262 §3).
sip-180-cause-1 = El teléfono llamado está sonando; cada rama bifurcada que suena envía su propio 180 con su propia etiqueta To, así que el llamante puede ver varios (RFC 3261 §13.3.1.1).
sip-180-cause-2 = Una centralita o un B2BUA transmite, en su tramo, el timbre de la extensión a la que llama (RFC 3261 §21.1.2).
sip-180-fix-1 = Si el llamante oye silencio tras el 180, mira si el 180 llevaba SDP: con SDP el llamante espera medios tempranos del lado del llamado; sin él, debe generar el tono de llamada localmente (RFC 3261 §13.3.1.1).
sip-180-fix-2 = Si el 180 se retransmite muchas veces, el llamado pidió respuestas provisionales fiables y nunca recibió el PRACK: revisa Require/Supported: 100rel y el camino del PRACK (RFC 3262 §3).
sip-180-myth-1 = El 180 no garantiza que se vaya a contestar la llamada; la respuesta final todavía puede ser cualquier fallo (RFC 3261 §21.1.2).
sip-180-next = Seguir esperando; ofrecer tono de llamada al llamante (local, o con los medios tempranos si la respuesta llevaba SDP).
sip-180-use-when = el dispositivo del llamado está avisando a su usuario

## 181 Call Is Being Forwarded
sip-181-summary = Un servidor del camino está desviando la llamada a otro destino.
sip-181-description = El 181 Call Is Being Forwarded es una respuesta provisional que un servidor (normalmente un proxy o un B2BUA con servicio de desvío) puede enviar para avisar al llamante de que la llamada se está redirigiendo a otro conjunto de destinos (RFC 3261 §21.1.3). El servidor hace el desvío por sí mismo; el llamante no tiene que hacer nada.
sip-181-cause-1 = El llamado tiene desvío de llamadas (incondicional, si está ocupado o si no contesta) y un servidor del camino está llamando al nuevo destino (RFC 3261 §21.1.3).
sip-181-cause-2 = Un grupo de salto o un servicio «sígueme» pasa la llamada de un dispositivo al siguiente (RFC 3261 §21.1.3).
sip-181-fix-1 = Nada que corregir. Si el desvío no era esperado, revisa las reglas de desvío de la cuenta del llamado en el servidor que envió el 181 (RFC 3261 §21.1.3).
sip-181-myth-1 = El 181 no es una redirección como el 302: con el 181 el servidor desvía la llamada por sí mismo y el llamante sigue esperando; con el 302 es el llamante quien debe enviar un nuevo INVITE (RFC 3261 §21.1.3, RFC 3261 §21.3.3).
sip-181-next = Seguir esperando; el servidor está probando el nuevo destino por ti.
sip-181-use-when = un servidor está desviando la llamada por sí mismo y quiere que el llamante lo sepa

## 182 Queued
sip-182-summary = El llamado no está disponible por ahora y la llamada se ha puesto en cola.
sip-182-description = El 182 Queued indica que el llamado no está disponible temporalmente, pero el servidor ha decidido poner la llamada en cola en lugar de rechazarla (RFC 3261 §21.1.4). La frase de motivo puede dar más detalles, como el número de llamadas por delante. El servidor puede enviar varios 182 a medida que avanza la cola.
sip-182-cause-1 = Una cola de centro de atención o un distribuidor automático de llamadas (ACD) retiene la llamada hasta que queda libre un agente (RFC 3261 §21.1.4).
sip-182-cause-2 = Un llamado sin llamada en espera pero con un servicio de cola configurado (RFC 3261 §21.1.4).
sip-182-fix-1 = Nada que corregir. Si las llamadas esperan demasiado, el problema es la capacidad de la cola; los llamantes cuyo INVITE lleva un encabezado Expires pueden caerse cuando vence (RFC 3261 §21.1.4).
sip-182-myth-1 = El 182 no es una señal de ocupado: el llamado está ocupado, pero la llamada se mantiene en lugar de rechazarse con 486 (RFC 3261 §21.1.4).
sip-182-next = Seguir esperando: la llamada queda en una cola hasta que pueda entregarse.
sip-182-use-when = el llamado no puede atender ahora y el servidor mantiene la llamada en cola en lugar de rechazarla

## 183 Session Progress
sip-183-summary = La llamada avanza; la respuesta suele llevar SDP para que el llamante oiga medios tempranos (tonos o locuciones).
sip-183-description = El 183 Session Progress transmite información sobre el avance de la llamada que ningún otro código provisional cubre (RFC 3261 §21.1.5). En la práctica casi siempre lleva una respuesta SDP, para que el otro extremo, a menudo una pasarela hacia la red telefónica, reproduzca tonos de llamada o locuciones antes de que se conteste (RFC 3261 §13.3.1.1).
sip-183-cause-1 = Una pasarela hacia la red pública abre medios tempranos para transmitir el tono de llamada de la red o una locución como «el número marcado no existe» (RFC 3261 §21.1.5).
sip-183-cause-2 = Una centralita o un IVR reproduce un mensaje o música antes de contestar (RFC 3261 §21.1.5).
sip-183-cause-3 = Con precondiciones o respuestas provisionales fiables, el 183 lleva el intercambio SDP que reserva recursos antes de que suene el teléfono (RFC 3262 §3).
sip-183-fix-1 = Si el llamante no oye nada, comprueba que la dirección y el puerto de conexión del SDP del 183 son alcanzables desde el llamante (NAT, anclaje de medios en el SBC) y que el llamante reproduce medios tempranos (RFC 3261 §13.3.1.1).
sip-183-fix-2 = Si el 183 se retransmite, se envió de forma fiable (Require: 100rel) y no llegó el PRACK (RFC 3262 §3).
sip-183-myth-1 = El 183 no significa que el teléfono esté sonando; eso es el 180. Una llamada puede pasar directamente del 183 a un fallo sin sonar nunca (RFC 3261 §21.1.5).
sip-183-next = Seguir esperando; reproducir los medios tempranos que describe el SDP, si los hay.
sip-183-use-when = el otro extremo tiene avances que comunicar, normalmente medios tempranos (tonos, locuciones) descritos en SDP

## 199 Early Dialog Terminated
sip-199-summary = Un diálogo temprano creado por un INVITE bifurcado ha terminado, mientras el INVITE sigue pendiente en otras ramas.
sip-199-description = El 199 Early Dialog Terminated permite a un proxy que bifurca, o a un servidor de agente de usuario, avisar al llamante antes de la respuesta final de que un diálogo temprano concreto ha terminado, normalmente porque esa rama falló (RFC 6228 §5, RFC 6228 §6). El llamante puede liberar entonces recursos, como los medios que había preparado para esa rama. Solo se envía si el llamante indicó que lo admite con la option tag 199 (RFC 6228 §4).
sip-199-cause-1 = Un INVITE bifurcado en el que una rama respondió 180 o 183 y luego falló (por ejemplo con 486); el proxy envía 199 en el diálogo de esa rama mientras las demás siguen sonando (RFC 6228 §6).
sip-199-cause-2 = Un UAS que creó varios diálogos tempranos termina uno de ellos antes de su respuesta final (RFC 6228 §5).
sip-199-fix-1 = Nada que corregir: libera los medios y el estado del diálogo temprano indicado (por la etiqueta To) y conserva los demás (RFC 6228 §4).
sip-199-fix-2 = Si tu UA nunca ve el 199, probablemente no envía Supported: 199; sin él, los servidores no envían el código (RFC 6228 §4).
sip-199-myth-1 = El 199 no es una respuesta final y no termina el intento de llamada; solo ha terminado el diálogo temprano cuya etiqueta To lleva (RFC 6228 §5).
sip-199-next = Seguir esperando la respuesta final; liberar los recursos del diálogo temprano identificado por la etiqueta To.
sip-199-use-when = el diálogo temprano de una rama bifurcada ha terminado mientras el INVITE sigue pendiente en otros sitios

## 200 OK
sip-200-summary = La petición ha tenido éxito.
sip-200-description = El 200 OK significa que la petición ha tenido éxito (RFC 3261 §21.2.1). Para un INVITE, contesta la llamada: lleva la respuesta (o la oferta) SDP del llamado, establece el diálogo, y el llamante debe confirmarlo con un ACK enviado de extremo a extremo (RFC 3261 §13.2.2.4). Para un REGISTER, enumera los registros vigentes (RFC 3261 §10.3).
sip-200-cause-1 = Una llamada contestada: el llamado retransmite el 200 del INVITE hasta que llega el ACK (RFC 3261 §13.3.1.4).
sip-200-cause-2 = Un registro, una suscripción, un BYE, un CANCEL, un OPTIONS o cualquier otra petición aceptada (RFC 3261 §21.2.1).
sip-200-fix-1 = Si el 200 del INVITE se retransmite varias veces y la llamada se corta a los 32 segundos aproximadamente, el ACK nunca llega al llamado: revisa el Contact y el Record-Route del 200 (NAT, direcciones privadas, un SBC que no reescribe) (RFC 3261 §13.3.1.4).
sip-200-fix-2 = En un REGISTER, compara los Contact registrados y su caducidad en el 200 con lo que pediste: el registrar puede acortar el intervalo (RFC 3261 §10.3).
sip-200-myth-1 = Un 200 al CANCEL no significa que la llamada se haya cancelado; solo confirma el CANCEL. El INVITE termina después con 487, o con 200 si el llamado contestó antes (RFC 3261 §9.2).
sip-200-next = Continuar; en un INVITE, enviar enseguida el ACK de extremo a extremo.
sip-200-use-when = una petición ha tenido éxito (llamada contestada, registro aceptado, etc.)

## 202 Accepted
sip-202-summary = Obsoleto: la petición se aceptó para procesarla, pero aún no se ha completado; la notificación de eventos actual usa 200 en su lugar.
sip-202-description = El 202 Accepted lo definió el mecanismo original de eventos para el SUBSCRIBE (y se usó en el REFER) para indicar que la petición se había entendido y aceptado, pero que su resultado aún no se conocía (RFC 3265 §7.3.1, RFC 3515 §2.4.2). La RFC 6665, que sustituyó a la RFC 3265, lo declaró obsoleto: los notificadores envían 200, y el suscriptor debe tratar un 202 recibido exactamente como un 200 (RFC 6665 §4.2.1.1).
sip-202-cause-1 = Una implementación antigua responde al REFER con 202 para indicar que intentará la transferencia; el resultado llega después en un NOTIFY con cuerpo sipfrag (RFC 3515 §2.4.2).
sip-202-cause-2 = Un notificador basado en la RFC 3265 responde al SUBSCRIBE con 202 cuando la autorización sigue pendiente (RFC 3265 §7.3.1).
sip-202-fix-1 = Al recibirlo, trata el 202 exactamente como 200 y espera el NOTIFY que trae el estado real (RFC 6665 §4.2.1.1).
sip-202-fix-2 = Al enviar, usa 200; sigue aceptando 202 de los demás por compatibilidad (RFC 6665 §4.2.1.1).
sip-202-myth-1 = Un 202 al REFER no significa que la transferencia haya funcionado; solo el NOTIFY posterior indica si la llamada remitida tuvo éxito (RFC 3515 §2.4.2).
sip-202-next = Tratarlo como 200 y esperar el NOTIFY para conocer el estado real.
sip-202-use-when = un notificador antiguo o el destinatario de un REFER aceptó la petición sin conocer todavía su resultado

## 204 No Notification
sip-204-summary = La renovación de la suscripción ha tenido éxito, y el notificador no enviará NOTIFY porque el estado que tiene el suscriptor ya está al día.
sip-204-description = El 204 No Notification responde a un SUBSCRIBE que llevaba el encabezado Suppress-If-Match con la entity tag del estado que el suscriptor ya tiene: la suscripción se acepta o se renueva, y se suprime el NOTIFY que normalmente vendría porque nada ha cambiado (RFC 5839 §7.1, RFC 5839 §6.3).
sip-204-cause-1 = Un cliente de presencia o de eventos de diálogo renueva la suscripción con Suppress-If-Match y el recurso no ha cambiado (RFC 5839 §6.3).
sip-204-fix-1 = Nada que corregir: conserva el estado en caché. Si esperabas un NOTIFY, revisa la entity tag que tu cliente envió en Suppress-If-Match (RFC 5839 §6.3).
sip-204-myth-1 = El 204 es un éxito, no un error ni una respuesta vacía: la suscripción está activa (RFC 5839 §7.1).
sip-204-next = Seguir con el estado que ya tienes; la suscripción está activa y no llegará NOTIFY por esta renovación.
sip-204-use-when = una renovación condicional de suscripción ha tenido éxito y el estado no ha cambiado

## 300 Multiple Choices
sip-300-summary = La dirección corresponde a varias ubicaciones; el llamante puede elegir una y volver a intentarlo allí.
sip-300-description = El 300 Multiple Choices indica que la dirección de la petición corresponde a varias opciones, cada una con su dirección, enumeradas en Contact; el usuario o el cliente elige una y vuelve a enviar la petición allí (RFC 3261 §21.3.1). Los parámetros de Contact, como los valores q y las feature tags, ayudan a elegir (RFC 3261 §8.1.3.4).
sip-300-cause-1 = Un servidor de redirección o un agente de usuario con varios dispositivos registrados los devuelve todos en lugar de bifurcar la llamada él mismo (RFC 3261 §21.3.1).
sip-300-fix-1 = Prueba una o varias direcciones de Contact, por orden de valor q; si el cliente no sabe seguir redirecciones, haz que el servidor actúe como proxy y bifurque (RFC 3261 §8.1.3.4).
sip-300-myth-1 = El 300 no es un fallo: el usuario existe, y la llamada puede seguir en una de las direcciones indicadas (RFC 3261 §21.3.1).
sip-300-next = Elegir una de las direcciones de Contact (por valor q o preguntando al usuario) y enviarle una nueva petición.
sip-300-use-when = la dirección corresponde a varias ubicaciones y el llamante debe elegir entre ellas

## 301 Moved Permanently
sip-301-summary = El usuario ya no está en esta dirección; usa a partir de ahora la dirección indicada en Contact.
sip-301-description = El 301 Moved Permanently indica que ya no se puede localizar al usuario en la Request-URI, y que el cliente debe probar la dirección de Contact y actualizar con ella sus agendas y marcaciones rápidas (RFC 3261 §21.3.2).
sip-301-cause-1 = Un número o una URI SIP ha cambiado para siempre, y el servicio redirige al nuevo (RFC 3261 §21.3.2).
sip-301-cause-2 = Una pasarela convierte la causa ISUP 22 «número cambiado» con número nuevo en 301 (RFC 3398 §7.2.4.1).
sip-301-fix-1 = Vuelve a intentarlo en la dirección de Contact y sustituye por ella la dirección guardada (RFC 3261 §8.1.3.4).
sip-301-myth-1 = El 301 no es el 410: con el 301 el usuario tiene una dirección nueva y la respuesta la da; con el 410 el usuario se ha ido y no se conoce dirección nueva (RFC 3261 §21.3.2, RFC 3261 §21.4.10).
sip-301-next = Repetir en la dirección de Contact y actualizar a ella las direcciones guardadas.
sip-301-use-when = el usuario se ha trasladado para siempre a una dirección nueva y esa dirección se conoce

## 302 Moved Temporarily
sip-302-summary = El usuario está temporalmente en otra dirección, indicada en Contact; inténtalo allí, pero conserva la dirección original.
sip-302-description = El 302 Moved Temporarily indica al cliente que repita la petición en la dirección o direcciones de Contact. La dirección nueva vale para esta petición, o hasta lo que digan el encabezado Expires o el parámetro expires del Contact; la dirección original sigue siendo la que hay que guardar (RFC 3261 §21.3.3).
sip-302-cause-1 = Desvío de llamadas hecho por redirección: el servidor del llamado le dice al llamante adónde ir, en lugar de desviar él mismo (RFC 3261 §21.3.3).
sip-302-cause-2 = Un servidor de redirección delante de un clúster, o un servicio de encaminamiento (portabilidad numérica, ruta de menor coste) que responde con el siguiente salto (RFC 3261 §8.1.3.4).
sip-302-fix-1 = Sigue la redirección: envía un nuevo INVITE a la dirección de Contact. Muchos SBC y centralitas deben configurarse para seguir los 3xx; si no, la llamada falla en el 302 (RFC 3261 §8.1.3.4).
sip-302-fix-2 = Si la llamada redirigida falla, comprueba que la URI de Contact es alcanzable y encaminable desde el cliente (RFC 3261 §21.3.3).
sip-302-myth-1 = El 302 no es un fallo de la llamada: un llamante que no sigue redirecciones convierte un desvío que funciona en una llamada fallida (RFC 3261 §8.1.3.4).
sip-302-next = Enviar una nueva petición a la dirección de Contact, conservando la dirección original para próximas llamadas.
sip-302-use-when = el usuario está temporalmente en otra dirección y es el propio llamante quien debe ir allí

## 305 Use Proxy
sip-305-summary = Hay que acceder al recurso a través del proxy indicado en Contact.
sip-305-description = El 305 Use Proxy indica al cliente que vuelva a enviar la petición pasando por el proxy indicado en Contact (RFC 3261 §21.3.4). Como permite a cualquiera que responda desviar el tráfico de un cliente, los clientes lo tratan con cuidado, y muchos se niegan a seguirlo si procede de fuentes no fiables (RFC 3261 §8.1.3.4).
sip-305-cause-1 = Un servidor que solo acepta peticiones que lleguen a través de un proxy concreto, por ejemplo por política o por facturación (RFC 3261 §21.3.4).
sip-305-fix-1 = Repite a través del proxy de Contact si confías en el remitente; si no, recházalo y regístralo (RFC 3261 §8.1.3.4).
sip-305-myth-1 = El 305 no da una dirección nueva para el usuario; da el proxy que hay que usar para la misma dirección (RFC 3261 §21.3.4).
sip-305-next = Reenviar la misma petición a través del proxy indicado en Contact (si confías en el remitente).
sip-305-use-when = la petición tiene que pasar por un proxy concreto para ser atendida

## 380 Alternative Service
sip-380-summary = La llamada ha fallado, pero hay servicios alternativos posibles, descritos en el cuerpo.
sip-380-description = El 380 Alternative Service indica que la llamada no tuvo éxito, pero que hay servicios alternativos posibles, descritos en el cuerpo del mensaje (RFC 3261 §21.3.5). Es una redirección en el sentido de que al llamante se le ofrece otra cosa en lugar del servicio que pidió.
sip-380-cause-1 = Un servidor ofrece buzón de voz, una rellamada por web u otro servicio en lugar de la llamada pedida, descrito en el cuerpo (RFC 3261 §21.3.5).
sip-380-fix-1 = Lee el cuerpo para ver la alternativa ofrecida; un cliente que no lo entiende trata la respuesta como una llamada fallida (RFC 3261 §21.3.5).
sip-380-myth-1 = El 380 no apunta a otra dirección del mismo servicio, como hace el 302; ofrece un servicio distinto (RFC 3261 §21.3.5).
sip-380-next = Leer en el cuerpo los servicios alternativos ofrecidos y usar uno, si es posible.
sip-380-use-when = el servicio pedido ha fallado, pero el servidor puede ofrecer otro, descrito en el cuerpo
