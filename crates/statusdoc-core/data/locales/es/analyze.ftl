## statusdoc analyze: ayuda, etiquetas y problemas de la captura.

cli-analyze-about = Lee capturas (pcap, pcapng, Network Monitor) o logs SIP («-» para la entrada estándar) y muestra cada llamada SIP: diagrama, desenlace y el significado de cada fallo
cli-analyze-files = Archivos de captura; varios se combinan en una misma línea de tiempo
cli-analyze-call = Solo la llamada con este Call-ID
cli-analyze-failed = Solo las llamadas que fallaron
cli-analyze-max-messages = Dejar de leer tras este número de mensajes SIP (el resto se informa, nunca se descarta en silencio)

analyze-summary = { $messages ->
    [one] Un mensaje SIP
   *[other] { $messages } mensajes SIP
}, { $calls ->
    [one] una llamada
   *[other] { $calls } llamadas
} ({ $failed } fallidas), { $errors ->
    [one] un problema
   *[other] { $errors } problemas
}.
analyze-call = Llamada { $call_id }
analyze-outcome = { $state ->
    [answered] contestada
    [failed] fallida
    [cancelled] cancelada
    [completed] completada
   *[incomplete] incompleta
}
analyze-setup = establecimiento { $seconds } s
analyze-duration = duración { $seconds } s
analyze-linked = tramos enlazados: { $calls }
analyze-retransmission = retransmisión
analyze-frame = trama { $frame }
analyze-problems = Problemas en la entrada
analyze-no-calls = No se ha encontrado ninguna llamada SIP.
analyze-cannot-open = No se puede abrir { $file }: { $reason }

analyze-problem-unknown-format = no es una captura que esta herramienta sepa leer (pcap, pcapng, Network Monitor 2.x) ni un log con mensajes SIP { $detail }
analyze-problem-damaged-file = el archivo termina a mitad de un bloque o está dañado { $detail }
analyze-problem-unsupported-link-type = el tipo de enlace { $detail } no tiene decodificador; se han omitido sus paquetes
analyze-problem-truncated = paquete cortado por el snaplen de la captura ({ $detail } bytes conservados)
analyze-problem-incomplete-fragments = fragmentos IP cuyas otras partes nunca llegaron ({ $detail })
analyze-problem-tcp-gap = faltan bytes en un flujo TCP ({ $detail }); se pierden los mensajes que cruzan el hueco
analyze-problem-tcp-incomplete = un flujo TCP terminó a mitad de un mensaje SIP ({ $detail })
analyze-problem-tls = TLS en un puerto SIP ({ $detail }): su SIP no se puede leer en una captura
analyze-problem-unparsable = parece SIP, pero no se puede interpretar: { $detail }
analyze-problem-not-sip = un datagrama en un puerto SIP que no es SIP ({ $detail })
analyze-problem-limit-reached = se alcanzó un límite ({ $detail }); lo que sigue no se ha leído
analyze-problem-no-call-id = un mensaje SIP sin Call-ID ({ $detail }): no pertenece a ninguna llamada

## Hallazgos: lo que dicen los propios mensajes de una llamada.
analyze-findings = Hallazgos
severity-info = información
severity-warning = aviso
severity-error = error
finding-retry-after = La respuesta pide esperar { $seconds } s antes de volver a intentarlo (Retry-After).
finding-warning = Warning { $code }: «{ $text }».
finding-reason = Encabezado Reason: { $protocol } causa { $cause } { $meaning } «{ $text }».
finding-unsupported = El servidor no admite las option tags { $value } (Unsupported).
finding-require = El servidor exige las option tags { $value } (Require).
finding-min-expires = La caducidad más corta que acepta este servidor es { $value } s (Min-Expires){ $asked ->
    [none] .
   *[other] ; la petición pidió { $asked } s, así que reenvíala con al menos { $value }.
}
finding-min-se = El intervalo de sesión más corto que se acepta es { $value } s (Min-SE){ $asked ->
    [none] .
   *[other] ; la petición ofreció { $asked } s, así que reenvíala con un Session-Expires de al menos { $value }.
}
finding-allow = Métodos permitidos aquí: { $value } (Allow).
finding-challenge = Desafío { $header }: realm «{ $realm }», algoritmo { $algorithm }{ $stale ->
    [true] , stale=true: las credenciales eran correctas, pero el nonce había caducado; basta con repetir con el nonce nuevo.
   *[other] .
}
finding-redirect = Redirigida a { $targets }.
finding-offer = La oferta propuso { $offered }; el lado que la rechazó { $accepted ->
    [none] no indica formatos propios
   *[other] indica { $accepted }, en común: { $common ->
        [none] ninguno
       *[other] { $common }
    }
}. { $disabled ->
    [yes] Todos los flujos de medios de la oferta tienen el puerto 0, que los ofrece pero indica que no se usen, así que no había nada que aceptar: asigna puertos reales a los flujos.
   *[other] Ofrece un formato que ambos extremos admitan (lo rechazado también puede ser el ptime, el transporte o el cifrado; mira la cabecera Warning).
}
finding-media-direction = { $direction ->
    [sendonly] Este lado solo enviará medios (a=sendonly): normalmente, una llamada puesta en espera; si no lo es, el audio solo irá en un sentido.
    [recvonly] Este lado solo recibirá medios (a=recvonly): salvo que sea intencionado, el audio solo irá en un sentido.
    [inactive] Los medios están inactivos en ambos sentidos (a=inactive): la llamada está en espera o con los medios en pausa.
   *[other] La dirección de medios es 0.0.0.0, la forma antigua de poner una llamada en espera: no deben enviarse medios a este lado.
}
finding-media-private-address = El SDP pide medios en { $address }, una dirección privada, pero el mensaje vino de { $sender }: hay un NAT por medio, y los medios enviados a esa dirección no llegarán (audio en un solo sentido o sin audio), salvo que un SBC o el otro extremo la corrija (RTP simétrico, ICE).
finding-no-ack = El 2xx del INVITE nunca se confirmó ({ $count } copias vistas): el ACK no llegó al llamado, lo que suele indicar un Contact o un Record-Route erróneos, o NAT en el camino de vuelta; el llamado termina la llamada al cabo de unos 32 s.
finding-unanswered = { $method } no recibió ninguna respuesta ({ $count } transmisiones vistas); captura junto al lado receptor para ver si llega.
finding-retransmitted = { $method } se envió { $count ->
    [one] una vez más
   *[other] { $count } veces más
} antes de la primera respuesta, que llegó { $seconds } s después: alguna copia se perdió por el camino, o el servidor responde demasiado despacio (sobre UDP debería responder a un INVITE con 100 Trying en menos de 200 ms).
finding-ok-after-cancel = El llamado respondió con 2xx después del CANCEL: la respuesta se cruzó con la cancelación, así que el llamante debe terminar la llamada con BYE.
finding-dialog-gone = { $method } recibió un 481: el otro extremo ya no conoce este diálogo; compara su Call-ID y sus etiquetas con los de los primeros mensajes del diálogo.
finding-auth-rejected = { $answer ->
    [forbidden] { $method } fue rechazado con un 403 al reenviarse con las credenciales que pedía el desafío: el servidor las rechaza (usuario, contraseña o realm erróneos) o no permite esto a esta cuenta.
   *[other] { $method } recibió un nuevo desafío al reenviarse con las credenciales ({ $count } desafíos seguidos, mismo realm): el servidor las rechazó; revisa el usuario, la contraseña y el realm configurados para esta cuenta.
}

## Informes: --html, --format mermaid y markdown, --redact.
cli-analyze-html = Escribe además un informe HTML autónomo en este archivo (diagramas, mensajes completos, hallazgos, explicaciones); guarda todos los mensajes en memoria
cli-analyze-redact = Sustituye direcciones IP, nombres de host, partes de usuario, números de teléfono y nombres visibles por seudónimos coherentes antes de mostrar nada
error-mermaid-analyze-only = Solo «statusdoc analyze» dibuja diagramas Mermaid; aquí use text, json o markdown.
report-title = Análisis de traza SIP
report-generated = Generado por statusdoc { $version } a partir de { $inputs }. Este archivo no carga nada de la red.
report-calls = Llamadas
report-col-call = Call-ID
report-col-method = Método
report-col-outcome = Resultado
report-col-setup = Establecimiento
report-col-time = Tiempo (s)
report-col-from = Origen
report-col-to = Destino
report-col-message = Mensaje
report-col-frame = Trama
report-hint = Seleccione un mensaje en el diagrama para leerlo entero; las líneas en que se apoya un hallazgo aparecen resaltadas.
report-back = Volver a la llamada
report-causes = Por qué se envía
report-fixes = Qué hacer
report-read-more = Explicación completa de este código
report-message = Trama { $frame } · +{ $time } s · { $src } → { $dst } · { $transport }
report-ladder = Diagrama de la llamada { $call_id }
report-redacted = Anonimizado antes del análisis, cada valor sustituido siempre por el mismo seudónimo: { $addresses ->
    [one] una dirección IP
   *[other] { $addresses } direcciones IP
}, { $hosts ->
    [one] un nombre de host
   *[other] { $hosts } nombres de host
}, { $users ->
    [one] un nombre de usuario
   *[other] { $users } nombres de usuario
}, { $numbers ->
    [one] un número de teléfono
   *[other] { $numbers } números de teléfono
}, { $names ->
    [one] un nombre visible
   *[other] { $names } nombres visibles
}. Las direcciones de loopback y 0.0.0.0 se conservan.
