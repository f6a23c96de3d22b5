## Códigos SIP 430 a 494.

## 430 Flow Failed
sip-430-summary = La conexión de salida (flujo) hasta el dispositivo registrado ha fallado; el proxy no puede entregar por ella.
sip-430-description = El 430 Flow Failed lo envía un proxy de borde de SIP Outbound cuando ha fallado el flujo (la conexión por la que se registró un dispositivo) que una petición debe usar; el proxy autoritativo que lo recibe da por inválido ese registro y prueba los demás flujos del dispositivo (RFC 5626 §11, RFC 5626 §5.3).
sip-430-cause-1 = Un dispositivo registrado con outbound sobre TCP o TLS perdió la conexión con el proxy de borde (cambio de red, caducidad del NAT) antes de volver a registrarse (RFC 5626 §5.3).
sip-430-fix-1 = En el dispositivo, detecta el fallo del flujo con keep-alives (CRLF o STUN) y vuelve a registrarte por un flujo nuevo; en el proxy, prueba los demás flujos registrados (RFC 5626 §5.3).
sip-430-myth-1 = Un cliente casi nunca debería ver el 430: está pensado para el tramo entre el proxy de borde y el autoritativo, que normalmente lo convierte en otra rama o en un 480 (RFC 5626 §11).
sip-430-next = Probar los demás flujos registrados del dispositivo; el propio dispositivo debe volver a registrarse por una conexión nueva.
sip-430-use-when = la conexión registrada (flujo) hasta un dispositivo está muerta

## 433 Anonymity Disallowed
sip-433-summary = El servidor rechaza las peticiones anónimas; el llamante ocultó su identidad.
sip-433-description = El 433 Anonymity Disallowed rechaza una petición porque el llamante eligió ser anónimo (un From anónimo, Privacy: id o similar) y el llamado o su servidor no acepta llamadas anónimas (RFC 5079).
sip-433-cause-1 = El rechazo de llamadas anónimas está activado para el llamado, y el llamante ocultó su número (RFC 5079).
sip-433-fix-1 = Vuelve a llamar mostrando la identidad (quita el Privacy: id o el From anónimo), si el llamante está de acuerdo (RFC 5079).
sip-433-myth-1 = El 433 no es un 403 genérico: dice exactamente que el anonimato es el motivo, para que el llamante pueda decidir revelar su identidad (RFC 5079).
sip-433-next = Reenviar sin anonimato, si el llamante acepta revelar su identidad.
sip-433-use-when = la petición se rechazó solo porque el llamante es anónimo

## 436 Bad Identity Info
sip-436-summary = El servicio de verificación no pudo usar la referencia de credencial del encabezado Identity: no se pudo obtener el certificado desde la URI.
sip-436-description = El 436 Bad Identity Info indica que el servicio de verificación no pudo obtener la credencial del firmante a partir de la referencia que da el encabezado Identity (el parámetro info, que corresponde al x5u del PASSporT): la URI está mal formada, no es alcanzable o no devuelve nada utilizable (RFC 8224 §6.2.2). En la RFC 4474 el código se llamaba Bad Identity-Info, por el encabezado aparte que entonces llevaba la referencia.
sip-436-cause-1 = La URL del repositorio de certificados del parámetro info está caída, no es alcanzable desde el verificador o usa un esquema que el verificador no admite (RFC 8224 §6.2.2).
sip-436-cause-2 = El parámetro info falta o está mal formado (RFC 8224 §6.2.2).
sip-436-fix-1 = Como firmante, publica el certificado en una URL HTTPS estable y alcanzable por los verificadores, y ponla tanto en el parámetro info como en el x5u (RFC 8224 §6.2.2).
sip-436-myth-1 = El 436 no es una firma no válida (438) ni un certificado no fiable (437): el verificador ni siquiera pudo obtener la credencial (RFC 8224 §6.2.2).
sip-436-next = Desistir con esta firma; el firmante debe corregir la referencia de la credencial para que las llamadas se verifiquen.
sip-436-use-when = no se puede obtener la credencial a la que remite el encabezado Identity

## 437 Unsupported Credential
sip-437-summary = El servicio de verificación STIR obtuvo la credencial a la que remite el encabezado Identity, pero no puede validarla (emisor no fiable, tipo no admitido).
sip-437-description = El 437 Unsupported Credential indica que el verificador obtuvo la credencial a la que remite el encabezado Identity, pero no la admite o no confía en ella: autoridad de certificación desconocida, certificado caducado o revocado, o tipo de credencial no admitido (RFC 8224 §6.2.2). La RFC 4474 lo llamaba Unsupported Certificate.
sip-437-cause-1 = Un certificado STIR/SHAKEN emitido por una autoridad que no está en la lista de confianza del verificador, o un certificado caducado (RFC 8224 §6.2.2).
sip-437-cause-2 = Un certificado cuya cadena el verificador no puede completar (RFC 8224 §6.2.2).
sip-437-fix-1 = Como firmante, usa un certificado de una autoridad en la que confíen los operadores de destino, con la cadena completa y fechas válidas (RFC 8224 §6.2.2).
sip-437-myth-1 = El 437 no significa que la firma no se haya podido verificar; el verificador ni llegó a eso, porque no pudo fiarse de la credencial (RFC 8224 §6.2.2).
sip-437-next = Desistir con esta firma; el firmante debe usar una credencial en la que confíe el verificador.
sip-437-use-when = se obtuvo la credencial del firmante, pero no es fiable o no se admite

## 438 Invalid Identity Header
sip-438-summary = El encabezado Identity no superó la verificación: la firma no es válida, el PASSporT está mal formado o es antiguo, o sus declaraciones no coinciden con la petición.
sip-438-description = El 438 Invalid Identity Header indica que el verificador obtuvo una credencial en la que confía, pero el encabezado Identity no es válido: la firma del PASSporT no se verifica, sus declaraciones no coinciden con la petición (el número llamante de orig frente a From o P-Asserted-Identity, dest frente a To) o su iat es demasiado antiguo (RFC 8224 §6.2.2). Un trabajo posterior permite al verificador comunicar estos fallos en un encabezado Reason en lugar de rechazar la llamada (RFC 9410).
sip-438-cause-1 = Un intermediario cambió el número del From o del To (normalización, prefijo añadido) después de firmarse la llamada, y orig o dest dejaron de coincidir (RFC 8224 §6.2.2).
sip-438-cause-2 = La declaración iat es más antigua que la ventana de validez del verificador, a menudo por relojes desajustados o porque el INVITE firmado se reutilizó (RFC 8224 §6.2.2).
sip-438-cause-3 = La firma se hizo con una clave que no corresponde al certificado, o el token se corrompió por el camino (RFC 8224 §6.2.2).
sip-438-fix-1 = Decodifica el PASSporT (es un JWT) y compara orig, dest e iat con la petición tal como llegó; haz que cada salto posterior a la firma deje intactos esos campos (RFC 8224 §6.2.2).
sip-438-fix-2 = Comprueba el reloj (NTP) y la configuración de claves del servicio de firma (RFC 8224 §6.2.2).
sip-438-myth-1 = Lo define la RFC 8224, no el antiguo mecanismo de la RFC 4474: ya no existe el encabezado Identity-Info; la referencia de la credencial es el parámetro info del Identity (RFC 8224 §6.2.2).
sip-438-next = No reenviar la misma petición firmada; hay que corregir el firmante o los saltos intermedios.
sip-438-use-when = hay un encabezado Identity, pero no supera la verificación

## 439 First Hop Lacks Outbound Support
sip-439-summary = El registrar admite SIP Outbound, pero el primer salto (proxy de borde) por el que se registró el dispositivo no.
sip-439-description = El 439 First Hop Lacks Outbound Support lo envía un registrar que admite outbound cuando un REGISTER pide outbound (reg-id e instancia en el Contact), pero la ruta muestra que el proxy de borde del primer salto no lo admite (RFC 5626 §12, RFC 5626 §6).
sip-439-cause-1 = Un dispositivo configurado para outbound se registra a través de un proxy de borde que no añade un Path de outbound (RFC 5626 §6).
sip-439-fix-1 = Activa outbound en el proxy de borde, o regístrate sin el parámetro reg-id (RFC 5626 §6).
sip-439-myth-1 = El 439 no rechaza el soporte de outbound del dispositivo; la carencia está en el proxy que hay delante del registrar (RFC 5626 §12).
sip-439-next = Registrarse sin outbound (sin reg-id), o a través de un proxy de borde que admita outbound.
sip-439-use-when = un registro con outbound pasa por un primer salto que no puede admitirlo

## 440 Max-Breadth Exceeded
sip-440-summary = Bifurcar la petición superaría el límite de ramas paralelas de Max-Breadth.
sip-440-description = El 440 Max-Breadth Exceeded lo envía un proxy cuando no puede seguir bifurcando la petición porque se ha agotado el presupuesto de ramas simultáneas de Max-Breadth; el límite protege frente a ataques de amplificación que multiplican una petición en muchas (RFC 5393).
sip-440-cause-1 = Muchos dispositivos registrados en una misma dirección, o cadenas de proxies que bifurcan, de modo que se agota el presupuesto de anchura (RFC 5393).
sip-440-fix-1 = Reduce la apertura: menos destinos paralelos por usuario o menos saltos que bifurquen; sube Max-Breadth donde la política lo permita (RFC 5393).
sip-440-myth-1 = El 440 no trata del número de saltos (eso es el 483), sino del número de ramas paralelas (RFC 5393).
sip-440-next = No reenviar sin cambios; reducir la bifurcación o el número de destinos.
sip-440-use-when = un proxy no puede bifurcar más sin superar el número permitido de ramas paralelas

## 469 Bad Info Package
sip-469-summary = El INFO usaba un Info Package que el destinatario no ha declarado aceptar (Recv-Info).
sip-469-description = El 469 Bad Info Package responde a un INFO cuyo encabezado Info-Package cita un paquete que el destinatario no ha declarado, en su Recv-Info, que esté dispuesto a recibir en este diálogo (RFC 6086 §4.2.2). La respuesta indica en Recv-Info qué paquetes se aceptan.
sip-469-cause-1 = DTMF enviado por INFO con un paquete (dtmf, por ejemplo) que el otro extremo nunca incluyó en su Recv-Info durante el establecimiento de la llamada (RFC 6086 §4.2.2).
sip-469-fix-1 = Envía solo paquetes que el otro extremo haya incluido en Recv-Info, o negocia el DTMF de otra forma, como telephone-events en RTP (RFC 6086 §4.2.2).
sip-469-myth-1 = El 469 no significa que el INFO en sí no se admita (eso es 405 o 501); solo no se acepta el paquete (RFC 6086 §4.2.2).
sip-469-next = Reenviar con un Info Package que el otro extremo haya incluido en Recv-Info, o usar otro mecanismo.
sip-469-use-when = un INFO usa un Info Package que el otro extremo no ha aceptado recibir

## 470 Consent Needed
sip-470-summary = Un relay no reenviará la petición al destino porque este no ha dado su consentimiento para recibir peticiones de este remitente.
sip-470-description = El 470 Consent Needed lo envía un relay (como un servidor que expande una lista de destinatarios) cuando un destino no ha dado permiso para recibir peticiones del remitente; la respuesta indica los destinos en Permission-Missing, para que el remitente pueda pedir el consentimiento (RFC 5360).
sip-470-cause-1 = Un servidor de listas de URI o una conferencia que enviaría a un destinatario que no ha autorizado al remitente (RFC 5360).
sip-470-fix-1 = Pide permiso a los destinatarios indicados en Permission-Missing (el mecanismo de consentimiento usa un MESSAGE con un documento de permiso) y después repite (RFC 5360).
sip-470-myth-1 = El 470 no es un fallo de autenticación; el remitente puede estar perfectamente autenticado, pero el destinatario no ha dado su conformidad (RFC 5360).
sip-470-next = Conseguir antes el consentimiento del destinatario; reenviar sin cambios vuelve a fallar.
sip-470-use-when = el destinatario no ha consentido recibir peticiones retransmitidas desde este remitente

## 480 Temporarily Unavailable
sip-480-summary = El llamado existe, pero no se le puede localizar en este momento (no registrado, no molestar, sin respuesta).
sip-480-description = El 480 Temporarily Unavailable indica que se contactó con éxito con el sistema del llamado, o que el usuario es conocido, pero no está disponible ahora: no ha iniciado sesión, está en un estado que impide la comunicación o tiene activado el no molestar. Retry-After puede indicar cuándo volver a intentarlo (RFC 3261 §21.4.18). Un proxy lo envía cuando el servicio de localización conoce al usuario pero no tiene ningún registro vigente (RFC 3261 §16.5).
sip-480-cause-1 = El usuario existe, pero ahora no hay ningún dispositivo registrado: el teléfono está apagado, ha perdido la red o su registro caducó (RFC 3261 §16.5).
sip-480-cause-2 = No molestar, o un dispositivo que rechaza llamadas en su estado actual (RFC 3261 §21.4.18).
sip-480-cause-3 = Una pasarela convierte las causas ISUP 19 (sin respuesta), 20 (abonado ausente) o 31 (normal, sin especificar) en 480 (RFC 3398 §7.2.4.1).
sip-480-fix-1 = Comprueba si el dispositivo del llamado está registrado (y sus keep-alives de NAT), y vuelve a intentarlo más tarde o respeta el Retry-After (RFC 3261 §21.4.18).
sip-480-fix-2 = Si un operador envía 480 en todas las llamadas, mira la frase de motivo y el posible encabezado Reason: muchos usan el 480 como cajón de sastre para fallos de encaminamiento (RFC 3261 §21.4.18).
sip-480-myth-1 = El 480 no es el 404: el usuario existe; solo su disponibilidad es temporal (RFC 3261 §21.4.18).
sip-480-myth-2 = El 480 no es una señal de ocupado: un llamado ocupado responde 486 (RFC 3261 §21.4.24).
sip-480-next = Volver a intentarlo más tarde (tras el Retry-After, si lo hay) o desviar la llamada, por ejemplo al buzón de voz.
sip-480-use-when = el usuario existe, pero no se le puede localizar ahora

## 481 Call/Transaction Does Not Exist
sip-481-summary = La petición se refiere a un diálogo o a una transacción que el servidor no conoce.
sip-481-description = El 481 Call/Transaction Does Not Exist indica que el UAS recibió una petición que no corresponde a ningún diálogo ni transacción que tenga (RFC 3261 §21.4.19): una petición dentro de un diálogo cuyo Call-ID y etiquetas no coinciden con ningún diálogo (RFC 3261 §12.2.2), o un CANCEL que no corresponde a ninguna transacción pendiente (RFC 3261 §9.2). El cliente que recibe un 481 a una petición dentro de un diálogo debe dar el diálogo por terminado (RFC 3261 §12.2.1.2).
sip-481-cause-1 = Un BYE o un re-INVITE para una llamada que el otro extremo ya da por terminada, por ejemplo porque se reinició, cortó la llamada por tiempo o nunca recibió el ACK (RFC 3261 §12.2.2).
sip-481-cause-2 = Un CANCEL enviado después de terminar la transacción INVITE, o que no coincide con el branch del Via, la Request-URI o el número de CSeq del INVITE (RFC 3261 §9.2).
sip-481-cause-3 = Un SBC o un B2BUA que reescribió etiquetas o Call-ID de forma incoherente entre peticiones del mismo diálogo (RFC 3261 §12.2.2).
sip-481-fix-1 = Compara el Call-ID, la etiqueta del From y la del To de la petición fallida con los de la respuesta que creó el diálogo; cualquier diferencia señala al elemento que los cambió (RFC 3261 §12.2.2).
sip-481-fix-2 = En el CANCEL, comprueba que copia del INVITE la Request-URI, el Call-ID, el From, el To (sin etiqueta nueva), el número de CSeq y el branch del primer Via (RFC 3261 §9.1).
sip-481-myth-1 = Un 481 a un CANCEL no detiene la llamada: el INVITE sigue, salvo que termine por su cuenta (RFC 3261 §9.2).
sip-481-next = Dar por terminados el diálogo o la transacción: limpiar el estado local, sin reenviar.
sip-481-use-when = una petición se refiere a un diálogo o a una transacción que el servidor no tiene

## 482 Loop Detected
sip-482-summary = Un proxy ha descubierto que la petición ha vuelto a él en un bucle.
sip-482-description = El 482 Loop Detected indica que el servidor recibió una petición que ya había pasado por él de la misma forma: su detección de bucles, basada en los encabezados Via y en el parámetro branch, encontró una espiral que no avanza (RFC 3261 §21.4.20, RFC 3261 §16.3). Un UAS también responde 482 a la segunda copia de una petición que llegó por otro camino tras una bifurcación (petición fusionada) (RFC 3261 §8.2.2.2).
sip-482-cause-1 = Un bucle de encaminamiento entre proxies, o entre un proxy y una centralita: cada uno reenvía la llamada al otro por una ruta o un plan de numeración mal configurados (RFC 3261 §16.3).
sip-482-cause-2 = Un INVITE bifurcado que llega dos veces al mismo UAS por caminos distintos; la segunda copia se rechaza como fusionada (RFC 3261 §8.2.2.2).
sip-482-fix-1 = Lee los encabezados Via de la petición rechazada: los hosts repetidos muestran el bucle; corrige las rutas para que cada salto haga avanzar la petición (RFC 3261 §16.3).
sip-482-myth-1 = El 482 y el 483 no son lo mismo: el 482 se detecta inspeccionando el Via; el 483, solo cuando se agota Max-Forwards (RFC 3261 §21.4.20, RFC 3261 §21.4.21).
sip-482-next = No reenviar; corregir el encaminamiento que hace dar vueltas a la petición.
sip-482-use-when = una petición vuelve, sin cambios, a un servidor por el que ya pasó

## 483 Too Many Hops
sip-483-summary = El Max-Forwards de la petición llegó a cero antes de alcanzar su destino.
sip-483-description = El 483 Too Many Hops indica que la petición llegó con Max-Forwards a cero, así que no puede seguir reenviándose (RFC 3261 §21.4.21, RFC 3261 §16.3). Los clientes empiezan con Max-Forwards a 70 (RFC 3261 §8.1.1.6); llegar a cero suele indicar un bucle que la detección de bucles no vio, o una cadena muy larga.
sip-483-cause-1 = Un bucle de encaminamiento que modifica la petición en cada pasada (branch nuevo, Request-URI nueva), de modo que la detección por Via no lo ve hasta que se agota Max-Forwards (RFC 3261 §16.3).
sip-483-cause-2 = Un cliente o un B2BUA que empieza con un Max-Forwards muy pequeño, o un B2BUA que copia en cada tramo nuevo un valor ya decrementado (RFC 3261 §8.1.1.6).
sip-483-fix-1 = Observa el Max-Forwards en cada salto y la lista de Via de la petición: averigua dónde entra en bucle o dónde el valor empieza ya bajo (RFC 3261 §20.22).
sip-483-myth-1 = El 483 no significa que la ruta IP tenga demasiados routers; solo cuenta elementos SIP (RFC 3261 §21.4.21).
sip-483-next = No reenviar sin cambios; corregir el bucle o el valor inicial de Max-Forwards.
sip-483-use-when = se ha agotado el presupuesto de Max-Forwards de la petición

## 484 Address Incomplete
sip-484-summary = La dirección marcada está incompleta; faltan dígitos.
sip-484-description = El 484 Address Incomplete indica que la Request-URI está incompleta, normalmente un número de teléfono con dígitos de menos (RFC 3261 §21.4.22). Permite la marcación solapada (overlap): el cliente puede enviar un nuevo INVITE con más dígitos. Cuando bifurca, el proxy prefiere el 484 entre las respuestas 4xx, porque le dice al llamante cómo continuar (RFC 3261 §16.7).
sip-484-cause-1 = Un teléfono envía el INVITE antes de que el usuario termine de marcar (tiempo del plan de marcación o digit map incorrecto) (RFC 3261 §21.4.22).
sip-484-cause-2 = Un número sin el prefijo de zona o de país, enviado a un servidor que no va a adivinarlo (RFC 3261 §21.4.22).
sip-484-cause-3 = Una pasarela convierte la causa ISUP 28 (formato de número no válido) en 484 (RFC 3398 §7.2.4.1).
sip-484-fix-1 = Completa el número (prefijos de país y de zona, todos los dígitos) y repite; ajusta el digit map del teléfono para que espere números completos (RFC 3261 §8.1.3.5).
sip-484-myth-1 = El 484 no es el 404: el número no es erróneo, solo demasiado corto para encaminarlo (RFC 3261 §21.4.22).
sip-484-next = Reenviar con la dirección completa (más dígitos).
sip-484-use-when = la dirección marcada es demasiado corta para encaminarla

## 485 Ambiguous
sip-485-summary = La dirección corresponde a varios usuarios; el Contact puede enumerar las posibilidades.
sip-485-description = El 485 Ambiguous indica que la Request-URI era ambigua: corresponde a varios usuarios. La respuesta puede enumerar en Contact las direcciones posibles sin ambigüedad (RFC 3261 §21.4.23), aunque revelarlas puede plantear problemas de privacidad.
sip-485-cause-1 = Una llamada por nombre o por un alias corto (sip:juan@ejemplo.es) que coincide con varias entradas del directorio (RFC 3261 §21.4.23).
sip-485-fix-1 = Usa una dirección completa y única; elige una del Contact si la respuesta las enumera (RFC 3261 §21.4.23).
sip-485-myth-1 = El 485 no es el 300: el 300 enumera ubicaciones de un mismo usuario; el 485 dice que coinciden varios usuarios distintos (RFC 3261 §21.4.23).
sip-485-next = Reenviar con una dirección sin ambigüedad, por ejemplo una de las indicadas en Contact.
sip-485-use-when = la dirección corresponde a más de un usuario

## 486 Busy Here
sip-486-summary = El dispositivo del llamado está ocupado; puede que se localice al usuario en otro sitio o más tarde.
sip-486-description = El 486 Busy Here indica que se contactó con éxito con el sistema del llamado, pero no quiere o no puede aceptar otra llamada en este dispositivo (RFC 3261 §21.4.24). Retry-After puede indicar cuándo volver a llamar. Como es una respuesta 4xx, solo afecta a este dispositivo: otras ramas bifurcadas pueden funcionar todavía, y el buzón de voz u otro dispositivo pueden recibir la llamada.
sip-486-cause-1 = El llamado está en otra llamada y tiene desactivada la llamada en espera, o ha llegado al límite de líneas del dispositivo (RFC 3261 §21.4.24).
sip-486-cause-2 = El usuario pulsó «rechazar» en un teléfono configurado para enviar 486 en ese caso (RFC 3261 §21.4.24).
sip-486-cause-3 = Una pasarela convierte la causa ISUP 17 (usuario ocupado) en 486 (RFC 3398 §7.2.4.1).
sip-486-fix-1 = No hay nada roto: vuelve a llamar más tarde, tras el Retry-After si lo hay, o desvía (buzón de voz, desvío si ocupado) (RFC 3261 §21.4.24).
sip-486-fix-2 = Si un dispositivo responde 486 estando libre, revisa su límite de líneas o de llamadas y la configuración de llamada en espera (RFC 3261 §21.4.24).
sip-486-myth-1 = El 486 no es «ocupado en todas partes»: un proxy que bifurca sigue probando otros dispositivos tras un 486; solo el 600 detiene la búsqueda (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-486-next = Volver a intentarlo más tarde (Retry-After), probar los demás dispositivos del usuario o desviar la llamada.
sip-486-use-when = este dispositivo está ocupado, aunque se pueda localizar al usuario en otro sitio o más tarde

## 487 Request Terminated
sip-487-summary = La petición se canceló (con CANCEL o BYE) antes de completarse; es el final normal de un INVITE cancelado.
sip-487-description = El 487 Request Terminated es la respuesta final que el UAS envía al INVITE original tras recibir un CANCEL para él, o un BYE que lo termina antes de tiempo (RFC 3261 §21.4.25, RFC 3261 §9.2). Es el desenlace esperado de una llamada que el llamante abandonó antes de que la contestaran, y de las ramas perdedoras cuando un proxy que bifurca las cancela.
sip-487-cause-1 = El llamante colgó mientras el teléfono sonaba: el llamante envía CANCEL, recibe un 200 al CANCEL y luego un 487 al INVITE (RFC 3261 §9.1).
sip-487-cause-2 = Llamada en paralelo: otro dispositivo contestó, y el proxy que bifurcó canceló las demás ramas, que responden cada una con 487 (RFC 3261 §9.2).
sip-487-fix-1 = Normalmente no hay nada que corregir. Si hay llamadas que terminan en 487 sin que nadie las cancelara, busca quién envió el CANCEL: suele ser un temporizador de no respuesta en una centralita o un SBC (RFC 3261 §9.1).
sip-487-myth-1 = El 487 no es un error del lado del llamado: confirma la cancelación que pidió el lado del llamante (RFC 3261 §21.4.25).
sip-487-next = Nada que hacer: confirmarlo (ACK) y dar el intento por cancelado.
sip-487-use-when = un INVITE pendiente se ha cancelado antes de completarse

## 488 Not Acceptable Here
sip-488-summary = La oferta de descripción de sesión (SDP) no es aceptable en este extremo: no hay códec, tipo de medio, transporte ni familia de direcciones en común.
sip-488-description = El 488 Not Acceptable Here indica que algún aspecto de la descripción de sesión, como los tipos de medios, los códecs, el ancho de banda o el direccionamiento, no es aceptable para este extremo (RFC 3261 §21.4.26). La respuesta puede llevar un encabezado Warning que señale el problema y un cuerpo que describa lo que admite el extremo. En un re-INVITE, deja la sesión existente como estaba (RFC 3261 §14.2).
sip-488-cause-1 = Ningún códec en común: la oferta solo tiene G.729 u Opus y el llamado solo acepta G.711, por ejemplo (RFC 3261 §13.3.1).
sip-488-cause-2 = Desacuerdo en medios seguros: un lado ofrece RTP/SAVP o exige SRTP y el otro solo acepta RTP/AVP, o al revés (RFC 3261 §21.4.26).
sip-488-cause-3 = Familia de direcciones o transporte equivocados en el SDP (IPv6 ofrecido a un extremo solo IPv4), o una línea de medios (vídeo, T.38) que el extremo rechaza (RFC 3261 §21.4.26).
sip-488-fix-1 = Pon lado a lado la oferta y las capacidades del llamado (el encabezado Warning, un cuerpo en el 488 o la respuesta a un OPTIONS) y añade a la oferta un códec o un perfil en común (RFC 3261 §21.4.26, RFC 3261 §20.43).
sip-488-fix-2 = Revisa qué hacen con el SDP los SBC y transcodificadores del camino: muchos 488 vienen de un SDP reescrito por el camino (RFC 3261 §13.3.1).
sip-488-myth-1 = El 488 no es el 415: el formato SDP en sí se entiende; lo que no es aceptable es su contenido (RFC 3261 §21.4.26, RFC 3261 §21.4.13).
sip-488-myth-2 = El 488 vale para este extremo; otras ramas pueden aceptar la misma oferta. Un rechazo válido para todos los extremos es el 606 (RFC 3261 §21.6.4).
sip-488-next = Reenviar con una descripción de sesión que el extremo pueda aceptar (añadir un códec, un perfil o una familia de direcciones en común).
sip-488-use-when = este extremo no puede aceptar la descripción de sesión ofrecida

## 489 Bad Event
sip-489-summary = El servidor no admite el paquete de eventos indicado en el encabezado Event.
sip-489-description = El 489 Bad Event indica que el servidor no entiende el paquete de eventos indicado en el encabezado Event de un SUBSCRIBE o un PUBLISH, o que el suscriptor ha recibido un NOTIFY de un paquete al que no se suscribió (RFC 6665 §8.3.1, RFC 6665 §4.1.3, RFC 3903 §6). La respuesta puede enumerar los paquetes admitidos en Allow-Events.
sip-489-cause-1 = Un teléfono se suscribe a message-summary (aviso de buzón de voz), presence o dialog en un servidor que no ofrece ese paquete (RFC 6665 §8.3.1).
sip-489-cause-2 = Un PUBLISH para un paquete de eventos que el compositor de estado no trata (RFC 3903 §6).
sip-489-cause-3 = Un NOTIFY no solicitado, como check-sync o message-summary, enviado a un dispositivo que no se suscribió (RFC 6665 §4.1.3).
sip-489-fix-1 = Mira el Allow-Events de la respuesta y suscríbete solo a paquetes que admita el servidor, o activa el paquete en el servidor (RFC 6665 §8.3.1).
sip-489-myth-1 = El 489 no significa que no se admita el SUBSCRIBE; el método funciona, pero el paquete es desconocido (RFC 6665 §8.3.1).
sip-489-next = Usar un paquete de eventos de los que enumera Allow-Events, o dejar de suscribirse a este.
sip-489-use-when = no se admite el paquete de eventos de una suscripción, una publicación o una notificación

## 491 Request Pending
sip-491-summary = Ya hay otro intercambio oferta/respuesta en curso en este diálogo (colisión, o glare); repite tras una espera aleatoria.
sip-491-description = El 491 Request Pending responde a un re-INVITE o un UPDATE recibido mientras el UAS tiene pendiente su propia transacción de oferta/respuesta en el mismo diálogo (RFC 3261 §21.4.27, RFC 3261 §14.2, RFC 3311 §5.2). Normalmente los dos lados reciben un 491; cada uno espera un tiempo aleatorio y repite: el lado propietario del Call-ID espera de 2,1 a 4 segundos, el otro de 0 a 2 segundos (RFC 3261 §14.1).
sip-491-cause-1 = Los dos extremos envían un re-INVITE en el mismo instante, por ejemplo para poner en espera y para refrescar el temporizador de sesión (glare) (RFC 3261 §14.1).
sip-491-cause-2 = Un UPDATE o un re-INVITE enviado antes de que el anterior recibiera su respuesta final (RFC 3311 §5.2).
sip-491-fix-1 = Repite tras la espera aleatoria de la RFC 3261; si el otro extremo nunca se recupera, comprueba que aplica la espera y no repite de inmediato (RFC 3261 §14.1).
sip-491-myth-1 = El 491 no rechaza el cambio; pide volver a intentarlo cuando termine el otro intercambio (RFC 3261 §21.4.27).
sip-491-next = Repetir el re-INVITE o el UPDATE tras una espera aleatoria (de 2,1 a 4 s si el Call-ID es tuyo, si no de 0 a 2 s).
sip-491-use-when = ya hay un intercambio oferta/respuesta pendiente en el mismo diálogo

## 493 Undecipherable
sip-493-summary = La petición llevaba un cuerpo cifrado (S/MIME) que el servidor no puede descifrar.
sip-493-description = El 493 Undecipherable indica que el UAS recibió una petición con un cuerpo MIME cifrado para el que no tiene o no facilita la clave de descifrado adecuada (RFC 3261 §21.4.28, RFC 3261 §23.2). La respuesta puede llevar un cuerpo con una clave pública adecuada.
sip-493-cause-1 = Un SDP o un MESSAGE cifrado con S/MIME para el que el destinatario no tiene la clave privada, o cifrado con el certificado equivocado (RFC 3261 §23.2).
sip-493-fix-1 = Cifra con el certificado actual del destinatario, o envía sin cifrar donde la política lo permita (RFC 3261 §23.2).
sip-493-myth-1 = El 493 no tiene nada que ver con el TLS entre saltos; se refiere a cuerpos S/MIME de extremo a extremo (RFC 3261 §21.4.28).
sip-493-next = Reenviar con un cuerpo cifrado para la clave del destinatario, o sin cifrar.
sip-493-use-when = el destinatario no puede descifrar el cuerpo cifrado de la petición

## 494 Security Agreement Required
sip-494-summary = El servidor exige un acuerdo de mecanismo de seguridad (sec-agree) antes de procesar la petición; el Security-Server enumera los mecanismos.
sip-494-description = El 494 Security Agreement Required lo envía un servidor que exige que el cliente negocie un mecanismo de seguridad, por ejemplo IPsec o TLS en IMS, antes de procesar la petición; la respuesta enumera en Security-Server los mecanismos que admite, y el cliente elige uno, lo establece y repite (RFC 3329 §2.3.1).
sip-494-cause-1 = Un dispositivo IMS se registra en el P-CSCF sin los encabezados Security-Client y sec-agree esperados (RFC 3329 §2.3.1).
sip-494-fix-1 = Incluye Security-Client y Require: sec-agree, establece luego el mecanismo ofrecido en Security-Server y reenvía con Security-Verify (RFC 3329 §2.3.1).
sip-494-myth-1 = El 494 no es un desafío de autenticación; las credenciales vienen después, por el mecanismo negociado (RFC 3329 §2.3.1).
sip-494-next = Negociar uno de los mecanismos de Security-Server y reenviar a través de él.
sip-494-use-when = el servidor exige un mecanismo de seguridad negociado antes de procesar la petición
